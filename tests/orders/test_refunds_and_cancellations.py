"""Refunds never exceed what the buyer paid and never happen twice; cancellations only before shipping."""

from __future__ import annotations

import pytest

from marketdesk.accounts.actors import Actor
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed
from marketdesk.core.immutable import AppendOnlyError
from marketdesk.orders.errors import CancelNotPossible, DuplicateRefundKey, RefundExceedsRemaining
from marketdesk.orders.models import Order, OrderUnit, OrderUnitStatus, PaidBy, Refund, RefundCause
from marketdesk.orders.selectors import refundable_remaining
from marketdesk.orders.services import unit_cancel, unit_refund
from marketdesk.tickets.actions import ticket_cancel_unit, ticket_refund_unit
from marketdesk.tickets.enums import AuthorRole, EventKind
from marketdesk.tickets.models import Ticket


def first_unit(order: Order) -> OrderUnit:
    """The unit not yet sent: 29.99 + 4.90 shipping."""
    return order.units.get(status=OrderUnitStatus.NEED_TO_BE_SENT)


def sent_unit(order: Order) -> OrderUnit:
    return order.units.get(status=OrderUnitStatus.SENT)


def test_partial_refund_lowers_what_remains(order: Order, seller: Actor) -> None:
    unit = first_unit(order)  # price 29.99 + shipping 4.90 = 34.89 paid
    assert refundable_remaining(unit).amount == 3489
    result = unit_refund(actor=seller, unit=unit, amount=1000, reason="defect")
    assert result.created
    refund = result.refund
    assert (refund.amount, refund.currency, refund.paid_by, refund.cause) == (1000, "EUR", "seller", "partial_refund")
    assert refund.actor_role == "seller" and refund.created_by == seller.user
    assert refundable_remaining(unit).amount == 2489


def test_refunds_never_exceed_what_the_buyer_paid(order: Order, seller: Actor) -> None:
    unit = first_unit(order)
    unit_refund(actor=seller, unit=unit, amount=3000, reason="defect")
    with pytest.raises(RefundExceedsRemaining) as caught:
        unit_refund(actor=seller, unit=unit, amount=490, reason="defect")
    assert caught.value.field == "amount" and "4.89" in caught.value.message
    unit_refund(actor=seller, unit=unit, amount=489, reason="refund_postage_fee")
    with pytest.raises(RefundExceedsRemaining):
        unit_refund(actor=seller, unit=unit, amount=1, reason="defect")
    assert sum(r.amount for r in Refund.objects.filter(unit=unit)) == 3489


@pytest.mark.parametrize("amount", [0, -100, True, 12.5, "100"], ids=["zero", "negative", "bool", "float", "string"])
def test_refund_amount_must_be_positive_cents(order: Order, seller: Actor, amount: object) -> None:
    with pytest.raises(ValidationFailed) as caught:
        unit_refund(actor=seller, unit=first_unit(order), amount=amount, reason="defect")  # type: ignore[arg-type]
    assert caught.value.field == "amount"
    assert not Refund.objects.exists()


def test_unknown_refund_reason(order: Order, seller: Actor) -> None:
    with pytest.raises(ValidationFailed) as caught:
        unit_refund(actor=seller, unit=first_unit(order), amount=100, reason="goodwill")
    assert caught.value.field == "reason"


def test_a_retried_refund_refunds_once(order: Order, seller: Actor) -> None:
    unit = first_unit(order)
    first = unit_refund(actor=seller, unit=unit, amount=500, reason="delivery_delay", idempotency_key="req-1")
    again = unit_refund(actor=seller, unit=unit, amount=500, reason="delivery_delay", idempotency_key="req-1")
    assert first.created and not again.created
    assert again.refund.pk == first.refund.pk
    assert Refund.objects.filter(unit=unit).count() == 1
    assert refundable_remaining(unit).amount == 2989


def test_a_key_reused_for_a_different_refund_is_refused(order: Order, seller: Actor) -> None:
    unit = first_unit(order)
    unit_refund(actor=seller, unit=unit, amount=500, reason="delivery_delay", idempotency_key="req-1")
    with pytest.raises(DuplicateRefundKey):
        unit_refund(actor=seller, unit=unit, amount=700, reason="delivery_delay", idempotency_key="req-1")
    assert Refund.objects.count() == 1


def test_other_seller_and_buyer_cannot_refund(order: Order, seller2: Actor, buyer: Actor) -> None:
    for stranger in (seller2, buyer):
        with pytest.raises(NotFound):
            unit_refund(actor=stranger, unit=first_unit(order), amount=100, reason="defect")
    assert not Refund.objects.exists()


def test_cancel_refunds_the_remaining_amount_in_full(order: Order, seller: Actor) -> None:
    unit = first_unit(order)
    unit_refund(actor=seller, unit=unit, amount=489, reason="refund_postage_fee")
    cancellation = unit_cancel(actor=seller, unit=unit, reason="NoInventory")
    unit.refresh_from_db()
    assert unit.status == OrderUnitStatus.CANCELLED and unit.cancel_reason == "NoInventory"
    assert cancellation.refund is not None
    assert (cancellation.refund.amount, cancellation.refund.cause) == (3000, RefundCause.CANCELLATION)
    assert refundable_remaining(unit).amount == 0


def test_cancel_of_a_sent_or_cancelled_unit_is_refused(order: Order, seller: Actor) -> None:
    with pytest.raises(CancelNotPossible) as caught:
        unit_cancel(actor=seller, unit=sent_unit(order), reason="NoInventory")
    assert "sent" in caught.value.message
    unit = first_unit(order)
    unit_cancel(actor=seller, unit=unit, reason="NoInventory")
    with pytest.raises(CancelNotPossible) as again:
        unit_cancel(actor=seller, unit=unit, reason="NoInventory")
    assert "already cancelled" in again.value.message
    assert Refund.objects.count() == 1


def test_cancel_reason_must_be_known_and_the_unit_ours(order: Order, seller: Actor, seller2: Actor) -> None:
    with pytest.raises(ValidationFailed):
        unit_cancel(actor=seller, unit=first_unit(order), reason="Bored")
    with pytest.raises(NotFound):
        unit_cancel(actor=seller2, unit=first_unit(order), reason="NoInventory")
    assert first_unit(order).status == OrderUnitStatus.NEED_TO_BE_SENT


def test_refunds_and_cancellations_are_append_only(order: Order, seller: Actor) -> None:
    refund = unit_refund(actor=seller, unit=first_unit(order), amount=100, reason="defect").refund
    refund.amount = 1
    with pytest.raises(AppendOnlyError):
        refund.save()
    with pytest.raises(AppendOnlyError):
        Refund.objects.all().delete()


def test_refund_from_a_ticket_is_recorded_and_shown_once(ticket: Ticket, seller: Actor) -> None:
    unit = ticket.units.get()
    for _attempt in range(2):
        result = ticket_refund_unit(
            actor=seller, ticket=ticket, unit_id=unit.pk, amount=1250, reason="defect", idempotency_key="form-7"
        )
    assert result.refund.paid_by == PaidBy.SELLER
    assert ticket.events.filter(kind=EventKind.REFUNDED).count() == 1
    event = ticket.events.get(kind=EventKind.REFUNDED)
    assert event.data["amount"] == 1250 and event.data["unit"] == unit.pk
    system = ticket.messages.filter(author_role=AuthorRole.SYSTEM)
    assert system.count() == 1 and "12.50" in system.get().text


def test_ticket_actions_only_on_the_ticket_units(ticket: Ticket, order: Order, seller: Actor, buyer: Actor) -> None:
    with pytest.raises(NotFound):
        ticket_refund_unit(actor=seller, ticket=ticket, unit_id=sent_unit(order).pk, amount=100, reason="defect")
    with pytest.raises(NotFound):
        ticket_cancel_unit(actor=seller, ticket=ticket, unit_id=sent_unit(order).pk, reason="NoInventory")
    with pytest.raises(ActionNotAllowed):
        ticket_refund_unit(actor=buyer, ticket=ticket, unit_id=first_unit(order).pk, amount=100, reason="defect")


def test_cancel_from_a_ticket(ticket: Ticket, seller: Actor) -> None:
    unit = ticket.units.get()
    ticket_cancel_unit(actor=seller, ticket=ticket, unit_id=unit.pk, reason="DelayedInventory")
    event = ticket.events.get(kind=EventKind.UNIT_CANCELLED)
    assert event.data == {"unit": unit.pk, "reason": "DelayedInventory", "refund_amount": 3489}
    unit.refresh_from_db()
    assert unit.status == OrderUnitStatus.CANCELLED
