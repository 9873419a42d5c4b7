"""/v2 orders and order units: lists, details, and the cancel, refund, send and fulfil actions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from django.db.models import Count, Max, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from ninja import Router

from marketdesk.accounts import access
from marketdesk.accounts.actors import Actor
from marketdesk.catalog.models import StorefrontCode
from marketdesk.orders import services, shipping
from marketdesk.orders.models import FulfillmentType, OrderUnit, OrderUnitStatus, PaidBy, RefundCause
from marketdesk.sellerapi import params, problems, wire, wire_orders
from marketdesk.sellerapi.openapi import EXTENSION, Document, add_response
from marketdesk.sellerapi.problems import ApiProblem
from marketdesk.tickets.models import Ticket

router = Router()

INT32_MAX = 2**31 - 1
ORDER_EMBEDDABLE = ("order_invoices", "delivery", "kss_delivery")
UNIT_EMBEDDABLE = ("delivery_attempt_timestamp_iso", "return_unit", "tickets", "delivery", "kss_delivery")
UNIT_SORTS = {"ts_created:desc": ("-created_at", "-id"), "ts_updated:desc": ("-updated_at", "-id")}
IDEMPOTENCY_HEADER = "Idempotency-Key"


def _actor(request: HttpRequest) -> Actor:
    actor: Actor = request.auth  # type: ignore[attr-defined]
    return actor


def _page(request: HttpRequest) -> tuple[int, int]:
    limit = params.integer(request, "limit", default=30, minimum=1, maximum=100) or 30
    offset = params.integer(request, "offset", default=0, minimum=0, maximum=INT32_MAX) or 0
    return limit, offset


def _collection(data: list[dict[str, Any]], offset: int, limit: int, total: int) -> JsonResponse:
    return JsonResponse({"data": data, "pagination": {"offset": offset, "limit": limit, "total": total}})


def _fulfillment_types(request: HttpRequest) -> list[str]:
    return params.enum_list(
        request, "fulfillment_type", FulfillmentType.values, default=[FulfillmentType.MERCHANT.value]
    )


def _unit_id(raw: str) -> int:
    # The reference types the path id as int64: anything else is a bad request, not a missing unit.
    if not (raw.isascii() and raw.isdigit()) or int(raw) > 2**63 - 1:
        raise ApiProblem.invalid("id_order_unit", _("id_order_unit must be an integer."))
    return int(raw)


def _tickets_of_units(actor: Actor) -> QuerySet[Ticket]:
    """The actor's tickets with their unit ids prefetched: two queries for any number of units and tickets."""
    only_ids = OrderUnit.objects.only("id").order_by("id")
    return (
        access.tickets_visible_to(actor)
        .order_by("created_at", "id")
        .prefetch_related(Prefetch("units", queryset=only_ids))
    )


# ---- orders ----


@router.get("/orders")
def get_orders(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    storefront = params.enum_one(request, "storefront", StorefrontCode.values)
    created_from = params.timestamp(request, "ts_created_from_iso")
    units_updated_from = params.timestamp(request, "ts_units_updated_from_iso")
    fulfillment_types = _fulfillment_types(request)
    limit, offset = _page(request)

    orders = access.orders_visible_to(actor).filter(fulfillment_type__in=fulfillment_types)
    if storefront:
        orders = orders.filter(storefront_id=storefront)
    if created_from:
        orders = orders.filter(created_at__gte=created_from)
    # Counts and latest unit change are aggregated in the same query as the page, never per row.
    orders = orders.annotate(unit_total=Count("units"), units_updated_at=Max("units__updated_at"))
    if units_updated_from:
        orders = orders.filter(units_updated_at__gte=units_updated_from)
    total = orders.count()
    page = orders.order_by("-created_at", "-id")[offset : offset + limit]
    data = [wire_orders.order(o, units_count=o.unit_total, units_updated_at=o.units_updated_at) for o in page]
    return _collection(data, offset, limit, total)


@router.get("/orders/{id_order}")
def get_order(request: HttpRequest, id_order: str) -> HttpResponse:
    actor = _actor(request)
    embedded = params.enum_list(request, "embedded", ORDER_EMBEDDABLE)
    order = access.order_for(actor, id_order)
    units = order.units.order_by("id").prefetch_related(Prefetch("tickets", queryset=_tickets_of_units(actor)))
    return JsonResponse({"data": wire_orders.order_details(order, units, embedded)})


# ---- order units ----


@router.get("/order-units")
def get_order_units(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    storefront = params.enum_one(request, "storefront", StorefrontCode.values)
    id_offer = request.GET.get("id_offer")
    statuses = params.enum_list(request, "status", OrderUnitStatus.values)
    created_from = params.timestamp(request, "ts_created_from_iso")
    updated_from = params.timestamp(request, "ts_updated_from_iso")
    fulfillment_types = _fulfillment_types(request)
    sort = params.enum_one(request, "sort", UNIT_SORTS, default="ts_created:desc")
    limit, offset = _page(request)

    units = access.units_visible_to(actor).filter(order__fulfillment_type__in=fulfillment_types)
    if storefront:
        units = units.filter(order__storefront_id=storefront)
    if id_offer:
        units = units.filter(id_offer=id_offer)
    if statuses:
        units = units.filter(status__in=statuses)
    if created_from:
        units = units.filter(created_at__gte=created_from)
    if updated_from:
        units = units.filter(updated_at__gte=updated_from)
    total = units.count()
    page = units.select_related("order__buyer", "order__storefront").order_by(*UNIT_SORTS[sort or "ts_created:desc"])
    data = [wire.order_unit(unit) for unit in page[offset : offset + limit]]
    return _collection(data, offset, limit, total)


@router.get("/order-units/{id_order_unit}")
def get_order_unit(request: HttpRequest, id_order_unit: str) -> HttpResponse:
    actor = _actor(request)
    embedded = params.enum_list(request, "embedded", UNIT_EMBEDDABLE)
    unit = access.unit_for(actor, _unit_id(id_order_unit))
    unit_tickets = list(_tickets_of_units(actor).filter(units=unit)) if "tickets" in embedded else None
    return JsonResponse({"data": wire_orders.order_unit_details(unit, embedded, unit_tickets)})


def _body(request: HttpRequest, fields: Mapping[str, type]) -> dict[str, Any]:
    """A JSON object with exactly these keys (the request schemas forbid others), each of its type."""
    try:
        data = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        raise ApiProblem.invalid("body", _("The request body must be a JSON object.")) from None
    if not isinstance(data, dict):
        raise ApiProblem.invalid("body", _("The request body must be a JSON object."))
    errors = [
        {"field": key, "message": _("Unknown field %(name)s.") % {"name": key}} for key in data if key not in fields
    ]
    for name, kind in fields.items():
        if name not in data:
            errors.append({"field": name, "message": _("%(name)s is required.") % {"name": name}})
        elif kind is int and (
            not isinstance(data[name], int) or isinstance(data[name], bool) or abs(data[name]) > INT32_MAX
        ):
            errors.append({"field": name, "message": _("%(name)s must be an integer (int32).") % {"name": name}})
        elif kind is str and not isinstance(data[name], str):
            errors.append({"field": name, "message": _("%(name)s must be a string.") % {"name": name}})
    if errors:
        raise ApiProblem(400, problems.VALIDATION_ERROR, errors[0]["message"], errors)
    return data


def _no_content() -> HttpResponse:
    return HttpResponse(status=204)


@router.patch("/order-units/{id_order_unit}/cancel")
def cancel_order_unit(request: HttpRequest, id_order_unit: str) -> HttpResponse:
    actor = _actor(request)
    unit = access.unit_for(actor, _unit_id(id_order_unit))
    body = _body(request, {"reason": str})
    services.unit_cancel(actor=actor, unit=unit, reason=body["reason"])
    return _no_content()


@router.patch("/order-units/{id_order_unit}/refund")
def refund_order_unit(request: HttpRequest, id_order_unit: str) -> HttpResponse:
    actor = _actor(request)
    unit = access.unit_for(actor, _unit_id(id_order_unit))
    body = _body(request, {"amount": int, "reason": str})
    # A client that retries with the same key gets 204 again and the buyer is refunded once.
    key = (request.headers.get(IDEMPOTENCY_HEADER) or "").strip() or None
    services.unit_refund(
        actor=actor,
        unit=unit,
        amount=body["amount"],
        reason=body["reason"],
        idempotency_key=key,
        cause=RefundCause.PARTIAL_REFUND,
        paid_by=PaidBy.SELLER,
    )
    return _no_content()


@router.patch("/order-units/{id_order_unit}/send")
def send_order_unit(request: HttpRequest, id_order_unit: str) -> HttpResponse:
    actor = _actor(request)
    unit = access.unit_for(actor, _unit_id(id_order_unit))
    body = _body(request, {"tracking_numbers": str, "carrier_code": str})
    shipping.unit_send(
        actor=actor, unit=unit, tracking_numbers=body["tracking_numbers"], carrier_code=body["carrier_code"]
    )
    return _no_content()


@router.patch("/order-units/{id_order_unit}/fulfil")
def fulfil_order_unit(request: HttpRequest, id_order_unit: str) -> HttpResponse:
    actor = _actor(request)
    unit = access.unit_for(actor, _unit_id(id_order_unit))
    shipping.unit_fulfil(actor=actor, unit=unit)
    return _no_content()


# ---- document ----

_OPERATIONS = (
    ("/orders", "get"),
    ("/orders/{id_order}", "get"),
    ("/order-units", "get"),
    ("/order-units/{id_order_unit}", "get"),
    ("/order-units/{id_order_unit}/cancel", "patch"),
    ("/order-units/{id_order_unit}/refund", "patch"),
    ("/order-units/{id_order_unit}/send", "patch"),
    ("/order-units/{id_order_unit}/fulfil", "patch"),
)


def document(doc: Document) -> None:
    """Our additions to the order operations: the refund's Idempotency-Key header and the 429 every call may get."""
    refund = doc["paths"]["/order-units/{id_order_unit}/refund"]["patch"]
    refund.setdefault("parameters", []).append(
        {
            "name": IDEMPOTENCY_HEADER,
            "in": "header",
            "required": False,
            "description": (
                "Optional. A key of 1 to 80 characters chosen by the client, unique per refund. Retrying a "
                "request with the same key and the same body refunds nothing more and answers 204 again; the "
                "same key with a different order unit, amount or reason answers 400 /problems/duplicate-action."
            ),
            "schema": {"type": "string", "minLength": 1, "maxLength": 80},
            EXTENSION: True,
        }
    )
    for path, method in _OPERATIONS:
        add_response(doc, path, method, "429", "Too Many Requests: more than the allowed requests per second")
