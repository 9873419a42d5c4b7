"""The return-option policy's effective dates (midnight in Berlin) and the wording of a cancellation period."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from marketdesk.policy.effective import cancellation_period, phase
from marketdesk.tickets.deadlines import Calendar


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (datetime(2025, 6, 1, 12, 0, tzinfo=UTC), "none"),
        # Berlin is UTC+1 in winter: 2025-12-31 23:59:59 Berlin is 22:59:59 UTC.
        (datetime(2025, 12, 31, 22, 59, 59, tzinfo=UTC), "none"),
        (datetime(2025, 12, 31, 23, 0, 0, tzinfo=UTC), "warning"),
        (datetime(2026, 1, 15, 8, 0, tzinfo=UTC), "warning"),
        (datetime(2026, 1, 31, 22, 59, 59, tzinfo=UTC), "warning"),
        (datetime(2026, 1, 31, 23, 0, 0, tzinfo=UTC), "enforced"),
        (datetime(2026, 7, 1, 0, 0, tzinfo=UTC), "enforced"),
        # The same instants written in other zones: the instant counts, not the wall clock.
        (datetime(2026, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=2))), "none"),  # 2025-12-31 22:30 UTC
        (datetime(2025, 12, 31, 18, 0, tzinfo=timezone(timedelta(hours=-5))), "warning"),  # 23:00 UTC
    ],
)
def test_phase_boundaries_are_midnight_in_berlin(at: datetime, expected: str) -> None:
    assert phase(at) == expected


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        phase(datetime(2026, 2, 1, 0, 0))  # noqa: DTZ001 - the point of the test


@pytest.mark.parametrize(
    ("delivered_on", "period_days", "extra_days", "ends", "words"),
    [
        (date(2026, 3, 4), 14, 0, date(2026, 3, 18), "delivered on 2026-03-04, 14 days"),
        (date(2026, 3, 7), 14, 0, date(2026, 3, 23), "2026-03-21 is a weekend day"),
        (date(2026, 3, 20), 14, 0, date(2026, 4, 7), "2026-04-03 is a holiday"),
        (date(2026, 3, 4), 14, 16, date(2026, 4, 7), "30 days, 14 plus 16 granted by the seller"),
    ],
)
def test_cancellation_period_says_how_its_last_day_came_about(
    delivered_on: date, period_days: int, extra_days: int, ends: date, words: str
) -> None:
    calendar = Calendar(country="DE", time_zone="Europe/Berlin")
    last, how = cancellation_period(delivered_on, calendar, period_days=period_days, extra_days=extra_days)
    assert last == ends
    assert words in how
