"""Text banks of bench/generate.py: message fragments, names and products in the seven languages of the storefronts.

A message is put together from a greeting, one or two body fragments for the ticket's scenario, an optional detail and
a sign-off, with the ticket's own slots filled in ({name} {first} {title} {order} {seller} {label} {days}), so no two
tickets read alike. Buyers write in their storefront's language (some in English); sellers answer in the buyer's.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("de", "cs", "sk", "pl", "fr", "it", "en")
SCENARIOS = ("defect", "described", "undelivered", "return", "cancel", "invoice", "payment", "question", "other")
# What the marketplace itself writes into a ticket when the seller hands it over (the app's own English text).
HANDOVER_SYSTEM_TEXT = "The seller has asked the marketplace's customer service to take care of this enquiry."


@dataclass(frozen=True, slots=True)
class Bank:
    greet: tuple[str, ...]  # a buyer's greeting
    sign: tuple[str, ...]  # a buyer's sign-off ({name})
    open: dict[str, tuple[str, ...]]  # scenario → the buyer's first message
    detail: tuple[str, ...]  # a sentence a buyer may add
    more: tuple[str, ...]  # the buyer writes again: the matter is not settled
    thanks: tuple[str, ...]
    reply_greet: tuple[str, ...]  # a seller's greeting ({name}, {first})
    reply: dict[str, tuple[str, ...]]  # scenario → the seller's answer
    reply_extra: tuple[str, ...]
    reply_sign: tuple[str, ...]  # {seller}
    followup: tuple[str, ...]  # the seller writes again
    ask: tuple[str, ...]  # the seller opens a ticket towards the buyer
    cs: tuple[str, ...]  # customer service writes to the buyer
    note: tuple[str, ...]  # a seller's internal note
    handover: tuple[str, ...]  # the seller's note when handing the ticket to customer service


BANKS: dict[str, Bank] = {
    "de": Bank(
        greet=("Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,"),
        sign=("Viele Grüße\n{name}", "Mit freundlichen Grüßen\n{name}", "Danke im Voraus, {name}"),
        open={
            "defect": (
                "der Artikel „{title}“ aus Bestellung {order} funktioniert seit ein paar Tagen nicht mehr. Er lässt "
                "sich nicht mehr einschalten.",
                "leider ist „{title}“ defekt angekommen. Beim ersten Benutzen gab es ein Knacken, seitdem geht nichts.",
                "bei „{title}“ ist nach kurzer Zeit ein Teil abgebrochen. So kann ich den Artikel nicht verwenden.",
            ),
            "described": (
                "der gelieferte Artikel „{title}“ entspricht nicht der Beschreibung: Farbe und Maße stimmen nicht.",
                "ich habe „{title}“ bestellt, bekommen habe ich aber einen anderen Artikel. Bitte prüfen Sie "
                "Bestellung {order}.",
                "im Paket zu Bestellung {order} fehlen Teile von „{title}“, die laut Anleitung dabei sein sollten.",
            ),
            "undelivered": (
                "meine Bestellung {order} ist immer noch nicht angekommen. Die Sendungsverfolgung zeigt seit Tagen "
                "denselben Status.",
                "laut Sendungsverfolgung wurde das Paket mit „{title}“ zugestellt, ich habe aber nichts erhalten, "
                "auch nicht bei den Nachbarn.",
                "ich warte seit über einer Woche auf „{title}“. Angegeben waren 2–3 Werktage. Wann wird geliefert?",
            ),
            "return": (
                "ich möchte „{title}“ aus Bestellung {order} zurückgeben und den Kaufpreis erstattet bekommen. Bitte "
                "schicken Sie mir ein Rücksendeetikett.",
                "ich widerrufe den Kauf von „{title}“. Wie läuft die Rücksendung ab?",
                "ich habe „{title}“ vor einer Woche zurückgeschickt, aber noch keine Erstattung erhalten.",
            ),
            "cancel": (
                "bitte stornieren Sie meine Bestellung {order}, ich habe mich leider vertan.",
                "kann ich „{title}“ noch stornieren? Die Bestellung wurde noch nicht versandt.",
            ),
            "invoice": (
                "für Bestellung {order} brauche ich eine Rechnung mit ausgewiesener Mehrwertsteuer.",
                "auf der Rechnung zu Bestellung {order} ist meine Adresse falsch. Bitte schicken Sie eine korrigierte.",
            ),
            "payment": (
                "ich habe Bestellung {order} mit PayPal bezahlt, der Betrag wurde aber doppelt abgebucht.",
                "Klarna verlangt eine Zahlung für „{title}“, obwohl ich den Artikel zurückgeschickt habe.",
                "mein Gutschein wurde bei Bestellung {order} nicht abgezogen.",
            ),
            "question": (
                "ist „{title}“ auch für draußen geeignet? In der Beschreibung finde ich dazu nichts.",
                "wann ist „{title}“ wieder verfügbar? Ich würde gern noch zwei Stück nachbestellen.",
            ),
            "other": (
                "kann die Lieferadresse für Bestellung {order} noch geändert werden? Ich bin ab Montag verreist.",
                "bitte rufen Sie mich wegen Bestellung {order} zurück, es geht um die Lieferung von „{title}“.",
            ),
        },
        detail=(
            "Fotos habe ich angehängt.",
            "Die Verpackung war schon beim Auspacken beschädigt.",
            "Ich habe den Artikel erst seit {days} Tagen.",
            "Das ist schon meine zweite Nachricht dazu.",
            "Ich brauche den Artikel dringend für ein Geschenk.",
        ),
        more=(
            "gibt es schon Neuigkeiten zu meinem Anliegen?",
            "ich habe noch keine Antwort erhalten. Bitte melden Sie sich.",
            "das Problem besteht leider weiterhin, Ihr Vorschlag hat nicht geholfen.",
        ),
        thanks=(
            "Vielen Dank für die schnelle Hilfe!",
            "Danke, damit ist alles geklärt.",
            "Das Paket ist heute angekommen. Danke!",
        ),
        reply_greet=("Guten Tag {name},", "Hallo {first},", "Sehr geehrte Kundin, sehr geehrter Kunde,"),
        reply={
            "defect": (
                "das tut uns leid. Bitte senden Sie uns ein Foto des Defekts, dann schicken wir sofort Ersatz.",
                "wir bieten Ihnen eine kostenlose Reparatur oder einen Ersatzartikel an. Das Rücksendeetikett finden "
                "Sie hier: {label}",
            ),
            "described": (
                "bitte entschuldigen Sie die Verwechslung. Wir schicken Ihnen den richtigen Artikel noch heute.",
                "die fehlenden Teile sind unterwegs. Sie erhalten in Kürze eine Versandbestätigung.",
            ),
            "undelivered": (
                "wir haben beim Paketdienst einen Nachforschungsauftrag gestellt und melden uns, sobald wir mehr "
                "wissen.",
                "Ihr Paket liegt laut Paketdienst im Verteilzentrum. Die Zustellung erfolgt voraussichtlich in zwei "
                "Tagen.",
            ),
            "return": (
                "Sie können „{title}“ gern zurücksenden. Das kostenlose Rücksendeetikett finden Sie hier: {label}",
                "die Rücksendung ist bei uns eingegangen. Die Erstattung wurde heute veranlasst.",
            ),
            "cancel": (
                "wir haben die Bestellung {order} storniert. Der Betrag wird Ihnen in den nächsten Tagen erstattet.",
                "leider ist „{title}“ bereits versandt. Verweigern Sie bitte die Annahme, dann erstatten wir den "
                "Betrag.",
            ),
            "invoice": (
                "die Rechnung zu Bestellung {order} finden Sie im Anhang.",
                "wir haben die Rechnung korrigiert und Ihnen erneut zugeschickt.",
            ),
            "payment": (
                "Zahlungen laufen über den Marktplatz, darauf haben wir leider keinen Zugriff. Bitte wenden Sie sich "
                "an den Kundenservice.",
                "wir haben den Kundenservice des Marktplatzes gebeten, sich um die Abbuchung zu kümmern.",
            ),
            "question": (
                "ja, „{title}“ ist für innen und außen geeignet.",
                "der Artikel ist voraussichtlich in zwei Wochen wieder lieferbar.",
            ),
            "other": (
                "die Lieferadresse haben wir geändert, das Paket geht morgen raus.",
                "gern helfen wir weiter. Können Sie uns Ihr Anliegen noch etwas genauer beschreiben?",
            ),
        },
        reply_extra=(
            "Bitte entschuldigen Sie die Unannehmlichkeiten.",
            "Bei Fragen sind wir gern für Sie da.",
            "Vielen Dank für Ihre Geduld.",
        ),
        reply_sign=("Mit freundlichen Grüßen\n{seller}", "Viele Grüße\nIhr Team von {seller}", "Beste Grüße\n{seller}"),
        followup=(
            "haben Sie das Paket inzwischen erhalten?",
            "ist das Problem damit gelöst? Dann würden wir das Ticket schließen.",
            "wir wollten nachfragen, ob der Ersatz angekommen ist.",
        ),
        ask=(
            "zu Ihrer Bestellung {order}: Leider können wir „{title}“ erst in zwei Wochen liefern. Sind Sie "
            "einverstanden?",
            "wir konnten Ihr Paket nicht zustellen, die Adresse scheint unvollständig. Bitte prüfen Sie die "
            "Hausnummer.",
        ),
        cs=(
            "hier ist der Kundenservice des Marktplatzes. Wir haben Ihr Anliegen übernommen und prüfen die Zahlung.",
            "wir haben die Erstattung veranlasst. Sie sehen den Betrag in 3–5 Werktagen auf Ihrem Konto.",
            "wir haben den Händler gebeten, Ihnen eine Lösung anzubieten.",
        ),
        note=(
            "Kunde hat schon angerufen, bitte bevorzugt bearbeiten.",
            "Ersatz ist bestellt, Lieferung nächste Woche.",
            "Nachforschungsauftrag beim Paketdienst läuft seit gestern.",
        ),
        handover=(
            "Die Zahlung läuft über den Marktplatz, das können wir nicht prüfen. Bitte übernehmen.",
            "Wir kommen mit dem Kunden nicht weiter, bitte übernehmen Sie.",
        ),
    ),
    "cs": Bank(
        greet=("Dobrý den,", "Zdravím,", "Vážení,"),
        sign=("S pozdravem\n{name}", "Děkuji, {name}", "Hezký den\n{name}"),
        open={
            "defect": (
                "výrobek „{title}“ z objednávky {order} po pár dnech přestal fungovat. Nejde vůbec zapnout.",
                "„{title}“ dorazil poškozený. Při prvním použití to prasklo a od té doby nefunguje.",
                "u „{title}“ se po krátké době ulomila část, takhle se to nedá používat.",
            ),
            "described": (
                "dodaný výrobek „{title}“ neodpovídá popisu, barva i rozměry jsou jiné než v nabídce.",
                "objednal{cs_a} jsem „{title}“, ale přišlo mi něco úplně jiného. Prosím zkontrolujte "
                "objednávku {order}.",
                "v balíku k objednávce {order} chybí díly k „{title}“, které mají být podle návodu součástí.",
            ),
            "undelivered": (
                "moje objednávka {order} pořád nedorazila. Sledování zásilky ukazuje už několik dní stejný stav.",
                "podle sledování byl balík s „{title}“ doručen, ale nic jsem nedostal{cs_a}, ani u sousedů.",
            ),
            "return": (
                "chci vrátit „{title}“ z objednávky {order} a dostat zpět peníze. Pošlete mi prosím štítek na vrácení.",
                "odstupuji od smlouvy u „{title}“. Jak mám zboží vrátit?",
                "„{title}“ jsem poslal{cs_a} zpět před týdnem, ale peníze mi zatím nepřišly.",
            ),
            "cancel": (
                "prosím zrušte moji objednávku {order}, objednal{cs_a} jsem omylem.",
                "můžu ještě zrušit „{title}“? Objednávka zatím nebyla odeslána.",
            ),
            "invoice": (
                "k objednávce {order} potřebuji fakturu s DPH.",
                "na faktuře k objednávce {order} je špatná adresa, pošlete prosím opravenou.",
            ),
            "payment": (
                "objednávku {order} jsem platil{cs_a} přes PayPal a částka mi byla stržena dvakrát.",
                "slevový kupon se u objednávky {order} neodečetl.",
            ),
            "question": (
                "je „{title}“ vhodný i ven? V popisu o tom nic není.",
                "kdy bude „{title}“ znovu skladem? Chtěl{cs_a} bych objednat ještě dva kusy.",
            ),
            "other": (
                "dá se ještě změnit doručovací adresa u objednávky {order}?",
                "zavolejte mi prosím kvůli objednávce {order}, jde o doručení „{title}“.",
            ),
        },
        detail=(
            "Fotky přikládám.",
            "Obal byl poškozený už při převzetí.",
            "Výrobek mám teprve {days} dní.",
            "Píšu už podruhé.",
        ),
        more=(
            "máte už nějaké novinky?",
            "zatím jsem nedostal{cs_a} žádnou odpověď, ozvěte se prosím.",
            "problém bohužel trvá dál.",
        ),
        thanks=("Děkuji za rychlé vyřízení!", "Díky, tím je vše vyřešeno.", "Balík dnes dorazil, děkuji!"),
        reply_greet=("Dobrý den, {name},", "Dobrý den,", "Zdravíme,"),
        reply={
            "defect": (
                "omlouváme se. Pošlete nám prosím fotku závady a hned vám pošleme náhradu.",
                "nabízíme bezplatnou opravu nebo výměnu. Štítek na vrácení najdete zde: {label}",
            ),
            "described": (
                "omlouváme se za záměnu, správné zboží vám odešleme ještě dnes.",
                "chybějící díly jsou na cestě, brzy dostanete potvrzení o odeslání.",
            ),
            "undelivered": (
                "u dopravce jsme zadali reklamaci zásilky a ozveme se, jakmile budeme vědět víc.",
                "podle dopravce je balík v třídicím centru, doručení čekejte do dvou dnů.",
            ),
            "return": (
                "„{title}“ nám můžete vrátit. Bezplatný štítek na vrácení najdete zde: {label}",
                "vrácené zboží jsme obdrželi a peníze jsme dnes poslali zpět.",
            ),
            "cancel": (
                "objednávku {order} jsme zrušili, peníze vám vrátíme v nejbližších dnech.",
                "„{title}“ už bohužel byl odeslán. Odmítněte prosím převzetí, peníze pak vrátíme.",
            ),
            "invoice": ("fakturu k objednávce {order} najdete v příloze.", "fakturu jsme opravili a poslali znovu."),
            "payment": (
                "platby jdou přes tržiště, k nim bohužel nemáme přístup. Obraťte se prosím na zákaznický servis.",
                "požádali jsme zákaznický servis tržiště, aby platbu prověřil.",
            ),
            "question": ("ano, „{title}“ je vhodný dovnitř i ven.", "zboží bude znovu skladem asi za dva týdny."),
            "other": (
                "adresu jsme změnili, balík odejde zítra.",
                "rádi pomůžeme. Můžete nám svůj požadavek popsat podrobněji?",
            ),
        },
        reply_extra=(
            "Omlouváme se za komplikace.",
            "V případě dotazů jsme vám k dispozici.",
            "Děkujeme za trpělivost.",
        ),
        reply_sign=("S pozdravem\n{seller}", "Váš tým {seller}", "Hezký den přeje\n{seller}"),
        followup=(
            "dorazil vám už balík?",
            "je tím problém vyřešený? Pak bychom ticket uzavřeli.",
            "chtěli jsme se zeptat, zda dorazila náhrada.",
        ),
        ask=(
            "k objednávce {order}: „{title}“ bohužel můžeme dodat až za dva týdny. Souhlasíte?",
            "balík se nepodařilo doručit, adresa je zřejmě neúplná. Zkontrolujte prosím číslo domu.",
        ),
        cs=(
            "tady zákaznický servis tržiště. Váš požadavek jsme převzali a prověřujeme platbu.",
            "vrácení peněz jsme zadali, na účtu je uvidíte do 3–5 pracovních dnů.",
            "požádali jsme prodejce, aby vám nabídl řešení.",
        ),
        note=(
            "Zákazník už volal, vyřídit přednostně.",
            "Náhrada objednaná, dodání příští týden.",
            "Reklamace u dopravce běží od včerejška.",
        ),
        handover=(
            "Platba jde přes tržiště, to nemůžeme ověřit. Prosím převezměte.",
            "Se zákazníkem se nedomluvíme, prosím o převzetí.",
        ),
    ),
    "sk": Bank(
        greet=("Dobrý deň,", "Zdravím,", "Vážení,"),
        sign=("S pozdravom\n{name}", "Ďakujem, {name}", "Pekný deň\n{name}"),
        open={
            "defect": (
                "výrobok „{title}“ z objednávky {order} po pár dňoch prestal fungovať. Nedá sa vôbec zapnúť.",
                "„{title}“ prišiel poškodený. Pri prvom použití to prasklo a odvtedy nefunguje.",
            ),
            "described": (
                "dodaný výrobok „{title}“ nezodpovedá popisu, farba aj rozmery sú iné ako v ponuke.",
                "v balíku k objednávke {order} chýbajú diely k „{title}“, ktoré majú byť podľa návodu súčasťou.",
            ),
            "undelivered": (
                "moja objednávka {order} stále neprišla. Sledovanie zásielky ukazuje už niekoľko dní rovnaký stav.",
                "podľa sledovania bol balík s „{title}“ doručený, ale nič som nedostal{cs_a}, ani u susedov.",
            ),
            "return": (
                "chcem vrátiť „{title}“ z objednávky {order} a dostať späť peniaze. Pošlite mi prosím štítok.",
                "odstupujem od zmluvy pri „{title}“. Ako mám tovar vrátiť?",
                "„{title}“ som poslal{cs_a} späť pred týždňom, ale peniaze mi zatiaľ neprišli.",
            ),
            "cancel": (
                "prosím zrušte moju objednávku {order}, objednal{cs_a} som omylom.",
                "môžem ešte zrušiť „{title}“? Objednávka zatiaľ nebola odoslaná.",
            ),
            "invoice": (
                "k objednávke {order} potrebujem faktúru s DPH.",
                "na faktúre k objednávke {order} je zlá adresa, pošlite prosím opravenú.",
            ),
            "payment": (
                "objednávku {order} som platil{cs_a} cez PayPal a suma mi bola stiahnutá dvakrát.",
                "zľavový kupón sa pri objednávke {order} neodpočítal.",
            ),
            "question": (
                "je „{title}“ vhodný aj von? V popise o tom nič nie je.",
                "kedy bude „{title}“ znova na sklade?",
            ),
            "other": (
                "dá sa ešte zmeniť doručovacia adresa pri objednávke {order}?",
                "zavolajte mi prosím kvôli objednávke {order}, ide o doručenie „{title}“.",
            ),
        },
        detail=("Fotky prikladám.", "Obal bol poškodený už pri prevzatí.", "Výrobok mám len {days} dní."),
        more=(
            "máte už nejaké novinky?",
            "zatiaľ som nedostal{cs_a} žiadnu odpoveď, ozvite sa prosím.",
            "problém stále trvá.",
        ),
        thanks=("Ďakujem za rýchle vybavenie!", "Vďaka, tým je všetko vyriešené.", "Balík dnes prišiel, ďakujem!"),
        reply_greet=("Dobrý deň, {name},", "Dobrý deň,", "Zdravíme,"),
        reply={
            "defect": (
                "ospravedlňujeme sa. Pošlite nám prosím fotku chyby a hneď vám pošleme náhradu.",
                "ponúkame bezplatnú opravu alebo výmenu. Štítok na vrátenie nájdete tu: {label}",
            ),
            "described": (
                "ospravedlňujeme sa za zámenu, správny tovar vám odošleme ešte dnes.",
                "chýbajúce diely sú na ceste, čoskoro dostanete potvrdenie o odoslaní.",
            ),
            "undelivered": (
                "u prepravcu sme zadali reklamáciu zásielky a ozveme sa, keď budeme vedieť viac.",
                "podľa prepravcu je balík v triediacom centre, doručenie čakajte do dvoch dní.",
            ),
            "return": (
                "„{title}“ nám môžete vrátiť. Bezplatný štítok na vrátenie nájdete tu: {label}",
                "vrátený tovar sme dostali a peniaze sme dnes poslali späť.",
            ),
            "cancel": (
                "objednávku {order} sme zrušili, peniaze vám vrátime v najbližších dňoch.",
                "„{title}“ už bol žiaľ odoslaný. Odmietnite prosím prevzatie, peniaze potom vrátime.",
            ),
            "invoice": ("faktúru k objednávke {order} nájdete v prílohe.", "faktúru sme opravili a poslali znova."),
            "payment": (
                "platby idú cez trhovisko, k nim nemáme prístup. Obráťte sa prosím na zákaznícky servis.",
                "požiadali sme zákaznícky servis, aby platbu preveril.",
            ),
            "question": ("áno, „{title}“ je vhodný dovnútra aj von.", "tovar bude znova na sklade asi o dva týždne."),
            "other": (
                "adresu sme zmenili, balík odíde zajtra.",
                "radi pomôžeme. Môžete nám požiadavku opísať bližšie?",
            ),
        },
        reply_extra=("Ospravedlňujeme sa za komplikácie.", "V prípade otázok sme vám k dispozícii."),
        reply_sign=("S pozdravom\n{seller}", "Váš tím {seller}"),
        followup=("prišiel vám už balík?", "je tým problém vyriešený? Potom by sme tiket uzavreli."),
        ask=(
            "k objednávke {order}: „{title}“ žiaľ môžeme dodať až o dva týždne. Súhlasíte?",
            "balík sa nepodarilo doručiť, adresa je zrejme neúplná. Skontrolujte prosím číslo domu.",
        ),
        cs=(
            "tu zákaznícky servis trhoviska. Vašu požiadavku sme prevzali a preverujeme platbu.",
            "vrátenie peňazí sme zadali, na účte ich uvidíte do 3–5 pracovných dní.",
        ),
        note=("Zákazník už volal, vybaviť prednostne.", "Náhrada objednaná, dodanie budúci týždeň."),
        handover=("Platba ide cez trhovisko, to nevieme overiť. Prosím prevezmite.",),
    ),
    "pl": Bank(
        greet=("Dzień dobry,", "Witam,", "Szanowni Państwo,"),
        sign=("Pozdrawiam\n{name}", "Z góry dziękuję, {name}", "Z poważaniem\n{name}"),
        open={
            "defect": (
                "produkt „{title}” z zamówienia {order} po kilku dniach przestał działać. Nie da się go włączyć.",
                "„{title}” przyszedł uszkodzony. Przy pierwszym użyciu coś trzasnęło i od tego czasu nie działa.",
                "w „{title}” po krótkim czasie odłamała się część, nie da się tego używać.",
            ),
            "described": (
                "dostarczony produkt „{title}” nie zgadza się z opisem, kolor i wymiary są inne niż w ofercie.",
                "zamówił{pl_em} „{title}”, a dostał{pl_em} zupełnie coś innego. Proszę sprawdzić zamówienie {order}.",
                "w paczce z zamówienia {order} brakuje części do „{title}”, które według instrukcji powinny być.",
            ),
            "undelivered": (
                "moje zamówienie {order} nadal nie dotarło. Śledzenie przesyłki od kilku dni pokazuje ten sam status.",
                "według śledzenia paczka z „{title}” została doręczona, ale nic nie dostał{pl_em}, także u sąsiadów.",
            ),
            "return": (
                "chcę zwrócić „{title}” z zamówienia {order} i otrzymać zwrot pieniędzy. Proszę o etykietę zwrotną.",
                "odstępuję od umowy w sprawie „{title}”. Jak mam odesłać towar?",
                "odesłał{pl_em} „{title}” tydzień temu, ale nie dostał{pl_em} jeszcze zwrotu pieniędzy.",
            ),
            "cancel": (
                "proszę anulować moje zamówienie {order}, zamówił{pl_em} przez pomyłkę.",
                "czy mogę jeszcze anulować „{title}”? Zamówienie nie zostało jeszcze wysłane.",
            ),
            "invoice": (
                "do zamówienia {order} potrzebuję faktury VAT.",
                "na fakturze do zamówienia {order} jest błędny adres, proszę o korektę.",
            ),
            "payment": (
                "zapłacił{pl_em} za zamówienie {order} BLIK-iem, a kwota została pobrana dwa razy.",
                "kod rabatowy nie został uwzględniony w zamówieniu {order}.",
            ),
            "question": (
                "czy „{title}” nadaje się też na zewnątrz? W opisie nic o tym nie ma.",
                "kiedy „{title}” będzie znowu dostępny? Chcę zamówić jeszcze dwie sztuki.",
            ),
            "other": (
                "czy można jeszcze zmienić adres dostawy dla zamówienia {order}?",
                "proszę o kontakt telefoniczny w sprawie zamówienia {order}, chodzi o dostawę „{title}”.",
            ),
        },
        detail=(
            "Zdjęcia w załączniku.",
            "Opakowanie było uszkodzone już przy odbiorze.",
            "Mam produkt dopiero od {days} dni.",
            "Piszę już drugi raz.",
        ),
        more=(
            "czy są już jakieś informacje?",
            "nadal nie mam odpowiedzi, proszę o kontakt.",
            "problem niestety nadal występuje.",
        ),
        thanks=("Dziękuję za szybką pomoc!", "Dzięki, wszystko jasne.", "Paczka dziś dotarła, dziękuję!"),
        reply_greet=("{pl_dear},", "Dzień dobry,", "Witamy,"),
        reply={
            "defect": (
                "przykro nam. Prosimy o zdjęcie usterki, a od razu wyślemy produkt zastępczy.",
                "oferujemy bezpłatną naprawę lub wymianę. Etykietę zwrotną znajdzie {pl_pan} tutaj: {label}",
            ),
            "described": (
                "przepraszamy za pomyłkę, właściwy produkt wyślemy jeszcze dziś.",
                "brakujące części są już w drodze, wkrótce otrzyma {pl_pan} potwierdzenie wysyłki.",
            ),
            "undelivered": (
                "złożyliśmy u przewoźnika reklamację przesyłki i odezwiemy się, gdy będziemy wiedzieć więcej.",
                "według przewoźnika paczka jest w sortowni, doręczenie w ciągu dwóch dni.",
            ),
            "return": (
                "„{title}” można odesłać. Bezpłatną etykietę zwrotną znajdzie {pl_pan} tutaj: {label}",
                "zwrot dotarł do nas, pieniądze zostały dziś przelane.",
            ),
            "cancel": (
                "anulowaliśmy zamówienie {order}, pieniądze wrócą w najbliższych dniach.",
                "„{title}” został już niestety wysłany. Prosimy odmówić przyjęcia paczki, wtedy zwrócimy pieniądze.",
            ),
            "invoice": (
                "fakturę do zamówienia {order} przesyłamy w załączniku.",
                "poprawiliśmy fakturę i wysłaliśmy ją ponownie.",
            ),
            "payment": (
                "płatności obsługuje platforma, nie mamy do nich dostępu. Prosimy o kontakt z obsługą klienta.",
                "poprosiliśmy obsługę klienta platformy o sprawdzenie płatności.",
            ),
            "question": (
                "tak, „{title}” nadaje się do wnętrz i na zewnątrz.",
                "produkt będzie dostępny za około dwa tygodnie.",
            ),
            "other": (
                "zmieniliśmy adres, paczka wyjdzie jutro.",
                "chętnie pomożemy. Czy może {pl_pan} opisać sprawę dokładniej?",
            ),
        },
        reply_extra=(
            "Przepraszamy za niedogodności.",
            "W razie pytań jesteśmy do dyspozycji.",
            "Dziękujemy za cierpliwość.",
        ),
        reply_sign=("Z pozdrowieniami\n{seller}", "Zespół {seller}", "Pozdrawiamy\n{seller}"),
        followup=(
            "czy paczka już dotarła?",
            "czy problem został rozwiązany? Jeśli tak, zamkniemy zgłoszenie.",
            "chcieliśmy zapytać, czy produkt zastępczy dotarł.",
        ),
        ask=(
            "w sprawie zamówienia {order}: „{title}” możemy dostarczyć dopiero za dwa tygodnie. Czy to w porządku?",
            "nie udało się doręczyć paczki, adres wydaje się niepełny. Prosimy sprawdzić numer domu.",
        ),
        cs=(
            "tu obsługa klienta platformy. Przejęliśmy sprawę i sprawdzamy płatność.",
            "zleciliśmy zwrot pieniędzy, kwota pojawi się na koncie w ciągu 3–5 dni roboczych.",
            "poprosiliśmy sprzedawcę o zaproponowanie rozwiązania.",
        ),
        note=("Klient już dzwonił, załatwić priorytetowo.", "Wymiana zamówiona, dostawa w przyszłym tygodniu."),
        handover=("Płatność idzie przez platformę, nie możemy tego sprawdzić. Proszę przejąć.",),
    ),
    "fr": Bank(
        greet=("Bonjour,", "Madame, Monsieur,", "Bonsoir,"),
        sign=("Cordialement,\n{name}", "Merci d'avance, {name}", "Bien à vous\n{name}"),
        open={
            "defect": (
                "l'article « {title} » de la commande {order} ne fonctionne plus depuis quelques jours. Il ne "
                "s'allume plus.",
                "« {title} » est arrivé défectueux : au premier usage il y a eu un craquement et plus rien depuis.",
                "une pièce de « {title} » s'est cassée au bout de quelques jours, je ne peux pas l'utiliser.",
            ),
            "described": (
                "l'article « {title} » ne correspond pas à la description : la couleur et les dimensions sont "
                "différentes.",
                "j'ai commandé « {title} » mais j'ai reçu un autre article. Merci de vérifier la commande {order}.",
                "il manque des pièces de « {title} » dans le colis de la commande {order}.",
            ),
            "undelivered": (
                "ma commande {order} n'est toujours pas arrivée. Le suivi affiche le même statut depuis des jours.",
                "selon le suivi, le colis avec « {title} » a été livré, mais je n'ai rien reçu, même chez les voisins.",
            ),
            "return": (
                "je souhaite retourner « {title} » de la commande {order} et être remboursé. Merci de m'envoyer une "
                "étiquette de retour.",
                "j'exerce mon droit de rétractation pour « {title} ». Comment se passe le retour ?",
                "j'ai renvoyé « {title} » il y a une semaine mais je n'ai pas encore été remboursé.",
            ),
            "cancel": (
                "merci d'annuler ma commande {order}, je me suis trompé.",
                "puis-je encore annuler « {title} » ? La commande n'a pas encore été expédiée.",
            ),
            "invoice": (
                "j'ai besoin d'une facture avec TVA pour la commande {order}.",
                "l'adresse sur la facture de la commande {order} est fausse, merci d'envoyer une facture corrigée.",
            ),
            "payment": (
                "j'ai payé la commande {order} par carte bancaire et le montant a été débité deux fois.",
                "mon bon de réduction n'a pas été déduit de la commande {order}.",
            ),
            "question": (
                "est-ce que « {title} » convient aussi pour l'extérieur ? La description n'en dit rien.",
                "quand « {title} » sera-t-il de nouveau disponible ?",
            ),
            "other": (
                "est-il encore possible de changer l'adresse de livraison de la commande {order} ?",
                "merci de me rappeler au sujet de la commande {order}, c'est pour la livraison de « {title} ».",
            ),
        },
        detail=(
            "Vous trouverez des photos en pièce jointe.",
            "L'emballage était déjà abîmé à la réception.",
            "J'ai l'article depuis seulement {days} jours.",
            "C'est déjà mon deuxième message à ce sujet.",
        ),
        more=(
            "avez-vous du nouveau ?",
            "je n'ai toujours pas de réponse, merci de revenir vers moi.",
            "le problème persiste.",
        ),
        thanks=("Merci pour votre aide rapide !", "Merci, tout est réglé.", "Le colis est arrivé aujourd'hui, merci !"),
        reply_greet=("Bonjour {name},", "Bonjour,", "Chère cliente, cher client,"),
        reply={
            "defect": (
                "nous en sommes désolés. Envoyez-nous une photo du défaut et nous vous expédions un remplacement.",
                "nous vous proposons une réparation gratuite ou un échange. L'étiquette de retour est ici : {label}",
            ),
            "described": (
                "veuillez nous excuser pour l'erreur, nous vous envoyons le bon article aujourd'hui.",
                "les pièces manquantes sont en route, vous recevrez bientôt la confirmation d'expédition.",
            ),
            "undelivered": (
                "nous avons ouvert une enquête auprès du transporteur et revenons vers vous dès que possible.",
                "d'après le transporteur, le colis est au centre de tri ; livraison prévue sous deux jours.",
            ),
            "return": (
                "vous pouvez nous retourner « {title} ». L'étiquette de retour gratuite est ici : {label}",
                "nous avons bien reçu le retour, le remboursement a été lancé aujourd'hui.",
            ),
            "cancel": (
                "nous avons annulé la commande {order}, vous serez remboursé dans les prochains jours.",
                "« {title} » est malheureusement déjà expédié. Refusez le colis et nous vous rembourserons.",
            ),
            "invoice": (
                "vous trouverez la facture de la commande {order} en pièce jointe.",
                "nous avons corrigé la facture.",
            ),
            "payment": (
                "les paiements passent par la place de marché, nous n'y avons pas accès. Merci de contacter le "
                "service client.",
                "nous avons demandé au service client de vérifier le paiement.",
            ),
            "question": (
                "oui, « {title} » convient à l'intérieur comme à l'extérieur.",
                "l'article sera de nouveau disponible dans deux semaines.",
            ),
            "other": (
                "nous avons modifié l'adresse, le colis part demain.",
                "avec plaisir. Pouvez-vous préciser votre demande ?",
            ),
        },
        reply_extra=(
            "Veuillez nous excuser pour la gêne occasionnée.",
            "Nous restons à votre disposition.",
            "Merci de votre patience.",
        ),
        reply_sign=("Cordialement,\n{seller}", "L'équipe {seller}", "Bien à vous\n{seller}"),
        followup=(
            "avez-vous reçu le colis entre-temps ?",
            "le problème est-il résolu ? Nous fermerions alors le ticket.",
        ),
        ask=(
            "au sujet de votre commande {order} : nous ne pourrons livrer « {title} » que dans deux semaines. "
            "Êtes-vous "
            "d'accord ?",
            "le colis n'a pas pu être livré, l'adresse semble incomplète. Merci de vérifier le numéro de rue.",
        ),
        cs=(
            "ici le service client de la place de marché. Nous avons repris votre demande et vérifions le paiement.",
            "nous avons lancé le remboursement, le montant apparaîtra sous 3 à 5 jours ouvrés.",
            "nous avons demandé au vendeur de vous proposer une solution.",
        ),
        note=(
            "Le client a déjà appelé, à traiter en priorité.",
            "Remplacement commandé, livraison la semaine prochaine.",
        ),
        handover=("Le paiement passe par la place de marché, nous ne pouvons pas le vérifier. Merci de reprendre.",),
    ),
    "it": Bank(
        greet=("Buongiorno,", "Salve,", "Gentili signori,"),
        sign=("Cordiali saluti\n{name}", "Grazie mille, {name}", "Saluti\n{name}"),
        open={
            "defect": (
                "l'articolo «{title}» dell'ordine {order} ha smesso di funzionare dopo pochi giorni. "
                "Non si accende più.",
                "«{title}» è arrivato difettoso: al primo utilizzo si è sentito un rumore e da allora non va.",
                "un pezzo di «{title}» si è rotto dopo poco tempo, così non posso usarlo.",
            ),
            "described": (
                "l'articolo «{title}» non corrisponde alla descrizione: colore e misure sono diversi.",
                "ho ordinato «{title}» ma ho ricevuto un altro articolo. Vi prego di controllare l'ordine {order}.",
                "nel pacco dell'ordine {order} mancano dei pezzi di «{title}».",
            ),
            "undelivered": (
                "il mio ordine {order} non è ancora arrivato. Il tracciamento mostra lo stesso stato da giorni.",
                "secondo il tracciamento il pacco con «{title}» è stato consegnato, ma non ho ricevuto nulla.",
            ),
            "return": (
                "vorrei restituire «{title}» dell'ordine {order} ed essere rimborsato. "
                "Mi mandate un'etichetta di reso?",
                "esercito il diritto di recesso per «{title}». Come funziona il reso?",
                "ho rispedito «{title}» una settimana fa ma non ho ancora ricevuto il rimborso.",
            ),
            "cancel": (
                "vi prego di annullare il mio ordine {order}, ho sbagliato.",
                "posso ancora annullare «{title}»? L'ordine non è ancora stato spedito.",
            ),
            "invoice": (
                "per l'ordine {order} mi serve una fattura con IVA.",
                "sulla fattura dell'ordine {order} l'indirizzo è sbagliato, mi mandate una fattura corretta?",
            ),
            "payment": (
                "ho pagato l'ordine {order} con PayPal e l'importo è stato addebitato due volte.",
                "il mio buono sconto non è stato applicato all'ordine {order}.",
            ),
            "question": (
                "«{title}» è adatto anche all'esterno? Nella descrizione non trovo nulla.",
                "quando sarà di nuovo disponibile «{title}»?",
            ),
            "other": (
                "è ancora possibile cambiare l'indirizzo di consegna dell'ordine {order}?",
                "vi prego di richiamarmi per l'ordine {order}, si tratta della consegna di «{title}».",
            ),
        },
        detail=(
            "Allego alcune foto.",
            "La confezione era già danneggiata alla consegna.",
            "Ho l'articolo solo da {days} giorni.",
            "È già il mio secondo messaggio.",
        ),
        more=(
            "ci sono novità?",
            "non ho ancora ricevuto risposta, per favore fatemi sapere.",
            "il problema purtroppo persiste.",
        ),
        thanks=("Grazie per l'aiuto veloce!", "Grazie, è tutto chiarito.", "Il pacco è arrivato oggi, grazie!"),
        reply_greet=("Buongiorno {name},", "Buongiorno,", "Gentile cliente,"),
        reply={
            "defect": (
                "ci dispiace. Ci mandi una foto del difetto e le spediremo subito un articolo sostitutivo.",
                "le offriamo una riparazione gratuita o la sostituzione. L'etichetta di reso è qui: {label}",
            ),
            "described": (
                "ci scusiamo per lo scambio, le spediamo oggi l'articolo giusto.",
                "i pezzi mancanti sono in viaggio, riceverà presto la conferma di spedizione.",
            ),
            "undelivered": (
                "abbiamo aperto una verifica con il corriere e le faremo sapere appena possibile.",
                "secondo il corriere il pacco è al centro di smistamento; la consegna è prevista entro due giorni.",
            ),
            "return": (
                "può restituire «{title}». L'etichetta di reso gratuita è qui: {label}",
                "abbiamo ricevuto il reso e oggi abbiamo disposto il rimborso.",
            ),
            "cancel": (
                "abbiamo annullato l'ordine {order}, sarà rimborsato nei prossimi giorni.",
                "«{title}» è purtroppo già stato spedito. Rifiuti il pacco e la rimborseremo.",
            ),
            "invoice": (
                "trova in allegato la fattura dell'ordine {order}.",
                "abbiamo corretto la fattura e gliel'abbiamo rimandata.",
            ),
            "payment": (
                "i pagamenti passano dal marketplace, non abbiamo accesso. Contatti per favore il servizio clienti.",
                "abbiamo chiesto al servizio clienti di verificare il pagamento.",
            ),
            "question": (
                "sì, «{title}» è adatto sia all'interno sia all'esterno.",
                "l'articolo tornerà disponibile tra circa due settimane.",
            ),
            "other": (
                "abbiamo cambiato l'indirizzo, il pacco parte domani.",
                "volentieri. Può descriverci meglio la sua richiesta?",
            ),
        },
        reply_extra=(
            "Ci scusiamo per il disagio.",
            "Restiamo a disposizione per qualsiasi domanda.",
            "Grazie per la pazienza.",
        ),
        reply_sign=("Cordiali saluti\n{seller}", "Il team di {seller}"),
        followup=("ha ricevuto il pacco nel frattempo?", "il problema è risolto? In tal caso chiuderemmo il ticket."),
        ask=(
            "riguardo all'ordine {order}: possiamo consegnare «{title}» solo tra due settimane. Per lei va bene?",
            "non è stato possibile consegnare il pacco, l'indirizzo sembra incompleto. Controlli il numero civico.",
        ),
        cs=(
            "qui il servizio clienti del marketplace. Abbiamo preso in carico la sua richiesta e verifichiamo il "
            "pagamento.",
            "abbiamo disposto il rimborso, vedrà l'importo entro 3–5 giorni lavorativi.",
        ),
        note=(
            "Il cliente ha già chiamato, da trattare con priorità.",
            "Sostituzione ordinata, consegna la prossima settimana.",
        ),
        handover=("Il pagamento passa dal marketplace, non possiamo verificarlo. Per favore prendete in carico.",),
    ),
    "en": Bank(
        greet=("Hello,", "Hi,", "Dear seller,"),
        sign=("Kind regards\n{name}", "Thanks in advance, {name}", "Best wishes\n{name}"),
        open={
            "defect": (
                "the item “{title}” from order {order} stopped working after a few days. It no longer switches on.",
                "“{title}” arrived faulty: there was a crack the first time I used it and nothing since.",
                "a part of “{title}” broke off after a short time, so I cannot use it.",
            ),
            "described": (
                "the “{title}” I received does not match the description: colour and size are different.",
                "I ordered “{title}” but received a different item. Please check order {order}.",
                "parts of “{title}” are missing from the parcel of order {order}.",
            ),
            "undelivered": (
                "my order {order} still has not arrived. The tracking has shown the same status for days.",
                "the tracking says the parcel with “{title}” was delivered, but I have not received anything.",
            ),
            "return": (
                "I would like to return “{title}” from order {order} for a refund. Please send me a return label.",
                "I am withdrawing from the purchase of “{title}”. How do I send it back?",
                "I sent “{title}” back a week ago but have not been refunded yet.",
            ),
            "cancel": (
                "please cancel my order {order}, I made a mistake.",
                "can I still cancel “{title}”? The order has not been shipped yet.",
            ),
            "invoice": (
                "I need an invoice showing VAT for order {order}.",
                "the address on the invoice for order {order} is wrong, please send a corrected one.",
            ),
            "payment": (
                "I paid order {order} with PayPal and was charged twice.",
                "my coupon was not applied to order {order}.",
            ),
            "question": (
                "is “{title}” also suitable for outdoor use? The description does not say.",
                "when will “{title}” be back in stock?",
            ),
            "other": (
                "can the delivery address of order {order} still be changed?",
                "please call me back about order {order}, it is about the delivery of “{title}”.",
            ),
        },
        detail=(
            "I have attached photos.",
            "The packaging was already damaged on arrival.",
            "I have only had the item for {days} days.",
            "This is my second message about it.",
        ),
        more=(
            "is there any news?",
            "I still have not had an answer, please get back to me.",
            "the problem is still there.",
        ),
        thanks=("Thank you for the quick help!", "Thanks, that settles it.", "The parcel arrived today, thank you!"),
        reply_greet=("Hello {name},", "Hi {first},", "Dear customer,"),
        reply={
            "defect": (
                "we are sorry to hear that. Please send us a photo of the fault and we will ship a replacement.",
                "we offer a free repair or a replacement. You can download the return label here: {label}",
            ),
            "described": (
                "sorry for the mix-up, we are sending the right item today.",
                "the missing parts are on their way; you will receive a shipping confirmation shortly.",
            ),
            "undelivered": (
                "we have opened an investigation with the carrier and will get back to you as soon as we know more.",
                "the carrier says the parcel is at the sorting centre; delivery is expected within two days.",
            ),
            "return": (
                "you are welcome to return “{title}”. The free return label is here: {label}",
                "we have received the return and issued the refund today.",
            ),
            "cancel": (
                "we have cancelled order {order}; you will be refunded in the next few days.",
                "unfortunately “{title}” has already shipped. Please refuse the parcel and we will refund you.",
            ),
            "invoice": (
                "please find the invoice for order {order} attached.",
                "we have corrected the invoice and sent it again.",
            ),
            "payment": (
                "payments go through the marketplace and we have no access to them. Please contact customer service.",
                "we have asked the marketplace's customer service to look into the payment.",
            ),
            "question": (
                "yes, “{title}” is suitable indoors and outdoors.",
                "the item should be back in stock in about two weeks.",
            ),
            "other": (
                "we have changed the address, the parcel ships tomorrow.",
                "happy to help. Could you describe your request in more detail?",
            ),
        },
        reply_extra=(
            "We apologise for the inconvenience.",
            "Let us know if you have any questions.",
            "Thank you for your patience.",
        ),
        reply_sign=("Kind regards\n{seller}", "Your {seller} team", "Best regards\n{seller}"),
        followup=(
            "have you received the parcel in the meantime?",
            "is the problem solved? Then we would close the ticket.",
        ),
        ask=(
            "about your order {order}: we can only deliver “{title}” in two weeks. Is that all right?",
            "the parcel could not be delivered, the address seems incomplete. Please check the house number.",
        ),
        cs=(
            "this is the marketplace's customer service. We have taken over your request and are checking the payment.",
            "we have issued the refund; you will see the amount within 3–5 working days.",
            "we have asked the seller to offer you a solution.",
        ),
        note=("Customer already called, please handle first.", "Replacement ordered, delivery next week."),
        handover=("The payment goes through the marketplace, we cannot check it. Please take over.",),
    ),
}

# First names (female, male) and surnames (female, male forms) per storefront country.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        ("Anna", "Sabine", "Julia", "Katrin", "Laura", "Melanie", "Sarah", "Claudia", "Nicole", "Petra", "Lena"),
        ("Jonas", "Thomas", "Michael", "Stefan", "Andreas", "Tobias", "Frank", "Daniel", "Lukas", "Matthias"),
        ("Schmidt", "Müller", "Wagner", "Fischer", "Weber", "Schneider", "Hoffmann", "Schulz", "Koch", "Becker"),
        ("Schmidt", "Müller", "Wagner", "Fischer", "Weber", "Schneider", "Hoffmann", "Schulz", "Koch", "Becker"),
    ),
    "at": (
        ("Katharina", "Elisabeth", "Verena", "Theresa", "Magdalena", "Johanna"),
        ("Florian", "Lukas", "Markus", "Christoph", "Georg", "Bernhard"),
        ("Gruber", "Huber", "Bauer", "Pichler", "Moser", "Steiner", "Mayer", "Hofer"),
        ("Gruber", "Huber", "Bauer", "Pichler", "Moser", "Steiner", "Mayer", "Hofer"),
    ),
    "cz": (
        ("Tereza", "Lucie", "Kateřina", "Eva", "Veronika", "Jana", "Petra", "Markéta"),
        ("Jan", "Petr", "Martin", "Tomáš", "Jakub", "Pavel", "Lukáš", "Ondřej"),
        ("Nováková", "Svobodová", "Dvořáková", "Černá", "Procházková", "Veselá", "Horáková", "Němcová"),
        ("Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Veselý", "Horák", "Němec"),
    ),
    "sk": (
        ("Zuzana", "Jana", "Lenka", "Martina", "Katarína", "Monika"),
        ("Marek", "Peter", "Michal", "Juraj", "Tomáš", "Martin"),
        ("Kováčová", "Horváthová", "Vargová", "Tóthová", "Balážová", "Nagyová"),
        ("Kováč", "Horváth", "Varga", "Tóth", "Baláž", "Nagy"),
    ),
    "pl": (
        ("Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Marta", "Anna", "Ewa"),
        ("Piotr", "Tomasz", "Paweł", "Krzysztof", "Michał", "Marcin", "Jakub"),
        ("Kowalczyk", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska", "Szymańska", "Woźniak"),
        ("Kowalczyk", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak"),
    ),
    "fr": (
        ("Camille", "Léa", "Manon", "Chloé", "Sophie", "Julie"),
        ("Nicolas", "Julien", "Thomas", "Antoine", "Pierre", "Hugo"),
        ("Dubois", "Martin", "Bernard", "Moreau", "Laurent", "Lefèvre", "Girard", "Roux"),
        ("Dubois", "Martin", "Bernard", "Moreau", "Laurent", "Lefèvre", "Girard", "Roux"),
    ),
    "it": (
        ("Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena"),
        ("Marco", "Luca", "Andrea", "Matteo", "Alessandro", "Davide"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"),
    ),
}
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München"), ("50667", "Köln"), ("04109", "Leipzig")),
    "at": (("1010", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg")),
    "cz": (("110 00", "Praha"), ("602 00", "Brno"), ("702 00", "Ostrava"), ("301 00", "Plzeň")),
    "sk": (("811 01", "Bratislava"), ("040 01", "Košice"), ("010 01", "Žilina")),
    "pl": (("00-001", "Warszawa"), ("30-001", "Kraków"), ("50-001", "Wrocław"), ("60-001", "Poznań")),
    "fr": (("75001", "Paris"), ("69001", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse")),
    "it": (("00118", "Roma"), ("20121", "Milano"), ("10121", "Torino"), ("40121", "Bologna")),
}
STREETS: dict[str, tuple[str, ...]] = {
    "de": ("Hauptstraße", "Bahnhofstraße", "Lindenweg", "Gartenstraße", "Schillerstraße"),
    "at": ("Mariahilfer Straße", "Landstraße", "Kirchengasse", "Hauptplatz"),
    "cz": ("Masarykova", "Nádražní", "Husova", "Palackého"),
    "sk": ("Hlavná", "Štúrova", "Hviezdoslavova", "Mierová"),
    "pl": ("ul. Mickiewicza", "ul. Kościuszki", "ul. Polna", "ul. Lipowa"),
    "fr": ("rue de la République", "avenue Victor Hugo", "rue Pasteur"),
    "it": ("Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini"),
}
PHONE_PREFIX = {
    "de": "+49 15",
    "at": "+43 66",
    "cz": "+420 6",
    "sk": "+421 9",
    "pl": "+48 5",
    "fr": "+33 6",
    "it": "+39 3",
}
# Seller names: trade words and legal forms per home country.
TRADES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        ("Handel", "Elektro", "Haus & Garten", "Sport", "Spielwaren", "Technik", "Möbel", "Versand"),
        ("GmbH", "e.K.", "GmbH & Co. KG", "UG"),
    ),
    "at": (("Handel", "Elektro", "Wohnen", "Sport"), ("GmbH", "e.U.", "OG")),
    "cz": (("Elektro", "Domov", "Zahrada", "Sport", "Hračky"), ("s.r.o.", "a.s.")),
    "sk": (("Elektro", "Domov", "Šport", "Hračky"), ("s.r.o.",)),
    "pl": (("Elektro", "Dom i Ogród", "Sport", "Zabawki", "Meble"), ("sp. z o.o.", "S.A.", "sp.j.")),
    "fr": (("Maison", "Électro", "Jardin", "Sport"), ("SARL", "SAS")),
    "it": (("Casa", "Elettronica", "Giardino", "Sport"), ("S.r.l.", "S.p.A.")),
}
COUNTRY_NAMES = {
    "de": "Deutschland",
    "at": "Österreich",
    "cz": "Česko",
    "sk": "Slovensko",
    "pl": "Polska",
    "fr": "France",
    "it": "Italia",
}
AGENTS = ("Julia Wagner", "Tomáš Král", "Marta Nowak", "Sophie Lambert", "Luca Conti", "Eva Hudáková", "Jan Weber")

# Products: category id, price range in whole euros, then the title in de, cs, sk, pl, fr, it, en.
PRODUCTS: tuple[tuple[int, int, int, tuple[str, str, str, str, str, str, str]], ...] = (
    (1101, 29, 79, (
        "Bluetooth-In-Ear-Kopfhörer mit Ladecase", "Bezdrátová sluchátka s nabíjecím pouzdrem",
        "Bezdrôtové slúchadlá s nabíjacím puzdrom", "Słuchawki douszne Bluetooth z etui",
        "Écouteurs Bluetooth avec boîtier de charge", "Auricolari Bluetooth con custodia di ricarica",
        "Wireless earbuds with charging case",
    )),
    (1101, 19, 39, (
        "Powerbank 20.000 mAh USB-C", "Powerbanka 20 000 mAh USB-C", "Powerbanka 20 000 mAh USB-C",
        "Powerbank 20 000 mAh USB-C", "Batterie externe 20 000 mAh USB-C", "Power bank 20.000 mAh USB-C",
        "Power bank 20,000 mAh USB-C",
    )),
    (1102, 249, 449, (
        "Smart-TV 43 Zoll 4K UHD", "Smart TV 43\" 4K UHD", "Smart TV 43\" 4K UHD", "Telewizor Smart TV 43 cale 4K",
        "Téléviseur connecté 43 pouces 4K", "Smart TV 43 pollici 4K", "Smart TV 43 inch 4K UHD",
    )),
    (1103, 39, 89, (
        "Smartwatch mit Herzfrequenzmessung", "Chytré hodinky s měřením tepu", "Inteligentné hodinky s meraním pulzu",
        "Smartwatch z pomiarem tętna", "Montre connectée avec cardio", "Smartwatch con cardiofrequenzimetro",
        "Smartwatch with heart-rate monitor",
    )),
    (1104, 59, 129, (
        "Akku-Bohrschrauber 18 V mit 2 Akkus", "Aku vrtačka 18 V se 2 akumulátory", "Aku vŕtačka 18 V s 2 batériami",
        "Wkrętarka akumulatorowa 18 V", "Perceuse-visseuse sans fil 18 V", "Trapano avvitatore 18 V con 2 batterie",
        "Cordless drill 18 V with 2 batteries",
    )),
    (1105, 89, 199, (
        "Saugroboter mit Wischfunktion", "Robotický vysavač s mopem", "Robotický vysávač s mopom",
        "Robot sprzątający z mopem", "Aspirateur robot laveur", "Robot aspirapolvere lavapavimenti",
        "Robot vacuum with mop",
    )),
    (1201, 24, 49, (
        "Bettwäsche-Set Baumwolle 135×200 cm", "Povlečení bavlna 140×200 cm", "Obliečky bavlna 140×200 cm",
        "Komplet pościeli bawełna 140×200", "Parure de lit coton 140×200 cm", "Set lenzuola cotone 140×200 cm",
        "Cotton bedding set 135×200 cm",
    )),
    (1202, 79, 169, (
        "Bürostuhl ergonomisch mit Armlehnen", "Kancelářská židle ergonomická", "Kancelárska stolička ergonomická",
        "Krzesło biurowe ergonomiczne", "Chaise de bureau ergonomique", "Sedia da ufficio ergonomica",
        "Ergonomic office chair with armrests",
    )),
    (1203, 35, 69, (
        "Kaffeemaschine mit Thermoskanne", "Kávovar s termoskou", "Kávovar s termoskou",
        "Ekspres przelewowy z termosem",
        "Cafetière avec verseuse isotherme", "Macchina da caffè americano con caraffa termica",
        "Coffee maker with thermal carafe",
    )),
    (1204, 15, 29, (
        "Pfannenset 3-teilig antihaftbeschichtet", "Sada pánví 3 ks s nepřilnavým povrchem",
        "Sada panvíc 3 ks s nepriľnavým povrchom", "Zestaw patelni 3 szt. nieprzywierający",
        "Lot de 3 poêles antiadhésives", "Set 3 padelle antiaderenti", "Non-stick frying pan set, 3 pieces",
    )),
    (1301, 129, 299, (
        "Gartenlounge-Set aus Polyrattan", "Zahradní sedací souprava z ratanu", "Záhradná sedacia súprava z ratanu",
        "Zestaw mebli ogrodowych z technorattanu", "Salon de jardin en résine tressée", "Set da giardino in polirattan",
        "Polyrattan garden lounge set",
    )),
    (1302, 39, 79, (
        "Hochdruckreiniger 1.800 W", "Vysokotlaký čistič 1 800 W", "Vysokotlakový čistič 1 800 W",
        "Myjka ciśnieniowa 1800 W", "Nettoyeur haute pression 1 800 W", "Idropulitrice 1.800 W",
        "Pressure washer 1,800 W",
    )),
    (1303, 19, 45, (
        "Solar-Gartenleuchten 8er-Set", "Solární zahradní lampy 8 ks", "Solárne záhradné lampy 8 ks",
        "Lampy solarne ogrodowe 8 szt.", "Lot de 8 lampes solaires de jardin", "Set 8 lampade solari da giardino",
        "Solar garden lights, set of 8",
    )),
    (1401, 19, 49, (
        "Bausteine-Set Feuerwehrstation", "Stavebnice hasičská stanice", "Stavebnica hasičská stanica",
        "Klocki remiza strażacka", "Jeu de construction caserne de pompiers", "Set costruzioni caserma dei pompieri",
        "Building blocks fire station set",
    )),
    (1402, 29, 59, (
        "Ferngesteuertes Auto 1:16 Offroad", "RC auto 1:16 terénní", "RC auto 1:16 terénne",
        "Samochód zdalnie sterowany 1:16", "Voiture télécommandée 1:16 tout-terrain",
        "Auto radiocomandata 1:16 fuoristrada", "Remote-control car 1:16 off-road",
    )),
    (1403, 9, 25, (
        "Holzpuzzle 100 Teile", "Dřevěné puzzle 100 dílků", "Drevené puzzle 100 dielikov",
        "Puzzle drewniane 100 elementów",
        "Puzzle en bois 100 pièces", "Puzzle in legno 100 pezzi", "Wooden puzzle, 100 pieces",
    )),
    (1501, 39, 89, (
        "Winterjacke Damen wasserdicht", "Dámská zimní bunda nepromokavá", "Dámska zimná bunda nepremokavá",
        "Kurtka zimowa damska wodoodporna", "Veste d'hiver femme imperméable", "Giacca invernale donna impermeabile",
        "Women's waterproof winter jacket",
    )),
    (1502, 49, 99, (
        "Laufschuhe Herren Größe 43", "Pánské běžecké boty vel. 43", "Pánska bežecká obuv veľ. 43",
        "Buty do biegania męskie rozm. 43", "Chaussures de running homme taille 43", "Scarpe da corsa uomo taglia 43",
        "Men's running shoes size 43",
    )),
    (1601, 199, 399, (
        "E-Scooter 25 km/h faltbar", "Elektrická koloběžka 25 km/h skládací", "Elektrická kolobežka 25 km/h skladacia",
        "Hulajnoga elektryczna 25 km/h składana", "Trottinette électrique pliable 25 km/h",
        "Monopattino elettrico pieghevole 25 km/h", "Folding e-scooter 25 km/h",
    )),
    (1602, 25, 55, (
        "Yogamatte rutschfest 6 mm", "Protiskluzová podložka na jógu 6 mm", "Protišmyková podložka na jogu 6 mm",
        "Mata do jogi antypoślizgowa 6 mm", "Tapis de yoga antidérapant 6 mm", "Tappetino yoga antiscivolo 6 mm",
        "Non-slip yoga mat 6 mm",
    )),
)  # fmt: skip
