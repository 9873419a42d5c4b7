"""Reads about orders: what was refunded and what remains refundable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch, Sum

from marketdesk.core.money import Money
from marketdesk.orders.models import CANCELLABLE_STATUSES, Cancellation, Order, OrderUnit, Refund
from marketdesk.tickets.deadlines import cancellation_period_end


def refunded_total(unit: OrderUnit) -> Money:
    total = Refund.objects.filter(unit=unit).aggregate(total=Sum("amount"))["total"] or 0
    return Money(total, unit.currency)


def refundable_remaining(unit: OrderUnit) -> Money:
    """What can still be refunded: what the buyer paid (price + shipping) minus every refund so far."""
    return unit.paid - refunded_total(unit)


@dataclass(frozen=True, slots=True)
class UnitPanel:
    """One order unit as the processing page shows it: prices, status, refunds so far, periods."""

    unit: OrderUnit
    in_ticket: bool
    refunds: list[Refund]
    refunded: Money
    remaining: Money
    cancellation: Cancellation | None
    cancellation_period_ends: dt.date | None

    @property
    def cancellable(self) -> bool:
        return self.unit.status in CANCELLABLE_STATUSES


def order_panel(order: Order, ticket_unit_ids: set[int]) -> list[UnitPanel]:
    """Every unit of the order, the ticket's first; two queries whatever the number of units or refunds."""
    storefront = order.storefront
    calendar = storefront.calendar()
    units = (
        OrderUnit.objects.filter(order=order)
        .select_related("cancellation")
        .prefetch_related(Prefetch("refunds", queryset=Refund.objects.order_by("created_at", "id")))
    )
    panels = []
    for unit in units:
        refunds = list(unit.refunds.all())
        refunded = Money(sum(r.amount for r in refunds), unit.currency)
        try:
            cancellation: Cancellation | None = unit.cancellation
        except Cancellation.DoesNotExist:
            cancellation = None
        period_end = (
            cancellation_period_end(unit.delivered_on, calendar, storefront.cancellation_period_days)
            if unit.delivered_on
            else None
        )
        panels.append(
            UnitPanel(
                unit=unit,
                in_ticket=unit.pk in ticket_unit_ids,
                refunds=refunds,
                refunded=refunded,
                remaining=unit.paid - refunded,
                cancellation=cancellation,
                cancellation_period_ends=period_end,
            )
        )
    panels.sort(key=lambda p: (not p.in_ticket, p.unit.product_title))
    return panels
