"""A seller's reply laid out for the rules: own words only, folded, cut into sentences and clauses, cues found once."""

from __future__ import annotations

import bisect
import re

from marketdesk.policy.lexicon import seller_common as common
from marketdesk.policy.lexicon import seller_cs, seller_de, seller_en, seller_fr, seller_it, seller_pl, seller_sk
from marketdesk.policy.text import QUOTE_HEADERS, Evidence, fold

Span = tuple[int, int]
LEXICONS = tuple(m.LEXICON for m in (seller_de, seller_cs, seller_sk, seller_pl, seller_fr, seller_it, seller_en))
_GLOBAL = common.compile_global(LEXICONS)
_LOCAL = {lexicon.code: common.compile_local(lexicon) for lexicon in LEXICONS}
_STOPWORDS = common.stopword_languages(LEXICONS)
ALL_LANGUAGES = tuple(_LOCAL)

# A full stop after these is no sentence end ("Musterstr. 5", "z.B.", "ul. Polna", "sp. z o.o.").
_ABBREVIATION = re.compile(
    r"(?:\b(?:str|nr|no|ca|bzw|usw|vgl|ggf|evtl|inkl|zzgl|tel|ul|al|pl|sp|o\.o|s\.r\.o|tj|np|tzn|itd|cca|mr|mrs|dr"
    r"|st|ad|bd|av|c|z|hd|attn|e\.g|i\.e|z\.b|d\.h|u\.a|etc|vs)|(?<!\d)\d{1,2})$"
)  # one or two digits are an ordinal or a date ("am 12. Februar"); "order 1029384." ends the sentence
_BREAK = re.compile(r"[.!?]+(?=[\s\"')]|$)|\n")
_CLAUSE = re.compile(r"[,;:()\u2013\u2014]| - |\.{3}")
_WORD = re.compile(r"[^\W_]+")
_MASK = re.compile(r"\S")


def own_words(text: str) -> str:
    """The text with quoted earlier messages blanked out, so positions stay those of the original.

    A quote header followed by lines quoted with ">" quotes only those lines: a reply written below them (the
    header at the top, "On … wrote:\n> …\n\nLabel attached.") is the author's. A header followed by plain lines
    quotes the rest of the message."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(">"):
            out.append(_MASK.sub(" ", line))
            i += 1
            continue
        if QUOTE_HEADERS.fullmatch(line) is None:
            out.append(line)
            i += 1
            continue
        following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), len(lines))
        if following == len(lines) or not lines[following].lstrip().startswith(">"):
            out.extend(_MASK.sub(" ", rest) for rest in lines[i:])
            break
        out.extend(_MASK.sub(" ", rest) for rest in lines[i:following])
        i = following
    return "\n".join(out)


def detect_languages(folded: str, hint: str | None) -> tuple[str, ...]:
    """The languages the message is written in (most stopwords, and any close second); the hint breaks ties."""
    scores = dict.fromkeys(ALL_LANGUAGES, 0)
    for word in _WORD.findall(folded, 0, 1500):  # the opening is enough to tell
        for code in _STOPWORDS.get(word, ()):
            scores[code] += 1
    best = max(scores.values())
    if best == 0:
        return (hint,) if hint in _LOCAL else ALL_LANGUAGES
    chosen = tuple(code for code, score in scores.items() if score >= max(2, best * 0.5) or score == best)
    if hint in _LOCAL and hint not in chosen and scores[hint] >= best * 0.5:
        chosen += (hint,)
    return chosen


class Reply:
    """The own words of one reply. Cue categories are matched over the whole text once; the words that qualify a
    cue (negation, condition, promise…) only inside the sentences that hold a cue — most replies have few."""

    def __init__(self, own: str, original: str, language: str | None) -> None:
        self.original = original
        self.folded = fold(own)
        raw = self.folded_text = self.folded.folded
        urls = [self._trim(a, b) for a, b in common.find_urls(raw)]
        self.urls: list[Span] = [u for u in urls if u[1] > u[0]]
        self.placeholders = (
            {m.group(1): (m.start(), m.end()) for m in common.PLACEHOLDER.finditer(raw)} if "{{" in raw else {}
        )
        # URLs, e-mail addresses and placeholders are not words: "retoure@shop.de" mentions no return.
        emails = common.find_emails(raw) if "@" in raw else []
        blanks = [*self.urls, *emails, *self.placeholders.values()]
        if blanks:
            chars = list(raw)
            for a, b in blanks:
                chars[a:b] = " " * (b - a)
            raw = "".join(chars)
        self.text = raw
        self.languages = detect_languages(raw, language)
        self.sentences = self._split_sentences()
        self._sentence_ends = [b for _, b in self.sentences]
        self._whole: dict[str, list[Span]] = {}
        self._starts: dict[str, list[int]] = {}
        self._local: dict[tuple[str, int], list[Span]] = {}
        self._cuts: dict[int, list[int]] = {}
        self._signature: int | None = None

    def _trim(self, start: int, end: int) -> Span:
        while end > start and self.folded_text[end - 1] in ".,;:!?)]'\"":
            end -= 1
        return start, end

    def _split_sentences(self) -> list[Span]:
        text, original, origin = self.text, self.folded.original, self.folded.origin
        ends: list[int] = []
        line_start = 0
        for m in _BREAK.finditer(text):
            if m.group() == "\n":
                line = text[line_start : m.start()].strip()
                nxt = m.end()
                while nxt < len(text) and text[nxt] in " \t":
                    nxt += 1
                first = original[origin[nxt]] if nxt < len(text) else ""
                wrapped = len(line) >= 50 and line[-1:].isalnum() and first.isalpha() and first.islower()
                line_start = m.end()
                if wrapped:
                    continue  # a line wrapped by the mail program, not a new sentence
            elif m.group() == "." and _ABBREVIATION.search(text, max(0, m.start() - 6), m.start()):
                continue
            ends.append(m.end())
        spans: list[Span] = []
        start = 0
        for end in [*ends, len(text)]:
            if text[start:end].strip():
                spans.append((start, end))
                start = end
            elif spans:
                spans[-1] = (spans[-1][0], end)
                start = end
        return spans or [(0, len(text))]

    # -- cues --------------------------------------------------------------------------------------------------------

    def _patterns(self, category: str) -> list[re.Pattern[str]]:
        if category in common.LOCAL_CATEGORIES:
            return [_LOCAL[code][category] for code in self.languages]
        return [_GLOBAL[category]]

    def _scan(self, category: str, a: int, b: int) -> list[Span]:
        found = [(m.start(), m.end()) for p in self._patterns(category) for m in p.finditer(self.text, a, b)]
        return sorted(found) if len(self._patterns(category)) > 1 else found

    def hits(self, category: str) -> list[Span]:
        """Every match of the category in the whole reply."""
        found = self._whole.get(category)
        if found is None:
            found = self._whole[category] = self._scan(category, 0, len(self.text))
            self._starts[category] = [s for s, _ in found]
        return found

    def in_range(self, category: str, a: int, b: int) -> list[Span]:
        """Matches starting in [a, b): from the whole-reply matches if there are any, else sentence by sentence."""
        if category in self._whole:
            found, starts = self._whole[category], self._starts[category]
            return found[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        result: list[Span] = []
        for i in range(self.sentence_index(a), self.sentence_index(max(a, b - 1)) + 1):
            key = (category, i)
            local = self._local.get(key)
            if local is None:
                local = self._local[key] = self._scan(category, *self.sentences[i])
            result.extend(span for span in local if a <= span[0] < b)
        return result

    def any_in(self, category: str, a: int, b: int) -> bool:
        return bool(self.in_range(category, a, b))

    def first_in(self, category: str, a: int, b: int) -> Span | None:
        found = self.in_range(category, a, b)
        return found[0] if found else None

    def last_in(self, category: str, a: int, b: int) -> Span | None:
        found = self.in_range(category, a, b)
        return found[-1] if found else None

    def covered(self, category: str, position: int) -> bool:
        return any(s <= position < e for s, e in self.in_range(category, *self.sentence(position)))

    # -- layout ------------------------------------------------------------------------------------------------------

    def sentence_index(self, position: int) -> int:
        return min(bisect.bisect_right(self._sentence_ends, position), len(self.sentences) - 1)

    def sentence(self, position: int) -> Span:
        return self.sentences[self.sentence_index(position)]

    def clause(self, position: int) -> Span:
        """The clause around a position: the sentence cut at commas, "but" and where a condition begins."""
        index = self.sentence_index(position)
        cuts = self._cuts.get(index)
        if cuts is None:
            a, b = self.sentences[index]
            found = {a, b, *(m.end() for m in _CLAUSE.finditer(self.text, a, b))}
            for category in ("contrast", "condition", "condition_local"):
                found.update(s for s, _ in self.in_range(category, a, b))
            cuts = self._cuts[index] = sorted(found)
        i = bisect.bisect_right(cuts, position)
        return cuts[max(0, i - 1)], cuts[min(i, len(cuts) - 1)]

    def word_count(self, a: int, b: int) -> int:
        return len(_WORD.findall(self.text, a, b)) if b > a else 0

    def in_signature(self, position: int) -> bool:
        """After the last "kind regards": a signature, where addresses and URLs offer nothing."""
        if self._signature is None:
            closings = self.hits("closing")
            self._signature = closings[-1][0] if closings else len(self.text)
        return position >= self._signature

    # -- mood --------------------------------------------------------------------------------------------------------

    def negated(self, cue: Span) -> Span | None:
        """A negation in the cue's clause within eight words, not across "and"/"therefore", not "no problem"."""
        a, b = cue
        ca, cb = self.clause(a)
        cb = max(cb, self.clause(max(a, b - 1))[1])
        for s, e in sorted(self.in_range("negation", ca, cb) + self.in_range("negation_local", ca, cb)):
            if a <= s < b or self.covered("not_negation", s):
                continue
            gap = (e, a) if e <= a else (b, s)
            if self.word_count(*gap) <= 8 and not self.any_in("coordinator", *gap):
                return s, e
        for s, e in self.in_range("negation_tight", ca, a):
            if self.word_count(e, a) <= 2 and not self.covered("not_negation", s):
                return s, e
        return None

    def asked(self, sentence: Span) -> bool:
        a, b = sentence
        return self.text[a:b].rstrip().endswith("?")

    def offer_question(self, sentence: Span) -> bool:
        a, b = sentence
        return self.text[a:b].rstrip().endswith("?") and self.any_in("offer_question", a, b)

    def real_condition(self, a: int, b: int) -> Span | None:
        for s, e in sorted(self.in_range("condition", a, b) + self.in_range("condition_local", a, b)):
            if not self.covered("benign_condition", s):
                return s, e
        return None

    def bare_condition(self, cue: Span, condition: Span) -> bool:
        """A condition in the label's own clause with nothing there to say the label is at hand."""
        ca, cb = self.clause(cue[0])
        present = self.any_in("attach", ca, cb) or self.any_in("use", ca, cb) or self.any_in("attach_adj", ca, cb)
        return ca <= condition[0] < cb and not present

    def promised(self, cue: Span) -> Span | None:
        """Sending words that put the label in the future: "we will send", "once you confirm we send", "tomorrow"."""
        ca, cb = self.clause(cue[0])
        sa, sb = self.sentence(cue[0])
        if found := self.first_in("send_future", ca, cb):
            return found
        send = self.first_in("send", ca, cb)
        if send and self.any_in("future", ca, cb):
            return send
        beside = self.word_count(ca, cue[0]) <= 3 and self.any_in("attach_adj", ca, cue[1] + 30)
        if send and not beside and (self.real_condition(sa, sb) or self.any_in("later", sa, sb)):
            return send
        later = self.first_in("later", ca, cb)
        if later and not (self.any_in("attach", ca, cb) or self.any_in("use", ca, cb)):
            return later
        return None

    # -- particular cues ---------------------------------------------------------------------------------------------

    def product_tag(self, label: Span) -> bool:
        """Whether the label is the goods' own tag ("with original labels attached"), not a return label."""
        return common.PRODUCT_TAG.search(self.text, max(0, label[0] - 25), label[1] + 25) is not None

    def placeholder(self, name: str) -> Span | None:
        return self.placeholders.get(name)

    def addresses(self) -> list[Span]:
        """Addresses outside the signature: "street number, postcode city", or a postcode and city after an
        address cue, or an address given by reference ("the sender's address on the parcel")."""
        found: list[Span] = []
        text = self.text
        for postcode in common.POSTCODE_CITY.finditer(text):
            if self.in_signature(postcode.start()):
                continue
            # Anchored on the postcode, the street is looked for on its line and the line before.
            line = text.rfind("\n", 0, max(0, text.rfind("\n", 0, postcode.start()) - 1)) + 1
            start = max(0, line, postcode.start() - 120)
            street = common.STREET_BEFORE.search(text[start : postcode.start()])
            if street:
                found.append((start + street.start(), postcode.end()))
            elif self.any_in("address_cue", max(0, postcode.start() - 150), postcode.start()):
                found.append((postcode.start(), postcode.end()))  # "Rücksendeadresse: Postfach, 04435 Schkeuditz"
        if not common.ADDRESS_WORD.search(text):
            return sorted(found)
        for ref in self.hits("address_ref"):
            if not any(s <= ref[0] < e for s, e in found):
                found.append(ref)
        return sorted(found)

    def partial_refund(self, a: int, b: int, price_eur_cents: int | None = None) -> bool:
        """A discount word, a percentage below 100 or an amount not called the full price, between a and b.

        An amount that reaches the unit's price paid is the full price ("the refund of 49.99 EUR" for a 49.99 EUR
        unit), said without the word "full"."""
        if any(not self.negated(d) for d in self.in_range("discount", a, b)):
            return True
        if any(m.group(1) != "100" for m in common.PERCENT.finditer(self.text, a, b)):
            return True
        if common.AMOUNT.search(self.text, a, b) is None or self.any_in("full", a, b):
            return False
        if price_eur_cents is not None:
            stated = [common.amount_eur_cents(m) for m in common.AMOUNT_VALUE.finditer(self.text, a, b)]
            if any(value is not None and value >= price_eur_cents for value in stated):
                return False
        return True

    # -- evidence ----------------------------------------------------------------------------------------------------

    @staticmethod
    def join(first: Span, second: Span) -> Span:
        return min(first[0], second[0]), max(first[1], second[1])

    def widen(self, cue: Span, category: str) -> Span:
        """The cue with a word of that category in its clause: "Rücksendeetikett … anbei"."""
        ca, cb = self.clause(cue[0])
        other = self.first_in(category, ca, cb)
        return self.join(cue, other) if other else cue

    @staticmethod
    def fold_name(filename: str) -> str:
        return fold(filename).folded

    def evidence(self, rule: str, span: Span, why: str) -> Evidence:
        a, b = self.folded.span(*span)
        return Evidence(rule=rule, text=self.original[a:b], start=a, end=b, why=why)
