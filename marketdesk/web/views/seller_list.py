"""Seller portal, Ticket Management: the tabbed list of tickets with its search, filters and pages.

The list is the page a seller opens most. Its rows are written by a Jinja2 template (web/jinja2/) from values worked
out here once per page: Django's template engine spends a quarter of a millisecond on each row, more than the
database spends on the whole page of rows.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.core.paginator import Page
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.template import engines
from django.urls import get_script_prefix, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from marketdesk.tickets import search as search_module
from marketdesk.tickets import selectors
from marketdesk.tickets.enums import PortalTab, TicketReason, TicketTopic
from marketdesk.tickets.selectors import ListRow
from marketdesk.web.access import current_actor, seller_required
from marketdesk.web.dates import short_datetimes
from marketdesk.web.forms_seller import TicketListForm
from marketdesk.web.templatetags.marketdesk import answer_clock

_FILTERS = ("topic", "storefront", "created_from", "created_to", "sort")


@seller_required
def ticket_list(request: HttpRequest) -> HttpResponse:
    actor = current_actor(request)
    form = TicketListForm(request.GET)
    data: dict[str, Any] = form.cleaned_data if form.is_valid() else {}
    tab = data.get("tab") or PortalTab.OPEN
    search = (data.get("q") or "").strip()
    start, end = data.get("created_from"), data.get("created_to")
    filters = selectors.TicketFilter(
        tab=None if search else tab,
        search=search,
        topic=data.get("topic") or "",
        storefront=data.get("storefront") or "",
        created_from=dt.datetime.combine(start, dt.time(), dt.UTC) if start else None,
        created_to=dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), dt.UTC) if end else None,
        sort=data.get("sort") or "",
    )
    matches = selectors.number_matches(actor, filters) if search else None
    if matches is not None and len(matches) == 1:
        # An exact hit opens the ticket.
        return HttpResponseRedirect(_links(get_script_prefix())[0].replace(_NUMBER, matches[0]))
    tickets = selectors.ticket_query(actor, filters, matches=matches)
    size, number = data.get("size") or 25, data.get("page") or 1
    rows = functools.partial(selectors.list_rows, actor)
    page: search_module.SearchPage[ListRow] | Page[ListRow]
    if search:
        page = search_module.search_page(tickets, number, size, rows)
        if page.complete and len(page.object_list) == 1:
            return redirect("seller:ticket", number=page.object_list[0].number)
    else:
        page = search_module.CappedPaginator(tickets, size, rows, cap=search_module.LIST_CAP).get_page(number)
    query = request.GET.copy()
    query.pop("page", None)
    language = get_language()
    return render(
        request,
        "web/seller/ticket_list.html",
        {
            "nav": "tickets",
            "form": form,
            "tab": tab,
            "searching": bool(search),
            "counts": {} if search else selectors.tab_counts(actor),  # the tabs are hidden while searching
            "tabs": PortalTab.choices,
            "page": page,
            "rows": _rows_html(list(page.object_list), searching=bool(search)),
            "search_depth": search_module.SEARCH_DEPTH,
            "labels": {name: _label(name, language) for name in _FILTERS},
            "inputs": {name: _input(form, name, language) for name in _FILTERS},
            "query": query.urlencode(),
            "tab_query": _without(request, "tab", "page"),
        },
    )


@dataclass(frozen=True, slots=True)
class _Row:
    number: str
    url: str
    order_url: str
    storefront: str
    tab: str
    overdue_since: str  # when the answer deadline passed, as the seller reads dates; empty while it has not
    id_order: str
    reason: str
    topic: str
    buyer: str
    excerpt: str
    clock_level: str  # ok, soon, overdue, paused; none when the seller owes no answer
    clock_label: str
    deadline: str
    updated: str


_NUMBER = "00100000000"  # any ticket number, to reverse a ticket's links once per process


@functools.lru_cache(maxsize=8)
def _links(script_prefix: str) -> tuple[str, str]:
    """A ticket's page and its order's details, for _NUMBER."""
    return reverse("seller:ticket", args=[_NUMBER]), reverse("seller:order_details", args=[_NUMBER])


def _rows_html(tickets: Sequence[ListRow], *, searching: bool) -> SafeString:
    """The list's rows, each link and label looked up once per page rather than once per row."""
    url, order_url = _links(get_script_prefix())
    reasons, topics, tabs, text = _words(get_language())
    short_datetime = short_datetimes()
    rows = []
    for t in tickets:
        clock = answer_clock(t)
        rows.append(
            _Row(
                number=t.number,
                url=url.replace(_NUMBER, t.number),
                order_url=order_url.replace(_NUMBER, t.number),
                storefront=t.storefront_id.upper(),
                tab=tabs.get(t.portal_tab, t.portal_tab),
                overdue_since=short_datetime(t.overdue_at),
                id_order=t.id_order,
                reason=reasons.get(t.open_reason, t.open_reason),
                topic=topics.get(t.topic, t.topic) if t.topic else "",
                buyer=t.buyer_name,
                excerpt=excerpt(t.last_message_excerpt),
                clock_level=clock["level"],
                clock_label=clock["label"],
                # The last update is shown where no answer is due (dates cost more to write than the rest of a row).
                deadline=short_datetime(clock["deadline"]),
                updated=short_datetime(t.updated_at) if clock["level"] == "none" else "",
            )
        )
    template = engines["jinja2"].get_template("web/seller/ticket_rows.html")
    # Jinja2 escapes every value it writes (autoescape), so its output is safe to put into the page as it is.
    return mark_safe(template.render({"rows": rows, "searching": searching, "text": text}))  # noqa: S308


@functools.cache
def _words(language: str) -> tuple[dict[str, str], ...]:
    """The list's labels in one language: a translation looked up per row cost more than the rest of the row."""
    return (
        {value: str(label) for value, label in TicketReason.choices},
        {value: str(label) for value, label in TicketTopic.choices},
        {value: str(label) for value, label in PortalTab.choices},
        {"overdue": _("Overdue"), "order": _("Show order details"), "process": _("Process ticket")},
    )


def excerpt(text: str, words: int = 12) -> str:
    """The first words of a message, as `Truncator(text).words(12, truncate=" …")` writes them, at a tenth of its
    cost (it is written for every row)."""
    found = text.split()
    return " ".join(found[:words]) + " …" if len(found) > words else " ".join(found)


# The filters' labels and inputs are the same for every page in a language but the chosen value: each is written
# once per process (Django's widget templates would write the topic filter's 60 options on every page).
@functools.cache
def _label(name: str, language: str) -> SafeString:
    return TicketListForm()[name].label_tag()


def _input(form: TicketListForm, name: str, language: str) -> SafeString:
    field = form[name]
    if field.errors:
        return mark_safe(str(field))  # noqa: S308 - rare: Django's widget marks the error
    return _input_html(name, str(field.value() or ""), language)


@functools.lru_cache(maxsize=1024)
def _input_html(name: str, value: str, language: str) -> SafeString:
    """What Django's widget writes for a valid value (a test holds the two together)."""
    field = TicketListForm.base_fields[name]
    if not isinstance(field, forms.ChoiceField):
        shown = format_html(' value="{}"', value) if value else ""
        kind = cast(forms.widgets.Input, field.widget).input_type
        return format_html('<input type="{}" name="{}"{} id="id_{}">', kind, name, shown, name)
    options = format_html_join(
        "\n",
        '<option value="{}"{}>{}</option>',
        ((choice, " selected" if str(choice) == value else "", label) for choice, label in field.choices),  # type: ignore[misc,union-attr]
    )
    return format_html('<select name="{}" id="id_{}">\n{}\n</select>', name, name, options)


def _without(request: HttpRequest, *keys: str) -> str:
    query = request.GET.copy()
    for key in keys:
        query.pop(key, None)
    return query.urlencode()
