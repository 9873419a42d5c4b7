"""Ticket objects on the wire, both ways: TicketMessage, TicketFile, TicketWithEmbedded out; request bodies in."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Collection, Sequence
from typing import Annotated, Any, TypeVar

import pydantic
from django.http import HttpRequest
from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field

from marketdesk.orders.models import OrderUnit
from marketdesk.sellerapi import problems, wire
from marketdesk.sellerapi.params import iso
from marketdesk.sellerapi.problems import ApiProblem
from marketdesk.tickets.attachments import IncomingFile
from marketdesk.tickets.models import Attachment, Ticket, TicketMessage

INT64_MAX = 2**63 - 1
UPLOAD_FAILURE = problems.DOMAIN["attachments_upload_failure"][1]
FILES_FIELD = "ticket_message_files"


# --- out: the reference shapes ---------------------------------------------------------------------------------


def ticket_message(message: TicketMessage, id_ticket: str) -> dict[str, Any]:
    """`TicketMessage`: internal notes never reach here (the shape has no flag to mark them)."""
    return {
        "id_ticket_message": message.pk,
        "id_ticket": id_ticket,
        "author": {"role": message.author_role, "name": message.author_name},
        "text": message.text,
        "ts_created_iso": iso(message.created_at),
    }


def ticket_file(attachment: Attachment, uri: str) -> dict[str, Any]:
    return {"filename": attachment.filename, "ts_created_iso": iso(attachment.created_at), "uri": uri}


def ticket_with_embedded(
    t: Ticket,
    *,
    units: Sequence[OrderUnit],
    embedded: Collection[str],
    messages: Sequence[TicketMessage] = (),
    attachments: Sequence[Attachment] = (),
    file_uri: Callable[[Attachment], str],
) -> dict[str, Any]:
    """`TicketWithEmbedded`: all 16 keys always; what was not asked for in `embedded` is [] or null.

    `units` are the ticket's order units in id order, each with `order` and `order.buyer` loaded.
    """
    storefront = t.storefront_id
    return {
        **wire.ticket(t, (unit.pk for unit in units)),
        "messages": [ticket_message(m, t.number) for m in messages] if "messages" in embedded else [],
        "order_units": [wire.order_unit(unit) for unit in units] if "order_units" in embedded else [],
        "buyer": wire.buyer(t.buyer) if "buyer" in embedded else None,
        "product": wire.product(units[0], storefront) if "product" in embedded and units else None,
        "files": [ticket_file(a, file_uri(a)) for a in attachments] if "files" in embedded else [],
        "storefront": storefront,
    }


# --- in: request bodies as the reference defines them (additionalProperties: false) ----------------------------

_STRICT = ConfigDict(extra="forbid", strict=True)
UnitId = Annotated[int, Field(ge=1, le=INT64_MAX)]


class OpenTicketRequest(BaseModel):
    model_config = _STRICT
    id_order_unit: list[UnitId] = Field(min_length=1)
    reason: str
    message: str = Field(min_length=1)


class TicketMessageFile(BaseModel):
    model_config = _STRICT
    filename: str
    mime_type: str
    data: str


class CreateTicketMessageRequest(BaseModel):
    model_config = _STRICT
    text: str = Field(min_length=1, max_length=65535)
    interim_notice: bool = False
    ticket_message_files: list[TicketMessageFile] = Field(default_factory=list)


class NotifyCustomerServiceRequest(BaseModel):
    """Our extension's body: why the seller hands the ticket to customer service, and a note for the agent."""

    model_config = _STRICT
    reason: str
    note: str = Field(min_length=1, max_length=2000)


Body = TypeVar("Body", bound=BaseModel)


def parse_body(request: HttpRequest, model: type[Body]) -> Body:
    """The JSON body as `model`, or a 400 naming every offending field (unknown keys included)."""
    try:
        return model.model_validate_json(request.body or b"")
    except pydantic.ValidationError as exc:
        errors = [
            {"field": ".".join(str(part) for part in error["loc"]) or "body", "message": error["msg"]}
            for error in exc.errors(include_url=False)
        ]
        first = errors[0]
        message = _("Invalid request body: %(field)s: %(message)s") % first
        raise ApiProblem(400, problems.VALIDATION_ERROR, message, errors) from None


def upload_failure(message: str, field: str = FILES_FIELD) -> ApiProblem:
    return ApiProblem(400, UPLOAD_FAILURE, message, [{"field": field, "message": message}])


def _decode(data: str) -> bytes:
    """Plain base64 or a data URL ("data:image/jpeg;base64,…"); line breaks and the URL-safe alphabet tolerated."""
    if data.startswith("data:"):
        header, comma, data = data.partition(",")
        if not comma or not header.endswith(";base64"):
            raise ValueError("not a base64 data URL")
    text = "".join(data.split())
    altchars = b"-_" if ("-" in text or "_" in text) else None
    if len(text) % 4:
        text += "=" * (-len(text) % 4)
    return base64.b64decode(text, altchars=altchars, validate=True)


def incoming_files(files: Sequence[TicketMessageFile]) -> list[IncomingFile]:
    """Decode each file's `data`; the attachment rules (type, size, count) are the service's to apply."""
    decoded = []
    for index, file in enumerate(files):
        try:
            content = _decode(file.data)
        except (binascii.Error, ValueError):
            message = _("“%(name)s”: data is not valid base64.") % {"name": file.filename}
            raise upload_failure(message, f"{FILES_FIELD}.{index}.data") from None
        decoded.append(IncomingFile(filename=file.filename, content=content, mime_type=file.mime_type))
    return decoded
