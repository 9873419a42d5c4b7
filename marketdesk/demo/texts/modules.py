"""Text modules the demo shops keep per language: (title, body) with the product's {{placeholders}}."""

MODULES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("Begrüßung", "Guten Tag {{buyer_name}},\n\nvielen Dank für Ihre Nachricht zu Bestellung {{order_number}}."),
        (
            "Rücksendeetikett",
            "Guten Tag {{buyer_name}},\n\ngern nehmen wir „{{item_title}}“ zurück. Ihr kostenloses "
            "Rücksendeetikett können Sie hier herunterladen: {{return_label_link}}\n\nSobald die Ware bei uns "
            "eingegangen ist, erstatten wir Ihnen den Kaufpreis.\n\nFreundliche Grüße\n{{seller_name}}",
        ),
        (
            "Rücksendeadresse",
            "Bitte senden Sie den Artikel an folgende Adresse:\n{{seller_return_address}}\n"
            "Geben Sie dabei die Bestellnummer {{order_number}} an.",
        ),
        (
            "Erstattung veranlasst",
            "Guten Tag {{buyer_name}},\n\ndie Erstattung für „{{item_title}}“ ist veranlasst und erscheint in "
            "wenigen Tagen auf Ihrem Zahlungsmittel.\n\nFreundliche Grüße\n{{seller_name}}",
        ),
        (
            "Lieferverzögerung",
            "Guten Tag {{buyer_name}},\n\nleider verzögert sich der Versand von „{{item_title}}“ um einige Tage. "
            "Wir schicken Ihnen die Sendungsnummer, sobald das Paket unterwegs ist. Bitte entschuldigen Sie.",
        ),
        (
            "Bitte um Fotos",
            "Guten Tag {{buyer_name}},\n\ndamit wir Ihnen schnell helfen können, senden Sie uns bitte Fotos "
            "vom Artikel und von der Verpackung (Ticket {{ticket_number}}).",
        ),
    ),
    "cs": (
        ("Pozdrav", "Dobrý den,\n\nděkujeme za Vaši zprávu k objednávce {{order_number}}."),
        (
            "Štítek na vrácení",
            "Dobrý den,\n\n„{{item_title}}“ rádi vezmeme zpět. Štítek na vrácení zdarma si stáhněte zde: "
            "{{return_label_link}}\n\nPeníze vrátíme, jakmile zboží dorazí k nám.\n\nS pozdravem\n{{seller_name}}",
        ),
        (
            "Adresa pro vrácení",
            "Zboží prosím pošlete na adresu:\n{{seller_return_address}}\nObjednávka {{order_number}}.",
        ),
        ("Peníze vráceny", "Dobrý den,\n\nrefundace za „{{item_title}}“ byla zadána a během několika dnů ji uvidíte."),
        ("Zpoždění dodávky", "Dobrý den,\n\nodeslání „{{item_title}}“ se o několik dní zpozdí. Omlouváme se."),
        ("Prosba o fotky", "Dobrý den,\n\npošlete nám prosím fotky zboží a obalu (požadavek {{ticket_number}})."),
    ),
    "pl": (
        ("Powitanie", "Dzień dobry,\n\ndziękujemy za wiadomość dotyczącą zamówienia {{order_number}}."),
        (
            "Etykieta zwrotna",
            "Dzień dobry,\n\nchętnie przyjmiemy zwrot „{{item_title}}”. Bezpłatną etykietę zwrotną można pobrać "
            "tutaj: {{return_label_link}}\n\nPieniądze zwrócimy, gdy towar do nas dotrze.\n\n"
            "Pozdrawiamy\n{{seller_name}}",
        ),
        ("Adres zwrotu", "Prosimy odesłać towar na adres:\n{{seller_return_address}}\nZamówienie {{order_number}}."),
        ("Zwrot zlecony", "Dzień dobry,\n\nzwrot za „{{item_title}}” został zlecony i pojawi się w ciągu kilku dni."),
        ("Opóźnienie dostawy", "Dzień dobry,\n\nwysyłka „{{item_title}}” opóźni się o kilka dni. Przepraszamy."),
        ("Prośba o zdjęcia", "Dzień dobry,\n\nprosimy o zdjęcia towaru i opakowania (zgłoszenie {{ticket_number}})."),
    ),
    "en": (
        ("Greeting", "Hello {{buyer_first_name}},\n\nthank you for your message about order {{order_number}}."),
        (
            "Return label",
            "Hello {{buyer_name}},\n\nof course you can return the {{item_title}}. Download your free return label "
            "here: {{return_label_link}}\n\nWe'll refund the purchase price as soon as the item is back with us.\n\n"
            "Best regards\n{{seller_name}}",
        ),
        (
            "Return address",
            "Please send the item to:\n{{seller_return_address}}\nand quote order number {{order_number}}.",
        ),
        (
            "Refund issued",
            "Hello {{buyer_name}},\n\nthe refund for the {{item_title}} has been issued; you'll see it on your "
            "payment method within a few days.\n\nBest regards\n{{seller_name}}",
        ),
        (
            "Delivery delay",
            "Hello {{buyer_name}},\n\nunfortunately shipping of the {{item_title}} is delayed by a few days. We'll "
            "send you the tracking number as soon as the parcel is on its way. Our apologies.",
        ),
        (
            "Photos please",
            "Hello {{buyer_name}},\n\nso that we can help you quickly, please send us photos of the item and its "
            "packaging (ticket {{ticket_number}}).",
        ),
    ),
}
