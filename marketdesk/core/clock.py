"""The one source of the current time; tests and the demo seeder move it with `frozen_at`."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

_frozen: dt.datetime | None = None


def now() -> dt.datetime:
    """The current instant, aware and in UTC."""
    if _frozen is not None:
        return _frozen
    return dt.datetime.now(dt.UTC)


def require_aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: only aware datetimes are allowed")
    return value.astimezone(dt.UTC)


@contextlib.contextmanager
def frozen_at(instant: dt.datetime) -> Iterator[None]:
    """Make `now()` return `instant` inside the block (not thread-safe: tests and seeding only)."""
    global _frozen
    previous = _frozen
    _frozen = require_aware(instant)
    try:
        yield
    finally:
        _frozen = previous


def set_now(instant: dt.datetime | None) -> None:
    """Move the clock (None releases it); for tests that span several requests."""
    global _frozen
    _frozen = None if instant is None else require_aware(instant)
