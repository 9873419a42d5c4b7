"""Conformance of /v2: the real python-kaufland-api client, Schemathesis over the served document, and that document
compared with the reference schema (only marked additions)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
from django.http import HttpResponse
from hypothesis import strategies as st
from kaufland.api.order_units import OrderUnits
from kaufland.api.orders import Orders
from kaufland.api.subscriptions import Subscriptions
from kaufland.api.tickets import Tickets
from kaufland.base import ApiException, ApiResponse
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.notify.models import Subscription
from marketdesk.orders.models import Order, OrderUnit, OrderUnitStatus, Refund
from marketdesk.sellerapi.openapi import EXTENSION, document, reference
from marketdesk.sellerapi.signing import sign
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.enums import TicketStatus
from marketdesk.tickets.models import Ticket, TicketMessage
from tests.api.conftest import KeyPair, assert_wire

# live_server answers from another thread: the data must be committed, and each test's tables are flushed after.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CALLBACK_URL = "https://hooks.example.com/marketdesk"


@pytest.fixture(autouse=True)
def _server_settings(settings: Any) -> None:
    # Hundreds of requests per second from one seller are the point here, not the rate limit (tested in test_auth).
    settings.SELLER_API_RATE_LIMIT = 1_000_000
    # Callback URLs are checked by resolving their host; tests make no network calls.
    settings.MARKETDESK_WEBHOOK_ALLOW_PRIVATE = True


@dataclass
class Seeded:
    order: Order
    units: dict[str, OrderUnit]  # by role: "open", "to_send", "sent", "fresh"
    ticket: Ticket
    other_order: Order
    other_ticket: Ticket
    subscription: Subscription


@pytest.fixture
def seeded(
    make_order: Any,
    seller_user: User,
    seller2_user: User,
    buyer_user: User,
    buyer2_user: User,
    buyer: Actor,
    buyer2: Actor,
    seller: Actor,
) -> Seeded:
    order = make_order(
        seller_user,
        buyer_user,
        units=[
            (2999, 490, OrderUnitStatus.NEED_TO_BE_SENT),
            (1500, 0, OrderUnitStatus.SENT),
            (4999, 0, OrderUnitStatus.OPEN),
            (1999, 390, OrderUnitStatus.NEED_TO_BE_SENT),
        ],
    )
    units = list(order.units.order_by("product_title"))
    roles = dict(zip(["to_send", "sent", "open", "fresh"], units, strict=True))
    ticket = ticket_services.ticket_open(
        actor=buyer,
        unit_ids=[roles["to_send"].pk],
        reason="product_defect",
        topic="order_product_defect",
        message="Das Gerät lässt sich nicht einschalten.",
    )
    other_order = make_order(seller2_user, buyer2_user, storefront="cz", units=[(49900, 0, OrderUnitStatus.SENT)])
    other_ticket = ticket_services.ticket_open(
        actor=buyer2, unit_ids=[other_order.units.get().pk], reason="contact_other", message="Kde je moje zásilka?"
    )
    subscription = Subscription.objects.create(
        seller_id=seller.seller_id,
        event_name="order_new",
        callback_url=CALLBACK_URL + "/seeded",
        fallback_email="ops@alpha.example",
        storefront="de",
    )
    return Seeded(order, roles, ticket, other_order, other_ticket, subscription)


@pytest.fixture
def endpoint(live_server: Any) -> str:
    return f"{live_server.url}/v2"


@pytest.fixture
def connect(endpoint: str) -> Iterator[Any]:
    """Real clients against the live server, closed before it stops (a kept-alive connection would outlive it)."""
    opened: list[Any] = []

    def make(cls: type[Any], key: KeyPair, **kwargs: Any) -> Any:
        client = cls(client_key=key.client_key, secret_key=key.secret, endpoint=endpoint, **kwargs)
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.close()


def _wire(result: ApiResponse | ApiException, path: str, method: str) -> Any:
    """What the client received, checked against the served document like every test response."""
    text = result.raw if isinstance(result, ApiResponse) else result.text
    headers = {name.lower(): value for name, value in result.headers.items()}
    response = HttpResponse((text or "").encode(), status=result.status_code)
    if "content-type" in headers:
        response["Content-Type"] = headers["content-type"]
    return assert_wire(response, path, method)


def _refused(call: Any, status: int, path: str, method: str) -> dict[str, Any]:
    with pytest.raises(ApiException) as raised:
        call()
    assert raised.value.status_code == status, raised.value
    body: dict[str, Any] = _wire(raised.value, path, method)
    return body


# === a. the real client ======================================================================================


def test_tickets_with_the_real_client(seeded: Seeded, key: KeyPair, key2: KeyPair, connect: Any) -> None:
    tickets = connect(Tickets, key, storefront="de")
    number = seeded.ticket.number

    listed = tickets.get_tickets(status=["opened", "buyer_closed"], limit=10)
    body = _wire(listed, "/tickets", "get")
    assert [t["id_ticket"] for t in body["data"]] == [number]
    assert body["pagination"] == {"offset": 0, "limit": 10, "total": 1}
    assert body["data"][0]["ids_order_units"] == [seeded.units["to_send"].pk]
    assert body["data"][0]["is_seller_responsible"] is True
    # The client adds its default storefront to this list call: a cz-only filter finds nothing.
    assert _wire(connect(Tickets, key, storefront="cz").get_tickets(), "/tickets", "get")["data"] == []

    one = _wire(tickets.get_ticket(number, embedded="messages,order_units"), "/tickets/{id_ticket}", "get")["data"]
    assert one["id_ticket"] == number and one["storefront"] == "de"
    assert [m["text"] for m in one["messages"]] == ["Das Gerät lässt sich nicht einschalten."]
    assert [u["id_order_unit"] for u in one["order_units"]] == [seeded.units["to_send"].pk]
    as_list = _wire(tickets.get_ticket(number, embedded=["buyer", "files", "product"]), "/tickets/{id_ticket}", "get")
    assert as_list["data"]["buyer"]["id_buyer"] == seeded.order.buyer_id
    assert as_list["data"]["files"] == []

    written = tickets.create_ticket_message(number, body={"text": "Grüße aus dem Lager", "interim_notice": False})
    assert written.status_code == 201
    _wire(written, "/tickets/{id_ticket}/messages", "post")
    message = TicketMessage.objects.filter(ticket=seeded.ticket).order_by("-id").first()
    assert message is not None and message.text == "Grüße aus dem Lager" and message.author_role == "seller"
    seeded.ticket.refresh_from_db()
    assert seeded.ticket.is_seller_responsible is False

    messages = _wire(tickets.get_ticket_messages(limit=5, sort="ts_created_iso:asc"), "/tickets/messages", "get")
    assert [m["text"] for m in messages["data"]] == ["Das Gerät lässt sich nicht einschalten.", "Grüße aus dem Lager"]
    assert {m["id_ticket"] for m in messages["data"]} == {number}

    opened = tickets.open_ticket(
        body={"id_order_unit": [seeded.units["sent"].pk], "reason": "product_return", "message": "Bitte zurücksenden."}
    )
    assert opened.status_code == 201
    new_number = _wire(opened, "/tickets", "post")["data"]["id_ticket"]
    assert {k.lower(): v for k, v in opened.headers.items()}["location"].endswith(f"/v2/tickets/{new_number}")
    created = Ticket.objects.get(number=new_number)
    assert created.seller_id == seeded.order.seller_id and created.open_reason == "product_return"
    assert list(created.units.values_list("pk", flat=True)) == [seeded.units["sent"].pk]

    closed = tickets.close_ticket(number)
    assert closed.status_code == 204 and closed.payload is None
    _wire(closed, "/tickets/{id_ticket}/close", "patch")
    seeded.ticket.refresh_from_db()
    assert seeded.ticket.status == TicketStatus.SELLER_CLOSED

    # Another seller's key sees none of it and changes nothing.
    stranger = connect(Tickets, key2)
    assert number not in {t["id_ticket"] for t in stranger.get_tickets().payload["data"]}
    _refused(lambda: stranger.get_ticket(number), 404, "/tickets/{id_ticket}", "get")
    _refused(
        lambda: stranger.create_ticket_message(number, body={"text": "x"}), 404, "/tickets/{id_ticket}/messages", "post"
    )
    _refused(lambda: stranger.close_ticket(new_number), 404, "/tickets/{id_ticket}/close", "patch")
    assert Ticket.objects.get(number=new_number).status == TicketStatus.OPENED
    assert not TicketMessage.objects.filter(text="x").exists()


def test_orders_and_order_units_with_the_real_client(seeded: Seeded, key: KeyPair, key2: KeyPair, connect: Any) -> None:
    orders = connect(Orders, key)
    units = connect(OrderUnits, key, storefront="de")
    id_order = seeded.order.id_order

    listed = _wire(orders.get_orders(limit=5), "/orders", "get")
    assert [o["id_order"] for o in listed["data"]] == [id_order]
    assert listed["data"][0]["order_units_count"] == 4
    detail = _wire(orders.get_order(id_order, embedded=["order_invoices"]), "/orders/{id_order}", "get")["data"]
    assert detail["id_order"] == id_order
    assert {u["id_order_unit"] for u in detail["order_units"]} == {u.pk for u in seeded.units.values()}
    with_tickets = {u["id_order_unit"]: u["tickets"] for u in detail["order_units"]}
    assert [t["id_ticket"] for t in with_tickets[seeded.units["to_send"].pk]] == [seeded.ticket.number]

    unit_list = _wire(units.get_order_units(status=["need_to_be_sent"], limit=10), "/order-units", "get")
    assert {u["id_order_unit"] for u in unit_list["data"]} == {seeded.units["to_send"].pk, seeded.units["fresh"].pk}
    unit = seeded.units["to_send"]
    one = _wire(units.get_order_unit(unit.pk, embedded="tickets"), "/order-units/{id_order_unit}", "get")["data"]
    assert one["id_order_unit"] == unit.pk and one["price"] == 2999 and one["status"] == "need_to_be_sent"
    assert [t["id_ticket"] for t in one["tickets"]] == [seeded.ticket.number]

    refunded = units.refund_order_unit(unit.pk, body={"amount": 500, "reason": "delivery_delay"})
    assert refunded.status_code == 204
    _wire(refunded, "/order-units/{id_order_unit}/refund", "patch")
    refund = Refund.objects.get(unit=unit)
    assert (refund.amount, refund.reason, refund.currency) == (500, "delivery_delay", "EUR")

    cancelled = units.cancel_order_unit(seeded.units["fresh"].pk, body={"reason": "NoInventory"})
    assert cancelled.status_code == 204
    _wire(cancelled, "/order-units/{id_order_unit}/cancel", "patch")
    fresh = OrderUnit.objects.get(pk=seeded.units["fresh"].pk)
    assert fresh.status == OrderUnitStatus.CANCELLED and fresh.cancel_reason == "NoInventory"
    # Cancelling refunds what the buyer paid, price and shipping.
    assert [r.amount for r in Refund.objects.filter(unit=fresh)] == [1999 + 390]

    fulfilled = units.fulfil_order_unit(seeded.units["open"].pk)
    assert fulfilled.status_code == 204
    _wire(fulfilled, "/order-units/{id_order_unit}/fulfil", "patch")
    assert OrderUnit.objects.get(pk=seeded.units["open"].pk).status == OrderUnitStatus.NEED_TO_BE_SENT

    sent = units.send_order_unit(
        unit.pk, body={"tracking_numbers": "0034123456789,0034987654321", "carrier_code": "DHL"}
    )
    assert sent.status_code == 204
    _wire(sent, "/order-units/{id_order_unit}/send", "patch")
    assert OrderUnit.objects.get(pk=unit.pk).status == OrderUnitStatus.SENT

    refused = _refused(
        lambda: units.cancel_order_unit(unit.pk, body={"reason": "NoInventory"}),
        403,
        "/order-units/{id_order_unit}/cancel",
        "patch",
    )
    assert refused["type"].startswith("/problems/")

    # Another seller's key: not found, nothing changed.
    other_orders = connect(Orders, key2)
    other_units = connect(OrderUnits, key2)
    assert id_order not in {o["id_order"] for o in other_orders.get_orders().payload["data"]}
    _refused(lambda: other_orders.get_order(id_order), 404, "/orders/{id_order}", "get")
    _refused(lambda: other_units.get_order_unit(unit.pk), 404, "/order-units/{id_order_unit}", "get")
    _refused(
        lambda: other_units.refund_order_unit(unit.pk, body={"amount": 100, "reason": "other_refund"}),
        404,
        "/order-units/{id_order_unit}/refund",
        "patch",
    )
    assert Refund.objects.filter(unit=unit).count() == 1


def test_subscriptions_with_the_real_client(seeded: Seeded, key: KeyPair, key2: KeyPair, connect: Any) -> None:
    subscriptions = connect(Subscriptions, key, storefront="de")

    added = subscriptions.add_subscription(
        body={"callback_url": CALLBACK_URL, "fallback_email": "ops@alpha.example", "event_name": "order_unit_new"}
    )
    assert added.status_code == 201
    new = _wire(added, "/subscriptions", "post")["data"]
    assert (new["callback_url"], new["event_name"], new["storefront"], new["is_active"]) == (
        CALLBACK_URL,
        "order_unit_new",
        "de",
        True,
    )
    id_subscription = int(new["id_subscription"])
    stored = Subscription.objects.get(pk=id_subscription)
    assert stored.seller_id == seeded.order.seller_id and stored.fallback_email == "ops@alpha.example"

    listed = _wire(subscriptions.get_subscriptions(), "/subscriptions", "get")
    assert {int(s["id_subscription"]) for s in listed["data"]} == {id_subscription, seeded.subscription.pk}
    only_new = _wire(subscriptions.get_subscriptions(event_name="order_unit_new"), "/subscriptions", "get")
    assert [int(s["id_subscription"]) for s in only_new["data"]] == [id_subscription]

    one = _wire(subscriptions.get_subscription(id_subscription), "/subscriptions/{id_subscription}", "get")
    assert one["data"] == new

    updated = subscriptions.update_subscription(id_subscription, body={"is_active": False, "storefront": None})
    assert updated.status_code == 200
    changed = _wire(updated, "/subscriptions/{id_subscription}", "patch")["data"]
    assert changed["is_active"] is False and changed["storefront"] is None
    stored.refresh_from_db()
    assert stored.is_active is False and stored.storefront is None

    # Another seller's key: not found, nothing changed.
    stranger = connect(Subscriptions, key2, storefront="de")
    assert _wire(stranger.get_subscriptions(), "/subscriptions", "get")["data"] == []
    _refused(lambda: stranger.get_subscription(id_subscription), 404, "/subscriptions/{id_subscription}", "get")
    _refused(
        lambda: stranger.update_subscription(id_subscription, body={"is_active": True}),
        404,
        "/subscriptions/{id_subscription}",
        "patch",
    )
    _refused(lambda: stranger.delete_subscription(id_subscription), 404, "/subscriptions/{id_subscription}", "delete")
    assert Subscription.objects.filter(pk=id_subscription, is_active=False).exists()

    deleted = subscriptions.delete_subscription(id_subscription)
    assert deleted.status_code == 204
    _wire(deleted, "/subscriptions/{id_subscription}", "delete")
    assert not Subscription.objects.filter(pk=id_subscription).exists()
    _refused(lambda: subscriptions.get_subscription(id_subscription), 404, "/subscriptions/{id_subscription}", "get")


def test_the_client_covers_every_method_the_package_has() -> None:
    """If a new release of the client grows a method for these resources, this suite must call it too."""
    called = {
        Tickets: {
            "get_tickets",
            "get_ticket",
            "open_ticket",
            "close_ticket",
            "create_ticket_message",
            "get_ticket_messages",
        },
        Orders: {"get_orders", "get_order"},
        OrderUnits: {
            "get_order_units",
            "get_order_unit",
            "cancel_order_unit",
            "refund_order_unit",
            "send_order_unit",
            "fulfil_order_unit",
        },
        Subscriptions: {
            "get_subscriptions",
            "add_subscription",
            "get_subscription",
            "update_subscription",
            "delete_subscription",
        },
    }
    for cls, names in called.items():
        endpoints = {
            name for name, member in vars(cls).items() if hasattr(member, "path") and hasattr(member, "method")
        }
        assert endpoints == names, cls.__name__


def test_a_base64_signing_client_works(seeded: Seeded, key: KeyPair, connect: Any) -> None:
    tickets = connect(Tickets, key, signature_encoding="base64")
    assert _wire(tickets.get_tickets(), "/tickets", "get")["data"]


def test_the_client_with_a_wrong_secret_gets_a_problem(seeded: Seeded, key: KeyPair, connect: Any) -> None:
    wrong = connect(Tickets, KeyPair(key.client_key, "0" * 64))
    body = _refused(lambda: wrong.get_tickets(), 401, "/tickets", "get")
    assert body["type"] == "/problems/corrupted-signature"


# === b. Schemathesis over the served document ================================================================

CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]
EXAMPLES_PER_MODE = 10  # per strategy: 20 to 40 requests per operation, about 45 s for all


class ShopSignature(requests.auth.AuthBase):
    """Signs the request as finally prepared: method, the URL with its encoded query, and the body bytes."""

    def __init__(self, key: KeyPair) -> None:
        self.key = key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
        stamp = str(int(time.time()))
        request.headers["Shop-Client-Key"] = self.key.client_key
        request.headers["Shop-Timestamp"] = stamp
        request.headers["Shop-Signature"] = sign(
            self.key.secret, request.method or "GET", request.url or "", text, stamp
        )
        return request


def _labels() -> list[str]:
    return [
        f"{method.upper()} {path}"
        for path, item in document()["paths"].items()
        for method in ("get", "post", "put", "patch", "delete")
        if method in item
    ]


def _real_path_parameters(seeded: Seeded) -> dict[str, Any]:
    return {
        "id_ticket": seeded.ticket.number,
        "id_order": seeded.order.id_order,
        "id_order_unit": seeded.units["to_send"].pk,
        "id_subscription": seeded.subscription.pk,
    }


def _strategies(operation: Any, real: dict[str, Any]) -> list[Any]:
    """Valid and invalid requests, with generated ids and with ids of the seller's own seeded objects."""
    names = {p.name for p in operation.path_parameters}
    fixed = {name: value for name, value in real.items() if name in names}
    found = []
    for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):
        found.append(operation.as_strategy(generation_mode=mode))
        if fixed:
            found.append(operation.as_strategy(generation_mode=mode, path_parameters=fixed))
    return found


def _describe(failure: Any) -> str:
    where = getattr(failure, "instance_path", None)
    if where is not None:  # a schema violation: where in the body, and what
        pointer = "/".join(str(part) for part in where)
        return f"{failure.title} at /{pointer}: {str(getattr(failure, '_raw_message', ''))[:240]}"
    return f"{failure.title}: {str(getattr(failure, 'message', ''))[:240]}"


def _summary(error: FailureGroup) -> str:
    return "; ".join(sorted({_describe(f) for f in error.exceptions}))


@pytest.mark.parametrize("label", _labels())
def test_schemathesis(label: str, seeded: Seeded, key: KeyPair, endpoint: str) -> None:
    schema = schemathesis.openapi.from_dict(document())
    operation = schema.find_operation_by_label(label)
    assert operation is not None, label
    session = requests.Session()
    session.auth = ShopSignature(key)
    found: dict[str, str] = {}  # distinct failure → one reproduction
    signature_refusals: list[str] = []

    strategies = _strategies(operation, _real_path_parameters(seeded))

    @hypothesis.settings(
        max_examples=EXAMPLES_PER_MODE * len(strategies),
        deadline=None,
        derandomize=True,
        database=None,
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],  # no shrinking: keep the run bounded
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(case=st.one_of(*strategies))
    def run(case: Any) -> None:
        response = case.call(base_url=endpoint, session=session, timeout=30)
        if response.status_code == 401 and b"corrupted-signature" in response.content:
            # We signed exactly what was sent: the server rebuilt a different URL or body.
            signature_refusals.append(f"{response.request.method} {response.request.url}")
        try:
            case.validate_response(response, checks=CHECKS)
        except FailureGroup as error:
            found.setdefault(_summary(error), f"{response.status_code} {case.as_curl_command()}\n{response.text[:600]}")

    try:
        run()
    finally:
        session.close()  # before the live server stops
    report = "\n\n".join(f"{title}\n  {example}" for title, example in found.items())
    assert not found, f"{label}: Schemathesis found\n{report}"
    assert not signature_refusals, f"{label}: correctly signed requests refused: {signature_refusals[:5]}"


# === c. the served document is the reference plus marked extensions ==========================================


def _marked(node: Any) -> bool:
    return isinstance(node, dict) and node.get(EXTENSION) is True


def _path_item_marked(node: Any) -> bool:
    """A new path is an extension when each of its operations is marked."""
    operations = (
        [v for k, v in node.items() if k in ("get", "post", "put", "patch", "delete")] if isinstance(node, dict) else []
    )
    return bool(operations) and all(_marked(op) for op in operations)


EXTENSION_VALUES = EXTENSION + "-values"  # enum values we add, listed beside the enum they extend


def _added_key_is_marked(owner: dict[str, Any], key: str, where: str) -> bool:
    added = owner[key]
    if key.startswith("x-marketdesk") or _marked(added):
        return True
    if where == "#/paths" and _path_item_marked(added):
        return True
    # A description may explain the extension values listed beside it.
    return key == "description" and EXTENSION_VALUES in owner


def _differences(ref: Any, served: Any, where: str, extra_values: frozenset[Any] = frozenset()) -> Iterator[str]:
    if isinstance(ref, dict):
        if not isinstance(served, dict):
            yield f"{where}: was an object"
            return
        listed = frozenset(served.get(EXTENSION_VALUES, ()))
        for key, value in ref.items():
            if key not in served:
                yield f"{where}/{key}: removed"
            else:
                yield from _differences(value, served[key], f"{where}/{key}", listed if key == "enum" else frozenset())
        for key in served.keys() - ref.keys():
            if not _added_key_is_marked(served, key, where):
                yield f"{where}/{key}: added without {EXTENSION}"
    elif isinstance(ref, list):
        if not isinstance(served, list):
            yield f"{where}: was an array"
            return
        # Reference items keep their place; additions come after them and are marked.
        for i, value in enumerate(ref):
            if i >= len(served):
                yield f"{where}/{i}: removed"
            else:
                yield from _differences(value, served[i], f"{where}/{i}")
        for i, added in enumerate(served[len(ref) :], start=len(ref)):
            if not (_marked(added) or (isinstance(added, str) and added in extra_values)):
                yield f"{where}/{i}: {added!r} added without {EXTENSION}"
    elif ref != served:
        yield f"{where}: {ref!r} became {served!r}"


def test_served_document_is_the_reference_plus_marked_extensions() -> None:
    ref = {key: value for key, value in reference().items() if key not in ("x-excerpt", "info")}
    served = {key: value for key, value in document().items() if key != "info"}
    assert list(_differences(ref, served, "#")) == []
    # The document describes itself as ours, and keeps the reference's API version.
    assert document()["info"]["version"] == reference()["info"]["version"]


def test_every_extension_is_marked_where_a_client_reads_it() -> None:
    served = document()
    for path, item in served["paths"].items():
        if path not in reference()["paths"]:
            assert _path_item_marked(item), path
    for name, schema in served["components"]["schemas"].items():
        if name not in reference()["components"]["schemas"]:
            assert _marked(schema), name


def test_the_comparison_catches_changes() -> None:
    ref = reference()
    changed = document()
    changed["paths"]["/tickets"]["get"]["parameters"][1]["schema"]["maximum"] = 100
    changed["paths"]["/tickets"]["get"]["parameters"].append({"name": "q", "in": "query"})
    del changed["components"]["schemas"]["Ticket"]["required"][0]
    changed["components"]["schemas"]["TicketStatus"]["enum"].append("reopened")
    changed["components"]["schemas"]["TicketReason"]["description"] = "changed"
    found = list(_differences({k: v for k, v in ref.items() if k not in ("x-excerpt", "info")}, changed, "#"))
    assert any("maximum" in d for d in found)
    assert any("added without" in d and "'q'" in d for d in found)
    assert any("/Ticket/required" in d for d in found)
    assert any("reopened" in d for d in found)
    assert any("TicketReason/description" in d for d in found)
