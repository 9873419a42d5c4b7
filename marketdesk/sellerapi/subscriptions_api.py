"""/subscriptions: push-notification subscriptions of the calling seller, as the reference defines them."""

from __future__ import annotations

import json
from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from ninja import Router

from marketdesk.accounts.actors import Actor
from marketdesk.catalog.models import StorefrontCode
from marketdesk.notify import apidoc, services
from marketdesk.notify.events import EVENT_NAMES
from marketdesk.notify.models import Subscription
from marketdesk.notify.selectors import subscription_for, subscriptions_visible_to
from marketdesk.sellerapi import params
from marketdesk.sellerapi.openapi import Document
from marketdesk.sellerapi.problems import ApiProblem

router = Router(tags=["Subscriptions"])

CREATE_FIELDS = ("callback_url", "fallback_email", "event_name")


def subscription(s: Subscription) -> dict[str, Any]:
    """`Subscription`: the six keys of the reference, nothing else."""
    return {
        "id_subscription": s.pk,
        "callback_url": s.callback_url,
        "fallback_email": s.fallback_email,
        "event_name": s.event_name,
        "is_active": s.is_active,
        "storefront": s.storefront,
    }


def _actor(request: HttpRequest) -> Actor:
    actor: Actor = request.auth  # type: ignore[attr-defined]
    return actor


def _json_object(request: HttpRequest) -> dict[str, Any]:
    try:
        body = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        raise ApiProblem.invalid("body", _("The request body must be a JSON object.")) from None
    if not isinstance(body, dict):
        raise ApiProblem.invalid("body", _("The request body must be a JSON object."))
    return body


def _subscription_id(raw: str) -> int:
    if not raw.isdigit():
        raise ApiProblem.invalid("id_subscription", _("id_subscription must be an integer."))
    return int(raw)


@router.get("/subscriptions")
def get_subscriptions(request: HttpRequest) -> HttpResponse:
    storefront = params.enum_one(request, "storefront", StorefrontCode.values)
    event_name = params.enum_one(request, "event_name", EVENT_NAMES)
    limit = params.integer(request, "limit", default=30, minimum=0, maximum=30) or 0
    offset = params.integer(request, "offset", default=0, minimum=0) or 0
    found = subscriptions_visible_to(_actor(request)).order_by("pk")
    if storefront is not None:
        # A subscription without a storefront affects every storefront, this one included.
        found = found.filter(Q(storefront=storefront) | Q(storefront__isnull=True))
    if event_name is not None:
        found = found.filter(event_name=event_name)
    total = found.count()
    page = list(found[offset : offset + limit]) if limit else []
    return JsonResponse(
        {"data": [subscription(s) for s in page], "pagination": {"offset": offset, "limit": limit, "total": total}}
    )


@router.post("/subscriptions")
def add_subscription(request: HttpRequest) -> HttpResponse:
    storefront = params.enum_one(request, "storefront", StorefrontCode.values)
    if storefront is None:
        raise ApiProblem.invalid("storefront", _("storefront is required."))
    body = _json_object(request)
    for name in CREATE_FIELDS:
        if name not in body:
            raise ApiProblem.invalid(name, _("%(name)s is required.") % {"name": name})
    created = services.subscription_create(
        actor=_actor(request),
        storefront=storefront,
        callback_url=body["callback_url"],
        fallback_email=body["fallback_email"],
        event_name=body["event_name"],
    )
    return JsonResponse({"data": subscription(created)}, status=201)


@router.get("/subscriptions/{id_subscription}")
def get_subscription(request: HttpRequest, id_subscription: str) -> HttpResponse:
    found = subscription_for(_actor(request), _subscription_id(id_subscription))
    return JsonResponse({"data": subscription(found)})


@router.patch("/subscriptions/{id_subscription}")
def update_subscription(request: HttpRequest, id_subscription: str) -> HttpResponse:
    actor = _actor(request)
    found = subscription_for(actor, _subscription_id(id_subscription))
    changes = {key: value for key, value in _json_object(request).items() if key in services.UPDATABLE}
    updated = services.subscription_update(actor=actor, subscription=found, changes=changes)
    return JsonResponse({"data": subscription(updated)})


@router.delete("/subscriptions/{id_subscription}")
def delete_subscription(request: HttpRequest, id_subscription: str) -> HttpResponse:
    actor = _actor(request)
    services.subscription_delete(actor=actor, subscription=subscription_for(actor, _subscription_id(id_subscription)))
    return HttpResponse(status=204)


def document(doc: Document) -> None:
    """Our event names in SubscriptionEventName, and the webhook format (headers, signature, payloads, retries)."""
    apidoc.extend(doc)
