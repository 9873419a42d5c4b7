"""Pure helpers on a ticket's state: the portal tab, snapshots for the audit log, the answer clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from marketdesk.tickets import deadlines
from marketdesk.tickets.enums import PortalTab, TicketStatus

if TYPE_CHECKING:
    from marketdesk.tickets.models import Ticket


class ClockSettings(Protocol):
    """What the answer clock needs of a storefront: its working days, and how near a deadline is soon."""

    @property
    def warning_hours(self) -> int: ...

    def calendar(self) -> deadlines.Calendar: ...


class Clocked(Protocol):
    """What the answer clock is read from: a ticket, or a row of the ticket list."""

    @property
    def deadline_at(self) -> datetime | None: ...

    @property
    def clock_paused_remaining(self) -> timedelta | None: ...

    @property
    def storefront(self) -> ClockSettings: ...


def portal_tab(status: str, is_seller_responsible: bool, held_by_cs: bool) -> str:
    """Must agree with the database expression behind Ticket.portal_tab (a test holds them together)."""
    if status != TicketStatus.OPENED:
        return PortalTab.CLOSED
    if is_seller_responsible and not held_by_cs:
        return PortalTab.OPEN
    return PortalTab.WAITING


def snapshot(ticket: Ticket) -> dict[str, Any]:
    return {
        "status": ticket.status,
        "is_seller_responsible": ticket.is_seller_responsible,
        "held_by_cs": ticket.held_by_cs,
        "portal_tab": portal_tab(ticket.status, ticket.is_seller_responsible, ticket.held_by_cs),
        "deadline_at": ticket.deadline_at.isoformat() if ticket.deadline_at else None,
    }


def clock_of(ticket: Clocked) -> deadlines.Clock:
    return deadlines.Clock(deadline_at=ticket.deadline_at, paused_remaining=ticket.clock_paused_remaining)


def set_clock(ticket: Ticket, clock: deadlines.Clock) -> None:
    """Set the answer clock; a new deadline gets its own warning time, and its warning and overdue marks clear."""
    if clock.deadline_at != ticket.deadline_at:
        ticket.warned_at = ticket.overdue_at = None
        ticket.warning_at = None
        if clock.deadline_at is not None:
            storefront = ticket.storefront
            ahead = timedelta(hours=storefront.warning_hours)
            ticket.warning_at = deadlines.subtract_working_time(clock.deadline_at, ahead, storefront.calendar())
    ticket.deadline_at = clock.deadline_at
    ticket.clock_paused_remaining = clock.paused_remaining


def answer_budget(ticket: Ticket) -> timedelta:
    return timedelta(hours=ticket.storefront.answer_hours)
