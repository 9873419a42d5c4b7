"""German seller cues (folded: lower case, no diacritics; ue/oe/ae spellings of umlauts accepted)."""

from __future__ import annotations

from marketdesk.policy.lexicon.seller_common import MONEY, SellerLexicon

# Umlauts fold to a plain vowel, but people without a German keyboard write "ue": "zurueck", "Rueckgabe".
_ZU = r"zurue?ck"
_RU = r"rue?ck"
_OBJ = r"(?:artikel|ware|waren|produkt|produkte|gerat|geraet|teil|bestellung|sendung|paket)"

LEXICON = SellerLexicon(
    code="de",
    stopwords=(
        "und der die das nicht sie ihnen wir ist mit fur fuer bitte ihr ihre ihren ihrem ihrer ihres den "
        "dem ein eine einen einem einer eines zu auf sehr gern gerne vielen dank gruss grusse grussen "
        "gruessen freundlichen leider auch noch wird werden uns unser unsere unseren unserem unserer "
        "haben konnen koennen hallo guten ware sich wenn"
    ),
    label=(
        rf"(?:(?:{_RU}(?:sende|sendungs|versand|gabe)|retour(?:en|e)?|versand|paket|porto|dhl|hermes|dpd|gls|ups)-?)?"
        r"(?:etikett|label)(?:e|en|s|n)?",
        rf"(?:{_RU}(?:sende|sendungs|versand|gabe)|retour(?:en|e)?|versand|paket|dhl|hermes|dpd|gls|ups)-?"
        r"(?:schein|aufkleber|marke|beleg|code)(?:e|en|s|n)?",
        rf"(?:(?:retour(?:en|e)?|{_RU}sende)-?)?qr-? ?codes?",
    ),
    link=(r"links?", r"download\w*", r"herunter\w*", r"runterlad\w*", r"abruf\w*", r"url", r"klick\w*", r"aufrufen"),
    attach=(
        r"anbei", r"beigefue?gt\w*", r"angehae?ngt\w*", r"anhae?ngend\w*", r"angefue?gt\w*", r"im anhang",
        r"als anhang", r"in der anlage", r"als anlage", r"beiliegend\w*", r"hier (?:ist|sind|finden sie|kommt)",
        r"hiermit", r"nachfolgend", r"finden sie (?:anbei|im anhang|hier|unten)", r"anhang",
        r"hae?ngt (?:\w+ ){0,4}an\b", r"an (?:dieser|diese[rm]) (?:nachricht|e-?mail|mail)",
        # the thing agreed on, handed over with this message
        r"wie (?:besprochen|vereinbart|versprochen|abgesprochen|telefonisch besprochen)",
    ),
    attach_adj=(r"beigefue?gte[nmrs]?", r"angehae?ngte[nmrs]?", r"anbei", r"im anhang", r"beiliegende[nmrs]?"),
    use=(
        r"(?:aus)?drucke?n?", r"drucken sie", r"ausgedruckt\w*", r"aufkleb\w*", r"kleben", r"kleben sie",
        r"nutzen sie", r"verwenden sie", r"benutzen sie", r"bringen sie",
    ),
    stick=(
        r"aufkleb\w*", r"draufkleb\w*", r"kleben sie (?:es|ihn|sie|das \w+|den \w+|die \w+) (?:\w+ )?(?:auf|drauf)",
    ),
    info_page=(
        r"faq", r"agb", r"richtlinie\w*", r"bedingungen", r"hinweis\w*", r"informationen", r"infos?",
        r"\w*belehrung\w*", r"fragen und antworten", r"hilfe\w*",
    ),
    document=(
        r"rechnung\w*", r"foto\w*", r"bild\w*", r"\w*anleitung\w*", r"\w*handbuch\w*", r"agb",
        r"widerrufsformular\w*", r"formular\w*",
        r"lieferschein\w*", r"datenblatt\w*", r"gutschrift\w*", r"bestatigung\w*", r"beleg\w*", r"handbuch\w*",
    ),
    package=(r"paket\w*", r"packet\w*", r"pae?ckchen", r"karton\w*", r"sendung", r"lieferung\w*", r"verpackung\w*"),
    in_package=(
        r"(?:im|ins|in dem|in das|in ihrem|in ihr|in ihrer|in der|innerhalb (?:des|der)) (?:\w+ )?"
        r"(?:paket|packet|pae?ckchen|karton|sendung|lieferung|verpackung|originalverpackung)(?:s|es|e|en)?",
        r"(?:paket|pae?ckchen|karton|sendung|lieferung|bestellung|ware)(?:s|es|e|en)? (?:\w+ ){0,2}(?:bei|beigelegt)",
        r"im inneren (?:des|der|ihres|ihrer) (?:\w+ )?(?:paket|pae?ckchen|karton|sendung|verpackung)\w*",
        r"(?:paket|sendung|lieferung|ware)\w* beiliegend\w*",
        r"(?:dem|der|ihrem|ihrer) (?:\w+ )?(?:paket|pae?ckchen|karton|sendung|lieferung|bestellung|ware)(?:s|es|e|en)? "
        r"(?:\w+ ){0,5}(?:bei|beigelegt|beigefue?gt|beilag|beilagen|beiliegt|beiliegen|beigelegen)",
        r"im lieferumfang",
    ),
    enclosed=(r"beigelegt\w*", r"beiliegend\w*", r"mitgeliefert\w*", r"mitgeschickt\w*", r"im lieferumfang"),
    presence=(
        r"liegt", r"lag", r"beilag", r"liegen", r"lagen", r"befindet", r"befand", r"beiliegend\w*", r"beigelegt\w*",
        r"enthalten", r"finden sie", r"findest", r"findet", r"steckt", r"drin", r"ist", r"war", r"waren",
        r"mitgeliefert", r"mitgeschickt", r"dabei", r"gelegt", r"reingelegt", r"eingelegt", r"beigepackt",
        r"gepackt", r"mitgegeben",
    ),
    address_cue=(
        rf"(?:{_RU}sende|retouren?|{_RU}sendungs|{_RU}gabe|lager|firmen|unsere|folgende|nachstehende)?-?adresse\w*",
        r"anschrift\w*",
        r"(?:senden|schicken|retournieren|adressieren) sie (?:\w+ ){0,5}an\b",
        rf"(?:{_ZU})?(?:zu)?(?:senden|schicken) an\b",
        r"(?:schick|schicke|send|sende|schickt|sendet) (?:\w+ ){0,5}an\b",  # the informal imperative
        rf"(?:{_RU}sendung|retoure|{_RU}gabe|{_RU}versand) (?:bitte )?an\b",
    ),
    address_ref=(
        r"an (?:die|unsere) absender\w*",
        r"an den absender",
        r"(?:adresse|anschrift) (?:\w+ ){0,3}(?:auf dem|im|in der|auf der) "
        r"(?:paket|lieferschein|rechnung|impressum|versandetikett|karton)\w*",
    ),
    return_word=(
        rf"{_RU}send\w*", rf"{_RU}versand\w*", rf"{_RU}gabe\w*", r"retour\w*", rf"{_ZU}(?:zu)?(?:send|schick|geb)\w*",
        rf"{_ZU}", r"widerruf\w*", rf"{_RU}holung\w*",
    ),
    portal=(
        r"kunden-?konto\w*", r"benutzerkonto\w*", r"(?:ihr\w*|mein\w*|im) (?:kaufland-?)?(?:konto|account)",
        r"kaufland-?(?:konto|account|app|seite|webseite|website)",
    ),
    portal_path=(
        r"meine bestellungen", r"bestelldetails?", r"details? (?:der|zur|ihrer) bestellung", r"bestellubersicht",
        r"bestelluebersicht", r"meine retouren", r"retouren?portal\w*",
        rf"{_RU}sendeportal\w*", r"retourenzentrum",
    ),
    register=(
        r"anmeld\w*", r"angemeldet", r"registrier\w*", r"beantrag\w*", r"melden", r"gemeldet", r"einleit\w*",
        r"eingeleitet", r"start\w*", r"gestartet", r"erfass\w*", r"anleg\w*", r"angelegt", r"veranlass\w*",
        r"auswae?hl\w*", r"wae?hlen", r"klick\w*", r"abwickeln", r"abgewickelt", r"durchfue?hren", r"vornehmen",
        r"button", r"schaltflae?che", r"menue?punkt", r"bereich", r"rubrik",
    ),
    contact=(r"kontaktier\w*", r"wenden sie sich", r"schreiben sie", r"rufen sie", r"kundenservice", r"kundendienst"),
    no_return=(
        r"(?:muss\w*|brauch\w*) (?:\w+ ){0,4}(?:nicht|nichts|nix|kein\w*) (?:\w+ ){0,3}"
        rf"(?:{_ZU}\w*|retournier\w*|einsenden|einzusenden|schicken|senden|zu schicken|zu senden)",
        rf"(?:{_RU}sendung|retoure|{_RU}gabe|{_RU}versand|{_ZU}senden|{_ZU}schicken)\w* (?:\w+ ){{0,4}}"
        r"(?:ist |wird )?(?:nicht|nicht mehr|keine?) (?:mehr )?(?:noe?tig|notwendig|erforderlich|vonnoe?ten)",
        # "ohne Rücksendung"; "keine Rücksendung" only with "nötig" (else: "we cannot offer a return")
        rf"ohne (?:\w+ )?(?:{_RU}sendung|retoure|{_RU}gabe|{_RU}versand|{_ZU}sendung|{_ZU}senden)(?:en|n)?",
        rf"keine (?:\w+ )?(?:{_RU}sendung|retoure|{_RU}gabe|{_RU}versand|{_ZU}sendung)(?:en|n)? (?:\w+ ){{0,2}}"
        r"(?:noe?tig|notwendig|erforderlich)",
        rf"(?:schicken|senden) sie (?:\w+ ){{0,3}}(?:bitte )?nicht (?:\w+ )?{_ZU}",
        # the verb first: "zurückschicken brauchen Sie nichts"
        rf"{_ZU}(?:zu)?(?:schicken|senden|geben) (?:muss\w*|brauch\w*) (?:\w+ ){{0,2}}(?:nicht|nichts|nix|kein\w*)",
        r"behalten", r"behalte", r"behaltet",
    ),
    no_return_not=(
        r"verpackung\w*", r"karton\w*", r"rechnung\w*", r"beleg\w*", r"quittung\w*", r"kassenbon\w*", r"zubehoe?r",
        r"auge", r"ue?berblick", r"nummer\w*", r"kopie\w*", r"vorbehalt\w*", r"behalten uns", r"recht",
        r"sendungsnummer\w*",
    ),
    refund=(
        r"erstatt\w*", rf"{_RU}erstatt\w*", rf"{_ZU}erstatt\w*", rf"{_ZU}ue?berw\w*", rf"{_ZU}(?:ge)?zahl\w*",
        rf"{_ZU}(?:ge)?buch\w*",
        rf"{_RU}zahlung\w*", rf"{_RU}ue?berweis\w*", r"gutschrift\w*", r"gutschreib\w*", r"gutgeschrieben",
        rf"geld {_ZU}", rf"(?:kaufpreis|betrag|geld)\w* (?:\w+ ){{0,3}}{_ZU}",
        # separable verbs: "wir überweisen Ihnen den Betrag zurück", "buchen … zurück"
        rf"(?:ue?berw|zahl|buch)\w* (?:[\w,€]+ ){{0,8}}{_ZU}\b",
        r"(?:geld|betrag|kaufpreis|summe|zahlung)\w* (?:\w+ ){0,4}(?:ue?berwiesen|ausgezahlt|angewiesen|gebucht"
        r"|veranlasst|freigegeben)",
        r"(?:ue?berwiesen|ue?berweisen|angewiesen|ausgezahlt|auszahlen) (?:\w+ ){0,4}"
        r"(?:geld|betrag|kaufpreis|summe)\w*",
        # an amount sent back: "wir haben Ihnen 19,99 € über PayPal zurückgeschickt"
        rf"{MONEY} (?:\w+ ){{0,3}}(?:{_ZU}\w*|ue?berwiesen|erstattet|gutgeschrieben|ausgezahlt)",
        # money on the move: "das Geld ist schon unterwegs", "die Erstattung ist auf dem Weg"
        r"(?:geld|betrag|kaufpreis|summe|erstattung|gutschrift|kohle)\w* (?:\w+ ){0,3}(?:unterwegs|auf dem weg)",
    ),
    full=(
        r"voll\w*", r"vollstae?ndig\w*", r"gesamt\w*", r"komplett\w*", r"ganze[nmrs]?", r"kaufpreis\w*",
        r"in voller hoe?he", r"100 ?(?:%|prozent)",
    ),
    discount=(
        r"nachlass\w*", r"preisnachlass\w*", r"rabatt\w*", r"teilerstatt\w*", rf"teil{_RU}erstatt\w*",
        r"teilbetrag\w*", r"teilgutschrift\w*", r"teilweise\w*", r"teil des (?:kauf)?preises", r"preisminderung\w*",
        r"minderung", r"entschae?digung\w*", r"gutschein\w*", r"ermae?ssigung\w*", r"preisreduzierung\w*",
        r"kulanzbetrag\w*", r"kulanzgutschrift\w*", r"hae?lfte\w*", r"anteil\w*",
    ),
    replacement=(
        r"ersatz\w*", r"austausch\w*", r"umtausch\w*", rf"neue[nsm]? {_OBJ}", r"reparatur\w*", r"repariert\w*",
        r"nachliefer\w*", r"fehlende\w* teile",
    ),
    negation=(r"nicht", r"kein(?:e|en|em|er|es)?", r"nie", r"niemals", r"weder", r"nichts", r"nix", r"keinerlei"),
    negation_tight=(r"ohne",),
    not_negation=(
        r"nicht nur", r"nicht vergessen", r"vergessen sie nicht", r"kein problem", r"keine sorge", r"keine ursache",
        r"zoe?gern sie nicht", r"nicht zu zoe?gern", r"nicht spae?ter als", r"nicht mehr als", r"nicht lange",
        r"keine kosten", r"keinerlei kosten", r"ohne (?:zusae?tzliche |weitere )?kosten",
        r"nicht (?:zu |extra )?(?:frankieren|bezahlen|zahlen)", r"kein porto", r"nicht frankier\w*", r"ob nicht",
        r"nicht benoe?tigt\w*", r"nicht mehr benoe?tigt\w*",
    ),
    coordinator=(r"und", r"sowie", r"deshalb", r"daher", r"deswegen", r"also", r"somit", r"stattdessen"),
    condition=(
        r"sobald", r"nachdem", r"wenn", r"falls", r"sofern", r"soweit", r"vorausgesetzt", r"sollten sie",
        r"sollte (?:der|die|das|es)", r"unter der (?:voraussetzung|bedingung)",
        r"nach (?:erhalt|eingang|pruefung|prufung|ue?berpruefung|uberprufung|rue?ckmeldung|bestae?tigung|ihrer|ihrem"
        r"|zusendung|ue?bermittlung|klae?rung|freigabe|absprache|sichtung|begutachtung|kontrolle)",
        r"erst (?:nach|wenn|sobald|dann)", r"bevor", r"vorab", r"zunae?chst", r"zuerst",
    ),
    benign_condition=(
        rf"(?:wenn|falls|sofern|sollten) (?:sie )?(?:\w+ ){{0,4}}(?:moe?chten|wollen|wue?nschen|moe?gen|{_ZU}senden"
        rf"|{_ZU}schicken|{_ZU}geben|retournieren|{_ZU}sendung|behalten|widerrufen|gewue?nscht|lieber|fragen)",
        r"(?:falls|wenn) nicht(?= ?[,;:.])", r"falls gewue?nscht", r"wenn gewue?nscht", r"bei bedarf", r"auf wunsch",
        rf"nach (?:erhalt|eingang|pruefung|prufung) (?:der|des|ihrer|ihres) (?:\w+ )?(?:{_OBJ}|{_RU}sendung|retoure)",
        rf"sobald (?:\w+ ){{0,3}}(?:{_OBJ}|{_RU}sendung|retoure)\w* (?:\w+ ){{0,3}}(?:ist|eingegangen|angekommen"
        r"|eingetroffen|erhalten|vorliegt|da|haben)",
    ),
    later=(
        r"danach", r"anschliessend", r"im anschluss", r"daraufhin", r"in kue?rze", r"kurzfristig", r"zeitnah",
        r"demnae?chst", r"spae?ter", r"dann", r"morgen", r"ue?bermorgen", r"gesondert\w*", r"separat\w*",
        r"per (?:e-?mail|mail|post|brief)", r"in einer (?:separaten|weiteren|zweiten|gesonderten|neuen) "
        r"(?:e-?mail|nachricht|mail)", r"in den nae?chsten (?:tagen|stunden)", r"umgehend", r"schnellstmoe?glich",
        r"baldmoe?glichst", r"bald", r"noch heute",
    ),
    future=(r"werden", r"werde", r"wird", r"wirst", r"werdet"),
    send=(
        r"(?:senden|schicken|ue?bermitteln|ue?bersenden|mailen|lassen|stellen) wir",
        r"wir (?:\w+ ){0,2}(?:senden|schicken|ue?bermitteln|ue?bersenden|mailen|erstellen|generieren)",
        r"erhalten sie", r"bekommen sie", r"zusenden", r"zuschicken", r"zukommen", r"zugeschickt", r"zugesendet",
        r"zugesandt", r"ue?bermittelt", r"bereitstellen", r"bereitgestellt", r"zur verfue?gung (?:stellen|gestellt)",
        r"nachreichen", r"nachgereicht", r"folgt", r"folgen", r"gemailt", r"geschickt", r"gesendet",
    ),
    offer_question=(
        r"moe?chten sie", r"moe?chtest du", r"wollen sie", r"wue?nschen sie", r"sollen wir", r"soll ich",
        r"due?rfen wir", r"brauchen sie", r"benoe?tigen sie", r"hae?tten sie (?:gern|gerne|lieber)",
        r"wae?ren sie (?:\w+ )?(?:einverstanden|interessiert|bereit)", r"ist (?:es )?ihnen (?:recht|lieber)",
        r"passt (?:es )?ihnen", r"koe?nnen wir ihnen (?:\w+ )?(?:anbieten|senden|schicken)", r"oder",
    ),
    contrast=(
        r"aber", r"jedoch", r"allerdings", r"sondern", r"dennoch", r"trotzdem", r"alternativ", r"oder",
        r"andernfalls", r"ansonsten",
    ),
    closing=(
        r"(?:mit )?freundlichen grue?ssen", r"(?:viele|beste|liebe|herzliche|sonnige) grue?sse", r"gruss", r"mfg",
        r"lg",
    ),
)  # fmt: skip
