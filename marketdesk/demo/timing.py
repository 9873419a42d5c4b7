"""Placing demo events in time: working time counted backwards from now, and people's waking hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

_DAY = dt.timedelta(days=1)


def anchor(instant: dt.datetime) -> dt.datetime:
    """The demo's "now": the instant rounded down to the hour, in UTC."""
    return instant.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)


def awake_before(instant: dt.datetime, time_zone: str, first_hour: int, last_hour: int) -> dt.datetime:
    """`instant`, or the latest earlier moment inside [first_hour, last_hour) local time on the same or previous day.

    Sellers and customer service answer in office hours, buyers write while awake; moving a step earlier never
    breaks the order of a ticket's history, which is built backwards from its last step.
    """
    zone = ZoneInfo(time_zone)
    local = instant.astimezone(zone)
    if first_hour <= local.hour < last_hour:
        return instant
    day = local.date() if local.hour >= last_hour else local.date() - _DAY
    moved = dt.datetime.combine(day, dt.time(last_hour - 1, local.minute), tzinfo=zone)
    return moved.astimezone(dt.UTC)
