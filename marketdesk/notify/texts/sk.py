"""Slovak notification texts (storefront sk)."""

DATETIME = "{d}. {m}. {y} {H}:{M}"
DATE = "{d}. {m}. {y}"
DECIMAL = ","
THOUSANDS = "\u00a0"

TEXTS = {
    "ticket_new.subject": "Nový tiket {number} k objednávke {order}",
    "ticket_new.body": (
        "K objednávke {order} ({items}) bol otvorený nový tiket.\nKupujúci: {buyer}\n\n{excerpt}\n\n"
        "Otvoriť tiket: {url}"
    ),
    "buyer_message.subject": "Nová správa od kupujúceho v tikete {number}",
    "buyer_message.body": ("V tikete {number} je nová správa.\nKupujúci: {buyer}\n\n{excerpt}\n\nOtvoriť tiket: {url}"),
    "deadline_line": "Odpovedzte, prosím, do {deadline}.",
    "deadline_warning.subject": "Tiket {number}: odpovedzte do {deadline}",
    "deadline_warning.body": (
        "Kupujúci v tikete {number} (objednávka {order}) stále čaká na vašu odpoveď. Lehota na odpoveď uplynie "
        "{deadline}; potom sa tiket bude považovať za zodpovedaný oneskorene.\n\nOtvoriť tiket: {url}"
    ),
    "handed_back.subject": "Zákaznícky servis vám vrátil tiket {number}",
    "handed_back.body": (
        "Zákaznícky servis vám vrátil tiket {number}. Poznámka zákazníckeho servisu:\n\n{note}\n\nOtvoriť tiket: {url}"
    ),
    "policy_compliant.subject": "Tiket {number}: vaša prvá odpoveď ponúka platnú možnosť vrátenia",
    "policy_compliant.body": (
        "Vašu prvú odpoveď v tikete {number} sme skontrolovali podľa pravidiel pre možnosti vrátenia: kupujúcemu "
        "ponúka platný spôsob, ako tovar vrátiť. Nemusíte robiť nič ďalšie.\n\nOtvoriť tiket: {url}"
    ),
    "policy_warning.subject": "Tiket {number}: vo vašej prvej odpovedi chýba platná možnosť vrátenia",
    "policy_warning.body": (
        "Vo vašej prvej odpovedi v tikete {number} sme nenašli platnú možnosť vrátenia (predplatený štítok na "
        "vrátenie, odkaz naň, vašu adresu na vrátenie pri tovare do 40 EUR, vrátenie peňazí bez vrátenia tovaru, "
        "štítok priložený v zásielke alebo registráciu vrátenia na trhovisku). V prechodnom období ide len o "
        "upozornenie; od 1. februára 2026 zákaznícky servis v takom prípade objednávku zruší a kupujúcemu vráti "
        "celú sumu na vaše náklady.\n\nČo kontrola zistila: {url}"
    ),
    "policy_case_opened.subject": "Tiket {number}: zákaznícky servis posúdi vašu prvú odpoveď",
    "policy_case_opened.body": (
        "Vo vašej prvej odpovedi v tikete {number} sme nenašli platnú možnosť vrátenia. Prípad teraz posúdi "
        "zákaznícky servis. Ak porušenie potvrdí, objednávka sa zruší a kupujúcemu sa na vaše náklady vráti celá "
        "suma.\n\nČo kontrola zistila: {url}"
    ),
    "policy_enforced.subject": "Tiket {number}: objednávka zrušená a peniaze vrátené na vaše náklady",
    "policy_enforced.body": (
        "Vaša prvá odpoveď v tikete {number} neobsahovala platnú možnosť vrátenia. Zákaznícky servis preto "
        "objednávku zrušil a kupujúcemu vrátil celú sumu {amount}, a to vaším menom a na vaše náklady. Do {date} "
        "sa s kupujúcim ešte môžete v tikete dohodnúť na vrátení tovaru.\n\nOtvoriť tiket: {url}"
    ),
    "policy_dismissed.subject": "Tiket {number}: pravidlá pre možnosti vrátenia neboli porušené",
    "policy_dismissed.body": (
        "Zákaznícky servis posúdil vašu prvú odpoveď v tikete {number} a nezistil porušenie pravidiel pre "
        "možnosti vrátenia. Prípad je uzavretý.\n\nOtvoriť tiket: {url}"
    ),
    "reply_seller.subject": "Predajca {seller} odpovedal na vašu požiadavku {number}",
    "reply_seller.body": (
        "Dobrý deň,\n\npredajca {seller} odpovedal na vašu požiadavku {number}:\n\n{excerpt}\n\n"
        "Celú konverzáciu si môžete prečítať a odpovedať tu: {url}"
    ),
    "reply_cs.subject": "Zákaznícky servis odpovedal na vašu požiadavku {number}",
    "reply_cs.body": (
        "Dobrý deň,\n\nnáš zákaznícky servis odpovedal na vašu požiadavku {number}:\n\n{excerpt}\n\n"
        "Celú konverzáciu si môžete prečítať a odpovedať tu: {url}"
    ),
    "closed_seller.subject": "Vaša požiadavka {number} bola uzavretá",
    "closed_seller.body": (
        "Dobrý deň,\n\npredajca {seller} uzavrel vašu požiadavku {number}. Ak vaša otázka ešte nie je vyriešená, "
        "napíšte k požiadavke novú správu a znova sa otvorí: {url}"
    ),
    "closed_cs.subject": "Vaša požiadavka {number} bola uzavretá",
    "closed_cs.body": (
        "Dobrý deň,\n\nnáš zákaznícky servis uzavrel vašu požiadavku {number}. Ak ešte niečo nie je vyriešené, "
        "napíšte k požiadavke novú správu: {url}"
    ),
    "closed_final.subject": "Vaša požiadavka {number} je definitívne uzavretá",
    "closed_final.body": (
        "Dobrý deň,\n\nnáš zákaznícky servis vašu požiadavku {number} definitívne uzavrel; ďalšie správy už nie je "
        "možné písať. Konverzáciu si môžete prečítať tu: {url}"
    ),
    "footer": (
        "Tento e-mail dostávate, pretože máte toto upozornenie zapnuté. Ktoré e-maily chcete dostávať, si "
        "nastavíte tu: {prefs_url}"
    ),
}
