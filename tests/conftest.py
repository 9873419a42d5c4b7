"""Personas and factories shared by the whole suite: two sellers, two buyers, an agent, their orders."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

from marketdesk.accounts import services as account_services
from marketdesk.accounts.actors import Actor, actor_for
from marketdesk.accounts.models import Role, User
from marketdesk.catalog.defaults import ensure_storefronts
from marketdesk.catalog.models import Storefront
from marketdesk.core import clock
from marketdesk.orders.models import Order, OrderUnitStatus
from marketdesk.orders.services import NewUnit, order_create
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.models import Ticket

ROOT = Path(__file__).resolve().parents[1]
# A Wednesday morning in Berlin, far from holidays: deadlines in tests are easy to read.
T0 = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)

ADDRESS = {
    "first_name": "Anna",
    "last_name": "Becker",
    "company_name": None,
    "street": "Hauptstraße",
    "house_number": "12",
    "postcode": "10115",
    "additional_field": None,
    "city": "Berlin",
    "phone": None,
    "country": "DE",
}


class _LiveServer(ThreadedWSGIServer):
    """The live server with Nagle's algorithm off on each connection.

    Django's server writes a response's headers and its body separately; with Nagle on, the body waited for the
    client's delayed acknowledgement of the headers, and every small answer over a kept-alive connection took 40 ms
    instead of 1 (the API's conformance run sends hundreds)."""

    def get_request(self) -> tuple[socket.socket, Any]:
        connection, address = super().get_request()
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection, address


def pytest_configure(config: pytest.Config) -> None:
    LiveServerThread.server_class = _LiveServer  # what pytest-django's live_server starts


# What a test asks for when it touches the database (directly or through another fixture).
_DATABASE_FIXTURES = frozenset({"db", "transactional_db", "django_db_reset_sequences", "live_server"})


def _uses_the_database(item: pytest.Item) -> bool:
    if item.get_closest_marker("django_db") is not None:
        return True
    return bool(_DATABASE_FIXTURES.intersection(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`make test` runs the suite on SQLite, then again on PostgreSQL with MARKETDESK_TESTS_DATABASE_ONLY set: the
    second pass leaves out the tests that never touch the database (the rules, the classifier, commands run on a
    SQLite file of their own), which the first pass ran exactly as they would run again."""
    if not os.environ.get("MARKETDESK_TESTS_DATABASE_ONLY"):
        return
    kept = [item for item in items if _uses_the_database(item)]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if not _uses_the_database(item)])
        items[:] = kept


@pytest.fixture(autouse=True)
def _test_settings(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    # Password hashing is deliberately slow; personas don't need it to be.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Every test client loads the middleware afresh, and WhiteNoise would list and stat every static file each time
    # (about 10 ms a test here); looking a file up when it is asked for serves the same files.
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, made once per test process, for tests that run `manage.py` in processes of their own
    on a database file of their own: they copy it (migrating takes seconds) and never write to this one."""
    path = tmp_path_factory.mktemp("migrated-db") / "migrated.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "MARKETDESK_SECRET_KEY": "migrate-only",
        "MARKETDESK_DEBUG": "0",
        "DATABASE_URL": "",
        "MARKETDESK_SQLITE_PATH": str(path),
    }
    migrated = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, capture_output=True
    )
    assert migrated.returncode == 0, migrated.stderr
    return path


@pytest.fixture
def now() -> Iterator[dt.datetime]:
    """Freeze the clock at T0; tests move it with clock.set_now()."""
    clock.set_now(T0)
    yield T0
    clock.set_now(None)


def _seller_user(name: str, username: str) -> User:
    account = account_services.seller_account_create(
        name=name,
        return_address=f"{name}, Lagerweg 1, 12345 Lagerstadt",
        return_label_url=f"https://{username}.example/label",
    )
    return account_services.user_create(username=username, password="pw", role=Role.SELLER, seller_account=account)


def _buyer_user(username: str, first: str, last: str) -> User:
    buyer = account_services.buyer_create(email=f"{username}@example.com", first_name=first, last_name=last)
    return account_services.user_create(username=username, password="pw", role=Role.BUYER, buyer=buyer)


@pytest.fixture
def seller_user(db: None) -> User:
    return _seller_user("Alpha Elektro GmbH", "alpha")


@pytest.fixture
def seller2_user(db: None) -> User:
    return _seller_user("Beta Garten s.r.o.", "beta")


@pytest.fixture
def buyer_user(db: None) -> User:
    return _buyer_user("anna", "Anna", "Becker")


@pytest.fixture
def buyer2_user(db: None) -> User:
    return _buyer_user("jan", "Jan", "Novák")


@pytest.fixture
def agent_user(db: None) -> User:
    return account_services.user_create(username="agent", password="pw", role=Role.CUSTOMER_SERVICE)


@pytest.fixture
def seller(seller_user: User) -> Actor:
    return actor_for(seller_user)


@pytest.fixture
def seller2(seller2_user: User) -> Actor:
    return actor_for(seller2_user)


@pytest.fixture
def buyer(buyer_user: User) -> Actor:
    return actor_for(buyer_user)


@pytest.fixture
def buyer2(buyer2_user: User) -> Actor:
    return actor_for(buyer2_user)


@pytest.fixture
def agent(agent_user: User) -> Actor:
    return actor_for(agent_user)


OrderFactory = Callable[..., Order]


def storefront_by_code(code: str) -> Storefront:
    # A transactional test (the browser tests) flushes the tables, storefronts included.
    if not Storefront.objects.filter(code=code).exists():
        ensure_storefronts(Storefront)
    return Storefront.objects.get(code=code)


@pytest.fixture
def make_order(db: None) -> OrderFactory:
    def make(
        seller: User,
        buyer: User,
        *,
        storefront: str = "de",
        units: list[tuple[int, int, str]] | None = None,
        delivered_on: dt.date | None = None,
    ) -> Order:
        rows = units or [(2999, 490, OrderUnitStatus.NEED_TO_BE_SENT)]
        assert seller.seller_account is not None and buyer.buyer is not None
        return order_create(
            seller=seller.seller_account,
            buyer=buyer.buyer,
            storefront=storefront_by_code(storefront),
            units=[
                NewUnit(
                    product_title=f"Item {i}", price=price, shipping_rate=ship, status=status, delivered_on=delivered_on
                )
                for i, (price, ship, status) in enumerate(rows, start=1)
            ],
            billing_address=ADDRESS,
        )

    return make


@pytest.fixture
def order(make_order: OrderFactory, seller_user: User, buyer_user: User) -> Order:
    return make_order(
        seller_user, buyer_user, units=[(2999, 490, OrderUnitStatus.NEED_TO_BE_SENT), (1500, 0, OrderUnitStatus.SENT)]
    )


@pytest.fixture
def ticket(order: Order, buyer: Actor, now: dt.datetime) -> Ticket:
    """A buyer's ticket on the first unit of `order`, opened at T0: Open, the seller must answer."""
    return ticket_services.ticket_open(
        actor=buyer,
        unit_ids=[order.units.get(status=OrderUnitStatus.NEED_TO_BE_SENT).pk],
        reason="product_defect",
        topic="order_product_defect",
        message="Das Gerät lässt sich nicht einschalten.",
    )


# A withdrawal for a refund, in German: the return-option policy applies when it is within the period.
WITHDRAWAL_DE = "Ich möchte vom Kauf zurücktreten und mein Geld zurück. Wie kann ich den Artikel zurückschicken?"
FEB_2026 = dt.datetime(2026, 2, 10, 9, 0, tzinfo=dt.UTC)  # the policy is enforced
TicketFactory = Callable[..., Ticket]


@pytest.fixture
def return_ticket(
    make_order: OrderFactory, seller_user: User, buyer_user: User, buyer: Actor
) -> Iterator[TicketFactory]:
    """A factory: the buyer withdraws for a refund `delivered_days_ago` days after delivery, at `when`."""

    def make(
        when: dt.datetime = FEB_2026,
        *,
        storefront: str = "de",
        text: str = WITHDRAWAL_DE,
        units: list[tuple[int, int, str]] | None = None,
        delivered_days_ago: int = 3,
        reason: str = "product_return",
    ) -> Ticket:
        clock.set_now(when)
        order = make_order(
            seller_user,
            buyer_user,
            storefront=storefront,
            units=units or [(5999, 490, OrderUnitStatus.RECEIVED)],
            delivered_on=when.date() - dt.timedelta(days=delivered_days_ago),
        )
        return ticket_services.ticket_open(
            actor=buyer, unit_ids=list(order.units.values_list("pk", flat=True)), reason=reason, message=text
        )

    yield make
    clock.set_now(None)
