"""The one place that decides who may see what: a seller sees only their own data, a buyer only theirs.

Anything outside a user's scope is reported as not found, never as forbidden, so its existence leaks nothing.
The web portals and the Seller API call these same functions.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import Actor
from marketdesk.core import clock
from marketdesk.core.errors import NotFound
from marketdesk.core.ids import TICKET_NUMBER_RE
from marketdesk.orders.models import Order, OrderUnit
from marketdesk.textmodules.models import TextModule
from marketdesk.tickets.enums import EventKind
from marketdesk.tickets.models import Ticket, TicketEvent


def ticket_scope(actor: Actor) -> dict[str, int] | None:
    """The condition (lookup: value) that limits tickets to those the actor may see: empty for customer service and
    the system, who see every ticket; None for an actor who may see none."""
    if actor.is_seller and actor.seller_id is not None:
        return {"seller_id": actor.seller_id}
    if actor.is_buyer and actor.buyer_id is not None:
        return {"buyer_id": actor.buyer_id}
    if actor.is_customer_service or actor.is_system:
        return {}
    return None


def tickets_visible_to(actor: Actor) -> QuerySet[Ticket]:
    scope = ticket_scope(actor)
    return Ticket.objects.none() if scope is None else Ticket.objects.filter(**scope)


def ticket_for(actor: Actor, number: str) -> Ticket:
    missing = NotFound(_("Ticket %(number)s was not found.") % {"number": number}, field="id_ticket")
    if not isinstance(number, str) or not TICKET_NUMBER_RE.match(number):
        raise missing
    try:
        return tickets_visible_to(actor).select_related("storefront", "order", "buyer", "seller").get(number=number)
    except Ticket.DoesNotExist:
        raise missing from None


# How long a reason recorded by an agent lets them open a ticket outside the queue again.
CS_VIEW_GRANT = dt.timedelta(hours=12)


def cs_may_view(actor: Actor, ticket: Ticket) -> bool:
    """Tickets held by customer service or with a policy case are its work; any other needs this agent's recent
    recorded reason."""
    if not actor.is_customer_service:
        return False
    if ticket.held_by_cs:
        return True
    from marketdesk.policy.models import PolicyCase  # the policy app builds on accounts

    if PolicyCase.objects.filter(ticket=ticket).exists():
        return True  # policy cases are customer service's work, like its queue
    return TicketEvent.objects.filter(
        ticket=ticket,
        kind=EventKind.VIEWED_BY_CS,
        actor_user_id=actor.user_id,
        created_at__gte=clock.now() - CS_VIEW_GRANT,
    ).exists()


def orders_visible_to(actor: Actor) -> QuerySet[Order]:
    if actor.is_seller and actor.seller_id is not None:
        return Order.objects.filter(seller_id=actor.seller_id)
    if actor.is_buyer and actor.buyer_id is not None:
        return Order.objects.filter(buyer_id=actor.buyer_id)
    if actor.is_customer_service or actor.is_system:
        return Order.objects.all()
    return Order.objects.none()


def order_for(actor: Actor, id_order: str) -> Order:
    try:
        return orders_visible_to(actor).select_related("storefront", "buyer").get(id_order=id_order)
    except Order.DoesNotExist:
        raise NotFound(_("Order %(number)s was not found.") % {"number": id_order}, field="id_order") from None


def units_visible_to(actor: Actor) -> QuerySet[OrderUnit]:
    if actor.is_seller and actor.seller_id is not None:
        return OrderUnit.objects.filter(order__seller_id=actor.seller_id)
    if actor.is_buyer and actor.buyer_id is not None:
        return OrderUnit.objects.filter(order__buyer_id=actor.buyer_id)
    if actor.is_customer_service or actor.is_system:
        return OrderUnit.objects.all()
    return OrderUnit.objects.none()


def unit_for(actor: Actor, unit_id: int) -> OrderUnit:
    try:
        return units_visible_to(actor).select_related("order", "order__storefront").get(pk=int(unit_id))
    except (OrderUnit.DoesNotExist, ValueError, TypeError):
        raise NotFound(_("Order unit %(id)s was not found.") % {"id": unit_id}, field="id_order_unit") from None


def text_modules_visible_to(actor: Actor) -> QuerySet[TextModule]:
    if actor.is_seller and actor.seller_id is not None:
        return TextModule.objects.filter(seller_id=actor.seller_id)
    return TextModule.objects.none()


def text_module_for(actor: Actor, pk: int) -> TextModule:
    try:
        return text_modules_visible_to(actor).select_related("storefront").get(pk=int(pk))
    except (TextModule.DoesNotExist, ValueError, TypeError):
        raise NotFound(_("Text module %(id)s was not found.") % {"id": pk}) from None
