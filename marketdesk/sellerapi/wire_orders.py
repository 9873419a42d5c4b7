"""Orders and order units on the wire beyond the shared OrderUnit: Order, OrderDetails and OrderUnitDetails."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from typing import Any

from marketdesk.orders.models import Order, OrderUnit
from marketdesk.sellerapi import wire
from marketdesk.sellerapi.params import iso
from marketdesk.tickets.models import Ticket

# The inline unit of OrderDetails.order_units lists these keys (buyer and addresses live on the order there).
DETAILS_UNIT_KEYS = (
    "id_order_unit",
    "id_order",
    "ts_created_iso",
    "is_marketplace_deemed_supplier",
    "ts_updated_iso",
    "status",
    "price",
    "id_offer",
    "revenue_gross",
    "revenue_net",
    "note",
    "unit_condition",
    "storefront",
    "currency",
    "delivery_time_min",
    "delivery_time_max",
    "delivery_time_expires_iso",
    "order_received_timestamp_iso",
    "shipping_rate",
    "cancel_reason",
    "product",
    "vat",
)

# We hand no parcel to a pickup point and take part in no marketplace shipping service (KSS), so the
# embedded answers are the reference's "nothing": a Delivery without pickup location, kss_eligible false.
NO_DELIVERY: dict[str, Any] = {"pickup_location": None}


def order(o: Order, *, units_count: int, units_updated_at: dt.datetime | None) -> dict[str, Any]:
    """`Order` (list item): the counts come from the list query's annotations, not from per-row queries."""
    return {
        "id_order": o.id_order,
        "ts_created_iso": iso(o.created_at),
        "is_marketplace_deemed_supplier": o.is_marketplace_deemed_supplier,
        "order_units_count": units_count,
        "ts_units_updated_iso": iso(units_updated_at or o.created_at),
        "storefront": o.storefront_id,
        "fulfillment_type": o.fulfillment_type,
    }


def tickets(items: Iterable[Ticket]) -> list[dict[str, Any]]:
    """`Ticket` objects; each ticket's `units` must be prefetched (ids only) so this runs no query."""
    return [wire.ticket(t, [u.pk for u in t.units.all()]) for t in items]


def order_details(o: Order, units: Iterable[OrderUnit], embedded: Collection[str]) -> dict[str, Any]:
    """`OrderDetails`: each unit's `tickets` (prefetched, with their units) is required; embeds add their keys."""
    order_units = []
    for unit in units:
        full = wire.order_unit(unit)
        item = {key: full[key] for key in DETAILS_UNIT_KEYS}
        item["tickets"] = tickets(unit.tickets.all())
        if "kss_delivery" in embedded:
            item["kss_eligible"] = False
        order_units.append(item)
    body: dict[str, Any] = {
        "id_order": o.id_order,
        "ts_created_iso": iso(o.created_at),
        "is_marketplace_deemed_supplier": o.is_marketplace_deemed_supplier,
        "storefront": o.storefront_id,
        "fulfillment_type": o.fulfillment_type,
        "order_units": order_units,
        "billing_address": wire.address(o.billing_address),
        "shipping_address": wire.address(o.shipping_address),
        "buyer": wire.buyer(o.buyer),
    }
    if "order_invoices" in embedded:
        body["order_invoices"] = []  # invoices are not kept in Marketdesk: there are none to list
    if "delivery" in embedded:
        body["delivery"] = dict(NO_DELIVERY)
    return body


def order_unit_details(
    unit: OrderUnit, embedded: Collection[str], unit_tickets: Iterable[Ticket] | None = None
) -> dict[str, Any]:
    """`OrderUnitDetails`: the OrderUnit keys plus only the embeds asked for."""
    body = wire.order_unit(unit)
    if "delivery_attempt_timestamp_iso" in embedded:
        body["delivery_attempt_timestamp_iso"] = None  # carriers' delivery attempts are not reported to us
    if "return_unit" in embedded:
        body["return_unit"] = None  # returns are agreed in tickets; no return unit is registered
    if "tickets" in embedded:
        body["tickets"] = tickets(unit_tickets or ())
    if "delivery" in embedded:
        body["delivery"] = dict(NO_DELIVERY)
    if "kss_delivery" in embedded:
        body["kss_eligible"] = False
    return body
