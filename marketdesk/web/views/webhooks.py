"""Seller portal: the seller's webhook subscriptions and the log of the latest deliveries (read-only)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from marketdesk.notify.selectors import recent_deliveries, subscriptions_visible_to
from marketdesk.web.access import current_actor, seller_required

LOG_SIZE = 100


@seller_required
@require_GET
def webhook_log(request: HttpRequest) -> HttpResponse:
    actor = current_actor(request)
    context = {
        "nav": "webhooks",
        "subscriptions": list(subscriptions_visible_to(actor).order_by("event_name", "pk")),
        "deliveries": recent_deliveries(actor, limit=LOG_SIZE),
        "log_size": LOG_SIZE,
    }
    return render(request, "web/webhooks/log.html", context)
