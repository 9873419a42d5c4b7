"""Seller API: every list and detail endpoint costs the same queries for a short page and a full one, for a ticket
with few messages and one with many, and never answers with another seller's rows."""

from __future__ import annotations

from typing import Any

import pytest
from django.http import HttpResponse
from django.test import Client

from marketdesk.accounts.apikeys import api_key_create
from marketdesk.notify.models import Subscription
from marketdesk.orders.models import Order, OrderUnit
from marketdesk.tickets.models import Ticket
from tests.api.conftest import KeyPair, SignedClient, assert_wire
from tests.querycounts.conftest import Shop, assert_flat, assert_flat_between, assert_same, json_rows

EMBED_ALL = "messages,order_units,buyer,product,files"
UNIT = "/order-units/{id_order_unit}"
UNIT_EMBEDS = "delivery_attempt_timestamp_iso,return_unit,tickets,delivery,kss_delivery"


@pytest.fixture
def api(shop: Shop) -> SignedClient:
    assert shop.seller.seller_id is not None
    key, secret = api_key_create(actor=shop.seller, seller_id=shop.seller.seller_id, label="Query budget")
    return SignedClient(Client(), KeyPair(key.client_key, secret))


def _get(api: SignedClient, path: str, operation: str, query: dict[str, Any] | None = None) -> HttpResponse:
    response = api.get(path, query)
    if response.status_code == 200:
        assert_wire(response, operation, "get")
    return response


def _ids(response: HttpResponse, key: str) -> set[Any]:
    return {row[key] for row in response.json()["data"]}


def _grow_tickets(shop: Shop, other: Shop, n: int) -> None:
    for ticket in shop.tickets(n, units=3):
        shop.say(ticket, shop.seller, "Wir kümmern uns darum.", files=1)
    other.tickets(2)


@pytest.mark.parametrize(
    "query",
    [{}, {"storefront": "de,at,cz,sk,pl,fr,it", "status": "opened", "sort": "ts_updated_iso:desc"}],
    ids=["plain", "filtered"],
)
def test_tickets(api: SignedClient, shop: Shop, other_shop: Shop, query: dict[str, Any]) -> None:
    _grow_tickets(shop, other_shop, 3)
    assert_flat(
        f"GET /v2/tickets {query}",
        lambda: _get(api, "/v2/tickets", "/tickets", {**query, "limit": 5}),
        lambda: _grow_tickets(shop, other_shop, 30),
        json_rows,
        large=lambda: _get(api, "/v2/tickets", "/tickets", {**query, "limit": 30}),
    )
    theirs = set(Ticket.objects.filter(seller_id=other_shop.seller.seller_id).values_list("number", flat=True))
    seen: set[str] = set()
    for offset in range(0, 40, 30):
        seen |= _ids(_get(api, "/v2/tickets", "/tickets", {"limit": 30, "offset": offset}), "id_ticket")
    assert len(seen) == 33 and not seen & theirs


def test_ticket_messages(api: SignedClient, shop: Shop, other_shop: Shop) -> None:
    for ticket in shop.tickets(2):
        shop.converse(ticket, 1)
    other_shop.converse(other_shop.ticket(), 2)

    def grow() -> None:
        for ticket in shop.tickets(3):
            shop.converse(ticket, 3)

    assert_flat(
        "GET /v2/tickets/messages",
        lambda: _get(api, "/v2/tickets/messages", "/tickets/messages", {"limit": 5}),
        grow,
        json_rows,
        large=lambda: _get(api, "/v2/tickets/messages", "/tickets/messages", {"limit": 30}),
    )
    theirs = set(Ticket.objects.filter(seller_id=other_shop.seller.seller_id).values_list("number", flat=True))
    assert not _ids(_get(api, "/v2/tickets/messages", "/tickets/messages", {"limit": 30}), "id_ticket") & theirs


@pytest.mark.parametrize("embedded", ["", EMBED_ALL])
def test_one_ticket(api: SignedClient, shop: Shop, other_shop: Shop, embedded: str) -> None:
    def rows(response: HttpResponse) -> int:
        data = response.json()["data"]
        return len(data["ids_order_units"]) + len(data["messages"]) + len(data["files"]) + len(data["order_units"])

    query = {"embedded": embedded} if embedded else {}
    after = assert_flat_between(
        f"GET /v2/tickets/{{id}}?embedded={embedded}",
        shop.busy_ticket(units=1, rounds=1),
        lambda: shop.busy_ticket(units=5, rounds=6),
        lambda ticket: _get(api, f"/v2/tickets/{ticket.number}", "/tickets/{id_ticket}", query),
        rows,
    )
    # Unit ids; the buyer's first message, six rounds of two and five refund notes; their files; the units.
    assert after.rows == (5 + 18 + 13 + 5 if embedded else 5)
    assert _get(api, f"/v2/tickets/{other_shop.ticket().number}", "/tickets/{id_ticket}").status_code == 404


def test_orders(api: SignedClient, shop: Shop, other_shop: Shop) -> None:
    def grow(n: int) -> None:
        for i in range(n):
            order = shop.order(units=1 + i % 4, storefront="de")
            shop.tickets(1, order=order)
        other_shop.order(units=2)

    grow(3)
    assert_flat(
        "GET /v2/orders",
        lambda: _get(api, "/v2/orders", "/orders", {"limit": 5}),
        lambda: grow(30),
        json_rows,
        large=lambda: _get(api, "/v2/orders", "/orders", {"limit": 30}),
    )
    theirs = set(Order.objects.filter(seller_id=other_shop.seller.seller_id).values_list("id_order", flat=True))
    assert not _ids(_get(api, "/v2/orders", "/orders", {"limit": 100}), "id_order") & theirs


@pytest.mark.parametrize("embedded", ["", "order_invoices,delivery,kss_delivery"])
def test_one_order(api: SignedClient, shop: Shop, other_shop: Shop, embedded: str) -> None:
    def order_with_tickets(units: int, tickets: int) -> Order:
        order = shop.order(units=units)
        shop.tickets(tickets, order=order)
        return order

    def rows(response: HttpResponse) -> int:
        units = response.json()["data"]["order_units"]
        return len(units) + sum(len(unit["tickets"]) for unit in units)

    query = {"embedded": embedded} if embedded else {}
    assert_flat_between(
        f"GET /v2/orders/{{id}}?embedded={embedded}",
        order_with_tickets(1, 1),
        lambda: order_with_tickets(5, 3),
        lambda order: _get(api, f"/v2/orders/{order.id_order}", "/orders/{id_order}", query),
        rows,
    )
    assert _get(api, f"/v2/orders/{other_shop.order().id_order}", "/orders/{id_order}").status_code == 404


def test_order_units(api: SignedClient, shop: Shop, other_shop: Shop) -> None:
    def grow(n: int) -> None:
        for storefront in ("de", "cz", "pl")[:n]:
            shop.order(units=n * 4, storefront=storefront)
        other_shop.order(units=3)

    grow(1)
    assert_flat(
        "GET /v2/order-units",
        lambda: _get(api, "/v2/order-units", "/order-units", {"limit": 5}),
        lambda: grow(3),
        json_rows,
        large=lambda: _get(api, "/v2/order-units", "/order-units", {"limit": 100}),
    )
    theirs = set(OrderUnit.objects.filter(order__seller_id=other_shop.seller.seller_id).values_list("pk", flat=True))
    assert not _ids(_get(api, "/v2/order-units", "/order-units", {"limit": 100}), "id_order_unit") & theirs


@pytest.mark.parametrize("embedded", ["", UNIT_EMBEDS])
def test_one_order_unit(api: SignedClient, shop: Shop, other_shop: Shop, embedded: str) -> None:
    def unit_with_tickets(tickets: int) -> OrderUnit:
        order = shop.order(units=4)
        shop.tickets(tickets, order=order)
        return order.units.order_by("id")[0]

    def request(unit: OrderUnit) -> HttpResponse:
        return _get(api, f"/v2/order-units/{unit.pk}", UNIT, {"embedded": embedded} if embedded else {})

    label = f"GET /v2/order-units/{{id}}?embedded={embedded}"
    if embedded:
        rows = lambda response: 1 + len(response.json()["data"]["tickets"])  # noqa: E731
        assert_flat_between(label, unit_with_tickets(1), lambda: unit_with_tickets(5), request, rows)
    else:
        small, large = unit_with_tickets(1), unit_with_tickets(5)
        assert_same(label, lambda: request(small), lambda: request(large))
    assert _get(api, f"/v2/order-units/{other_shop.ticket().units.get().pk}", UNIT).status_code == 404


def test_subscriptions(api: SignedClient, shop: Shop, other_shop: Shop) -> None:
    def subscribe(owner: Shop, n: int) -> None:
        start = Subscription.objects.count()
        Subscription.objects.bulk_create(
            Subscription(
                seller_id=owner.seller.seller_id,
                event_name="ticket_new",
                storefront=("de", "cz", None)[i % 3],
                callback_url=f"https://hooks.example/{start + i}",
            )
            for i in range(n)
        )

    subscribe(shop, 2)
    subscribe(other_shop, 2)
    assert_flat(
        "GET /v2/subscriptions",
        lambda: _get(api, "/v2/subscriptions", "/subscriptions", {"limit": 5}),
        lambda: subscribe(shop, 28),
        json_rows,
        large=lambda: _get(api, "/v2/subscriptions", "/subscriptions", {"limit": 30}),
    )
    theirs = set(Subscription.objects.filter(seller_id=other_shop.seller.seller_id).values_list("pk", flat=True))
    assert not _ids(_get(api, "/v2/subscriptions", "/subscriptions", {"limit": 30}), "id_subscription") & theirs
