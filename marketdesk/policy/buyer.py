"""The buyer's side of the return-option policy: what a buyer's message asks for, and whether the policy applies."""

from __future__ import annotations

import functools
import importlib
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from marketdesk.policy.effective import cancellation_period
from marketdesk.policy.lexicon import BRAND_CUES, BUYER_CUES, BUYER_WINDOW_CUES, cue_source
from marketdesk.policy.text import Evidence, Folded, fold, strip_quoted
from marketdesk.tickets.deadlines import Calendar

INTENTS: Final = (
    "withdrawal_refund",
    "repair_defect",
    "exchange",
    "missing_parts",
    "delivery_question",
    "cancellation_before_shipment",
    "refund_status",
    "period_question",
    "other",
)
FIRST_LEVEL_TOPICS: Final = (
    "payment_provider",
    "payout_credit",
    "gift_card_loyalty_coupon",
    "account_login",
    "invoice_fictitious_supplier",
)
LANGUAGES: Final = ("de", "cs", "sk", "pl", "fr", "it", "en")
WHY: Final = BUYER_CUES
# Each language's cues (marketdesk/policy/lexicon/buyer_<lang>.py), then the names all languages write alike.
_LEXICONS: Final[tuple[tuple[str, Mapping[str, tuple[str, ...]]], ...]] = (
    *((lang, importlib.import_module(f"marketdesk.policy.lexicon.buyer_{lang}").CUES) for lang in LANGUAGES),
    ("brand", BRAND_CUES),
)
# Only these turn around with a "not"; "does not work" is a defect, not a negated cue.
_NEGATABLE: Final = frozenset(
    {"withdraw", "return", "refund", "repair", "exchange", "keep", "partial", "cancel_order", "received", "sent_back"}
)
# (inner, outer): an inner match overlapping an outer one is the outer thing ("replacement part" is no exchange).
_SHADOWS: Final = (
    ("missing", "delivery"),
    ("refund", "partial"),
    ("return", "partial"),
    ("cancel_order", "withdraw"),
    ("return", "refund"),
    ("return", "period_noun"),
    ("period_noun", "withdraw"),  # "ich mache von meinem Rückgaberecht Gebrauch" exercises the right it names
    ("withdraw", "period_noun"),
    ("period_noun", "delivery"),
    ("exchange", "repair"),
    ("fl_credit", "fl_payment_means"),
    ("defect", "delivery"),
    ("missing", "money_missing"),
)


def _source(cue: str, lexicons: tuple[tuple[str, Mapping[str, tuple[str, ...]]], ...] = _LEXICONS) -> str:
    return cue_source(fragment for _lang, cues in lexicons for fragment in cues.get(cue, ()))


# One pattern per cue over all languages (a buyer may write in any); per language only to name it in evidence.
_PATTERNS: Final = {cue: re.compile(_source(cue)) for cue in WHY}


@functools.cache
def _by_language(cue: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A cue's pattern in each language, made when a message first shows the cue: compiling all of them on import
    took 0.3 s of every process's start (the worker, a command), most of which never reads a message."""
    return tuple((lex[0], re.compile(_source(cue, (lex,)))) for lex in _LEXICONS)


_NEGATOR: Final = re.compile(_source("negator"))
_NEG_AFTER: Final = re.compile(r"[^\w.!?\n,;]+(?:\w+[^\w.!?\n,;]+){0,2}?" + _source("negator"))
_SELF: Final = re.compile(_source("self"))
# "rather than sending it back", "statt Erstattung", "zamiast go odsyłać": what follows is declined, not wished.
# An exchange names what it replaces ("in L statt M umtauschen"): only "instead of an exchange" declines it.
_PREFERRED_OVER: Final = re.compile(_source("preference") + r"[^\w.!?\n]+(?:[^\W\d]+[^\w.!?\n]+){0,2}?$")
_ARTICLE: Final = r"(?:an?|the|ein(?:e[mnrs]?)?|d(?:e[mnrs]|ie|as)|une?|uno|l[aeo]|il|[ld]'\w*)"
_PREFERRED_OVER_NEXT: Final = re.compile(_source("preference") + r"[^\w.!?\n]+(?:" + _ARTICLE + r"[^\w.!?\n]+)?$")
_MANNER: Final = re.compile(_source("manner"))
_LABEL: Final = re.compile(_source("label"))
_POLITE: Final = re.compile(_source("polite"))
_CONDITIONAL: Final = re.compile(_source("conditional"))
_UNDECIDED: Final = re.compile(_source("undecided"))
_DOUBT: Final = re.compile(_source("doubt"))
# "si", "se" open a condition in French and Italian but are pronouns in Czech and Slovak ("rozmyslel jsem si to"):
# a condition counts in the language of the cue it governs, Czech and Slovak read together.
_CONDITION_BY_LANGUAGE: Final = {
    lang: re.compile(_source("condition", tuple(lex for lex in _LEXICONS if lex[0] in group)))
    for group in (("cs", "sk"), ("pl",), ("de",), ("en",), ("fr",), ("it",))
    for lang in group
}
_COST: Final = re.compile(_source("cost"))
_CLAUSE: Final = re.compile(r"[,:;()\[\]–—]|\s-\s|" + _source("boundary"))
_WORD_GAP: Final = r"[^\w.!?\n,;]+(?:(?!" + _source("boundary") + r")\w+[^\w.!?\n,;]+){0,2}?"
_MONEY_AFTER: Final = re.compile(_WORD_GAP + _source("money"))
_MONEY_BEFORE: Final = re.compile(_source("money") + _WORD_GAP + r"$")
# "lhůta na vrácení", "14 dni na zwrot", "Frist für die Rücksendung", "délai de retour", "days to return": a
# preposition ties the return to the period noun before it.
_FRAME: Final = re.compile(
    r"[^\w.!?\n]+(?:na|pro|k|ke|do|fue?r|zur|zum|to|for|de|du|pour|per|di|del|della|al)[^\w.!?\n]+"
    r"(?:(?:die|der|den|das|the|a|le|la|les|il|lo)[^\w.!?\n]+)?"
)
_COST_AFTER: Final = re.compile(_WORD_GAP + _source("cost"))
_COST_BEFORE: Final = re.compile(_source("cost") + _WORD_GAP + r"$")
# A point inside a date or number ("03.02.2026", "23.50") ends nothing.
# A dot after a day number ("seit dem 12. bei Ihnen", "do 5. března", "od 3. maja") is an ordinal, not an end.
_ORDINAL_DOT: Final = r"(?<!\b\d)(?<!\b\d\d)\."
_SENTENCE_END: Final = re.compile(r"(?:[!?\n]|" + _ORDINAL_DOT + r"(?!\d))+")
_CLAUSE_END: Final = re.compile(r"(?:[!?\n;:–—]|,(?!\d)|" + _ORDINAL_DOT + r"(?!\d))+|\s-\s")
_QUOTED_LINE: Final = re.compile(r"^[^\S\n]*>[^\n]*", re.MULTILINE)
for _lang, _cues in _LEXICONS:  # a misspelt cue name would silently match nothing
    if set(_cues) - set(WHY) - BUYER_WINDOW_CUES:
        raise ImportError(f"buyer cues of {_lang}: unknown {set(_cues) - set(WHY) - BUYER_WINDOW_CUES}")


@dataclass(frozen=True, slots=True)
class BuyerReading:
    intent: str  # one of INTENTS
    wants_return_for_refund: bool  # the buyer exercises withdrawal: return it AND get the money back
    first_level_topic: str | None  # one of FIRST_LEVEL_TOPICS or None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Applicability:
    applies: bool
    why: str
    evidence: tuple[Evidence, ...]
    period_ends: date | None


@dataclass(frozen=True, slots=True)
class _Hit:
    cue: str
    lang: str
    start: int  # in the folded text
    end: int
    sentence: int
    clause: int
    negated: bool = False


def _own_words(text: str) -> str:
    """strip_quoted() with every kept character at its original position (quoted lines blanked, not removed)."""
    masked = _QUOTED_LINE.sub(lambda m: " " * len(m.group()), text)
    own = strip_quoted(masked)
    return own if masked.startswith(own) else masked


class _Cues:
    """Every cue in one message, with its sentence and clause, and whether a negation turns it around."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        sentence_ends = list(_SENTENCE_END.finditer(folded))
        self.sentence_ends = [m.end() for m in sentence_ends]
        self.asking = {i for i, m in enumerate(sentence_ends) if "?" in m.group()}
        clause_ends = list(_CLAUSE_END.finditer(folded))
        self.clause_ends = [m.end() for m in clause_ends]
        questions = {i for i, m in enumerate(clause_ends) if "?" in m.group()}
        hits: dict[str, list[_Hit]] = {}
        for cue, pattern in _PATTERNS.items():
            found = [self._hit(cue, m.start(), m.end()) for m in pattern.finditer(folded)]
            if found:
                hits[cue] = found
        for inner, outer in _SHADOWS:
            if inner in hits and outer in hits:
                hits[inner] = [
                    h for h in hits[inner] if not any(h.start < o.end and o.start < h.end for o in hits[outer])
                ]
        # "Is return shipping free?", "vrátíte mi i poštovné?": a return or refund asked about next to what it costs
        # is a question about the costs; a label asked for in the same clause still wants the return.
        costs = [m.span() for m in _COST.finditer(folded)] if "?" in folded else []
        for cue in ("return", "refund") if costs else ():
            hits[cue] = [h for h in hits.get(cue, ()) if not self._cost_question(h, costs, sentence_ends)]
        # "vrátit peníze", "Geld zurückgeben", "zwrot pieniędzy": a return with money as its object is a refund.
        for cue in ("return", "sent_back"):
            for hit in list(hits.get(cue, ())):
                if self._money_next_to(hit):
                    hits[cue].remove(hit)
                    if cue == "return":
                        hits.setdefault("refund", []).append(hit)
        for cue in _NEGATABLE & hits.keys():
            hits[cue] = [self._negate(h) for h in hits[cue]]
        self.hits = hits
        # A clause asks when it ends in "?", holds "can I", "I'd like to know", "how long", or starts with "is", "kdy".
        starts = [0, *self.clause_ends]
        # After a subordinate clause a statement starts with its verb too ("Sobald ich es habe, geht es zurück."):
        # in a sentence ending in "." or "!" only its first clause can open a question.
        told = {i for i, m in enumerate(sentence_ends) if "?" not in m.group() and m.group().strip()}
        first = {bisect_right(self.clause_ends, end) for end in (0, *self.sentence_ends)}
        opening = [
            h
            for h in hits.get("interrogative", ())
            if not folded[starts[h.clause] : h.start].strip() and (h.sentence not in told or h.clause in first)
        ]
        asking = opening + [h for c in ("ask", "ability", "period_ask") for h in hits.get(c, ())]
        self.questions = questions | {h.clause for h in asking}
        self.asking |= {h.sentence for h in asking}

    def _hit(self, cue: str, start: int, end: int) -> _Hit:
        sentence, clause = bisect_right(self.sentence_ends, start), bisect_right(self.clause_ends, start)
        lang = next((lang for lang, pattern in _by_language(cue) if pattern.match(self.folded, start)), "")
        return _Hit(cue, lang, start, end, sentence, clause)

    def _floor(self, hit: _Hit) -> int:
        return self.sentence_ends[hit.sentence - 1] if hit.sentence else 0

    def before(self, hit: _Hit, width: int = 36) -> str:
        """The words in front of a cue, back to the start of its clause."""
        window = self.folded[max(self._floor(hit), hit.start - width) : hit.start]
        cut = 0
        for match in _CLAUSE.finditer(window):
            cut = match.end()
        return window[cut:]

    def _cost_question(self, hit: _Hit, costs: list[tuple[int, int]], ends: list[re.Match[str]]) -> bool:
        if hit.sentence >= len(ends) or "?" not in ends[hit.sentence].group():
            return False
        if _LABEL.search(self.clause_text(hit.clause)):
            return False
        if any(hit.start < end and start < hit.end for start, end in costs):
            return True
        if _COST_AFTER.match(self.folded, hit.end):
            return True
        return bool(_COST_BEFORE.search(self.folded[max(self._floor(hit), hit.start - 40) : hit.start]))

    def hypothetical(self, hit: _Hit) -> bool:
        """Whether a return is only a maybe: a doubt in front ("I might send it back", "j'hésite à le renvoyer") or
        a question on a condition ("if it doesn't fit, could I return it?"). Neither decides anything yet."""
        if _UNDECIDED.search(self.before(hit, 48)) or _DOUBT.search(self.folded, self._floor(hit), hit.start):
            return True
        if _LABEL.search(self.clause_text(hit.clause)):
            return False
        if hit.sentence in self.asking and _CONDITIONAL.search(self.folded, self._floor(hit), hit.start):
            return True
        # "Falls er nochmal streikt, schicke ich ihn zurück": a condition opening the sentence.
        condition = _CONDITION_BY_LANGUAGE.get(hit.lang)
        floor = self._floor(hit)
        found = condition.search(self.folded, floor, hit.start) if condition else None
        opening = self.folded[floor : found.start()].strip() if found else "-"
        return not opening or opening.endswith(",")  # "Hallo, falls …" still opens it

    def _money_next_to(self, hit: _Hit) -> bool:
        if _MONEY_AFTER.match(self.folded, hit.end):
            return True
        return bool(_MONEY_BEFORE.search(self.folded[max(self._floor(hit), hit.start - 40) : hit.start]))

    def _negate(self, hit: _Hit) -> _Hit:
        negated = bool(_NEGATOR.search(self.before(hit)) or _NEGATOR.search(self.folded, hit.start, hit.end))
        # The clause edge before() stops at is "instead" itself, so a preference is looked for on its own.
        preferred = _PREFERRED_OVER_NEXT if hit.cue == "exchange" else _PREFERRED_OVER
        negated = negated or bool(preferred.search(self.folded, max(self._floor(hit), hit.start - 40), hit.start))
        after = _NEG_AFTER.match(self.folded, hit.end)
        # "Ersatz will ich keinen", "peníze zpět nechci": a negation right after, said of oneself.
        if after and not negated:
            between = self.folded[hit.end : after.end()]
            negated = len(between.split()) <= 1 or bool(_SELF.search(between))
        if not negated:
            return hit
        return _Hit(hit.cue, hit.lang, hit.start, hit.end, hit.sentence, hit.clause, negated=True)

    def yes(self, *cues: str) -> list[_Hit]:
        return [h for cue in cues for h in self.hits.get(cue, ()) if not h.negated]

    def no(self, *cues: str) -> list[_Hit]:
        return [h for cue in cues for h in self.hits.get(cue, ()) if h.negated]

    def stated(self, found: list[_Hit]) -> list[_Hit]:
        return [h for h in found if h.clause not in self.questions]

    def requested(self, found: list[_Hit]) -> list[_Hit]:
        """Stated with "please", "I want", "bitte" in the same sentence: "thanks for the refund" asks for nothing."""
        asked = {h.sentence for h in self.yes("request")}
        return [h for h in self.stated(found) if h.sentence in asked]

    def factual(self, found: list[_Hit]) -> list[_Hit]:
        """Without "if", "once", "wenn" in front: "once I have sent it back" has not happened yet."""
        return [h for h in found if not _CONDITIONAL.search(self.before(h, 48))]

    def clause_text(self, clause: int) -> str:
        start = self.clause_ends[clause - 1] if clause else 0
        end = self.clause_ends[clause] if clause < len(self.clause_ends) else len(self.folded)
        return self.folded[start:end]

    def asked(self, found: list[_Hit]) -> list[_Hit]:
        """Only asked whether it may be done: "can I return it?", "ob ich es zurückgeben kann", "czy mogę oddać".

        A question how to do it ("how can I return it?"), for a label or with "please" takes the return for granted.
        """
        may = {h.clause for h in self.yes("ability")}
        return [
            h
            for h in found
            if h.clause in may and not any(p.search(self.clause_text(h.clause)) for p in (_MANNER, _LABEL, _POLITE))
        ]


def _intent(cues: _Cues) -> tuple[str, list[_Hit]]:
    """DESIGN §3 as rules over the cues, most specific first."""
    yes = cues.yes
    hedged = [h for h in yes("withdraw", "return", "refund") if cues.hypothetical(h)]
    withdraw, ret, refund = ([h for h in yes(cue) if h not in hedged] for cue in ("withdraw", "return", "refund"))
    missing, exchange, repair = yes("missing"), yes("exchange"), yes("repair")
    # An earlier return (or withdrawal) being chased is not a new one.
    # "Bis wann muss das Paket bei Ihnen sein?" asks about a return still to come.
    asked_when = {h.clause for h in yes("period_ask")}
    sent_back = [h for h in cues.factual(yes("sent_back")) if h.clause not in asked_when]
    if yes("money_missing") or (sent_back and not (missing or exchange or repair)):
        return "refund_status", yes("money_missing") + sent_back
    cancel, not_shipped = yes("cancel_order"), yes("not_shipped")
    # "I don't need it anymore, it hasn't shipped yet": not wanting an order still in the warehouse cancels it.
    unshipped_wish = withdraw or (yes("unwanted") and not ret)
    if (cancel or (unshipped_wish and not_shipped)) and (not_shipped or not (ret or withdraw or yes("received"))):
        return "cancellation_before_shipment", cancel + not_shipped
    # "How long can I return it?" asks about the period; "I return it. How long do I have?" exercises it.
    exercise = withdraw + ret + refund
    days = yes("period_days") if exercise else []  # "is it lost after 5 days?" is no period question
    period = yes("period_ask") + [h for h in yes("period_noun") + days if h.sentence in cues.asking]
    # "Lhůta na vrácení je 14 dní od …?", "délai de retour": a return named after the period in a question about it
    # names the period, not a return.
    framing = yes("period_noun", "period_days")
    framed = [
        h
        for h in exercise
        if h.sentence in cues.asking and any(_FRAME.fullmatch(cues.folded, p.end, h.start) for p in framing)
    ]
    live = [h for h in cues.factual(cues.stated(exercise)) if h not in framed]
    if period and not live:  # "I might send it back later": not yet
        return "period_question", period
    # "Can I return it?" with no reason and no money wanted asks whether the right exists: the period question.
    # "Can I send it back and get a refund?" asks for the money: that exercises it.
    reasons = cues.factual(cues.stated(yes("unwanted", "defect"))) + cues.no("keep")  # "ich behalte es nicht"
    asked = cues.asked(withdraw + ret + [h for h in hedged if h.cue != "refund"])
    if asked and not cues.stated(exercise) and not reasons and not refund:
        return "period_question", asked
    # "Is the return shipping free?": a return named only in a question about it, with nothing wanted or given as a
    # reason, asks about returns; "how / where do I return it?" and a label request take the return for granted.
    questioned = [h for h in withdraw + ret if h.clause in cues.questions]
    if (
        questioned
        and len(questioned) == len(withdraw + ret)
        and not (reasons or refund or cues.factual(cues.stated(yes("request"))))
        and not any(p.search(cues.clause_text(h.clause)) for h in questioned for p in (_MANNER, _LABEL, _POLITE))
    ):
        return "other", questioned
    if withdraw or (ret and refund):
        return "withdrawal_refund", exercise
    if hedged and not exercise:  # only ever named as a maybe or on a condition: a question about returns
        return "other", hedged
    # "I'd keep it for a discount rather than pack it up and send it back": the return is the alternative declined.
    keep, partial = yes("keep"), yes("partial")
    if keep and partial and not refund:
        return "other", keep + partial
    wishes = ((missing, "missing_parts"), (repair, "repair_defect"), (exchange, "exchange"))
    for found, intent in (*wishes, (yes("warranty"), "repair_defect")):
        if found:
            return intent, found + yes("defect")
    unwanted, defect = cues.stated(yes("unwanted")) + cues.no("keep"), yes("defect")
    if ret:  # a plain return with no other wish is one for the money
        return "withdrawal_refund", ret + unwanted + defect
    bargain = yes("keep", "partial") + cues.no("return")
    if refund and not bargain and (unwanted or defect or (cues.requested(refund) and not yes("delivery"))):
        return "withdrawal_refund", refund + unwanted + defect + yes("request")
    # "Geld zurück brauche ich nicht": a reason with the money (or the return) turned down is no withdrawal.
    if unwanted and not bargain and not cues.no("refund", "return", "withdraw"):
        return "withdrawal_refund", unwanted
    if defect:
        return "repair_defect", defect + bargain
    if yes("delivery"):
        return "delivery_question", yes("delivery")
    return "other", cues.no("return", "refund") + bargain


def _first_level(cues: _Cues) -> tuple[str | None, list[_Hit]]:
    yes = cues.yes
    if yes("fl_invoice"):
        return "invoice_fictitious_supplier", yes("fl_invoice")
    if yes("fl_payout") or (yes("fl_credit") and yes("fl_cashout")):
        return "payout_credit", yes("fl_payout", "fl_credit", "fl_cashout")
    if yes("fl_login"):
        return "account_login", yes("fl_login")
    if yes("fl_coupon"):
        return "gift_card_loyalty_coupon", yes("fl_coupon")
    # Naming PayPal in "refund it to my PayPal" is no payment enquiry; a charge or reminder with it is.
    if yes("fl_payment_strong") or (yes("fl_payment_means") and yes("fl_payment_weak")):
        return "payment_provider", yes("fl_payment_strong", "fl_payment_means", "fl_payment_weak")
    return None, []


_PAYMENT_TOPICS: Final = (
    *("issue_paypal", "issue_klarna", "issue_creditcard", "issue_sofort", "issue_consorsfinanz", "issue_blik"),
    *("issue_cashinadvance", "issue_barzahlen", "issue_googlepay", "issue_applepay", "issue_click_to_pay"),
    "admonition",
)
_TOPIC_FIRST_LEVEL: Final[Mapping[str, str]] = {
    **dict.fromkeys(_PAYMENT_TOPICS, "payment_provider"),
    "account_cash_out_balance": "payout_credit",
    **dict.fromkeys(("issue_coupon", "kaufland_card", "issue_payback"), "gift_card_loyalty_coupon"),
    **dict.fromkeys(("account_login", "account_cancel"), "account_login"),
}
_INVOICE_TOPICS: Final = frozenset({"invoice_needed", "invoice_problem"})
_WITHDRAWAL: Final = "withdrawal_refund"
# What the ticket's topic, then its reason, says when the text names no intent of its own.
_TICKET_INTENT: Final[Mapping[str, str]] = {
    "return_request_label": _WITHDRAWAL,
    "return_check_status": "refund_status",
    "order_cancel": "cancellation_before_shipment",
    "delivery_parts_missing": "missing_parts",
    "order_product_defect": "repair_defect",
    "delivery_wrong_products": "repair_defect",
    **dict.fromkeys(
        ("delivery_not_received", "delivery_delayed", "delivery_other_question", "delivery_change_address"),
        "delivery_question",
    ),
    "product_return": _WITHDRAWAL,
    "product_defect": "repair_defect",
    "product_not_as_described": "repair_defect",
    "product_not_delivered": "delivery_question",
}


def _evidence(folded: Folded, hit: _Hit) -> Evidence:
    start, end = folded.span(hit.start, hit.end)
    rule = f"buyer.{'not_' if hit.negated else ''}{hit.cue}.{hit.lang}"
    why = ("negated: " if hit.negated else "") + WHY[hit.cue]
    return Evidence(rule=rule, text=folded.original[start:end], start=start, end=end, why=why)


def _ticket_evidence(field: str, value: str, why: str) -> Evidence:
    # Not words of the message: an empty excerpt at 0 keeps text[start:end] == evidence.text true.
    return Evidence(
        rule=f"buyer.ticket.{field}", text="", start=0, end=0, why=f"the ticket's {field} is {value}: {why}"
    )


def read_buyer_message(
    text: str, *, open_reason: str | None = None, topic: str | None = None, language: str | None = None
) -> BuyerReading:
    """What a buyer's own words ask for, read with all seven languages' patterns (a buyer may write in any).

    The ticket's reason and topic decide only where the text names no intent of its own (and a return-request
    reason never turns a repair, exchange or period question into a withdrawal). `language` is the storefront's;
    it is accepted for the record but does not narrow the patterns. Evidence positions are positions in `text`.
    """
    folded = fold(_own_words(text))
    cues = _Cues(folded.folded)
    intent, hits = _intent(cues)
    first_level, level_hits = _first_level(cues)
    explicit = intent == _WITHDRAWAL and bool(cues.yes("withdraw", "return"))
    if explicit:
        first_level, level_hits = None, []  # "refund it to my PayPal" in a withdrawal is no PayPal enquiry
    extra: list[Evidence] = []
    by_topic = _TOPIC_FIRST_LEVEL.get(topic or "")
    if topic and by_topic:
        first_level = by_topic
        extra.append(_ticket_evidence("topic", topic, f"1st-level customer service ({by_topic})"))
    elif topic in _INVOICE_TOPICS and topic and not first_level and not explicit and cues.yes("marketplace"):
        first_level = "invoice_fictitious_supplier"
        extra.append(_ticket_evidence("topic", topic, "an invoice the marketplace issued"))
    if first_level is not None and not explicit:
        intent, hits = "other", []  # customer service's own topics are no order matter for the seller
    defect_only = intent == "repair_defect" and not cues.yes("repair", "exchange", "warranty")
    for field, value in (("topic", topic), ("open_reason", open_reason)):
        pushed = _TICKET_INTENT.get(value) if value else None
        if value is None or pushed is None or (pushed == _WITHDRAWAL and first_level is not None):
            continue
        if intent == "other" or (defect_only and pushed == _WITHDRAWAL):
            intent = pushed
            extra.append(_ticket_evidence(field, value, f"read as {pushed}; the text does not contradict it"))
            break
    evidence = sorted({_evidence(folded, h) for h in hits + level_hits}, key=lambda e: (e.start, e.rule))
    return BuyerReading(
        intent=intent,
        wants_return_for_refund=intent == _WITHDRAWAL,
        first_level_topic=first_level,
        evidence=tuple(evidence + extra),
    )


def policy_applies(
    reading: BuyerReading,
    *,
    delivered_on: date | None,
    asked_on: date,
    calendar: Calendar,
    period_days: int = 14,
    extra_days: int = 0,
) -> Applicability:
    """Whether the seller's first answer must offer a return option (DESIGN §3), and why, in words.

    It applies when the buyer asks to return the item for a refund, the order unit was delivered, and the buyer
    asked by the last day of the cancellation period (`effective.cancellation_period`; `extra_days` are what a
    seller grants beyond the storefront's `period_days`).
    """
    evidence, wants = reading.evidence, "The buyer asks to return the item for a refund"
    if not reading.wants_return_for_refund:
        why = f"The buyer does not ask to return the item for a refund (read as {reading.intent})."
        return Applicability(applies=False, why=why, evidence=evidence, period_ends=None)
    if delivered_on is None or delivered_on > asked_on:
        why = f"{wants}, but the order unit has not been delivered, so no cancellation period runs yet."
        return Applicability(applies=False, why=why, evidence=evidence, period_ends=None)
    ends, how = cancellation_period(delivered_on, calendar, period_days=period_days, extra_days=extra_days)
    within = asked_on <= ends
    why = (
        f"{wants} on {asked_on.isoformat()}, {'within' if within else 'after'} the cancellation period ({how}), "
        f"which {'ends' if within else 'ended'} on {ends.isoformat()}."
    )
    return Applicability(applies=within, why=why, evidence=evidence, period_ends=ends)
