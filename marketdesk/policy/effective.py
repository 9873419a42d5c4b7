"""When the return-option policy holds: its effective dates, and how long a buyer's cancellation period runs."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final, Literal
from zoneinfo import ZoneInfo

from marketdesk.tickets.deadlines import Calendar, cancellation_period_end

Phase = Literal["none", "warning", "enforced"]

# The marketplace's GTC date their rules in German time, whatever storefront a ticket is on.
GTC_TIME_ZONE: Final = ZoneInfo("Europe/Berlin")
WARNING_FROM: Final = datetime(2026, 1, 1, tzinfo=GTC_TIME_ZONE)
ENFORCED_FROM: Final = datetime(2026, 2, 1, tzinfo=GTC_TIME_ZONE)


def phase(at: datetime) -> Phase:
    """The policy's phase at an instant; the boundaries are midnight in Europe/Berlin, the GTC's time zone.

    Before 2026-01-01 00:00 Berlin time: "none" (no decision). January 2026: "warning" (decisions computed and
    shown, never enforced). From 2026-02-01 00:00 Berlin time: "enforced". Only aware datetimes are accepted.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"naive datetime not allowed: {at!r}")
    if at < WARNING_FROM:
        return "none"
    if at < ENFORCED_FROM:
        return "warning"
    return "enforced"


def cancellation_period(
    delivered_on: date, calendar: Calendar, *, period_days: int = 14, extra_days: int = 0
) -> tuple[date, str]:
    """The last day to withdraw and how it was reached, in words (DESIGN §3).

    `period_days` from delivery, the delivery day not counted, plus the `extra_days` a seller grants; a last day
    on a weekend or a holiday of the calendar runs to the next working day.
    """
    if period_days < 1 or extra_days < 0:
        raise ValueError(f"period_days must be at least 1 and extra_days not negative: {period_days!r}, {extra_days!r}")
    days = period_days + extra_days
    ends = cancellation_period_end(delivered_on, calendar, days)
    how = f"delivered on {delivered_on.isoformat()}, {days} days"
    if extra_days:
        how += f", {period_days} plus {extra_days} granted by the seller"
    nominal = delivered_on + timedelta(days=days)
    if ends != nominal:
        holiday = calendar.holiday_name(nominal)
        reason = f"a holiday ({holiday})" if holiday else "a weekend day"
        how += f"; {nominal.isoformat()} is {reason}, so the period runs to the next working day"
    return ends, how
