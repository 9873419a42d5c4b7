"""Prepared statements of the hottest reads: the same rows as the queryset they come from, one compile per
shape, and a query that would lose a value to a lookup is refused rather than run."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import QuerySet
from django.db.transaction import TransactionManagementError
from django.test.utils import CaptureQueriesContext

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock, prepared
from marketdesk.core.prepared import MOMENT, Filters
from marketdesk.orders.models import Order
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.models import Ticket
from tests.conftest import T0, OrderFactory

COLUMNS = ("pk", "number", "created_at", "is_seller_responsible", "topic", "storefront_id")


@pytest.fixture
def tickets(
    make_order: OrderFactory, seller_user: User, buyer_user: User, buyer: Actor, now: dt.datetime
) -> list[Ticket]:
    """Four of seller's tickets an hour apart on the storefronts de, cz, de, pl."""
    made = []
    for hour, storefront in enumerate(("de", "cz", "de", "pl")):
        clock.set_now(T0 + dt.timedelta(hours=hour))
        order: Order = make_order(seller_user, buyer_user, storefront=storefront)
        made.append(
            ticket_services.ticket_open(
                actor=buyer, unit_ids=[order.units.get().pk], reason="contact_other", message="Hallo"
            )
        )
    return made


class Counted:
    """A build function that counts how often the statement had to be compiled."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, filters: Filters) -> QuerySet[Ticket, tuple[Any, ...]]:
        self.calls += 1
        return filters.apply(Ticket.objects.all()).order_by("-created_at", "-id").values_list(*COLUMNS)


def _orm(**lookups: Any) -> list[tuple[Any, ...]]:
    return list(Ticket.objects.filter(**lookups).order_by("-created_at", "-id").values_list(*COLUMNS))


def test_rows_count_and_pages_match_the_queryset(tickets: list[Ticket], seller: Actor) -> None:
    since = T0 + dt.timedelta(minutes=30)
    filters = (
        Filters()
        .add("seller_id", seller.seller_id)
        .add("storefront__pk__in", ["de", "pl"])
        .add("created_at__gte", since, MOMENT)
    )
    expected = _orm(seller_id=seller.seller_id, storefront__pk__in=["de", "pl"], created_at__gte=since)
    assert [row[0] for row in expected] == [tickets[3].pk, tickets[2].pk]
    build = Counted()
    # Datetimes come back aware and booleans as booleans on every backend, as the ORM hands them over.
    assert prepared.rows("test-list", filters, build) == expected
    assert prepared.count("test-list", filters, build) == 2
    assert prepared.rows("test-list", filters, build, page=(1, 1)) == expected[1:2]
    assert prepared.rows("test-list", filters, build, page=(5, 2)) == []


def test_one_statement_per_shape_with_each_runs_values(tickets: list[Ticket], seller: Actor) -> None:
    build = Counted()
    for storefronts in (["de"], ["cz"], ["pl"]):
        filters = Filters().add("seller_id", seller.seller_id).add("storefront__pk__in", storefronts)
        expected = _orm(seller_id=seller.seller_id, storefront__pk__in=storefronts)
        assert prepared.rows("test-shape", filters, build) == expected
    assert build.calls == 1
    # Two values in the IN are another statement.
    filters = Filters().add("seller_id", seller.seller_id).add("storefront__pk__in", ["cz", "pl"])
    assert prepared.count("test-shape", filters, build) == 2
    assert prepared.rows("test-shape", filters, build) == _orm(storefront__pk__in=["cz", "pl"])
    assert build.calls == 3  # its count and its rows


def test_a_lookup_that_would_turn_a_value_into_text_is_refused(tickets: list[Ticket]) -> None:
    # A relation's own IN prepares each value as the related key, so the placeholder would become a constant.
    with pytest.raises(ImproperlyConfigured):
        prepared.rows("test-refused", Filters().add("storefront__in", ["de"]), Counted())


def test_an_empty_in_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one value"):
        Filters().add("storefront__pk__in", [])


def test_a_raw_condition_binds_its_values_and_its_sql_picks_the_statement(tickets: list[Ticket], seller: Actor) -> None:
    """id__in=RawSQL(…): the text is part of the statement, each run's values are bound; bind() is the same query."""
    sql = "SELECT id FROM tickets_ticket WHERE storefront_id = %s OR storefront_id = %s"
    build = Counted()
    for pair in (["de", "cz"], ["pl", "cz"], ["it", "fr"]):
        filters = Filters().add("seller_id", seller.seller_id).add_raw("id__in", sql, pair)
        expected = _orm(seller_id=seller.seller_id, storefront__pk__in=pair)
        assert prepared.rows("test-raw", filters, build) == expected
        assert list(filters.bind(Ticket.objects.all()).order_by("-created_at", "-id").values_list(*COLUMNS)) == expected
    assert build.calls == 1
    other = Filters().add("seller_id", seller.seller_id).add_raw("id__in", sql.replace(" OR ", " AND "), ["de", "cz"])
    assert prepared.rows("test-raw", other, build) == [] and build.calls == 2


def test_a_sliced_query_counts_its_slice(tickets: list[Ticket], seller: Actor) -> None:
    def build(chosen: Filters) -> QuerySet[Ticket, tuple[int]]:
        return chosen.apply(Ticket.objects.all()).order_by().values_list("pk")[:3]

    assert prepared.count("test-sliced", Filters().add("seller_id", seller.seller_id), build) == 3


def test_the_least_recently_used_statement_goes_first(
    tickets: list[Ticket], seller: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prepared, "MAX_STATEMENTS", 2)
    monkeypatch.setattr(prepared, "_statements", {})
    builds = {key: Counted() for key in ("one", "two", "three")}

    def run(key: str) -> None:
        prepared.rows(key, Filters().add("seller_id", seller.seller_id), builds[key])

    run("one")
    run("two")
    run("one")  # used again: "two" is now the least recently used
    run("three")
    run("one")
    assert builds["one"].calls == 1
    run("two")
    assert builds["two"].calls == 2


def _watched(statements: list[str]) -> Any:
    def watch(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        statements.append(sql)
        return execute(sql, params, many, context)

    return connection.execute_wrapper(watch)


def test_a_read_nothing_watches_gives_the_rows_a_watched_one_does(tickets: list[Ticket], seller: Actor) -> None:
    sql = "SELECT number FROM tickets_ticket WHERE seller_id = %s ORDER BY number"
    unwatched = prepared.fetch(sql, [seller.seller_id])
    seen: list[str] = []
    with _watched(seen):
        watched = prepared.fetch(sql, [seller.seller_id])
    assert unwatched == watched == [(t.number,) for t in sorted(tickets, key=lambda t: t.number)]
    assert seen == [sql]  # an execute wrapper (and so assertNumQueries, the bench's recorder) sees every read
    with CaptureQueriesContext(connection) as captured:
        prepared.fetch(sql, [seller.seller_id])
    assert [query["sql"] for query in captured.captured_queries] == [sql.replace("%s", str(seller.seller_id))]


def test_a_read_nothing_watches_fails_as_djangos_reads_do(tickets: list[Ticket]) -> None:
    with pytest.raises(DatabaseError), transaction.atomic():  # the driver's error in Django's terms
        prepared.fetch("SELECT no_such_column FROM tickets_ticket", [])
    with transaction.atomic():
        with pytest.raises(IntegrityError), transaction.atomic(savepoint=False):
            Ticket.objects.create(number=tickets[0].number)
        # Django refuses every statement in a transaction that must roll back; so does a read nothing watches.
        with pytest.raises(TransactionManagementError):
            prepared.fetch("SELECT 1", [])


@pytest.mark.django_db(transaction=True)
def test_a_closed_connection_is_opened_again_for_a_read() -> None:
    connection.close()
    assert prepared.fetch("SELECT 1", []) == [(1,)]
