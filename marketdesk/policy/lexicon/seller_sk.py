"""Slovak seller cues (folded: lower case, no diacritics — "štítok" is "stitok", "späť" is "spat")."""

from __future__ import annotations

from marketdesk.policy.lexicon.seller_common import MONEY, SellerLexicon

_OBJ = r"(?:tovar\w*|vyrob\w*|produkt\w*|zasielk\w*|balik\w*|vratk\w*|polozk\w*|ho|ju|to)"
_SEND = r"(?:vracat|vratit|posielat|poslat|zasielat|zaslat|odosielat|odoslat|posielat spat|poslat spat)"
_NE = (
    r"ne(?:moz|ma|bud|pos|zas|odos|vys|pon|prik|pril|posk|obsah|vie|dok|dav|vrat|dost|akcept|prij|dod|gen|tlac"
    r"|zar|vlo|vkl|pribal|prid|chc)\w*"
)

LEXICON = SellerLexicon(
    code="sk",
    stopwords=(
        "je sa na ze prosim vam sme bude ktory dakujeme tovar tovaru dobry den pozdravom tiez alebo pre "
        "som mate mozete vas uz este aby ako objednavka objednavku objednavky mozeme nam vasu vasej"
    ),
    label=(
        r"stit(?:ok|ka|ku|kom|ky|kov|koch)", r"etiket\w*", r"nalepk\w*", r"qr ?kod\w*", r"kod qr",
        r"(?:podaci|spatny|navratovy) kod\w*", r"prepravn\w+ list\w*",
    ),
    link=(r"odkaz\w*", r"link\w*", r"stiahn\w*", r"stiahnut\w*", r"klikn\w*", r"url"),
    attach=(
        r"v prilohe", r"prilohou", r"v prilohach", r"priloh\w*", r"prilozen\w*", r"priklada\w*", r"zasielame",
        r"posielame", r"tu je", r"tu najdete", r"najdete (?:v prilohe|tu|nizsie)", r"nizsie", r"posielam", r"zasielam",
        r"ako sme sa (?:\w+ )?(?:dohodli|dohovorili)", r"ako bolo (?:dohodnute|dohovorene|slubene)",
        r"podla (?:dohody|dohovoru)",
    ),
    attach_adj=(r"prilozen\w*", r"v prilohe"),
    use=(r"vytlac\w*", r"tlac\w*", r"nalep\w*", r"pouzi\w*"),
    stick=(r"nalep\w*", r"prilep\w*"),
    info_page=(r"faq", r"podmien\w*", r"vop", r"informaci\w*", r"pravidl\w*", r"zasad\w*", r"caste otazky"),
    document=(
        r"faktur\w*", r"fot\w*", r"obrazk\w*", r"navod\w*", r"obchodne podmienky", r"formular\w*",
        r"dodaci list\w*", r"dobropis\w*", r"potvrdeni\w*", r"protokol\w*", r"doklad\w*",
    ),
    package=(r"balik\w*", r"balicek", r"balick\w*", r"zasielk\w*", r"krabic\w*", r"baleni\w*", r"obal\w*"),
    in_package=(
        r"v (?:\w+ )?(?:baliku|balicku|zasielke|krabici|baleni|obale)",
        r"(?:vo )?vnutri (?:\w+ )?(?:balika|balicka|zasielky|krabice|balenia|obalu)",
        r"do (?:\w+ )?(?:balika|balicka|zasielky|krabice|balenia)",
        r"(?:sucastou|sucast) (?:\w+ )?(?:balika|zasielky|balenia|dodavky|objednavky)",
        r"(?:prilozen\w*|vlozen\w*) (?:\w+ )?(?:k|do|v|ku) (?:\w+ )?(?:baliku|zasielke|zasielky|tovaru)",
    ),
    enclosed=(r"dodan\w* (?:s|spolu s) (?:balikom|zasielkou|objednavkou|tovarom)",),
    presence=(
        r"je", r"su", r"bol\w*", r"najdete", r"nachadza", r"prilozen\w*", r"sucastou", r"vlozen\w*", r"obsahuje",
        r"mate", r"prisiel", r"prisla", r"dali", r"vlozili", r"pribalili", r"pridali", r"pribalen\w*",
    ),
    address_cue=(
        r"adres\w*",
        r"(?:poslat|zaslat|odoslat|vratit|poslite|zaslite|odoslite|vratte|posielajte) (?:\w+ ){0,4}na\b",
    ),
    address_ref=(r"adres\w* (?:\w+ ){0,2}(?:odosielatela|na baliku|na fakture|na dodacom liste)",),
    return_word=(r"vrat\w*", r"vratk\w*", r"spat", r"odstup\w*", r"spatn\w*"),
    portal=(
        r"zakaznick\w* (?:ucet|ucte|uctom|zone|zon\w*|sekci\w*|profil\w*)",
        r"(?:vas|svojom|svoj|vasom|moj|mojom) (?:zakaznickom |zakaznicky )?(?:ucte|ucet|profile)",
        r"ucet (?:na )?kaufland\w*", r"kaufland\w* ucet\w*",
    ),
    portal_path=(
        r"moje objednavky", r"detail\w* objednavky", r"moje vratky", r"prehlad objednavok",
        r"portal\w* (?:pre )?vrat\w*",
    ),
    register=(
        r"zaregistr\w*", r"registr\w*", r"nahlas\w*", r"zadaj\w*", r"zadat", r"zaloz\w*", r"vytvor\w*", r"podat",
        r"podajte", r"klikn\w*", r"vyber\w*", r"oznac\w*", r"spust\w*", r"prihlas\w*", r"uplatn\w*", r"sekci\w*",
        r"tlacidl\w*", r"polozk\w*",
    ),
    contact=(r"kontaktuj\w*", r"obratte sa", r"napiste", r"zavolajte", r"zakaznick\w* (?:servis|podpor)\w*"),
    no_return=(
        rf"nemus\w* (?:\w+ ){{0,3}}{_SEND}", rf"{_SEND} (?:\w+ ){{0,2}}nemus\w*",
        r"(?:nevracajte|neposielajte|nezasielajte|neodosielajte)\b",
        rf"bez (?:nutnosti )?(?:\w+ )?(?:vratenia|vratky|zasielania|posielania|{_SEND})\b",
        rf"(?:netreba|nie je (?:\w+ )?(?:treba|potrebne|nutne)) (?:\w+ ){{0,2}}{_SEND}",
        r"(?:vratenie|zasielanie|posielanie) (?:\w+ ){0,2}(?:nie je|nebude) (?:\w+ )?(?:nutn\w*|potrebn\w*|treba)",
        r"ponecha\w*", r"nechajte si", r"nechat si", r"nechaj si",
        r"si (?:\w+ ){0,2}(?:nechat|ponechat|nechajte|ponechajte|nechaj)\b",
    ),
    no_return_not=(r"doklad\w*", r"blocik\w*", r"obal\w*", r"krabic\w*", r"cisl\w*", r"kopi\w*", r"informac\w*"),
    refund=(
        r"vrat\w* (?:\w+ ){0,3}(?:peniaze|sum\w*|cen\w*|kupn\w* cen\w*|platb\w*)",
        r"vratenie (?:\w+ ){0,2}(?:penazi|sumy|kupnej ceny|platby)", r"refundac\w*", r"refund\w*", r"dobropis\w*",
        r"(?:peniaze|sum\w*|kupn\w* cen\w*|platb\w*) (?:\w+ ){0,6}(?:vrat|vrac)\w*", r"preplat\w*", r"vratime vam",
        r"(?:vratil|vratim|vratime)\w* (?:\w+ ){0,2}(?:vam|\d+)\b",
        # money moved back: "celú sumu sme vám poslali späť", "peniaze sme previedli na účet"
        r"(?:peniaze|penazi|sum\w*|obnos\w*|kupn\w* cen\w*|platb\w*) (?:\w+ ){0,4}"
        r"(?:posl|posiel|zasl|zasiel|odosl|odosiel|poukaz|preved|previed|pripis|uhrad)\w*",
        r"(?:posl|posiel|zasl|zasiel|odosl|odosiel|poukaz|preved|previed|pripis|uhrad)\w* (?:\w+ ){0,3}"
        r"(?:peniaze|sum\w*|obnos\w*|kupn\w* cen\w*|platb\w*)",
        # an amount sent back: "poslali sme Vám 19,99 € späť"
        rf"(?:posl|zasl|odosl|poukaz|preved|previed|vratil)\w* (?:\w+ ){{0,4}}{MONEY} (?:\w+ )?spat",
        rf"{MONEY} (?:\w+ ){{0,3}}(?:spat|vraten\w*|vratil\w*|vratime|poukazan\w*)",
        # money on the move: "peniaze sú na ceste"
        r"(?:peniaze|prachy|sum\w*|obnos\w*|platb\w*|refundaci\w*) (?:\w+ ){0,4}na ceste",
    ),
    full=(r"cel\w*", r"pln\w*", r"kompletn\w*", r"kupn\w* cen\w*", r"100 ?%", r"vsetk\w*"),
    discount=(
        r"zlav\w*", r"ciastocn\w* (?:\w+ )?(?:vratenie|refundac\w*|dobropis\w*|nahrad\w*)", r"kompenzac\w*",
        r"odskodn\w*", r"poukaz(?:u|y|om|ok|ky|ka)\b", r"kupon\w*", r"znizen\w* ceny", r"zlacn\w*",
        r"polovic\w*", r"cast (?:\w+ )?(?:ceny|sumy|penazi)",
    ),
    replacement=(r"vymen\w*", r"nahradn\w*", r"novy kus", r"oprav\w*", r"servis\w*", r"chybajuc\w* diel\w*"),
    negation=(_NE, r"nie", r"ziadn\w*", r"nikdy", r"ani"),
    negation_local=(r"ne",),
    negation_tight=(r"bez",),
    not_negation=(
        r"nielen", r"ziadny problem", r"nezabudn\w*", r"nevahajte", r"nie je problem",
        r"bez (?:dalsich )?(?:poplatkov|nakladov)", r"nemus\w* (?:\w+ ){0,2}(?:platit|hradit|tlacit)",
    ),
    coordinator=(r"a", r"i", r"preto", r"teda", r"takze", r"namiesto toho"),
    condition=(
        r"ak", r"pokial", r"ked", r"akonahle", r"hned ako", r"v pripade", r"za predpokladu", r"najprv", r"najskor",
        r"predtym", r"az po",
        r"po (?:obdrzani|prijati|doruceni|kontrole|overeni|potvrdeni|schvaleni|prevzati|zaslani|dodani)",
    ),
    condition_local=(r"az",),
    benign_condition=(
        rf"(?:ak|pokial|ked|v pripade,? ze) (?:\w+ ){{0,4}}(?:chcete|chceli|zelate|budete chciet|{_SEND}"
        r"|odstup\w*|ponechat|nechat|mate (?:\w+ )?otazk\w*)",
        r"(?:ak|pokial) nie(?= ?[,;:.])", r"ak (?:je|bude) (?:to )?(?:potrebne|treba|nutne)",
        r"v pripade potreby", r"v pripade otazok",
        rf"(?:akonahle|hned ako|po) (?:\w+ ){{0,2}}{_OBJ}\b",
    ),
    later=(
        r"potom", r"nasledne", r"neskor", r"coskoro", r"zajtra", r"e-?mailom", r"mailom", r"samostatn\w*",
        r"osobitn\w*", r"zvlast", r"v (?:dalsom|samostatnom|inom) (?:e-?maile|sprave|maile)", r"obratom",
        r"co najskor", r"bezodkladne", r"do (?:\w+ )?(?:hodin|dni)",
    ),
    future=(r"budeme", r"bude", r"budete", r"budu"),
    send=(
        r"posiel\w*", r"posl\w*", r"zasiel\w*", r"zasl\w*", r"odos\w*", r"obdrz\w*", r"dostanete", r"vystav\w*",
        r"vygener\w*", r"vytvor\w*", r"priprav\w*",
    ),
    send_future=(
        r"posleme", r"zasleme", r"odosleme", r"vystavime", r"vygenerujeme", r"vytvorime", r"pripravime",
        r"dostanete", r"obdrzite", r"pride vam",
    ),
    offer_question=(
        r"chcete", r"chceli by ste", r"zelate si", r"mame (?:vam|vas)", r"potrebujete", r"vyhovuje vam",
        r"suhlasite", r"bolo by (?:to )?(?:pre vas )?(?:prijateln\w*|v poriadku)", r"alebo",
    ),
    contrast=(r"ale", r"avsak", r"vsak", r"no", r"napriek tomu", r"alternativne", r"alebo", r"inak"),
    closing=(r"s (?:\w+ )?pozdravom", r"srdecne", r"dakujeme a zdravime", r"pekny den"),
)  # fmt: skip
