"""Event emission for webhooks: called inside the transaction of the change, so an event exists iff the change does."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from django.db.models import Q

from marketdesk.core import clock
from marketdesk.notify.models import OutboxKind, OutboxMessage, Subscription

if TYPE_CHECKING:
    from marketdesk.orders.models import OrderUnit
    from marketdesk.tickets.models import Ticket, TicketMessage

# SubscriptionEventName of the reference document, in its order.
OFFICIAL_EVENTS = (
    "order_new",
    "order_unit_new",
    "order_unit_status_changed",
    "item_changed",
    "category_changed",
    "return_new",
    "return_status_changed",
    "return_unit_status_changed",
    "item_unit_new",
    "item_unit_changed",
    "item_unit_deleted",
    "item_unit_out_of_stock",
    "item_unit_not_available",
    "item_unit_available",
)

TICKET_NEW = "ticket_new"
TICKET_MESSAGE_NEW = "ticket_message_new"
TICKET_STATUS_CHANGED = "ticket_status_changed"
TICKET_DEADLINE_WARNING = "ticket_deadline_warning"
TICKET_POLICY_DECISION = "ticket_policy_decision"
ORDER_UNIT_STATUS_CHANGED = "order_unit_status_changed"

# Marketdesk's ticket events, documented as extensions of the enum.
EXTENSION_EVENTS = (
    TICKET_NEW,
    TICKET_MESSAGE_NEW,
    TICKET_STATUS_CHANGED,
    TICKET_DEADLINE_WARNING,
    TICKET_POLICY_DECISION,
)
EVENT_NAMES = OFFICIAL_EVENTS + EXTENSION_EVENTS

# What `ticket_status_changed` says happened (data.change).
CLOSED = "closed"
REOPENED = "reopened"
CUSTOMER_SERVICE_NOTIFIED = "customer_service_notified"
CUSTOMER_SERVICE_TOOK_OVER = "customer_service_took_over"
HANDED_BACK = "handed_back_to_seller"

Data = Mapping[str, Any]


def emit(
    *, seller_id: int, event: str, storefront: str | None, payload: Data | Callable[[], Data]
) -> list[OutboxMessage]:
    """Queue `event` for every active subscription of the seller (same transaction as the change).

    `payload` is the event's `data` object, or a function returning it: it is only built when someone subscribed,
    so an event nobody listens to costs one query. Subscriptions without a storefront match every storefront.
    """
    if event not in EVENT_NAMES:
        raise ValueError(f"unknown event {event!r}")
    matching = Subscription.objects.filter(seller_id=seller_id, event_name=event, is_active=True)
    if storefront is not None:
        matching = matching.filter(Q(storefront__isnull=True) | Q(storefront=storefront))
    targets = list(matching.values_list("pk", "callback_url"))
    if not targets:
        return []
    now = clock.now()
    data = payload() if callable(payload) else payload
    envelope = {"event": event, "ts_iso": _iso(now), "data": dict(data)}
    return OutboxMessage.objects.bulk_create(
        OutboxMessage(
            kind=OutboxKind.WEBHOOK,
            subscription_id=pk,
            seller_id=seller_id,
            event_name=event,
            payload=envelope,
            recipient=url,
            next_attempt_at=now,
            created_at=now,
        )
        for pk, url in targets
    )


def _iso(value: Any) -> str | None:
    from marketdesk.sellerapi.params import iso

    return iso(value)


def ticket_data(ticket: Ticket, **extra: Any) -> Callable[[], Data]:
    """`{"ticket": Ticket wire shape, **extra}`, built only when the event has subscribers."""

    def build() -> Data:
        from marketdesk.sellerapi import wire

        unit_ids = list(ticket.units.values_list("pk", flat=True))
        return {"ticket": wire.ticket(ticket, unit_ids), **extra}

    return build


def status_change_data(ticket: Ticket, *, change: str, previous_status: str) -> Callable[[], Data]:
    return ticket_data(ticket, change=change, previous_status=previous_status)


def message_data(ticket: Ticket, message: TicketMessage) -> Callable[[], Data]:
    """The ticket plus the new message in the Seller API's `TicketMessage` shape."""
    return ticket_data(
        ticket,
        message={
            "id_ticket_message": message.pk,
            "id_ticket": ticket.number,
            "author": {"role": message.author_role, "name": message.author_name},
            "text": message.text,
            "ts_created_iso": _iso(message.created_at),
        },
    )


def unit_data(unit: OrderUnit, *, previous_status: str) -> Callable[[], Data]:
    """`{"order_unit": OrderUnit wire shape, "previous_status": …}`; the unit is read again as the change left it."""

    def build() -> Data:
        from marketdesk.orders.models import OrderUnit
        from marketdesk.sellerapi import wire

        fresh = OrderUnit.objects.select_related("order", "order__buyer").get(pk=unit.pk)
        return {"order_unit": wire.order_unit(fresh), "previous_status": previous_status}

    return build
