"""The audit timeline in words: what happened, who, when, status before → after, and the details recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import TextChoices
from django.utils.translation import gettext as _

from marketdesk.core.money import Money
from marketdesk.orders.models import CancelReason, RefundReason
from marketdesk.policy.models import CaseState, DecisionKind, PolicyPhase
from marketdesk.tickets import selectors
from marketdesk.tickets.enums import EventKind, NotifyReason, TicketReason, TicketStatus, TicketTopic
from marketdesk.tickets.models import Ticket, TicketEvent


@dataclass(frozen=True, slots=True)
class EventLine:
    kind: str
    label: str
    who: str
    role: str
    when: dt.datetime
    status_before: str
    status_after: str
    details: list[tuple[str, str]]
    message_id: int | None


# What `data["reason"]` holds for each kind: a code from a vocabulary, or (absent here) free text.
_REASON_VOCABULARY: dict[str, type[TextChoices]] = {
    EventKind.OPENED: TicketReason,
    EventKind.CS_NOTIFIED: NotifyReason,
    EventKind.REFUNDED: RefundReason,
    EventKind.UNIT_CANCELLED: CancelReason,
}
_SKIPPED_KEYS = frozenset({"message", "currency", "refund"})


def _label(vocabulary: type[TextChoices], value: object) -> str:
    try:
        return str(vocabulary(str(value)).label)
    except ValueError:
        return str(value)


def _yes_no(value: object) -> str:
    return _("yes") if value else _("no")


def describe_timeline(ticket: Ticket, *, for_customer_service: bool) -> list[EventLine]:
    lines = []
    for event in selectors.timeline(ticket):
        line = describe_event(event, ticket)
        if event.kind == EventKind.VIEWED_BY_CS and not for_customer_service:
            # Sellers see that customer service looked, not the agent's internal reason.
            line = EventLine(**{**_fields(line), "details": []})
        lines.append(line)
    return lines


def _fields(line: EventLine) -> dict[str, Any]:
    return {name: getattr(line, name) for name in EventLine.__slots__}


def describe_event(event: TicketEvent, ticket: Ticket) -> EventLine:
    """One audit event as a person reads it: what, who, when, status before → after, and its details."""
    data: dict[str, Any] = event.data if isinstance(event.data, dict) else {}
    before: dict[str, Any] = event.before if isinstance(event.before, dict) else {}
    after: dict[str, Any] = event.after if isinstance(event.after, dict) else {}
    details: list[tuple[str, str]] = []
    for key, value in data.items():
        if key in _SKIPPED_KEYS or (value in (None, "", [], False) and key != "final"):
            continue
        details.append(_detail(event, ticket, key, value, data))
    if before and before.get("held_by_cs") != after.get("held_by_cs"):
        details.append(
            (_("Held by customer service"), f"{_yes_no(before.get('held_by_cs'))} → {_yes_no(after.get('held_by_cs'))}")
        )
    status_before, status_after = before.get("status"), after.get("status")
    changed = bool(status_before) and status_before != status_after
    message = data.get("message")
    return EventLine(
        kind=event.kind,
        label=event.get_kind_display(),
        who=event.actor_name,
        role=event.get_actor_role_display(),
        when=event.created_at,
        status_before=_label(TicketStatus, status_before) if changed else "",
        status_after=_label(TicketStatus, status_after) if changed else "",
        details=details,
        message_id=message if isinstance(message, int) else None,
    )


def _detail(event: TicketEvent, ticket: Ticket, key: str, value: Any, data: dict[str, Any]) -> tuple[str, str]:
    if key == "reason":
        vocabulary = _REASON_VOCABULARY.get(event.kind)
        return _("Reason"), _label(vocabulary, value) if vocabulary else str(value)
    if key == "topic":
        return _("Topic"), _label(TicketTopic, value)
    if key == "note":
        return _("Note"), str(value)
    if key == "amount" and isinstance(value, int):
        return _("Amount"), str(Money(value, str(data.get("currency") or ticket.storefront.currency)))
    if key == "refund_amount" and isinstance(value, int):
        return _("Refunded"), str(Money(value, ticket.storefront.currency))
    if key == "final":
        return _("Closed finally"), _yes_no(value)
    if key == "internal":
        return _("Internal note"), _yes_no(value)
    if key == "attachments":
        return _("Attachments"), str(value)
    if key == "decision":
        return _("Decision"), _label(DecisionKind, value)
    if key == "phase":
        return _("Policy phase"), _label(PolicyPhase, value)
    if key == "case":
        return _("Policy case"), _label(CaseState, value) if isinstance(value, str) else str(value)
    if key == "why":
        return _("Why"), str(value)
    if key == "return_options":
        return _("Valid return options"), ", ".join(str(option) for option in value) if isinstance(value, list) else ""
    if key == "window_ends":
        return _("Return may be agreed until"), str(value)[:10]
    if key in ("unit", "units"):
        units = value if isinstance(value, list) else [value]
        return _("Order units"), ", ".join(str(unit) for unit in units)
    # Kinds added later (policy decisions, …) still show what they recorded.
    return key.replace("_", " ").capitalize(), str(value)
