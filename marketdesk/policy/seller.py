"""The seller side of the return-option policy: the return options a reply offers, and the decision on a first reply."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from marketdesk.policy.lexicon import seller_common as common
from marketdesk.policy.lexicon.seller_reply import Reply, Span, own_words
from marketdesk.policy.text import Evidence

RETURN_OPTIONS = (
    "label_attached", "label_url", "return_address", "refund_without_return", "label_in_package",
    "marketplace_return_portal",
)  # fmt: skip
EUR_LIMIT_CENTS = 4000

PROMISED_LABEL = "a promised label is not a label"
ADDRESS_LIMIT = "return address only allowed up to 40 EUR"
# What the rules cannot settle; the decision quotes these when no option is valid.
PRICE_UNKNOWN = "a return address, but the unit's price is unknown, so the 40 EUR limit cannot be checked"
BARE_URL = "a URL without any word about the return or the label"
UNSAID_FILE = "a label is mentioned and a file attached, but nothing says the file is the label"
UNNAMED_FILE = "a file is attached, but neither its name nor the text says what it is"
KEEP_WITHOUT_REFUND = "the item may be kept, but nothing says the money is refunded"
CONTRADICTION = "the reply both offers and denies this option"
DOUBTS = frozenset({PRICE_UNKNOWN, BARE_URL, UNSAID_FILE, UNNAMED_FILE, KEEP_WITHOUT_REFUND, CONTRADICTION})
_LABEL_MIME = re.compile(r"application/pdf|image/[\w.+\-]+")
Status = Literal["valid", "refused", "uncertain", "noted"]


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    filename: str
    mime_type: str


@dataclass(frozen=True, slots=True)
class SellerReading:
    return_options: tuple[str, ...]  # valid options found, in RETURN_OPTIONS order
    refused_options: tuple[str, ...]  # mentioned but not valid here (negated, promised, over the limit, no file…)
    discount_offered: bool  # a discount or partial refund to keep the item
    evidence: tuple[Evidence, ...]  # every rule that fired, valid or refused, with its reason
    uncertain: bool  # something the rules cannot settle: needs a person when no option is valid


@dataclass(frozen=True, slots=True)
class Decision:
    decision: Literal["compliant", "violation", "needs_review"]
    evidence: tuple[Evidence, ...]
    why: str


def price_in_eur_cents(amount: int, currency: str, eur_rates: Mapping[str, Decimal]) -> int:
    """A price in minor units converted to euro cents at the configured rate, rounded half up to the nearest cent."""
    code = currency.upper()
    if code == "EUR":
        return amount
    rate = eur_rates.get(code)
    if rate is None:
        raise ValueError(f"no EUR rate is configured for currency {currency!r}")
    return int((Decimal(amount) * Decimal(rate)).to_integral_value(rounding=ROUND_HALF_UP))


class _Findings:
    """What the rules found, in the order they found it."""

    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        self.valid: set[str] = set()
        self.refused: set[str] = set()
        self.evidence: list[Evidence] = []
        self.uncertain = False
        self.discount = False
        self.claimed: set[int] = set()  # sentences another rule has explained
        self.denied: set[str] = set()  # options the reply negates

    def add(self, rule: str, span: Span, why: str, status: Status) -> None:
        self.evidence.append(self.reply.evidence(rule, span, why))
        if status == "valid":
            self.valid.add(rule)
        elif status == "refused":
            self.refused.add(rule)
        elif status == "uncertain":
            self.uncertain = True

    def refuse_by_mood(self, rule: str, cue: Span, *, promise: bool = False) -> bool:
        """Refuse the cue if it is negated, asked, conditional or (for labels) only promised; True if refused."""
        reply = self.reply
        sentence = reply.sentence(cue[0])
        if negation := reply.negated(cue):
            self.add(rule, reply.join(cue, negation), "negated: the reply says this option is not there", "refused")
            self.denied.add(rule)
        elif reply.offer_question(sentence):
            self.add(rule, cue, "only asked about in a question: a question is not a return option", "refused")
        elif promise and (later := reply.promised(cue)):
            self.add(rule, reply.join(cue, later), PROMISED_LABEL, "refused")
        elif (condition := reply.real_condition(*sentence)) and (not promise or reply.bare_condition(cue, condition)):
            why = PROMISED_LABEL if promise else "offered only under a condition: not an option yet"
            self.add(rule, reply.join(cue, condition), why, "refused")
        else:
            return False
        return True


def read_seller_reply(
    text: str,
    *,
    attachments: Sequence[AttachmentInfo] = (),
    item_price_eur_cents: int | None = None,
    language: str | None = None,
) -> SellerReading:
    """The return options a seller's reply offers, read from the author's own words (quoted history ignored)."""
    reply = Reply(own_words(text), text, language)
    found = _Findings(reply)
    files = [a for a in attachments if a.filename.strip() and _LABEL_MIME.fullmatch(a.mime_type.strip().lower())]
    _portal(found)
    _label_in_package(found, files)
    _label_url(found)
    _label_mentions(found, files)
    _unnamed_files(found, files)
    _return_address(found, item_price_eur_cents)
    _keep_and_refund(found, item_price_eur_cents)
    for option in sorted(found.valid & found.denied):
        # Given and denied in one reply: the valid one still counts (the decision is compliant), but say so.
        found.evidence.append(Evidence(rule=option, text="", start=0, end=0, why=CONTRADICTION))
        found.uncertain = True
    evidence = sorted(found.evidence, key=lambda e: (e.start, e.end, e.rule))
    return SellerReading(
        return_options=tuple(o for o in RETURN_OPTIONS if o in found.valid),
        refused_options=tuple(o for o in RETURN_OPTIONS if o in found.refused and o not in found.valid),
        discount_offered=found.discount,
        evidence=tuple(evidence),
        uncertain=found.uncertain,
    )


def _portal(found: _Findings) -> None:
    """A place in the marketplace ("My orders") with a word about returning; an account or the marketplace's name
    also needs a registering verb, and "contact Kaufland" is no pointer at all."""
    reply = found.reply
    places = [(span, True) for span in reply.hits("portal_path")] + [(span, False) for span in reply.hits("portal")]
    for place, is_path in places:
        start, end = place
        a, b = reply.sentence(start)
        if not (reply.any_in("return_word", a, b) or reply.any_in("label", a, b)):
            continue
        if common.OWN_SHOP.search(reply.text, max(0, start - 30), start):
            continue  # "our return portal": the seller's own
        if common.OWN_SITE.search(reply.text, start, min(b, end + 50)):
            continue  # "the Returns section of our website": the seller's own site
        if reply.any_in("in_package", a, b):
            continue  # "the return form and the label were in the parcel": what came with the goods
        if any(s <= start < e for s, e in reply.in_range("no_return", a, b)):
            continue  # "inutile de retourner l'article": the button's words, saying no return is needed
        stepped = common.NAV_STEP.search(reply.text, max(a, start - 40), min(b, end + 40)) is not None
        if not is_path and not stepped and not reply.any_in("register", a, b):
            continue
        if common.MARKETPLACE_NAME.match(reply.text[start:end]) and reply.any_in("contact", a, b):
            continue  # "ask Kaufland's customer service": a contact, not where to register the return
        found.claimed.add(reply.sentence_index(start))
        if not found.refuse_by_mood("marketplace_return_portal", place):
            found.add("marketplace_return_portal", place, "points to the marketplace's own return registration",
                      "valid")  # fmt: skip


def _label_in_package(found: _Findings, files: Sequence[AttachmentInfo]) -> None:
    reply = found.reply
    for label in reply.hits("label"):
        a, b = reply.sentence(label[0])
        ca, cb = reply.clause(label[0])
        place = reply.first_in("in_package", a, b)
        if place is None and reply.any_in("attach", ca, cb):
            place = reply.first_in("package", ca, cb)
        if place is not None and not ca <= place[0] < cb and reply.any_in("attach", ca, cb):
            place = None  # "the label is attached to this email; pack it in the original box": not in the parcel
        if place is None or not reply.any_in("presence", a, b):
            # "mit dem beigelegten Retourenschein": enclosed with the goods, unless a file is on this reply
            place = None if files else reply.first_in("enclosed", ca, cb)
        if place is None:
            continue
        found.claimed.add(reply.sentence_index(label[0]))
        cue = reply.join(label, place)
        if reply.asked(reply.sentence(label[0])):
            # "do you still have the label that was in the parcel?": whether it is there is the question
            found.add("label_in_package", cue, "only asked about in a question: a question is not a return option",
                      "refused")  # fmt: skip
            continue
        if found.refuse_by_mood("label_in_package", label, promise=True):
            continue
        found.add("label_in_package", cue, "the return label came with the delivery", "valid")


def _label_url(found: _Findings) -> None:
    reply = found.reply
    for url in reply.urls:
        index = reply.sentence_index(url[0])
        a, b = reply.sentence(url[0])
        if index > 0 and reply.word_count(a, url[0]) <= 3:
            a = reply.sentences[index - 1][0]  # "Download your label here:\nhttps://…"
        host, _, path = reply.folded_text[url[0] : url[1]].split("://")[-1].partition("/")
        labels = reply.in_range("label", a, b)
        returns = reply.in_range("return_word", a, b)
        about_returns = bool(labels or returns or common.URL_RETURN.search(f"{host}/{path}"))
        info_page = common.URL_INFO_PAGE.search(path) is not None
        if reply.in_signature(url[0]) or not about_returns:
            elsewhere = info_page or common.URL_TOPIC.search(f"{host}/{path}") or reply.any_in("document", a, b)
            if not reply.in_signature(url[0]) and path.strip("/") and not elsewhere:
                found.add("label_url", url, BARE_URL, "uncertain")  # a home page, a manual or a video says enough
            continue
        found.claimed.update(range(reply.sentence_index(a), index + 1))
        if "kaufland" in host and returns:
            found.add("marketplace_return_portal", url, "a link to the marketplace's return registration", "valid")
            continue
        if (info_page or reply.any_in("info_page", a, b)) and not labels:
            # "our returns FAQ is at shop.de/returns": a page to read about returning, not a label to print
            found.add("label_url", url, "a link to a page about returns or terms is not a label", "refused")
            continue
        mentions = labels or returns
        if mentions and all(reply.negated(m) for m in mentions):
            found.add("label_url", reply.join(mentions[0], url), "negated: the link is not a label", "refused")
            continue
        found.add("label_url", url, "a URL to download the return label", "valid")


def _label_mentions(found: _Findings, files: Sequence[AttachmentInfo]) -> None:
    reply = found.reply
    # "Send the withdrawal form back, then you get the label" with Widerrufsformular.pdf: that file is no label
    files = [f for f in files if not _document_file(reply, f)]
    named = [f for f in files if common.LABEL_FILENAME.search(reply.fold_name(f.filename))]
    for label in reply.hits("label"):
        if reply.sentence_index(label[0]) in found.claimed or reply.product_tag(label):
            continue
        if found.refuse_by_mood("label_attached", label, promise=True):
            continue
        a, b = reply.sentence(label[0])
        if files and (named or reply.any_in("attach", a, b) or reply.any_in("use", a, b)):
            file = (named or files)[0]
            why = f"a label file is attached to this reply ({file.filename}, {file.mime_type})"
            found.add("label_attached", reply.widen(label, "attach"), why, "valid")
        elif files:
            found.add("label_attached", label, UNSAID_FILE, "uncertain")
        elif placeholder := reply.placeholder("return_label_link"):
            found.add("label_url", placeholder, "the label link placeholder was never filled in", "refused")
        elif reply.any_in("link", a, b):
            found.add("label_url", reply.widen(label, "link"), "a link is mentioned but the reply has no URL",
                      "refused")  # fmt: skip
        else:
            why = "a label is mentioned but no file is attached to this reply"
            found.add("label_attached", reply.widen(label, "attach"), why, "refused")


def _document_file(reply: Reply, file: AttachmentInfo) -> bool:
    """A file named as a document that is no label (an invoice, a form), and not as a label as well."""
    name = reply.fold_name(file.filename)
    return bool(common.DOCUMENT_FILENAME.search(name)) and not common.LABEL_NOUN_FILENAME.search(name)


def _unnamed_files(found: _Findings, files: Sequence[AttachmentInfo]) -> None:
    """Files when the text names no label: a file named as the label counts, an unnamed one needs a person."""
    reply = found.reply
    if not files or reply.hits("label") or "label_attached" in found.valid:
        return
    named = [f for f in files if common.LABEL_FILENAME.search(reply.fold_name(f.filename))]
    pointers = reply.hits("attach")
    if named and (pointers or reply.hits("return_word")):
        span = pointers[0] if pointers else reply.hits("return_word")[0]
        why = f"the attached file is named as the return label ({named[0].filename})"
        found.add("label_attached", span, why, "valid")
        return
    plain = [f for f in files if common.LABEL_NOUN_FILENAME.search(reply.fold_name(f.filename))]
    if plain and not reply.hits("document"):
        # "As discussed." with "return_label_UPS.pdf": the file's name says what it is, the text names nothing else
        why = f"the attached file is named as the return label ({plain[0].filename})"
        found.add("label_attached", (0, 0), why, "valid")
        return
    if _file_to_stick(found, files):
        return
    for pointer in pointers:
        a, b = reply.sentence(pointer[0])
        unnamed = not any(_says_what_it_is(reply, f) for f in files)
        if unnamed and not reply.any_in("document", a, b):
            found.add("label_attached", pointer, UNNAMED_FILE, "uncertain")
            return


def _says_what_it_is(reply: Reply, file: AttachmentInfo) -> bool:
    """Whether a file's name says what it is: "Rechnung.pdf" does, a camera's "IMG_0912.HEIC" does not."""
    name = reply.fold_name(file.filename.strip())
    return bool(common.NAMED_FILENAME.search(name)) and not common.DEVICE_FILENAME.match(name)


def _file_to_stick(found: _Findings, files: Sequence[AttachmentInfo]) -> bool:
    """A file with "here you go, print it and stick it on the box": only a label is stuck on a parcel, so the file
    is the label, unless it is named as a document nobody sticks on anything (an invoice, a manual, a form)."""
    reply = found.reply
    if all(common.DOCUMENT_FILENAME.search(reply.fold_name(f.filename)) for f in files):
        return False
    for cue in reply.hits("stick"):
        a, b = reply.sentence(cue[0])
        if reply.any_in("document", a, b) or found.refuse_by_mood("label_attached", cue, promise=True):
            continue
        file = next(f for f in files if not common.DOCUMENT_FILENAME.search(reply.fold_name(f.filename)))
        why = f"the attached file is to be stuck on the parcel: the return label ({file.filename})"
        found.add("label_attached", cue, why, "valid")
        return True
    return False


def _return_address(found: _Findings, price: int | None) -> None:
    reply = found.reply
    refs = set(reply.hits("address_ref")) if common.ADDRESS_WORD.search(reply.text) else set()
    for address in reply.addresses():
        index = reply.sentence_index(address[0])
        a = max(reply.sentences[max(0, index - 3)][0], address[0] - 300)  # the cue may sit above a company line
        cue = (
            reply.last_in("address_cue", a, address[1])
            or reply.first_in("address_ref", a, address[1])
            or reply.last_in("return_word", reply.sentence(address[0])[0], address[0])  # "send it back to: …"
        )
        if cue is None or reply.any_in("closing", cue[1], address[0]):
            continue  # an address nobody is asked to send anything to: an imprint
        if common.BUYER_OWN.search(reply.text, max(0, cue[0] - 30), cue[0]):
            continue  # "your address …": the buyer's, not one to send the item to
        if address in refs and not _sent_to_reference(reply, address):
            continue  # "check the address on your invoice": a reference, but nothing is to be sent there
        _judge_address(found, reply.join(cue, address), cue, price)
    if placeholder := reply.placeholder("seller_return_address"):
        found.add("return_address", placeholder, "the return address placeholder was never filled in", "refused")


def _sent_to_reference(reply: Reply, ref: Span) -> bool:
    """An address given by reference is a return address when the item is to go there: a sending or returning word
    outside the reference, and no replacement on its way to the buyer."""
    a, b = reply.sentence(ref[0])
    if reply.any_in("replacement", a, b):
        return False
    index = reply.sentence_index(ref[0])
    if index > 0 and reply.word_count(a, b) <= 8:
        a = reply.sentences[index - 1][0]  # "Return's fine. The address is on the delivery note."
    words = reply.in_range("return_word", a, b) + reply.in_range("address_cue", a, b)
    return any(not (ref[0] <= s < ref[1]) for s, _ in words)


def _judge_address(found: _Findings, span: Span, cue: Span, price: int | None) -> None:
    if found.refuse_by_mood("return_address", cue):
        return
    if price is None:
        found.add("return_address", span, PRICE_UNKNOWN, "uncertain")
    elif price > EUR_LIMIT_CENTS:
        found.add("return_address", span, ADDRESS_LIMIT, "refused")
    else:
        found.add("return_address", span, f"the seller's return address, for a unit of {price / 100:.2f} EUR",
                  "valid")  # fmt: skip


def _keep_and_refund(found: _Findings, price: int | None) -> None:
    reply = found.reply
    for cue in reply.hits("discount"):
        if not reply.negated(cue):
            found.discount = True
            found.add("discount_offered", cue, "a discount to keep the item: allowed in addition, never instead",
                      "noted")  # fmt: skip
    for cue in reply.hits("no_return"):
        ca, cb = reply.clause(cue[0])
        if reply.any_in("no_return_not", ca, cb):
            continue  # keep the receipt, the packaging, us informed
        index = reply.sentence_index(cue[0])
        a = reply.sentences[max(0, index - 1)][0]
        b = reply.sentences[min(len(reply.sentences) - 1, index + 1)][1]
        if reply.partial_refund(a, b, price):
            found.discount = True
            found.add("discount_offered", cue, "a partial refund to keep the item is a discount, not a return option",
                      "noted")  # fmt: skip
            continue
        refunds = reply.in_range("refund", a, b)
        # "keep it, but we cannot refund you": the refund denied (the cue's own "no need" negates nothing else)
        said = [r for r in refunds if not _negated_outside(reply, r, cue)]
        if refunds and not said:
            found.add("refund_without_return", reply.join(cue, refunds[0]), "negated: the money is not refunded",
                      "refused")  # fmt: skip
            continue
        refund = said[0] if said else None
        if refund is not None and (hold := _refund_awaits_return(reply, refund, cue)):
            found.add("refund_without_return", reply.join(refund, hold), "the refund waits for the item to come back",
                      "refused")  # fmt: skip
            continue
        if refund is None and reply.any_in("replacement", a, b):
            continue  # keep the faulty one, a replacement is on its way: not a refund
        if found.refuse_by_mood("refund_without_return", cue):
            continue
        if refund is None and not reply.hits("refund"):
            found.add("refund_without_return", cue, KEEP_WITHOUT_REFUND, "uncertain")
            continue
        span = reply.join(cue, refund) if refund else cue
        found.add("refund_without_return", span, "the buyer is refunded and keeps the item", "valid")


def _refund_awaits_return(reply: Reply, refund: Span, cue: Span) -> Span | None:
    """A condition about the item coming back on the refund's sentence ("a refund only once it's returned"): then
    the money hangs on a return, whatever the reply says about keeping the item."""
    a, b = reply.sentence(refund[0])
    if a <= cue[0] < b:
        return None  # a condition beside the keeping itself is judged with the keeping (refuse_by_mood)
    for s, e in sorted(reply.in_range("condition", a, b) + reply.in_range("condition_local", a, b)):
        back = reply.first_in("return_word", e, b) if s > refund[0] else reply.first_in("return_word", e, refund[0])
        if back is not None and reply.word_count(e, back[0]) <= 4:
            return s, back[1]
    return None


def _negated_outside(reply: Reply, span: Span, cue: Span) -> bool:
    """Whether a negation other than the cue's own ("no need to return") reaches the span."""
    negation = reply.negated(span)
    return negation is not None and not cue[0] <= negation[0] < cue[1]


def decide(reading: SellerReading) -> Decision:
    """The decision on a seller's first reply where the policy applies: one valid option is enough."""
    if reading.return_options:
        decision: Literal["compliant", "violation", "needs_review"] = "compliant"
        why = "valid return option: " + ", ".join(reading.return_options)
    elif reading.uncertain:
        decision = "needs_review"
        doubts = dict.fromkeys(e.why for e in reading.evidence if e.why in DOUBTS)
        why = "no valid return option, and something the rules cannot settle: " + "; ".join(doubts or ["unclear"])
    else:
        decision = "violation"
        why = "no valid return option in the seller's first response"
        if reading.refused_options:
            why += " (not valid here: " + ", ".join(reading.refused_options) + ")"
        if reading.discount_offered:
            why += "; a discount to keep the item is allowed in addition to a return option, never instead"
    verdict = Evidence(rule="decision", text="", start=0, end=0, why=f"{decision}: {why}")
    return Decision(decision=decision, evidence=(*reading.evidence, verdict), why=why)
