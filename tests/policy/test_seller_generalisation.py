"""Seller-side rules written after reading fresh marketplace replies: the money sent back while the buyer keeps the
item, free word order and imperatives, amounts that are the full price, refunds that are denied or wait for the
item, and where a label or a return registration really is — each rule in at least three languages."""

from __future__ import annotations

import pytest

from marketdesk.policy.seller import AttachmentInfo, SellerReading, decide, read_seller_reply

PDF = (AttachmentInfo("vraceni.pdf", "application/pdf"),)


def read(text: str, price: int | None = 5999, attachments: tuple[AttachmentInfo, ...] = ()) -> SellerReading:
    return read_seller_reply(text, attachments=attachments, item_price_eur_cents=price)


def decision(text: str, price: int | None = 5999, attachments: tuple[AttachmentInfo, ...] = ()) -> str:
    return decide(read(text, price, attachments)).decision


@pytest.mark.parametrize(
    "text",
    [
        # the money moved back in so many words, the item kept
        "Die Ware können Sie behalten, den Betrag haben wir Ihnen gestern überwiesen.",
        "Behalten Sie das Kissen, wir buchen Ihnen den Kaufpreis in voller Höhe zurück.",
        "Výrobek si nechte, celou částku jsme vám už převedli na účet.",
        "Zboží si ponechte, kupní cenu jsme vám dnes v plné výši vrátili.",
        "Peniaze vám boli vrátené, tovar si môžete ponechať.",
        "Produkt może Pani zatrzymać, całą kwotę przelaliśmy wczoraj na konto.",
        "You can hang on to it - keep it, the whole amount has been transferred back to your card.",
        "Gardez le produit, le montant a été reversé sur votre carte.",
        "Tenga pure la lampada, la somma è stata bonificata sul suo conto.",
    ],
)
def test_money_sent_back_while_the_buyer_keeps_the_item_is_a_refund_without_return(text: str) -> None:
    assert read(text).return_options == ("refund_without_return",)


@pytest.mark.parametrize(
    "text",
    [
        # word order and imperatives: "no need to return" said the other way round
        "Zboží vracet nemusíte, peníze vám vrátíme v plné výši.",
        "Prosím nevracejte nám zboží, celou částku jsme již vrátili.",
        "Tovar vracať nemusíte, celú sumu vám vrátime.",
        "Prosimy nie odsyłać towaru, zwróciliśmy pełną kwotę.",
        "Please don't send the lamp back, we've refunded the full price.",
        "Schicken Sie die Ware bitte nicht zurück, wir haben den vollen Betrag erstattet.",
        "Ne nous renvoyez pas l'article, nous vous avons remboursé intégralement.",
        "Non ci rispedisca l'articolo, le abbiamo rimborsato l'intero importo.",
    ],
)
def test_no_return_in_free_word_order_and_the_imperative(text: str) -> None:
    assert read(text).return_options == ("refund_without_return",)


@pytest.mark.parametrize(
    "text",
    [
        # "don't" about something else than sending the item back
        "We do not provide return labels.",
        "Don't return the labels you find in the box to us, they are for the courier.",
    ],
)
def test_a_negated_verb_that_is_not_sending_back_is_no_refund_without_return(text: str) -> None:
    assert "refund_without_return" not in read(text).return_options


@pytest.mark.parametrize(
    "text",
    [
        # a fraction of the price to keep the item is a discount, not a refund without return
        "Zboží si nechte a vrátíme vám polovinu ceny.",
        "Keep it and we'll pay back half the price.",
        "Behalten Sie den Tisch, wir erstatten Ihnen die Hälfte.",
        "Może Pan zatrzymać towar, zwrócimy połowę ceny.",
        "Gardez l'article, nous vous remboursons la moitié.",
    ],
)
def test_half_the_price_to_keep_the_item_is_a_discount(text: str) -> None:
    reading = read(text)
    assert reading.return_options == ()
    assert reading.discount_offered
    assert decide(reading).decision == "violation"


@pytest.mark.parametrize(
    ("text", "price", "options"),
    [
        # an amount that reaches the unit's price paid is the full refund, a smaller one is not
        ("You don't have to return it. The refund of 49.99 EUR has been processed.", 4999, ("refund_without_return",)),
        ("You don't have to return it. The refund of 19.99 EUR has been processed.", 4999, ()),
        ("Zboží nemusíte vracet, vrátili jsme vám 1 299 Kč.", 5196, ("refund_without_return",)),
        ("Zboží nemusíte vracet, vrátili jsme vám 299 Kč.", 5196, ()),
        ("Sie müssen nichts zurückschicken, wir haben Ihnen 34,90 € erstattet.", 3490, ("refund_without_return",)),
        ("Sie müssen nichts zurückschicken, wir haben Ihnen 10,00 € erstattet.", 3490, ()),
        ("Nie musi Pan odsyłać towaru, zwróciliśmy 149,99 zł.", 3450, ("refund_without_return",)),
    ],
)
def test_an_amount_that_reaches_the_price_is_the_full_refund(text: str, price: int, options: tuple[str, ...]) -> None:
    assert read(text, price).return_options == options


@pytest.mark.parametrize(
    "text",
    [
        # the refund itself denied
        "You can keep it, but we cannot refund the money without the item.",
        "Die Ware können Sie behalten, eine Erstattung ist leider nicht möglich.",
        "Zboží si můžete nechat, peníze ale vrátit nemůžeme.",
    ],
)
def test_keeping_the_item_with_the_refund_denied_is_a_violation(text: str) -> None:
    reading = read(text)
    assert reading.return_options == ()
    assert decide(reading).decision == "violation"


@pytest.mark.parametrize(
    "text",
    [
        # the refund hangs on the item coming back: no refund without return
        "You may keep the item. However, a refund is only possible once it's returned.",
        "Sie können den Artikel behalten. Eine Erstattung erfolgt aber erst, wenn die Ware zurück ist.",
        "Zboží si můžete ponechat. Peníze ale vrátíme až poté, co nám zboží vrátíte.",
    ],
)
def test_a_refund_that_waits_for_the_item_is_no_refund_without_return(text: str) -> None:
    reading = read(text)
    assert "refund_without_return" not in reading.return_options
    assert decide(reading).decision == "violation"


@pytest.mark.parametrize(
    "text",
    [
        # a refund on cancellation is no wait for the item
        "Keep it. The full refund went out as soon as the order was cancelled.",
        "Behalten Sie den Artikel. Den vollen Betrag haben wir erstattet, sobald die Stornierung durch war.",
        "Zboží si ponechte. Celou částku jsme vrátili, jakmile byla objednávka zrušena.",
    ],
)
def test_a_condition_that_is_not_the_return_keeps_the_refund(text: str) -> None:
    assert read(text).return_options == ("refund_without_return",)


@pytest.mark.parametrize(
    "text",
    [
        # a long number before a full stop ends the sentence: what came before does not colour what follows
        "Hi Tom, thanks for getting in touch about order 1029384. No need to send it back, we've refunded you in full.",
        "Hallo, danke für Ihre Nachricht zur Bestellung 55812034. Sie müssen nichts zurückschicken, der volle Betrag "
        "ist erstattet.",
        "Dobrý den, děkujeme za zprávu k objednávce 88213044. Zboží vracet nemusíte, celou částku jsme vám vrátili.",
    ],
)
def test_an_order_number_ends_its_sentence(text: str) -> None:
    assert read(text).return_options == ("refund_without_return",)


@pytest.mark.parametrize(
    "text",
    [
        # a return label in the parcel, in words not tried before
        "The returns slip is in the box the goods came in.",
        "Vratný štítek najdete uvnitř krabice od zboží.",
        "Etykieta zwrotna została włożona do kartonu razem z fakturą.",
        "Der Retourenschein liegt der Sendung bei.",
    ],
)
def test_label_in_package_in_other_words(text: str) -> None:
    assert read(text).return_options == ("label_in_package",)


@pytest.mark.parametrize(
    "text",
    [
        # a section of the seller's own website is not the marketplace's return registration
        "The return label can be downloaded from the Returns section of our website.",
        "Die Rücksendung melden Sie bitte im Bereich Meine Retouren auf unserer Webseite an.",
        "Zwrot można zgłosić w zakładce Moje zwroty na naszej stronie internetowej.",
    ],
)
def test_the_sellers_own_site_is_no_marketplace_portal(text: str) -> None:
    reading = read(text)
    assert "marketplace_return_portal" not in reading.return_options
    assert decide(reading).decision == "violation"


@pytest.mark.parametrize(
    "text",
    [
        "Register the return in your Kaufland account under My orders, then print the label there.",
        "Bitte melden Sie die Rücksendung in Ihrem Kaufland-Konto unter Meine Bestellungen an.",
        "Zwrot proszę zgłosić w swoim koncie Kaufland w zakładce Moje zamówienia.",
    ],
)
def test_the_marketplace_account_still_is_a_portal(text: str) -> None:
    assert read(text).return_options == ("marketplace_return_portal",)


def test_a_return_form_in_the_parcel_is_no_portal() -> None:
    reading = read("Formularz zwrotu i etykieta były dołączone do przesyłki.")
    assert reading.return_options == ("label_in_package",)


def test_a_carrier_named_like_a_parcel_does_not_put_the_attached_label_in_the_parcel() -> None:
    text = "V příloze naleznete přepravní štítek od Zásilkovny, stačí ho vytisknout."
    assert read(text, attachments=PDF).return_options == ("label_attached",)


@pytest.mark.parametrize(
    ("text", "price", "expected"),
    [
        # an address block with a "for the attention of" line between the cue and the street
        ("Bitte senden Sie das Paket an:\n\nTextilhaus Lorenz\nz. Hd. Retouren\nAm Mühlbach 7\n87435 Kempten", 3999,
         "compliant"),
        ("Bitte senden Sie das Paket an:\n\nTextilhaus Lorenz\nz. Hd. Retouren\nAm Mühlbach 7\n87435 Kempten", 4050,
         "violation"),
        ("Please send it to:\nHomeware Hub\nAttn. Returns\nLindenstraße 8\n10969 Berlin", None, "needs_review"),
    ],
)  # fmt: skip
def test_address_block_with_an_attention_line(text: str, price: int | None, expected: str) -> None:
    assert decision(text, price) == expected


@pytest.mark.parametrize(
    "text",
    [
        # present and perfective verbs of sending the money, and participles with "zurück"
        "Zboží si nechte, peníze posíláme zpět na váš účet v plné výši.",
        "Tovar si nechajte, celú sumu vám posielame späť na účet.",
        "Eine Rücksendung ist nicht nötig. Den kompletten Betrag haben wir zurückgezahlt.",
        "Eine Rücksendung ist nicht nötig, den vollen Kaufpreis haben wir zurückgebucht.",
        "Please don't worry about sending it back. We've refunded the order in full.",
        "Don't bother returning the chair, the full amount has been refunded.",
    ],
)
def test_more_ways_of_sending_the_money_back(text: str) -> None:
    assert read(text).return_options == ("refund_without_return",)


@pytest.mark.parametrize(
    "text",
    [
        # where the label sits in the parcel, said actively or by where it is stuck
        "Štítek na vrácení jste dostal spolu se zbožím.",
        "Štítek je nalepený na vnitřní straně krabice.",
        "Etykieta zwrotna jest przyklejona od spodu kartonu.",
        "Etykietę zwrotną dołączyliśmy do paczki.",
    ],
)
def test_label_in_package_by_where_it_is_stuck(text: str) -> None:
    assert read(text).return_options == ("label_in_package",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an address by reference is one to send the item to only when the reply says so
        ("Please send the item back to the address on your invoice.", "compliant"),
        ("Please check that the address on your invoice is correct.", "violation"),
        ("We will ship the replacement to the address on your invoice.", "violation"),
        ("Bitte senden Sie die Ware an die Absenderadresse auf dem Paket.", "compliant"),
        ("Prosimy odesłać towar na adres podany w regulaminie sklepu.", "compliant"),
        ("Zásilku pošlete zpět na adresu uvedenou na faktuře.", "compliant"),
    ],
)
def test_an_address_by_reference_needs_something_sent_there(text: str, expected: str) -> None:
    assert decision(text, 3490) == expected


@pytest.mark.parametrize(
    ("text", "price", "expected"),
    [
        # "die Rücksendung an" with the address block below it
        ("Hallo,\n\ndie Rücksendung an\nDeko & Mehr\nLagerstraße 5a\n01067 Dresden\nist für Sie kostenlos.", 2290,
         "compliant"),
        ("Hallo,\n\ndie Rücksendung an\nDeko & Mehr\nLagerstraße 5a\n01067 Dresden\nist für Sie kostenlos.", 4490,
         "violation"),
        ("Retoure bitte an: Nordlicht Mode, Hafenkante 2, 24103 Kiel", None, "needs_review"),
    ],
)  # fmt: skip
def test_return_noun_with_an_as_address_cue(text: str, price: int | None, expected: str) -> None:
    assert decision(text, price) == expected


@pytest.mark.parametrize(
    ("text", "options"),
    [
        # a menu path spelt out with arrows is a concrete pointer even without a registering verb
        ("Eine Rücksendung ist über Kaufland.de → Mein Konto → Bestellungen → „Artikel zurückgeben“ möglich.",
         ("marketplace_return_portal",)),
        ("Returns work via your Kaufland account > Orders > Return item.", ("marketplace_return_portal",)),
        ("Vrácení je možné přes váš účet na Kauflandu → Objednávky → Vrátit.", ("marketplace_return_portal",)),
        # an arrow to customer service is still only a contact
        ("Kontaktieren Sie Kaufland → Kundenservice, dort hilft man Ihnen bei der Rücksendung.", ()),
    ],
)  # fmt: skip
def test_a_menu_path_with_arrows_points_to_the_portal(text: str, options: tuple[str, ...]) -> None:
    assert read(text).return_options == options


def files(*names: str) -> tuple[AttachmentInfo, ...]:
    return tuple(
        AttachmentInfo(name, "image/heic" if name.lower().endswith(".heic") else "application/pdf") for name in names
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the header at the top and the reply below the lines quoted with ">": the reply is the author's own
        ("Am 3. März 2026 schrieb Kunde:\n> Ich will das zurückgeben.\n\nIhr Geld ist erstattet, die Lampe "
         "dürfen Sie behalten.", "compliant"),
        ("Dne 4. 3. 2026 napsal zákazník:\n> Chci zboží vrátit.\n\nZboží si nechte, celou částku jsme vám vrátili.",
         "compliant"),
        ("On 5 March 2026, customer wrote:\n> I want to return this.\n\nKeep it, we've refunded the full amount.",
         "compliant"),
        # what stands only in the quote still offers nothing
        ("On 5 March 2026, shop wrote:\n> Here is your label: https://dhl.de/retoure/x1\n\nAs said, please wait.",
         "violation"),
        # a header followed by unquoted lines quotes the rest of the message
        ("-----Original Message-----\nKeep it, we've refunded the full amount.", "violation"),
    ],
)  # fmt: skip
def test_a_reply_below_a_quote_header_is_read(text: str, expected: str) -> None:
    assert decision(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page about returns to read is not a label to print
        ("Our returns FAQ is at www.gadgethub.co.uk/returns if you need more info.", "violation"),
        ("Vous trouverez notre politique de retour sur www.electroplus.fr/retours.", "violation"),
        ("K vrácení si přečtěte naše obchodní podmínky (www.nabytek.cz/vop).", "violation"),
        ("Informacje o zwrotach: www.sklep-kos.pl/zwroty", "violation"),
        # a label word beside the link still makes it one
        ("Alle Infos und das Retourenetikett zum Ausdrucken: https://retoure.dhl.de/q/7HHa2", "compliant"),
    ],
)
def test_a_link_to_a_page_about_returns_is_no_label(text: str, expected: str) -> None:
    assert decision(text) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # only a label is stuck on a parcel: the file to stick on is the label
        ("Here you go, print it and stick it on the box.", ("Screenshot 2026-03-12.png",), "compliant"),
        ("Voici le document, il suffit de le coller sur le colis.", ("scan.pdf",), "compliant"),
        ("W załączniku, proszę nakleić na karton.", ("DOC_0012.pdf",), "compliant"),
        # an invoice is not stuck on anything, and taping the box shut is no label
        ("Bitte kleben Sie den Karton gut zu und legen Sie die Rechnung bei.", ("Rechnung_5521.pdf",), "violation"),
        ("Print the invoice and stick it on the box.", ("invoice_3321.pdf",), "violation"),
    ],
)
def test_a_file_to_stick_on_the_parcel_is_the_label(text: str, names: tuple[str, ...], expected: str) -> None:
    assert decision(text, attachments=files(*names)) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a file named with the word for a label says what it is without a word in the text
        ("Wie besprochen.", ("Rücksendeetikett_Hermes.png",), "compliant"),
        ("Posílám, jak jsme se domluvili.", ("stitek_zasilkovna.pdf",), "compliant"),
        ("Come d'accordo.", ("etichetta_reso_GLS.pdf",), "compliant"),
        # "retoure.pdf" may be a form: the text must say it is the label
        ("Thanks.", ("retoure.pdf",), "violation"),
        # a camera's file name says nothing: with "attached" a person must look
        ("Anbei.", ("IMG_0912.HEIC",), "needs_review"),
        ("Przesyłam w załączniku.", ("IMG_0912.HEIC",), "needs_review"),
        ("Attached.", ("DSC01234.jpg",), "needs_review"),
        ("Anbei.", ("Foto_Schaden.jpg",), "violation"),
        # a form named as such is no label, however the label is mentioned
        ("Bitte senden Sie uns das Widerrufsformular zurück, dann bekommen Sie das Etikett.",
         ("Widerrufsformular.pdf",), "violation"),
        ("Pošlete nám vyplněný formulář, potom vám zašleme štítek.", ("formular_odstoupeni.pdf",), "violation"),
        ("Please send the completed withdrawal form back, then we send you the label.", ("withdrawal_form.pdf",),
         "violation"),
    ],
)  # fmt: skip
def test_what_a_file_name_says(text: str, names: tuple[str, ...], expected: str) -> None:
    assert decision(text, attachments=files(*names)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # money on its way back, in everyday words
        "Das Geld ist schon unterwegs zu dir, die Kopfhörer kannst du behalten.",
        "Prachy už máš na cestě, zboží si nech.",
        "Kasa już do Ciebie leci, słuchawki zostaw sobie.",
        "Money's on its way back to you, keep the headphones.",
        "Nothing to send back - the full amount is already on its way to your account.",
        "Nič nám neposielajte, celá suma je už na ceste na Váš účet.",
        "Rien à nous renvoyer, la totalité du montant est déjà en route vers votre compte.",
        "I soldi sono già in arrivo, tieniti pure le cuffie.",
        "Refund's gone through in full, you can hang on to the item.",
    ],
)
def test_money_on_its_way_while_the_item_is_kept(text: str) -> None:
    assert read(text).return_options == ("refund_without_return",)


@pytest.mark.parametrize(
    ("text", "price", "expected"),
    [
        # an amount sent back: the full price is a refund, a part of it a discount
        ("Wir haben Ihnen eben 19,99 € über PayPal zurückgeschickt. Den Artikel brauchen Sie nicht zurückzusenden.",
         1999, "compliant"),
        ("Wir haben Ihnen eben 5,00 € über PayPal zurückgeschickt. Den Artikel brauchen Sie nicht zurückzusenden.",
         1999, "violation"),
        ("We've just sent you €19.99 back via PayPal. No need to return the item.", 1999, "compliant"),
        ("Właśnie przelaliśmy Panu 89 zł przez PayPal. Towaru nie trzeba odsyłać.", 2047, "compliant"),
        ("Právě jsme Vám přes PayPal poslali 499 Kč zpět. Zboží nemusíte vracet.", 1996, "compliant"),
        ("Nous venons de vous renvoyer 19,99 € via PayPal. Inutile de retourner l'article.", 1999, "compliant"),
        # "we sent you 2 emails": a number without a currency is no money
        ("We sent you 2 emails already, keep an eye on your inbox.", 1999, "violation"),
    ],
)  # fmt: skip
def test_an_amount_sent_back(text: str, price: int, expected: str) -> None:
    assert decision(text, price) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seller put the label in the parcel, in everyday verbs
        ("Quick note: we popped a return label in your parcel. Let us know if it's missing!", "compliant"),
        ("Štítek na vrácení jsme Ti dali do balíku.", "compliant"),
        ("Etykietę zwrotną wrzuciliśmy Ci do paczki.", "compliant"),
        ("Pour info on a glissé une étiquette retour dans ton colis.", "compliant"),
        ("Ti abbiamo messo un'etichetta di reso nel pacco.", "compliant"),
        ("Den Retourenaufkleber findest du im Karton unter der Rechnung.", "compliant"),
        ("Naklejka zwrotna jest w środku paczki.", "compliant"),
        # the buyer told to put it there, or the seller saying it never does
        ("Štítek prosím vložte do balíku.", "violation"),
        ("Proszę włożyć etykietę do paczki.", "violation"),
        ("Štítky pro vrácení do balíků nevkládáme, zasíláme je jen na vyžádání.", "violation"),
        # asked whether the buyer still has it
        ("Máte ještě štítek, který byl v balíku? Pokud ano, můžete ho použít.", "violation"),
        ("Do you still have the return label that came in the box?", "violation"),
    ],
)
def test_a_label_put_in_the_parcel(text: str, expected: str) -> None:
    assert decision(text) == expected


def test_a_label_attached_to_the_email_is_not_in_the_parcel_packed_in_another_clause() -> None:
    text = "The prepaid return label is attached to this email; please pack it securely in the original box."
    assert read(text, attachments=files("BrewCo_RMA-20931.pdf")).return_options == ("label_attached",)


@pytest.mark.parametrize(
    ("text", "price", "expected"),
    [
        # the return agreed in one sentence, the address by reference in the next
        ("Retoure geht klar. Adresse steht auf dem Lieferschein.", 1490, "compliant"),
        ("Retoure geht klar. Adresse steht auf dem Lieferschein.", 8990, "violation"),
        ("Zwrot OK. Adres jest na fakturze.", 1490, "compliant"),
        ("Return's fine. The address is on the delivery note.", 1490, "compliant"),
        # the buyer's own address is none to send anything to
        ("Vrácení v pořádku. Vaše adresa na faktuře je ale špatně.", 1490, "violation"),
    ],
)
def test_an_address_by_reference_after_the_return_is_agreed(text: str, price: int, expected: str) -> None:
    assert decision(text, price) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a refused return is no "keep it": nothing for a person to decide
        "Leider können wir keine Rücksendung anbieten, da es sich um eine Sonderanfertigung handelt.",
        "Unfortunately no returns on custom-made items.",
    ],
)
def test_a_refused_return_is_no_option(text: str) -> None:
    assert decision(text) == "violation"


def test_the_portal_buttons_words_inside_no_need_to_return_point_nowhere() -> None:
    reading = read("Nous vous avons remboursé 59,99 €. Inutile de retourner l'article.")
    assert reading.return_options == ("refund_without_return",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the informal imperative and "hängt an" in German
        ("Servus, schick das Teil einfach an: Bastelbedarf Huber, Kirchgasse 3, 5020 Salzburg.", "compliant"),
        ("Das DHL-Etikett hängt an dieser Nachricht.", "compliant"),
        ("Zurückschicken brauchen Sie nix, den kompletten Betrag haben wir zurück überwiesen.", "compliant"),
    ],
)
def test_german_informal_forms(text: str, expected: str) -> None:
    assert decision(text, 1899, attachments=files("2026-03-14_7781.pdf")) == expected
