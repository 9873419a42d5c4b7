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
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext
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
    text = _words(language)[3]
    q = form["q"].value() or ""
    shown = len(page.object_list)
    content = (
        engines["jinja2"]
        .get_template("web/seller/ticket_list.html")
        .render(
            {
                "text": text,
                "q": q,
                "tab": tab,
                "searching": bool(search),
                "found": _found(page, q) if isinstance(page, search_module.SearchPage) else "",
                "counts": {} if search else selectors.tab_counts(actor),  # the tabs are hidden while searching
                "tabs": PortalTab.choices,
                "rows": _rows(list(page.object_list), searching=bool(search)),
                "pager": _pager(page) if shown else {},
                "cap_note": _cap_note(page) if shown else "",
                "empty": text["nothing_found"]
                if search
                else text["nothing_open"]
                if tab == PortalTab.OPEN
                else text["none"],
                "labels": {name: _label(name, language) for name in _FILTERS},
                "inputs": {name: _input(form, name, language) for name in _FILTERS},
                "errors": {name: form[name].errors for name in ("q", "created_from", "created_to")},
                "query": query.urlencode(),
                "tab_query": _without(request, "tab", "page"),
            }
        )
    )
    # Jinja2 escapes every value it writes (autoescape), so its output is safe to put into the page as it is.
    return render(request, "web/seller/ticket_list.html", {"nav": "tickets", "content": mark_safe(content)})  # noqa: S308


def _found(page: search_module.SearchPage[ListRow], term: str) -> SafeString:
    if not page.complete:
        sentence = _("Tickets matching “%(term)s” in all tabs.")
        return mark_safe(sentence % {"term": conditional_escape(term)})  # noqa: S308 - the term is escaped
    n = len(page.object_list)
    sentence = ngettext(
        "%(n)s ticket found for “%(term)s” in all tabs.", "%(n)s tickets found for “%(term)s” in all tabs.", n
    )
    return mark_safe(sentence % {"n": n, "term": conditional_escape(term)})  # noqa: S308 - the term is escaped


def _pager(page: search_module.SearchPage[ListRow] | Page[ListRow]) -> dict[str, Any]:
    if isinstance(page, search_module.SearchPage):
        label = _("Page %(n)s") % {"n": page.number}
    else:
        label = _("Page %(n)s of %(total)s") % {"n": page.number, "total": page.paginator.num_pages}
    return {
        "other_pages": page.has_other_pages(),
        "previous": page.previous_page_number() if page.has_previous() else None,
        "next": page.next_page_number() if page.has_next() else None,
        "label": label,
    }


def _cap_note(page: search_module.SearchPage[ListRow] | Page[ListRow]) -> SafeString | str:
    if isinstance(page, search_module.SearchPage):
        if not page.capped:
            return ""
        note = _(
            "A search lists its first %(depth)s matches; add words or choose a period or a topic to narrow it."
        ) % {"depth": search_module.SEARCH_DEPTH}
        return format_html('<p class="muted small" id="search-cap">{}</p>', note)
    paginator = page.paginator
    if not isinstance(paginator, search_module.CappedPaginator) or not paginator.capped:
        return ""
    note = _("This tab lists its first %(cap)s tickets; choose a period or a topic to reach the others.") % {
        "cap": paginator.cap
    }
    return format_html('<p class="muted small" id="list-cap">{}</p>', note)


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


def _rows(tickets: Sequence[ListRow], *, searching: bool) -> list[_Row]:
    """The list's rows, each link and label looked up once per page rather than once per row."""
    url, order_url = _links(get_script_prefix())
    reasons, topics, tabs, _text = _words(get_language())
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
    return rows


@functools.cache
def _words(language: str) -> tuple[dict[str, str], ...]:
    """The list's labels and words in one language: a translation looked up per row cost more than the rest of the
    row, and the page's words are the same on every page."""
    return (
        {value: str(label) for value, label in TicketReason.choices},
        {value: str(label) for value, label in TicketTopic.choices},
        {value: str(label) for value, label in PortalTab.choices},
        {
            "heading": _("Ticket Management"),
            "search_label": _("Ticket number, order number or words from the messages"),
            "search_placeholder": _("Ticket or order number, or words"),
            "search_title": _("Search by ticket or order number, or by words in the messages and internal notes."),
            "search": _("Search"),
            "clear_search": _("Clear search"),
            "tabs": _("Ticket tabs"),
            "filters": _("Filters"),
            "apply": _("Apply"),
            "reset": _("Reset"),
            "ticket": _("Ticket"),
            "order_column": _("Order"),
            "reason_and_topic": _("Reason and topic"),
            "buyer": _("Buyer"),
            "last_message": _("Last message"),
            "answer_due": _("Answer due"),
            "keyboard": _("Keyboard: j / k to move, Enter to open."),
            "pages": _("Pages"),
            "previous": _("Previous"),
            "next": _("Next"),
            "nothing_found": _("No ticket has this number or a message with these words."),
            "nothing_open": _("Nothing to answer right now."),
            "none": _("No tickets here."),
            # in each row
            "overdue": _("Overdue"),
            "order": _("Show order details"),
            "process": _("Process ticket"),
        },
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
