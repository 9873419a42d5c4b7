"""What a KPI is computed over: a period of time and the querysets a user may aggregate."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import QuerySet

from marketdesk.accounts.access import orders_visible_to, tickets_visible_to
from marketdesk.accounts.actors import Actor
from marketdesk.orders.models import Order
from marketdesk.policy.models import PolicyCase, PolicyDecision
from marketdesk.tickets.models import Ticket

# A longer custom range would draw more weekly bars than a chart can show legibly.
MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) in UTC; `days` is the preset it came from, None for a custom range."""

    start: dt.datetime
    end: dt.datetime
    days: int | None = None

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a period needs aware datetimes")
        if self.end <= self.start:
            raise ValueError("a period must end after it starts")

    @classmethod
    def last_days(cls, days: int, now: dt.datetime) -> Period:
        return cls(start=now - dt.timedelta(days=days), end=now, days=days)

    @classmethod
    def between_dates(cls, first: dt.date, last: dt.date) -> Period:
        """Whole UTC days from `first` to `last`, both included."""
        start = dt.datetime.combine(first, dt.time(), dt.UTC)
        return cls(start=start, end=dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.UTC))


@dataclass(frozen=True, slots=True)
class Scope:
    """The rows a KPI may aggregate; built only by `scope_for`, so access is decided in one place."""

    tickets: QuerySet[Ticket]
    orders: QuerySet[Order]
    decisions: QuerySet[PolicyDecision]
    cases: QuerySet[PolicyCase]


def scope_for(actor: Actor, *, storefront: str | None = None, seller_id: int | None = None) -> Scope:
    """A seller's own data, or (customer service) every seller's or one seller's; anybody else gets nothing."""
    tickets, orders = tickets_visible_to(actor), orders_visible_to(actor)
    decisions, cases = PolicyDecision.objects.all(), PolicyCase.objects.all()
    if actor.is_seller and actor.seller_id is not None:
        decisions, cases = decisions.filter(seller_id=actor.seller_id), cases.filter(seller_id=actor.seller_id)
    elif not actor.is_customer_service:
        # Buyers have tickets of their own, but no business seeing any seller's performance.
        tickets, orders, decisions, cases = tickets.none(), orders.none(), decisions.none(), cases.none()
    if seller_id is not None:
        tickets, orders = tickets.filter(seller_id=seller_id), orders.filter(seller_id=seller_id)
        decisions, cases = decisions.filter(seller_id=seller_id), cases.filter(seller_id=seller_id)
    if storefront:
        tickets, orders = tickets.filter(storefront_id=storefront), orders.filter(storefront_id=storefront)
        decisions = decisions.filter(ticket__storefront_id=storefront)
        cases = cases.filter(ticket__storefront_id=storefront)
    return Scope(tickets=tickets, orders=orders, decisions=decisions, cases=cases)
