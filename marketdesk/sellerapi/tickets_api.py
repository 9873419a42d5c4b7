"""Seller API tickets (/v2/tickets…): list, read, open, close, write and list messages; notify customer service."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import Router

from marketdesk.accounts.access import ticket_for, tickets_visible_to
from marketdesk.accounts.actors import Actor
from marketdesk.core import prepared
from marketdesk.core.prepared import MOMENT, Filters
from marketdesk.orders.models import FulfillmentType
from marketdesk.sellerapi import params, wire, wire_tickets
from marketdesk.sellerapi.files import file_uri
from marketdesk.sellerapi.openapi import EXTENSION, Document, add_response, reference
from marketdesk.sellerapi.wire_tickets import (
    INT64_MAX,
    CreateTicketMessageRequest,
    NotifyCustomerServiceRequest,
    OpenTicketRequest,
    parse_body,
)
from marketdesk.tickets import actions, services
from marketdesk.tickets.attachments import AttachmentRejected
from marketdesk.tickets.enums import NotifyReason
from marketdesk.tickets.models import Attachment, Ticket, TicketMessage

router = Router(tags=["Tickets"])

PAGE_LIMIT = 30
INT32_MAX = 2**31 - 1
TICKET_SORTS = {"ts_created_iso:desc": ("-created_at", "-id"), "ts_updated_iso:desc": ("-updated_at", "-id")}
MESSAGE_SORTS = {"ts_created_iso:desc": ("-created_at", "-id"), "ts_created_iso:asc": ("created_at", "id")}
# Array filters of GET /tickets: query parameter → (the field's lookup, the reference's enum for its values). A
# relation is compared through its key (storefront__pk), which takes Params where the relation's own IN does not.
TICKET_FILTERS = {
    "status": ("status", "TicketStatus"),
    "open_reason": ("open_reason", "TicketReason"),
    "topic": ("topic", "TicketTopic"),
    "storefront": ("storefront__pk", "Storefront"),
}


def _actor(request: HttpRequest) -> Actor:
    actor: Actor = request.auth  # type: ignore[attr-defined]
    return actor


def _enum(schema: str) -> list[str]:
    """Allowed values straight from the reference document, so our enums cannot drift from the wire."""
    values: list[str] = reference()["components"]["schemas"][schema]["enum"]
    return values


def _page(request: HttpRequest) -> tuple[int, int]:
    limit = params.integer(request, "limit", default=PAGE_LIMIT, minimum=1, maximum=PAGE_LIMIT) or PAGE_LIMIT
    offset = params.integer(request, "offset", default=0, minimum=0, maximum=INT32_MAX) or 0
    return limit, offset


def _fulfillment(request: HttpRequest) -> list[str]:
    return params.enum_list(request, "fulfillment_type", _enum("FulfillmentType"), default=[FulfillmentType.MERCHANT])


def _collection(data: list[dict[str, Any]], *, offset: int, limit: int, total: int) -> JsonResponse:
    return JsonResponse({"data": data, "pagination": {"offset": offset, "limit": limit, "total": total}})


def _ticket_filters(request: HttpRequest) -> Filters:
    """The list's filters in a fixed order, each value checked (a bad one is a 400 naming its parameter)."""
    filters = Filters().add("fulfillment_type__in", _fulfillment(request))
    for name, (lookup, schema) in TICKET_FILTERS.items():
        chosen = params.enum_list(request, name, _enum(schema))
        if chosen:
            filters.add(f"{lookup}__in", chosen)
    id_buyer = params.integer(request, "id_buyer", default=None, minimum=1, maximum=INT64_MAX)
    if id_buyer is not None:
        filters.add("buyer_id", id_buyer)
    created_from = params.timestamp(request, "ts_created_from_iso")
    if created_from is not None:
        filters.add("created_at__gte", created_from, MOMENT)
    updated_from = params.timestamp(request, "ts_updated_from_iso")
    if updated_from is not None:
        filters.add("updated_at__gte", updated_from, MOMENT)
    id_order = request.GET.get("id_order", "").strip()  # our extension: the exact order number
    if id_order:
        filters.add("order__id_order", id_order)
    return filters


def _unit_ids(ticket_ids: list[int]) -> dict[int, list[int]]:
    """Each ticket's order unit ids, from the link table alone (one query per page)."""
    if not ticket_ids:
        return {}
    links = Ticket.units.through.objects.all()
    filters = Filters().add("ticket__pk__in", ticket_ids)
    found = prepared.rows(
        "ticket-units", filters, lambda chosen: chosen.apply(links).values_list("ticket_id", "orderunit_id")
    )
    units: dict[int, list[int]] = {}
    for ticket_id, unit_id in found:
        units.setdefault(ticket_id, []).append(unit_id)
    return units


# GET /tickets/messages comes before /tickets/{id_ticket}, which would otherwise take "messages" for a number.
@router.get("/tickets/messages")
def list_ticket_messages(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    limit, offset = _page(request)
    sort = params.enum_one(request, "sort", _enum("TicketMessagesSort"), default="ts_created_iso:desc")
    tickets = tickets_visible_to(actor).filter(fulfillment_type__in=_fulfillment(request))
    messages = TicketMessage.objects.filter(ticket__in=tickets, is_internal=False)
    created_from = params.timestamp(request, "ts_created_from_iso")
    if created_from is not None:
        messages = messages.filter(created_at__gte=created_from)
    total = messages.count()
    page = messages.select_related("ticket").order_by(*MESSAGE_SORTS[sort or "ts_created_iso:desc"])
    data = [wire_tickets.ticket_message(m, m.ticket.number) for m in page[offset : offset + limit]]
    return _collection(data, offset=offset, limit=limit, total=total)


@router.get("/tickets")
def list_tickets(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    limit, offset = _page(request)
    sort = params.enum_one(request, "sort", _enum("TicketsSort")) or "ts_created_iso:desc"
    filters = _ticket_filters(request)

    def build(chosen: Filters) -> QuerySet[Ticket, tuple[Any, ...]]:
        tickets = chosen.apply(tickets_visible_to(actor)).order_by(*TICKET_SORTS[sort])
        return tickets.values_list("pk", *wire.TicketRow._fields)

    # Whose tickets may be read and in which order are written into the SQL, so they pick the statement too.
    key = ("tickets", actor, sort)
    total = prepared.count(key, filters, build)
    rows = prepared.rows(key, filters, build, page=(limit, offset))
    units = _unit_ids([row[0] for row in rows])
    data = [wire.ticket(wire.TicketRow._make(row[1:]), units.get(row[0], ())) for row in rows]
    return _collection(data, offset=offset, limit=limit, total=total)


@router.post("/tickets")
def open_ticket(request: HttpRequest) -> HttpResponse:
    body = parse_body(request, OpenTicketRequest)
    ticket = services.ticket_open(
        actor=_actor(request), unit_ids=body.id_order_unit, reason=body.reason, message=body.message
    )
    response = JsonResponse({"data": {"id_ticket": ticket.number}}, status=201)
    response["Location"] = f"/v2/tickets/{ticket.number}"
    return response


@router.get("/tickets/{id_ticket}")
def get_ticket(request: HttpRequest, id_ticket: str) -> HttpResponse:
    embedded = set(params.enum_list(request, "embedded", _enum("TicketEmbeddable")))
    ticket = ticket_for(_actor(request), id_ticket)
    units = list(ticket.units.select_related("order", "order__buyer").order_by("id"))
    messages: list[TicketMessage] = []
    if "messages" in embedded:
        messages = list(ticket.messages.filter(is_internal=False).order_by("created_at", "id"))
    attachments: list[Attachment] = []
    if "files" in embedded:
        attachments = list(
            Attachment.objects.filter(message__ticket=ticket, message__is_internal=False).order_by("created_at", "id")
        )
    data = wire_tickets.ticket_with_embedded(
        ticket,
        units=units,
        embedded=embedded,
        messages=messages,
        attachments=attachments,
        file_uri=lambda attachment: file_uri(request, attachment),
    )
    return JsonResponse({"data": data})


@router.patch("/tickets/{id_ticket}/close")
def close_ticket(request: HttpRequest, id_ticket: str) -> HttpResponse:
    actor = _actor(request)
    services.ticket_close(actor=actor, ticket=ticket_for(actor, id_ticket))
    return HttpResponse(status=204)


@router.post("/tickets/{id_ticket}/messages")
def create_ticket_message(request: HttpRequest, id_ticket: str) -> HttpResponse:
    actor = _actor(request)
    ticket = ticket_for(actor, id_ticket)
    body = parse_body(request, CreateTicketMessageRequest)
    files = wire_tickets.incoming_files(body.ticket_message_files)
    try:
        services.message_post(actor=actor, ticket=ticket, text=body.text, files=files, internal=body.interim_notice)
    except AttachmentRejected as exc:
        # Same refusal, named after the field an API client sent rather than the portal's form field.
        raise wire_tickets.upload_failure(exc.message) from None
    return HttpResponse(status=201)


@router.post("/tickets/{id_ticket}/notify-customer-service")
def notify_customer_service(request: HttpRequest, id_ticket: str) -> HttpResponse:
    actor = _actor(request)
    ticket = ticket_for(actor, id_ticket)
    body = parse_body(request, NotifyCustomerServiceRequest)
    actions.ticket_notify_customer_service(actor=actor, ticket=ticket, reason=body.reason, note=body.note)
    return HttpResponse(status=204)


def _error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
    }


def document(doc: Document) -> None:
    """Our additions to the reference: the order-number filter, the 403s we answer, notify customer service."""
    doc["paths"]["/tickets"]["get"]["parameters"].append(
        {
            "description": "Only tickets of this order (exact order number, e.g. MB7UWLD).",
            "in": "query",
            "name": "id_order",
            "required": False,
            "schema": {"type": "string"},
            EXTENSION: True,
        }
    )
    add_response(
        doc,
        "/tickets/{id_ticket}/close",
        "patch",
        "403",
        "The seller cannot close the ticket: closed finally by customer service (/problems/tickets/finally-closed), "
        "handled by customer service (/problems/tickets/non-closable-by-seller) or already closed by the seller "
        "(/problems/action-not-allowed).",
    )
    add_response(
        doc,
        "/tickets/{id_ticket}/messages",
        "post",
        "403",
        "The ticket was closed finally by customer service and accepts no messages (/problems/tickets/finally-closed).",
    )
    schemas = doc["components"]["schemas"]
    schemas["NotifyReason"] = {
        "type": "string",
        "enum": list(NotifyReason.values),
        "description": "Why the seller hands the ticket to customer service.",
        EXTENSION: True,
    }
    schemas["NotifyCustomerServiceRequest"] = {
        "type": "object",
        "properties": {
            "reason": {"$ref": "#/components/schemas/NotifyReason"},
            "note": {
                "type": "string",
                "minLength": 1,
                "maxLength": actions.MAX_NOTE,
                "description": "What customer service should know; not shown to the buyer.",
            },
        },
        "required": ["reason", "note"],
        "additionalProperties": False,
        EXTENSION: True,
    }
    doc["paths"]["/tickets/{id_ticket}/notify-customer-service"] = {
        "post": {
            "operationId": "NotifyCustomerService",
            "summary": "Hand a ticket to customer service",
            "description": (
                "The seller asks the marketplace's customer service to take over the ticket: customer service "
                "communicates with the buyer from now on, `is_seller_responsible` becomes false and the seller's "
                "answer clock stops. The note is for customer service only."
            ),
            "tags": ["Tickets"],
            "security": [],
            "parameters": [
                {
                    "description": "The unique ID of a ticket",
                    "in": "path",
                    "name": "id_ticket",
                    "required": True,
                    "schema": {"$ref": "#/components/schemas/TicketID"},
                }
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/NotifyCustomerServiceRequest"}}
                },
            },
            "responses": {
                "204": {"description": "Customer service has taken over the ticket."},
                "400": _error("The body has invalid values (unknown reason, empty note, unknown keys)."),
                "401": _error("Request authentication headers are corrupt."),
                "403": _error(
                    "The ticket is closed (/problems/action-not-allowed), closed finally "
                    "(/problems/tickets/finally-closed) or already with customer service "
                    "(/problems/tickets/internal-action-restriction)."
                ),
                "404": _error("Resource not found."),
                "500": _error("Internal Server Error."),
            },
            EXTENSION: True,
        }
    }
