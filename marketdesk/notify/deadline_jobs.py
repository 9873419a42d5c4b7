"""Worker jobs of the answer clock: the deadline warning before the deadline and the overdue mark after it.

Each claims due tickets through its partial index (warning_at / deadline_at over Open tickets not yet handled) and
handles every ticket in its own short transaction. The conditional UPDATE (`… WHERE warned_at IS NULL` and still
Open) is what makes a ticket count once: on SQLite writers are serialised and the UPDATE re-checks; on PostgreSQL
`FOR UPDATE SKIP LOCKED` also keeps two workers (or a worker and a web request holding the ticket) from waiting on
each other. A ticket answered or handed to customer service meanwhile is no longer Open and is never claimed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import connection, transaction
from django.db.models import F, QuerySet

from marketdesk.accounts.actors import SYSTEM
from marketdesk.core import clock
from marketdesk.notify import notifications
from marketdesk.notify.events import TICKET_DEADLINE_WARNING, emit, ticket_data
from marketdesk.tickets.enums import EventKind
from marketdesk.tickets.models import OPEN_Q, Ticket
from marketdesk.tickets.services import record
from marketdesk.tickets.state import snapshot


def _iso(value: dt.datetime | None) -> str | None:
    from marketdesk.sellerapi.params import iso

    return iso(value)


def warnings_due(now: dt.datetime) -> QuerySet[Ticket]:
    """Served by the partial index ticket_warning_due: the filter repeats its condition."""
    return Ticket.objects.filter(OPEN_Q, warned_at__isnull=True, warning_at__lte=now)


def overdue_due(now: dt.datetime) -> QuerySet[Ticket]:
    """Served by the partial index ticket_overdue_due."""
    return Ticket.objects.filter(OPEN_Q, overdue_at__isnull=True, deadline_at__lte=now)


def _claim_one(due: QuerySet[Ticket], field: str) -> int | None:
    rows = due.order_by(field, "pk")
    if connection.features.has_select_for_update_skip_locked:
        rows = rows.select_for_update(skip_locked=True)
    return rows.values_list("pk", flat=True).first()


def _loaded(pk: int) -> Ticket:
    return Ticket.objects.select_related("storefront", "seller", "order", "buyer").get(pk=pk)


def send_deadline_warnings(batch: int) -> int:
    """Worker job: the seller's users hear once per deadline that it is close (event, webhook, e-mails)."""
    done = 0
    for _round in range(batch):
        with transaction.atomic():
            now = clock.now()
            pk = _claim_one(warnings_due(now), "warning_at")
            if pk is None:
                break
            if not warnings_due(now).filter(pk=pk).update(warned_at=now):
                continue  # handled by someone else between our look and our write
            ticket = _loaded(pk)
            data: dict[str, Any] = {"deadline": _iso(ticket.deadline_at), "warning_due": _iso(ticket.warning_at)}
            record(ticket, EventKind.DEADLINE_WARNING, SYSTEM, snapshot(ticket), data=data)
            emit(
                seller_id=ticket.seller_id,
                event=TICKET_DEADLINE_WARNING,
                storefront=ticket.storefront_id,
                payload=ticket_data(ticket, deadline_iso=_iso(ticket.deadline_at)),
            )
            notifications.deadline_warning(ticket)
            done += 1
    return done


def mark_overdue(batch: int) -> int:
    """Worker job: a ticket whose deadline passed unanswered is marked overdue since its deadline, once."""
    done = 0
    for _round in range(batch):
        with transaction.atomic():
            now = clock.now()
            pk = _claim_one(overdue_due(now), "deadline_at")
            if pk is None:
                break
            if not overdue_due(now).filter(pk=pk).update(overdue_at=F("deadline_at")):
                continue
            ticket = _loaded(pk)
            record(ticket, EventKind.OVERDUE, SYSTEM, snapshot(ticket), data={"deadline": _iso(ticket.deadline_at)})
            done += 1
    return done
