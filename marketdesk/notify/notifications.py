"""When who is e-mailed: the calls the ticket and policy services make inside their transactions.

Sellers (every user of the seller account): a new ticket, a new buyer message, a deadline warning, a hand-back from
customer service, a return-option policy decision. Buyers: a new seller or customer-service message, and closing by
the seller or customer service. Internal notes and system messages never e-mail the buyer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marketdesk.accounts.actors import Actor
from marketdesk.notify import emails, texts
from marketdesk.notify.models import NotificationKind, OutboxMessage
from marketdesk.tickets.models import Ticket, TicketMessage

if TYPE_CHECKING:
    from marketdesk.policy.models import PolicyCase, PolicyDecision


def ticket_opened(ticket: Ticket, first: TicketMessage, actor: Actor) -> list[OutboxMessage]:
    if actor.is_seller:  # a seller writing to the buyer first: for the buyer that is a reply
        return message_posted(ticket, first, actor)
    if not actor.is_buyer:
        return []
    items = ", ".join(ticket.units.order_by("pk").values_list("product_title", flat=True))
    return emails.to_sellers(
        ticket,
        NotificationKind.TICKET_NEW,
        "ticket_new",
        with_deadline=True,
        items=items,
        excerpt=emails.quoted(first.text),
    )


def message_posted(ticket: Ticket, message: TicketMessage, actor: Actor) -> list[OutboxMessage]:
    if message.is_internal:
        return []
    excerpt = emails.quoted(message.text)
    if actor.is_buyer:
        return emails.to_sellers(
            ticket, NotificationKind.BUYER_MESSAGE, "buyer_message", with_deadline=True, excerpt=excerpt
        )
    if actor.is_seller:
        return emails.to_buyer(ticket, NotificationKind.REPLY, "reply_seller", excerpt=excerpt)
    if actor.is_customer_service:
        return emails.to_buyer(ticket, NotificationKind.REPLY, "reply_cs", excerpt=excerpt)
    return []


def ticket_closed(ticket: Ticket, actor: Actor, *, final: bool) -> list[OutboxMessage]:
    """The buyer hears when the other side closes; closing it themselves needs no e-mail."""
    if actor.is_seller:
        return emails.to_buyer(ticket, NotificationKind.CLOSED, "closed_seller")
    if actor.is_customer_service:
        return emails.to_buyer(ticket, NotificationKind.CLOSED, "closed_final" if final else "closed_cs")
    return []


def handed_back(ticket: Ticket, note: str) -> list[OutboxMessage]:
    return emails.to_sellers(
        ticket, NotificationKind.HANDED_BACK, "handed_back", with_deadline=True, note=emails.quoted(note)
    )


def deadline_warning(ticket: Ticket) -> list[OutboxMessage]:
    if ticket.deadline_at is None:
        return []
    lang = emails.language_of(ticket)
    deadline = texts.format_datetime(lang, emails.local(ticket, ticket.deadline_at))
    return emails.to_sellers(ticket, NotificationKind.DEADLINE_WARNING, "deadline_warning", deadline=deadline)


def policy_decision(ticket: Ticket, decision: PolicyDecision, case: PolicyCase | None) -> list[OutboxMessage]:
    """A first answer judged, or its case decided. A case the worker enforces at once says so with its own e-mail."""
    from marketdesk.policy.models import CaseState, DecisionKind, PolicyPhase  # policy builds on notify

    kind = NotificationKind.POLICY_DECISION
    if case is None:
        if decision.decision == DecisionKind.COMPLIANT:
            return emails.to_sellers(ticket, kind, "policy_compliant")
        if decision.phase == PolicyPhase.WARNING:
            return emails.to_sellers(ticket, kind, "policy_warning")
        return []
    if case.state == CaseState.REVIEW:
        return emails.to_sellers(ticket, kind, "policy_case_opened")
    if case.state == CaseState.ENFORCED and case.window_ends_at is not None:
        lang = emails.language_of(ticket)
        return emails.to_sellers(
            ticket,
            kind,
            "policy_enforced",
            amount=texts.format_amount(lang, case.cost_amount, case.cost_currency),
            date=texts.format_date(lang, emails.local(ticket, case.window_ends_at).date()),
        )
    if case.state == CaseState.DISMISSED:
        return emails.to_sellers(ticket, kind, "policy_dismissed")
    return []
