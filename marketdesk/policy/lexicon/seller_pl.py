"""Polish seller cues (folded: lower case, no diacritics — "etykietę" is "etykiete", "zwrócimy" is "zwrocimy")."""

from __future__ import annotations

from marketdesk.policy.lexicon.seller_common import MONEY, SellerLexicon

_OBJ = r"(?:towar\w*|produkt\w*|przesylk\w*|paczk\w*|zwrot\w*|artykul\w*|przedmiot\w*)"
_SEND = r"(?:odsyla\w*|odesla\w*|zwraca\w*|zwroci\w*|wysyla\w*|wysla\w*|oddawa\w*|odda\w*)"

LEXICON = SellerLexicon(
    code="pl",
    stopwords=(
        "i w na nie sie jest do z ze prosimy pan pani panstwo dzien dobry pozdrawiamy ktory dla oraz "
        "przez towar towaru zamowienie zamowienia bardzo dziekujemy mozna moze nam nas czy jak tak panu "
        "pana"
    ),
    label=(
        r"etykiet\w*", r"list\w* przewozow\w*", r"kod\w* (?:zwrotu|nadania|qr|do nadania|zwrotn\w*)",
        r"naklejk\w*", r"qr ?kod\w*", r"kod qr",
    ),
    link=(r"link\w*", r"odnosnik\w*", r"pobra\w*", r"pobier\w*", r"pobrani\w*", r"klikn\w*", r"url",
          r"pod adresem"),
    attach=(
        r"w zalaczniku", r"w zalacznikach", r"zalacz\w*", r"dolaczon\w*", r"przesylamy", r"przesylam",
        r"wysylamy", r"przekazujemy", r"oto", r"ponizej", r"tutaj (?:jest|znajdzie)", r"wysylam",
        r"dolaczyl\w* (?:\w+ )?do (?:tej|niniejszej) (?:wiadomosci|korespondencji|e-?maila|maila)",
        r"(?:tak )?jak (?:sie )?(?:umawialismy|ustalilismy|obiecalismy|bylo ustalone)", r"zgodnie z ustaleniami",
    ),
    attach_adj=(r"zalaczon\w*", r"w zalaczniku", r"dolaczon\w*"),
    use=(r"wydruk\w*", r"wydrukowa\w*", r"drukuj\w*", r"naklej", r"naklei\w*", r"przyklei\w*", r"uzyj\w*",
         r"uzyc\w*", r"skorzysta\w*"),
    stick=(r"naklej(?!k)\w*", r"naklei\w*", r"przyklej\w*", r"przyklei\w*"),
    info_page=(
        r"faq", r"regulamin\w*", r"zasad\w*", r"polityk\w*", r"informacj\w*", r"warunk\w*", r"pytania",
        r"pomoc\w*",
    ),
    document=(
        r"faktur\w*", r"zdjec\w*", r"zdjeci\w*", r"instrukcj\w*", r"regulamin\w*", r"formularz\w*", r"paragon\w*",
        r"potwierdzeni\w*", r"protokol\w*", r"korekt\w*",
    ),
    package=(r"paczk\w*", r"przesylk\w*", r"karton\w*", r"opakowani\w*", r"pudel\w*", r"pudl\w*"),
    in_package=(
        r"w (?:\w+ )?(?:paczce|przesylce|kartonie|opakowaniu|pudelku|pudle)",
        r"(?:w srodku|wewnatrz) (?:\w+ )?(?:paczki|przesylki|kartonu|opakowania|pudelka|pudla)",
        r"do (?:\w+ )?(?:paczki|przesylki|zamowienia|towaru|kartonu|pudelka|opakowania)",
        r"(?:dolaczon\w*|zalaczon\w*|umieszczon\w*|wlozon\w*) (?:\w+ )?(?:do|w) (?:\w+ )?"
        r"(?:paczk\w*|przesylk\w*|karton\w*|opakowani\w*|pudel\w*|pudl\w*)",
        r"(?:przyklejon|naklejon|umieszczon|dolaczon|dolaczyl|wlozyl|wlozon)\w* (?:\w+ ){0,3}"
        r"(?:paczk|przesylk|karton|opakowan|pudel|pudl)\w*",
    ),
    presence=(
        r"znajduje", r"znajdowala", r"znajdzie", r"znajdziesz", r"jest", r"byla", r"byl", r"bylo", r"dolaczon\w*",
        r"zalaczon\w*", r"umieszczon\w*", r"wlozon\w*", r"zawiera", r"zawierala", r"otrzymal\w*", r"byc",
        r"dolaczyl\w*", r"wlozyl\w*", r"wrzucil\w*", r"dorzucil\w*", r"dodal\w*", r"przyklejon\w*", r"naklejon\w*",
    ),
    address_cue=(
        r"adres\w*",
        r"(?:wyslac|odeslac|odsylac|zwrocic|przeslac|nadac|wyslij|odeslij|przeslij|odeslanie) (?:\w+ ){0,4}na\b",
    ),
    address_ref=(r"adres\w* (?:\w+ ){0,2}(?:nadawcy|na paczce|na fakturze|na etykiecie|w regulaminie|na stronie)",),
    return_word=(r"zwrot\w*", r"zwroc\w*", r"zwracan\w*", r"odesl\w*", r"odsyl\w*", r"odstap\w*",
                 r"z powrotem"),
    portal=(
        r"kon(?:to|cie|ta|tem) (?:klienta|kupujacego|uzytkownika|na kaufland\w*|kaufland\w*)",
        r"(?:swoim|twoim|panskim|pani|moim|moje|swoje|panstwa) kon(?:to|cie)",
        r"panel\w* (?:klienta|kupujacego)", r"kaufland\w* kon(?:to|cie)",
    ),
    portal_path=(
        r"moje zamowienia", r"szczegol\w* zamowienia", r"moje zwroty", r"historia zamowien",
        r"formularz\w* (?:zwrotu|zwrotow)", r"centrum zwrotow", r"portal\w* zwrotow",
    ),
    register=(
        r"zglos\w*", r"zarejestr\w*", r"rejestr\w*", r"zaloz\w*", r"utworz\w*", r"wybierz\w*", r"wybra\w*",
        r"klikn\w*", r"rozpocz\w*", r"zainicj\w*", r"zlozy\w*", r"zloz", r"dokona\w*", r"przycisk\w*",
        r"zakladk\w*", r"sekcj\w*", r"zaloguj\w*",
    ),
    contact=(r"skontaktuj\w*", r"kontakt\w*", r"napisz\w*", r"zadzwon\w*", r"obslug\w* klienta"),
    no_return=(
        r"nie (?:musi|musza|musisz|musicie|trzeba|ma potrzeby|jest konieczne|jest potrzebne|jest wymagane)"
        rf" (?:\w+ ){{0,3}}{_SEND}",
        r"bez (?:koniecznosci |potrzeby )?(?:odsylania|odeslania|zwracania|zwrotu (?:towaru|produktu|przedmiotu"
        r"|artykulu))",
        r"(?:zwrot|odeslanie|odsylanie) (?:towaru|produktu) (?:\w+ ){0,2}nie jest (?:\w+ )?"
        r"(?:konieczn\w*|potrzebn\w*|wymagan\w*)",
        rf"(?:prosze|prosimy) (?:\w+ )?nie {_SEND}", r"nie (?:odsylaj|zwracaj|wysylaj)(?:cie)?\b",
        r"zatrzyma\w*", r"zachowa\w*", r"zostaw\w* (?:\w+ ){0,2}(?:sobie|u siebie)",
    ),
    no_return_not=(r"paragon\w*", r"dowod\w*", r"opakowani\w*", r"numer\w*", r"faktur\w*", r"ostroznosc\w*",
                   r"kopi\w*", r"karton\w*"),
    refund=(
        r"zwrot\w* (?:\w+ ){0,2}(?:pieniedzy|srodkow|kwoty|naleznosci|platnosci|ceny|kosztow)",
        r"zwroc\w* (?:\w+ ){0,3}(?:pieniadze|srodki|kwot\w*|naleznos\w*|koszt\w*|cen\w*)",
        r"zwrocimy", r"zwracamy", r"zwrocil\w*",
        r"(?:kwot\w*|pieniadze|srodki|naleznosc\w*|cen\w*) (?:\w+ ){0,3}(?:zwroc\w*|zwrac\w*|oddam\w*|przelal\w*)",
        r"oddamy (?:\w+ ){0,2}pieniadze", r"refundac\w*", r"refund\w*",
        r"pieniadze (?:\w+ ){0,3}(?:zwrocimy|wrocimy|oddamy|zwrocone|wroca)", r"przelew\w* zwrotn\w*",
        # money moved back: "pieniądze już oddaliśmy", "całą kwotę przelaliśmy na konto"
        r"(?:pieniadze|pieniedzy|srodki|kwot\w*|naleznosc\w*|platnosc\w*) (?:\w+ ){0,4}"
        r"(?:odda\w*|oddal\w*|przela\w*|przelal\w*|przekaz\w*|wysl\w*|wyplac\w*|zaksieg\w*|zwroc\w*|odeslal\w*)",
        r"(?:oddal\w*|oddamy|przelal\w*|przelejemy|przekazal\w*|wyslal\w*|wyplacil\w*|zaksiegowal\w*)"
        r" (?:\w+ ){0,3}(?:pieniadze|srodki|kwot\w*|naleznosc\w*)",
        # an amount sent back: "przelaliśmy Panu 89 zł", "zwrot 149 zł zleciłam"
        rf"(?:przelal|przelali|zwrocil|oddal|wyslal|odeslal|zwrot)\w* (?:\w+ ){{0,3}}{MONEY}",
        # money on the move: "pieniądze są już w drodze", "kasa już leci"
        r"(?:pieniadze|kasa|srodki|kwot\w*|przelew\w*|zwrot\w*) (?:\w+ ){0,4}(?:w drodze|leci|lec\w*)\b",
    ),
    full=(r"peln\w*", r"cal(?:a|ej|y|ego|osc|kowit\w*)", r"calosc\w*", r"cen\w* zakupu", r"100 ?%"),
    discount=(
        r"rabat\w*", r"znizk\w*", r"upust\w*", r"obnizk\w*", r"obnizeni\w* ceny",
        r"czesciow\w* (?:\w+ )?(?:zwrot\w*|refundac\w*)", r"rekompensat\w*", r"bon(?:u|y|em|ow|ami)?", r"kupon\w*",
        r"voucher\w*", r"polow\w* (?:\w+ )?(?:ceny|kwoty)", r"czesc (?:\w+ )?(?:ceny|kwoty|pieniedzy)",
    ),
    replacement=(r"wymian\w*", r"wymieni\w*", r"now\w* (?:egzemplarz|produkt|sztuk)\w*", r"napraw\w*", r"serwis\w*",
                 r"brakujac\w* czes\w*", r"zamienn\w*"),
    negation=(r"nie", r"zadn\w*", r"zaden", r"nigdy", r"brak\w*", r"ani"),
    negation_tight=(r"bez",),
    not_negation=(
        r"nie tylko", r"nie ma problemu", r"bez problemu", r"nie wahaj\w*", r"prosimy sie nie wahac",
        r"nie zapomnij\w*", r"prosimy nie zapomniec", r"nie ponosi (?:\w+ ){0,2}koszt\w*",
        r"bez (?:dodatkowych )?(?:kosztow|oplat)", r"nie placi\w*",
        r"nie musi (?:\w+ ){0,2}(?:placic|oplacac|drukowac)",
        r"za darmo",
    ),
    coordinator=(r"i", r"oraz", r"dlatego", r"wiec", r"zatem", r"zamiast tego"),
    condition=(
        r"jesli", r"jezeli", r"gdy", r"kiedy", r"gdy tylko", r"jak tylko", r"o ile", r"pod warunkiem", r"najpierw",
        r"w przypadku", r"zanim", r"dopiero (?:po|gdy)",
        r"po (?:otrzymaniu|sprawdzeniu|weryfikacji|potwierdzeniu|akceptacji|zatwierdzeniu|przeslaniu|dostarczeniu"
        r"|analizie)",
    ),
    benign_condition=(
        r"(?:jesli|jezeli|gdy|w przypadku,? gdy|o ile) (?:\w+ ){0,4}(?:chce|chcesz|chca|chcial\w*|zyczy|woli"
        rf"|zdecyduje|{_SEND}|zatrzyma\w*|odstap\w*|zwrot\w*|ma (?:\w+ )?pytani\w*)",
        r"(?:jesli|jezeli|gdy) nie(?= ?[,;:.])", r"w razie (?:potrzeby|pytan)",
        rf"(?:po otrzymaniu|gdy tylko|jak tylko|gdy|po) (?:\w+ ){{0,3}}{_OBJ}",
    ),
    later=(
        r"potem", r"nastepnie", r"pozniej", r"wkrotce", r"jutro", r"mailowo", r"e-?mailem", r"mailem",
        r"osobn\w*", r"oddzieln\w*", r"w (?:osobnej|kolejnej|nastepnej|oddzielnej) (?:wiadomosci|mailu|e-?mailu)",
        r"niezwlocznie", r"jak najszybciej", r"w ciagu (?:\w+ )?(?:godzin|dni|dnia)", r"na (?:\w+ )?e-?mail",
    ),
    future=(r"bedziemy", r"bedzie", r"beda", r"zostanie", r"zostana"),
    send=(
        r"wysyla\w*", r"wysla\w*", r"wysle\w*", r"przesyla\w*", r"przesla\w*", r"przesle\w*", r"przekaz\w*",
        r"otrzyma\w*", r"dostanie\w*", r"dostaniesz", r"wygener\w*", r"utworz\w*", r"przygotuj\w*", r"dostarcz\w*",
    ),
    send_future=(
        r"wyslemy", r"przeslemy", r"przekazemy", r"wygenerujemy", r"utworzymy", r"przygotujemy", r"dostarczymy",
        r"otrzyma (?:pan|pani)", r"otrzymasz", r"otrzymaja", r"dostanie (?:pan|pani)", r"dostaniesz",
        r"zostanie (?:\w+ ){0,2}(?:wyslan\w*|przeslan\w*|wygenerowan\w*)",
    ),
    offer_question=(
        r"czy (?:\w+ ){0,2}(?:chce|chcial\w*|zyczy|potrzebuje|potrzebujesz|woli|mamy|mozemy|odpowiada|zgadza"
        r"|bylby|bylaby|bylo by)",
        r"czy (?:przeslac|wyslac)", r"czy", r"czy tez", r"albo", r"lub",
    ),
    contrast=(r"ale", r"lecz", r"jednak", r"jednakze", r"natomiast", r"alternatywnie", r"albo", r"lub",
              r"inaczej", r"w przeciwnym razie"),
    closing=(r"pozdrawiamy", r"z powazaniem", r"pozdrowienia", r"z wyrazami szacunku", r"serdecznie"),
)  # fmt: skip
