"""What a ticket stores about its clock for the worker and the KPIs: when the deadline warning is due, the first
response's working minutes and whether it came in time — and the backfill that gives old tickets the same."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from django.apps import apps

from marketdesk.accounts.actors import Actor
from marketdesk.core import clock
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.models import Ticket
from tests.conftest import OrderFactory

pytestmark = pytest.mark.django_db

BERLIN = dt.timezone(dt.timedelta(hours=1))  # CET: March 2026 before the change to summer time


def _open(make_order: OrderFactory, seller_user: object, buyer_user: object, buyer: Actor, at: dt.datetime) -> Ticket:
    clock.set_now(at)
    order = make_order(seller_user, buyer_user)
    return ticket_services.ticket_open(
        actor=buyer, unit_ids=[order.units.get().pk], reason="contact_other", message="Wann kommt das Paket?"
    )


@pytest.fixture(autouse=True)
def _clock() -> object:
    yield
    clock.set_now(None)


def test_the_warning_is_due_eight_working_hours_before_the_deadline_across_a_weekend(
    make_order: OrderFactory, seller_user: object, buyer_user: object, buyer: Actor
) -> None:
    # Opened Friday 2026-03-06 10:00 Berlin: the deadline is Tuesday 10:00, the warning Tuesday 02:00.
    ticket = _open(make_order, seller_user, buyer_user, buyer, dt.datetime(2026, 3, 6, 10, tzinfo=BERLIN))
    assert ticket.deadline_at == dt.datetime(2026, 3, 10, 10, tzinfo=BERLIN)
    assert ticket.warning_at == dt.datetime(2026, 3, 10, 2, tzinfo=BERLIN)
    assert (ticket.warned_at, ticket.overdue_at) == (None, None)


def test_first_response_minutes_count_working_time_only_and_a_new_deadline_clears_the_marks(
    make_order: OrderFactory, seller_user: object, buyer_user: object, buyer: Actor, seller: Actor
) -> None:
    # Opened Thursday 2026-04-02 12:00 Berlin; Good Friday and Easter Monday are holidays, so the answer on
    # Tuesday 2026-04-07 09:00 CEST came after 12 + 9 = 21 working hours, within the 48.
    ticket = _open(make_order, seller_user, buyer_user, buyer, dt.datetime(2026, 4, 2, 10, tzinfo=dt.UTC))
    Ticket.objects.filter(pk=ticket.pk).update(warned_at=clock.now(), overdue_at=clock.now())  # as the worker would
    clock.set_now(dt.datetime(2026, 4, 7, 7, tzinfo=dt.UTC))
    ticket_services.message_post(actor=seller, ticket=ticket, text="Es ist unterwegs.")
    ticket.refresh_from_db()
    assert (ticket.first_response_minutes, ticket.first_response_on_time) == (21 * 60, True)
    assert (ticket.deadline_at, ticket.warning_at, ticket.warned_at, ticket.overdue_at) == (None, None, None, None)

    # The buyer writes again: a fresh deadline with its own warning time; the first response stays as it was.
    clock.set_now(dt.datetime(2026, 4, 7, 8, tzinfo=dt.UTC))
    ticket_services.message_post(actor=buyer, ticket=ticket, text="Danke, und die Sendungsnummer?")
    ticket.refresh_from_db()
    assert ticket.deadline_at == dt.datetime(2026, 4, 9, 8, tzinfo=dt.UTC)
    assert ticket.warning_at == dt.datetime(2026, 4, 9, 0, tzinfo=dt.UTC)
    assert ticket.first_response_minutes == 21 * 60


def test_a_late_first_response_is_not_on_time(
    make_order: OrderFactory, seller_user: object, buyer_user: object, buyer: Actor, seller: Actor
) -> None:
    ticket = _open(make_order, seller_user, buyer_user, buyer, dt.datetime(2026, 3, 4, 9, tzinfo=dt.UTC))
    clock.set_now(dt.datetime(2026, 3, 6, 10, tzinfo=dt.UTC))  # 49 working hours later
    ticket_services.message_post(actor=seller, ticket=ticket, text="Entschuldigung für die Verspätung.")
    ticket.refresh_from_db()
    assert (ticket.first_response_minutes, ticket.first_response_on_time) == (49 * 60, False)


def test_the_backfill_gives_old_tickets_what_new_ones_store(
    make_order: OrderFactory, seller_user: object, buyer_user: object, buyer: Actor, seller: Actor
) -> None:
    answered = _open(make_order, seller_user, buyer_user, buyer, dt.datetime(2026, 4, 2, 10, tzinfo=dt.UTC))
    clock.set_now(dt.datetime(2026, 4, 7, 7, tzinfo=dt.UTC))
    ticket_services.message_post(actor=seller, ticket=answered, text="Es ist unterwegs.")
    waiting = _open(make_order, seller_user, buyer_user, buyer, dt.datetime(2026, 3, 6, 9, tzinfo=dt.UTC))
    fields = ("first_response_minutes", "first_response_on_time", "warning_at")
    stored = {
        t.pk: tuple(getattr(t, f) for f in fields) for t in Ticket.objects.filter(pk__in=[answered.pk, waiting.pk])
    }
    Ticket.objects.update(first_response_minutes=None, first_response_on_time=None, warning_at=None)

    migration = importlib.import_module("marketdesk.tickets.migrations.0004_deadline_warning_overdue_first_response")
    migration.backfill(apps, None)

    refilled = {t.pk: tuple(getattr(t, f) for f in fields) for t in Ticket.objects.filter(pk__in=stored)}
    assert refilled == stored
    assert stored[answered.pk][0] == 21 * 60 and stored[waiting.pk][2] is not None
