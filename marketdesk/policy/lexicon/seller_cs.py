"""Czech seller cues (folded: lower case, no diacritics — "štítek" is "stitek", "vrátíme" is "vratime")."""

from __future__ import annotations

from marketdesk.policy.lexicon.seller_common import MONEY, SellerLexicon

_OBJ = r"(?:zbozi|vyrob\w*|produkt\w*|zasilk\w*|balik\w*|vratk\w*|polozk\w*|ho|je|to)"
_SEND = r"(?:vracet|vratit|posilat|poslat|zasilat|zaslat|odesilat|odeslat|posilat zpet|poslat zpet)"
# Verbs negated with the prefix "ne-" that a seller uses about labels, addresses and refunds.
_NE = (
    r"ne(?:muz|moz|ma|js|bud|pos|zas|odes|vys|nab|prik|pril|poskyt|obsah|umi|dok|dav|vrac|vrat|dost|akcept|prij"
    r"|dod|gen|tisk|zar|vlo|vkl|pribal|prid|chc|vi|ved|ni)\w*"
)

LEXICON = SellerLexicon(
    code="cs",
    stopwords=(
        "je se na ze prosim vam jsme bude ktery dekujeme zbozi dobry den pozdravem take nebo pro jsem "
        "mate muzete vas vase uz jeste abyste vami objednavka objednavku objednavky muzeme nam jak"
    ),
    label=(
        r"stit(?:ek|ku|kem|ky|kum|cich)", r"etiket\w*", r"nalepk\w*", r"qr ?kod\w*", r"kod qr",
        r"(?:podaci|zpetny|vratkovy|navratovy) kod\w*", r"kod (?:pro|k|na) (?:vraceni|odeslani|vratk\w*|podani)",
        r"prepravni list\w*",
    ),
    link=(r"odkaz\w*", r"link\w*", r"stahn\w*", r"stazen\w*", r"stahujte", r"klikn\w*", r"url"),
    attach=(
        r"v priloze", r"prilohou", r"v prilohach", r"priloh\w*", r"prilozen\w*", r"priklada\w*", r"prilozil\w*",
        r"zasilame", r"posilame", r"tady je", r"zde je", r"zde najdete", r"zde naleznete",
        r"najdete (?:v priloze|zde|nize)", r"naleznete (?:v priloze|zde|nize)", r"nize", r"posilam", r"zasilam",
        r"jak jsme se (?:\w+ )?(?:domluvil\w*|dohodl\w*)", r"jak bylo (?:domluveno|dohodnuto|slibeno)",
        r"dle (?:domluvy|dohody)", r"podle (?:domluvy|dohody)",
    ),
    attach_adj=(r"prilozen\w*", r"v priloze"),
    use=(r"vytisk\w*", r"tisk\w*", r"nalep\w*", r"pouzij\w*", r"pouzit\w*", r"pouzi\w*"),
    stick=(r"nalep\w*", r"prilep\w*"),
    info_page=(
        r"faq", r"podmin\w*", r"vop", r"informac\w*", r"pravidl\w*", r"zasad\w*", r"caste dotazy", r"napoved\w*",
    ),
    document=(
        r"faktur\w*", r"fot\w*", r"snim\w*", r"obrazk\w*", r"navod\w*", r"obchodni podminky", r"formular\w*",
        r"dodaci list\w*", r"dobropis\w*", r"potvrzeni", r"protokol\w*", r"doklad\w*",
    ),
    package=(r"balik\w*", r"balicek", r"balick\w*", r"zasilk(?!ovn)\w*", r"krabic\w*", r"baleni", r"obal\w*"),
    in_package=(
        r"(?:v|ve|uvnitr) (?:\w+ )?(?:baliku|balicku|zasilce|krabici|baleni|obalu)",
        r"do (?:\w+ )?(?:baliku|balicku|zasilky|krabice|baleni)",
        r"uvnitr (?:\w+ )?(?:zasilky|krabice|balicku)",
        r"(?:dostal\w*|obdrzel\w*|prisl\w*|dodan\w*|prisel) (?:\w+ )?(?:spolu )?(?:s|se) (?:\w+ )?"
        r"(?:zbozim|zasilkou|balikem|objednavkou|vyrobkem)",
        r"(?:nalepen|vlozen|prilozen|prilepen)\w* (?:\w+ ){0,3}(?:krabice|krabici|baliku|baleni|obalu|zasilky)",
        r"(?:soucasti|soucast) (?:\w+ )?(?:baliku|zasilky|baleni|dodavky|objednavky)",
        r"(?:prilozen\w*|vlozen\w*) (?:\w+ )?(?:k|do|v|ke) (?:\w+ )?(?:baliku|zasilce|zasilky|balicku|zbozi)",
    ),
    enclosed=(r"dodan\w* (?:s|spolu s) (?:balikem|zasilkou|objednavkou|zbozim)",),
    presence=(
        r"je", r"jsou", r"byl\w*", r"najdete", r"naleznete", r"nachazi", r"prilozen\w*", r"soucasti", r"vlozen\w*",
        r"obsahuje", r"obsahoval\w*", r"mate", r"prisel", r"prisla", r"dostal\w*", r"obdrzel\w*", r"vlozil\w*",
        r"nalepen\w*", r"dali", r"dal jsem", r"dala jsem", r"pribalil\w*", r"pridal\w*", r"pribalen\w*",
    ),
    address_cue=(
        r"adres\w*",
        r"(?:poslat|zaslat|odeslat|vratit|posilejte|poslete|zaslete|odeslete|vratte|zasilejte) (?:\w+ ){0,4}na\b",
    ),
    address_ref=(
        r"adres\w* (?:\w+ ){0,2}(?:odesilatele|na baliku|na fakture|na dodacim listu|v obchodnich podminkach)",
    ),
    return_word=(r"vrac\w*", r"vrat\w*", r"vratk\w*", r"zpet", r"odstoup\w*", r"zpetn\w*"),
    portal=(
        r"zakaznick\w* (?:ucet|uctu|uctem|zone|zon\w*|sekc\w*|profil\w*)",
        r"(?:vas|svem|svuj|vasem|muj|mem) (?:zakaznickem |zakaznicky )?(?:uctu|ucet|profilu)",
        r"ucet (?:na )?kaufland\w*", r"kaufland\w* ucet\w*",
    ),
    portal_path=(
        r"moje objednavky", r"detail\w* objednavky", r"moje vratky", r"prehled objednavek",
        r"portal\w* (?:pro )?vrac\w*",
    ),
    register=(
        r"zaregistr\w*", r"registr\w*", r"nahlas\w*", r"zadej\w*", r"zadat", r"zaloz\w*", r"vytvor\w*", r"podat",
        r"podejte", r"klikn\w*", r"vyber\w*", r"oznac\w*", r"spust\w*", r"prihlas\w*", r"uplatn\w*", r"sekc\w*",
        r"tlacitk\w*", r"polozk\w*", r"zalozk\w*",
    ),
    contact=(r"kontaktuj\w*", r"obratte se", r"napiste", r"zavolejte", r"zakaznick\w* (?:servis|podpor)\w*"),
    no_return=(
        rf"nemus\w* (?:\w+ ){{0,3}}{_SEND}", rf"{_SEND} (?:\w+ ){{0,2}}nemus\w*",
        r"(?:nevracejte|neposilejte|nezasilejte|neodesilejte)\b",
        rf"bez (?:nutnosti )?(?:\w+ )?(?:vraceni|vratky|zasilani|posilani|{_SEND})\b",
        rf"(?:neni|nebude) (?:\w+ )?(?:treba|potreba|nutne|nutno) (?:\w+ ){{0,2}}{_SEND}",
        r"(?:vraceni|zasilani|posilani) (?:\w+ ){0,2}(?:neni|nebude) (?:\w+ )?(?:nutn\w*|potreb\w*|treba)",
        r"ponech\w*", r"nechte si", r"nechat si", r"nech si",
        r"si (?:\w+ ){0,2}(?:nechat|ponechat|nechte|ponechte|nech|nechej|nechejte)\b",
    ),
    no_return_not=(
        r"doklad\w*", r"uctenk\w*", r"obal\w*", r"krabic\w*", r"cisl\w*", r"kopi\w*", r"fotk\w*", r"informac\w*",
    ),
    refund=(
        r"vrat\w* (?:\w+ ){0,3}(?:penize|castk\w*|cen\w*|kupni cen\w*|platb\w*)",
        r"vraceni (?:\w+ ){0,2}(?:penez|castky|kupni ceny|platby)", r"refundac\w*", r"refund\w*", r"dobropis\w*",
        r"(?:penize|castk\w*|kupni cen\w*|platb\w*) (?:\w+ ){0,6}(?:vrat|vrac)\w*", r"proplat\w*", r"vratime vam",
        r"(?:vratil|vratim|vratime)\w* (?:\w+ ){0,2}(?:vam|\d+)\b",
        # money moved back: "celou částku jsme vám poslali zpět", "peníze jsme převedli na účet"
        r"(?:penize|penez|castk\w*|obnos\w*|kupni cen\w*|platb\w*) (?:\w+ ){0,6}"
        r"(?:posl|posil|zasl|zasil|odesl|odesil|poukaz|preved|prevad|pripsa|uhrad)\w*",
        r"(?:posl|posil|zasl|zasil|odesl|odesil|poukaz|preved|prevad|pripsa|uhrad)\w* (?:\w+ ){0,3}"
        r"(?:penize|castk\w*|obnos\w*|kupni cen\w*|platb\w*)",
        # an amount sent back: "poslali jsme Vám 499 Kč zpět"
        rf"(?:posl|zasl|odesl|poukaz|preved|vratil)\w* (?:\w+ ){{0,4}}{MONEY} (?:\w+ )?zpet",
        rf"{MONEY} (?:\w+ ){{0,3}}(?:zpet|vracen\w*|vratil\w*|vratime|poukazan\w*|prevedl\w*)",
        # money on the move: "peníze jsou na cestě", "prachy už máš na cestě"
        r"(?:penize|prachy|castk\w*|obnos\w*|platb\w*|refundac\w*) (?:\w+ ){0,4}na ceste",
    ),
    full=(r"cel\w*", r"pln\w*", r"kompletn\w*", r"kupni cen\w*", r"100 ?%", r"vsechn\w*"),
    discount=(
        r"slev\w*", r"castecn\w* (?:\w+ )?(?:vraceni|refundac\w*|dobropis\w*|nahrad\w*)", r"kompenzac\w*",
        r"odskodn\w*", r"poukaz(?:u|y|em|ek|ky|ku)\b", r"kupon\w*", r"snizen\w* ceny", r"zlevn\w*", r"polovin\w*",
        r"cast (?:\w+ )?(?:ceny|castky|penez)",
    ),
    replacement=(
        r"vymen\w*", r"nahradn\w*", r"nahrad\w* (?:\w+ )?(?:kus|zbozi|vyrobek)", r"novy kus", r"oprav\w*",
        r"servis\w*", r"chybejici dil\w*",
    ),
    negation=(_NE, r"nelze", r"neni", r"nejsou", r"zadn\w*", r"nikdy", r"ani"),
    negation_local=(r"ne",),
    negation_tight=(r"bez",),
    not_negation=(
        r"nejen", r"zadny problem", r"nezapomen\w*", r"nevahejte", r"neni problem", r"nic neplatite",
        r"neplatite", r"zadne (?:dalsi )?poplatk\w*", r"bez (?:dalsich )?(?:poplatku|nakladu)",
        r"nemus\w* (?:\w+ ){0,2}(?:platit|hradit|tisknout)",
    ),
    coordinator=(r"a", r"i", r"proto", r"tedy", r"takze", r"misto toho"),
    condition=(
        r"pokud", r"jestli", r"jestlize", r"kdyz", r"jakmile", r"v pripade", r"za predpokladu", r"nejprve",
        r"nejdrive", r"predtim", r"teprve",
        r"po (?:obdrzeni|prijeti|doruceni|kontrole|overeni|potvrzeni|schvaleni|prevzeti|zaslani|dodani)",
    ),
    condition_local=(r"az",),
    benign_condition=(
        rf"(?:pokud|jestli|jestlize|kdyz|v pripade,? ze|az) (?:\w+ ){{0,4}}(?:chcete|chtel\w*|prejete|budete chtit"
        rf"|{_SEND}|odstoup\w*|ponechat|nechat|mate (?:\w+ )?dotaz\w*)",
        r"(?:pokud|jestli|kdyz) ne(?= ?[,;:.])", r"pokud (?:je|bude) (?:to )?(?:potreba|treba|nutne)",
        r"v pripade potreby", r"v pripade dotazu",
        rf"(?:jakmile|az|po) (?:\w+ ){{0,2}}{_OBJ}\b",
        r"po (?:obdrzeni|prijeti|doruceni|prevzeti) (?:\w+ )?(?:zbozi|vratky|zasilky|baliku|vyrobku)",
    ),
    later=(
        r"pak", r"potom", r"pote", r"nasledne", r"pozdeji", r"brzy", r"zitra", r"e-?mailem", r"mailem",
        r"samostatn\w*", r"zvlast\w*", r"v (?:dalsim|samostatnem|dalsi|jinem) (?:e-?mailu|zprave|mailu)",
        r"obratem", r"co nejdrive", r"neprodlene", r"behem (?:\w+ )?(?:hodin|dne|dnu|dni)",
        r"do (?:\w+ )?(?:hodin|dnu|dni)",
    ),
    future=(r"budeme", r"bude", r"budete", r"budou"),
    send=(
        r"posil\w*", r"posl\w*", r"zasil\w*", r"zasl\w*", r"odes\w*", r"obdrz\w*", r"dostanete", r"vystav\w*",
        r"vygener\w*", r"vytvor\w*", r"priprav\w*", r"predame",
    ),
    send_future=(
        r"posleme", r"zasleme", r"odesleme", r"vystavime", r"vygenerujeme", r"vytvorime", r"pripravime",
        r"dostanete", r"obdrzite", r"prijde vam", r"budete mit",
    ),
    offer_question=(
        r"chcete", r"chtel\w* byste", r"prejete si", r"mame (?:vam|vas)", r"mam vam", r"potrebujete",
        r"vyhovuje vam", r"souhlasite", r"bylo by (?:to )?(?:pro vas )?(?:prijateln\w*|v poradku)",
        r"mohli bychom (?:vam )?(?:nabidnout|poslat)", r"nebo",
    ),
    contrast=(r"ale", r"avsak", r"vsak", r"nicmene", r"naopak", r"alternativne", r"nebo", r"jinak"),
    closing=(r"s (?:\w+ )?pozdravem", r"srdecne", r"dekujeme a zdravime", r"hezky den"),
)  # fmt: skip
