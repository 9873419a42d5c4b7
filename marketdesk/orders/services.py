"""Writes on order units: refunds (partial or full) and cancellations, each in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import Buyer, SellerAccount
from marketdesk.catalog.models import Storefront
from marketdesk.core import clock, ids
from marketdesk.core.errors import NotFound, ValidationFailed
from marketdesk.core.money import Money
from marketdesk.notify.events import emit, unit_data
from marketdesk.orders.errors import CancelNotPossible, DuplicateRefundKey, RefundExceedsRemaining
from marketdesk.orders.models import (
    ADDRESS_KEYS,
    CANCELLABLE_STATUSES,
    Cancellation,
    CancelReason,
    Order,
    OrderUnit,
    OrderUnitStatus,
    PaidBy,
    Refund,
    RefundCause,
    RefundReason,
)
from marketdesk.orders.selectors import refundable_remaining

MAX_IDEMPOTENCY_KEY = 80


@dataclass(frozen=True, slots=True)
class RefundResult:
    refund: Refund
    created: bool  # False when a retried request found the refund it had already made


def check_may_act(actor: Actor, unit: OrderUnit) -> None:
    """Another seller's unit does not exist for this actor; customer service and the system act on any."""
    if actor.is_customer_service or actor.is_system:
        return
    if actor.is_seller and unit.order.seller_id == actor.seller_id:
        return
    raise NotFound(_("Order unit %(id)s was not found.") % {"id": unit.pk}, field="id_order_unit")


def locked(unit: OrderUnit) -> OrderUnit:
    return OrderUnit.objects.select_for_update().select_related("order").get(pk=unit.pk)


def unit_refund(
    *,
    actor: Actor,
    unit: OrderUnit,
    amount: int,
    reason: str,
    idempotency_key: str | None = None,
    cause: str = RefundCause.PARTIAL_REFUND,
    paid_by: str = PaidBy.SELLER,
    in_name_of_seller: bool = True,
    note: str = "",
) -> RefundResult:
    """Refund `amount` minor units of `unit`; a retried request with the same key refunds nothing more."""
    check_may_act(actor, unit)
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationFailed(_("The refund amount must be a positive number of cents."), field="amount")
    if reason not in RefundReason.values:
        raise ValidationFailed(_("Unknown refund reason %(reason)r.") % {"reason": reason}, field="reason")
    if idempotency_key is not None and not (0 < len(idempotency_key) <= MAX_IDEMPOTENCY_KEY):
        raise ValidationFailed(_("The idempotency key must have 1 to 80 characters."), field="idempotency_key")

    with transaction.atomic():
        unit = locked(unit)
        if idempotency_key:
            earlier = _earlier_refund(unit.order.seller_id, idempotency_key, unit, amount, reason)
            if earlier is not None:
                return RefundResult(earlier, created=False)
        remaining = refundable_remaining(unit)
        if amount > remaining.amount:
            raise RefundExceedsRemaining(
                _("%(amount)s is more than the %(remaining)s that remain refundable on this order unit.")
                % {"amount": Money(amount, unit.currency), "remaining": remaining},
                field="amount",
            )
        try:
            with transaction.atomic():
                refund = Refund.objects.create(
                    unit=unit,
                    amount=amount,
                    currency=unit.currency,
                    reason=reason,
                    cause=cause,
                    paid_by=paid_by,
                    in_name_of_seller=in_name_of_seller,
                    note=note,
                    idempotency_key=idempotency_key or None,
                    seller_id=unit.order.seller_id,
                    created_by=actor.user,
                    actor_role=actor.role,
                    created_at=clock.now(),
                )
        except IntegrityError:
            # A concurrent retry won the race for the same key: return what it made.
            earlier = _earlier_refund(unit.order.seller_id, idempotency_key or "", unit, amount, reason)
            if earlier is None:
                raise
            return RefundResult(earlier, created=False)
        OrderUnit.objects.filter(pk=unit.pk).update(updated_at=refund.created_at)
        return RefundResult(refund, created=True)


def _earlier_refund(seller_id: int, key: str, unit: OrderUnit, amount: int, reason: str) -> Refund | None:
    earlier: Refund | None = Refund.objects.filter(seller_id=seller_id, idempotency_key=key).first()
    if earlier is None:
        return None
    if (earlier.unit_id, earlier.amount, earlier.reason) != (unit.pk, amount, reason):
        raise DuplicateRefundKey(
            _("This idempotency key was already used for a different refund."), field="idempotency_key"
        )
    return earlier


def unit_cancel(
    *,
    actor: Actor,
    unit: OrderUnit,
    reason: str,
    paid_by: str = PaidBy.SELLER,
    cause: str = RefundCause.CANCELLATION,
    in_name_of_seller: bool = True,
    after_shipment: bool = False,
) -> Cancellation:
    """Cancel a unit that has not been sent yet and refund the buyer in full.

    `after_shipment` is customer service enforcing the return-option policy: the unit is cancelled and refunded in
    full whatever its shipping status, since the seller failed to offer the buyer a way to return it.
    """
    check_may_act(actor, unit)
    if after_shipment and not (actor.is_customer_service or actor.is_system):
        raise CancelNotPossible(_("Only customer service can cancel an order unit after it was sent."))
    if reason not in CancelReason.values:
        raise ValidationFailed(_("Unknown cancel reason %(reason)r.") % {"reason": reason}, field="reason")
    with transaction.atomic():
        unit = locked(unit)
        if unit.status == OrderUnitStatus.CANCELLED:
            raise CancelNotPossible(_("Order unit %(id)s is already cancelled.") % {"id": unit.pk})
        if unit.status not in CANCELLABLE_STATUSES and not after_shipment:
            raise CancelNotPossible(
                _("Order unit %(id)s cannot be cancelled any more: its status is “%(status)s”.")
                % {"id": unit.pk, "status": unit.get_status_display()}
            )
        now = clock.now()
        remaining = refundable_remaining(unit)
        refund = None
        if remaining.amount > 0:
            refund = Refund.objects.create(
                unit=unit,
                amount=remaining.amount,
                currency=unit.currency,
                reason=RefundReason.OTHER_REFUND,
                cause=cause,
                paid_by=paid_by,
                in_name_of_seller=in_name_of_seller,
                seller_id=unit.order.seller_id,
                created_by=actor.user,
                actor_role=actor.role,
                created_at=now,
            )
        OrderUnit.objects.filter(pk=unit.pk).update(
            status=OrderUnitStatus.CANCELLED, cancel_reason=reason, updated_at=now
        )
        emit(
            seller_id=unit.order.seller_id,
            event="order_unit_status_changed",
            storefront=unit.order.storefront_id,
            payload=unit_data(unit, previous_status=unit.status),
        )
        unit.status, unit.cancel_reason, unit.updated_at = OrderUnitStatus.CANCELLED, reason, now
        return Cancellation.objects.create(
            unit=unit, reason=reason, refund=refund, created_by=actor.user, actor_role=actor.role, created_at=now
        )


@dataclass(frozen=True, slots=True)
class NewUnit:
    product_title: str
    price: int
    shipping_rate: int = 0
    status: str = OrderUnitStatus.NEED_TO_BE_SENT
    id_product: int = 0
    ean: str = ""
    delivered_on: dt.date | None = None
    vat: Decimal | None = None


def order_create(
    *,
    seller: SellerAccount,
    buyer: Buyer,
    storefront: Storefront,
    units: Sequence[NewUnit],
    billing_address: dict[str, str | None],
    shipping_address: dict[str, str | None] | None = None,
    created_at: dt.datetime | None = None,
) -> Order:
    """Record an order placed on the marketplace (orders arrive from the shop; sellers do not create them)."""
    if not units:
        raise ValidationFailed(_("An order needs at least one order unit."), field="units")
    missing = [key for key in ADDRESS_KEYS if key not in billing_address]
    if missing:
        raise ValidationFailed(_("Address is missing %(keys)s.") % {"keys": ", ".join(missing)}, field="address")
    for unit in units:
        if unit.price < 0 or unit.shipping_rate < 0:
            raise ValidationFailed(_("Prices cannot be negative."), field="price")
        if unit.status not in OrderUnitStatus.values:
            raise ValidationFailed(_("Unknown order unit status %(s)r.") % {"s": unit.status}, field="status")
    when = created_at or clock.now()
    with transaction.atomic():
        order = Order.objects.create(
            seller=seller,
            buyer=buyer,
            storefront=storefront,
            billing_address=billing_address,
            shipping_address=shipping_address or billing_address,
            created_at=when,
            units_count=len(units),
        )
        OrderUnit.objects.bulk_create(
            OrderUnit(
                order=order,
                status=unit.status,
                price=unit.price,
                shipping_rate=unit.shipping_rate,
                currency=storefront.currency,
                product_title=unit.product_title,
                id_product=unit.id_product or ids.random_unit_id() // 1000,
                ean=unit.ean,
                delivered_on=unit.delivered_on,
                vat=unit.vat,
                created_at=when,
                updated_at=when,
            )
            for unit in units
        )
    return order
