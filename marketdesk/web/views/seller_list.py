"""Seller portal, Ticket Management: the tabbed list of tickets with its search, filters and pages.

The list is the page a seller opens most, and every step of writing it has been measured against the queries under
it (docs/performance.md):
- its content is a Jinja2 template (web/jinja2/) filled with words and values worked out here once per page: Django's
  template engine spent a quarter of a millisecond on each row, more than the database spends on the page of rows;
- its rows are written here (`_rows`), each value escaped as it goes in: the template engine's escaping and
  lookups cost more than the rows' query;
- the portal's frame around it is written once per kind of visitor (web/shell.py).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from html import escape
from typing import Any, cast

from django import forms
from django.core.paginator import Page
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template import engines
from django.urls import get_script_prefix, reverse
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from marketdesk.core import clock as app_clock
from marketdesk.tickets import search as search_module
from marketdesk.tickets import selectors
from marketdesk.tickets.enums import PortalTab, TicketReason, TicketTopic
from marketdesk.tickets.selectors import ListRow
from marketdesk.web import shell
from marketdesk.web.access import current_actor, seller_required
from marketdesk.web.dates import short_datetimes
from marketdesk.web.forms_seller import TicketListForm
from marketdesk.web.querystrings import query_without
from marketdesk.web.templatetags.marketdesk import answer_clock

_FILTERS = ("topic", "storefront", "created_from", "created_to", "sort")


@seller_required
def ticket_list(request: HttpRequest) -> HttpResponse:
    actor = current_actor(request)
    quick = None
    if len(request.GET) == 1:
        # The search box alone sends only `q`, and a ticket or order number is the search sellers make most: one
        # that finds a single ticket opens it before the form and the list are built.
        term = (request.GET.get("q") or "").strip()
        quick = selectors.number_matches(actor, selectors.TicketFilter(tab=None, search=term)) if term else None
        if quick is not None and len(quick) == 1:
            return HttpResponseRedirect(_links(get_script_prefix())[0].replace(_NUMBER, quick[0]))
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
    # `quick` has the same filters as these: only `q` was sent.
    matches = quick if quick is not None else selectors.number_matches(actor, filters) if search else None
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
                "shown": shown,
                "pager": _pager(page) if shown else {},
                "cap_note": _cap_note(page) if shown else "",
                "empty": text["nothing_found"]
                if search
                else text["nothing_open"]
                if tab == PortalTab.OPEN
                else text["none"],
                "labels": {name: _label(name, language) for name in _FILTERS},
                "inputs": {name: _input(form, name, language) for name in _FILTERS},
                "errors": {
                    name: form[name].errors or "" for name in ("q", "created_from", "created_to")
                },  # "": no template
                "query": query_without(request.GET, "page"),
                "tab_query": query_without(request.GET, "tab", "page"),
            }
        )
    )
    # Jinja2 escapes every value it writes (autoescape) and the rows come escaped: the content is safe as it is.
    return shell.page(request, "web/seller/ticket_list.html", mark_safe(content), nav="tickets")  # noqa: S308


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


_NUMBER = "00100000000"  # any ticket number, to reverse a ticket's links once per process


@functools.lru_cache(maxsize=8)
def _links(script_prefix: str) -> tuple[str, str]:
    """A ticket's page and its order's details, for _NUMBER."""
    return reverse("seller:ticket", args=[_NUMBER]), reverse("seller:order_details", args=[_NUMBER])


def _rows(tickets: Sequence[ListRow], *, searching: bool) -> SafeString:
    """The list's rows, each link and label looked up once per page rather than once per row.

    The markup is written here rather than in the list's template: the template engine's escaping and attribute
    lookups for the fields of 25 rows cost more than the rows' query. Every value is escaped as it goes in (labels
    once per language, in _row_words)."""
    url, order_url = _links(get_script_prefix())
    language = get_language()
    reasons, topics, tabs, text = _row_words(language)
    short_datetime = short_datetimes()
    now = app_clock.now()
    written = []
    for t in tickets:
        number = escape(t.number)
        link = url.replace(_NUMBER, number)
        badges = f' <span class="badge">{tabs.get(t.portal_tab) or escape(t.portal_tab)}</span>' if searching else ""
        if t.overdue_at:
            since = escape(short_datetime(t.overdue_at))
            badges += f' <span class="badge deadline-overdue" data-overdue title="{since}">{text["overdue"]}</span>'
        reason = reasons.get(t.open_reason) or escape(t.open_reason)
        if t.topic:
            reason += f'<br><span class="muted small">{topics.get(t.topic) or escape(t.topic)}</span>'
        clock = answer_clock(t, now, language)
        if clock["level"] == "none":
            # The last update is shown where no answer is due (dates cost more to write than the rest of a row).
            due = f'<span class="muted small">{escape(short_datetime(t.updated_at))}</span>'
        else:
            deadline, label = escape(short_datetime(clock["deadline"])), escape(clock["label"])
            due = f'<span class="deadline-{clock["level"]}" title="{deadline}">{label}</span>'
        written.append(
            f'    <tr data-href="{link}" data-number="{number}">\n'
            f'      <td><a href="{link}">{number}</a><br><span class="badge">{escape(t.storefront_id.upper())}</span>'
            f"{badges}</td>\n"
            f"      <td>{escape(t.id_order)}</td>\n"
            f"      <td>{reason}</td>\n"
            f"      <td>{escape(t.buyer_name)}</td>\n"
            f'      <td class="small">{escape(excerpt(t.last_message_excerpt))}</td>\n'
            f"      <td>{due}</td>\n"
            f'      <td class="row-actions">\n'
            f'        <a href="{order_url.replace(_NUMBER, number)}">{text["order"]}</a><br>\n'
            f'        <a href="{link}">{text["process"]}</a>\n'
            f"      </td>\n"
            f"    </tr>\n"
        )
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped


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


@functools.cache
def _row_words(language: str) -> tuple[dict[str, str], ...]:
    """_words, escaped for the rows once per language."""
    return tuple({key: escape(word) for key, word in words.items()} for words in _words(language))


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
