"""bench/generate.py at a small scale: the generated rows are what the app itself would have written.

One load of 2,000 tickets into the test database (PostgreSQL or SQLite, whichever the suite runs on), then checks
against the app's own rules and readers: orders and order units behind every ticket, the portal tab and the answer
clock replayed from each ticket's messages with marketdesk.tickets.deadlines, the first response, events, the sellers'
skew, and the portal's ticket list and the Seller API returning the generated rows.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection, connections
from django.db.models import Count, F
from django.test import Client

from bench.generate import Result, load
from bench.generate_plan import CHUNK, TABLES, Plan, Scale, WorkingTime, make_people
from bench.generate_plan import Storefront as Front
from bench.generate_story import Chunk, Counters
from bench.generate_texts import BANKS
from marketdesk.accounts.actors import Actor, actor_for
from marketdesk.accounts.apikeys import api_key_create
from marketdesk.accounts.models import SellerAccount, User
from marketdesk.catalog.defaults import ensure_storefronts
from marketdesk.catalog.models import Storefront
from marketdesk.core import clock
from marketdesk.core.ids import TICKET_NUMBER_RE
from marketdesk.orders.models import Order, OrderUnit
from marketdesk.sellerapi.signing import sign
from marketdesk.tickets import deadlines
from marketdesk.tickets.enums import CLOSED_STATUSES, AuthorRole, EventKind, PortalTab, TicketStatus
from marketdesk.tickets.models import Ticket, TicketEvent, TicketMessage
from marketdesk.tickets.selectors import TicketFilter, tab_counts, ticket_query
from marketdesk.tickets.state import portal_tab

NOW = dt.datetime(2026, 11, 18, 10, 0, tzinfo=dt.UTC)  # a Wednesday
TICKETS = 2000
MINUTE = dt.timedelta(minutes=1)


def _schema() -> set[str]:
    """Index and constraint definitions of the database, to see the load bring every one of them back."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT pg_get_indexdef(indexrelid) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                "WHERE t.relnamespace = 'public'::regnamespace "
                "UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
            )
        else:
            cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        return {row[0] for row in cursor.fetchall()}


# One test process loads the data once for the module's tests.
pytestmark = pytest.mark.xdist_group("generated-load")


@pytest.fixture(scope="module")
def generated(django_db_setup: None, django_db_blocker: Any) -> Iterator[tuple[Result, set[str]]]:
    """One load for the module, committed (the load runs on its own connections); the database is flushed after."""
    with django_db_blocker.unblock():
        before = _schema()
        result = load(tickets=TICKETS, seed=3, now=int(NOW.timestamp()), progress=False)
        try:
            yield result, before
        finally:
            _restore()


def _restore() -> None:
    """Empty the tables and bring back what the test database held before, as a serialized-rollback test does: the
    content types keep their ids, so later tests that restore the serialized state do not clash with new ones."""
    default = connections["default"]
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    serialized = getattr(default, "_test_serialized_contents", None)
    if serialized:
        default.creation.deserialize_db_from_string(serialized)
    else:
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    ensure_storefronts(Storefront)


@pytest.fixture
def data(generated: tuple[Result, set[str]], db: None) -> Result:
    return generated[0]


def test_the_load_brings_back_every_index_and_constraint(generated: tuple[Result, set[str]], db: None) -> None:
    _result, before = generated
    assert {_canonical(d) for d in _schema()} == {_canonical(d) for d in before}


def _canonical(definition: str) -> str:
    """An index or constraint definition without casts and parentheses: PostgreSQL prints a partial index rebuilt
    from its own printed definition with the casts placed differently (`ARRAY[('a'::varchar)::text]` for
    `(ARRAY['a'::varchar])::text[]`), the same index to the planner."""
    return re.sub(r"::(?:character varying|text)(?:\[\])?|[()]", "", definition)


def test_counts_scale_with_the_tickets(data: Result) -> None:
    scale = Scale.of(TICKETS)
    assert Ticket.objects.count() == TICKETS
    assert TicketMessage.objects.count() == scale.messages == 5 * TICKETS
    assert SellerAccount.objects.count() == scale.sellers == 40
    units = OrderUnit.objects.count()
    assert 3.5 * TICKETS <= units <= 4.5 * TICKETS, units
    with_tickets = Order.objects.filter(tickets__isnull=False).distinct().count()
    assert Order.objects.count() > 2 * with_tickets  # most orders never get a ticket
    assert data.rows["ticket"] == TICKETS


def test_a_few_sellers_have_a_tenth_of_the_tickets_each(data: Result) -> None:
    counts = sorted(Ticket.objects.values("seller").annotate(n=Count("id")).values_list("n", flat=True), reverse=True)
    assert counts[:3] == [TICKETS // 10] * 3
    assert counts[3] < 0.7 * counts[0]
    assert counts[-1] >= 1 and len(counts) == Scale.of(TICKETS).sellers
    assert counts[3] > 5 * counts[-1]  # a long tail


def test_every_ticket_is_coherent_with_its_order_and_units(data: Result) -> None:
    tickets = Ticket.objects.select_related("order").prefetch_related("units")
    numbers = set()
    for ticket in tickets:
        assert TICKET_NUMBER_RE.match(ticket.number)
        numbers.add(ticket.number)
        order = ticket.order
        assert (ticket.seller_id, ticket.buyer_id, ticket.storefront_id) == (
            order.seller_id,
            order.buyer_id,
            order.storefront_id,
        )
        assert ticket.fulfillment_type == order.fulfillment_type
        units = list(ticket.units.all())
        assert 1 <= len(units) <= 3
        assert {u.order_id for u in units} == {order.pk}
    assert len(numbers) == TICKETS
    sizes = Counter(Order.objects.annotate(n=Count("units")).values_list("n", flat=True))
    assert set(sizes) <= {1, 2, 3} and sizes[1] > sizes[2] > sizes[3]
    # The stored unit count of every order is its real number of units, as order_create writes it.
    miscounted = Order.objects.annotate(n=Count("units")).exclude(units_count=F("n"))
    assert not miscounted.exists()
    currency = dict(Storefront.objects.values_list("code", "currency"))
    for storefront, unit_currency in OrderUnit.objects.values_list("order__storefront_id", "currency").distinct():
        assert currency[storefront] == unit_currency
    assert not OrderUnit.objects.filter(price=0).exists()
    # Some order units carry several tickets, as the domain allows.
    per_unit = Counter(Ticket.units.through.objects.values_list("orderunit_id", flat=True))
    assert max(per_unit.values()) > 1


def _messages_by_ticket() -> dict[int, list[TicketMessage]]:
    by_ticket: dict[int, list[TicketMessage]] = defaultdict(list)
    for message in TicketMessage.objects.order_by("ticket_id", "created_at", "id"):
        by_ticket[message.ticket_id].append(message)
    return by_ticket


def test_tabs_clocks_and_first_responses_follow_the_ticket_rules(data: Result) -> None:
    """Replay every ticket's public messages with the app's deadline functions (DESIGN §2)."""
    storefronts = {s.code: s for s in Storefront.objects.all()}
    by_ticket = _messages_by_ticket()
    tabs: Counter[str] = Counter()
    overdue = 0
    for ticket in Ticket.objects.all():
        storefront = storefronts[ticket.storefront_id]
        calendar, budget = storefront.calendar(), dt.timedelta(hours=storefront.answer_hours)
        tab = portal_tab(ticket.status, ticket.is_seller_responsible, ticket.held_by_cs)
        assert ticket.portal_tab == tab, ticket.number
        tabs[tab] += 1
        messages = by_ticket[ticket.pk]
        public = [m for m in messages if not m.is_internal]
        first = messages[0]
        assert first.created_at == ticket.created_at and first.author_role == ticket.opened_by_role
        assert ticket.created_at <= ticket.updated_at <= NOW
        assert ticket.last_message_at == public[-1].created_at
        assert ticket.last_message_excerpt == " ".join(public[-1].text.split())[:140]
        assert all(m.author_role == AuthorRole.SELLER for m in messages if m.is_internal)
        if ticket.status in CLOSED_STATUSES:
            assert ticket.closed_at is not None and ticket.closed_at >= public[-1].created_at
            assert not ticket.is_seller_responsible and not ticket.held_by_cs
        else:
            assert ticket.closed_at is None
        if tab == PortalTab.OPEN:
            # The clock runs from the oldest buyer message the seller has not answered.
            answered = max((i for i, m in enumerate(public) if m.author_role == AuthorRole.SELLER), default=-1)
            waiting_since = next(m.created_at for m in public[answered + 1 :] if m.author_role == AuthorRole.BUYER)
            assert ticket.deadline_at == deadlines.add_working_time(waiting_since, budget, calendar)
            warning = dt.timedelta(hours=storefront.warning_hours)
            assert ticket.warning_at == deadlines.subtract_working_time(ticket.deadline_at, warning, calendar)
            assert (ticket.warned_at is not None) == (ticket.warning_at <= NOW)
            assert (ticket.overdue_at is not None) == (ticket.deadline_at <= NOW)
            overdue += ticket.deadline_at <= NOW
        else:
            assert ticket.deadline_at is None and ticket.warning_at is None
            assert ticket.warned_at is None and ticket.overdue_at is None
        if ticket.held_by_cs:
            assert ticket.cs_since is not None and ticket.cs_reason and tab == PortalTab.WAITING
        sellers = [m for m in public[1:] if m.author_role == AuthorRole.SELLER]
        if not sellers:
            assert ticket.first_response_at is None and ticket.first_response_minutes is None
            continue
        reply = sellers[0].created_at
        assert ticket.first_response_at == reply
        assert (
            ticket.first_response_minutes
            == deadlines.working_time_between(ticket.created_at, reply, calendar) // MINUTE
        )
        if ticket.opened_by_role == AuthorRole.BUYER:
            due = deadlines.add_working_time(ticket.created_at, budget, calendar)
            handed_before = any(m.author_role == AuthorRole.SYSTEM and m.created_at <= reply for m in public)
            assert ticket.first_response_on_time == (handed_before or reply <= due)
    assert tabs[PortalTab.OPEN] and tabs[PortalTab.WAITING] and tabs[PortalTab.CLOSED] > TICKETS / 2
    assert 0 < overdue < tabs[PortalTab.OPEN]  # some Open tickets are past their deadline, not all
    statuses = set(Ticket.objects.values_list("status", flat=True))
    assert statuses == set(TicketStatus.values)
    assert Ticket.objects.filter(first_response_on_time=False).exists()
    assert Ticket.objects.filter(held_by_cs=True).exists()


def test_messages_are_written_in_the_storefronts_languages(data: Result) -> None:
    texts = defaultdict(list)
    for storefront, text in TicketMessage.objects.filter(author_role="buyer").values_list(
        "ticket__storefront_id", "text"
    ):
        texts[storefront].append(text)
    # Every buyer message starts with a greeting or a thanks of its language; a few buyers write in English.
    language = {"de": "de", "at": "de", "cz": "cs", "sk": "sk", "pl": "pl", "fr": "fr", "it": "it"}
    for storefront, code in language.items():
        bank = BANKS[code]
        starts = tuple(g.format(name="", first="") for g in bank.greet) + bank.thanks
        share = sum(text.startswith(starts) for text in texts[storefront]) / len(texts[storefront])
        assert share > 0.85, (storefront, share)
    english = sum(text.startswith(("Hello,", "Hi,", "Dear seller")) for values in texts.values() for text in values)
    assert english > 0
    every = list(TicketMessage.objects.values_list("text", flat=True))
    assert not any("{" in text or "}" in text for text in every)
    assert len(set(every)) > 0.6 * len(every)  # fragments combine: few texts repeat
    for ticket in Ticket.objects.select_related("order").order_by("id")[:200]:
        opening = ticket.messages.order_by("created_at", "id").first()
        assert opening is not None and opening.author_name
    roles = set(TicketMessage.objects.values_list("author_role", flat=True))
    assert roles == set(AuthorRole.values)
    assert TicketMessage.objects.filter(is_internal=True).exists()


def test_events_record_opening_hand_overs_closing_and_deadline_marks(data: Result) -> None:
    opened = dict(TicketEvent.objects.filter(kind=EventKind.OPENED).values_list("ticket_id", "created_at"))
    assert opened == dict(Ticket.objects.values_list("id", "created_at"))
    first_message = {}
    for ticket_id, pk in TicketMessage.objects.order_by("-created_at", "-id").values_list("ticket_id", "id"):
        first_message[ticket_id] = pk
    for ticket_id, data_ in TicketEvent.objects.filter(kind=EventKind.OPENED).values_list("ticket_id", "data")[:300]:
        assert data_["message"] == first_message[ticket_id]
    closed = set(TicketEvent.objects.filter(kind=EventKind.CLOSED).values_list("ticket_id", flat=True))
    assert closed == set(Ticket.objects.filter(status__in=CLOSED_STATUSES).values_list("id", flat=True))
    handed = set(TicketEvent.objects.filter(kind=EventKind.CS_NOTIFIED).values_list("ticket_id", flat=True))
    assert set(Ticket.objects.filter(held_by_cs=True).values_list("id", flat=True)) <= handed
    assert handed == set(
        TicketMessage.objects.filter(author_role=AuthorRole.SYSTEM).values_list("ticket_id", flat=True)
    )
    warned = set(TicketEvent.objects.filter(kind=EventKind.DEADLINE_WARNING).values_list("ticket_id", flat=True))
    assert warned == set(Ticket.objects.filter(warned_at__isnull=False).values_list("id", flat=True))
    marked = set(TicketEvent.objects.filter(kind=EventKind.OVERDUE).values_list("ticket_id", flat=True))
    assert marked == set(Ticket.objects.filter(overdue_at__isnull=False).values_list("id", flat=True))
    for after in TicketEvent.objects.filter(kind=EventKind.CLOSED).values_list("after", flat=True)[:300]:
        assert after["portal_tab"] == PortalTab.CLOSED


def _biggest_seller() -> tuple[SellerAccount, Actor]:
    seller = SellerAccount.objects.annotate(n=Count("tickets")).order_by("-n", "id").first()
    assert seller is not None
    user = User.objects.get(username=f"seller{seller.pk}")
    return seller, actor_for(user)


def test_the_portal_lists_show_the_generated_tickets(data: Result, settings: Any) -> None:
    seller, actor = _biggest_seller()
    mine = Ticket.objects.filter(seller=seller)
    counts = tab_counts(actor)
    assert sum(counts.values()) == mine.count() == TICKETS // 10
    for tab in PortalTab:
        listed = list(ticket_query(actor, TicketFilter(tab=tab.value)).queryset().values_list("id", flat=True))
        assert listed and set(listed) == set(mine.filter(portal_tab=tab).values_list("id", flat=True))
        assert len(listed) == counts[tab.value]
    open_first = ticket_query(actor, TicketFilter(tab=PortalTab.OPEN)).queryset().first()
    assert open_first is not None
    assert open_first.deadline_at == mine.filter(portal_tab=PortalTab.OPEN).order_by("deadline_at")[0].deadline_at
    some = mine.order_by("?").first()
    assert some is not None
    assert list(ticket_query(actor, TicketFilter(tab=None, search=some.number)).queryset()) == [some]
    by_order = ticket_query(actor, TicketFilter(tab=None, search=some.order.id_order)).queryset()
    assert some in by_order and all(t.order_id == some.order_id for t in by_order)
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    assert actor.user is not None and actor.user.check_password("bench")  # the documented password


def test_full_text_search_finds_every_generated_ticket(data: Result) -> None:
    """The search index is kept by triggers, which the bulk load fires: each of a seller's tickets is found by a word
    of its first and of its last message, and nothing of another seller's is."""
    seller, actor = _biggest_seller()
    by_ticket = _messages_by_ticket()
    for ticket in Ticket.objects.filter(seller=seller).order_by("id"):
        public = [m.text for m in by_ticket[ticket.pk] if not m.is_internal and m.author_role != AuthorRole.SYSTEM]
        for text in {public[0], public[-1]}:
            # A word outside «quotes»: how a quoted item title reads is the search's own matter (its tests).
            word = max(re.findall(r"[^\W\d_]+", re.sub(r"«[^»]*»", " ", text)), key=len)
            found = ticket_query(actor, TicketFilter(tab=None, search=word)).queryset()
            assert found.filter(pk=ticket.pk).exists(), (ticket.number, word)
            assert not found.exclude(seller=seller).exists()


def test_the_seller_api_lists_the_generated_tickets(data: Result) -> None:
    seller, actor = _biggest_seller()
    key, secret = api_key_create(actor=actor, seller_id=seller.pk, label="Generated data")
    clock.set_now(NOW)
    try:
        path = "/v2/tickets?limit=30&storefront=de"
        stamp = str(int(NOW.timestamp()))
        headers = {
            "Shop-Client-Key": key.client_key,
            "Shop-Timestamp": stamp,
            "Shop-Signature": sign(secret, "GET", f"http://testserver{path}", "", stamp),
        }
        response = Client().get(path, headers=headers)
    finally:
        clock.set_now(None)
    assert response.status_code == 200, response.content
    body = json.loads(response.content)
    expected = Ticket.objects.filter(seller=seller, storefront_id="de", fulfillment_type="fulfilled_by_merchant")
    assert body["pagination"]["total"] == expected.count() > 30
    newest = list(expected.order_by("-created_at", "-id").values_list("number", flat=True)[:30])
    assert [t["id_ticket"] for t in body["data"]] == newest
    assert all(t["ids_order_units"] for t in body["data"])


# Without a database: the fast working-time arithmetic, and the same rows for the same seed.


def test_working_time_agrees_with_the_deadline_functions() -> None:
    rng = random.Random(5)  # noqa: S311 - a fixed sample of instants
    for code, country, zone in (
        ("de", "DE", "Europe/Berlin"),
        ("pl", "PL", "Europe/Warsaw"),
        ("cz", "CZ", "Europe/Prague"),
    ):
        calendar = deadlines.Calendar(country=country, time_zone=zone)
        working = WorkingTime(calendar, dt.date(2025, 1, 1), dt.date(2027, 3, 1))
        for _ in range(400):
            start = int(dt.datetime(2025, 3, 1, tzinfo=dt.UTC).timestamp()) + rng.randrange(600 * 86400)
            seconds = rng.choice((8 * 3600, 48 * 3600, rng.randrange(1, 30 * 86400)))
            at = dt.datetime.fromtimestamp(start, dt.UTC)
            added = deadlines.add_working_time(at, dt.timedelta(seconds=seconds), calendar)
            assert working.add(start, seconds) == added.timestamp(), (code, at, seconds)
            back = deadlines.subtract_working_time(added, dt.timedelta(seconds=seconds), calendar)
            assert working.subtract(int(added.timestamp()), seconds) == back.timestamp(), (code, added, seconds)
            later = dt.datetime.fromtimestamp(start + rng.randrange(40 * 86400), dt.UTC)
            between = deadlines.working_time_between(at, later, calendar)
            assert working.at(int(later.timestamp())) - working.at(start) == between.total_seconds()


class ListSink:
    """Keeps the rows, and checks the stream puts every parent row before its children: the loads flush tables in
    batches, and a trigger on a child table (the full-text search on messages) must find the parent."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Sequence[Any]]] = defaultdict(list)
        self.seen: dict[str, set[Any]] = defaultdict(set)

    def add(self, table: str, row: Sequence[Any]) -> None:
        assert len(row) == len(TABLES[table]), table
        values = dict(zip(TABLES[table], row, strict=True))
        parents: dict[str, tuple[str, str | None]] = {"unit": ("order", "order_id"), "ticket": ("order", "order_id")}
        parents |= {"ticket_unit": ("ticket", "ticket_id"), "message": ("ticket", "ticket_id")}
        parents |= {"event": ("ticket", "ticket_id"), "order": ("seller", "seller_id"), "user": ("seller", None)}
        parent, column = parents.get(table, ("", None))
        if column is not None:
            assert values[column] in self.seen[parent], (table, row)
        if table == "ticket_unit":
            assert values["orderunit_id"] in self.seen["unit"]
        self.seen[table].add(values.get("id", row[0]))
        self.rows[table].append(row)


class Values:
    def ts(self, epoch: int) -> Any:
        return epoch

    def day(self, value: dt.date) -> Any:
        return value


def _rows(seed: int, storefronts: dict[str, Any]) -> dict[str, list[Sequence[Any]]]:
    plan = Plan.make(Scale.of(300), seed, int(NOW.timestamp()))
    sink = ListSink()
    people = make_people(plan, sink, Values(), "hash")
    counters = Counters()
    message_id = 1
    for index in range((300 + CHUNK - 1) // CHUNK):
        message_id = Chunk(index, plan, people, storefronts, counters, sink, Values()).tell(message_id)
    assert message_id == 1 + 5 * 300
    return sink.rows


def test_the_same_seed_gives_the_same_rows_parents_first() -> None:
    first, last = dt.date(2024, 1, 1), dt.date(2027, 3, 1)
    storefronts = {
        code: Front(
            code, currency, language, 48 * 3600, 8 * 3600, WorkingTime(deadlines.Calendar(country, zone), first, last)
        )
        for code, currency, language, zone, country in (
            ("de", "EUR", "de", "Europe/Berlin", "DE"),
            ("at", "EUR", "de", "Europe/Vienna", "AT"),
            ("cz", "CZK", "cs", "Europe/Prague", "CZ"),
            ("sk", "EUR", "sk", "Europe/Bratislava", "SK"),
            ("pl", "PLN", "pl", "Europe/Warsaw", "PL"),
            ("fr", "EUR", "fr", "Europe/Paris", "FR"),
            ("it", "EUR", "it", "Europe/Rome", "IT"),
        )
    }
    once, again, other = _rows(11, storefronts), _rows(11, storefronts), _rows(12, storefronts)
    assert once == again
    assert len(once["ticket"]) == 300 and len(once["message"]) == 5 * 300
    assert once["message"] != other["message"]
    assert re.fullmatch(r"001\d{8}", str(once["ticket"][0][1]))
