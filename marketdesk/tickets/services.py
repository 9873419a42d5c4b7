"""Writes on tickets: open, post a message, close; each in one transaction with its audit event.

Customer-service hand-overs and the order actions taken from a ticket live in `actions.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import Actor
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed
from marketdesk.core.ids import TicketNumber
from marketdesk.notify import notifications
from marketdesk.notify.events import emit, message_data, status_change_data, ticket_data
from marketdesk.orders.models import OrderUnit
from marketdesk.tickets import attachments, deadlines
from marketdesk.tickets.enums import AuthorRole, EventKind, TicketReason, TicketStatus, TicketTopic
from marketdesk.tickets.errors import AlreadyClosed, NotClosableBySeller, TicketFinallyClosed
from marketdesk.tickets.models import Ticket, TicketEvent, TicketMessage
from marketdesk.tickets.state import answer_budget, clock_of, set_clock, snapshot

MAX_TEXT = 65535
MINUTE = timedelta(minutes=1)
EXCERPT = 140

# Closing by one side: who closed before → the status after this side closes too.
_CLOSE_BY_BUYER = {TicketStatus.OPENED: TicketStatus.BUYER_CLOSED, TicketStatus.SELLER_CLOSED: TicketStatus.BOTH_CLOSED}
_CLOSE_BY_SELLER = {
    TicketStatus.OPENED: TicketStatus.SELLER_CLOSED,
    TicketStatus.BUYER_CLOSED: TicketStatus.BOTH_CLOSED,
}


def check_may_act(actor: Actor, ticket: Ticket) -> None:
    """Services re-check scope so no caller can act on another seller's or buyer's ticket."""
    if actor.is_customer_service or actor.is_system:
        return
    if actor.is_seller and ticket.seller_id == actor.seller_id:
        return
    if actor.is_buyer and ticket.buyer_id == actor.buyer_id:
        return
    raise NotFound(_("Ticket %(number)s was not found.") % {"number": ticket.number}, field="id_ticket")


def locked(ticket: Ticket) -> Ticket:
    return Ticket.objects.select_for_update().select_related("storefront").get(pk=ticket.pk)


def record(
    ticket: Ticket, kind: str, actor: Actor, before: dict[str, Any], *, data: dict[str, Any] | None = None
) -> TicketEvent:
    return TicketEvent.objects.create(
        ticket=ticket,
        kind=kind,
        actor_role=actor.role,
        actor_user=actor.user,
        actor_name=actor.name,
        before=before,
        after=snapshot(ticket),
        data=data or {},
        created_at=clock.now(),
    )


def clean_text(text: str, *, field: str = "text") -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValidationFailed(_("The message must not be empty."), field=field)
    if len(text) > MAX_TEXT:
        raise ValidationFailed(_("The message is longer than %(max)d characters.") % {"max": MAX_TEXT}, field=field)
    return text.strip()


def add_message(
    ticket: Ticket,
    actor: Actor,
    text: str,
    *,
    internal: bool = False,
    checked_files: list[tuple[str, str, bytes]] | None = None,
) -> TicketMessage:
    now = clock.now()
    message = TicketMessage.objects.create(
        ticket=ticket,
        author_role=actor.role,
        author_user=actor.user,
        author_name=actor.name,
        text=text,
        is_internal=internal,
        created_at=now,
    )
    if checked_files:
        attachments.store(message, checked_files)
    if not internal:
        ticket.last_message_at = now
        ticket.last_message_excerpt = " ".join(text.split())[:EXCERPT]
    ticket.updated_at = now
    return message


def ticket_open(
    *,
    actor: Actor,
    unit_ids: Sequence[int],
    reason: str,
    message: str,
    topic: str | None = None,
    files: Sequence[attachments.IncomingFile] = (),
    id_order: str | None = None,
) -> Ticket:
    """A buyer (or a seller, towards the buyer) opens a ticket on ≥ 1 units of one order (`id_order` if given)."""
    if not (actor.is_buyer or actor.is_seller):
        raise ActionNotAllowed(_("Only a buyer or a seller can open a ticket."))
    if reason not in TicketReason.values:
        raise ValidationFailed(_("Unknown reason %(reason)r.") % {"reason": reason}, field="reason")
    if topic is not None and topic not in TicketTopic.values:
        raise ValidationFailed(_("Unknown topic %(topic)r.") % {"topic": topic}, field="topic")
    text = clean_text(message, field="message")
    wanted = list(dict.fromkeys(unit_ids))
    if not wanted:
        raise ValidationFailed(_("Choose at least one order unit."), field="id_order_unit")
    checked = attachments.validate(files)

    units = _units_in_scope(actor, wanted)
    orders = {unit.order_id for unit in units}
    if len(orders) > 1:
        raise ValidationFailed(_("All order units of a ticket must belong to one order."), field="id_order_unit")
    order = units[0].order
    if id_order is not None and order.id_order != id_order:
        raise ValidationFailed(
            _("Choose only order units of order %(number)s.") % {"number": id_order}, field="id_order_unit"
        )
    now = clock.now()
    seller_responsible = actor.is_buyer

    with transaction.atomic():
        ticket = _create_with_unique_number(
            seller_id=order.seller_id,
            order=order,
            buyer_id=order.buyer_id,
            storefront=order.storefront,
            fulfillment_type=order.fulfillment_type,
            open_reason=reason,
            topic=topic,
            status=TicketStatus.OPENED,
            is_seller_responsible=seller_responsible,
            opened_by_role=actor.role,
            created_at=now,
            updated_at=now,
        )
        ticket.units.set(units)
        if seller_responsible:
            calendar = order.storefront.calendar()
            set_clock(ticket, deadlines.start(deadlines.IDLE, now, calendar, answer_budget(ticket)))
        first = add_message(ticket, actor, text, checked_files=checked)
        ticket.save()
        record(
            ticket,
            EventKind.OPENED,
            actor,
            before={},
            data={"units": [u.pk for u in units], "reason": reason, "topic": topic, "message": first.pk},
        )
        emit(
            seller_id=ticket.seller_id, event="ticket_new", storefront=ticket.storefront_id, payload=ticket_data(ticket)
        )
        notifications.ticket_opened(ticket, first, actor)
    return ticket


def _units_in_scope(actor: Actor, wanted: list[int]) -> list[OrderUnit]:
    scope = OrderUnit.objects.select_related("order", "order__storefront")
    if actor.is_buyer and actor.buyer_id is not None:
        scope = scope.filter(order__buyer_id=actor.buyer_id)
    elif actor.is_seller and actor.seller_id is not None:
        scope = scope.filter(order__seller_id=actor.seller_id)
    else:
        scope = scope.none()
    try:
        found = {unit.pk: unit for unit in scope.filter(pk__in=[int(pk) for pk in wanted])}
    except (TypeError, ValueError):
        raise ValidationFailed(_("Order unit ids must be numbers."), field="id_order_unit") from None
    missing = [pk for pk in wanted if int(pk) not in found]
    if missing:
        raise NotFound(
            _("Order unit %(id)s was not found.") % {"id": ", ".join(map(str, missing))}, field="id_order_unit"
        )
    return [found[int(pk)] for pk in wanted]


def _create_with_unique_number(**fields: Any) -> Ticket:
    # Numbers are random (they leak no volume); on the rare collision draw again.
    for _attempt in range(20):
        number = TicketNumber.random()
        try:
            with transaction.atomic():
                return Ticket.objects.create(number=number, **fields)
        except IntegrityError:
            if not Ticket.objects.filter(number=number).exists():
                raise
    raise RuntimeError("could not draw an unused ticket number")


def message_post(
    *,
    actor: Actor,
    ticket: Ticket,
    text: str,
    files: Sequence[attachments.IncomingFile] = (),
    internal: bool = False,
) -> TicketMessage:
    """Post a message; it moves responsibility and the answer clock as DESIGN §2 says."""
    check_may_act(actor, ticket)
    body = clean_text(text)
    if internal and not (actor.is_seller or actor.is_customer_service):
        raise ActionNotAllowed(_("Only the seller and customer service can write internal notes."))
    checked = attachments.validate(files)
    with transaction.atomic():
        ticket = locked(ticket)
        if ticket.is_finally_closed:
            raise TicketFinallyClosed(
                _("Ticket %(number)s was closed finally by customer service and accepts no messages.")
                % {"number": ticket.number}
            )
        if actor.is_customer_service and not ticket.held_by_cs and not internal:
            raise ActionNotAllowed(_("Take the ticket over before replying as customer service."))
        before = snapshot(ticket)
        first_response = actor.is_seller and not internal and ticket.first_response_at is None
        message = add_message(ticket, actor, body, internal=internal, checked_files=checked)
        if not internal:
            _apply_message_rules(ticket, actor, message)
        ticket.save()
        reopened = before["status"] != ticket.status
        record(
            ticket,
            EventKind.REOPENED if reopened else EventKind.MESSAGE,
            actor,
            before,
            data={"message": message.pk, "internal": internal, "attachments": len(checked)},
        )
        if first_response:
            # The return-option policy judges the seller's first answer in the transaction that stores it.
            from marketdesk.policy.services import judge_first_response  # the policy app builds on tickets

            judge_first_response(ticket, actor, message)
        if not internal:
            emit(
                seller_id=ticket.seller_id,
                event="ticket_message_new",
                storefront=ticket.storefront_id,
                payload=message_data(ticket, message),
            )
        if reopened:
            emit(
                seller_id=ticket.seller_id,
                event="ticket_status_changed",
                storefront=ticket.storefront_id,
                payload=status_change_data(ticket, change="reopened", previous_status=before["status"]),
            )
        notifications.message_posted(ticket, message, actor)
    return message


def _apply_message_rules(ticket: Ticket, actor: Actor, message: TicketMessage) -> None:
    now = message.created_at
    calendar = ticket.storefront.calendar()
    if ticket.status != TicketStatus.OPENED and actor.role != AuthorRole.SYSTEM:
        # A message on a ticket closed by one side reopens it.
        ticket.status = TicketStatus.OPENED
        ticket.closed_at = None
    if actor.is_buyer:
        if ticket.held_by_cs:
            ticket.is_seller_responsible = False
        else:
            ticket.is_seller_responsible = True
            set_clock(ticket, deadlines.start(clock_of(ticket), now, calendar, answer_budget(ticket)))
    elif actor.is_seller:
        if ticket.first_response_at is None:
            ticket.first_response_at = now
            ticket.first_response_minutes = deadlines.working_time_between(ticket.created_at, now, calendar) // MINUTE
            ticket.first_response_on_time = ticket.deadline_at is None or now <= ticket.deadline_at
        ticket.is_seller_responsible = False
        set_clock(ticket, deadlines.stop(clock_of(ticket)))


def may_close(actor: Actor, ticket: Ticket) -> bool:
    """Whether closing would change anything for this actor (the portals offer the button only then)."""
    if ticket.is_finally_closed:
        return False
    if actor.is_customer_service:
        return True
    if actor.is_seller and ticket.held_by_cs:
        return False
    transitions = _CLOSE_BY_BUYER if actor.is_buyer else _CLOSE_BY_SELLER
    return TicketStatus(ticket.status) in transitions


def ticket_close(*, actor: Actor, ticket: Ticket, final: bool = False) -> Ticket:
    """Close for one side (buyer, seller), or for everyone (customer service; `final` accepts no more messages)."""
    check_may_act(actor, ticket)
    if final and not actor.is_customer_service:
        raise ActionNotAllowed(_("Only customer service can close a ticket finally."))
    with transaction.atomic():
        ticket = locked(ticket)
        if ticket.is_finally_closed:
            raise TicketFinallyClosed(_("Ticket %(number)s is already closed finally.") % {"number": ticket.number})
        if final:
            _require_no_return_window(ticket)
        before = snapshot(ticket)
        ticket.status = _status_after_close(actor, ticket, final)
        now = clock.now()
        ticket.is_seller_responsible = False
        if actor.is_customer_service:
            ticket.held_by_cs = False
            ticket.cs_since = None
        set_clock(ticket, deadlines.stop(clock_of(ticket)))
        ticket.closed_at = now
        ticket.updated_at = now
        ticket.save()
        record(ticket, EventKind.CLOSED, actor, before, data={"final": final})
        emit(
            seller_id=ticket.seller_id,
            event="ticket_status_changed",
            storefront=ticket.storefront_id,
            payload=status_change_data(ticket, change="closed", previous_status=before["status"]),
        )
        notifications.ticket_closed(ticket, actor, final=final)
    return ticket


def _require_no_return_window(ticket: Ticket) -> None:
    from marketdesk.policy.models import CaseState, PolicyCase  # the policy app builds on tickets

    case = PolicyCase.objects.filter(ticket=ticket, state=CaseState.ENFORCED, window_closed_at__isnull=True).first()
    if case is not None and case.window_ends_at is not None:
        raise ActionNotAllowed(
            _(
                "After the policy was enforced the seller may agree a return with the buyer until %(date)s; the "
                "ticket stays writable until then."
            )
            % {"date": case.window_ends_at.date().isoformat()}
        )


def _status_after_close(actor: Actor, ticket: Ticket, final: bool) -> str:
    if actor.is_customer_service:
        return TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL if final else TicketStatus.BOTH_CLOSED
    if actor.is_seller and ticket.held_by_cs:
        raise NotClosableBySeller(
            _("Customer service is handling ticket %(number)s; it cannot be closed by the seller now.")
            % {"number": ticket.number}
        )
    transitions = _CLOSE_BY_BUYER if actor.is_buyer else _CLOSE_BY_SELLER
    after = transitions.get(TicketStatus(ticket.status))
    if after is None:
        raise AlreadyClosed(_("Ticket %(number)s is already closed by you.") % {"number": ticket.number})
    return after
