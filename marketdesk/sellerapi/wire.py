"""Objects on the wire, shared by every resource: Ticket, OrderUnit, Buyer, Address, Product (reference shapes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from marketdesk.accounts.models import Buyer
from marketdesk.orders.models import ADDRESS_KEYS, OrderUnit
from marketdesk.sellerapi.params import iso
from marketdesk.tickets.models import Ticket


class TicketRow(NamedTuple):
    """The columns `Ticket` on the wire reads, for lists that select just those."""

    number: str
    buyer_id: int
    created_at: dt.datetime
    updated_at: dt.datetime
    status: str
    open_reason: str
    topic: str | None
    is_seller_responsible: bool
    fulfillment_type: str


def ticket(t: Ticket | TicketRow, unit_ids: Iterable[int]) -> dict[str, Any]:
    """`Ticket`: all ten keys, nothing else (additionalProperties: false)."""
    return {
        "id_ticket": t.number,
        "ids_order_units": sorted(unit_ids),
        "id_buyer": t.buyer_id,
        "ts_created_iso": iso(t.created_at),
        "ts_updated_iso": iso(t.updated_at),
        "status": t.status,
        "open_reason": t.open_reason,
        "topic": t.topic,
        "is_seller_responsible": t.is_seller_responsible,
        "fulfillment_type": t.fulfillment_type,
    }


def buyer(b: Buyer | None) -> dict[str, Any] | None:
    return None if b is None else {"id_buyer": b.pk, "email": b.email}


def address(raw: dict[str, Any] | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    return {key: raw.get(key) for key in ADDRESS_KEYS}


def product(unit: OrderUnit, storefront: str) -> dict[str, Any]:
    """`Product`: we keep the title, id and EAN of what was sold; the catalogue fields have neutral values."""
    return {
        "id_product": unit.id_product,
        "storefront": storefront,
        "title": unit.product_title,
        "eans": [unit.ean] if unit.ean else [],
        "id_category": unit.id_category,
        "main_picture": "",
        "manufacturer": "",
        "url": "",
        "age_rating": 0,
        "is_valid": True,
        "dangerous_goods_li_shipping": None,
        "danger_label_9A": None,
    }


def _net(price: int, vat: Decimal | None) -> int:
    if not vat:
        return price
    return int((Decimal(price) * 100 / (100 + vat)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def order_unit(unit: OrderUnit) -> dict[str, Any]:
    """`OrderUnit`: every required key (nullable ones as null). `unit.order` (with buyer, storefront) must be loaded."""
    order = unit.order
    storefront = order.storefront_id
    return {
        "id_order_unit": unit.pk,
        "id_order": order.id_order,
        "ts_created_iso": iso(unit.created_at),
        "is_marketplace_deemed_supplier": order.is_marketplace_deemed_supplier,
        "ts_updated_iso": iso(unit.updated_at),
        "status": unit.status,
        "price": unit.price,
        "id_offer": unit.id_offer or None,
        "revenue_gross": unit.price,
        "revenue_net": _net(unit.price, unit.vat),
        "note": unit.note or None,
        "unit_condition": unit.unit_condition or None,
        "storefront": storefront,
        "currency": unit.currency,
        "delivery_time_min": unit.delivery_time_min,
        "delivery_time_max": unit.delivery_time_max,
        "delivery_time_expires_iso": iso(unit.delivery_time_expires_at),
        "order_received_timestamp_iso": iso(order.created_at),
        "shipping_rate": unit.shipping_rate,
        "cancel_reason": unit.cancel_reason or None,
        "fulfillment_type": order.fulfillment_type,
        "buyer": buyer(order.buyer),
        "billing_address": address(order.billing_address),
        "shipping_address": address(order.shipping_address),
        "product": product(unit, storefront),
        "vat": float(unit.vat) if unit.vat is not None else None,
    }
