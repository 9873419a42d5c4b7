"""The buyer's side of the return-option policy: intent in seven languages, its traps, 1st-level topics, the ticket's
reason and topic, evidence that points at the buyer's own words, and whether the policy applies in time."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest

from marketdesk.policy import buyer
from marketdesk.policy.buyer import FIRST_LEVEL_TOPICS, INTENTS, BuyerReading, policy_applies, read_buyer_message
from marketdesk.policy.lexicon import BUYER_WINDOW_CUES, GAP, cue_source, literal_led
from marketdesk.policy.text import fold, fold_by_character
from marketdesk.tickets.deadlines import Calendar

W, REPAIR, EXCHANGE, MISSING = "withdrawal_refund", "repair_defect", "exchange", "missing_parts"
DELIVERY, CANCEL, STATUS, PERIOD = (
    "delivery_question",
    "cancellation_before_shipment",
    "refund_status",
    "period_question",
)

# (language, buyer's words, intent): each intent in at least three languages, a withdrawal in all seven.
INTENT_CASES = [
    ("de", "Guten Tag, ich möchte den Wasserkocher zurücksenden und bitte um Erstattung des Kaufpreises.", W),
    ("de", "Hiermit widerrufe ich den Kauf der Bluetooth-Box. Bitte schicken Sie mir einen Retourenschein.", W),
    ("de", "Die Hose sitzt nicht, viel zu weit. Ich geb sie zurück, Geld bitte aufs Konto.", W),
    ("de", "Ich trete vom Kaufvertrag zurück.", W),
    ("cs", "Dobrý den, chci vrátit mixér a dostat zpět peníze.", W),
    ("cs", "Odstupuji od kupní smlouvy, pošlete mi prosím štítek pro vrácení.", W),
    ("sk", "Dobrý deň, odstupujem od zmluvy, tovar vám pošlem späť.", W),
    ("sk", "Topánky sa mi nepáčia, chcem ich vrátiť a peniaze späť.", W),
    ("pl", "Dzień dobry, chcę zwrócić kurtkę i prosić o zwrot pieniędzy.", W),
    ("pl", "Odstępuję od umowy sprzedaży, proszę o etykietę zwrotną.", W),
    ("fr", "Bonjour, je souhaite me rétracter et renvoyer la lampe.", W),
    ("fr", "Le pull ne me plaît pas, je veux le retourner et être remboursée.", W),
    ("it", "Buongiorno, esercito il diritto di recesso e vorrei restituire la borsa.", W),
    ("it", "La giacca non mi sta, voglio rimandarla indietro e avere il rimborso.", W),
    ("en", "Hi, I'd like to send the headphones back and get a refund.", W),
    ("en", "I hereby give notice that I withdraw from my contract of sale of the following goods.", W),
    ("en", "I no longer need the drill. How do I return it to get my money back?", W),
    # Defect plus an explicit "take it back and refund me" is a withdrawal; a defect alone is not.
    ("de", "Der Föhn ist defekt angekommen. Ich will keinen Ersatz, ich schicke ihn zurück und will mein Geld.", W),
    ("en", "The mirror arrived cracked. Please take it back and refund me.", W),
    ("pl", "Czajnik jest uszkodzony, odeślę go i proszę o zwrot pieniędzy.", W),
    ("de", "Die Kaffeemühle mahlt nicht mehr, sie ist defekt. Was nun?", REPAIR),
    ("cs", "Pračka po týdnu nefunguje, prosím o opravu.", REPAIR),
    ("pl", "Chcę złożyć reklamację, drukarka nie drukuje.", REPAIR),
    ("fr", "La cafetière fuit, pouvez-vous la réparer ?", REPAIR),
    ("it", "Il frullatore si è rotto, è ancora in garanzia?", REPAIR),
    ("en", "Can you fix the zipper or send a replacement?", REPAIR),
    ("de", "Die Schuhe sind zu klein, ich möchte sie in Größe 42 umtauschen.", EXCHANGE),
    ("sk", "Tričko je malé, chcel by som ho vymeniť za väčšiu veľkosť.", EXCHANGE),
    ("pl", "Czy mogę wymienić sukienkę na inny kolor?", EXCHANGE),
    ("fr", "Je voudrais échanger la chemise contre une autre taille.", EXCHANGE),
    ("en", "No money back please, just send me the same model again, one that works.", EXCHANGE),
    ("de", "Im Paket fehlt das Netzteil.", MISSING),
    ("cs", "V krabici chyběl návod a dva šroubky.", MISSING),
    ("it", "Nella confezione mancano le viti.", MISSING),
    ("en", "The box arrived without the remote, it is missing.", MISSING),
    ("en", "I don't want to return the table, only one leg is missing.", MISSING),
    ("de", "Wann kommt meine Bestellung? Laut Sendungsverfolgung hängt sie seit Tagen fest.", DELIVERY),
    ("cs", "Kde je můj balík? Pořád nedorazil.", DELIVERY),
    ("fr", "Mon colis n'est toujours pas arrivé, où est-il ?", DELIVERY),
    ("en", "Can I collect the parcel at a pickup point instead?", DELIVERY),
    ("de", "Bitte stornieren Sie die Bestellung, bevor sie verschickt wird.", CANCEL),
    ("pl", "Proszę anulować zamówienie, jeszcze nie zostało wysłane.", CANCEL),
    ("it", "Vorrei annullare l'ordine, non è ancora stato spedito.", CANCEL),
    ("en", "Please cancel my order, it hasn't shipped yet.", CANCEL),
    # Money for an earlier return is refund status, not a new withdrawal.
    ("en", "I sent it back two weeks ago, where is my money?", STATUS),
    ("de", "Ich habe den Toaster vor zehn Tagen zurückgeschickt. Wo bleibt meine Erstattung?", STATUS),
    ("sk", "Tovar som vrátil minulý týždeň, peniaze som ešte nedostal.", STATUS),
    ("fr", "J'ai renvoyé le colis il y a deux semaines, je n'ai toujours pas été remboursé.", STATUS),
    # A question about the period is no exercise of it.
    ("en", "How long can I return this?", PERIOD),
    ("de", "Bis wann kann ich die Jacke noch zurückgeben?", PERIOD),
    ("cs", "Do kdy můžu zboží vrátit?", PERIOD),
    ("it", "Quanti giorni ho per il recesso?", PERIOD),
    ("de", "Ich möchte die Lampe zurückgeben. Bis wann muss sie bei Ihnen sein?", W),
    ("en", "when does the withdrawal period start", PERIOD),  # a question without its question mark
    ("pl", "Od kiedy liczy się termin na odstąpienie od umowy", PERIOD),
    # A cancelled order that arrived anyway and goes back is a withdrawal.
    ("de", "Ich wollte stornieren, aber das Paket ist heute gekommen und gefällt mir nicht.", W),
    # Negation decides.
    ("de", "Ich möchte den Stuhl nicht zurückschicken, ein Preisnachlass würde mir reichen.", "other"),
    ("en", "I don't want to return it, just give me a discount.", "other"),
    ("cs", "Nechci to vracet, stačí mi sleva.", "other"),
    ("de", "Vielen Dank für die schnelle Erstattung!", "other"),
    ("en", "Does this lamp come with a bulb?", "other"),
]

# Earlier messages quoted in a reply are not the buyer's words.
QUOTED_CASES = [
    (
        "Gut, dann warte ich auf das Ersatzteil.\n\nAm 5. März 2026 um 9:30 schrieb Haushalt Meier:\n"
        "Sie können den Mixer auch zurückschicken, wir erstatten dann den Kaufpreis.",
        REPAIR,
    ),
    ("OK, I'll wait for the technician.\n> You can also send it back and we refund you.\n> Regards", "other"),
    ("Chci vrátit zboží a peníze zpět.\n\nDne 2. 3. 2026 v 10:00 Obchod napsal(a):\nMůžeme to opravit.", W),
]

# (buyer's words, topic): customer service's own topics, found in the text.
FIRST_LEVEL_TEXT_CASES = [
    ("Meine Bestellung wurde bei PayPal doppelt abgebucht.", "payment_provider"),
    ("Klarna hat mir eine Mahnung geschickt, obwohl alles bezahlt ist.", "payment_provider"),
    ("I got an invoice from Klarna although I sent the item back.", "payment_provider"),
    ("Płaciłem kartą kredytową i pobrano mi pieniądze dwa razy.", "payment_provider"),
    ("Comment puis-je faire virer le solde de mon compte client sur mon compte bancaire ?", "payout_credit"),
    ("I'd like to pay out the balance in my account to my bank.", "payout_credit"),
    ("Mein Gutscheincode wird an der Kasse nicht angenommen.", "gift_card_loyalty_coupon"),
    ("Il codice sconto risulta scaduto.", "gift_card_loyalty_coupon"),
    ("Za objednávku mi nebyly připsány body na Kaufland Card.", "gift_card_loyalty_coupon"),
    ("Ich habe mein Passwort vergessen und komme nicht ins Konto.", "account_login"),
    ("Nie mogę się zalogować, proszę usunąć moje konto.", "account_login"),
    ("Je n'arrive plus à me connecter à mon compte.", "account_login"),
    ("Warum kam die Rechnung von Kaufland und nicht vom Händler?", "invoice_fictitious_supplier"),
    ("Na faktuře je úplně jiná firma, než u které jsem nakupoval.", "invoice_fictitious_supplier"),
    ("The invoice names a different company than the seller I bought from.", "invoice_fictitious_supplier"),
]

# (buyer's words, topic, first-level topic): the ticket's topic decides where the words say nothing.
FIRST_LEVEL_TOPIC_CASES = [
    ("Hallo, ich habe eine Frage.", "issue_paypal", "payment_provider"),
    ("Bitte helfen Sie mir.", "issue_klarna", "payment_provider"),
    ("Dzień dobry, proszę o pomoc.", "issue_blik", "payment_provider"),
    ("Hello, can you help?", "account_login", "account_login"),
    ("Hallo, eine Frage.", "issue_coupon", "gift_card_loyalty_coupon"),
    ("Bonjour.", "kaufland_card", "gift_card_loyalty_coupon"),
    ("Buongiorno.", "issue_payback", "gift_card_loyalty_coupon"),
    ("Dobrý den, prosím o vyplacení.", "account_cash_out_balance", "payout_credit"),
    ("Die Rechnung kam von Kaufland, ich brauche sie vom Verkäufer.", "invoice_needed", "invoice_fictitious_supplier"),
    ("Ich brauche eine Rechnung mit Mehrwertsteuer.", "invoice_needed", None),
]

# (buyer's words, open_reason, topic, intent, pushed): reason and topic decide only where the text is silent.
TICKET_CASES = [
    ("Hallo, Bestellung 4711.", "product_return", None, W, True),
    ("Dobrý den, objednávka 123.", None, "return_request_label", W, True),
    ("Der Deckel ist zerkratzt angekommen.", "product_return", None, W, True),
    ("Der Deckel ist zerkratzt angekommen, bitte reparieren.", "product_return", None, REPAIR, False),
    ("Wie lange habe ich dafür Zeit?", "product_return", "return_request_label", PERIOD, False),
    ("I'd rather have it in blue.", "product_return", None, EXCHANGE, False),
    ("Hello?", None, "return_check_status", STATUS, True),
    ("Hello?", "product_not_delivered", None, DELIVERY, True),
    ("Dobrý den, objednávka 4711.", "contact_other", "order_cancel", CANCEL, True),
    ("Prosím o zrušení objednávky.", "contact_other", None, CANCEL, False),
    ("Please help.", "product_return", "issue_paypal", "other", False),
]


def _read(text: str, **ticket: str | None) -> BuyerReading:
    reading = read_buyer_message(text, **ticket)
    assert reading.intent in INTENTS
    assert reading.first_level_topic is None or reading.first_level_topic in FIRST_LEVEL_TOPICS
    assert reading.wants_return_for_refund == (reading.intent == "withdrawal_refund")
    for evidence in reading.evidence:
        assert text[evidence.start : evidence.end] == evidence.text, evidence
        assert evidence.rule.startswith("buyer.") and evidence.why
    return reading


def _without_diacritics(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _german_typed(text: str) -> str:
    """How German is typed without umlauts: ü → ue, ä → ae, ö → oe, ß → ss."""
    for umlaut, spelt in (("ü", "ue"), ("ä", "ae"), ("ö", "oe"), ("Ü", "Ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("ß", "ss")):
        text = text.replace(umlaut, spelt)
    return text


@pytest.mark.parametrize(("language", "text", "intent"), INTENT_CASES)
def test_intent(language: str, text: str, intent: str) -> None:
    reading = _read(text, language=language)
    assert reading.intent == intent, reading.evidence
    assert reading.first_level_topic is None


@pytest.mark.parametrize(("language", "text", "intent"), INTENT_CASES)
def test_intent_without_diacritics(language: str, text: str, intent: str) -> None:
    assert _read(_without_diacritics(text)).intent == intent
    if language == "de":
        assert _read(_german_typed(text)).intent == intent


def test_the_table_covers_every_intent_in_three_languages_and_withdrawal_in_all_seven() -> None:
    languages: dict[str, set[str]] = {}
    for language, _text, intent in INTENT_CASES:
        languages.setdefault(intent, set()).add(language)
    assert languages["withdrawal_refund"] == set(buyer.LANGUAGES)
    assert all(len(languages.get(intent, ())) >= 3 for intent in INTENTS), languages


@pytest.mark.parametrize(("text", "intent"), QUOTED_CASES)
def test_quoted_earlier_messages_are_ignored(text: str, intent: str) -> None:
    reading = _read(text)
    assert reading.intent == intent
    own = text.split("\n\n")[0].split("\n>")[0]
    assert all(evidence.end <= len(own) for evidence in reading.evidence)


@pytest.mark.parametrize(("text", "topic"), FIRST_LEVEL_TEXT_CASES)
def test_first_level_topic_from_the_text(text: str, topic: str) -> None:
    reading = _read(text)
    assert (reading.first_level_topic, reading.intent) == (topic, "other")
    assert any(e.rule.split(".")[1].startswith("fl_") for e in reading.evidence)


@pytest.mark.parametrize(("text", "topic", "first_level"), FIRST_LEVEL_TOPIC_CASES)
def test_first_level_topic_from_the_ticket_topic(text: str, topic: str, first_level: str | None) -> None:
    assert _read(text, topic=topic).first_level_topic == first_level


def test_naming_a_payment_method_in_a_withdrawal_is_no_payment_enquiry() -> None:
    reading = _read("Ich schicke die Uhr zurück, bitte erstatten Sie das Geld auf mein PayPal-Konto.")
    assert (reading.intent, reading.first_level_topic) == ("withdrawal_refund", None)


@pytest.mark.parametrize(("text", "open_reason", "topic", "intent", "pushed"), TICKET_CASES)
def test_reason_and_topic_push_only_where_the_text_is_silent(
    text: str, open_reason: str | None, topic: str | None, intent: str, pushed: bool
) -> None:
    reading = _read(text, open_reason=open_reason, topic=topic)
    assert reading.intent == intent
    said = [e.why for e in reading.evidence if e.rule in ("buyer.ticket.topic", "buyer.ticket.open_reason")]
    assert any(f"read as {intent}" in why for why in said) == pushed


def test_evidence_points_at_the_original_words_through_expanding_letters() -> None:
    # ß folds to two letters, so folded and original positions part after it.
    text = "Grüße aus der Straße 5! Ich möchte die Ware zurückschicken und mein Geld zurück."
    reading = _read(text)
    assert reading.intent == "withdrawal_refund"
    found = {e.rule: e for e in reading.evidence}
    assert found["buyer.return.de"].text == "zurückschicken"
    assert text.index("zurückschicken") == found["buyer.return.de"].start


def test_evidence_says_what_was_negated() -> None:
    reading = _read("I do not want to send it back, a discount is fine.")
    negated = [e for e in reading.evidence if e.rule.startswith("buyer.not_return")]
    assert [e.text for e in negated] == ["send it back"]
    assert negated[0].why.startswith("negated")


@pytest.mark.parametrize(
    "text",
    [
        "Grüße, Straße, Maß, Ærø, Œuvre, Łódź, naïve, Ångström, ﬁle, ½, Ǆ, İstanbul",
        "Žluťoučký kůň úpěl ďábelské ódy; zażółć gęślą jaźń; ça coûte; perché così",
        "e\u0301 combining accent, Ich möchte es zurückgeben",
    ],
)
def test_the_fast_fold_equals_fold(text: str) -> None:
    fast, slow = fold(text), fold_by_character(text)
    assert (fast.folded, fast.origin) == (slow.folded, slow.origin)


def test_every_lexicon_names_only_known_cues_and_starts_fragments_with_a_letter() -> None:
    # A fragment starting with a group costs the regex engine a branch entry at every word (see literal_led).
    allowed = re.compile(r"[a-z0-9' -](?![?*+{])|\\d|\(\?!liefer\)")
    for lang, cues in buyer._LEXICONS:
        assert set(cues) <= set(buyer.WHY) | BUYER_WINDOW_CUES, lang
        for cue in set(cues) & set(buyer.WHY):
            for fragment in cues[cue]:
                for alternative in literal_led(fragment):
                    assert allowed.match(alternative), (lang, cue, alternative)
                    assert re.compile(alternative.replace("~", " "))


@pytest.mark.parametrize(
    "fragment",
    [r"(?:habe|hab)~(?:erhalten|bekommen)", r"(?:viel )?zu (?:gross|klein)\w*", r"a|(?:b|c)d", r"(?:x|y)?z\w*"],
)
def test_the_compiled_cue_matches_what_the_fragment_matches(fragment: str) -> None:
    texts = ["ich habe es erhalten", "hab das nicht bekommen", "viel zu grosse", "zu klein", "bd cd a", "xz yzz zz"]
    compiled = re.compile(cue_source([fragment]))
    plain = re.compile(r"(?<!\w)(?:" + fragment.replace("~", GAP) + r")(?!\w)")
    for text in texts:
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize(
    ("fragment", "alternatives"),
    [
        ("abc", ["abc"]),
        ("(?:habe|hab)~x", ["habe~x", "hab~x"]),
        ("(?:viel )?zu (?:gross|klein)", ["viel zu (?:gross|klein)", "zu (?:gross|klein)"]),
        ("a|(?:b|c)d", ["a", "bd", "cd"]),
        ("(?:ab)+c", ["(?:ab)+c"]),
        ("(?!x)\\w+", ["(?!x)\\w+"]),
    ],
)
def test_literal_led_spells_out_leading_groups(fragment: str, alternatives: list[str]) -> None:
    assert literal_led(fragment) == alternatives


DE = Calendar(country="DE", time_zone="Europe/Berlin")
PL = Calendar(country="PL", time_zone="Europe/Warsaw")
WITHDRAWAL = read_buyer_message("Ich widerrufe den Kauf und schicke den Artikel zurück.")


@pytest.mark.parametrize(
    ("delivered_on", "asked_on", "calendar", "extra_days", "applies", "period_ends"),
    [
        # Delivered Wednesday 2026-03-04: day 14 is Wednesday 03-18, the delivery day not counted.
        (date(2026, 3, 4), date(2026, 3, 4), DE, 0, True, date(2026, 3, 18)),
        (date(2026, 3, 4), date(2026, 3, 18), DE, 0, True, date(2026, 3, 18)),
        (date(2026, 3, 4), date(2026, 3, 19), DE, 0, False, date(2026, 3, 18)),
        # Delivered Saturday 03-07: day 14 is Saturday 03-21, so the period runs to Monday 03-23.
        (date(2026, 3, 7), date(2026, 3, 23), DE, 0, True, date(2026, 3, 23)),
        (date(2026, 3, 7), date(2026, 3, 24), DE, 0, False, date(2026, 3, 23)),
        # Day 14 on Good Friday 04-03: Easter weekend and Easter Monday in Germany, Tuesday is the last day;
        # Good Friday is a working day in Poland.
        (date(2026, 3, 20), date(2026, 4, 7), DE, 0, True, date(2026, 4, 7)),
        (date(2026, 3, 20), date(2026, 4, 8), DE, 0, False, date(2026, 4, 7)),
        (date(2026, 3, 20), date(2026, 4, 3), PL, 0, True, date(2026, 4, 3)),
        (date(2026, 3, 20), date(2026, 4, 6), PL, 0, False, date(2026, 4, 3)),
        # A seller granting 16 more days: 30 days, to Friday 04-03 (a working day in Poland).
        (date(2026, 3, 4), date(2026, 4, 3), PL, 16, True, date(2026, 4, 3)),
        (date(2026, 3, 4), date(2026, 4, 4), PL, 16, False, date(2026, 4, 3)),
        (date(2026, 3, 4), date(2026, 3, 19), DE, 1, True, date(2026, 3, 19)),
    ],
)
def test_policy_applies_within_the_cancellation_period(
    delivered_on: date, asked_on: date, calendar: Calendar, extra_days: int, applies: bool, period_ends: date
) -> None:
    result = policy_applies(
        WITHDRAWAL, delivered_on=delivered_on, asked_on=asked_on, calendar=calendar, extra_days=extra_days
    )
    assert (result.applies, result.period_ends) == (applies, period_ends)
    assert period_ends.isoformat() in result.why
    assert result.evidence == WITHDRAWAL.evidence


def test_the_reason_names_a_moved_last_day() -> None:
    result = policy_applies(WITHDRAWAL, delivered_on=date(2026, 3, 20), asked_on=date(2026, 4, 7), calendar=DE)
    assert "2026-04-03 is a holiday" in result.why
    result = policy_applies(WITHDRAWAL, delivered_on=date(2026, 3, 7), asked_on=date(2026, 3, 9), calendar=DE)
    assert "2026-03-21 is a weekend day" in result.why


def test_the_storefront_period_is_a_parameter() -> None:
    result = policy_applies(
        WITHDRAWAL, delivered_on=date(2026, 3, 4), asked_on=date(2026, 4, 3), calendar=DE, period_days=30
    )
    assert (result.applies, result.period_ends) == (True, date(2026, 4, 7))


@pytest.mark.parametrize(
    ("reading", "delivered_on", "words"),
    [
        (WITHDRAWAL, None, "not been delivered"),
        (WITHDRAWAL, date(2026, 3, 20), "not been delivered"),  # delivered after the question
        (read_buyer_message("Bitte reparieren Sie den defekten Toaster."), date(2026, 3, 4), "repair_defect"),
        (read_buyer_message("Bis wann kann ich das zurückgeben?"), date(2026, 3, 4), "period_question"),
        (read_buyer_message("Bitte stornieren, noch nicht versandt."), None, "cancellation_before_shipment"),
    ],
)
def test_policy_does_not_apply(reading: BuyerReading, delivered_on: date | None, words: str) -> None:
    result = policy_applies(reading, delivered_on=delivered_on, asked_on=date(2026, 3, 10), calendar=DE)
    assert (result.applies, result.period_ends) == (False, None)
    assert words in result.why


@pytest.mark.parametrize(("period_days", "extra_days"), [(0, 0), (14, -1)])
def test_impossible_periods_are_errors(period_days: int, extra_days: int) -> None:
    with pytest.raises(ValueError, match="period_days"):
        policy_applies(
            WITHDRAWAL,
            delivered_on=date(2026, 3, 4),
            asked_on=date(2026, 3, 5),
            calendar=DE,
            period_days=period_days,
            extra_days=extra_days,
        )
