"""Czech notification texts (storefront cz)."""

DATETIME = "{d}. {m}. {y} {H}:{M}"
DATE = "{d}. {m}. {y}"
DECIMAL = ","
THOUSANDS = "\u00a0"

TEXTS = {
    "ticket_new.subject": "Nový tiket {number} k objednávce {order}",
    "ticket_new.body": (
        "K objednávce {order} ({items}) byl otevřen nový tiket.\nKupující: {buyer}\n\n{excerpt}\n\nOtevřít tiket: {url}"
    ),
    "buyer_message.subject": "Nová zpráva od kupujícího v tiketu {number}",
    "buyer_message.body": ("V tiketu {number} je nová zpráva.\nKupující: {buyer}\n\n{excerpt}\n\nOtevřít tiket: {url}"),
    "deadline_line": "Odpovězte prosím do {deadline}.",
    "deadline_warning.subject": "Tiket {number}: odpovězte do {deadline}",
    "deadline_warning.body": (
        "Kupující v tiketu {number} (objednávka {order}) stále čeká na vaši odpověď. Lhůta pro odpověď končí "
        "{deadline}; poté bude tiket veden jako zodpovězený pozdě.\n\nOtevřít tiket: {url}"
    ),
    "handed_back.subject": "Zákaznický servis vám vrátil tiket {number}",
    "handed_back.body": (
        "Zákaznický servis vám vrátil tiket {number}. Poznámka zákaznického servisu:\n\n{note}\n\nOtevřít tiket: {url}"
    ),
    "policy_compliant.subject": "Tiket {number}: vaše první odpověď nabízí platnou možnost vrácení",
    "policy_compliant.body": (
        "Vaši první odpověď v tiketu {number} jsme zkontrolovali podle pravidel pro možnosti vrácení: kupujícímu "
        "nabízí platný způsob, jak zboží vrátit. Nemusíte nic dalšího dělat.\n\nOtevřít tiket: {url}"
    ),
    "policy_warning.subject": "Tiket {number}: ve vaší první odpovědi chybí platná možnost vrácení",
    "policy_warning.body": (
        "Ve vaší první odpovědi v tiketu {number} jsme nenašli platnou možnost vrácení (předplacený štítek pro "
        "vrácení, odkaz na něj, vaši adresu pro vrácení u zboží do 40 EUR, vrácení peněz bez vrácení zboží, štítek "
        "přiložený v zásilce nebo registraci vrácení na tržišti). V přechodném období jde jen o upozornění; od "
        "1. února 2026 zákaznický servis v takovém případě objednávku zruší a kupujícímu vrátí celou částku na "
        "vaše náklady.\n\nCo kontrola zjistila: {url}"
    ),
    "policy_case_opened.subject": "Tiket {number}: zákaznický servis posoudí vaši první odpověď",
    "policy_case_opened.body": (
        "Ve vaší první odpovědi v tiketu {number} jsme nenašli platnou možnost vrácení. Případ nyní posoudí "
        "zákaznický servis. Pokud porušení potvrdí, objednávka bude zrušena a kupujícímu bude na vaše náklady "
        "vrácena celá částka.\n\nCo kontrola zjistila: {url}"
    ),
    "policy_enforced.subject": "Tiket {number}: objednávka zrušena a peníze vráceny na vaše náklady",
    "policy_enforced.body": (
        "Vaše první odpověď v tiketu {number} neobsahovala platnou možnost vrácení. Zákaznický servis proto "
        "objednávku zrušil a kupujícímu vrátil celou částku {amount}, a to vaším jménem a na vaše náklady. Do "
        "{date} se s kupujícím ještě můžete v tiketu dohodnout na vrácení zboží.\n\nOtevřít tiket: {url}"
    ),
    "policy_dismissed.subject": "Tiket {number}: pravidla pro možnosti vrácení nebyla porušena",
    "policy_dismissed.body": (
        "Zákaznický servis posoudil vaši první odpověď v tiketu {number} a neshledal porušení pravidel pro "
        "možnosti vrácení. Případ je uzavřen.\n\nOtevřít tiket: {url}"
    ),
    "reply_seller.subject": "Prodejce {seller} odpověděl na váš dotaz {number}",
    "reply_seller.body": (
        "Dobrý den,\n\nprodejce {seller} odpověděl na váš dotaz {number}:\n\n{excerpt}\n\n"
        "Celou konverzaci si můžete přečíst a odpovědět zde: {url}"
    ),
    "reply_cs.subject": "Zákaznický servis odpověděl na váš dotaz {number}",
    "reply_cs.body": (
        "Dobrý den,\n\nnáš zákaznický servis odpověděl na váš dotaz {number}:\n\n{excerpt}\n\n"
        "Celou konverzaci si můžete přečíst a odpovědět zde: {url}"
    ),
    "closed_seller.subject": "Váš dotaz {number} byl uzavřen",
    "closed_seller.body": (
        "Dobrý den,\n\nprodejce {seller} uzavřel váš dotaz {number}. Pokud vaše otázka ještě není vyřešena, "
        "napište k dotazu novou zprávu a znovu se otevře: {url}"
    ),
    "closed_cs.subject": "Váš dotaz {number} byl uzavřen",
    "closed_cs.body": (
        "Dobrý den,\n\nnáš zákaznický servis uzavřel váš dotaz {number}. Pokud ještě něco není vyřešeno, napište "
        "k dotazu novou zprávu: {url}"
    ),
    "closed_final.subject": "Váš dotaz {number} je definitivně uzavřen",
    "closed_final.body": (
        "Dobrý den,\n\nnáš zákaznický servis váš dotaz {number} definitivně uzavřel; další zprávy už nelze psát. "
        "Konverzaci si můžete přečíst zde: {url}"
    ),
    "footer": (
        "Tento e-mail dostáváte, protože máte toto upozornění zapnuté. Které e-maily chcete dostávat, nastavíte "
        "zde: {prefs_url}"
    ),
}
