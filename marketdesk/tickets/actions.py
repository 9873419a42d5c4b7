"""Ticket actions beyond messages: customer-service hand-overs and the order actions taken from a ticket."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import SYSTEM, Actor
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed
from marketdesk.core.money import Money
from marketdesk.notify import notifications
from marketdesk.notify.events import emit, status_change_data
from marketdesk.orders import services as order_services
from marketdesk.orders.models import Cancellation, OrderUnit, PaidBy, RefundCause
from marketdesk.tickets import deadlines
from marketdesk.tickets.enums import EventKind, NotifyReason, TicketStatus
from marketdesk.tickets.errors import HeldByCustomerService, TicketFinallyClosed
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import add_message, check_may_act, locked, record
from marketdesk.tickets.state import answer_budget, clock_of, set_clock, snapshot

MAX_NOTE = 2000


def _clean_note(note: str, *, required: bool, field: str = "note", empty_message: str = "") -> str:
    note = (note or "").strip()
    if required and not note:
        raise ValidationFailed(empty_message or _("Please add a note for customer service."), field=field)
    if len(note) > MAX_NOTE:
        raise ValidationFailed(_("The text is longer than %(max)d characters.") % {"max": MAX_NOTE}, field=field)
    return note


def _require_open(ticket: Ticket) -> None:
    if ticket.is_finally_closed:
        raise TicketFinallyClosed(_("Ticket %(number)s is closed finally.") % {"number": ticket.number})
    if ticket.status != TicketStatus.OPENED:
        raise ActionNotAllowed(_("Ticket %(number)s is closed.") % {"number": ticket.number})


def ticket_notify_customer_service(*, actor: Actor, ticket: Ticket, reason: str, note: str) -> Ticket:
    """The seller hands the ticket to customer service: it leaves the Open tab and the clock stops."""
    check_may_act(actor, ticket)
    if not actor.is_seller:
        raise ActionNotAllowed(_("Only the seller can notify customer service."))
    if reason not in NotifyReason.values:
        raise ValidationFailed(_("Unknown reason %(reason)r.") % {"reason": reason}, field="reason")
    note = _clean_note(note, required=True)
    with transaction.atomic():
        ticket = locked(ticket)
        _require_open(ticket)
        if ticket.held_by_cs:
            raise HeldByCustomerService(_("Customer service is already handling this ticket."))
        before = snapshot(ticket)
        ticket.held_by_cs = True
        ticket.cs_since = clock.now()
        ticket.cs_reason = reason
        ticket.is_seller_responsible = False
        set_clock(ticket, deadlines.stop(clock_of(ticket)))
        add_message(ticket, actor, note, internal=True)
        add_message(
            ticket,
            SYSTEM,
            _("The seller has asked the marketplace's customer service to take care of this enquiry."),
        )
        ticket.save()
        record(ticket, EventKind.CS_NOTIFIED, actor, before, data={"reason": reason, "note": note})
        emit(
            seller_id=ticket.seller_id,
            event="ticket_status_changed",
            storefront=ticket.storefront_id,
            payload=status_change_data(ticket, change="customer_service_notified", previous_status=before["status"]),
        )
    return ticket


def ticket_take_over(*, actor: Actor, ticket: Ticket, reason: str) -> Ticket:
    """Customer service takes the ticket on its own initiative; the seller's remaining time is kept."""
    if not actor.is_customer_service:
        raise ActionNotAllowed(_("Only customer service can take a ticket over."))
    reason = _clean_note(
        reason,
        required=True,
        field="reason",
        empty_message=_("Please say why customer service takes this ticket over."),
    )
    with transaction.atomic():
        ticket = locked(ticket)
        if ticket.is_finally_closed:
            raise TicketFinallyClosed(_("Ticket %(number)s is closed finally.") % {"number": ticket.number})
        if ticket.held_by_cs:
            raise HeldByCustomerService(_("Customer service is already handling this ticket."))
        before = snapshot(ticket)
        ticket.held_by_cs = True
        ticket.cs_since = clock.now()
        ticket.is_seller_responsible = False
        set_clock(ticket, deadlines.pause(clock_of(ticket), clock.now(), ticket.storefront.calendar()))
        ticket.updated_at = clock.now()
        ticket.save()
        record(ticket, EventKind.CS_TOOK_OVER, actor, before, data={"reason": reason})
        emit(
            seller_id=ticket.seller_id,
            event="ticket_status_changed",
            storefront=ticket.storefront_id,
            payload=status_change_data(ticket, change="customer_service_took_over", previous_status=before["status"]),
        )
    return ticket


def ticket_hand_back(*, actor: Actor, ticket: Ticket, note: str) -> Ticket:
    """Customer service returns the ticket: the seller is responsible again (remaining time, or a fresh 48 h)."""
    if not actor.is_customer_service:
        raise ActionNotAllowed(_("Only customer service can hand a ticket back."))
    note = _clean_note(
        note, required=True, empty_message=_("Please add a note for the seller: what should they do now?")
    )
    with transaction.atomic():
        ticket = locked(ticket)
        if not ticket.held_by_cs:
            raise ActionNotAllowed(_("Customer service does not hold this ticket."))
        before = snapshot(ticket)
        now = clock.now()
        ticket.held_by_cs = False
        ticket.cs_since = None
        ticket.cs_reason = ""
        if ticket.status == TicketStatus.OPENED:
            ticket.is_seller_responsible = True
            calendar = ticket.storefront.calendar()
            set_clock(ticket, deadlines.resume(clock_of(ticket), now, calendar, answer_budget(ticket)))
        else:
            set_clock(ticket, deadlines.stop(clock_of(ticket)))
        add_message(ticket, actor, note, internal=True)
        ticket.save()
        record(ticket, EventKind.CS_HANDED_BACK, actor, before, data={"note": note})
        emit(
            seller_id=ticket.seller_id,
            event="ticket_status_changed",
            storefront=ticket.storefront_id,
            payload=status_change_data(ticket, change="handed_back_to_seller", previous_status=before["status"]),
        )
        notifications.handed_back(ticket, note)
    return ticket


def _unit_of(ticket: Ticket, unit_id: int) -> OrderUnit:
    try:
        return ticket.units.select_related("order").get(pk=int(unit_id))
    except (OrderUnit.DoesNotExist, TypeError, ValueError):
        raise NotFound(
            _("Order unit %(id)s is not part of this ticket.") % {"id": unit_id}, field="id_order_unit"
        ) from None


def ticket_refund_unit(
    *,
    actor: Actor,
    ticket: Ticket,
    unit_id: int,
    amount: int,
    reason: str,
    idempotency_key: str | None = None,
    paid_by: str = PaidBy.SELLER,
) -> order_services.RefundResult:
    """Partial refund from the ticket; a retried request neither refunds nor records anything twice."""
    check_may_act(actor, ticket)
    if actor.is_buyer:
        raise ActionNotAllowed(_("Buyers cannot issue refunds."))
    unit = _unit_of(ticket, unit_id)
    with transaction.atomic():
        result = order_services.unit_refund(
            actor=actor,
            unit=unit,
            amount=amount,
            reason=reason,
            idempotency_key=idempotency_key,
            cause=RefundCause.PARTIAL_REFUND,
            paid_by=paid_by,
        )
        if result.created:
            ticket = locked(ticket)
            before = snapshot(ticket)
            money = Money(result.refund.amount, result.refund.currency)
            add_message(
                ticket,
                SYSTEM,
                _("A refund of %(amount)s has been issued for “%(item)s”.")
                % {"amount": money, "item": unit.product_title},
            )
            ticket.save()
            record(
                ticket,
                EventKind.REFUNDED,
                actor,
                before,
                data={
                    "unit": unit.pk,
                    "amount": money.amount,
                    "currency": money.currency,
                    "reason": reason,
                    "refund": result.refund.pk,
                },
            )
    return result


def ticket_cancel_unit(*, actor: Actor, ticket: Ticket, unit_id: int, reason: str) -> Cancellation:
    """Cancel an order unit of the ticket (only before it was sent); the buyer is refunded in full."""
    check_may_act(actor, ticket)
    if actor.is_buyer:
        raise ActionNotAllowed(_("Buyers cannot cancel order units; please ask the seller."))
    unit = _unit_of(ticket, unit_id)
    with transaction.atomic():
        cancellation = order_services.unit_cancel(actor=actor, unit=unit, reason=reason)
        ticket = locked(ticket)
        before = snapshot(ticket)
        add_message(
            ticket,
            SYSTEM,
            _("“%(item)s” has been cancelled; the amount paid is refunded in full.") % {"item": unit.product_title},
        )
        ticket.save()
        refund = cancellation.refund
        record(
            ticket,
            EventKind.UNIT_CANCELLED,
            actor,
            before,
            data={"unit": unit.pk, "reason": reason, "refund_amount": refund.amount if refund else 0},
        )
    return cancellation


def ticket_open_by_customer_service(*, actor: Actor, ticket: Ticket, reason: str) -> Ticket:
    """An agent opens a ticket outside the queue: allowed for any ticket, with the reason on record."""
    if not actor.is_customer_service:
        raise ActionNotAllowed(_("Only customer service can open any ticket."))
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise ValidationFailed(
            _("Please give a reason (at least 5 characters) for opening this ticket."), field="reason"
        )
    if len(reason) > MAX_NOTE:
        raise ValidationFailed(_("The reason is longer than %(max)d characters.") % {"max": MAX_NOTE}, field="reason")
    with transaction.atomic():
        record(ticket, EventKind.VIEWED_BY_CS, actor, snapshot(ticket), data={"reason": reason})
    return ticket
