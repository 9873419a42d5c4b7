"""Full-text search over message text: which of an actor's tickets have messages that match a term.

The index holds one row per ticket and is kept by database triggers (migration 0006), so messages written by any
path, bulk loads included, are found, and the words of a term may come from different messages of a conversation.
PostgreSQL stems German, French, Italian and English (Czech, Slovak and Polish words match as written) and ignores
accents; the term is read in every configuration and a ticket matches when any reading matches, with websearch
syntax ("a phrase", -not, or). SQLite (FTS5) has no stemmer: every word of the term must begin a word of the
conversation, accents ignored, operators treated as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Generic, Protocol, TypeVar

from django.core.paginator import Page, Paginator

from marketdesk.accounts.actors import Actor

# Words as FTS5's unicode61 tokenizer sees them: letters and digits; everything else separates.
_WORD = re.compile(r"[^\W_]+")
# Letters FTS5's remove_diacritics leaves alone; the triggers fold the message text the same way.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
# Shorter words match exactly on SQLite: a one- or two-letter prefix would match most messages.
_PREFIX_FROM = 3
# A search pages through at most this many matches (40 pages of 25): a common word is narrowed by more words, and
# deeper pages would cost an ever longer OFFSET.
SEARCH_DEPTH = 1000
# A tab lists at most this many tickets (400 pages of 25): deeper pages would cost an ever longer OFFSET, and the
# filters (period, topic, storefront) reach older tickets.
LIST_CAP = 10_000

Row = TypeVar("Row")


def matching(actor: Actor, term: str, vendor: str) -> tuple[str, list[object]] | None:
    """A subquery of the ids of the tickets whose messages match `term` (internal notes count except for buyers), and
    its values; None when the term has no word to look for. The SQL is fixed text; the term and the seller travel as
    bound values."""
    if not _WORD.search(term):
        return None
    return _postgresql(actor, term) if vendor == "postgresql" else _sqlite(actor, term)


def _postgresql(actor: Actor, term: str) -> tuple[str, list[object]]:
    if actor.is_seller:
        # The seller in the query lets the index answer for this seller's tickets alone.
        sql = "SELECT ticket_id FROM tickets_ticket_search WHERE document @@ tickets_search_query(%s, %s)"
        return sql, [term, actor.seller_id]
    if actor.is_customer_service or actor.is_system:
        return "SELECT ticket_id FROM tickets_ticket_search WHERE document @@ tickets_search_query(%s)", [term]
    # A buyer's few tickets are read message by message: the index also holds internal notes.
    sql = (
        "SELECT m.ticket_id FROM tickets_ticketmessage m"
        " JOIN tickets_ticket t ON t.id = m.ticket_id JOIN catalog_storefront s ON s.code = t.storefront_id"
        " WHERE t.buyer_id = %s AND NOT m.is_internal"
        " AND tickets_search_vector(s.language, m.text) @@ tickets_search_query(%s)"
    )
    return sql, [actor.buyer_id, term]


def _sqlite(actor: Actor, term: str) -> tuple[str, list[object]]:
    words = " ".join(
        f'"{word}"*' if len(word) >= _PREFIX_FROM else f'"{word}"' for word in _WORD.findall(term.translate(_FOLD))
    )
    if actor.is_seller:
        match = f'seller : "s{actor.seller_id}" AND {{public notes}} : ({words})'
    elif actor.is_customer_service or actor.is_system:
        match = f"{{public notes}} : ({words})"
    else:
        match = f"public : ({words})"
    return "SELECT rowid FROM tickets_ticket_fts WHERE tickets_ticket_fts MATCH %s", [match]


Rows = Callable[[list[int]], list[Row]]


class Listing(Protocol):
    """Tickets in a list's order, picked a page of ids at a time (selectors.TicketQuery)."""

    def ids(self, offset: int, limit: int) -> list[int]: ...

    def count(self, cap: int) -> int:
        """How many, counting no further than `cap`."""
        ...


class CappedPaginator(Paginator[Row]):
    """Pages of a tab's tickets counted up to a cap (LIST_CAP), so a seller with a hundred thousand closed tickets
    costs no full count and no unbounded OFFSET. A page picks its ids from `tickets` and reads them with `rows`."""

    def __init__(self, tickets: Listing, per_page: int, rows: Rows[Row], cap: int = LIST_CAP) -> None:
        super().__init__([], per_page)  # the pages come from `tickets`
        self.tickets = tickets
        self.rows = rows
        self.cap = cap

    @cached_property
    def _counted(self) -> int:
        return self.tickets.count(self.cap + 1)

    @cached_property
    def count(self) -> int:
        return min(self._counted, self.cap)

    @property
    def capped(self) -> bool:
        """More tickets match than the count says."""
        return self._counted > self.cap

    def page(self, number: int | str) -> Page[Row]:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        return Page(self.rows(self.tickets.ids(bottom, top - bottom) if top > bottom else []), number, self)


@dataclass(frozen=True)
class SearchPage(Generic[Row]):
    """One page of search matches, found without counting them: fetching one id more than the page shows tells
    whether another page follows. Counting a common word would cost more than the whole page (the full-text index
    collects every match before a count can stop)."""

    object_list: list[Row]
    number: int
    more: bool  # matches follow this page
    last_allowed: bool  # this is the deepest page SEARCH_DEPTH allows

    @property
    def complete(self) -> bool:
        """This page holds every match, so their number is known."""
        return self.number == 1 and not self.more

    @property
    def capped(self) -> bool:
        """Matches follow, but no further page is offered."""
        return self.more and self.last_allowed

    def has_next(self) -> bool:
        return self.more and not self.last_allowed

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next() or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def search_page(
    tickets: Listing, number: int, per_page: int, rows: Rows[Row], depth: int | None = None
) -> SearchPage[Row]:
    """Page `number` of the matches in `tickets`' order, read with `rows`; past the last match or past `depth`, the
    last page that has matches within reach, else the first.

    The page's tickets are picked by id first: ranking thousands of matches then costs no joins of their orders and
    buyers, which `rows` reads for the page alone."""
    depth = SEARCH_DEPTH if depth is None else depth
    pages = max(1, -(-depth // per_page))
    number = min(max(1, number), pages)
    bottom = (number - 1) * per_page
    ids = tickets.ids(bottom, min(bottom + per_page, depth) + 1 - bottom)
    if not ids and number > 1:
        # A page beyond the matches (an old link, fewer matches now): start again from the first.
        return search_page(tickets, 1, per_page, rows, depth)
    shown = ids[: min(per_page, depth - bottom)]
    return SearchPage(rows(shown) if shown else [], number, more=len(ids) > len(shown), last_allowed=number == pages)
