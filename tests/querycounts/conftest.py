"""Query budgets: data at two sizes, the same page or endpoint requested at each, the query counts compared.

A page must cost the same number of queries whether it shows three rows or thirty, two messages or twelve, one
order unit or five: a count that grows with the data is an N+1 waiting for a large seller. Each measurement is
printed (run with -s to see the figures); a failure names the page, both counts and the extra statements.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext

from marketdesk.accounts import services as account_services
from marketdesk.accounts.actors import Actor, actor_for
from marketdesk.accounts.models import Role, User
from marketdesk.core import clock
from marketdesk.orders.models import Order, OrderUnitStatus
from marketdesk.textmodules.models import TextModule
from marketdesk.textmodules.services import textmodule_create
from marketdesk.tickets import actions
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.attachments import IncomingFile
from marketdesk.tickets.models import Ticket
from tests.conftest import T0, WITHDRAWAL_DE, OrderFactory

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
STOREFRONTS = ("de", "at", "cz", "sk", "pl", "fr", "it")
TOPICS = ("issue_paypal", "issue_klarna", "issue_coupon", "account_login", "kaufland_card")
NO_OPTION_DE = "Guten Tag, bitte schicken Sie uns den Artikel zurück, dann erstatten wir den Kaufpreis."
MODULE_BODY = "Hallo {{buyer_name}}, zu {{order_number}}: Ihr Rücksendeetikett: {{return_label_link}}"
TICKET_NUMBER = re.compile(r"\b001\d{8}\b")

Call = Callable[[], HttpResponse]
Rows = Callable[[HttpResponse], int]
T = TypeVar("T")


# --- measuring ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Measured:
    queries: int
    rows: int
    sql: list[str]


def measure(call: Call, rows: Rows) -> Measured:
    with CaptureQueriesContext(connection) as captured:
        response = call()
    assert response.status_code == 200, f"answered {response.status_code}: {response.content[:300]!r}"
    return Measured(len(captured), rows(response), [q["sql"] for q in captured.captured_queries])


def _normalised(sql: str) -> str:
    """The statement without its literal values and IN lists, so the same query for other rows compares equal."""
    return re.sub(r"IN \([?, ]*\)", "IN (…)", re.sub(r"'[^']*'|%s|\b\d+\b", "?", sql))


def _extra(before: list[str], after: list[str]) -> list[str]:
    """The statements of `after` beyond those of `before`, a repeated one counted each time."""
    budget = Counter(_normalised(sql) for sql in before)
    extra = []
    for sql in after:
        key = _normalised(sql)
        if budget[key] > 0:
            budget[key] -= 1
        else:
            extra.append(sql)
    return extra


def assert_flat(label: str, small: Call, grow: Callable[[], object], rows: Rows, large: Call | None = None) -> Measured:
    """`small` before and `large` (default: the same request) after `grow()` run the same number of queries,
    and the growth shows in the answer (more rows), so the comparison means something."""
    small()  # warm: the session, the API key's last use, per-process caches
    before = measure(small, rows)
    grow()
    after = measure(large or small, rows)
    print(f"{label}: {before.queries} queries for {before.rows} rows, {after.queries} for {after.rows}")
    assert after.rows > before.rows, f"{label}: the grown data does not show ({before.rows} → {after.rows} rows)"
    if after.queries != before.queries:
        raise AssertionError(
            f"{label}: {before.queries} queries for {before.rows} rows but {after.queries} for {after.rows} rows; "
            "the extra statements:\n" + "\n".join(_extra(before.sql, after.sql)[:5])
        )
    return after


def assert_flat_between(
    label: str, small: T, make_large: Callable[[], T], request: Callable[[T], HttpResponse], rows: Rows
) -> Measured:
    """The page of a small object (a ticket with one unit and two messages) and of a large one made afterwards
    (five units, a dozen messages) cost the same."""
    made: list[T] = []
    return assert_flat(label, lambda: request(small), lambda: made.append(make_large()), rows, lambda: request(made[0]))


def assert_same(label: str, small: Call, large: Call) -> None:
    """For pages that list nothing: the same count for a small and a large object."""
    small()
    before, after = measure(small, lambda r: 0), measure(large, lambda r: 0)
    print(f"{label}: {before.queries} queries for the small one, {after.queries} for the large one")
    assert after.queries == before.queries, f"{label}: {before.queries} queries, then {after.queries}"


def numbers_in(response: HttpResponse) -> set[str]:
    return set(TICKET_NUMBER.findall(response.content.decode()))


def count_numbers(response: HttpResponse) -> int:
    return len(numbers_in(response))


def count_text(needle: str) -> Rows:
    return lambda response: response.content.decode().count(needle)


def count_lines(response: HttpResponse) -> int:
    return response.content.decode().count("\n")


# One "Rückfrage" per round of conversation (see Shop.converse): the rows of a ticket page.
conversation_rows = count_text("Rückfrage")


def json_rows(response: HttpResponse) -> int:
    data = response.json()["data"]
    return len(data) if isinstance(data, list) else 1


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


# --- data ----------------------------------------------------------------------------------------------------------


def attachment(n: int) -> IncomingFile:
    if n % 2:
        return IncomingFile(filename=f"photo-{n}.png", content=PNG, mime_type="image/png")
    return IncomingFile(filename=f"invoice-{n}.pdf", content=PDF, mime_type="application/pdf")


@dataclass
class Shop:
    """One seller selling to one buyer, and the ways the tests grow their data."""

    make_order: OrderFactory
    seller_user: User
    buyer_user: User
    seller: Actor
    buyer: Actor
    colleague: Actor  # a second user of the same seller account
    _storefronts: Iterator[str] = field(default_factory=lambda: itertools.cycle(STOREFRONTS))
    _topics: Iterator[str] = field(default_factory=lambda: itertools.cycle(TOPICS))
    _serial: Iterator[int] = field(default_factory=itertools.count)

    def order(
        self, *, units: int = 1, storefront: str = "de", status: str = "", delivered_on: dt.date | None = None
    ) -> Order:
        rows = [
            (1999 + 100 * i, 490, status or (OrderUnitStatus.NEED_TO_BE_SENT if i % 2 else OrderUnitStatus.SENT))
            for i in range(units)
        ]
        return self.make_order(
            self.seller_user, self.buyer_user, storefront=storefront, units=rows, delivered_on=delivered_on
        )

    def ticket(self, *, units: int = 1, storefront: str = "", topic: str = "", order: Order | None = None) -> Ticket:
        """An Open ticket from the buyer with a file, each in the next storefront and topic unless told."""
        if order is None:
            order = self.order(units=units, storefront=storefront or next(self._storefronts))
        return ticket_services.ticket_open(
            actor=self.buyer,
            unit_ids=list(order.units.order_by("id").values_list("pk", flat=True)),
            reason="contact_other",
            topic=topic or next(self._topics),
            message="Wo bleibt meine Bestellung? Bitte um Rückmeldung.",
            files=[attachment(next(self._serial))],
            id_order=order.id_order,
        )

    def tickets(self, n: int, **kwargs: Any) -> list[Ticket]:
        return [self.ticket(**kwargs) for _ in range(n)]

    def waiting(self, n: int, **kwargs: Any) -> list[Ticket]:
        """Tickets the seller answered: the Waiting tab."""
        made = self.tickets(n, **kwargs)
        for ticket in made:
            self.say(ticket, self.seller, "Vielen Dank, wir prüfen das.")
        return made

    def closed(self, n: int, **kwargs: Any) -> list[Ticket]:
        made = self.waiting(n, **kwargs)
        for ticket in made:
            ticket_services.ticket_close(actor=self.seller, ticket=Ticket.objects.get(pk=ticket.pk))
        return made

    def handed_to_cs(self, n: int, **kwargs: Any) -> list[Ticket]:
        made = self.tickets(n, **kwargs)
        for ticket in made:
            actions.ticket_notify_customer_service(
                actor=self.seller, ticket=ticket, reason="payment_provider", note="Zahlung über PayPal."
            )
        return made

    def withdrawal(self, *, units: int = 1) -> Ticket:
        """The buyer withdraws for a refund three days after delivery: the return-option policy applies."""
        delivered = clock.now().date() - dt.timedelta(days=3)
        order = self.order(units=units, status=OrderUnitStatus.RECEIVED, delivered_on=delivered)
        return ticket_services.ticket_open(
            actor=self.buyer,
            unit_ids=list(order.units.values_list("pk", flat=True)),
            reason="product_return",
            message=WITHDRAWAL_DE,
        )

    def violation(self, *, units: int = 1) -> Ticket:
        """A withdrawal answered without a valid return option: a policy decision and a case."""
        ticket = self.withdrawal(units=units)
        clock.set_now(clock.now() + dt.timedelta(minutes=30))
        self.say(ticket, self.seller, NO_OPTION_DE)
        return Ticket.objects.get(pk=ticket.pk)

    def say(self, ticket: Ticket, actor: Actor, text: str, *, files: int = 0, internal: bool = False) -> None:
        ticket_services.message_post(
            actor=actor,
            ticket=Ticket.objects.get(pk=ticket.pk),
            text=text,
            files=[attachment(next(self._serial)) for _ in range(files)],
            internal=internal,
        )

    def converse(self, ticket: Ticket, rounds: int) -> Ticket:
        """Seller (two users, with files), an internal note, the buyer answering: every kind of row a page shows.
        Each round shows one "Rückfrage" to everybody and one "Notiz" to the seller and customer service."""
        for i in range(rounds):
            author = self.seller if i % 2 else self.colleague
            self.say(ticket, author, f"Antwort {i}: anbei die Unterlagen.", files=1)
            self.say(ticket, author, f"Notiz {i}: Lager fragen.", internal=True)
            self.say(ticket, self.buyer, f"Rückfrage {i} des Käufers.", files=1)
        return Ticket.objects.get(pk=ticket.pk)

    def refund_each_unit(self, ticket: Ticket) -> Ticket:
        for unit in ticket.units.order_by("id"):
            actions.ticket_refund_unit(
                actor=self.seller,
                ticket=Ticket.objects.get(pk=ticket.pk),
                unit_id=unit.pk,
                amount=100,
                reason="delivery_delay",
                idempotency_key=f"refund-{unit.pk}",
            )
        return Ticket.objects.get(pk=ticket.pk)

    def busy_ticket(self, *, units: int, rounds: int, storefront: str = "de") -> Ticket:
        """A ticket with `units` order units, `rounds` of conversation and a refund on every unit."""
        ticket = self.converse(self.ticket(units=units, storefront=storefront), rounds)
        return self.refund_each_unit(ticket)

    def text_modules(self, n: int, *, storefront: str = "de", language: str = "de") -> list[TextModule]:
        return [
            textmodule_create(
                actor=self.seller,
                storefront=storefront,
                language=language,
                title=f"Rücksendung {next(self._serial)}",
                body=MODULE_BODY,
            )
            for _ in range(n)
        ]


def history(shop: Shop, weeks: int) -> None:
    """Week after week of tickets: answered, handed to customer service, still open, a policy case."""
    for week in range(weeks):
        clock.set_now(T0 - dt.timedelta(days=7 * week + 1))
        shop.waiting(1)
        shop.handed_to_cs(1)
        shop.tickets(1)
        shop.violation()
    clock.set_now(T0)


def _seller(name: str, username: str) -> User:
    account = account_services.seller_account_create(
        name=name, return_address=f"{name}, Lagerweg 1, 12345 Lagerstadt", return_label_url="https://x.example/label"
    )
    return account_services.user_create(username=username, password="pw", role=Role.SELLER, seller_account=account)


def colleague_of(seller_user: User, username: str) -> Actor:
    user = account_services.user_create(
        username=username, password="pw", role=Role.SELLER, seller_account=seller_user.seller_account
    )
    return actor_for(user)


@pytest.fixture
def shop(
    make_order: OrderFactory, seller_user: User, buyer_user: User, seller: Actor, buyer: Actor, now: dt.datetime
) -> Shop:
    """Seller alpha and buyer anna."""
    return Shop(make_order, seller_user, buyer_user, seller, buyer, colleague_of(seller_user, "alpha2"))


@pytest.fixture
def other_shop(
    make_order: OrderFactory, seller2_user: User, buyer_user: User, seller2: Actor, buyer: Actor, now: dt.datetime
) -> Shop:
    """Seller beta, selling to the same buyer: none of its rows may appear on alpha's pages."""
    return Shop(make_order, seller2_user, buyer_user, seller2, buyer, colleague_of(seller2_user, "beta2"))


@pytest.fixture
def more_sellers(
    make_order: OrderFactory, buyer_user: User, buyer: Actor, now: dt.datetime
) -> Callable[[int], list[Shop]]:
    """Further sellers for customer service's lists, which grow with the number of sellers too."""
    made = itertools.count()

    def make(n: int) -> list[Shop]:
        shops = []
        for _ in range(n):
            i = next(made)
            user = _seller(f"Händler {i}", f"seller{i}")
            shops.append(Shop(make_order, user, buyer_user, actor_for(user), buyer, colleague_of(user, f"seller{i}b")))
        return shops

    return make
