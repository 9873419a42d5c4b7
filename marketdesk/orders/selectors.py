"""Reads about orders: what was refunded and what remains refundable."""

from __future__ import annotations

from django.db.models import Sum

from marketdesk.core.money import Money
from marketdesk.orders.models import OrderUnit, Refund


def refunded_total(unit: OrderUnit) -> Money:
    total = Refund.objects.filter(unit=unit).aggregate(total=Sum("amount"))["total"] or 0
    return Money(total, unit.currency)


def refundable_remaining(unit: OrderUnit) -> Money:
    """What can still be refunded: what the buyer paid (price + shipping) minus every refund so far."""
    return unit.paid - refunded_total(unit)
