"""The webhook format in the served OpenAPI document: our event names, headers, signature, payloads, retries."""

from __future__ import annotations

from typing import Any

from marketdesk.notify.events import EXTENSION_EVENTS, ORDER_UNIT_STATUS_CHANGED

EXTENSION = "x-marketdesk-extension"

WEBHOOKS_TEXT = (
    "\n\n## Webhooks (push notifications)\n"
    "For each event a subscription asks for, Marketdesk sends `POST {callback_url}` with a JSON body "
    '`{"event": name, "ts_iso": "2026-03-04T09:00:00Z", "data": {...}}` and the headers `Content-Type: '
    "application/json`, `Shop-Timestamp` (Unix seconds), `Shop-Signature`, `Shop-Client-Key` (the key that signed), "
    "`X-Marketdesk-Event` (the event name), `X-Marketdesk-Delivery` (an id that stays the same across retries: "
    "de-duplicate on it) and `X-Marketdesk-Attempt`. `Shop-Signature` is the lowercase hex HMAC-SHA256 of "
    "`POST\\n{callback_url}\\n{body}\\n{Shop-Timestamp}` keyed with the secret of the seller's newest active API key, "
    "exactly like request signatures; a seller without an active key gets webhooks signed with an empty secret. "
    "Any 2xx answer within the timeout counts as delivered; redirects are not followed. Anything else is retried "
    "with exponential back-off (30 s, 60 s, 120 s, … capped at one hour by default) up to 8 attempts; then the "
    "delivery is marked failed and an e-mail goes to the subscription's fallback_email. Delivery is at least once: "
    "a delivery interrupted by a crash may be repeated with the same X-Marketdesk-Delivery id. Callback URLs must be "
    "http(s) and resolve only to public addresses (checked on subscribe and again before each delivery). No "
    "verification request is sent on subscribe. The `x-marketdesk-webhooks` section lists the payload of each event."
)

TICKET_EVENT_TEXT = {
    "ticket_new": "A ticket was opened (by the buyer or the seller).",
    "ticket_message_new": "A message that the seller can see was posted on a ticket (internal notes are not sent).",
    "ticket_status_changed": (
        "The ticket's status or holder changed: data.change is closed, reopened, customer_service_notified, "
        "customer_service_took_over or handed_back_to_seller; data.previous_status is the status before."
    ),
    "ticket_deadline_warning": "The seller's answer deadline of an Open ticket is near.",
    "ticket_policy_decision": (
        "The return-option policy checked the seller's first answer to a return request (from 2026), or customer "
        "service enforced or dismissed the case it opened: data.policy says what was decided and why."
    ),
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _policy_schema(iso: dict[str, str]) -> dict[str, Any]:
    nullable_iso = {**iso, "nullable": True}
    evidence = {
        "type": "object",
        "properties": {
            "rule": {"type": "string"},
            "text": {"type": "string"},
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "why": {"type": "string"},
        },
    }
    case = {
        "type": "object",
        "nullable": True,
        "properties": {
            "state": {"type": "string", "enum": ["review", "due", "enforced", "dismissed"]},
            "opened_iso": iso,
            "enforced_iso": nullable_iso,
            "refunded": {
                "type": "object",
                "nullable": True,
                "properties": {"amount": {"type": "integer"}, "currency": {"type": "string"}},
                "description": "Refunded to the buyer in the seller's name and at the seller's expense.",
            },
            "return_window_ends_iso": {
                **nullable_iso,
                "description": "Until then the seller may still agree a return with the buyer.",
            },
        },
    }
    return {
        "type": "object",
        "properties": {
            "id_ticket_message": {"type": "integer"},
            "phase": {"type": "string", "enum": ["warning", "enforced"]},
            "decision": {"type": "string", "enum": ["compliant", "violation", "needs_review"]},
            "why": {"type": "string"},
            "return_options": {"type": "array", "items": {"type": "string"}},
            "discount_offered": {"type": "boolean"},
            "evidence": {"type": "array", "items": evidence},
            "case": case,
        },
    }


def _schemas() -> dict[str, Any]:
    iso = {"type": "string", "example": "2026-03-04T09:00:00Z"}
    ticket_data = {
        "type": "object",
        "required": ["ticket"],
        "properties": {
            "ticket": _ref("Ticket"),
            "message": _ref("TicketMessage"),
            "change": {
                "type": "string",
                "enum": [
                    "closed",
                    "reopened",
                    "customer_service_notified",
                    "customer_service_took_over",
                    "handed_back_to_seller",
                ],
            },
            "previous_status": _ref("TicketStatus"),
            "policy": _policy_schema(iso),
        },
        "description": (
            "message with ticket_message_new; change and previous_status with ticket_status_changed; policy with "
            "ticket_policy_decision."
        ),
    }
    unit_data = {
        "type": "object",
        "required": ["order_unit", "previous_status"],
        "properties": {"order_unit": _ref("OrderUnit"), "previous_status": _ref("OrderUnitStatus")},
    }

    def envelope(events: list[str], data: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["event", "ts_iso", "data"],
            "properties": {"event": {"type": "string", "enum": events}, "ts_iso": iso, "data": data},
            EXTENSION: True,
        }

    return {
        "MarketdeskTicketEvent": envelope(list(EXTENSION_EVENTS), ticket_data),
        "MarketdeskOrderUnitEvent": envelope([ORDER_UNIT_STATUS_CHANGED], unit_data),
    }


def _headers() -> list[dict[str, Any]]:
    def header(name: str, description: str, example: str) -> dict[str, Any]:
        return {
            "in": "header",
            "name": name,
            "required": True,
            "description": description,
            "schema": {"type": "string", "example": example},
        }

    return [
        header("Shop-Timestamp", "Unix time in seconds when the request was signed.", "1772614800"),
        header("Shop-Signature", "hex HMAC-SHA256 of POST\\n{callback_url}\\n{body}\\n{Shop-Timestamp}.", "9f2c…"),
        header("X-Marketdesk-Event", "The event name.", "ticket_new"),
        header(
            "X-Marketdesk-Delivery",
            "Stays the same across retries: de-duplicate on it.",
            "0b7f6f1e-4c1a-4d8e-9a57-6c8c2f1d2a10",
        ),
        header("X-Marketdesk-Attempt", "1 on the first try, then 2, 3, …", "1"),
    ]


def _webhook(event: str, schema: str, description: str) -> dict[str, Any]:
    return {
        "post": {
            "summary": f"{event} (sent to your callback_url)",
            "description": description,
            "parameters": _headers(),
            "requestBody": {"required": True, "content": {"application/json": {"schema": _ref(schema)}}},
            "responses": {
                "2XX": {"description": "Delivered; nothing is sent again."},
                "default": {"description": "Not delivered; retried with back-off, then the fallback e-mail."},
            },
            EXTENSION: True,
        }
    }


def extend(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    names = schemas["SubscriptionEventName"]
    names["enum"] = [*names["enum"], *(e for e in EXTENSION_EVENTS if e not in names["enum"])]
    names["description"] = (
        "Events a subscription can ask for. " + ", ".join(EXTENSION_EVENTS) + " are Marketdesk extensions "
        "(ticket events); the others are the marketplace's own names, of which Marketdesk currently sends "
        "order_unit_status_changed."
    )
    names["x-marketdesk-extension-values"] = list(EXTENSION_EVENTS)
    schemas.update(_schemas())
    doc["info"]["description"] = doc["info"].get("description", "") + WEBHOOKS_TEXT
    post = doc["paths"]["/subscriptions"]["post"]
    post["x-marketdesk-note"] = (
        "No verification request is sent. callback_url must be http(s) and resolve only to public addresses; "
        "fallback_email must be a valid e-mail address. event_name also accepts the ticket events."
    )
    webhooks = {event: _webhook(event, "MarketdeskTicketEvent", text) for event, text in TICKET_EVENT_TEXT.items()}
    webhooks[ORDER_UNIT_STATUS_CHANGED] = _webhook(
        ORDER_UNIT_STATUS_CHANGED,
        "MarketdeskOrderUnitEvent",
        "An order unit changed status (e.g. cancelled); data.previous_status is the status before.",
    )
    doc["x-marketdesk-webhooks"] = webhooks
