"""The shape of a seller-side lexicon, the cues no language owns (URLs, amounts, addresses), and their compilation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields

# Every fragment is a regex over folded text (lower case, no diacritics), matched between word boundaries.
Fragments = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SellerLexicon:
    """One language's words for the seller's reply. Empty categories never match."""

    code: str
    stopwords: str  # frequent function words, space-separated: which language the message is in
    # what the reply is about
    label: Fragments = ()  # the return label itself, every case and compound
    link: Fragments = ()  # a link, downloading, clicking
    attach: Fragments = ()  # "attached", "here is": a document on this very message
    attach_adj: Fragments = ()  # "the attached label": attachment as an attribute of the noun
    use: Fragments = ()  # print it, stick it on: the label exists for the buyer to use
    stick: Fragments = ()  # stick it on the parcel: only a label is stuck on, so a file to stick is the label
    document: Fragments = ()  # other things one attaches (invoice, photo, manual): says what a file is
    info_page: Fragments = ()  # FAQ, policy, conditions, more information: a page to read, not a label to print
    package: Fragments = ()  # the parcel the buyer received
    in_package: Fragments = ()  # "in the parcel", "dem Paket bei"
    enclosed: Fragments = ()  # "the enclosed label" meaning the one in the parcel (when no file is attached)
    presence: Fragments = ()  # "is", "was included", "you will find": something is there
    address_cue: Fragments = ()  # "address", "send it to"
    address_ref: Fragments = ()  # "the sender's address on the parcel": an address given by reference
    return_word: Fragments = ()  # returning the item
    portal: Fragments = ()  # customer account: needs a registering verb nearby
    portal_path: Fragments = ()  # "my orders", "return portal": a place in the marketplace itself
    register: Fragments = ()  # register, start, select, click
    contact: Fragments = ()  # "contact customer service": not a pointer to a return registration
    no_return: Fragments = ()  # "you need not send it back", "keep the item"
    no_return_not: Fragments = ()  # keep the receipt / packaging: not keeping the item
    refund: Fragments = ()  # money back
    full: Fragments = ()  # the whole price
    discount: Fragments = ()  # discount, partial refund, voucher
    replacement: Fragments = ()  # a replacement or repair instead of money
    # how the reply says it
    negation: Fragments = ()
    negation_local: Fragments = ()  # negators that mean something else in another language ("ne", "non", "no")
    negation_tight: Fragments = ()  # "without": negates only the next few words
    not_negation: Fragments = ()  # "not only", "no problem", "don't hesitate": negative words that negate nothing
    coordinator: Fragments = ()  # "and", "therefore": a negation does not reach across them
    condition: Fragments = ()  # "once", "as soon as", "after you confirm"
    condition_local: Fragments = ()  # "si", "se", "az": conditions only in their own language
    benign_condition: Fragments = ()  # "if you wish", "once the item is back": a condition that withholds nothing
    later: Fragments = ()  # later, separately, by e-mail
    future: Fragments = ()  # future auxiliaries
    send: Fragments = ()  # the seller sends / the buyer receives
    send_future: Fragments = ()  # sending forms that are future by themselves (perfective verbs)
    offer_question: Fragments = ()  # "shall we", "do you want"
    contrast: Fragments = ()  # "but", "or": a new clause
    closing: Fragments = ()  # "kind regards": what follows is a signature


CATEGORIES = tuple(f.name for f in fields(SellerLexicon) if f.name not in ("code", "stopwords"))
# Words that mean something else in another language apply only when the message is in their language: Czech "ma"
# (has) is Italian "but", Polish "o" (about) is Italian "or", English "send" starts German "senden" (you send).
LOCAL_CATEGORIES = (
    "negation_local", "condition_local", "coordinator", "offer_question", "contrast", "future", "send", "send_future",
)  # fmt: skip
NEVER = re.compile(r"(?!)")

# Shared cues. URLs with or without a scheme; a bare domain needs a known top-level domain.
_URL_CHARS = r"[^\s<>\"'()\[\]{}]"
SCHEME_URL = re.compile(rf"(?:https?://|www\.){_URL_CHARS}+")
# A URL without a scheme is found by its top-level domain followed by a path ("dhl.de/retoure"), then widened.
DOMAIN_PATH = re.compile(r"\.(?:de|at|com|cz|sk|pl|fr|it|eu|net|org|shop|info|io|co)/")
URL_START = re.compile(r"[a-z0-9][a-z0-9.\-]*$")
URL_REST = re.compile(rf"{_URL_CHARS}*")
EMAIL_USER = re.compile(r"[\w.+\-]+$")
EMAIL_HOST = re.compile(r"[\w\-]+(?:\.[\w\-]+)+")
PLACEHOLDER = re.compile(r"\{\{\s*(return_label_link|seller_return_address)\s*\}\}")
# Words in a URL that make it a return link; and pages that are about returns without being a label.
URL_RETURN = re.compile(
    r"retour|ruck|rueck|return|label|etikett|stitek|stitok|vrac|vrat|zwrot|etykiet|etiquette|etichett|reso|dhl|gls"
    r"|ups|dpd|hermes|ppl|zasilkovna|packeta|inpost|colissimo|brt|sda|poste|paket"
)
URL_INFO_PAGE = re.compile(
    r"agb|terms|policy|polic|widerruf|datenschutz|privacy|faq|impressum|imprint|condition|cgv|regulamin|podminky"
    r"|reklamac|condizioni|hilfe|help|service|kontakt|contact|about|info"
)
PERCENT = re.compile(r"\b(\d{1,3})(?:[.,]\d+)? ?(?:%|prozent|procent|percent|pour ?cent|per ?cento|percento)")
AMOUNT = re.compile(
    r"(?:\b\d+(?:[.,]\d{1,2})? ?(?:€|eur|euro|euros|kc|czk|korun|zl|pln|zlotych|zloty)(?!\w)"
    r"|(?:€|eur) ?\d+(?:[.,]\d{1,2})?)"
)
# An amount with its value: thousands grouped by a space or a dot ("1 299 Kč", "1.299,00 €"), the currency after
# or before the number.
_CURRENCY = r"€|eur|euro|euros|kc|czk|korun|zl|pln|zlotych|zloty"
AMOUNT_VALUE = re.compile(
    rf"(?<![\d.,])(\d{{1,3}}(?:[ .]\d{{3}})+|\d+)(?:[.,](\d{{1,2}}))?(?!\d) ?({_CURRENCY})(?!\w)"
    rf"|(?<!\w)(€|eur) ?(\d{{1,3}}(?:[ .]\d{{3}})+|\d+)(?:[.,](\d{{1,2}}))?(?!\d)"
)
# An amount of money inside a lexicon fragment ("19,99 €", "€19.99", "1 299 Kč", "89 zł"): a euro sign after the
# number is left to a lookahead, so a fragment that ends on the amount still ends on a word character.
MONEY = (
    r"(?:(?:€|eur) ?\d+(?:[ .]\d{3})*(?:[.,]\d{1,2})?"
    r"|\d+(?:[ .]\d{3})*(?:[.,]\d{1,2})?(?: ?(?:eur\w*|kc|czk|korun\w*|zl\w*|pln)| ?€(?= \w)|(?= ?€)))"
)
# What one unit of a currency named in a reply is worth in euro cents, as the storefronts ship: a stated amount is
# compared with the unit's price only roughly, so configured rates are not needed.
_CURRENCY_CENTS = {"€": 100, "eur": 100, "euro": 100, "euros": 100, "kc": 4, "czk": 4, "korun": 4, "zl": 23,
                   "pln": 23, "zlotych": 23, "zloty": 23}  # fmt: skip
# Configured rates may differ a little from the shipped ones: a CZK or PLN amount counts up to 3 % more.
_RATE_SLACK = {100: 1.0, 4: 1.03, 23: 1.03}


def amount_eur_cents(match: re.Match[str]) -> int | None:
    """The euro cents an AMOUNT_VALUE match may be worth (a little more for CZK and PLN, whose rates vary)."""
    number, fraction, currency = match.group(1, 2, 3) if match.group(1) else match.group(5, 6, 4)
    if number is None or currency is None:
        return None
    units = int(number.replace(" ", "").replace(".", "")) * 100 + int((fraction or "0").ljust(2, "0"))
    rate = _CURRENCY_CENTS[currency]
    return int(units * rate / 100 * _RATE_SLACK[rate])


# Files named as a document that is never stuck on a parcel (invoice, manual, form): "print it and stick it on"
# does not make them the label.
DOCUMENT_FILENAME = re.compile(
    r"rechnung|invoice|faktur|facture|fattura|manual|anleitung|navod|instrukc|notice|istruzion|agb|terms|widerruf"
    r"|formular|formulaire|modulo|formularz|katalog|catalog|lieferschein|delivery|dodaci|protokol|certifik|zertifik"
    r"|garant|warrant|gwaranc"
)
# A file named with the word for a label itself ("return_label_UPS.pdf", "stitek.png"): it says what it is without a
# word in the text; "retoure.pdf" or "dhl.pdf" may be a form or a receipt and needs the text to say so.
LABEL_NOUN_FILENAME = re.compile(r"label|etikett|etiket|stitek|stitok|etykiet|etiquette|etichett")
# A camera's or scanner's own name for a file ("IMG_0912.HEIC", "DSC01234.jpg", "Scan 2026-03-14.pdf"): it says
# nothing about what the file shows.
DEVICE_FILENAME = re.compile(
    r"^(?:img|dsc|dscn|dcim|pxl|image|photo|foto|scan|sken|skan|pict|pic|wp)[\s_\-]*\d[\w\s\-]*\.\w+$"
)
LABEL_FILENAME = re.compile(
    r"label|etikett|etiket|retour|return|ruck|rueck|stitek|stitok|etykiet|etiquette|etichett|dhl|gls|ups|dpd|hermes"
    r"|ppl|zasilkovna|packeta|inpost|colissimo|chronopost|brt|sda|versand|shipping|waybill|przewoz|bordereau|qr"
)
NAMED_FILENAME = re.compile(
    r"rechnung|invoice|faktur|facture|fattura|foto|photo|bild|image|img|pict|zdjec|snimek|obrazek|manual|anleitung"
    r"|navod|instrukc|notice|istruzion|agb|terms|widerruf|formular|formulaire|modulo|formularz|katalog|catalog"
    r"|screenshot|lieferschein|delivery|dodaci|protokol|certifik|zertifik|garant|warrant|gwaranc"
)
# Addresses: "street number, postcode city" in the orders Europe writes them, optionally with one line between.
_STREET_NUMBER = r"[a-z][a-z'.\-]*(?: [a-z][a-z'.\-]*){0,3} \d{1,4}[a-z]?(?: ?[/\-] ?\d{1,4}[a-z]?)?\b"
_NUMBER_STREET = (
    r"\d{1,4}(?: ?(?:bis|ter|[a-z]))?,? (?:rue|avenue|av\.|boulevard|bd|chemin|allee|place|impasse|route|quai|cours"
    r"|street|st\.?|road|rd\.?|lane|way|drive|square)\b[a-z'.\- ]{0,40}?"
)
_NAME_STREET = (
    r"\d{1,4}[a-z]? (?:[a-z'\-]+ ){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|way|drive|dr|close|court|place|square"
    r"|park|terrace|crescent)\b\.?"
)
_POSTCODE_CITY = r"(?:[a-z]{1,2}-)?(?:\d{5}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}) +[a-z][a-z'\-]+"
_BETWEEN = r" *[,\n]? *(?:[^\n,\d]{1,60}[,\n] *)?"
STREET_BEFORE = re.compile(rf"(?:{_STREET_NUMBER}|{_NUMBER_STREET}|{_NAME_STREET}){_BETWEEN}\n?$")
# Found by its digits first (a "D-" before them is left out of the match): the regex engine skips to digits fast.
POSTCODE_CITY = re.compile(r"\d(?<!\w\d)(?<!\d-\d)(?:\d{4}|\d{2} \d{2}|\d-\d{3}|\d{3})(?![\d\-]) +[a-z][a-z'\-]+")
# "Our return portal" is the seller's own, not the marketplace's (de, en, cs/sk/pl, fr, it).
OWN_SHOP = re.compile(r"\b(?:unser\w*|our|nas\w*|notre|nos|nostr\w*)\s+(?:\w+\s+)?$")
# "The Returns section of our website": a place on the seller's own site, not the marketplace's (de, en, cs/sk, pl,
# fr, it).
OWN_SITE = re.compile(
    r"\b(?:unser\w*|our|nas\w*|naszej|naszym|notre|nostro|nostra)\s+(?:\w+\s+)?(?:web\w*|site|shop|online-?shop"
    r"|homepage|internet\w*|stran\w*|stron\w*|sito|e-?shop|portal\w*)"
)
# "Mein Konto → Bestellungen → Zurückgeben": a menu path spelt out step by step is as concrete as "My orders".
NAV_STEP = re.compile(r"\s?(?:→|->|=>|>|»|›|⇒)\s?")
# "Your address" is the buyer's: no return address.
BUYER_OWN = re.compile(
    r"\b(?:ihre?[nmrs]?|deine?[nmrs]?|your|vas\w*|pana|pani|panstwa|twoj\w*|votre|vos|sua|suo|tuo|tua)\s+(?:\w+\s+)?$"
)
# A URL about something else than returning: a manual, a video, a product page, help pages.
URL_TOPIC = re.compile(
    r"anleitung|manual|video|youtu|vimeo|navod|instrukc|guide|tutorial|istruzion|notice|emploi|article|artikel"
    r"|produkt|product|item|blog|news|help|hilfe|support|faq|pomoc|aiuto|aide"
)
# "Original labels", "Preisetikett", "care label": the goods' own tags, not a return label.
PRODUCT_TAG = re.compile(r"\b(?:origin\w*|puvodn\w*|oryginal\w*|wasch\w*|pflege\w*|care|preis\w*|price|cenov\w*)")
# Every address_ref fragment names the address: the whole-text scan for them is skipped when none of these occur.
ADDRESS_WORD = re.compile(r"adres|address|anschrift|absender|indirizz")
MARKETPLACE = (
    r"kaufland\w*(?:\.\w+)?", r"marktplatz\w*", r"marketplace", r"trzist\w*", r"trhovisk\w*", r"platform\w*",
    r"plattform\w*", r"place de marche", r"piattaforma",
)  # fmt: skip
MARKETPLACE_NAME = re.compile(r"(?:" + "|".join(MARKETPLACE) + r")$")
SCOPE = re.compile(r"[^\W\d_]+|\d+")  # a word, for distances


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans of URLs with a scheme, "www." or a domain followed by a path; not inside an e-mail address."""
    spans = [m.span() for m in SCHEME_URL.finditer(text)] if "://" in text or "www." in text else []
    if "/" in text:
        for m in DOMAIN_PATH.finditer(text):
            head = URL_START.search(text, max(0, m.start() - 80), m.start())
            if head is None or (head.start() > 0 and text[head.start() - 1] in "@/.:-"):
                continue
            end = URL_REST.match(text, m.end()).end()  # type: ignore[union-attr]  # "*" always matches
            if not any(a <= head.start() < b for a, b in spans):
                spans.append((head.start(), end))
    return sorted(spans)


def find_emails(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = text.find("@")
    while at > 0:
        user, host = EMAIL_USER.search(text, max(0, at - 64), at), EMAIL_HOST.match(text, at + 1)
        if user and host:
            spans.append((user.start(), host.end()))
        at = text.find("@", at + 1)
    return spans


def _group_end(fragment: str) -> int:
    """Index just past the group that opens the fragment ("(?:" … ")"), or -1."""
    depth, i = 0, 0
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = fragment.index("]", i + 2)  # a class cannot be empty, so "[]…]" never occurs here
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _top_level_split(inner: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(inner):
        char = inner[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = inner.index("]", i + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
        i += 1
    return [*parts, inner[start:]]


def expand(fragment: str, budget: int = 48) -> list[str]:
    """The fragment as alternatives that begin with a letter where a leading group allows it:
    "(?:mit )?gruss" → "mit gruss", "gruss"; "(?:a|b)c" → "ac", "bc". Same matches, same order of preference."""
    if not fragment.startswith("(?:"):
        return [fragment]
    end = _group_end(fragment)
    if end < 0:
        return [fragment]
    alternatives = _top_level_split(fragment[3 : end - 1])
    rest = fragment[end:]
    if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
        alternatives, rest = [*alternatives, ""], rest[1:]
    elif rest[:1] in ("*", "+", "{", "?"):
        return [fragment]
    out: list[str] = []
    for alternative in alternatives:
        out.extend(expand(alternative + rest, budget // max(1, len(alternatives))) if budget > 1 else [fragment])
    return out if len(out) <= budget else [fragment]


def _union(fragments: Iterable[str]) -> re.Pattern[str]:
    """One pattern for many fragments, factored by first letter: the regex engine skips an alternative on its first
    character only when that character is a literal, and tries the others one by one at every word boundary."""
    buckets: dict[str, list[str]] = {}
    other: list[str] = []
    for fragment in fragments:
        for alternative in expand(fragment):
            first, rest = alternative[:1], alternative[1:]
            if first.isalnum() and rest[:1] not in ("?", "*", "+", "{"):
                buckets.setdefault(first, []).append(rest)
            elif alternative:
                other.append(alternative)
    if not buckets and not other:
        return NEVER
    parts = [f"{first}(?:{'|'.join(rests)})" for first, rests in buckets.items()]
    return re.compile(r"\b(?:" + "|".join([*parts, *other]) + r")\b")


def compile_global(lexicons: Iterable[SellerLexicon]) -> dict[str, re.Pattern[str]]:
    """Category → one pattern with every language's fragments (a reply may be in any language)."""
    lexicons = tuple(lexicons)
    extra: Mapping[str, Fragments] = {"portal": MARKETPLACE}
    return {
        name: _union([*(f for lexicon in lexicons for f in getattr(lexicon, name)), *extra.get(name, ())])
        for name in CATEGORIES
        if name not in LOCAL_CATEGORIES
    }


def compile_local(lexicon: SellerLexicon) -> dict[str, re.Pattern[str]]:
    """Category → the fragments that apply only when the message is in this language."""
    return {name: _union(getattr(lexicon, name)) for name in LOCAL_CATEGORIES}


def stopword_languages(lexicons: Iterable[SellerLexicon]) -> dict[str, tuple[str, ...]]:
    """Stopword → the languages it belongs to ("je" is Czech and Slovak)."""
    found: dict[str, tuple[str, ...]] = {}
    for lexicon in lexicons:
        for word in lexicon.stopwords.split():
            found[word] = (*found.get(word, ()), lexicon.code)
    return found
