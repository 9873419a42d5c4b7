"""The buyer rules that read sentence structure rather than single words: asking whether a return is allowed,
declining by preference, a reason with the money turned down, a bargain to keep, dates inside sentences."""

from __future__ import annotations

import unicodedata

import pytest

from marketdesk.policy.buyer import read_buyer_message

W, EXCHANGE, MISSING, CANCEL = "withdrawal_refund", "exchange", "missing_parts", "cancellation_before_shipment"
STATUS, PERIOD, REPAIR, OTHER = "refund_status", "period_question", "repair_defect", "other"


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Asking whether one may return it (directly, indirectly, or under a condition) is a question about the right.
ASKED_CASES = [
    ("en", "Do I still have time to return this? It arrived last Thursday.", PERIOD),
    ("en", "I was wondering whether I can still return the mixer.", PERIOD),
    ("en", "If it doesn't fit, can I return it?", PERIOD),
    ("en", "Would I be able to return it if my wife doesn't like it?", PERIOD),
    ("de", "Ich wollte fragen, ob ich das noch zurückgeben kann, es kam am Montag.", PERIOD),
    ("de", "Mich würde interessieren, ob eine Rückgabe nach 10 Tagen noch geht.", PERIOD),
    ("de", "Sollte das Sofa nicht passen, könnten wir es dann zurückgeben?", PERIOD),
    ("de", "Ich würde gerne wissen, bis zu welchem Tag ich den Artikel zurückschicken darf.", PERIOD),
    ("cs", "Kdyby mi to nesedělo, můžu to vrátit?", PERIOD),
    ("cs", "Zajímalo by mě, jestli se to dá ještě vrátit.", PERIOD),
    ("cs", "Stihnu to ještě vrátit, když jsem to dostala před 12 dny?", PERIOD),
    ("sk", "Zaujímalo by ma, či sa to dá ešte vrátiť.", PERIOD),
    ("pl", "Jeżeli buty okażą się za małe, czy będę mógł je zwrócić?", PERIOD),
    ("pl", "Czy zdążę jeszcze oddać buty? Mam je od 13 dni.", PERIOD),
    ("pl", "Ile jeszcze mam dni na zwrot?", PERIOD),
    ("it", "Se la poltrona non mi piace, potrò restituirla?", PERIOD),
    # ... but asking how, asking for a label, saying please or giving a reason takes the return for granted.
    ("en", "Can I return it? It doesn't fit me at all.", W),
    ("en", "Could you send me a return label please? Order 4471.", W),
    ("en", "Would I be able to get a return label? It's far too big for me.", W),
    ("de", "Kann ich bitte ein Rücksendeetikett bekommen? Die Schuhe drücken.", W),
    ("de", "Die Kopfhörer gefallen mir nicht. Kann ich sie zurückschicken?", W),
    ("de", "Können wir die Matratze zurückgeben? Sie ist viel zu hart.", W),
    ("cs", "Jak můžu zboží vrátit? Nelíbí se mi.", W),
    ("pl", "Mogę je odesłać? Nie pasują na mnie.", W),
    ("fr", "Comment puis-je renvoyer la lampe ? Elle ne me plaît pas.", W),
    ("it", "Come posso restituire il prodotto? Non mi piace.", W),
]

# "instead of", "rather than", "statt", "zamiast", "místo": the wish right after it is declined.
PREFERENCE_CASES = [
    ("en", "I'd rather keep the chair and get a discount than send it back.", OTHER),
    ("en", "I'd rather return it than keep it, the colour is awful. Refund please.", W),
    ("de", "Die Jacke ist leider zu klein. Statt Erstattung hätte ich lieber Größe L.", EXCHANGE),
    ("de", "Ich würde den Tisch gern behalten, wenn Sie mir 20 € Nachlass geben, anstatt ihn zurückzusenden.", OTHER),
    ("de", "Kann ich die Jacke in Größe L statt M umtauschen?", EXCHANGE),
    ("de", "Statt eines Umtauschs möchte ich es zurückgeben.", W),
    ("cs", "Misto vraceni penez bych radsi vetsi velikost, M je mala.", EXCHANGE),
    ("cs", "Radši bych si zboží nechala se slevou, než ho posílat zpátky.", OTHER),
    ("pl", "Zamiast zwrotu pieniędzy wolałbym rozmiar większy.", EXCHANGE),
    ("pl", "Wolałabym zatrzymać produkt z rabatem zamiast go odsyłać.", OTHER),
    ("sk", "Namiesto vrátenia peňazí by som radšej väčšiu veľkosť.", EXCHANGE),
    ("fr", "Au lieu d'un remboursement, je préférerais une autre couleur.", EXCHANGE),
    ("it", "Invece del rimborso preferirei la taglia più grande.", EXCHANGE),
]

# Sentence structure beyond single words.
STRUCTURE_CASES = [
    # A reason with the money declined is no withdrawal.
    ("de", "Die Sneaker sind zu klein. Geld zurück brauche ich nicht, schicken Sie mir ein Paar in 43.", OTHER),
    ("en", "It's too small. No money back please, send me the next size.", EXCHANGE),
    ("cs", "Boty jsou malé, nechci peníze zpět, pošlete mi prosím o číslo větší.", EXCHANGE),
    # Keeping it for a discount: the return named is the alternative.
    (
        "de",
        "Lieber behalte ich die Vase und bekomme einen Rabatt, als alles wieder einzupacken und zurückzuschicken.",
        OTHER,
    ),
    ("pl", "Zamiast odsyłać, wolałbym zatrzymać krzesło z częściowym zwrotem.", OTHER),
    ("en", "I won't keep it even with a discount, I'm returning it.", W),
    ("pl", "Nie zatrzymam tego nawet z rabatem. Odsyłam i proszę o zwrot pieniędzy.", W),
    ("it", "Non lo tengo nemmeno con lo sconto, lo restituisco. Rimborsatemi.", W),
    # Not wanting an order that has not shipped cancels it; a return of something that arrived does not.
    ("en", "Can you stop the order? I don't need it anymore and it hasn't been dispatched yet.", CANCEL),
    ("en", "The jacket doesn't fit, I'm returning it. The label you mentioned hasn't been sent yet.", W),
    ("de", "Die Jacke passt nicht, ich schicke sie zurück. Das Etikett haben Sie noch nicht versendet.", W),
    # "Until when must the parcel be with you" asks about a return still to come.
    ("de", "Bis wann muss das Paket spätestens bei Ihnen sein, wenn ich widerrufen will?", PERIOD),
    ("de", "Ich habe es letzte Woche zurückgeschickt, bis wann bekomme ich mein Geld?", STATUS),
    # A date does not end the sentence it is in.
    ("de", "Die Ware habe ich am 03.02.2026 zurückgeschickt und bis heute kein Geld erhalten.", STATUS),
    ("cs", "Zboží jsem vrátila 3.2.2026 a peníze pořád nemám.", STATUS),
    # Take it back and give me the money, in the languages' own verbs.
    ("it", "Il ferro da stiro perde acqua. Non voglio la riparazione, riprendetevelo e ridatemi i soldi.", W),
    ("fr", "L'aspirateur est défectueux, reprenez-le et remboursez-moi s'il vous plaît.", W),
    ("cs", "Kávovar je vadný, prosím vezměte si ho zpět a vraťte mi peníze.", W),
    ("de", "Das Gerät ist defekt. Bitte nehmen Sie es zurück und erstatten Sie mir das Geld.", W),
    # Arrived despite the cancellation and unwanted: a withdrawal.
    ("de", "die bestellung kam trotz storno, ich will sie nicht, bitte abholen lassen und geld zurueck", W),
    # Earlier returns being chased.
    ("en", "You confirmed receipt of my return on Monday, but I still haven't been refunded.", STATUS),
    ("en", "Returned the jacket on Feb 2nd. Any update on the refund?", STATUS),
    ("fr", "Mon retour vous est parvenu il y a une semaine, toujours pas de remboursement.", STATUS),
    # Missing, delivery and defect wordings.
    ("en", "The wardrobe arrived without the door handles.", MISSING),
    ("pl", "W zestawie nie było instrukcji ani śrubek.", MISSING),
    ("it", "Ho ricevuto solo un pacco su due.", MISSING),
    ("en", "The screen has a dead pixel line after one day. What are my options?", REPAIR),
]


@pytest.mark.parametrize(("language", "text", "intent"), ASKED_CASES + PREFERENCE_CASES + STRUCTURE_CASES)
def test_intent_from_sentence_structure(language: str, text: str, intent: str) -> None:
    reading = read_buyer_message(text, language=language)
    assert reading.intent == intent, reading.evidence
    assert reading.wants_return_for_refund == (intent == W)


@pytest.mark.parametrize(("language", "text", "intent"), ASKED_CASES + PREFERENCE_CASES)
def test_intent_from_sentence_structure_without_diacritics(language: str, text: str, intent: str) -> None:
    assert read_buyer_message(_plain(text), language=language).intent == intent


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Ich habe eine Rechnung von einer Firma bekommen, die kenne ich gar nicht.", "invoice_fictitious_supplier"),
        ("Dostala jsem fakturu od nějaké firmy, kterou neznám.", "invoice_fictitious_supplier"),
        ("Dostałem fakturę od firmy, której nie znam, a kupowałem u was.", "invoice_fictitious_supplier"),
        ("The invoice is from some company called Nordic Goods Ltd, not the shop.", "invoice_fictitious_supplier"),
        ("Bitte löschen Sie mein Kundenkonto und alle Daten.", "account_login"),
        ("Dostałem wezwanie do zapłaty od PayU, a przecież zapłaciłem.", "payment_provider"),
    ],
)
def test_first_level_topics_in_more_wordings(text: str, topic: str) -> None:
    reading = read_buyer_message(text)
    assert (reading.first_level_topic, reading.intent) == (topic, OTHER)


def test_a_preference_is_evidence_of_a_negated_wish() -> None:
    reading = read_buyer_message("Instead of a refund I'd prefer a bigger size, is that possible?")
    assert reading.intent == EXCHANGE
    assert not any(e.rule.startswith("buyer.refund") for e in reading.evidence)


def test_a_permission_question_names_the_return_it_asks_about() -> None:
    text = "Kann ich die Schuhe noch zurückschicken? Hab sie vor 10 Tagen bekommen."
    reading = read_buyer_message(text)
    assert reading.intent == PERIOD
    assert all(text[e.start : e.end] == e.text for e in reading.evidence)
    assert reading.evidence


# Wanting the money back inside a "may I" question asks for the refund; a hedged return is not one yet; a Czech
# passive "was sent" is the seller's dispatch, not a Polish "sent back"; a day number's dot ends no sentence.
MORE_CASES = [
    ("en", "Can I send it back and get a refund?", W),
    ("pl", "Czy mogę zwrócić ten towar i otrzymać zwrot pieniędzy?", W),
    ("de", "Kann ich den Artikel zurückschicken und bekomme mein Geld zurück?", W),
    ("en", "Hello, is there a deadline for returns? I might want to send the lamp back later.", PERIOD),
    ("de", "Bis wann kann ich widerrufen? Vielleicht schicke ich die Lampe später zurück.", PERIOD),
    ("pl", "Do kiedy mogę odesłać towar? Może go jeszcze odeślę.", PERIOD),
    ("cs", "Zásilka mi pořád nepřišla, i když byla odeslána před týdnem.", "delivery_question"),
    ("pl", "Chcę odesłać buty, proszę o zwrot pieniędzy.", W),
    ("de", "Die Retoure ist laut DHL seit dem 12. bei Ihnen angekommen. Wann wird der Betrag gutgeschrieben?", STATUS),
    ("cs", "Zboží jsem poslal zpět a od 5. března je u vás. Kdy mi vrátíte peníze?", STATUS),
    # A return named only in a question about it asks about returns; how or where to send it takes it for granted.
    ("en", "Is the return shipping free, or do I have to pay for it?", OTHER),
    ("pl", "Czy zwrot jest darmowy?", OTHER),
    ("de", "Ist die Rücksendung kostenlos?", OTHER),
    ("cs", "Je vrácení zboží zdarma?", OTHER),
    ("en", "Where do I send it back?", W),
    ("de", "Wohin kann ich den Artikel zurückschicken?", W),
    ("pl", "Gdzie mam odesłać towar?", W),
    ("de", "Hallo, ich wollte nur Bescheid geben, dass das Paket gut angekommen ist. Danke!", OTHER),
    # Wanting to return something only under a condition, in a question about it, is no exercise.
    ("de", "Muss ich die Originalverpackung aufheben, falls ich etwas zurückschicken will?", OTHER),
    ("cs", "Je potřeba původní obal, když chci zboží vrátit?", OTHER),
    ("en", "Do I need the original packaging if I decide to return something?", OTHER),
    # The money for an earlier return still missing.
    ("de", "Ich hatte den Artikel widerrufen und zurückgesendet. Die Erstattung fehlt noch.", STATUS),
    ("de", "Die Rückgabe ist erledigt, DHL hat den Empfang bestätigt. Bitte überweisen Sie den Betrag.", STATUS),
]


@pytest.mark.parametrize(("language", "text", "intent"), MORE_CASES)
def test_money_wanted_hedges_passives_and_day_numbers(language: str, text: str, intent: str) -> None:
    assert read_buyer_message(text, language=language).intent == intent
    assert read_buyer_message(_plain(text), language=language).intent == intent


# A return only named as a maybe (a doubt in front of it, a verb of doubt earlier in the sentence) or under a
# condition opening the sentence decides nothing; a firm return elsewhere in the message still does.
DOUBT_AND_CONDITION_CASES = [
    ("en", "I might send the lamp back, not sure yet. Would the shipping cost be refunded too?", OTHER),
    ("de", "Ich überlege noch, den Tisch zurückzuschicken. Ziehen Sie dann Versandkosten ab?", OTHER),
    ("cs", "Ještě váhám, jestli stůl vrátím. Vrátíte mi pak i poštovné?", OTHER),
    ("pl", "Zastanawiam się jeszcze, czy oddać stół. Czy wtedy zwrócicie też koszt wysyłki?", OTHER),
    ("sk", "Ešte neviem, či stôl vrátim. Vrátite mi potom aj poštovné?", OTHER),
    ("fr", "J'hésite encore à renvoyer la table. Les frais de port me seraient-ils remboursés ?", OTHER),
    ("it", "Sono indecisa se restituire il tavolo. Mi rimborsereste anche le spese di spedizione?", OTHER),
    ("en", "If the printer acts up again I'll send it back. It's working for now.", OTHER),
    ("de", "Falls der Drucker nochmal streikt, schicke ich ihn zurück. Im Moment läuft er wieder.", OTHER),
    ("cs", "Kdyby tiskárna zase zlobila, pošlu ji zpátky. Zatím funguje.", OTHER),
    ("fr", "Si l'imprimante refait des siennes, je la renverrai. Pour l'instant elle marche.", OTHER),
    ("it", "Se la stampante fa di nuovo i capricci la rimando indietro. Per ora funziona.", OTHER),
    # ... a doubt about something else, a polite "if possible", a time rather than a condition: still a return.
    ("en", "Maybe it's just me, but the colour is nothing like the photo. I'd like to return the vase.", W),
    ("de", "Vielleicht liegt es an mir, aber die Farbe ist ganz anders. Ich möchte die Vase zurückgeben.", W),
    ("en", "If possible, please send me a label, I'm returning the chair for a refund.", W),
    ("de", "Sobald ich das Etikett habe, geht das Paket zurück. Bitte Geld dann auf mein Konto.", W),
    ("pl", "Jak tylko dostanę etykietę, odeślę paczkę. Pieniądze proszę na konto.", W),
    ("cs", "Rozmyslel jsem si to, posílám zboží zpět a prosím o vrácení peněz.", W),
    ("sk", "Rozhodla som sa ho vrátiť, je mi malý. Peniaze prosím na účet.", W),
]


@pytest.mark.parametrize(("language", "text", "intent"), DOUBT_AND_CONDITION_CASES)
def test_doubt_and_condition_decide_nothing(language: str, text: str, intent: str) -> None:
    assert read_buyer_message(text, language=language).intent == intent
    assert read_buyer_message(_plain(text), language=language).intent == intent


# A return or refund asked about next to what it costs asks about the costs; said outright, or with a label asked
# for, it is still the return.
COST_CASES = [
    ("cs", "Dobrý den, je zpětné poštovné zdarma, nebo si ho platím sám?", OTHER),
    ("fr", "Bonjour, les frais de retour sont-ils gratuits ?", OTHER),
    ("it", "Il reso è a mio carico?", OTHER),
    ("en", "Do you cover the cost of returns or do I?", OTHER),
    ("en", "I'm sending the kettle back, it's too loud. Who pays for the postage though?", W),
    ("de", "Ich schicke den Wasserkocher zurück, er ist mir zu laut. Wer zahlt eigentlich das Porto?", W),
    ("pl", "Odsyłam czajnik, jest za głośny. A kto płaci za przesyłkę?", W),
    ("en", "Can you send me a free return label? The chair is too big.", W),
]


@pytest.mark.parametrize(("language", "text", "intent"), COST_CASES)
def test_costs_of_a_return_are_asked_about(language: str, text: str, intent: str) -> None:
    assert read_buyer_message(text, language=language).intent == intent
    assert read_buyer_message(_plain(text), language=language).intent == intent


# A return tied to the period by a preposition names the period; an earlier return said in other words; thanks for
# a return; a refund named as "outstanding"; a sentence-later verb opening no question; "not keeping it".
PERIOD_STATUS_CASES = [
    ("cs", "Lhůta na vrácení je 14 dní od převzetí, nebo od objednání?", PERIOD),
    ("pl", "Czy 14 dni na zwrot liczy się od złożenia zamówienia czy od dostawy?", PERIOD),
    ("de", "Die Matratze ist mir zu hart. Ich würde sie gerne innerhalb der 14 Tage zurückgeben – muss ich zahlen?", W),
    ("de", "Guten Tag, ich hab das Paket letzten Montag bei DHL abgegeben. Wann bekomme ich mein Geld?", STATUS),
    ("en", "hi, returned the vacuum last week via Evri, refund still hasnt shown up on my card", STATUS),
    ("en", "the refund is still outstanding for order 2290-11", STATUS),
    ("cs", "Vrácení proběhlo, zboží máte od minulého týdne. Kdy pošlete peníze?", STATUS),
    ("sk", "Vrátenie prebehlo, tovar máte od minulého týždňa. Kedy pošlete peniaze?", STATUS),
    ("pl", "Zwrot doszedł do Państwa tydzień temu, a pieniędzy nadal brak.", STATUS),
    ("pl", "Paczkę ze zwrotem nadałam 3 tygodnie temu, dalej czekam na pieniądze.", STATUS),
    ("de", "Hallo, seit Wochen warte ich auf die Gutschrift für die Retoure vom 3. März!", STATUS),
    ("en", "Thanks for sorting the return so quickly, the money's in my account now.", STATUS),
    ("de", "hallo, will das nicht mehr, zurück damit. Wie geht das?", W),
    ("fr", "J'ai décidé de ne pas la garder, merci d'organiser l'enlèvement et le remboursement complet.", W),
    ("cs", "Když mi dáte slevu 500 Kč, koberec si nechám. Jinak ho vrátím.", OTHER),
    ("sk", "Keď mi dáte zľavu 20 eur, koberec si nechám. Inak ho vrátim.", OTHER),
    ("cs", "Rozhodla jsem se ji nechat odvézt a chci zpět celou částku.", W),
    ("sk", "Tovar mi nesedí, posielam ho späť a žiadam o vrátenie peňazí.", W),
]


@pytest.mark.parametrize(("language", "text", "intent"), PERIOD_STATUS_CASES)
def test_period_phrases_earlier_returns_and_word_order(language: str, text: str, intent: str) -> None:
    assert read_buyer_message(text, language=language).intent == intent
    assert read_buyer_message(_plain(text), language=language).intent == intent
