"""Word lists of the return-option policy, one module per side and language, written against folded text.

The buyer-side lists (buyer_<lang>.py) share the fragment syntax compiled here: each fragment is a regex over
folded text, matched between word boundaries; "~" joins two parts with up to four words between them inside one
sentence, "~~" with up to eight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

# The buyer-side cues: what each key of a buyer_<lang>.py lexicon holds, in the words evidence uses.
BUYER_CUES: Final[dict[str, str]] = {
    "withdraw": "declares withdrawal from the purchase",
    "period_ask": "asks how long the cancellation period runs",
    "period_noun": "mentions the cancellation period",
    "period_days": "counts days",
    "ability": "asks whether something is possible",
    "ask": "asks for information",
    "interrogative": "starts a question",
    "return": "wants to send the item back",
    "refund": "wants the money back",
    "partial": "asks for a partial refund or a discount",
    "keep": "would keep the item",
    "unwanted": "no longer wants the item",
    "repair": "wants a repair",
    "warranty": "makes a warranty claim",
    "exchange": "wants a replacement or an exchange",
    "missing": "reports something missing from the delivery",
    "defect": "reports a defect or a wrong item",
    "delivery": "asks about the delivery",
    "cancel_order": "wants to cancel the order",
    "not_shipped": "says the order has not been shipped",
    "received": "says the item was received",
    "sent_back": "says the item was already sent back",
    "money_missing": "says the refund has not arrived",
    "request": "asks for it",
    "fl_payment_strong": "a payment provider's charge, reminder or instalments",
    "fl_payment_means": "a payment method",
    "fl_payment_weak": "a charge",
    "fl_payout": "wants a customer-account credit paid out",
    "fl_credit": "a credit balance",
    "fl_cashout": "a payout",
    "fl_coupon": "a voucher, gift card, loyalty card or coupon",
    "fl_login": "login, password or the customer account",
    "fl_invoice": "an invoice naming a company other than the seller",
    "marketplace": "names the marketplace",
}
# Keys that only shape the words around a cue: negation, clause edges, conditions, money as an object; on the buyer
# side also "instead of" in front of a wish (preference), "how" (manner), a label asked for, and "please" (polite).
BUYER_WINDOW_CUES: Final = frozenset(
    {"money", "conditional", "negator", "boundary", "self", "preference", "manner", "label", "polite"}
) | {
    "undecided",  # a doubt in front of a return in its clause ("I might send it back")
    "doubt",  # a verb of doubt anywhere earlier in the sentence ("I'm not sure yet, whether I send it back")
    "cost",  # what returning costs (postage, fees)
    "condition",  # "if" opening the sentence in front of a return ("if it breaks again, I'll send it back")
}

# Names written alike in every language, cue by cue (the buyer side's cue names).
BRAND_CUES: Final[dict[str, tuple[str, ...]]] = {
    "fl_payment_means": (
        r"paypal|klarna|consors\w*|barzahlen|blik|apple ?pay|google ?pay|click to pay|visa|mastercard|amex",
        r"american express|payu|przelewy24|twint|satispay|postepay|cartes? bancaires?",
    ),
    "fl_coupon": (r"kaufland ?card|payback",),
    "marketplace": (r"kaufland\w*",),
}

# A dot after a day number ("seit dem 12. bei Ihnen", "do 5. března") is an ordinal inside the sentence.
_SEP = r"(?:[^\w.!?\n]|(?<=\b\d)\.|(?<=\b\d\d)\.)+"
GAP = _SEP + r"(?:\w+" + _SEP + r"){0,4}?"
LONG_GAP = _SEP + r"(?:\w+" + _SEP + r"){0,8}?"
_LITERAL_LED = re.compile(r"[a-z0-9' -](?![?*+{])")


def _top_level(pattern: str) -> tuple[list[str], int]:
    """The pattern's alternatives at depth 0, and where the group it starts with closes (-1: it starts with none)."""
    parts, depth, start, close, i = [], 0, 0, -1, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = pattern.index("]", i + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            close = i if depth == 0 and close < 0 and pattern[0] == "(" else close
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]], close


def literal_led(fragment: str, limit: int = 64) -> list[str]:
    """The fragment spelt out as alternatives that start with a letter wherever a leading group allows it.

    The regex engine skips a branch that starts with a literal after one comparison but has to enter one that
    starts with a group: spelling "(?:habe|hab)~x" out as "habe~x|hab~x" made scanning several times faster.
    """
    done: list[str] = []
    todo = _top_level(fragment)[0]
    while todo:
        head = todo.pop(0)
        close = _top_level(head)[1] if head.startswith("(?:") else -1
        tail = head[close + 1 :]
        if close < 0 or tail[:1] in ("*", "+", "{") or len(done) + len(todo) > limit:
            done.append(head)
            continue
        options = _top_level(head[3:close])[0]
        if tail.startswith("?"):
            options, tail = [*options, ""], tail[1:]
        todo[:0] = [option + tail for option in options]
    return done


def cue_source(fragments: Iterable[str]) -> str:
    """One word-bounded regex for all fragments, the alternatives grouped under their first letter, longest first."""
    buckets: dict[str, list[str]] = {}
    rest: list[str] = []
    for fragment in fragments:
        for alternative in literal_led(fragment):
            body = alternative.replace("~~", LONG_GAP).replace("~", GAP)
            if _LITERAL_LED.match(body):
                buckets.setdefault(body[0], []).append(body[1:])
            else:
                rest.append(body)
    # The first alternative that matches wins, not the longest: the more specific (longer) ones go first.
    branches = [
        re.escape(first) + "(?:" + "|".join(sorted(tails, key=len, reverse=True)) + ")"
        for first, tails in buckets.items()
    ]
    branches += rest
    return r"(?<!\w)(?:" + "|".join(branches or ["(?!)"]) + r")(?!\w)"
