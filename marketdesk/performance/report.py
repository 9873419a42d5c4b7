"""The KPIs as people read them: label, value, definition in words, weekly charts, and the same as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape

from django.utils import formats
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from marketdesk.performance import charts
from marketdesk.performance.kpis import Kpis, Week
from marketdesk.performance.scope import Period

DEFINITIONS: dict[str, Promise] = {
    "on_time": gettext_lazy(
        "Tickets opened by buyers in the period that have a first response from the seller: how many of them got it "
        "before the answer deadline (48 working hours unless the storefront sets another; time with customer "
        "service does not count). Tickets still unanswered are counted under “Open now” and “Overdue now” instead."
    ),
    "median": gettext_lazy(
        "Half of those first responses came faster than this. Working hours count Monday to Friday without the "
        "public holidays of the storefront's country, in its time zone; with an even number of responses it is the "
        "mean of the two middle ones."
    ),
    "p90": gettext_lazy(
        "Nine in ten of those first responses came within this many working hours (nearest rank): the slow tail."
    ),
    "open_now": gettext_lazy(
        "Tickets in the Open tab right now (the seller's answer is pending), whatever the period."
    ),
    "overdue_now": gettext_lazy("Tickets in the Open tab right now whose answer deadline has already passed."),
    "per_units": gettext_lazy(
        "Tickets opened in the period for every 100 order units created in the period: how often an order leads "
        "to an enquiry."
    ),
    "cs_share": gettext_lazy(
        "Tickets opened in the period that the seller handed to customer service or customer service took over, "
        "out of all tickets opened in the period."
    ),
    "compliant": gettext_lazy(
        "The seller's first responses to return requests, checked in the period under the return-option policy: "
        "the share that contained a valid return option (all decisions count, including those needing review)."
    ),
    "enforcements": gettext_lazy(
        "Policy cases enforced in the period: the order was cancelled and the buyer refunded in full at the "
        "seller's expense. The cost is the sum refunded, per currency."
    ),
}


@dataclass(frozen=True, slots=True)
class Line:
    key: str
    label: str
    value: str  # for people, localised
    detail: str  # the counts behind a share, or ""
    raw: float | int | None  # for the CSV
    definition: str


def number(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else formats.number_format(value, digits, use_l10n=True)


def percent(share: float | None) -> str:
    return "–" if share is None else f"{number(share * 100)} %"


def hours(value: float | None) -> str:
    return "–" if value is None else _("%(h)s h") % {"h": number(value)}


def of(part: int, whole: int) -> str:
    return _("%(part)d of %(whole)d") % {"part": part, "whole": whole}


def lines(k: Kpis) -> list[Line]:
    costs = " + ".join(str(money) for money in k.enforcement_costs)
    d = {key: str(text) for key, text in DEFINITIONS.items()}
    return [
        Line("on_time", _("Answered within the answer time"), percent(k.on_time_share), of(k.on_time, k.answered),
             k.on_time_share, d["on_time"]),
        Line("median_first_response", _("Median first response"), hours(k.median_hours), "", k.median_hours,
             d["median"]),
        Line("p90_first_response", _("90th percentile first response"), hours(k.p90_hours), "", k.p90_hours, d["p90"]),
        Line("open_now", _("Open now"), str(k.open_now), "", k.open_now, d["open_now"]),
        Line("overdue_now", _("Overdue now"), str(k.overdue_now), "", k.overdue_now, d["overdue_now"]),
        Line("tickets_per_100_units", _("Tickets per 100 order units"), number(k.tickets_per_100_units),
             _("%(t)d tickets, %(u)d order units") % {"t": k.tickets, "u": k.units}, k.tickets_per_100_units,
             d["per_units"]),
        Line("handed_to_cs", _("Handed to customer service"), percent(k.cs_share), of(k.handed_to_cs, k.tickets),
             k.cs_share, d["cs_share"]),
        Line("valid_return_option", _("First responses with a valid return option"), percent(k.compliant_share),
             of(k.compliant, k.decisions), k.compliant_share, d["compliant"]),
        Line("enforcements", _("Policy enforcements"), str(k.enforcements), costs, k.enforcements,
             d["enforcements"]),
    ]  # fmt: skip


def week_label(week: Week) -> str:
    return _day_and_month(week.start, get_language())


@functools.lru_cache(maxsize=1024)
def _day_and_month(day: dt.date, language: str) -> str:
    """Written once per day and language: a year's charts label 53 weeks on every page."""
    return formats.date_format(day, "j M")


@dataclass(frozen=True, slots=True)
class Chart:
    key: str
    title: str
    svg: SafeString
    column: str  # the heading of its numbers in the table beside it
    values: list[tuple[str, str]]  # (week, value) for the table

    @property
    def table_rows(self) -> SafeString:
        """The table's rows, each value escaped: a year is 53 weeks a chart, and the template engine's loop over them
        cost more than drawing the charts."""
        return mark_safe(  # noqa: S308 - every value is escaped
            "".join(f"<tr><td>{escape(week)}</td><td>{escape(value)}</td></tr>" for week, value in self.values)
        )


def weekly_charts(weeks: Sequence[Week]) -> list[Chart]:
    labels = [week_label(w) for w in weeks]

    def table(values: Sequence[float | None], fmt: Callable[[float], str]) -> list[tuple[str, str]]:
        return [(label, "–" if value is None else fmt(value)) for label, value in zip(labels, values, strict=True)]

    def points(values: Sequence[float | None]) -> list[charts.Point]:
        return [charts.Point(label, value) for label, value in zip(labels, values, strict=True)]

    # Each week's value is written three times (the chart's description, its bar's tooltip, the table): formatted
    # once per chart, as localised number formatting is most of the charts' cost.
    @functools.cache
    def count(value: float) -> str:
        return number(value, 0)

    @functools.cache
    def share(value: float) -> str:
        return f"{number(value, 0)} %"

    in_hours = functools.cache(hours)

    tickets = [float(w.tickets) for w in weeks]
    on_time = [None if w.on_time_share is None else w.on_time_share * 100 for w in weeks]
    median = [w.median_hours for w in weeks]
    title_tickets = _("Tickets opened per week")
    title_on_time = _("Answered within the answer time, per week")
    title_median = _("Median first response per week (working hours)")
    return [
        Chart(
            "tickets",
            title_tickets,
            charts.bar_chart(chart_id="chart-tickets", title=title_tickets, points=points(tickets), fmt=count),
            _("Tickets"),
            table(tickets, count),
        ),
        Chart(
            "on-time",
            title_on_time,
            charts.line_chart(
                chart_id="chart-on-time", title=title_on_time, points=points(on_time), fmt=share, top=100
            ),
            _("On time"),
            table(on_time, share),
        ),
        Chart(
            "median",
            title_median,
            charts.bar_chart(chart_id="chart-median", title=title_median, points=points(median), fmt=in_hours),
            _("Median"),
            table(median, in_hours),
        ),
    ]


def _raw(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else f"{value:.4f}"


def csv_text(period: Period, storefront: str, figures: Kpis, weeks: Iterable[Week]) -> str:
    """The KPIs, then the weekly series; numbers unformatted (a dot as decimal separator) for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["period_start", period.start.isoformat(), "period_end", period.end.isoformat()])
    writer.writerow(["storefront", storefront or "all"])
    writer.writerow([])
    writer.writerow(["kpi", "label", "value", "detail", "definition"])
    for line in lines(figures):
        writer.writerow([line.key, line.label, _raw(line.raw), line.detail, line.definition])
    for money in figures.enforcement_costs:
        writer.writerow([f"enforcement_cost_{money.currency.lower()}", _("Cost of enforcements"), str(money.decimal),
                         money.currency, str(DEFINITIONS["enforcements"])])  # fmt: skip
    writer.writerow([])
    writer.writerow(["week_start", "tickets", "answered", "answered_on_time", "on_time_share", "median_hours"])
    for week in weeks:
        writer.writerow([week.start.isoformat(), week.tickets, week.answered, week.on_time,
                         _raw(week.on_time_share), _raw(week.median_hours)])  # fmt: skip
    return out.getvalue()


def csv_table(period: Period, storefront: str, rows: Iterable[tuple[str, Kpis]]) -> str:
    """One line per seller, every KPI as a column."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["period_start", period.start.isoformat(), "period_end", period.end.isoformat()])
    writer.writerow(["storefront", storefront or "all"])
    writer.writerow([])
    writer.writerow(["seller_id", "seller", "tickets", "answered", "answered_on_time", "on_time_share",
                     "median_hours", "p90_hours", "open_now", "overdue_now", "order_units", "tickets_per_100_units",
                     "handed_to_cs", "cs_share", "policy_decisions", "compliant", "compliant_share", "enforcements",
                     "enforcement_costs"])  # fmt: skip
    for name, k in rows:
        writer.writerow([k.seller_id, name, k.tickets, k.answered, k.on_time, _raw(k.on_time_share),
                         _raw(k.median_hours), _raw(k.p90_hours), k.open_now, k.overdue_now, k.units,
                         _raw(k.tickets_per_100_units), k.handed_to_cs, _raw(k.cs_share), k.decisions, k.compliant,
                         _raw(k.compliant_share), k.enforcements,
                         " ".join(f"{m.decimal} {m.currency}" for m in k.enforcement_costs)])  # fmt: skip
    return out.getvalue()
