"""Seller answer deadlines in a storefront's working time, and the answer clock."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final, Literal
from zoneinfo import ZoneInfo

import holidays

ANSWER_TIME: Final = timedelta(hours=48)

_ZERO: Final = timedelta(0)
_ONE_DAY: Final = timedelta(days=1)


@functools.lru_cache(maxsize=256)
def _holidays(country: str, subdivision: str | None, year: int) -> Mapping[date, str]:
    # A plain dict: HolidayBase silently adds years on lookup, outgrowing its cache key.
    return dict(holidays.country_holidays(country, subdiv=subdivision, years=year))


def _require_aware(*values: datetime) -> None:
    for value in values:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime not allowed: {value!r}")


@dataclass(frozen=True, slots=True)
class Calendar:
    """Working days of a storefront: Monday to Friday minus public holidays."""

    country: str
    time_zone: str
    subdivision: str | None = None

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and self.holiday_name(day) is None

    def holiday_name(self, day: date) -> str | None:
        return _holidays(self.country, self.subdivision, day.year).get(day)


def _day_bounds(day: date, calendar: Calendar) -> tuple[datetime, datetime]:
    # UTC instants, not wall times, so a 23h or 25h local day counts its real length.
    zone = ZoneInfo(calendar.time_zone)
    begin = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + _ONE_DAY, time(0), tzinfo=zone).astimezone(UTC)
    return begin, end


def _local_day(instant: datetime, calendar: Calendar) -> date:
    return instant.astimezone(ZoneInfo(calendar.time_zone)).date()


def add_working_time(start: datetime, duration: timedelta, calendar: Calendar) -> datetime:
    """Return the earliest instant by which `duration` of working time has elapsed."""
    _require_aware(start)
    if duration < _ZERO:
        raise ValueError(f"duration must not be negative: {duration!r}")
    cursor = start.astimezone(UTC)
    if duration == _ZERO:
        return cursor
    remaining = duration
    day = _local_day(cursor, calendar)
    while True:
        if calendar.is_working_day(day):
            begin, end = _day_bounds(day, calendar)
            begin = max(begin, cursor)
            if remaining <= end - begin:
                return begin + remaining
            remaining -= end - begin
        day += _ONE_DAY


def subtract_working_time(end: datetime, duration: timedelta, calendar: Calendar) -> datetime:
    """Return the latest instant from which `duration` of working time has elapsed at `end` (add_working_time's
    inverse): when the deadline warning is due, or where a story told backwards from now begins."""
    _require_aware(end)
    if duration < _ZERO:
        raise ValueError(f"duration must not be negative: {duration!r}")
    cursor = end.astimezone(UTC)
    remaining = duration
    day = _local_day(cursor, calendar)
    while True:
        if calendar.is_working_day(day):
            begin, finish = _day_bounds(day, calendar)
            available = max(min(finish, cursor) - begin, _ZERO)
            if remaining <= available:
                return min(finish, cursor) - remaining
            remaining -= available
        day -= _ONE_DAY


def working_time_between(start: datetime, end: datetime, calendar: Calendar) -> timedelta:
    """Return the working time in [start, end), negated when `end` is before `start`."""
    _require_aware(start, end)
    if end < start:
        return -working_time_between(end, start, calendar)
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    first, last = _local_day(start, calendar), _local_day(end, calendar)
    total = _ZERO
    for day in {first, last}:
        if calendar.is_working_day(day):
            begin, finish = _day_bounds(day, calendar)
            total += max(min(finish, end) - max(begin, start), _ZERO)
    # The days in between count whole; a ticket overdue for months must not cost a loop over each of its days.
    return total + _whole_days(first + _ONE_DAY, last, calendar)


def _whole_days(first: date, last: date, calendar: Calendar) -> timedelta:
    """The working time of the days from `first` up to, not including, `last`."""
    if first >= last:
        return _ZERO
    if first.year == last.year:
        return _year_so_far(last, calendar) - _year_so_far(first, calendar)
    years = sum((_year_working_time(calendar, year)[-1] for year in range(first.year + 1, last.year)), _ZERO)
    return (
        _year_working_time(calendar, first.year)[-1]
        - _year_so_far(first, calendar)
        + years
        + _year_so_far(last, calendar)
    )


def _year_so_far(day: date, calendar: Calendar) -> timedelta:
    return _year_working_time(calendar, day.year)[day.timetuple().tm_yday - 1]


@functools.lru_cache(maxsize=64)
def _year_working_time(calendar: Calendar, year: int) -> tuple[timedelta, ...]:
    """The working time from the start of `year` to the start of each of its days, and to its end."""
    totals = [_ZERO]
    day = date(year, 1, 1)
    while day.year == year:
        begin, finish = _day_bounds(day, calendar)
        totals.append(totals[-1] + (finish - begin if calendar.is_working_day(day) else _ZERO))
        day += _ONE_DAY
    return tuple(totals)


@dataclass(frozen=True, slots=True)
class Clock:
    """The seller's answer clock: idle, running to `deadline_at`, or paused."""

    deadline_at: datetime | None = None
    paused_remaining: timedelta | None = None

    def __post_init__(self) -> None:
        if self.deadline_at is not None and self.paused_remaining is not None:
            raise ValueError("a clock cannot be running and paused at the same time")
        if self.deadline_at is not None:
            _require_aware(self.deadline_at)
        if self.paused_remaining is not None and self.paused_remaining < _ZERO:
            raise ValueError(f"paused_remaining must not be negative: {self.paused_remaining!r}")

    @property
    def state(self) -> Literal["idle", "running", "paused"]:
        if self.deadline_at is not None:
            return "running"
        if self.paused_remaining is not None:
            return "paused"
        return "idle"


IDLE: Final = Clock()


def start(clock: Clock, at: datetime, calendar: Calendar, budget: timedelta = ANSWER_TIME) -> Clock:
    _require_aware(at)
    if clock.state != "idle":
        # The oldest unanswered buyer message counts; later ones must not extend it.
        return clock
    return Clock(deadline_at=add_working_time(at, budget, calendar))


def stop(clock: Clock) -> Clock:
    return IDLE


def pause(clock: Clock, at: datetime, calendar: Calendar) -> Clock:
    _require_aware(at)
    if clock.deadline_at is None:
        return clock
    # An overdue seller gets nothing back on hand-back, but no debt either.
    remaining = max(working_time_between(at, clock.deadline_at, calendar), _ZERO)
    return Clock(paused_remaining=remaining)


def resume(clock: Clock, at: datetime, calendar: Calendar, budget: timedelta = ANSWER_TIME) -> Clock:
    _require_aware(at)
    if clock.paused_remaining is not None:
        return Clock(deadline_at=add_working_time(at, clock.paused_remaining, calendar))
    # Idle: handing back a ticket the seller never held makes them responsible afresh.
    return start(clock, at, calendar, budget)


def time_left(clock: Clock, at: datetime, calendar: Calendar) -> timedelta | None:
    _require_aware(at)
    if clock.deadline_at is not None:
        return working_time_between(at, clock.deadline_at, calendar)
    return clock.paused_remaining


def is_overdue(clock: Clock, at: datetime) -> bool:
    _require_aware(at)
    return clock.deadline_at is not None and at >= clock.deadline_at


def cancellation_period_end(delivered_on: date, calendar: Calendar, days: int = 14) -> date:
    """Return the last day to withdraw, moved past weekends and holidays."""
    if days < 1:
        raise ValueError(f"days must be at least 1: {days!r}")
    last = delivered_on + timedelta(days=days)
    while not calendar.is_working_day(last):
        last += _ONE_DAY
    return last
