"""Polish demo texts (storefront pl)."""

from marketdesk.demo.texts.base import LanguageTexts

TEXTS = LanguageTexts(
    buyer_open={
        "defect": (
            """
            Dzień dobry,
            produkt „{title}” z zamówienia {order} przestał działać po trzech dniach. Nie da się go włączyć,
            chociaż całą noc był podłączony do prądu. Co mam teraz zrobić?
            Pozdrawiam
            {name}
            """,
            """
            Dzień dobry, produkt „{title}” przyszedł uszkodzony – przy pierwszym włączeniu coś trzasnęło i od tego
            czasu nic nie działa. Zdjęcia w załączniku. Proszę o wymianę. Zamówienie {order}. {name}
            """,
        ),
        "not_as_described": (
            """
            Dzień dobry, dostarczony towar nie zgadza się z opisem. „{title}” ma inny kolor i inne wymiary
            niż w ofercie. Jak możemy to rozwiązać? {name}
            """,
        ),
        "parts_missing": (
            """
            Dzień dobry, w paczce z zamówienia {order} brakuje śrubek i łącznika do „{title}”, które według
            instrukcji powinny być w zestawie. Czy mogą Państwo je dosłać? Dziękuję, {name}
            """,
        ),
        "not_delivered": (
            """
            Dzień dobry,
            moje zamówienie {order} wciąż nie dotarło. Śledzenie przesyłki od tygodnia pokazuje ten sam status.
            Gdzie jest moja paczka?
            {name}
            """,
            """
            Dzień dobry, według śledzenia paczka z „{title}” została doręczona, ale nic nie otrzymał{pl_em},
            sąsiedzi też nic nie mają. Proszę to wyjaśnić z kurierem. {name}
            """,
        ),
        "delayed": (
            """
            Dzień dobry, zamówił{pl_em} „{title}” ponad tydzień temu, a towar nadal nie został wysłany.
            W ofercie było 2–3 dni robocze. Kiedy przyjdzie przesyłka? To prezent. {name}
            """,
        ),
        "return": (
            """
            Dzień dobry,
            chcę skorzystać z prawa odstąpienia od umowy i zwrócić „{title}”. Proszę o etykietę zwrotną
            i zwrot pieniędzy. Numer zamówienia: {order}
            Dziękuję, {name}
            """,
            "Dzień dobry, „{title}” mi się nie podoba, odstępuję od umowy. Jak dostanę etykietę zwrotną? {name}",
        ),
        "return_status": (
            """
            Dzień dobry, odesłał{pl_em} „{title}” dwa tygodnie temu i według śledzenia paczka jest już u Państwa.
            Pieniędzy jednak nadal nie mam. Kiedy nastąpi zwrot? Zamówienie {order}. {name}
            """,
        ),
        "invoice": (
            """
            Dzień dobry, do zamówienia {order} potrzebuję faktury VAT na firmę z numerem NIP. Czy mogą mi ją
            Państwo przesłać w PDF? Dziękuję, {name}
            """,
        ),
        "paypal": (
            """
            Dzień dobry, zapłacił{pl_em} za zamówienie {order} przez PayPal i pieniądze zostały pobrane dwa razy.
            Proszę o zwrot drugiej płatności. {name}
            """,
        ),
        "klarna": (
            """
            Dzień dobry, dostał{pl_em} od Klarny przypomnienie o płatności, chociaż „{title}” odesłał{pl_em}.
            Proszę poinformować Klarnę, że zwrot dotarł. {name}
            """,
        ),
        "login": ("Dzień dobry, nie mogę zalogować się na konto, e-mail do resetu hasła nie przychodzi. {name}",),
        "coupon": (
            """
            Dzień dobry, przy zamówieniu {order} nie został odliczony kod rabatowy, choć był ważny. Chodzi
            o 40 zł. Czy mogą Państwo zwrócić tę kwotę? {name}
            """,
        ),
        "payout": ("Dzień dobry, po zwrocie mam saldo na koncie klienta. Chcę je wypłacić na konto bankowe. {name}",),
        "cancel": (
            """
            Dzień dobry, przez pomyłkę zamówił{pl_em} „{title}” dwa razy. Proszę anulować zamówienie {order},
            zanim zostanie wysłane. Dziękuję! {name}
            """,
        ),
    },
    buyer_more={
        "defect": ("Przesyłam zdjęcia usterki. Widać, że obudowa z boku jest pęknięta. Używał{pl_em} normalnie.",),
        "not_as_described": ("To mi nie wystarcza. Chcę towar zgodny z opisem.",),
        "parts_missing": ("Części do dziś nie dotarły. Kiedy zostaną wysłane?",),
        "not_delivered": ("Paczki nadal nie ma. Czekam już naprawdę długo.",),
        "delayed": ("Czy jest już nowy termin dostawy? Nie dostał{pl_em} potwierdzenia wysyłki.",),
        "return": ("Link do etykiety nie działa, pokazuje tylko błąd. Czy mogą Państwo wysłać ją w PDF?",),
        "return_status": ("Na koncie nadal nic nie ma.",),
        "invoice": ("Faktury nadal nie dostał{pl_em}, proszę wysłać ponownie.",),
        "paypal": ("Podwójna płatność wciąż nie została zwrócona.",),
        "klarna": ("Klarna przysłała już drugie upomnienie. Proszę to załatwić!",),
        "login": ("Nadal nie mogę się zalogować.",),
        "coupon": ("Kwoty za kupon nadal nie otrzymał{pl_em}.",),
        "payout": ("Czy są jakieś nowe informacje?",),
        "cancel": ("Czy zamówienie jest anulowane? Nie dostał{pl_em} potwierdzenia.",),
    },
    buyer_thanks=(
        "Dziękuję za szybką pomoc, wszystko załatwione.",
        "Dzięki, tak jest w porządku. Miłego dnia!",
        "Super, działa. Dziękuję!",
    ),
    seller_reply={
        "defect": (
            """
            Dzień dobry,
            bardzo nam przykro. Prosimy o zdjęcie lub krótki film z usterką – od razu sprawdzimy wymianę lub naprawę.
            Pozdrawiamy
            {seller}
            """,
            """
            Dzień dobry, prosimy w pełni naładować urządzenie i przytrzymać przycisk zasilania przez 10 sekund
            (reset). Jeśli to nie pomoże, wyślemy nowy egzemplarz. Pozdrawiamy, {seller}
            """,
        ),
        "not_as_described": (
            """
            Dzień dobry, przepraszamy za pomyłkę w magazynie. Właściwy towar wyślemy jeszcze dziś, błędny
            można odesłać bezpłatnie. Pozdrawiamy, {seller}
            """,
        ),
        "parts_missing": ("Dzień dobry, brakujące części do „{title}” wysłaliśmy dziś, dotrą w {days} dni robocze.",),
        "not_delivered": (
            """
            Dzień dobry, złożyliśmy u przewoźnika reklamację przesyłki. Gdy tylko dostaniemy odpowiedź,
            odezwiemy się. Jeśli paczka zaginęła, oczywiście wyślemy nową. Pozdrawiamy, {seller}
            """,
        ),
        "delayed": (
            """
            Dzień dobry, „{title}” będzie na stanie dopiero za {days} dni. Wyślemy od razu po dostawie i prześlemy
            numer przesyłki. Przepraszamy za opóźnienie. {seller}
            """,
        ),
        "return": (
            """
            Dzień dobry,
            chętnie przyjmiemy zwrot „{title}”. Bezpłatną etykietę zwrotną można pobrać tutaj: {label}
            Pieniądze zwrócimy, gdy tylko towar do nas dotrze.
            Pozdrawiamy, {seller}
            """,
        ),
        "return_status": ("Dzień dobry, zwrot do nas dotarł, pieniądze będą na koncie w ciągu {days} dni. {seller}",),
        "invoice": ("Dzień dobry, w załączniku przesyłamy fakturę do zamówienia {order}. Pozdrawiamy, {seller}",),
        "paypal": (
            """
            Dzień dobry, do nas wpłynęła tylko jedna płatność. Płatności obsługuje platforma, poprosiliśmy
            obsługę klienta o sprawdzenie. Pozdrawiamy, {seller}
            """,
        ),
        "klarna": ("Dzień dobry, zwrot jest u nas. Kontakt z Klarną prowadzi obsługa klienta platformy. {seller}",),
        "login": ("Dzień dobry, nie mamy dostępu do konta klienta, pomoże obsługa klienta platformy. {seller}",),
        "coupon": ("Dzień dobry, kupony obsługuje platforma, poinformowaliśmy obsługę klienta. {seller}",),
        "payout": ("Dzień dobry, saldo na koncie klienta wypłaca platforma. Pozdrawiamy, {seller}",),
        "cancel": ("Dzień dobry, zamówienie nie zostało jeszcze wysłane, sprawdzamy anulowanie. {seller}",),
    },
    seller_refund=(
        """
        Dzień dobry,
        jako rekompensatę zwróciliśmy właśnie {amount} za „{title}”. Towar może {pl_pan} zatrzymać.
        Mamy nadzieję, że to rozwiązanie jest w porządku. Pozdrawiamy, {seller}
        """,
        "Dzień dobry, przepraszamy. Zwróciliśmy {amount}, kwota pojawi się na koncie w ciągu kilku dni. {seller}",
    ),
    seller_cancel={
        "buyer": ("Dzień dobry, zgodnie z prośbą anulowaliśmy „{title}”. Pełna kwota wróci automatycznie. {seller}",),
        "stock": (
            """
            Dzień dobry, niestety nie możemy już dostarczyć „{title}”, producent wycofał produkt. Zamówienie
            anulowaliśmy, zwracamy pełną kwotę. Przepraszamy. {seller}
            """,
        ),
    },
    seller_followup=(
        "Dzień dobry, sprawdziliśmy to ponownie i zajmujemy się sprawą. Odezwiemy się do jutra.",
        "Dzień dobry, dziękujemy za cierpliwość. Nowy egzemplarz został dziś wysłany. {seller}",
        "Dzień dobry, prosimy jeszcze o zdjęcie tabliczki znamionowej.",
    ),
    seller_asks=("Dzień dobry, w adresie do zamówienia {order} brakuje numeru domu. Prosimy o uzupełnienie. {seller}",),
    buyer_answers=("Dziękuję, numer domu to 12, mieszkanie 4.",),
    cs={
        "takeover": (
            """
            Dzień dobry, tu obsługa klienta platformy. Ponieważ sprzedawca jeszcze nie odpowiedział, przejmujemy
            {pl_pana} zgłoszenie dotyczące zamówienia {order}. Pozdrawiamy, {agent}
            """,
        ),
        "payment": ("Dzień dobry, podwójna płatność została anulowana, pieniądze wrócą w ciągu 3–5 dni roboczych.",),
        "login": ("Dzień dobry, wysłaliśmy nowy link do resetu hasła. Prosimy sprawdzić też folder spam.",),
        "coupon": ("Dzień dobry, wartość kuponu dopisaliśmy jako saldo na koncie. Obsługa klienta",),
        "payout": ("Dzień dobry, zleciliśmy wypłatę salda, pieniądze dotrą w ciągu 5 dni roboczych.",),
        "mediation": (
            """
            Dzień dobry, przeanalizowaliśmy sprawę i uzgodniliśmy ją ze sprzedawcą. Prosimy odesłać towar,
            zwrot pieniędzy zlecimy, gdy tylko przesyłka będzie w drodze. Pozdrawiamy, {agent}
            """,
        ),
        "carrier": (
            """
            Dzień dobry, sprawdziliśmy u przewoźnika przesyłkę z zamówienia {order}: paczka zaginęła. Sprzedawca
            wyśle nowy egzemplarz, a jeśli to niemożliwe, zwrócimy pełną kwotę. Pozdrawiamy, {agent}
            """,
        ),
        "invoice": (
            """
            Dzień dobry, fakturę do zamówienia {order} znajdzie {pl_pan} teraz na koncie klienta w zakładce
            „Moje zamówienia”. Wysłaliśmy ją również e-mailem. Pozdrawiamy, {agent}
            """,
        ),
        "cancel": (
            "Dzień dobry, anulowanie zamówienia {order} zostało zakończone. Pieniądze wrócą w ciągu 3–5 dni roboczych.",
        ),
        "refund_status": ("Dzień dobry, zwrot pieniędzy za odesłany towar został dziś zlecony. Pozdrawiamy, {agent}",),
        "goodwill": ("Dzień dobry, w ramach dobrej woli zwróciliśmy {amount}. Obsługa klienta",),
        "final": ("Zamykamy teraz to zgłoszenie. W razie nowych pytań prosimy o kontakt.",),
    },
    notes={
        "cannot_help_further": (
            "Klient nie akceptuje naszego rozwiązania, nie możemy dalej pomóc. Prosimy o przejęcie.",
        ),
        "not_directed_at_seller": ("Zapytanie dotyczy platformy, nie nas jako sprzedawcy.",),
        "payment_provider": ("Płatność przez platformę, prosimy wyjaśnić z PayPal/Klarna.",),
        "account_login": ("Klient nie może się zalogować, nie mamy dostępu do konta.",),
        "gift_card_loyalty_coupon": ("Kupon platformy nie został odliczony, prosimy sprawdzić.",),
        "payout_credit": ("Klient chce wypłacić saldo.",),
    },
)
