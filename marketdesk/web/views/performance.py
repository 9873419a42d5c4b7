"""Service Performance: a seller's KPIs with weekly charts, and customer service's table of every seller."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import SellerAccount
from marketdesk.catalog.models import StorefrontCode
from marketdesk.core import clock
from marketdesk.performance import kpis, report
from marketdesk.performance.scope import MAX_DAYS, Period, scope_for
from marketdesk.web.access import cs_required, current_actor, seller_required
from marketdesk.web.querystrings import query_without

DEFAULT_DAYS = 90
# What the customer-service table sorts by: a KPI attribute (or the seller's name) and the label of its column.
SORTS: dict[str, Any] = {
    "seller": gettext_lazy("Seller"),
    "tickets": gettext_lazy("Tickets"),
    "on_time_share": gettext_lazy("On time"),
    "median_hours": gettext_lazy("Median first response"),
    "p90_hours": gettext_lazy("90th percentile"),
    "open_now": gettext_lazy("Open now"),
    "overdue_now": gettext_lazy("Overdue now"),
    "tickets_per_100_units": gettext_lazy("Tickets per 100 units"),
    "cs_share": gettext_lazy("Handed to customer service"),
    "compliant_share": gettext_lazy("Valid return option"),
    "enforcements": gettext_lazy("Enforcements"),
}


# Picking a preset clears the dates and picking a date selects "Custom dates", so the form never shows one period
# while the page reports another (without script, the period field decides).
_PRESET_CHANGED = "if (this.value !== 'custom') { this.form.date_from.value = this.form.date_to.value = ''; }"
_DATE_INPUT = forms.DateInput(attrs={"type": "date", "onchange": "this.form.period.value = 'custom'"})


class PerformanceForm(forms.Form):
    storefront = forms.ChoiceField(
        label=gettext_lazy("Storefront"),
        required=False,
        choices=[("", gettext_lazy("All storefronts")), *((c, c.upper()) for c in StorefrontCode.values)],
    )
    period = forms.ChoiceField(
        label=gettext_lazy("Period"),
        choices=[
            ("7", gettext_lazy("Last 7 days")),
            ("30", gettext_lazy("Last 30 days")),
            ("90", gettext_lazy("Last 90 days")),
            ("custom", gettext_lazy("Custom dates")),
        ],
        widget=forms.Select(attrs={"onchange": _PRESET_CHANGED}),
    )
    date_from = forms.DateField(label=gettext_lazy("From"), required=False, widget=_DATE_INPUT)
    date_to = forms.DateField(label=gettext_lazy("To"), required=False, widget=_DATE_INPUT)
    sort = forms.ChoiceField(required=False, choices=[(key, key) for key in SORTS])
    dir = forms.ChoiceField(required=False, choices=[("asc", "asc"), ("desc", "desc")])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("date_from"), data.get("date_to")
        if data.get("period") == "custom":
            if not first or not last:
                raise forms.ValidationError(_("Choose both dates of a custom period."))
            if last < first:
                raise forms.ValidationError(_("The period must not end before it starts."))
            if (last - first).days + 1 > MAX_DAYS:
                raise forms.ValidationError(_("Choose at most %(days)d days.") % {"days": MAX_DAYS})
            if first > clock.now().date():
                raise forms.ValidationError(_("The period starts in the future."))
        return data

    def to_period(self, now: dt.datetime) -> Period:
        data = self.cleaned_data
        if data["period"] == "custom":
            return Period.between_dates(data["date_from"], data["date_to"])
        return Period.last_days(int(data["period"]), now)


def _filters(request: HttpRequest) -> tuple[PerformanceForm, Period | None]:
    data = request.GET.copy()
    if not data.get("period"):
        # Dates alone mean a custom period; nothing at all means the default preset, shown as chosen.
        data["period"] = "custom" if data.get("date_from") or data.get("date_to") else str(DEFAULT_DAYS)
    form = PerformanceForm(data)
    if not form.is_valid():
        return form, None
    return form, form.to_period(clock.now())


def _csv(text: str, name: str, period: Period) -> HttpResponse:
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    filename = f"{name}-{period.start.date().isoformat()}-{period.end.date().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _detail(request: HttpRequest, actor: Actor, seller: SellerAccount, *, as_csv: bool, base: str) -> HttpResponse:
    form, period = _filters(request)
    context: dict[str, Any] = {"form": form, "seller": seller, "nav": "performance"}
    if period is None:
        if as_csv:
            return HttpResponse(_errors(form), status=400, content_type="text/plain; charset=utf-8")
        return render(request, "web/performance/seller.html", context, status=400)
    storefront = form.cleaned_data.get("storefront") or ""
    scope = scope_for(actor, storefront=storefront or None, seller_id=seller.pk)
    figures = kpis.for_seller(scope, period, clock.now(), seller.pk)
    weeks = kpis.weekly(scope, period)
    if as_csv:
        return _csv(report.csv_text(period, storefront, figures, weeks), "service-performance", period)
    context.update(
        period=period,
        period_last_day=(period.end - dt.timedelta(microseconds=1)),
        storefront=storefront,
        lines=report.lines(figures),
        charts=report.weekly_charts(weeks),
        csv_url=f"{base}?{request.GET.urlencode()}",
        has_data=figures.tickets > 0 or figures.open_now > 0,
    )
    return render(request, "web/performance/seller.html", context)


def _errors(form: forms.Form) -> str:
    return "\n".join(str(error) for errors in form.errors.values() for error in errors)


@seller_required
@require_GET
def seller_performance(request: HttpRequest) -> HttpResponse:
    actor = current_actor(request)
    seller = _seller_or_404(actor.seller_id)
    return _detail(request, actor, seller, as_csv=False, base=reverse("seller:performance_csv"))


@seller_required
@require_GET
def seller_performance_csv(request: HttpRequest) -> HttpResponse:
    actor = current_actor(request)
    seller = _seller_or_404(actor.seller_id)
    return _detail(request, actor, seller, as_csv=True, base="")


def _seller_or_404(seller_id: int | None) -> SellerAccount:
    if seller_id is None:
        raise Http404  # a seller login without a seller account has no figures
    try:
        return SellerAccount.objects.get(pk=seller_id)
    except SellerAccount.DoesNotExist:
        raise Http404 from None


@cs_required
@require_GET
def cs_seller_performance(request: HttpRequest, seller_id: int) -> HttpResponse:
    base = reverse("cs:seller_performance_csv", args=[seller_id])
    return _detail(request, current_actor(request), _seller_or_404(seller_id), as_csv=False, base=base)


@cs_required
@require_GET
def cs_seller_performance_csv(request: HttpRequest, seller_id: int) -> HttpResponse:
    return _detail(request, current_actor(request), _seller_or_404(seller_id), as_csv=True, base="")


def _table(request: HttpRequest) -> tuple[PerformanceForm, Period | None, list[tuple[str, kpis.Kpis]]]:
    form, period = _filters(request)
    if period is None:
        return form, None, []
    storefront = form.cleaned_data.get("storefront") or None
    rows = kpis.by_seller(scope_for(current_actor(request), storefront=storefront), period, clock.now())
    names = dict(SellerAccount.objects.filter(pk__in=rows).values_list("pk", "name"))
    sort = form.cleaned_data.get("sort") or "on_time_share"
    descending = form.cleaned_data.get("dir") == "desc"
    if sort == "seller":
        ordered = sorted(rows.values(), key=lambda k: names.get(k.seller_id, "").casefold(), reverse=descending)
    else:
        ordered = kpis.sort_rows(rows.values(), sort, descending=descending)
    return form, period, [(names.get(k.seller_id, str(k.seller_id)), k) for k in ordered]


@cs_required
@require_GET
def cs_performance(request: HttpRequest) -> HttpResponse:
    form, period, rows = _table(request)
    context: dict[str, Any] = {"form": form, "nav": "performance", "period": period}
    if period is None:
        return render(request, "web/performance/sellers.html", context, status=400)
    sort = form.cleaned_data.get("sort") or "on_time_share"
    direction = form.cleaned_data.get("dir") or "asc"
    keep = query_without(request.GET, "sort", "dir")
    columns = []
    for key, label in SORTS.items():
        flip = "desc" if key == sort and direction == "asc" else "asc"
        state = ("ascending" if direction == "asc" else "descending") if key == sort else ""
        columns.append({"key": key, "label": label, "href": f"?{keep}&sort={key}&dir={flip}", "aria_sort": state})
    context.update(
        rows=[(name, k, report.lines(k)) for name, k in rows],
        columns=columns,
        period_last_day=period.end - dt.timedelta(microseconds=1),
        detail_query=keep,
        csv_url=f"{reverse('cs:performance_csv')}?{request.GET.urlencode()}",
    )
    return render(request, "web/performance/sellers.html", context)


@cs_required
@require_GET
def cs_performance_csv(request: HttpRequest) -> HttpResponse:
    form, period, rows = _table(request)
    if period is None:
        return HttpResponse(_errors(form), status=400, content_type="text/plain; charset=utf-8")
    storefront = form.cleaned_data.get("storefront") or ""
    return _csv(report.csv_table(period, storefront, rows), "service-performance-sellers", period)
