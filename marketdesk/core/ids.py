"""Identifiers: ticket numbers, order numbers and order-unit ids, random so they leak no volume."""

from __future__ import annotations

import contextlib
import random
import re
import secrets
import string
from collections.abc import Iterator

_rng: random.Random = secrets.SystemRandom()
TICKET_NUMBER_RE = re.compile(r"^001\d{8}$")
_ORDER_ALPHABET = string.ascii_uppercase + string.digits


@contextlib.contextmanager
def seeded(rng: random.Random) -> Iterator[None]:
    """Draw identifiers from `rng` inside the block, so demo data is deterministic for a seed."""
    global _rng
    previous = _rng
    _rng = rng
    try:
        yield
    finally:
        _rng = previous


class TicketNumber(str):
    """An 11-digit ticket number starting with 001, e.g. 00110123123."""

    __slots__ = ()

    def __new__(cls, value: str) -> TicketNumber:
        if not isinstance(value, str) or not TICKET_NUMBER_RE.match(value):
            raise ValueError(f"{value!r} is not a ticket number (11 digits starting with 001)")
        return super().__new__(cls, value)

    @classmethod
    def random(cls) -> TicketNumber:
        return cls(f"001{_rng.randrange(10**8):08d}")


def random_order_number() -> str:
    """A 7-character order number such as MB7UWLD."""
    return "".join(_rng.choice(_ORDER_ALPHABET) for _ in range(7))


def random_unit_id() -> int:
    """A 15-digit order-unit id such as 314567896580917."""
    return _rng.randrange(10**14, 10**15)


def random_buyer_id() -> int:
    return _rng.randrange(10**7, 10**8)


def random_message_id() -> int:
    return _rng.randrange(10**7, 10**9)
