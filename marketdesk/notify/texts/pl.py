"""Polish notification texts (storefront pl)."""

DATETIME = "{dd}.{mm}.{y}, godz. {H}:{M}"
DATE = "{dd}.{mm}.{y}"
DECIMAL = ","
THOUSANDS = "\u00a0"

TEXTS = {
    "ticket_new.subject": "Nowe zgłoszenie {number} do zamówienia {order}",
    "ticket_new.body": (
        "Do zamówienia {order} ({items}) otwarto nowe zgłoszenie.\nKupujący: {buyer}\n\n{excerpt}\n\n"
        "Otwórz zgłoszenie: {url}"
    ),
    "buyer_message.subject": "Nowa wiadomość od kupującego w zgłoszeniu {number}",
    "buyer_message.body": (
        "W zgłoszeniu {number} jest nowa wiadomość.\nKupujący: {buyer}\n\n{excerpt}\n\nOtwórz zgłoszenie: {url}"
    ),
    "deadline_line": "Prosimy o odpowiedź do {deadline}.",
    "deadline_warning.subject": "Zgłoszenie {number}: odpowiedź wymagana do {deadline}",
    "deadline_warning.body": (
        "Kupujący w zgłoszeniu {number} (zamówienie {order}) wciąż czeka na Twoją odpowiedź. Termin odpowiedzi "
        "upływa {deadline}; później zgłoszenie będzie liczone jako obsłużone po terminie.\n\n"
        "Otwórz zgłoszenie: {url}"
    ),
    "handed_back.subject": "Obsługa klienta przekazała Ci z powrotem zgłoszenie {number}",
    "handed_back.body": (
        "Obsługa klienta przekazała Ci z powrotem zgłoszenie {number}. Notatka obsługi klienta:\n\n{note}\n\n"
        "Otwórz zgłoszenie: {url}"
    ),
    "policy_compliant.subject": "Zgłoszenie {number}: Twoja pierwsza odpowiedź zawiera prawidłową opcję zwrotu",
    "policy_compliant.body": (
        "Sprawdziliśmy Twoją pierwszą odpowiedź w zgłoszeniu {number} pod kątem zasad dotyczących opcji zwrotu: "
        "oferuje ona kupującemu prawidłowy sposób zwrotu towaru. Nie musisz nic więcej robić.\n\n"
        "Otwórz zgłoszenie: {url}"
    ),
    "policy_warning.subject": "Zgłoszenie {number}: w Twojej pierwszej odpowiedzi brakuje prawidłowej opcji zwrotu",
    "policy_warning.body": (
        "W Twojej pierwszej odpowiedzi w zgłoszeniu {number} nie znaleźliśmy prawidłowej opcji zwrotu (opłaconej "
        "etykiety zwrotnej, linku do niej, Twojego adresu do zwrotów przy towarach do 40 EUR, zwrotu pieniędzy bez "
        "odsyłania towaru, etykiety dołączonej do przesyłki ani rejestracji zwrotu na platformie). W okresie "
        "przejściowym to tylko ostrzeżenie; od 1 lutego 2026 r. obsługa klienta w takim przypadku anuluje "
        "zamówienie i zwraca kupującemu pełną kwotę na Twój koszt.\n\nCo wykazała kontrola: {url}"
    ),
    "policy_case_opened.subject": "Zgłoszenie {number}: obsługa klienta sprawdzi Twoją pierwszą odpowiedź",
    "policy_case_opened.body": (
        "W Twojej pierwszej odpowiedzi w zgłoszeniu {number} nie znaleźliśmy prawidłowej opcji zwrotu. Sprawę "
        "oceni teraz obsługa klienta. Jeśli potwierdzi naruszenie, zamówienie zostanie anulowane, a kupujący "
        "otrzyma zwrot pełnej kwoty na Twój koszt.\n\nCo wykazała kontrola: {url}"
    ),
    "policy_enforced.subject": "Zgłoszenie {number}: zamówienie anulowane, zwrot pieniędzy na Twój koszt",
    "policy_enforced.body": (
        "Twoja pierwsza odpowiedź w zgłoszeniu {number} nie zawierała prawidłowej opcji zwrotu. Dlatego obsługa "
        "klienta anulowała zamówienie i zwróciła kupującemu pełną kwotę {amount} – w Twoim imieniu i na Twój "
        "koszt. Do {date} możesz jeszcze uzgodnić z kupującym zwrot towaru w zgłoszeniu.\n\n"
        "Otwórz zgłoszenie: {url}"
    ),
    "policy_dismissed.subject": "Zgłoszenie {number}: brak naruszenia zasad dotyczących opcji zwrotu",
    "policy_dismissed.body": (
        "Obsługa klienta sprawdziła Twoją pierwszą odpowiedź w zgłoszeniu {number} i nie stwierdziła naruszenia "
        "zasad dotyczących opcji zwrotu. Sprawa jest zamknięta.\n\nOtwórz zgłoszenie: {url}"
    ),
    "reply_seller.subject": "Sprzedawca {seller} odpowiedział na Twoje zgłoszenie {number}",
    "reply_seller.body": (
        "Dzień dobry,\n\nSprzedawca {seller} odpowiedział na Twoje zgłoszenie {number}:\n\n{excerpt}\n\n"
        "Przeczytaj całą rozmowę i odpowiedz: {url}"
    ),
    "reply_cs.subject": "Obsługa klienta odpowiedziała na Twoje zgłoszenie {number}",
    "reply_cs.body": (
        "Dzień dobry,\n\nNasza obsługa klienta odpowiedziała na Twoje zgłoszenie {number}:\n\n{excerpt}\n\n"
        "Przeczytaj całą rozmowę i odpowiedz: {url}"
    ),
    "closed_seller.subject": "Twoje zgłoszenie {number} zostało zamknięte",
    "closed_seller.body": (
        "Dzień dobry,\n\nSprzedawca {seller} zamknął Twoje zgłoszenie {number}. Jeśli Twoja sprawa nie została "
        "jeszcze wyjaśniona, po prostu napisz nową wiadomość – zgłoszenie zostanie ponownie otwarte: {url}"
    ),
    "closed_cs.subject": "Twoje zgłoszenie {number} zostało zamknięte",
    "closed_cs.body": (
        "Dzień dobry,\n\nNasza obsługa klienta zamknęła Twoje zgłoszenie {number}. Jeśli coś jest jeszcze "
        "niewyjaśnione, napisz nową wiadomość w zgłoszeniu: {url}"
    ),
    "closed_final.subject": "Twoje zgłoszenie {number} zostało ostatecznie zamknięte",
    "closed_final.body": (
        "Dzień dobry,\n\nNasza obsługa klienta ostatecznie zamknęła Twoje zgłoszenie {number}; nie można już "
        "dodawać nowych wiadomości. Rozmowę możesz przeczytać tutaj: {url}"
    ),
    "footer": (
        "Otrzymujesz tę wiadomość, ponieważ to powiadomienie jest włączone na Twoim koncie. Wybierz, jakie "
        "e-maile chcesz otrzymywać: {prefs_url}"
    ),
}
