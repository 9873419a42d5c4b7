"""Text as the rules read it: earlier quoted messages removed, folded (lower case, no diacritics) with a map back
to the original positions so every piece of evidence can point at the words the person actually wrote."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A reply quotes the earlier conversation below a header like these, or line by line with ">".
_QUOTE_HEADERS = re.compile(
    r"^\s*(?:"
    r"on .{0,80} wrote:|am .{0,80} schrieb .{0,80}:|dne .{0,80} napsal.{0,40}:|d[nň]a .{0,80} nap[ií]sal.{0,40}:|"
    r"w dniu .{0,80} napisa[lł].{0,40}:|le .{0,80} a [ée]crit ?:|il giorno .{0,80} ha scritto:|"
    r"-{2,} ?(?:original message|urspr[üu]ngliche nachricht|p[ůu]vodn[íi] zpr[áa]va|wiadomo[śs][ćc] oryginalna|"
    r"message d'origine|messaggio originale) ?-{2,}"
    r")\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# The same headers for readers that look at one line at a time (fullmatch on a line).
QUOTE_HEADERS = _QUOTE_HEADERS
# Folding beyond accents: letters that do not decompose.
_EXTRA = {
    "ł": "l",
    "Ł": "l",
    "ß": "ss",
    "đ": "d",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "’": "'",
    "‘": "'",
    "„": '"',
    "“": '"',
    "”": '"',
}


def strip_quoted(text: str) -> str:
    """The author's own words: everything before a quote header, without lines quoted with '>'."""
    match = _QUOTE_HEADERS.search(text)
    own = text[: match.start()] if match else text
    return "\n".join(line for line in own.split("\n") if not line.lstrip().startswith(">"))


@dataclass(frozen=True, slots=True)
class Folded:
    """`folded` is the text lower-cased without diacritics; `origin[i]` is where folded[i] came from."""

    original: str
    folded: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the folded span [start, end)."""
        if start >= len(self.origin):
            return len(self.original), len(self.original)
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, last

    def excerpt(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


def fold_by_character(text: str) -> Folded:
    """The reference folding, one character at a time (fold() gives the same result faster)."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        replacement = _fold_char(char)
        for piece in replacement:
            chars.append(piece)
            origin.append(index)
    return Folded(original=text, folded="".join(chars), origin=tuple(origin))


def _fold_char(char: str) -> str:
    replacement = _EXTRA.get(char)
    if replacement is None:
        decomposed = unicodedata.normalize("NFKD", char)
        replacement = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return replacement


# Each character's folding, learnt once, so str.translate does the work in C; characters that do not fold one
# to one (ß → ss, a lone accent → "") send the text the slow way, which keeps the position map exact.
_TABLE: dict[int, str] = {}
_UNEVEN: set[str] = set()


def fold(text: str) -> Folded:
    identity = tuple(range(len(text)))
    if text.isascii():
        return Folded(original=text, folded=text.lower(), origin=identity)
    chars = set(text)
    for char in chars:
        if ord(char) not in _TABLE:
            _TABLE[ord(char)] = replacement = _fold_char(char)
            if len(replacement) != 1:
                _UNEVEN.add(char)
    if not chars.isdisjoint(_UNEVEN):
        return fold_by_character(text)
    return Folded(original=text, folded=text.translate(_TABLE), origin=identity)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a rule fired: the rule's id, the words (as written) and where they are, and the reason in words."""

    rule: str
    text: str
    start: int
    end: int
    why: str

    def as_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "text": self.text, "start": self.start, "end": self.end, "why": self.why}


def find(folded: Folded, pattern: re.Pattern[str], rule: str, why: str) -> list[Evidence]:
    """Every match of a pattern written against folded text, as evidence in original positions."""
    found = []
    for match in pattern.finditer(folded.folded):
        a, b = folded.span(match.start(), match.end())
        found.append(Evidence(rule=rule, text=folded.original[a:b], start=a, end=b, why=why))
    return found
