"""Events are queued in the transaction of the change: one outbox row per matching subscription, or none at all."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketdesk.accounts.actors import Actor
from marketdesk.core.errors import DomainError
from marketdesk.notify import events
from marketdesk.notify.events import emit
from marketdesk.notify.models import OutboxKind, OutboxMessage, OutboxStatus, Subscription
from marketdesk.orders.models import Order, OrderUnitStatus
from marketdesk.sellerapi.openapi import document
from marketdesk.tickets import actions
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.actions import (
    ticket_cancel_unit,
    ticket_hand_back,
    ticket_notify_customer_service,
    ticket_take_over,
)
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import message_post, ticket_close, ticket_open
from tests.api.conftest import _nullable_to_json_schema
from tests.conftest import T0

ALL_TICKET_EVENTS = ["ticket_new", "ticket_message_new", "ticket_status_changed", "order_unit_status_changed"]


def subscribe(
    actor: Actor, event: str, *, storefront: str | None = "de", url: str = "https://hooks.example/a"
) -> Subscription:
    assert actor.seller_id is not None
    return Subscription.objects.create(
        seller_id=actor.seller_id,
        event_name=event,
        storefront=storefront,
        callback_url=url,
        fallback_email="o@x.example",
    )


def queued(event: str | None = None) -> list[OutboxMessage]:
    # Webhooks only: the same changes also queue notification e-mails to people (tests/notify/test_notifications.py).
    rows = OutboxMessage.objects.filter(kind=OutboxKind.WEBHOOK).order_by("pk")
    return list(rows.filter(event_name=event) if event else rows)


def assert_event_shape(payload: dict[str, Any], schema: str) -> None:
    """The payload matches what the served document promises receivers (nullable and additionalProperties kept)."""
    components = _nullable_to_json_schema(document()["components"])
    jsonschema.Draft7Validator({"$ref": f"#/components/schemas/{schema}", "components": components}).validate(
        json.loads(json.dumps(payload))
    )


@pytest.fixture
def subscribed(seller: Actor) -> list[Subscription]:
    return [subscribe(seller, event) for event in ALL_TICKET_EVENTS]


def test_ticket_open_queues_ticket_new_for_matching_subscriptions_only(
    order: Order, buyer: Actor, seller: Actor, seller2: Actor, now: Any
) -> None:
    mine_de = subscribe(seller, "ticket_new", url="https://hooks.example/de")
    mine_all = subscribe(seller, "ticket_new", storefront=None, url="https://hooks.example/all")
    subscribe(seller, "ticket_new", storefront="pl", url="https://hooks.example/pl")
    off = subscribe(seller, "ticket_new", url="https://hooks.example/off")
    Subscription.objects.filter(pk=off.pk).update(is_active=False)
    subscribe(seller, "ticket_message_new")
    subscribe(seller2, "ticket_new")

    ticket = ticket_open(actor=buyer, unit_ids=[order.units.first().pk], reason="product_defect", message="Kaputt.")

    rows = queued()
    assert {(r.subscription_id, r.recipient) for r in rows} == {
        (mine_de.pk, "https://hooks.example/de"),
        (mine_all.pk, "https://hooks.example/all"),
    }
    row = rows[0]
    assert (row.kind, row.status, row.attempts, row.seller_id) == (
        OutboxKind.WEBHOOK,
        OutboxStatus.PENDING,
        0,
        seller.seller_id,
    )
    assert row.next_attempt_at == T0
    assert row.payload["event"] == "ticket_new"
    assert row.payload["ts_iso"] == "2026-03-04T09:00:00Z"
    assert row.payload["data"]["ticket"]["id_ticket"] == ticket.number
    assert row.payload["data"]["ticket"]["ids_order_units"] == [order.units.first().pk]
    assert_event_shape(row.payload, "MarketdeskTicketEvent")
    assert rows[0].delivery_id != rows[1].delivery_id


def test_messages_queue_ticket_message_new_but_internal_notes_do_not(
    ticket: Ticket, seller: Actor, subscribed: Any
) -> None:
    message = message_post(actor=seller, ticket=ticket, text="Bitte senden Sie uns ein Foto.")
    message_post(actor=seller, ticket=ticket, text="Intern: Kunde ist bekannt.", internal=True)

    [row] = queued("ticket_message_new")
    assert row.payload["data"]["message"] == {
        "id_ticket_message": message.pk,
        "id_ticket": ticket.number,
        "author": {"role": "seller", "name": seller.name},
        "text": "Bitte senden Sie uns ein Foto.",
        "ts_created_iso": "2026-03-04T09:00:00Z",
    }
    assert row.payload["data"]["ticket"]["is_seller_responsible"] is False
    assert_event_shape(row.payload, "MarketdeskTicketEvent")
    assert queued("ticket_status_changed") == []


def test_close_and_reopen_queue_status_changes(ticket: Ticket, seller: Actor, buyer: Actor, subscribed: Any) -> None:
    ticket_close(actor=seller, ticket=ticket)
    message_post(actor=buyer, ticket=ticket, text="Es geht immer noch nicht.")

    changes = [
        (r.payload["data"]["change"], r.payload["data"]["previous_status"], r.payload["data"]["ticket"]["status"])
        for r in queued("ticket_status_changed")
    ]
    assert changes == [("closed", "opened", "seller_closed"), ("reopened", "seller_closed", "opened")]
    assert len(queued("ticket_message_new")) == 1
    for row in queued():
        assert_event_shape(row.payload, "MarketdeskTicketEvent")


def test_customer_service_hand_overs_queue_status_changes(
    ticket: Ticket, seller: Actor, agent: Actor, subscribed: Any
) -> None:
    ticket_notify_customer_service(actor=seller, ticket=ticket, reason="payment_provider", note="Klarna.")
    ticket_hand_back(actor=agent, ticket=ticket, note="Bitte antworten Sie dem Kunden.")
    ticket_take_over(actor=agent, ticket=ticket, reason="Eskalation durch den Kunden")

    changes = [r.payload["data"]["change"] for r in queued("ticket_status_changed")]
    assert changes == ["customer_service_notified", "handed_back_to_seller", "customer_service_took_over"]


def test_cancelling_a_unit_queues_order_unit_status_changed(ticket: Ticket, seller: Actor, subscribed: Any) -> None:
    unit = ticket.units.get()
    ticket_cancel_unit(actor=seller, ticket=ticket, unit_id=unit.pk, reason="NoInventory")

    [row] = queued("order_unit_status_changed")
    data = row.payload["data"]
    assert data["previous_status"] == OrderUnitStatus.NEED_TO_BE_SENT
    assert data["order_unit"]["id_order_unit"] == unit.pk
    assert data["order_unit"]["status"] == "cancelled"
    assert data["order_unit"]["cancel_reason"] == "NoInventory"
    assert data["order_unit"]["product"]["title"] == unit.product_title
    assert_event_shape(row.payload, "MarketdeskOrderUnitEvent")


def test_an_action_that_fails_after_emitting_leaves_no_outbox_row(
    order: Order, buyer: Actor, seller: Actor, subscribed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def emit_then_fail(**kwargs: Any) -> Any:
        emit(**kwargs)
        assert OutboxMessage.objects.exists()  # written inside the transaction …
        raise DomainError("the change failed after the event was queued")

    monkeypatch.setattr(ticket_services, "emit", emit_then_fail)
    with pytest.raises(DomainError):
        ticket_open(actor=buyer, unit_ids=[order.units.first().pk], reason="product_defect", message="Kaputt.")

    assert not OutboxMessage.objects.exists()  # … and rolled back with it
    assert not Ticket.objects.exists()


def test_a_cancellation_rolled_back_later_in_the_ticket_action_leaves_no_event(
    ticket: Ticket, seller: Actor, subscribed: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit = ticket.units.get()

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise DomainError("writing the system message failed")

    monkeypatch.setattr(actions, "add_message", fail)
    with pytest.raises(DomainError):
        ticket_cancel_unit(actor=seller, ticket=ticket, unit_id=unit.pk, reason="NoInventory")

    assert queued("order_unit_status_changed") == []
    unit.refresh_from_db()
    assert unit.status == OrderUnitStatus.NEED_TO_BE_SENT


def test_a_refused_action_queues_nothing(ticket: Ticket, seller: Actor, subscribed: Any) -> None:
    sent = ticket.order.units.get(status=OrderUnitStatus.SENT)
    ticket.units.add(sent)
    with pytest.raises(DomainError):
        ticket_cancel_unit(actor=seller, ticket=ticket, unit_id=sent.pk, reason="NoInventory")
    assert queued() == []


def test_emit_costs_one_query_without_subscribers_and_builds_the_payload_once(ticket: Ticket, seller: Actor) -> None:
    assert seller.seller_id is not None
    args = {"seller_id": seller.seller_id, "event": "ticket_new", "storefront": "de"}
    with CaptureQueriesContext(connection) as nobody:
        assert emit(**args, payload=events.ticket_data(ticket)) == []
    assert len(nobody) == 1

    subscribe(seller, "ticket_new", url="https://hooks.example/1")
    with CaptureQueriesContext(connection) as one:
        emit(**args, payload=events.ticket_data(ticket))
    for i in range(2, 6):
        subscribe(seller, "ticket_new", url=f"https://hooks.example/{i}")
    with CaptureQueriesContext(connection) as five:
        assert len(emit(**args, payload=events.ticket_data(ticket))) == 5
    # Subscriptions, unit ids of the ticket, one bulk insert (plus its savepoint on some backends).
    assert len(five) == len(one) <= 5


def test_emit_refuses_an_unknown_event(seller: Actor) -> None:
    assert seller.seller_id is not None
    with pytest.raises(ValueError, match="unknown event"):
        emit(seller_id=seller.seller_id, event="ticket_exploded", storefront="de", payload={})
