"""/v2 orders and order units: shapes per the reference, filters, limits, actions, and two sellers kept apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.orders.models import Cancellation, FulfillmentType, Order, OrderUnit, OrderUnitStatus, Refund
from marketdesk.sellerapi.openapi import EXTENSION, document, reference
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.models import Ticket
from tests.api.conftest import KeyPair, SignedClient, assert_wire

S = OrderUnitStatus
ORDERS, ORDER = "/orders", "/orders/{id_order}"
UNITS, UNIT = "/order-units", "/order-units/{id_order_unit}"
CANCEL, REFUND = UNIT + "/cancel", UNIT + "/refund"
SEND, FULFIL = UNIT + "/send", UNIT + "/fulfil"
UNIT_KEYS = set(reference()["components"]["schemas"]["OrderUnit"]["required"])


@pytest.fixture(autouse=True)
def _frozen(now: dt.datetime, settings: Any) -> None:
    # The clock is frozen, so every request falls into one rate-limit second: lift the limit for these tests.
    settings.SELLER_API_RATE_LIMIT = 100_000


def call(
    client: SignedClient,
    method: str,
    template: str,
    *,
    query: Any = None,
    body: Any = None,
    raw_body: str | None = None,
    headers: dict[str, str] | None = None,
    **ids: Any,
) -> tuple[int, Any]:
    """One request; its answer always checked against the served document for that operation and status."""
    path = "/v2" + template.format(**ids)
    response = client.request(method.upper(), path, query=query, json_body=body, raw_body=raw_body, headers=headers)
    return response.status_code, assert_wire(response, template, method)


def field_error(answer: Any, field_name: str) -> None:
    assert answer["type"] == "/problems/validation-error", answer
    assert field_name in [e["field"] for e in answer["errors"]], answer


def at(minutes: int) -> dt.datetime:
    moved = clock.now() + dt.timedelta(minutes=minutes)
    clock.set_now(moved)
    return moved


def iso(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def pending(order: Order) -> OrderUnit:
    return order.units.get(status=S.NEED_TO_BE_SENT)


def sent(order: Order) -> OrderUnit:
    return order.units.get(status=S.SENT)


@pytest.fixture
def other_order(make_order: Callable[..., Order], seller2_user: User, buyer2_user: User) -> Order:
    """Seller2's order; nothing seller does may show it, nothing seller2 does may touch seller's."""
    return make_order(seller2_user, buyer2_user, storefront="cz", units=[(9900, 0, S.OPEN)])


@pytest.fixture
def new_order(make_order: Callable[..., Order], seller_user: User, buyer_user: User) -> Callable[..., Order]:
    def make(storefront: str = "de", units: list[tuple[int, int, str]] | None = None) -> Order:
        return make_order(seller_user, buyer_user, storefront=storefront, units=units)

    return make


# ---- GET /orders ----


def test_orders_list_shape(api: SignedClient, ticket: Ticket, other_order: Order) -> None:
    order = ticket.order
    later = at(30)
    OrderUnit.objects.filter(pk=sent(order).pk).update(updated_at=later)
    status, answer = call(api, "get", ORDERS)
    assert status == 200
    assert answer["pagination"] == {"offset": 0, "limit": 30, "total": 1}
    assert answer["data"] == [
        {
            "id_order": order.id_order,
            "ts_created_iso": iso(order.created_at),
            "is_marketplace_deemed_supplier": False,
            "order_units_count": 2,
            "ts_units_updated_iso": iso(later),
            "storefront": "de",
            "fulfillment_type": "fulfilled_by_merchant",
        }
    ]


def test_orders_filters(api: SignedClient, new_order: Callable[..., Order], other_order: Order) -> None:
    first = new_order("de")
    at(60)
    second = new_order("cz")
    at(60)
    third = new_order("de")
    Order.objects.filter(pk=third.pk).update(fulfillment_type=FulfillmentType.KAUFLAND)

    def ids(query: Any) -> list[str]:
        status, answer = call(api, "get", ORDERS, query=query)
        assert status == 200 and answer["pagination"]["total"] == len(answer["data"])
        return [o["id_order"] for o in answer["data"]]

    assert ids(None) == [second.id_order, first.id_order]  # newest first; merchant-fulfilled by default
    assert ids({"storefront": "cz"}) == [second.id_order]
    assert ids({"storefront": "pl"}) == []
    assert ids({"ts_created_from_iso": iso(second.created_at)}) == [second.id_order]
    assert ids({"fulfillment_type": "fulfilled_by_kaufland"}) == [third.id_order]
    both = [third.id_order, second.id_order, first.id_order]
    assert ids([("fulfillment_type", "fulfilled_by_merchant"), ("fulfillment_type", "fulfilled_by_kaufland")]) == both
    assert ids({"fulfillment_type": "fulfilled_by_merchant,fulfilled_by_kaufland"}) == both
    # A later change to one unit puts its order (only) past the units-updated filter.
    change = at(60)
    OrderUnit.objects.filter(order=first).update(updated_at=change)
    assert ids({"ts_units_updated_from_iso": iso(change)}) == [first.id_order]
    assert ids({"ts_units_updated_from_iso": iso(change + dt.timedelta(seconds=1))}) == []


@pytest.mark.parametrize(
    ("query", "field_name"),
    [
        ({"storefront": "xx"}, "storefront"),
        ([("storefront", "de"), ("storefront", "cz")], "storefront"),
        ({"ts_created_from_iso": "yesterday"}, "ts_created_from_iso"),
        ({"ts_units_updated_from_iso": "2026-13-01T00:00:00Z"}, "ts_units_updated_from_iso"),
        ({"fulfillment_type": "fulfilled_by_drone"}, "fulfillment_type"),
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"offset": -1}, "offset"),
    ],
)
def test_orders_bad_parameters(api: SignedClient, query: Any, field_name: str) -> None:
    status, answer = call(api, "get", ORDERS, query=query)
    assert status == 400
    field_error(answer, field_name)


def test_orders_paging(api: SignedClient, new_order: Callable[..., Order]) -> None:
    made = []
    for _ in range(32):
        made.append(new_order().id_order)
        at(1)
    newest_first = made[::-1]
    status, answer = call(api, "get", ORDERS)
    assert status == 200
    assert [o["id_order"] for o in answer["data"]] == newest_first[:30]
    assert answer["pagination"] == {"offset": 0, "limit": 30, "total": 32}
    _, answer = call(api, "get", ORDERS, query={"limit": 100, "offset": 30})
    assert [o["id_order"] for o in answer["data"]] == newest_first[30:]
    assert answer["pagination"] == {"offset": 30, "limit": 100, "total": 32}
    _, answer = call(api, "get", ORDERS, query={"limit": 1, "offset": 5})
    assert [o["id_order"] for o in answer["data"]] == [newest_first[5]]


def count_queries(client: SignedClient, template: str, query: Any = None, **ids: Any) -> int:
    with CaptureQueriesContext(connection) as queries:
        status, _ = call(client, "get", template, query=query, **ids)
    assert status == 200
    return len(queries)


def test_orders_list_runs_a_fixed_number_of_queries(api: SignedClient, new_order: Callable[..., Order]) -> None:
    new_order(units=[(100, 0, S.OPEN)])
    count_queries(api, ORDERS)  # the first call also records when the key was last used
    one = count_queries(api, ORDERS)
    for _ in range(19):
        new_order(units=[(100, 0, S.OPEN), (200, 0, S.SENT), (300, 0, S.SENT)])
    assert count_queries(api, ORDERS) == one
    assert one <= 5


# ---- GET /orders/{id_order} ----


def test_order_details_shape(api: SignedClient, ticket: Ticket, buyer: Actor) -> None:
    order = ticket.order
    second = ticket_services.ticket_open(
        actor=buyer, unit_ids=[u.pk for u in order.units.all()], reason="contact_other", message="Beide Teile?"
    )
    status, answer = call(api, "get", ORDER, id_order=order.id_order)
    assert status == 200
    data = answer["data"]
    assert set(data) == {
        "id_order",
        "ts_created_iso",
        "is_marketplace_deemed_supplier",
        "storefront",
        "fulfillment_type",
        "order_units",
        "billing_address",
        "shipping_address",
        "buyer",
    }
    assert data["buyer"] == {"id_buyer": order.buyer_id, "email": "anna@example.com"}
    assert data["billing_address"]["city"] == "Berlin" and data["shipping_address"]["country"] == "DE"
    units = {u["id_order_unit"]: u for u in data["order_units"]}
    assert set(units) == {pending(order).pk, sent(order).pk}
    first, other = units[pending(order).pk], units[sent(order).pk]
    assert [t["id_ticket"] for t in first["tickets"]] == [ticket.number, second.number]
    assert first["tickets"][0]["ids_order_units"] == [pending(order).pk]
    assert first["tickets"][1]["ids_order_units"] == sorted(u.pk for u in order.units.all())
    assert [t["id_ticket"] for t in other["tickets"]] == [second.number]
    assert (first["price"], first["shipping_rate"], first["status"], first["id_order"]) == (
        2999,
        490,
        "need_to_be_sent",
        order.id_order,
    )
    for unit in units.values():
        assert "kss_eligible" not in unit and "buyer" not in unit and "billing_address" not in unit


def test_order_details_unit_without_tickets_has_an_empty_list(api: SignedClient, order: Order) -> None:
    status, answer = call(api, "get", ORDER, id_order=order.id_order)
    assert status == 200
    assert [u["tickets"] for u in answer["data"]["order_units"]] == [[], []]


@pytest.mark.parametrize(
    "query",
    [
        {"embedded": "order_invoices,delivery,kss_delivery"},
        [("embedded", "order_invoices"), ("embedded", "delivery"), ("embedded", "kss_delivery")],
    ],
    ids=["comma", "repeated"],
)
def test_order_details_embedded(api: SignedClient, order: Order, query: Any) -> None:
    status, answer = call(api, "get", ORDER, query=query, id_order=order.id_order)
    assert status == 200
    data = answer["data"]
    assert data["order_invoices"] == []
    assert data["delivery"] == {"pickup_location": None}
    assert [u["kss_eligible"] for u in data["order_units"]] == [False, False]


def test_order_details_each_embed_adds_only_its_key(api: SignedClient, order: Order) -> None:
    _, answer = call(api, "get", ORDER, query={"embedded": "delivery"}, id_order=order.id_order)
    assert "delivery" in answer["data"] and "order_invoices" not in answer["data"]
    assert all("kss_eligible" not in u for u in answer["data"]["order_units"])


def test_order_details_errors(api: SignedClient, order: Order) -> None:
    status, answer = call(api, "get", ORDER, query={"embedded": "messages"}, id_order=order.id_order)
    assert status == 400
    field_error(answer, "embedded")
    status, answer = call(api, "get", ORDER, id_order="NOPE123")
    assert status == 404 and answer["type"] == "/problems/not-found"


def test_order_details_queries_do_not_grow_with_units_and_tickets(
    api: SignedClient, new_order: Callable[..., Order], buyer: Actor
) -> None:
    small = new_order(units=[(100, 0, S.OPEN)])
    ticket_services.ticket_open(actor=buyer, unit_ids=[small.units.get().pk], reason="contact_other", message="?")
    big = new_order(units=[(100 + i, 0, S.OPEN) for i in range(8)])
    ids = [u.pk for u in big.units.all()]
    for i in range(0, 8, 2):
        ticket_services.ticket_open(actor=buyer, unit_ids=ids[i : i + 2], reason="contact_other", message="?")
    count_queries(api, ORDER, id_order=small.id_order)
    assert count_queries(api, ORDER, id_order=small.id_order) == count_queries(api, ORDER, id_order=big.id_order)


# ---- GET /order-units ----


def test_order_units_list_shape(api: SignedClient, order: Order, other_order: Order) -> None:
    status, answer = call(api, "get", UNITS)
    assert status == 200
    assert answer["pagination"] == {"offset": 0, "limit": 30, "total": 2}
    assert {u["id_order_unit"] for u in answer["data"]} == {pending(order).pk, sent(order).pk}
    item = next(u for u in answer["data"] if u["id_order_unit"] == pending(order).pk)
    assert set(item) == UNIT_KEYS
    assert item["buyer"] == {"id_buyer": order.buyer_id, "email": "anna@example.com"}
    assert (item["price"], item["revenue_gross"], item["currency"], item["storefront"]) == (2999, 2999, "EUR", "de")


def test_order_units_filters_and_sort(api: SignedClient, new_order: Callable[..., Order], other_order: Order) -> None:
    a = new_order("de", [(100, 0, S.OPEN)]).units.get()
    at(10)
    b = new_order("cz", [(200, 0, S.SENT)]).units.get()
    at(10)
    c = new_order("de", [(300, 0, S.CANCELLED)]).units.get()
    OrderUnit.objects.filter(pk=a.pk).update(id_offer="AB-120", updated_at=at(10))
    Order.objects.filter(units=c).update(fulfillment_type=FulfillmentType.KAUFLAND)

    def ids(query: Any) -> list[int]:
        status, answer = call(api, "get", UNITS, query=query)
        assert status == 200 and answer["pagination"]["total"] == len(answer["data"])
        return [u["id_order_unit"] for u in answer["data"]]

    assert ids(None) == [b.pk, a.pk]
    assert ids({"sort": "ts_created:desc"}) == [b.pk, a.pk]
    assert ids({"sort": "ts_updated:desc"}) == [a.pk, b.pk]
    assert ids({"storefront": "cz"}) == [b.pk]
    assert ids({"id_offer": "AB-120"}) == [a.pk]
    assert ids({"status": "sent"}) == [b.pk]
    assert ids({"status": "open,sent"}) == [b.pk, a.pk]
    assert ids([("status", "open"), ("status", "cancelled")]) == [a.pk]
    assert ids({"fulfillment_type": "fulfilled_by_kaufland"}) == [c.pk]
    assert ids({"ts_created_from_iso": iso(b.created_at)}) == [b.pk]
    assert ids({"ts_updated_from_iso": iso(clock.now())}) == [a.pk]


@pytest.mark.parametrize(
    ("query", "field_name"),
    [
        ({"status": "lost"}, "status"),
        ({"sort": "ts_created:asc"}, "sort"),
        ({"storefront": "uk"}, "storefront"),
        ({"fulfillment_type": "x"}, "fulfillment_type"),
        ({"ts_created_from_iso": "3 days ago"}, "ts_created_from_iso"),
        ({"ts_updated_from_iso": "nope"}, "ts_updated_from_iso"),
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"offset": -3}, "offset"),
    ],
)
def test_order_units_bad_parameters(api: SignedClient, query: Any, field_name: str) -> None:
    status, answer = call(api, "get", UNITS, query=query)
    assert status == 400
    field_error(answer, field_name)


def test_order_units_paging(api: SignedClient, new_order: Callable[..., Order]) -> None:
    new_order(units=[(100 + i, 0, S.OPEN) for i in range(35)])
    _, answer = call(api, "get", UNITS)
    assert len(answer["data"]) == 30 and answer["pagination"] == {"offset": 0, "limit": 30, "total": 35}
    _, answer = call(api, "get", UNITS, query={"limit": 100, "offset": 30})
    assert len(answer["data"]) == 5 and answer["pagination"] == {"offset": 30, "limit": 100, "total": 35}
    _, first = call(api, "get", UNITS, query={"limit": 1})
    _, second = call(api, "get", UNITS, query={"limit": 1, "offset": 1})
    assert first["data"][0]["id_order_unit"] != second["data"][0]["id_order_unit"]


def test_order_units_list_runs_a_fixed_number_of_queries(api: SignedClient, new_order: Callable[..., Order]) -> None:
    new_order(units=[(100, 0, S.OPEN)])
    count_queries(api, UNITS)
    one = count_queries(api, UNITS)
    for _ in range(10):
        new_order(units=[(100, 0, S.OPEN), (200, 0, S.SENT)])
    assert count_queries(api, UNITS) == one
    assert one <= 5


# ---- GET /order-units/{id_order_unit} ----


def test_order_unit_details_without_embeds(api: SignedClient, ticket: Ticket) -> None:
    unit = pending(ticket.order)
    status, answer = call(api, "get", UNIT, id_order_unit=unit.pk)
    assert status == 200
    assert set(answer["data"]) == UNIT_KEYS
    assert answer["data"]["id_order_unit"] == unit.pk and answer["data"]["id_order"] == ticket.order.id_order


def test_order_unit_details_with_every_embed(api: SignedClient, ticket: Ticket, buyer: Actor) -> None:
    order = ticket.order
    both = ticket_services.ticket_open(
        actor=buyer, unit_ids=[u.pk for u in order.units.all()], reason="contact_other", message="Beide?"
    )
    embeds = "delivery_attempt_timestamp_iso,return_unit,tickets,delivery,kss_delivery"
    status, answer = call(api, "get", UNIT, query={"embedded": embeds}, id_order_unit=pending(order).pk)
    assert status == 200
    data = answer["data"]
    assert data["delivery_attempt_timestamp_iso"] is None and data["return_unit"] is None
    assert data["delivery"] == {"pickup_location": None} and data["kss_eligible"] is False
    assert [t["id_ticket"] for t in data["tickets"]] == [ticket.number, both.number]
    assert data["tickets"][1]["ids_order_units"] == sorted(u.pk for u in order.units.all())
    _, answer = call(api, "get", UNIT, query=[("embedded", "tickets")], id_order_unit=sent(order).pk)
    assert [t["id_ticket"] for t in answer["data"]["tickets"]] == [both.number]
    assert set(answer["data"]) == UNIT_KEYS | {"tickets"}


def test_order_unit_details_errors(api: SignedClient, order: Order) -> None:
    status, answer = call(api, "get", UNIT, query={"embedded": "files"}, id_order_unit=pending(order).pk)
    assert status == 400
    field_error(answer, "embedded")
    status, answer = call(api, "get", UNIT, id_order_unit="abc")
    assert status == 400
    field_error(answer, "id_order_unit")
    status, answer = call(api, "get", UNIT, id_order_unit=123456789)
    assert status == 404 and answer["type"] == "/problems/not-found"


# ---- PATCH /order-units/{id}/cancel ----


def test_cancel_refunds_the_buyer_in_full(api: SignedClient, order: Order) -> None:
    unit = pending(order)
    when = at(5)
    status, answer = call(api, "patch", CANCEL, body={"reason": "NoInventory"}, id_order_unit=unit.pk)
    assert (status, answer) == (204, None)
    unit.refresh_from_db()
    assert (unit.status, unit.cancel_reason, unit.updated_at) == (S.CANCELLED, "NoInventory", when)
    cancellation = Cancellation.objects.get(unit=unit)
    assert cancellation.reason == "NoInventory" and cancellation.refund is not None
    refund = cancellation.refund
    assert (refund.amount, refund.cause, refund.paid_by) == (2999 + 490, "cancellation", "seller")
    _, answer = call(api, "get", UNIT, id_order_unit=unit.pk)
    assert (answer["data"]["status"], answer["data"]["cancel_reason"]) == ("cancelled", "NoInventory")


def test_cancel_after_a_partial_refund_refunds_the_rest(api: SignedClient, order: Order) -> None:
    unit = pending(order)
    call(api, "patch", REFUND, body={"amount": 1000, "reason": "delivery_delay"}, id_order_unit=unit.pk)
    status, _ = call(api, "patch", CANCEL, body={"reason": "BuyerCancelled"}, id_order_unit=unit.pk)
    assert status == 204
    assert sorted(Refund.objects.filter(unit=unit).values_list("amount", flat=True)) == [1000, 2489]


def test_cancel_not_possible_once_sent_or_cancelled(api: SignedClient, order: Order) -> None:
    status, answer = call(api, "patch", CANCEL, body={"reason": "NoInventory"}, id_order_unit=sent(order).pk)
    assert status == 403 and answer["type"] == "/problems/order-units/cancel-not-possible"
    unit = pending(order)
    call(api, "patch", CANCEL, body={"reason": "NoInventory"}, id_order_unit=unit.pk)
    status, answer = call(api, "patch", CANCEL, body={"reason": "NoInventory"}, id_order_unit=unit.pk)
    assert status == 403 and answer["type"] == "/problems/order-units/cancel-not-possible"
    assert Refund.objects.filter(unit=unit).count() == 1
    assert sent(order).status == S.SENT


@pytest.mark.parametrize(
    ("body", "field_name"),
    [
        ({}, "reason"),
        ({"reason": "NoInventory", "note": "x"}, "note"),
        ({"reason": 3}, "reason"),
        ({"reason": "Bored"}, "reason"),
        ([], "body"),
    ],
    ids=["missing", "extra", "type", "enum", "not-object"],
)
def test_cancel_bad_body(api: SignedClient, order: Order, body: Any, field_name: str) -> None:
    status, answer = call(api, "patch", CANCEL, body=body, id_order_unit=pending(order).pk)
    assert status == 400
    field_error(answer, field_name)
    assert pending(order).status == S.NEED_TO_BE_SENT and not Refund.objects.exists()


def test_cancel_invalid_json(api: SignedClient, order: Order) -> None:
    status, answer = call(api, "patch", CANCEL, raw_body='{"reason":', id_order_unit=pending(order).pk)
    assert status == 400
    field_error(answer, "body")


# ---- PATCH /order-units/{id}/refund ----


def test_partial_refund(api: SignedClient, order: Order) -> None:
    unit = pending(order)
    when = at(5)
    status, answer = call(
        api, "patch", REFUND, body={"amount": 1299, "reason": "delivery_delay"}, id_order_unit=unit.pk
    )
    assert (status, answer) == (204, None)
    refund = Refund.objects.get(unit=unit)
    assert (refund.amount, refund.currency, refund.reason) == (1299, "EUR", "delivery_delay")
    assert (refund.cause, refund.paid_by, refund.actor_role, refund.idempotency_key) == (
        "partial_refund",
        "seller",
        "seller",
        None,
    )
    unit.refresh_from_db()
    assert (unit.status, unit.updated_at) == (S.NEED_TO_BE_SENT, when)


def test_refund_above_what_remains(api: SignedClient, order: Order) -> None:
    unit = pending(order)
    call(api, "patch", REFUND, body={"amount": 3000, "reason": "defect"}, id_order_unit=unit.pk)
    status, answer = call(api, "patch", REFUND, body={"amount": 490, "reason": "defect"}, id_order_unit=unit.pk)
    assert status == 400 and answer["type"] == "/problems/insufficient-funds"
    assert [e["field"] for e in answer["errors"]] == ["amount"]
    status, _ = call(api, "patch", REFUND, body={"amount": 489, "reason": "refund_postage_fee"}, id_order_unit=unit.pk)
    assert status == 204
    assert sum(Refund.objects.filter(unit=unit).values_list("amount", flat=True)) == 3489


@pytest.mark.parametrize(
    ("body", "field_name"),
    [
        ({"amount": 0, "reason": "defect"}, "amount"),
        ({"amount": -100, "reason": "defect"}, "amount"),
        ({"amount": "100", "reason": "defect"}, "amount"),
        ({"amount": 12.5, "reason": "defect"}, "amount"),
        ({"amount": True, "reason": "defect"}, "amount"),
        ({"amount": 2**31, "reason": "defect"}, "amount"),
        ({"reason": "defect"}, "amount"),
        ({"amount": 100}, "reason"),
        ({"amount": 100, "reason": "because"}, "reason"),
        ({"amount": 100, "reason": "defect", "currency": "EUR"}, "currency"),
    ],
    ids=["zero", "negative", "string", "float", "bool", "int32", "no-amount", "no-reason", "enum", "extra"],
)
def test_refund_bad_body(api: SignedClient, order: Order, body: Any, field_name: str) -> None:
    status, answer = call(api, "patch", REFUND, body=body, id_order_unit=pending(order).pk)
    assert status == 400
    field_error(answer, field_name)
    assert not Refund.objects.exists()


def test_retried_refund_with_the_same_key_refunds_once(api: SignedClient, order: Order) -> None:
    unit = pending(order)
    body = {"amount": 1000, "reason": "defect"}
    headers = {"Idempotency-Key": "refund-4711"}
    for _ in range(3):
        status, _ = call(api, "patch", REFUND, body=body, headers=headers, id_order_unit=unit.pk)
        assert status == 204
    assert list(Refund.objects.filter(unit=unit).values_list("amount", "idempotency_key")) == [(1000, "refund-4711")]
    status, answer = call(
        api, "patch", REFUND, body={"amount": 999, "reason": "defect"}, headers=headers, id_order_unit=unit.pk
    )
    assert status == 400 and answer["type"] == "/problems/duplicate-action"
    status, _ = call(api, "patch", REFUND, body=body, id_order_unit=unit.pk)  # no key: a new refund
    assert status == 204 and Refund.objects.filter(unit=unit).count() == 2


def test_idempotency_key_too_long(api: SignedClient, order: Order) -> None:
    status, answer = call(
        api,
        "patch",
        REFUND,
        body={"amount": 100, "reason": "defect"},
        headers={"Idempotency-Key": "k" * 81},
        id_order_unit=pending(order).pk,
    )
    assert status == 400
    field_error(answer, "idempotency_key")


def test_idempotency_key_is_a_documented_extension() -> None:
    parameters = document()["paths"][REFUND]["patch"]["parameters"]
    header = next(p for p in parameters if p["name"] == "Idempotency-Key")
    assert header["in"] == "header" and header["required"] is False and header[EXTENSION] is True


# ---- PATCH /order-units/{id}/send and /fulfil ----


def test_send(api: SignedClient, new_order: Callable[..., Order]) -> None:
    unit = new_order(units=[(100, 0, S.NEED_TO_BE_SENT)]).units.get()
    when = at(5)
    body = {"tracking_numbers": "0034123456789,0034987654321", "carrier_code": "DHL"}
    status, answer = call(api, "patch", SEND, body=body, id_order_unit=unit.pk)
    assert (status, answer) == (204, None)
    unit.refresh_from_db()
    assert (unit.status, unit.updated_at) == (S.SENT, when)
    status, answer = call(api, "patch", SEND, body=body, id_order_unit=unit.pk)
    assert status == 403 and answer["type"] == "/problems/action-not-allowed"


@pytest.mark.parametrize(
    ("body", "field_name"),
    [
        ({"carrier_code": "DHL"}, "tracking_numbers"),
        ({"tracking_numbers": "1"}, "carrier_code"),
        ({"tracking_numbers": ["1"], "carrier_code": "DHL"}, "tracking_numbers"),
        ({"tracking_numbers": "1,,2", "carrier_code": "DHL"}, "tracking_numbers"),
        ({"tracking_numbers": "1", "carrier_code": ""}, "carrier_code"),
        ({"tracking_numbers": "1", "carrier_code": "DHL", "id_shipment": 3}, "id_shipment"),
    ],
    ids=["no-tracking", "no-carrier", "list", "empty-part", "empty-carrier", "extra"],
)
def test_send_bad_body(api: SignedClient, order: Order, body: Any, field_name: str) -> None:
    status, answer = call(api, "patch", SEND, body=body, id_order_unit=pending(order).pk)
    assert status == 400
    field_error(answer, field_name)
    assert pending(order).status == S.NEED_TO_BE_SENT


@pytest.mark.parametrize("state", [S.CANCELLED, S.RECEIVED, S.RETURNED])
def test_send_refused_after_the_unit_left(api: SignedClient, new_order: Callable[..., Order], state: str) -> None:
    unit = new_order(units=[(100, 0, state)]).units.get()
    status, answer = call(
        api, "patch", SEND, body={"tracking_numbers": "1", "carrier_code": "DHL"}, id_order_unit=unit.pk
    )
    assert status == 403 and answer["type"] == "/problems/action-not-allowed"
    unit.refresh_from_db()
    assert unit.status == state


def test_fulfil(api: SignedClient, new_order: Callable[..., Order]) -> None:
    unit = new_order(units=[(100, 0, S.OPEN)]).units.get()
    when = at(5)
    status, answer = call(api, "patch", FULFIL, id_order_unit=unit.pk)
    assert (status, answer) == (204, None)
    unit.refresh_from_db()
    assert (unit.status, unit.updated_at) == (S.NEED_TO_BE_SENT, when)
    status, answer = call(api, "patch", FULFIL, id_order_unit=unit.pk)
    assert status == 403 and answer["type"] == "/problems/action-not-allowed"
    unit.refresh_from_db()
    assert unit.status == S.NEED_TO_BE_SENT


def test_actions_on_unknown_or_malformed_units(api: SignedClient) -> None:
    for template, body in (
        (CANCEL, {"reason": "NoInventory"}),
        (REFUND, {"amount": 1, "reason": "defect"}),
        (SEND, {"tracking_numbers": "1", "carrier_code": "DHL"}),
        (FULFIL, None),
    ):
        status, answer = call(api, "patch", template, body=body, id_order_unit=999)
        assert status == 404 and answer["type"] == "/problems/not-found"
        status, answer = call(api, "patch", template, body=body, id_order_unit="x1")
        assert status == 400
        field_error(answer, "id_order_unit")


def test_trailing_slash_is_accepted(api: SignedClient, order: Order) -> None:
    response = api.get(f"/v2/orders/{order.id_order}/")
    assert response.status_code == 200
    assert assert_wire(response, ORDER, "get")["data"]["id_order"] == order.id_order


def test_rate_limit_answer_is_documented_on_every_order_operation(
    api: SignedClient, order: Order, settings: Any
) -> None:
    settings.SELLER_API_RATE_LIMIT = 1
    unit = pending(order)
    calls = [
        ("get", ORDERS, {}, None),
        ("get", ORDER, {"id_order": order.id_order}, None),
        ("get", UNITS, {}, None),
        ("get", UNIT, {"id_order_unit": unit.pk}, None),
        ("patch", CANCEL, {"id_order_unit": unit.pk}, {"reason": "NoInventory"}),
        ("patch", REFUND, {"id_order_unit": unit.pk}, {"amount": 1, "reason": "defect"}),
        ("patch", SEND, {"id_order_unit": unit.pk}, {"tracking_numbers": "1", "carrier_code": "DHL"}),
        ("patch", FULFIL, {"id_order_unit": unit.pk}, None),
    ]
    call(api, "get", ORDERS)  # uses up this second's one request
    for method, template, ids, body in calls:
        status, answer = call(api, method, template, body=body, **ids)
        assert status == 429 and answer["type"] == "about:blank", template
    assert pending(order).status == S.NEED_TO_BE_SENT and not Refund.objects.exists()


# ---- two sellers ----


def test_another_sellers_key_sees_and_changes_nothing(api2: SignedClient, ticket: Ticket, other_order: Order) -> None:
    order = ticket.order
    units = list(order.units.order_by("id"))
    before = list(OrderUnit.objects.order_by("id").values())
    status, answer = call(
        api2, "get", ORDERS, query={"fulfillment_type": "fulfilled_by_merchant,fulfilled_by_kaufland"}
    )
    assert [o["id_order"] for o in answer["data"]] == [other_order.id_order]
    _, answer = call(api2, "get", UNITS, query={"limit": 100})
    assert [u["id_order_unit"] for u in answer["data"]] == [other_order.units.get().pk]
    status, answer = call(api2, "get", ORDER, query={"embedded": "delivery"}, id_order=order.id_order)
    assert status == 404 and answer["type"] == "/problems/not-found"
    for unit in units:
        requests: list[tuple[str, str, Any]] = [
            ("get", UNIT, None),
            ("patch", CANCEL, {"reason": "NoInventory"}),
            ("patch", REFUND, {"amount": 100, "reason": "defect"}),
            ("patch", SEND, {"tracking_numbers": "1", "carrier_code": "DHL"}),
            ("patch", FULFIL, None),
        ]
        for method, template, body in requests:
            status, answer = call(api2, method, template, body=body, id_order_unit=unit.pk)
            assert status == 404 and answer["type"] == "/problems/not-found", (template, answer)
        _, answer = call(api2, "get", UNIT, query={"embedded": "tickets"}, id_order_unit=unit.pk)
        assert answer["type"] == "/problems/not-found"
    assert list(OrderUnit.objects.order_by("id").values()) == before
    assert not Refund.objects.exists() and not Cancellation.objects.exists()


def test_tickets_embedded_are_only_the_sellers_own(
    api: SignedClient, api2: SignedClient, ticket: Ticket, other_order: Order, buyer2: Actor
) -> None:
    theirs = ticket_services.ticket_open(
        actor=buyer2, unit_ids=[other_order.units.get().pk], reason="contact_other", message="Dobrý den"
    )
    _, answer = call(api, "get", ORDER, id_order=ticket.order.id_order)
    numbers = {t["id_ticket"] for u in answer["data"]["order_units"] for t in u["tickets"]}
    assert numbers == {ticket.number}
    _, answer = call(api2, "get", UNIT, query={"embedded": "tickets"}, id_order_unit=other_order.units.get().pk)
    assert [t["id_ticket"] for t in answer["data"]["tickets"]] == [theirs.number]


# ---- an unmodified client ----


class _Wire:
    """An httpx answer seen through assert_wire's eyes."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content = response.content
        self.headers = response.headers

    def __getitem__(self, name: str) -> str:
        return str(self.headers[name])


def test_python_kaufland_api_client(key: KeyPair, order: Order, request: pytest.FixtureRequest) -> None:
    """python-kaufland-api, pointed at us with `endpoint=`, lists, reads, refunds and cancels unchanged."""
    from kaufland.api.order_units import OrderUnits
    from kaufland.api.orders import Orders
    from kaufland.base.exceptions import ApiException

    clock.set_now(None)  # the client stamps requests with the real time
    seen: list[httpx.Response] = []

    def remember(response: httpx.Response) -> None:
        response.read()
        seen.append(response)

    def client(cls: Any) -> Any:
        made = cls(client_key=key.client_key, secret_key=key.secret, endpoint="http://testserver/v2", storefront="de")
        transport = httpx.WSGITransport(app=get_wsgi_application())
        made._transport._client = httpx.Client(transport=transport, event_hooks={"response": [remember]})
        return made

    def wire(template: str, method: str) -> Any:
        return assert_wire(_Wire(seen.pop()), template, method)  # type: ignore[arg-type]

    # Like Django's test client: the handler must not close the test's database connection after each request.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
        request.addfinalizer(lambda signal=signal: signal.connect(close_old_connections))
    orders, units = client(Orders), client(OrderUnits)
    unit = pending(order)
    orders.get_orders()
    assert wire(ORDERS, "get")["data"][0]["id_order"] == order.id_order
    orders.get_order(order.id_order, embedded=["delivery"])
    assert wire(ORDER, "get")["data"]["delivery"] == {"pickup_location": None}
    units.get_order_units(status=["need_to_be_sent", "sent"], limit=10)
    assert wire(UNITS, "get")["pagination"]["total"] == 2
    units.get_order_unit(unit.pk, embedded="tickets,kss_delivery")
    assert wire(UNIT, "get")["data"]["tickets"] == []
    assert units.refund_order_unit(unit.pk, body={"amount": 1299, "reason": "delivery_delay"}).status_code == 204
    wire(REFUND, "patch")
    assert units.cancel_order_unit(unit.pk, body={"reason": "NoInventory"}).status_code == 204
    wire(CANCEL, "patch")
    with pytest.raises(ApiException) as caught:
        units.cancel_order_unit(unit.pk, body={"reason": "NoInventory"})
    assert caught.value.status_code == 403
    assert wire(CANCEL, "patch")["type"] == "/problems/order-units/cancel-not-possible"
    assert sorted(Refund.objects.filter(unit=unit).values_list("amount", flat=True)) == [1299, 3489 - 1299]
    assert not seen
