"""The app's routes plus /bench/floor/, a bare view over the same rows as signed GET /v2/tickets."""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path

from config.urls import urlpatterns as app_urlpatterns
from marketdesk.orders.models import OrderUnit
from marketdesk.sellerapi import wire
from marketdesk.tickets.models import Ticket


def floor(request: HttpRequest, seller_id: int) -> HttpResponse:
    """The same 30 tickets as GET /v2/tickets, same queryset and serializer: no signature, no parameters, no count."""
    tickets = (
        Ticket.objects.filter(seller_id=seller_id, fulfillment_type="fulfilled_by_merchant")
        .order_by("-created_at", "-id")
        .prefetch_related(Prefetch("units", queryset=OrderUnit.objects.only("id")))[:30]
    )
    return JsonResponse({"data": [wire.ticket(t, (u.pk for u in t.units.all())) for t in tickets]})


urlpatterns = [path("bench/floor/<int:seller_id>/", floor), *app_urlpatterns]
