"""Reads on tickets: the seller's tabs with search, filters and sorting; a ticket's conversation and timeline."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.db import connection
from django.db.models import Count, DateTimeField, Prefetch, Q, QuerySet

from marketdesk.accounts.access import ticket_scope, tickets_visible_to
from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import full_name
from marketdesk.core import prepared
from marketdesk.core.ids import TICKET_NUMBER_RE
from marketdesk.core.prepared import MOMENT, Filters
from marketdesk.tickets import search
from marketdesk.tickets.deadlines import Calendar
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


@dataclass(frozen=True)
class TicketQuery:
    """The tickets of one list or search, in the list's order. A page picks its ids and a tab counts its tickets
    through prepared statements (core.prepared) that every seller shares: whose tickets they are is a bound value.
    `queryset()` is the same query through the ORM, for reads of more than ids (and for the tests to hold the
    statements to)."""

    conditions: Filters | None  # None: nothing can match (an actor who may see no tickets, a term with no word)
    order: tuple[str, ...]

    def queryset(self) -> QuerySet[Ticket]:
        if self.conditions is None:
            return Ticket.objects.none()
        return self.conditions.bind(Ticket.objects.all()).order_by(*self.order)

    def ids(self, offset: int, limit: int) -> list[int]:
        if self.conditions is None or limit <= 0:
            return []

        def build(chosen: Filters) -> QuerySet[Ticket, tuple[int]]:
            return chosen.apply(Ticket.objects.all()).order_by(*self.order).values_list("id")

        return [pk for (pk,) in prepared.rows(("ticket-ids", self.order), self.conditions, build, page=(limit, offset))]

    def count(self, cap: int) -> int:
        """How many, counting no further than `cap`: unordered, the database may stop at the first it finds."""
        if self.conditions is None:
            return 0

        def build(chosen: Filters) -> QuerySet[Ticket, tuple[int]]:
            return chosen.apply(Ticket.objects.all()).order_by().values_list("pk")[:cap]

        return prepared.count(("ticket-count", cap), self.conditions, build)


def ticket_query(actor: Actor, filters: TicketFilter, *, matches: list[str] | None = None) -> TicketQuery:
    """The actor's tickets in one tab; the search takes an exact ticket number, an order number or message words.
    A page reads its tickets with list_rows().

    `matches` is what number_matches found for the same filters, if it was asked.
    """
    term = filters.search.strip()
    # Search results come newest first: (seller, created) is indexed, so a common word needs no full sort.
    sort = filters.sort or ("deadline" if filters.tab == PortalTab.OPEN else "created" if term else "updated")
    order = SORTS.get(sort, SORTS["updated"])
    conditions = _scoped(actor)
    if conditions is None:
        return TicketQuery(None, order)
    if filters.tab:
        conditions.add("portal_tab", filters.tab)
    if term:
        if TICKET_NUMBER_RE.match(term):
            conditions.add("number", term)
        elif ORDER_NUMBER_RE.match(term) and _order_has_tickets(actor, term, filters, matches):
            conditions.add("order__id_order", term.upper())
        else:
            found = search.matching(actor, term, connection.vendor)
            if found is None:
                return TicketQuery(None, order)
            conditions.add_raw("id__in", *found)
    for lookup, value, field in _narrowing(filters):
        conditions.add(lookup, value, field)
    return TicketQuery(conditions, order)


@dataclass(frozen=True, slots=True)
class ListStorefront:
    """A storefront as the list's answer clocks need it, read with the rows: one calendar per storefront and page
    (a Storefront model instance cost more to build than its part of the row)."""

    warning_hours: int
    working_days: Calendar

    def calendar(self) -> Calendar:
        return self.working_days


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
    storefront: ListStorefront


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
    conditions = _scoped(actor)
    if conditions is None or not ids:
        return []
    padded = list(ids) + [ids[-1]] * (next((n for n in _ID_COUNTS if n >= len(ids)), len(ids)) - len(ids))
    conditions.add("pk__in", padded)

    def build(chosen: Filters) -> QuerySet[Ticket, tuple[Any, ...]]:
        return chosen.apply(Ticket.objects.all()).order_by().values_list(*_ROW_COLUMNS)  # in the order of `ids`

    storefronts: dict[str, ListStorefront] = {}
    found = {}
    for row in prepared.rows("list-rows", conditions, build):
        code = row[2]
        storefront = storefronts.get(code)
        if storefront is None:
            # As Storefront.calendar() makes it.
            calendar = Calendar(country=row[15], time_zone=row[14], subdivision=row[16] or None)
            storefront = storefronts[code] = ListStorefront(warning_hours=row[17], working_days=calendar)
        found[row[0]] = ListRow._make((*row[:12], full_name(row[12], row[13]), storefront))
    return [found[pk] for pk in dict.fromkeys(ids) if pk in found]


def number_matches(actor: Actor, filters: TicketFilter) -> list[str] | None:
    """The numbers of up to two tickets a search for a ticket or order number finds; None for other terms.

    One query: a search the seller means to open a ticket with needs no list when it finds exactly one."""
    term = filters.search.strip()
    if not (TICKET_NUMBER_RE.match(term) or ORDER_NUMBER_RE.match(term)):
        return None
    conditions = _scoped(actor)
    if conditions is None:
        return []
    if TICKET_NUMBER_RE.match(term):
        conditions.add("number", term)
    else:
        conditions.add("order__id_order", term.upper())
    for lookup, value, field in _narrowing(filters):
        conditions.add(lookup, value, field)

    def build(chosen: Filters) -> QuerySet[Ticket, tuple[str]]:
        return chosen.apply(Ticket.objects.all()).order_by().values_list("number")[:2]

    return [number for (number,) in prepared.rows("number-matches", conditions, build)]


def _scoped(actor: Actor) -> Filters | None:
    """Prepared-statement conditions that begin with whose tickets the actor may see (accounts.access.ticket_scope);
    None for an actor who may see none. Whose they are is a bound value, so every seller shares the statements."""
    scope = ticket_scope(actor)
    if scope is None:
        return None
    conditions = Filters()
    for lookup, whose in scope.items():
        conditions.add(lookup, whose)
    return conditions


def _order_has_tickets(actor: Actor, term: str, filters: TicketFilter, matches: list[str] | None) -> bool:
    """Whether a word that may be an order number names an order of the actor's with tickets."""
    if matches:
        return True
    if matches is not None and not _narrowing(filters):
        return False  # number_matches looked without filters and found none
    return tickets_visible_to(actor).filter(order__id_order=term.upper()).exists()


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


def tab_counts(actor: Actor) -> dict[str, int]:
    """How many of the actor's tickets each tab holds. COUNT(*), not COUNT(id): the (seller, portal_tab, …) indexes
    answer it without reading the table. A prepared statement: building and compiling this GROUP BY through the ORM
    was 2.3–2.6 ms of the Open tab's 7.4 ms of Python where it was measured (docs/performance.md)."""
    counts = {tab.value: 0 for tab in PortalTab}
    conditions = _scoped(actor)
    if conditions is None:
        return counts

    def build(chosen: Filters) -> QuerySet[Ticket, tuple[str, int]]:
        grouped: QuerySet[Ticket, tuple[str, int]] = (
            chosen.apply(Ticket.objects.all()).order_by().values("portal_tab").annotate(n=Count("*"))
        ).values_list("portal_tab", "n")
        return grouped

    counts.update(prepared.rows("tab-counts", conditions, build))
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
