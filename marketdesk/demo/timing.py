"""Placing demo events in time: working time counted backwards from now, and people's waking hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from marketdesk.tickets.deadlines import Calendar

_DAY = dt.timedelta(days=1)


def anchor(instant: dt.datetime) -> dt.datetime:
    """The demo's "now": the instant rounded down to the hour, in UTC."""
    return instant.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)


def working_back(end: dt.datetime, duration: dt.timedelta, calendar: Calendar) -> dt.datetime:
    """The instant from which `duration` of working time has elapsed at `end` (the inverse of add_working_time)."""
    zone = ZoneInfo(calendar.time_zone)
    cursor = end.astimezone(dt.UTC)
    remaining = duration
    day = cursor.astimezone(zone).date()
    while True:
        if calendar.is_working_day(day):
            begin = dt.datetime.combine(day, dt.time(0), tzinfo=zone).astimezone(dt.UTC)
            finish = min(dt.datetime.combine(day + _DAY, dt.time(0), tzinfo=zone).astimezone(dt.UTC), cursor)
            available = max(finish - begin, dt.timedelta(0))
            if remaining <= available:
                return finish - remaining
            remaining -= available
        day -= _DAY


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
