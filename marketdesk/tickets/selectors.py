"""Reads on tickets: the seller's tabs with search, filters and sorting; a ticket's conversation and timeline."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.db.models import Count, DateTimeField, Prefetch, Q, QuerySet

from marketdesk.accounts.access import ticket_scope, tickets_visible_to
from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import full_name
from marketdesk.catalog.models import Storefront
from marketdesk.core import prepared
from marketdesk.core.ids import TICKET_NUMBER_RE
from marketdesk.core.prepared import MOMENT, Filters
from marketdesk.tickets import search
from marketdesk.tickets.enums import PortalTab
from marketdesk.tickets.models import Attachment, Ticket, TicketEvent, TicketMessage

# A single word that may be an order number: letters and digits, at most the 16 the column holds.
ORDER_NUMBER_RE = re.compile(r"^[A-Za-z0-9]{1,16}$")
SORTS = {
    "deadline": ("deadline_at", "-updated_at", "id"),
    "updated": ("-updated_at", "-id"),
    "created": ("-created_at", "-id"),
}


@dataclass(frozen=True, slots=True)
class TicketFilter:
    tab: str | None = PortalTab.OPEN  # None: every tab (a search looks everywhere)
    search: str = ""
    topic: str = ""
    storefront: str = ""
    created_from: dt.datetime | None = None
    created_to: dt.datetime | None = None
    sort: str = ""


def ticket_list(actor: Actor, filters: TicketFilter, *, matches: list[str] | None = None) -> QuerySet[Ticket]:
    """The actor's tickets in one tab, in the list's order; the search takes an exact ticket number, an order number
    or message words. A page picks its tickets' ids from this and reads them with list_rows().

    `matches` is what number_matches found for the same filters, if it was asked.
    """
    tickets = tickets_visible_to(actor)
    if filters.tab:
        tickets = tickets.filter(portal_tab=filters.tab)
    term = filters.search.strip()
    if term:
        if TICKET_NUMBER_RE.match(term):
            tickets = tickets.filter(number=term)
        elif ORDER_NUMBER_RE.match(term) and _order_has_tickets(tickets, term, filters, matches):
            tickets = tickets.filter(order__id_order=term.upper())
        else:
            tickets = search.tickets_matching(tickets, actor, term)
    tickets = _narrowed(tickets, filters)
    # Search results come newest first: (seller, created) is indexed, so a common word needs no full sort.
    sort = filters.sort or ("deadline" if filters.tab == PortalTab.OPEN else "created" if term else "updated")
    return tickets.order_by(*SORTS.get(sort, SORTS["updated"]))


class ListRow(NamedTuple):
    """A ticket as the list shows it: its columns, its order's number, its buyer's name and its storefront (whose
    calendar and warning time its answer clock needs)."""

    id: int
    number: str
    storefront_id: str
    portal_tab: str
    open_reason: str
    topic: str | None
    deadline_at: dt.datetime | None
    clock_paused_remaining: dt.timedelta | None
    overdue_at: dt.datetime | None
    updated_at: dt.datetime
    last_message_excerpt: str
    id_order: str
    buyer_name: str
    storefront: Storefront


_ROW_COLUMNS = (
    *("pk", "number", "storefront_id", "portal_tab", "open_reason", "topic", "deadline_at", "clock_paused_remaining"),
    *("overdue_at", "updated_at", "last_message_excerpt", "order__id_order", "buyer__first_name", "buyer__last_name"),
    *("storefront__time_zone", "storefront__holiday_country", "storefront__holiday_subdivision"),
    "storefront__warning_hours",
)
# A page's ids are padded to one of these counts (with its last id again), so pages of any length share statements.
_ID_COUNTS = (1, 5, 10, 25, 50, 100)


def list_rows(actor: Actor, ids: Sequence[int]) -> list[ListRow]:
    """The rows of the tickets with these ids that the actor may see, in the order of `ids`.

    Read as tuples through a prepared statement: building 25 tickets with their orders, buyers and storefronts
    through the ORM took longer than the database takes to find them."""
    scope = ticket_scope(actor)
    if scope is None or not ids:
        return []
    conditions = Filters()
    for lookup, value in scope.items():  # whose tickets: a bound value, so every seller shares the statement
        conditions.add(lookup, value)
    padded = list(ids) + [ids[-1]] * (next((n for n in _ID_COUNTS if n >= len(ids)), len(ids)) - len(ids))
    conditions.add("pk__in", padded)

    def build(chosen: Filters) -> QuerySet[Ticket, tuple[Any, ...]]:
        return chosen.apply(Ticket.objects.all()).values_list(*_ROW_COLUMNS)

    storefronts: dict[str, Storefront] = {}
    found = {}
    for row in prepared.rows("list-rows", conditions, build):
        code = row[2]
        storefront = storefronts.get(code)
        if storefront is None:
            storefront = storefronts[code] = Storefront(
                code=code,
                time_zone=row[14],
                holiday_country=row[15],
                holiday_subdivision=row[16],
                warning_hours=row[17],
            )
        found[row[0]] = ListRow._make((*row[:12], full_name(row[12], row[13]), storefront))
    return [found[pk] for pk in dict.fromkeys(ids) if pk in found]


def number_matches(actor: Actor, filters: TicketFilter) -> list[str] | None:
    """The numbers of up to two tickets a search for a ticket or order number finds; None for other terms.

    One query: a search the seller means to open a ticket with needs no list when it finds exactly one. Its SQL is
    compiled once per process and shape (core.prepared): building it cost more than the database takes to answer."""
    term = filters.search.strip()
    if TICKET_NUMBER_RE.match(term):
        conditions = Filters().add("number", term)
    elif ORDER_NUMBER_RE.match(term):
        conditions = Filters().add("order__id_order", term.upper())
    else:
        return None
    for lookup, value, field in _narrowing(filters):
        conditions.add(lookup, value, field)

    def build(chosen: Filters) -> QuerySet[Ticket, tuple[str]]:
        return chosen.apply(tickets_visible_to(actor)).order_by().values_list("number")[:2]

    # Whose tickets may be read is written into the SQL, so the actor picks the statement too.
    return [number for (number,) in prepared.rows(("number-matches", actor), conditions, build)]


def _order_has_tickets(tickets: QuerySet[Ticket], term: str, filters: TicketFilter, matches: list[str] | None) -> bool:
    """Whether a word that may be an order number names an order of the actor's with tickets."""
    if matches:
        return True
    if matches is not None and not _narrowing(filters):
        return False  # number_matches looked without filters and found none
    return tickets.filter(order__id_order=term.upper()).exists()


def _narrowing(filters: TicketFilter) -> list[tuple[str, object, DateTimeField[dt.datetime, dt.datetime] | None]]:
    """The conditions of the topic, storefront and period filters: (lookup, value, field that prepares the value)."""
    conditions: list[tuple[str, object, DateTimeField[dt.datetime, dt.datetime] | None]] = []
    if filters.topic:
        conditions.append(("topic", filters.topic, None))
    if filters.storefront:
        conditions.append(("storefront_id", filters.storefront, None))
    if filters.created_from:
        conditions.append(("created_at__gte", filters.created_from, MOMENT))
    if filters.created_to:
        conditions.append(("created_at__lt", filters.created_to, MOMENT))
    return conditions


def _narrowed(tickets: QuerySet[Ticket], filters: TicketFilter) -> QuerySet[Ticket]:
    return tickets.filter(**{lookup: value for lookup, value, _ in _narrowing(filters)})


def tab_counts(actor: Actor) -> dict[str, int]:
    # COUNT(*), not COUNT(id): the (seller, portal_tab, …) indexes answer it without reading the table.
    rows = tickets_visible_to(actor).values("portal_tab").annotate(n=Count("*"))
    counts = {tab.value: 0 for tab in PortalTab}
    counts.update({row["portal_tab"]: row["n"] for row in rows})
    return counts


def conversation(actor: Actor, ticket: Ticket) -> list[TicketMessage]:
    """Messages in order; internal notes only for the seller's users and customer service."""
    messages = ticket.messages.prefetch_related(Prefetch("attachments", queryset=Attachment.objects.order_by("id")))
    if actor.is_buyer:
        messages = messages.filter(is_internal=False)
    return list(messages.order_by("created_at", "id"))


def timeline(ticket: Ticket) -> list[TicketEvent]:
    return list(TicketEvent.objects.filter(ticket=ticket).order_by("created_at", "id"))


def cs_queue() -> QuerySet[Ticket]:
    return (
        Ticket.objects.filter(Q(held_by_cs=True) & ~Q(portal_tab=PortalTab.CLOSED))
        .select_related("seller", "storefront", "order")
        .order_by("cs_since", "id")
    )
