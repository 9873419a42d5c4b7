"""Notification e-mails: written in the storefront's language and queued in the outbox inside the transaction of
the change that causes them; the worker hands them to Django's e-mail backend (see delivery.send_email).

The text is rendered when it is queued, so the e-mail says what was true at that moment and a retry sends the same
words. Recipients are chosen here too: the seller's users or the buyer, minus whoever switched the kind off.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse

from marketdesk.accounts.models import Role, User
from marketdesk.core import clock
from marketdesk.notify import texts
from marketdesk.notify.models import NOTIFICATION_PREFIX, OutboxKind, OutboxMessage
from marketdesk.notify.preferences import buyer_wants, wanting
from marketdesk.tickets.models import Ticket

EXCERPT: Final = 1500
SELLER: Final = "seller"
BUYER: Final = "buyer"


def absolute(path: str) -> str:
    return f"{settings.PUBLIC_BASE_URL}{path}"


def ticket_url(ticket: Ticket, portal: str) -> str:
    return absolute(reverse(f"{portal}:ticket", args=[ticket.number]))


def quoted(text: str) -> str:
    """A message as a quote in a plain-text e-mail; long ones are cut (the link leads to the whole text)."""
    text = text.strip()
    if len(text) > EXCERPT:
        text = text[:EXCERPT].rstrip() + " …"
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines())


def local(ticket: Ticket, when: dt.datetime) -> dt.datetime:
    return when.astimezone(ZoneInfo(ticket.storefront.time_zone))


def language_of(ticket: Ticket) -> str:
    return texts.language(ticket.storefront.language)


def render(lang: str, key: str, values: dict[str, Any], *, portal: str, deadline: str | None) -> tuple[str, str]:
    """(subject, body) of one notification; the answer deadline, when given, goes right before the link."""
    subject = " ".join(texts.text(lang, f"{key}.subject", **values).split())
    body = texts.text(lang, f"{key}.body", **values)
    if deadline is not None:
        head, _sep, link = body.rpartition("\n\n")
        body = f"{head}\n\n{texts.text(lang, 'deadline_line', deadline=deadline)}\n\n{link}"
    footer = texts.text(lang, "footer", prefs_url=absolute(reverse(f"{portal}:notifications")))
    return subject, f"{body}\n\n-- \n{footer}\n"


def common_values(ticket: Ticket, portal: str) -> dict[str, Any]:
    return {
        "number": ticket.number,
        "order": ticket.order.id_order,
        "seller": ticket.seller.name,
        "buyer": ticket.buyer.full_name,
        "url": ticket_url(ticket, portal),
    }


def _queue(
    ticket: Ticket, kind: str, key: str, recipients: list[tuple[int | None, str]], subject: str, body: str, lang: str
) -> list[OutboxMessage]:
    now = clock.now()
    return OutboxMessage.objects.bulk_create(
        OutboxMessage(
            kind=OutboxKind.EMAIL,
            seller_id=ticket.seller_id,
            event_name=f"{NOTIFICATION_PREFIX}{key}",
            payload={
                "subject": subject,
                "body": body,
                "notification": kind,
                "text": key,
                "language": lang,
                "ticket": ticket.number,
                "user": user_id,
            },
            recipient=address,
            next_attempt_at=now,
            created_at=now,
        )
        for user_id, address in recipients
    )


def to_sellers(
    ticket: Ticket, kind: str, key: str, *, with_deadline: bool = False, **values: Any
) -> list[OutboxMessage]:
    """Queue one e-mail to every user of the ticket's seller account who wants this kind (none of another seller)."""
    users = wanting(User.objects.filter(role=Role.SELLER, seller_account_id=ticket.seller_id), kind)
    recipients: list[tuple[int | None, str]] = list(users.order_by("pk").values_list("pk", "email"))
    if not recipients:
        return []
    lang = language_of(ticket)
    deadline = None
    if with_deadline and ticket.deadline_at is not None:
        deadline = texts.format_datetime(lang, local(ticket, ticket.deadline_at))
    subject, body = render(lang, key, {**common_values(ticket, SELLER), **values}, portal=SELLER, deadline=deadline)
    return _queue(ticket, kind, key, recipients, subject, body, lang)


def to_buyer(ticket: Ticket, kind: str, key: str, **values: Any) -> list[OutboxMessage]:
    """Queue the e-mail to the ticket's buyer unless they switched this kind off."""
    buyer = ticket.buyer
    if not buyer.email or not buyer_wants(buyer.pk, kind):
        return []
    user_id = User.objects.filter(buyer_id=buyer.pk).values_list("pk", flat=True).first()
    lang = language_of(ticket)
    subject, body = render(lang, key, {**common_values(ticket, BUYER), **values}, portal=BUYER, deadline=None)
    return _queue(ticket, kind, key, [(user_id, buyer.email)], subject, body, lang)
