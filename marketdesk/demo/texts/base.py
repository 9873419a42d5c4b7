"""The shape of one language's demo texts; slots like {title} and {order} are filled per ticket."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

SLOTS = (
    "name", "first", "title", "order", "ticket", "seller", "amount", "label", "address", "agent", "days",
    "cs_a", "pl_em", "pl_pan", "pl_pana",
)  # fmt: skip
# Slots every text may use: {name} {first} {title} {order} {ticket} {seller} {amount} {label} {address} {agent}
# {days}, and for grammatical gender {cs_a} (a/""), {pl_em} (em/am), {pl_pan} (Pan/Pani), {pl_pana} (Pana/Pani).
# Text modules (modules.py) use the product's own {{placeholders}} instead and are stored unfilled.


@dataclass(frozen=True, slots=True)
class LanguageTexts:
    buyer_open: Mapping[str, tuple[str, ...]]  # scenario → the buyer's first message
    buyer_more: Mapping[str, tuple[str, ...]]  # scenario → the buyer writes again: the matter is not settled
    buyer_thanks: tuple[str, ...]
    seller_reply: Mapping[str, tuple[str, ...]]  # scenario → the seller's first answer (no order action)
    seller_refund: tuple[str, ...]  # a partial refund was issued ({amount})
    seller_cancel: Mapping[str, tuple[str, ...]]  # "buyer" (asked to cancel) or "stock" (cannot deliver)
    seller_followup: tuple[str, ...]
    seller_asks: tuple[str, ...]  # a seller opens a ticket towards the buyer
    buyer_answers: tuple[str, ...]
    cs: Mapping[str, tuple[str, ...]]  # customer service to the buyer, by kind
    notes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # notify reason → the seller's note to CS
