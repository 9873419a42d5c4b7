"""Reads for notifications, scoped to the actor: a seller sees only their own subscriptions and deliveries."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import Actor
from marketdesk.core.errors import NotFound
from marketdesk.notify.models import NOTIFICATION_PREFIX, OutboxMessage, Subscription


def subscriptions_visible_to(actor: Actor) -> QuerySet[Subscription]:
    if actor.is_seller and actor.seller_id is not None:
        return Subscription.objects.filter(seller_id=actor.seller_id)
    if actor.is_customer_service or actor.is_system:
        return Subscription.objects.all()
    return Subscription.objects.none()


def subscription_for(actor: Actor, pk: int | str) -> Subscription:
    """Another seller's subscription is not found, like one that never existed."""
    try:
        return subscriptions_visible_to(actor).get(pk=int(pk))
    except (Subscription.DoesNotExist, TypeError, ValueError):
        raise NotFound(_("Subscription %(id)s was not found.") % {"id": pk}, field="id_subscription") from None


def deliveries_visible_to(actor: Actor) -> QuerySet[OutboxMessage]:
    if actor.is_seller and actor.seller_id is not None:
        return OutboxMessage.objects.filter(seller_id=actor.seller_id)
    if actor.is_customer_service or actor.is_system:
        return OutboxMessage.objects.all()
    return OutboxMessage.objects.none()


def recent_deliveries(actor: Actor, *, limit: int = 100) -> list[OutboxMessage]:
    """The newest webhook deliveries (and their fallback e-mails) with their attempts (two queries whatever the
    count); notification e-mails to people are not part of the webhook log."""
    rows = deliveries_visible_to(actor).exclude(event_name__startswith=NOTIFICATION_PREFIX)
    return list(rows.order_by("-created_at", "-pk").prefetch_related("delivery_attempts")[:limit])
