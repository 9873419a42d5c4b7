"""The Service Performance KPIs: SQL aggregates over stored columns, a fixed number of queries whatever the data.

Nothing here loops over tickets: every figure is a COUNT/SUM with a filter, grouped by seller (or by week), and the
percentiles come from one query per grouping (ordered-set aggregates on PostgreSQL, a window function on SQLite).
The period's figures read the covering (seller, created_at) index; docs/performance.md has the plans and timings.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import (
    Aggregate,
    Count,
    Exists,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    Window,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import RowNumber, TruncWeek
from django.db.models.sql.compiler import SQLCompiler

from marketdesk.core.money import Money
from marketdesk.performance.scope import Period, Scope
from marketdesk.policy.models import CaseState, DecisionKind
from marketdesk.tickets.enums import AuthorRole, EventKind, PortalTab
from marketdesk.tickets.models import Ticket, TicketEvent

# The condition of the partial index event_handed_to_cs, value for value and in its order, so the planner uses it.
HANDED_TO_CS = (EventKind.CS_NOTIFIED, EventKind.CS_TOOK_OVER)
_WEEK = dt.timedelta(days=7)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _hours(minutes: float | None) -> float | None:
    return None if minutes is None else minutes / 60


@dataclass(frozen=True, slots=True)
class Kpis:
    """One seller's figures for one period (counts are exact; shares and hours are derived from them)."""

    seller_id: int
    tickets: int = 0  # every ticket created in the period
    answered: int = 0  # buyer-opened tickets created in the period that have a first response
    on_time: int = 0  # … of which the first response came before the answer deadline
    median_minutes: float | None = None  # first-response time in working minutes, over `answered`
    p90_minutes: int | None = None
    open_now: int = 0  # in the Open tab now
    overdue_now: int = 0  # … of which past their deadline now
    units: int = 0  # order units created in the period
    handed_to_cs: int = 0  # tickets of the period customer service was notified of or took over
    decisions: int = 0  # return-option policy decisions on first responses in the period
    compliant: int = 0
    enforcements: int = 0  # policy cases enforced in the period
    enforcement_costs: tuple[Money, ...] = field(default=())  # their cost, one sum per currency

    @property
    def on_time_share(self) -> float | None:
        return _share(self.on_time, self.answered)

    @property
    def median_hours(self) -> float | None:
        return _hours(self.median_minutes)

    @property
    def p90_hours(self) -> float | None:
        return _hours(self.p90_minutes)

    @property
    def tickets_per_100_units(self) -> float | None:
        return None if not self.units else self.tickets * 100 / self.units

    @property
    def cs_share(self) -> float | None:
        return _share(self.handed_to_cs, self.tickets)

    @property
    def compliant_share(self) -> float | None:
        return _share(self.compliant, self.decisions)


@dataclass(frozen=True, slots=True)
class Week:
    """One week (Monday 00:00 UTC) of the trend charts."""

    start: dt.date
    tickets: int = 0
    answered: int = 0
    on_time: int = 0
    median_minutes: float | None = None

    @property
    def on_time_share(self) -> float | None:
        return _share(self.on_time, self.answered)

    @property
    def median_hours(self) -> float | None:
        return _hours(self.median_minutes)


def _in(period: Period, column: str) -> Q:
    return Q(**{f"{column}__gte": period.start, f"{column}__lt": period.end})


def _answered(period: Period) -> Q:
    """Buyer enquiries of the period that got their first seller response (seller-opened tickets have none due)."""
    return _in(period, "created_at") & Q(opened_by_role=AuthorRole.BUYER, first_response_at__isnull=False)


class _Percentile(Aggregate):
    """PostgreSQL's ordered-set aggregate over one column: one sort per group and no window to materialise."""

    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"

    def __init__(self, expression: str, *, fraction: str, filter: Q | None = None) -> None:
        super().__init__(expression, fraction=fraction, filter=filter)


class Median(_Percentile):
    """The mean of the two middle values for an even count, the middle one otherwise."""

    function = "PERCENTILE_CONT"
    output_field = FloatField()

    def __init__(self, expression: str, filter: Q | None = None) -> None:
        super().__init__(expression, fraction="0.5", filter=filter)


class NearestRank90(_Percentile):
    """The value at rank ceil(0.9 × count): the rank `percentiles` computes as (9 × count + 9) // 10."""

    function = "PERCENTILE_DISC"
    output_field = IntegerField()

    def __init__(self, expression: str, filter: Q | None = None) -> None:
        super().__init__(expression, fraction="0.9", filter=filter)


def _ordered_sets(tickets: QuerySet[Ticket]) -> bool:
    """Whether the database computes the percentiles as aggregates that take a filter (PostgreSQL), so they come from
    the same pass over the period's tickets as its counts."""
    return connections[tickets.db].vendor == "postgresql"


def _median(answered: Q) -> Median:
    return Median("first_response_minutes", filter=answered)


def _p90(answered: Q) -> NearestRank90:
    return NearestRank90("first_response_minutes", filter=answered)


def percentiles(answered: QuerySet[Ticket], group: Any) -> dict[Any, tuple[float, int]]:
    """{group: (median, 90th percentile)} of first_response_minutes, nearest-rank, in one query.

    Rows are numbered within each group by their minutes; the wanted ranks are integer arithmetic on the group's
    count (the same on SQLite and PostgreSQL), so the database returns at most three rows per group. An even count
    takes the mean of the two middle values as its median. PostgreSQL computes the same two figures with its
    ordered-set aggregates, about three times faster over a year of a large seller's tickets (first_response_minutes
    is written together with first_response_at, so no answered ticket lacks it and both paths see the same values).
    """
    if connections[answered.db].vendor == "postgresql":
        figures = (
            answered.annotate(group=group)
            .values("group")
            .annotate(median=Median("first_response_minutes"), p90=NearestRank90("first_response_minutes"))
            .values_list("group", "median", "p90")
            .order_by()
        )
        return {key: (median, p90) for key, median, p90 in figures}
    order = [F("first_response_minutes").asc(), F("pk").asc()]
    ranked = answered.annotate(
        group=group,
        rank=Window(RowNumber(), partition_by=[group], order_by=order),
        total=Window(Count("pk"), partition_by=[group]),
    )
    low, high, p90 = (F("total") + 1) / 2, F("total") / 2 + 1, (F("total") * 9 + 9) / 10
    rows = ranked.filter(Q(rank=low) | Q(rank=high) | Q(rank=p90)).values_list(
        "group", "rank", "total", "first_response_minutes"
    )
    picked: dict[Any, dict[int, int]] = defaultdict(dict)
    totals: dict[Any, int] = {}
    for key, rank, total, minutes in rows.order_by():
        picked[key][rank] = minutes or 0  # never null: `answered` has a first response
        totals[key] = total
    result = {}
    for key, by_rank in picked.items():
        n = totals[key]
        median = (by_rank[(n + 1) // 2] + by_rank[n // 2 + 1]) / 2
        result[key] = (median, by_rank[(9 * n + 9) // 10])
    return result


def by_seller(scope: Scope, period: Period, now: dt.datetime) -> dict[int, Kpis]:
    """Every seller in `scope` with anything to show for `period`, in seven queries."""
    in_period, answered = _in(period, "created_at"), _answered(period)
    figures: dict[int, dict[str, Any]] = defaultdict(dict)
    # The period's tickets come from the (seller, created_at) index alone. PostgreSQL answers the EXISTS with one
    # pass over the partial index of hand-over events (hashed), SQLite with a probe per ticket on the event's ticket
    # index (its planner cannot match a partial index against bound parameters).
    handed = Exists(TicketEvent.objects.filter(ticket=OuterRef("pk"), kind__in=HANDED_TO_CS))
    counts: dict[str, Any] = {
        "tickets": Count("pk"),
        "answered": Count("pk", filter=answered),
        "on_time": Count("pk", filter=answered & Q(first_response_on_time=True)),
        "handed_to_cs": Count("pk", filter=Q(handed)),
    }
    together = _ordered_sets(scope.tickets)
    if together:
        # The percentiles in the same pass over the period's tickets (their own pass cost a third of the page).
        counts |= {"median_minutes": _median(answered), "p90_minutes": _p90(answered)}
    for row in scope.tickets.filter(in_period).values("seller_id").annotate(**counts).order_by():
        figures[row.pop("seller_id")].update(row)
    # The Open tab now, whatever the period: its own query over the (seller, tab, deadline) index, so the period's
    # query never has to read the whole table for an OR.
    open_rows = (
        scope.tickets.filter(portal_tab=PortalTab.OPEN)
        .values("seller_id")
        .annotate(open_now=Count("*"), overdue_now=Count("deadline_at", filter=Q(deadline_at__lt=now)))
        .order_by()
    )
    for row in open_rows:
        figures[row.pop("seller_id")].update(row)
    if not together:
        for seller_id, (median, p90) in percentiles(scope.tickets.filter(answered), F("seller_id")).items():
            figures[seller_id].update(median_minutes=median, p90_minutes=p90)
    # An order unit is created with its order (orders.services.order_create), which stores how many it has: the
    # period's order units are the sum over the orders placed in it, read from the (seller, created_at) index alone.
    units = scope.orders.filter(in_period).values("seller_id").annotate(n=Sum("units_count"))
    for row in units.order_by():
        figures[row["seller_id"]]["units"] = row["n"]
    decisions = (
        scope.decisions.filter(_in(period, "created_at"))
        .values("seller_id")
        .annotate(n=Count("pk"), compliant=Count("pk", filter=Q(decision=DecisionKind.COMPLIANT)))
    )
    for row in decisions.order_by():
        figures[row["seller_id"]].update(decisions=row["n"], compliant=row["compliant"])
    _add_enforcements(scope, period, figures)
    return {seller_id: Kpis(seller_id=seller_id, **values) for seller_id, values in figures.items()}


def _add_enforcements(scope: Scope, period: Period, figures: dict[int, dict[str, Any]]) -> None:
    cases = (
        scope.cases.filter(_in(period, "enforced_at"), state=CaseState.ENFORCED)
        .values("seller_id", "cost_currency")
        .annotate(n=Count("pk"), cost=Sum("cost_amount"))
        .order_by("seller_id", "cost_currency")
    )
    for row in cases:
        seller = figures[row["seller_id"]]
        seller["enforcements"] = seller.get("enforcements", 0) + row["n"]
        if row["cost_currency"]:
            costs = seller.get("enforcement_costs", ())
            seller["enforcement_costs"] = (*costs, Money(int(row["cost"] or 0), row["cost_currency"]))


def for_seller(scope: Scope, period: Period, now: dt.datetime, seller_id: int) -> Kpis:
    """One seller's figures (zeros when there is nothing in the period)."""
    return by_seller(scope, period, now).get(seller_id, Kpis(seller_id=seller_id))


def week_starts(period: Period) -> list[dt.date]:
    """Every Monday (UTC) whose week overlaps the period, so weeks without tickets still get a bar."""
    first = period.start.date() - dt.timedelta(days=period.start.weekday())
    last = (period.end - dt.timedelta(microseconds=1)).date()
    return [first + dt.timedelta(days=7 * i) for i in range((last - first).days // 7 + 1)]


class WeekStart(TruncWeek):
    """Monday 00:00 UTC of a timestamp's week.

    On SQLite by its own date functions (back six days, then on to the next Monday) instead of Django's trunc,
    which calls into Python for every row; stored timestamps there are UTC text, so the result is the same.
    """

    def __init__(self, expression: str) -> None:
        super().__init__(expression, tzinfo=dt.UTC)

    def as_sqlite(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra_context: Any
    ) -> tuple[str, list[Any]]:
        sql, params = compiler.compile(self.lhs)
        return f"datetime({sql}, '-6 days', 'weekday 1', 'start of day')", list(params)


def weekly(scope: Scope, period: Period) -> list[Week]:
    """Tickets, on-time share and median first response per week of the period (one query on PostgreSQL, two on
    SQLite)."""
    answered = _answered(period)
    figures: dict[str, Any] = {
        "tickets": Count("pk"),
        "answered": Count("pk", filter=answered),
        "on_time": Count("pk", filter=answered & Q(first_response_on_time=True)),
    }
    starts = week_starts(period)
    if _ordered_sets(scope.tickets):
        figures["median_minutes"] = _median(answered)  # in the same pass over each week's tickets
        counts = _week_by_week(scope.tickets.filter(_in(period, "created_at")), starts, figures)
        return [Week(start=day, **counts[day]) for day in starts]
    week = WeekStart("created_at")
    rows = scope.tickets.filter(_in(period, "created_at")).annotate(week=week).values("week").annotate(**figures)
    counts = {_day(row.pop("week")): row for row in rows.order_by()}
    medians = percentiles(scope.tickets.filter(answered), week)
    for key, (median, _p90) in medians.items():
        counts.setdefault(_day(key), {})["median_minutes"] = median
    return [Week(start=day, **counts.get(day, {})) for day in starts]


def _week_by_week(
    tickets: QuerySet[Ticket], starts: list[dt.date], figures: dict[str, Any]
) -> dict[dt.date, dict[str, Any]]:
    """PostgreSQL: the figures of each week from its own range of the (seller, created_at) index, in one statement.

    Grouping a year of a large seller's tickets by week sorted all of them first (76,000 rows, 3 MB spilled to disk):
    68–115 ms. Each week's aggregate over its own index range (a LATERAL join over the weeks' bounds) needs no sort,
    and its median sorts one week's values in memory: 31–39 ms for the same figures.
    """
    bounds = [dt.datetime.combine(day, dt.time(), dt.UTC) for day in starts]
    week = Q(created_at__gte=RawSQL("w.start", ()), created_at__lt=RawSQL("w.stop", ()))
    per_week = tickets.filter(week).values(_=Value(1)).annotate(**figures).values(*figures).order_by()
    try:
        inner, params = per_week.query.get_compiler(using=tickets.db).as_sql()
    except EmptyResultSet:  # a scope with no tickets at all (a buyer's)
        return {day: {} for day in starts}
    # The inner statement is Django's, compiled with its parameters kept apart.
    weeks = "SELECT w.start, s.* FROM unnest(%s::timestamptz[], %s::timestamptz[]) AS w(start, stop)"
    sql = f"{weeks} CROSS JOIN LATERAL ({inner}) s"
    with connections[tickets.db].cursor() as cursor:
        cursor.execute(sql, [bounds, [start + _WEEK for start in bounds], *params])
        names = [column.name for column in cursor.description[1:]]
        return {_day(start): dict(zip(names, values, strict=True)) for start, *values in cursor.fetchall()}


def _day(value: dt.datetime | dt.date) -> dt.date:
    return value.astimezone(dt.UTC).date() if isinstance(value, dt.datetime) else value


def sort_rows(rows: Iterable[Kpis], key: str, *, descending: bool) -> list[Kpis]:
    """Sort by one KPI; rows without a value for it (nothing to measure) always come last."""
    rows = list(rows)
    present = [row for row in rows if getattr(row, key) is not None]
    missing = [row for row in rows if getattr(row, key) is None]
    present.sort(key=lambda row: (getattr(row, key), row.seller_id), reverse=descending)
    return present + missing
