"""Shipping steps of an order unit: put it in fulfilment (need_to_be_sent) or mark it sent with tracking numbers."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import Actor
from marketdesk.core import clock
from marketdesk.core.errors import ValidationFailed
from marketdesk.orders.errors import ShippingStepNotAllowed
from marketdesk.orders.models import OrderUnit, OrderUnitStatus
from marketdesk.orders.services import check_may_act, locked

# A unit can leave the seller only before it has been sent, cancelled or returned.
SENDABLE_STATUSES = frozenset({OrderUnitStatus.OPEN, OrderUnitStatus.NEED_TO_BE_SENT})
# Fulfilment is the step from a fresh order to packing; anything further along is past it.
FULFILLABLE_STATUSES = frozenset({OrderUnitStatus.OPEN})

MAX_TRACKING_NUMBERS = 20
MAX_TRACKING_NUMBER_LENGTH = 64
MAX_CARRIER_CODE_LENGTH = 50


@dataclass(frozen=True, slots=True)
class Shipment:
    unit: OrderUnit
    tracking_numbers: tuple[str, ...]
    carrier_code: str


def _refuse(unit: OrderUnit, message: str) -> ShippingStepNotAllowed:
    # Whole sentences per step, so translators never assemble fragments.
    return ShippingStepNotAllowed(message % {"id": unit.pk, "status": unit.get_status_display()})


def parse_tracking_numbers(raw: object) -> tuple[str, ...]:
    """The reference sends tracking numbers as one comma-separated string; each part must be a real number."""
    if not isinstance(raw, str):
        raise ValidationFailed(_("Tracking numbers must be a comma-separated string."), field="tracking_numbers")
    numbers = tuple(part.strip() for part in raw.split(","))
    if not numbers or any(not number for number in numbers):
        raise ValidationFailed(
            _("Give one or more tracking numbers separated by commas, none of them empty."), field="tracking_numbers"
        )
    if len(numbers) > MAX_TRACKING_NUMBERS:
        raise ValidationFailed(
            _("At most %(n)d tracking numbers per order unit.") % {"n": MAX_TRACKING_NUMBERS}, field="tracking_numbers"
        )
    if any(len(number) > MAX_TRACKING_NUMBER_LENGTH or any(c.isspace() for c in number) for number in numbers):
        raise ValidationFailed(
            _("A tracking number has at most %(n)d characters and no spaces.") % {"n": MAX_TRACKING_NUMBER_LENGTH},
            field="tracking_numbers",
        )
    return numbers


def unit_send(*, actor: Actor, unit: OrderUnit, tracking_numbers: str, carrier_code: str) -> Shipment:
    """Mark a unit that has not left the seller yet as sent, with its parcel's tracking numbers and carrier."""
    check_may_act(actor, unit)
    numbers = parse_tracking_numbers(tracking_numbers)
    carrier = carrier_code.strip() if isinstance(carrier_code, str) else ""
    if not carrier or len(carrier) > MAX_CARRIER_CODE_LENGTH:
        raise ValidationFailed(
            _("The carrier code must have 1 to %(n)d characters.") % {"n": MAX_CARRIER_CODE_LENGTH},
            field="carrier_code",
        )
    with transaction.atomic():
        unit = locked(unit)
        if unit.status not in SENDABLE_STATUSES:
            raise _refuse(unit, _("Order unit %(id)s cannot be marked as sent: its status is “%(status)s”."))
        now = clock.now()
        OrderUnit.objects.filter(pk=unit.pk).update(status=OrderUnitStatus.SENT, updated_at=now)
        unit.status, unit.updated_at = OrderUnitStatus.SENT, now
    return Shipment(unit=unit, tracking_numbers=numbers, carrier_code=carrier)


def unit_fulfil(*, actor: Actor, unit: OrderUnit) -> OrderUnit:
    """Put an open unit into fulfilment: its status becomes need_to_be_sent."""
    check_may_act(actor, unit)
    with transaction.atomic():
        unit = locked(unit)
        if unit.status not in FULFILLABLE_STATUSES:
            raise _refuse(unit, _("Order unit %(id)s cannot be put into fulfilment: its status is “%(status)s”."))
        now = clock.now()
        OrderUnit.objects.filter(pk=unit.pk).update(status=OrderUnitStatus.NEED_TO_BE_SENT, updated_at=now)
        unit.status, unit.updated_at = OrderUnitStatus.NEED_TO_BE_SENT, now
    return unit
