"""Writes on subscriptions: subscribe, change, unsubscribe; every value checked before anything is stored."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import Actor
from marketdesk.catalog.models import StorefrontCode
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed
from marketdesk.notify import callbacks
from marketdesk.notify.events import EVENT_NAMES
from marketdesk.notify.models import Subscription

MAX_EMAIL = 254
UPDATABLE = ("callback_url", "fallback_email", "event_name", "is_active", "storefront")


def _check_owner(actor: Actor, subscription: Subscription) -> None:
    if actor.is_seller and actor.seller_id == subscription.seller_id:
        return
    raise NotFound(_("Subscription %(id)s was not found.") % {"id": subscription.pk}, field="id_subscription")


def clean_callback_url(value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationFailed(_("callback_url must be a string."), field="callback_url")
    try:
        callbacks.check(value.strip())
    except callbacks.CallbackRefused as refused:
        raise ValidationFailed(refused.message, field="callback_url") from None
    return value.strip()


def clean_email(value: Any) -> str:
    if not isinstance(value, str) or len(value.strip()) > MAX_EMAIL:
        raise ValidationFailed(_("fallback_email must be a valid e-mail address."), field="fallback_email")
    try:
        validate_email(value.strip())
    except ValidationError:
        raise ValidationFailed(_("fallback_email must be a valid e-mail address."), field="fallback_email") from None
    return value.strip()


def clean_event_name(value: Any) -> str:
    if not isinstance(value, str) or value not in EVENT_NAMES:
        raise ValidationFailed(
            _("“%(value)s” is not a valid value for event_name.") % {"value": value}, field="event_name"
        )
    return value


def clean_storefront(value: Any, *, nullable: bool) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str) or value not in StorefrontCode.values:
        raise ValidationFailed(
            _("“%(value)s” is not a valid value for storefront.") % {"value": value}, field="storefront"
        )
    return value


def _refuse_duplicate(subscription: Subscription) -> None:
    # Two identical subscriptions would deliver every event twice to the same URL.
    twin = (
        Subscription.objects.filter(
            seller_id=subscription.seller_id,
            event_name=subscription.event_name,
            callback_url=subscription.callback_url,
            storefront=subscription.storefront,
        )
        .exclude(pk=subscription.pk)
        .values_list("pk", flat=True)
        .first()
    )
    if twin is not None:
        raise ValidationFailed(
            _("Subscription %(id)s already sends this event to this URL.") % {"id": twin}, field="callback_url"
        )


def subscription_create(
    *, actor: Actor, storefront: str, callback_url: Any, fallback_email: Any, event_name: Any
) -> Subscription:
    """Subscribe the actor's seller account to an event on one storefront."""
    if not actor.is_seller or actor.seller_id is None:
        raise ActionNotAllowed(_("Only a seller can subscribe to events."))
    now = clock.now()
    subscription = Subscription(
        seller_id=actor.seller_id,
        storefront=clean_storefront(storefront, nullable=False),
        event_name=clean_event_name(event_name),
        callback_url=clean_callback_url(callback_url),
        fallback_email=clean_email(fallback_email),
        is_active=True,
        created_at=now,
        updated_at=now,
    )
    with transaction.atomic():
        _refuse_duplicate(subscription)
        subscription.save()
    return subscription


def subscription_update(*, actor: Actor, subscription: Subscription, changes: Mapping[str, Any]) -> Subscription:
    """Change any of callback_url, fallback_email, event_name, is_active, storefront (null = every storefront)."""
    _check_owner(actor, subscription)
    if "callback_url" in changes:
        subscription.callback_url = clean_callback_url(changes["callback_url"])
    if "fallback_email" in changes:
        subscription.fallback_email = clean_email(changes["fallback_email"])
    if "event_name" in changes:
        subscription.event_name = clean_event_name(changes["event_name"])
    if "is_active" in changes:
        if not isinstance(changes["is_active"], bool):
            raise ValidationFailed(_("is_active must be true or false."), field="is_active")
        subscription.is_active = changes["is_active"]
    if "storefront" in changes:
        subscription.storefront = clean_storefront(changes["storefront"], nullable=True)
    subscription.updated_at = clock.now()
    with transaction.atomic():
        _refuse_duplicate(subscription)
        subscription.save()
    return subscription


def subscription_delete(*, actor: Actor, subscription: Subscription) -> None:
    """Unsubscribe; deliveries still pending for it are not sent (the worker marks them failed)."""
    _check_owner(actor, subscription)
    subscription.delete()
