"""Table-driven tests for working-time deadlines and the seller answer clock."""

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from marketdesk.tickets.deadlines import (
    ANSWER_TIME,
    IDLE,
    Calendar,
    Clock,
    add_working_time,
    cancellation_period_end,
    is_overdue,
    pause,
    resume,
    start,
    stop,
    subtract_working_time,
    time_left,
    working_time_between,
)

DE = Calendar("DE", "Europe/Berlin")
AT = Calendar("AT", "Europe/Vienna")
CZ = Calendar("CZ", "Europe/Prague")
SK = Calendar("SK", "Europe/Bratislava")
PL = Calendar("PL", "Europe/Warsaw")
FR = Calendar("FR", "Europe/Paris")
IT = Calendar("IT", "Europe/Rome")
DE_BY = Calendar("DE", "Europe/Berlin", subdivision="BY")
# Not a storefront: Iran moved its clocks on weekdays, which gives working days of 23 and 25 hours.
DE_IN_TEHRAN = Calendar("DE", "Asia/Tehran")

LOCAL_FORMAT = "%a %Y-%m-%d %H:%M"
UTC_FORMAT = "%Y-%m-%d %H:%M"


def local(calendar: Calendar, text: str) -> datetime:
    parsed = datetime.strptime(text, LOCAL_FORMAT).replace(tzinfo=ZoneInfo(calendar.time_zone))
    # strptime ignores %a, so catch a weekday typo in the tables here.
    assert parsed.strftime(LOCAL_FORMAT) == text
    return parsed


def utc(text: str) -> datetime:
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)


def hours(value: float) -> timedelta:
    return timedelta(hours=value)


def test_answer_time_is_48_hours() -> None:
    assert timedelta(hours=48) == ANSWER_TIME


@pytest.mark.parametrize(
    ("calendar", "opened", "duration", "due_local", "due_utc"),
    [
        pytest.param(
            DE, "Mon 2026-03-02 09:00", 48, "Wed 2026-03-04 09:00", "2026-03-04 08:00", id="weekday-within-week"
        ),
        pytest.param(
            DE, "Fri 2026-03-06 10:00", 48, "Tue 2026-03-10 10:00", "2026-03-10 09:00", id="friday-to-tuesday"
        ),
        pytest.param(DE, "Sat 2026-03-07 14:30", 48, "Wed 2026-03-11 00:00", "2026-03-10 23:00", id="opened-saturday"),
        pytest.param(DE, "Sun 2026-03-08 23:59", 48, "Wed 2026-03-11 00:00", "2026-03-10 23:00", id="opened-sunday"),
        pytest.param(
            DE, "Fri 2026-03-06 23:30", 1, "Mon 2026-03-09 00:30", "2026-03-08 23:30", id="one-hour-from-friday-night"
        ),
        pytest.param(
            DE,
            "Thu 2026-03-05 00:00",
            48,
            "Sat 2026-03-07 00:00",
            "2026-03-06 23:00",
            id="ends-at-end-of-friday-not-monday",
        ),
        pytest.param(
            DE, "Sat 2026-03-07 14:30", 0, "Sat 2026-03-07 14:30", "2026-03-07 13:30", id="zero-on-weekend-unchanged"
        ),
        pytest.param(
            DE, "Mon 2026-03-02 09:00", 0, "Mon 2026-03-02 09:00", "2026-03-02 08:00", id="zero-on-working-day"
        ),
        pytest.param(
            DE, "Wed 2026-05-13 12:00", 48, "Mon 2026-05-18 12:00", "2026-05-18 10:00", id="de-ascension-2026-05-14"
        ),
        pytest.param(
            AT, "Fri 2026-10-23 10:00", 48, "Wed 2026-10-28 10:00", "2026-10-28 09:00", id="at-national-day-2026-10-26"
        ),
        pytest.param(
            CZ, "Fri 2026-09-25 10:00", 48, "Wed 2026-09-30 10:00", "2026-09-30 08:00", id="cz-statehood-day-2026-09-28"
        ),
        pytest.param(
            SK, "Mon 2026-01-05 10:00", 48, "Thu 2026-01-08 10:00", "2026-01-08 09:00", id="sk-epiphany-2026-01-06"
        ),
        pytest.param(
            PL,
            "Tue 2026-11-10 10:00",
            48,
            "Fri 2026-11-13 10:00",
            "2026-11-13 09:00",
            id="pl-independence-day-2026-11-11",
        ),
        pytest.param(
            FR, "Mon 2026-07-13 10:00", 48, "Thu 2026-07-16 10:00", "2026-07-16 08:00", id="fr-national-day-2026-07-14"
        ),
        pytest.param(
            IT, "Mon 2026-06-01 10:00", 48, "Thu 2026-06-04 10:00", "2026-06-04 08:00", id="it-republic-day-2026-06-02"
        ),
        pytest.param(
            SK,
            "Fri 2025-09-12 10:00",
            48,
            "Wed 2025-09-17 10:00",
            "2025-09-17 08:00",
            id="sk-2025-09-15-still-a-holiday",
        ),
        pytest.param(
            SK,
            "Mon 2026-09-14 10:00",
            48,
            "Wed 2026-09-16 10:00",
            "2026-09-16 08:00",
            id="sk-2026-09-15-no-longer-a-holiday",
        ),
        pytest.param(
            DE,
            "Thu 2026-04-02 15:00",
            48,
            "Wed 2026-04-08 15:00",
            "2026-04-08 13:00",
            id="easter-de-good-friday-and-monday",
        ),
        pytest.param(
            PL, "Thu 2026-04-02 15:00", 48, "Tue 2026-04-07 15:00", "2026-04-07 13:00", id="easter-pl-monday-only"
        ),
        pytest.param(
            DE, "Fri 2026-03-27 10:00", 48, "Tue 2026-03-31 10:00", "2026-03-31 08:00", id="dst-start-2026-03-29"
        ),
        pytest.param(
            DE, "Fri 2026-10-23 10:00", 48, "Tue 2026-10-27 10:00", "2026-10-27 09:00", id="dst-end-2026-10-25"
        ),
        pytest.param(
            DE, "Fri 2026-12-25 10:00", 48, "Wed 2026-12-30 00:00", "2026-12-29 23:00", id="opened-on-christmas-day"
        ),
        pytest.param(
            DE,
            "Thu 2026-12-24 20:00",
            48,
            "Tue 2026-12-29 20:00",
            "2026-12-29 19:00",
            id="opened-evening-before-christmas",
        ),
        pytest.param(DE, "Wed 2026-12-30 10:00", 48, "Mon 2027-01-04 10:00", "2027-01-04 09:00", id="across-new-year"),
        pytest.param(
            PL,
            "Wed 2026-12-23 10:00",
            48,
            "Tue 2026-12-29 10:00",
            "2026-12-29 09:00",
            id="pl-christmas-eve-to-boxing-day",
        ),
        pytest.param(
            DE_IN_TEHRAN, "Tue 2022-03-22 00:00", 24, "Wed 2022-03-23 01:00", "2022-03-22 20:30", id="23h-working-day"
        ),
        pytest.param(
            DE_IN_TEHRAN, "Wed 2022-09-21 00:00", 24, "Wed 2022-09-21 23:00", "2022-09-21 19:30", id="25h-working-day"
        ),
    ],
)
def test_add_working_time(calendar: Calendar, opened: str, duration: float, due_local: str, due_utc: str) -> None:
    due = add_working_time(local(calendar, opened), hours(duration), calendar)

    assert due.tzinfo is UTC
    assert due.strftime(UTC_FORMAT) == due_utc
    assert due.astimezone(ZoneInfo(calendar.time_zone)).strftime(LOCAL_FORMAT) == due_local


def test_add_working_time_ignores_the_input_time_zone() -> None:
    opened = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)  # Fri 10:00 in Berlin

    assert add_working_time(opened, ANSWER_TIME, DE) == datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_add_working_time_checks_only_a_few_days_around_christmas(monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[date] = []
    original = Calendar.is_working_day

    def counting(self: Calendar, day: date) -> bool:
        checked.append(day)
        return original(self, day)

    monkeypatch.setattr(Calendar, "is_working_day", counting)
    add_working_time(local(CZ, "Wed 2026-12-23 18:00"), ANSWER_TIME, CZ)

    assert checked[0] == date(2026, 12, 23)
    assert len(checked) <= 14


@pytest.mark.parametrize(
    ("calendar", "begin", "end", "expected"),
    [
        pytest.param(DE, "Fri 2026-03-06 10:00", "Mon 2026-03-09 10:00", hours(24), id="across-weekend"),
        pytest.param(DE, "Thu 2026-04-02 15:00", "Tue 2026-04-07 15:00", hours(24), id="across-easter-de"),
        pytest.param(PL, "Thu 2026-04-02 15:00", "Tue 2026-04-07 15:00", hours(48), id="across-easter-pl"),
        pytest.param(DE, "Thu 2026-12-24 00:00", "Mon 2026-12-28 00:00", hours(24), id="across-christmas"),
        pytest.param(DE, "Mon 2026-03-09 10:00", "Fri 2026-03-06 10:00", hours(-24), id="negative-across-weekend"),
        pytest.param(DE, "Sat 2026-03-07 08:00", "Sun 2026-03-08 20:00", hours(0), id="inside-weekend"),
        pytest.param(DE, "Mon 2026-03-02 09:00", "Mon 2026-03-02 09:00", hours(0), id="empty-interval"),
        pytest.param(DE, "Fri 2026-03-27 10:00", "Tue 2026-03-31 10:00", hours(48), id="dst-start-weekend"),
        pytest.param(DE, "Fri 2026-10-23 10:00", "Tue 2026-10-27 10:00", hours(48), id="dst-end-weekend"),
        pytest.param(DE_IN_TEHRAN, "Tue 2022-03-22 00:00", "Wed 2022-03-23 00:00", hours(23), id="23h-working-day"),
        pytest.param(DE_IN_TEHRAN, "Wed 2022-09-21 00:00", "Thu 2022-09-22 00:00", hours(25), id="25h-working-day"),
    ],
)
def test_working_time_between(calendar: Calendar, begin: str, end: str, expected: timedelta) -> None:
    assert working_time_between(local(calendar, begin), local(calendar, end), calendar) == expected


@pytest.mark.parametrize(
    ("calendar", "day", "working", "name"),
    [
        pytest.param(DE, date(2026, 3, 9), True, None, id="de-monday"),
        pytest.param(DE, date(2026, 3, 7), False, None, id="de-saturday"),
        pytest.param(DE, date(2026, 4, 3), False, "Good Friday", id="de-good-friday"),
        pytest.param(PL, date(2026, 4, 3), True, None, id="pl-good-friday-works"),
        pytest.param(DE, date(2026, 5, 14), False, "Ascension Day", id="de-ascension"),
        pytest.param(AT, date(2026, 10, 26), False, "National Day", id="at-national-day"),
        pytest.param(CZ, date(2026, 9, 28), False, "Statehood Day", id="cz-statehood-day"),
        pytest.param(
            SK, date(2026, 1, 6), False, "Epiphany (Three Kings' Day and Orthodox Christmas)", id="sk-epiphany"
        ),
        pytest.param(PL, date(2026, 11, 11), False, "National Independence Day", id="pl-independence-day"),
        pytest.param(FR, date(2026, 7, 14), False, "National Day", id="fr-national-day"),
        pytest.param(IT, date(2026, 6, 2), False, "Republic Day", id="it-republic-day"),
        pytest.param(SK, date(2025, 9, 15), False, "Day of Our Lady of the Seven Sorrows", id="sk-2025-09-15"),
        pytest.param(SK, date(2026, 9, 15), True, None, id="sk-2026-09-15-abolished"),
        pytest.param(DE, date(2026, 1, 6), True, None, id="de-national-no-epiphany"),
        pytest.param(DE_BY, date(2026, 1, 6), False, "Epiphany", id="de-bavaria-epiphany"),
        pytest.param(DE, date(2026, 12, 24), True, None, id="de-christmas-eve-works"),
        pytest.param(PL, date(2026, 12, 24), False, "Christmas Eve", id="pl-christmas-eve"),
    ],
)
def test_calendar(calendar: Calendar, day: date, working: bool, name: str | None) -> None:
    assert calendar.is_working_day(day) is working
    assert calendar.holiday_name(day) == name


# Deadline Wed 2026-03-04 09:00 Berlin, as set by a ticket opened Mon 2026-03-02 09:00.
RUNNING = Clock(deadline_at=utc("2026-03-04 08:00"))
PAUSED = Clock(paused_remaining=hours(42))

Operation = Callable[[Clock, datetime], Clock]
OPERATIONS: dict[str, Operation] = {
    "start": lambda clock, at: start(clock, at, DE),
    "start-24h": lambda clock, at: start(clock, at, DE, hours(24)),
    "stop": lambda clock, at: stop(clock),
    "pause": lambda clock, at: pause(clock, at, DE),
    "resume": lambda clock, at: resume(clock, at, DE),
    "resume-24h": lambda clock, at: resume(clock, at, DE, hours(24)),
}


@pytest.mark.parametrize(
    ("clock", "state"),
    [
        pytest.param(IDLE, "idle", id="idle"),
        pytest.param(RUNNING, "running", id="running"),
        pytest.param(PAUSED, "paused", id="paused"),
        pytest.param(Clock(paused_remaining=hours(0)), "paused", id="paused-with-nothing-left"),
    ],
)
def test_clock_state(clock: Clock, state: str) -> None:
    assert clock.state == state


@pytest.mark.parametrize(
    ("before", "operation", "at", "after"),
    [
        pytest.param(IDLE, "start", "Mon 2026-03-02 09:00", RUNNING, id="start-idle"),
        pytest.param(
            IDLE,
            "start-24h",
            "Mon 2026-03-02 09:00",
            Clock(deadline_at=utc("2026-03-03 08:00")),
            id="start-idle-custom-budget",
        ),
        pytest.param(RUNNING, "start", "Tue 2026-03-03 12:00", RUNNING, id="start-running-unchanged"),
        pytest.param(PAUSED, "start", "Tue 2026-03-03 12:00", PAUSED, id="start-paused-unchanged"),
        pytest.param(RUNNING, "stop", "Tue 2026-03-03 12:00", IDLE, id="stop-running"),
        pytest.param(PAUSED, "stop", "Tue 2026-03-03 12:00", IDLE, id="stop-paused"),
        pytest.param(IDLE, "stop", "Tue 2026-03-03 12:00", IDLE, id="stop-idle"),
        pytest.param(RUNNING, "pause", "Mon 2026-03-02 15:00", PAUSED, id="pause-running"),
        pytest.param(
            Clock(deadline_at=utc("2026-03-10 09:00")),
            "pause",
            "Fri 2026-03-06 16:00",
            Clock(paused_remaining=hours(42)),
            id="pause-running-over-weekend",
        ),
        pytest.param(
            RUNNING, "pause", "Thu 2026-03-05 09:00", Clock(paused_remaining=hours(0)), id="pause-overdue-keeps-nothing"
        ),
        pytest.param(IDLE, "pause", "Mon 2026-03-02 15:00", IDLE, id="pause-idle-unchanged"),
        pytest.param(PAUSED, "pause", "Mon 2026-03-02 15:00", PAUSED, id="pause-paused-unchanged"),
        pytest.param(
            PAUSED,
            "resume",
            "Fri 2026-03-13 12:00",
            Clock(deadline_at=utc("2026-03-17 05:00")),
            id="resume-paused-gets-remaining",
        ),
        pytest.param(
            PAUSED,
            "resume-24h",
            "Fri 2026-03-13 12:00",
            Clock(deadline_at=utc("2026-03-17 05:00")),
            id="resume-paused-ignores-budget",
        ),
        pytest.param(
            Clock(paused_remaining=hours(0)),
            "resume",
            "Sat 2026-03-14 12:00",
            Clock(deadline_at=utc("2026-03-14 11:00")),
            id="resume-paused-nothing-left",
        ),
        pytest.param(IDLE, "resume", "Mon 2026-03-02 09:00", RUNNING, id="resume-idle-starts-fresh"),
        pytest.param(
            IDLE,
            "resume-24h",
            "Mon 2026-03-02 09:00",
            Clock(deadline_at=utc("2026-03-03 08:00")),
            id="resume-idle-custom-budget",
        ),
        pytest.param(RUNNING, "resume", "Tue 2026-03-03 12:00", RUNNING, id="resume-running-unchanged"),
    ],
)
def test_clock_transition(before: Clock, operation: str, at: str, after: Clock) -> None:
    assert OPERATIONS[operation](before, local(DE, at)) == after


@pytest.mark.parametrize(
    ("events", "final"),
    [
        pytest.param(
            [("start", "Mon 2026-03-02 09:00"), ("start", "Tue 2026-03-03 12:00")],
            RUNNING,
            id="buyer-message-while-running-keeps-deadline",
        ),
        pytest.param(
            [("start", "Mon 2026-03-02 09:00"), ("stop", "Tue 2026-03-03 10:00"), ("start", "Thu 2026-03-05 11:00")],
            Clock(deadline_at=utc("2026-03-09 10:00")),
            id="re-arm-after-answer-gives-fresh-48h",
        ),
        pytest.param(
            [("start", "Mon 2026-03-02 09:00"), ("stop", "Mon 2026-03-02 10:00")],
            IDLE,
            id="hand-over-to-customer-service",
        ),
        pytest.param(
            [("start", "Mon 2026-03-02 09:00"), ("pause", "Mon 2026-03-02 15:00"), ("resume", "Fri 2026-03-13 12:00")],
            Clock(deadline_at=utc("2026-03-17 05:00")),
            id="takeover-then-hand-back",
        ),
        pytest.param(
            [("start", "Thu 2026-03-05 10:00"), ("pause", "Fri 2026-03-06 10:00"), ("resume", "Tue 2026-03-10 08:00")],
            Clock(deadline_at=utc("2026-03-11 07:00")),
            id="takeover-over-weekend-then-hand-back",
        ),
        pytest.param(
            [("start", "Mon 2026-03-02 09:00"), ("pause", "Mon 2026-03-02 15:00"), ("start", "Tue 2026-03-03 12:00")],
            PAUSED,
            id="buyer-message-while-paused-changes-nothing",
        ),
    ],
)
def test_clock_scenario(events: list[tuple[str, str]], final: Clock) -> None:
    clock = IDLE
    for operation, at in events:
        clock = OPERATIONS[operation](clock, local(DE, at))
    assert clock == final


@pytest.mark.parametrize(
    ("clock", "at", "expected"),
    [
        pytest.param(RUNNING, "Mon 2026-03-02 15:00", hours(42), id="running"),
        pytest.param(RUNNING, "Wed 2026-03-04 09:00", hours(0), id="at-deadline"),
        pytest.param(
            Clock(deadline_at=utc("2026-03-06 09:00")), "Sat 2026-03-07 12:00", hours(-14), id="overdue-on-weekend"
        ),
        pytest.param(
            Clock(deadline_at=utc("2026-03-06 09:00")), "Mon 2026-03-09 10:00", hours(-24), id="overdue-across-weekend"
        ),
        pytest.param(PAUSED, "Sat 2026-03-28 12:00", hours(42), id="paused"),
        pytest.param(IDLE, "Mon 2026-03-02 15:00", None, id="idle"),
    ],
)
def test_time_left(clock: Clock, at: str, expected: timedelta | None) -> None:
    assert time_left(clock, local(DE, at), DE) == expected


@pytest.mark.parametrize(
    ("clock", "at", "expected"),
    [
        pytest.param(RUNNING, datetime(2026, 3, 4, 7, 59, 59, 999999, tzinfo=UTC), False, id="just-before"),
        pytest.param(RUNNING, datetime(2026, 3, 4, 8, 0, tzinfo=UTC), True, id="exactly-at-deadline"),
        pytest.param(
            RUNNING, datetime(2026, 3, 4, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")), True, id="at-deadline-in-local-time"
        ),
        pytest.param(RUNNING, datetime(2026, 3, 7, 12, 0, tzinfo=UTC), True, id="after"),
        pytest.param(PAUSED, datetime(2026, 3, 30, 12, 0, tzinfo=UTC), False, id="paused"),
        pytest.param(IDLE, datetime(2026, 3, 30, 12, 0, tzinfo=UTC), False, id="idle"),
    ],
)
def test_is_overdue(clock: Clock, at: datetime, expected: bool) -> None:
    assert is_overdue(clock, at) is expected


@pytest.mark.parametrize(
    ("calendar", "delivered_on", "days", "expected"),
    [
        pytest.param(DE, date(2026, 3, 2), 14, date(2026, 3, 16), id="plain"),
        pytest.param(DE, date(2026, 3, 7), 14, date(2026, 3, 23), id="ends-saturday-moves-to-monday"),
        pytest.param(DE, date(2026, 3, 8), 14, date(2026, 3, 23), id="ends-sunday-moves-to-monday"),
        pytest.param(DE, date(2026, 4, 30), 14, date(2026, 5, 15), id="ends-on-ascension"),
        pytest.param(DE, date(2026, 12, 11), 14, date(2026, 12, 28), id="ends-on-christmas-then-weekend"),
        pytest.param(PL, date(2026, 3, 23), 14, date(2026, 4, 7), id="ends-on-easter-monday-pl"),
        pytest.param(FR, date(2026, 4, 24), 14, date(2026, 5, 11), id="ends-on-victory-day-fr"),
        pytest.param(DE, date(2026, 4, 24), 14, date(2026, 5, 8), id="same-day-works-in-de"),
        pytest.param(DE, date(2026, 3, 6), 1, date(2026, 3, 9), id="one-day"),
        pytest.param(DE, date(2026, 3, 2), 30, date(2026, 4, 1), id="thirty-days"),
    ],
)
def test_cancellation_period_end(calendar: Calendar, delivered_on: date, days: int, expected: date) -> None:
    assert cancellation_period_end(delivered_on, calendar, days) == expected


NAIVE = datetime(2026, 3, 2, 9, 0)  # noqa: DTZ001 - deliberately naive
AWARE = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: add_working_time(NAIVE, ANSWER_TIME, DE), id="add-naive-start"),
        pytest.param(lambda: add_working_time(AWARE, hours(-1), DE), id="add-negative-duration"),
        pytest.param(lambda: working_time_between(NAIVE, AWARE, DE), id="between-naive-start"),
        pytest.param(lambda: working_time_between(AWARE, NAIVE, DE), id="between-naive-end"),
        pytest.param(lambda: start(IDLE, NAIVE, DE), id="start-naive"),
        pytest.param(lambda: start(RUNNING, NAIVE, DE), id="start-naive-while-running"),
        pytest.param(lambda: start(IDLE, AWARE, DE, hours(-1)), id="start-negative-budget"),
        pytest.param(lambda: pause(RUNNING, NAIVE, DE), id="pause-naive"),
        pytest.param(lambda: resume(PAUSED, NAIVE, DE), id="resume-naive"),
        pytest.param(lambda: time_left(RUNNING, NAIVE, DE), id="time-left-naive"),
        pytest.param(lambda: is_overdue(RUNNING, NAIVE), id="is-overdue-naive"),
        pytest.param(lambda: Clock(deadline_at=AWARE, paused_remaining=hours(1)), id="clock-running-and-paused"),
        pytest.param(lambda: Clock(deadline_at=NAIVE), id="clock-naive-deadline"),
        pytest.param(lambda: Clock(paused_remaining=hours(-1)), id="clock-negative-remaining"),
        pytest.param(lambda: cancellation_period_end(date(2026, 3, 2), DE, 0), id="cancellation-zero-days"),
        pytest.param(lambda: cancellation_period_end(date(2026, 3, 2), DE, -1), id="cancellation-negative-days"),
    ],
)
def test_rejects_invalid_input(call: Callable[[], object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each row raises its own message
        call()


# When the deadline warning is due: working time counted back from the deadline, over weekends and holidays.
@pytest.mark.parametrize(
    ("calendar", "deadline", "ahead", "due_local"),
    [
        pytest.param(DE, "Tue 2026-03-10 10:00", 8, "Tue 2026-03-10 02:00", id="same-day"),
        pytest.param(DE, "Mon 2026-03-09 04:00", 8, "Fri 2026-03-06 20:00", id="back-over-the-weekend"),
        # Good Friday and Easter Monday 2026 are German holidays.
        pytest.param(DE, "Tue 2026-04-07 03:00", 8, "Thu 2026-04-02 19:00", id="back-over-easter"),
        # Easter Monday is a holiday in Poland too, Good Friday is not.
        pytest.param(PL, "Tue 2026-04-07 03:00", 8, "Fri 2026-04-03 19:00", id="poland-works-on-good-friday"),
        pytest.param(DE, "Wed 2026-03-11 00:00", 48, "Mon 2026-03-09 00:00", id="the-whole-answer-time"),
    ],
)
def test_subtract_working_time(calendar: Calendar, deadline: str, ahead: float, due_local: str) -> None:
    end = local(calendar, deadline)
    due = subtract_working_time(end, hours(ahead), calendar)
    assert due.astimezone(ZoneInfo(calendar.time_zone)).strftime(LOCAL_FORMAT) == due_local
    assert add_working_time(due, hours(ahead), calendar) == end  # the inverse, to the second
    assert working_time_between(due, end, calendar) == hours(ahead)


def test_subtract_working_time_refuses_negative_durations() -> None:
    with pytest.raises(ValueError, match="negative"):
        subtract_working_time(local(DE, "Tue 2026-03-10 10:00"), hours(-1), DE)
