"""The answer clock's worker jobs on a moved clock: the deadline warning once at its instant, the overdue mark once.

Instants are worked out by hand from DESIGN §2 (48 working hours, a warning 8 working hours before the deadline,
working days Mon–Fri minus the storefront country's public holidays, in the storefront's time zone).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.notify.deadline_jobs import mark_overdue, send_deadline_warnings
from marketdesk.notify.models import NotificationKind, OutboxKind, OutboxMessage, Subscription
from marketdesk.notify.worker import JOBS, Worker
from marketdesk.tickets import actions
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.enums import EventKind
from marketdesk.tickets.models import Ticket
from tests.conftest import OrderFactory

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
WARSAW = ZoneInfo("Europe/Warsaw")
SECOND = dt.timedelta(seconds=1)


def at(when: dt.datetime) -> tuple[int, int]:
    """Run both jobs at `when`: (warnings sent, tickets marked overdue)."""
    clock.set_now(when)
    return send_deadline_warnings(50), mark_overdue(50)


@pytest.fixture
def open_ticket(make_order: OrderFactory, seller_user: User, buyer_user: User, buyer: Actor, now: Any) -> Any:
    seller_user.email = "alpha@alpha.example"
    seller_user.save()

    def make(when: dt.datetime, storefront: str = "de") -> Ticket:
        clock.set_now(when)
        order = make_order(seller_user, buyer_user, storefront=storefront)
        return ticket_services.ticket_open(
            actor=buyer, unit_ids=[order.units.get().pk], reason="product_defect", message="Es ist kaputt."
        )

    return make


def events(ticket: Ticket, kind: str) -> int:
    return ticket.events.filter(kind=kind).count()


def warning_mails(ticket: Ticket) -> int:
    return OutboxMessage.objects.filter(
        kind=OutboxKind.EMAIL, payload__ticket=ticket.number, payload__notification=NotificationKind.DEADLINE_WARNING
    ).count()


def test_the_jobs_are_registered_with_the_worker() -> None:
    assert send_deadline_warnings in JOBS and mark_overdue in JOBS


def test_across_a_weekend_the_warning_goes_out_once_at_its_instant_and_overdue_is_marked_once(open_ticket: Any) -> None:
    # Thursday 04:00 → 20 h Thu + 24 h Fri + 4 h Mon: due Monday 04:00; the warning 8 working hours earlier is
    # Mon 00:00–04:00 plus Fri 20:00–24:00: Friday 20:00, before the weekend.
    ticket = open_ticket(dt.datetime(2026, 3, 5, 4, 0, tzinfo=BERLIN))
    deadline = dt.datetime(2026, 3, 9, 4, 0, tzinfo=BERLIN)
    warning = dt.datetime(2026, 3, 6, 20, 0, tzinfo=BERLIN)
    assert (ticket.deadline_at, ticket.warning_at) == (deadline, warning)

    assert at(warning - SECOND) == (0, 0)
    assert at(warning) == (1, 0)
    assert at(warning + dt.timedelta(hours=1)) == (0, 0)
    assert at(dt.datetime(2026, 3, 7, 12, 0, tzinfo=BERLIN)) == (0, 0)  # Saturday: nothing twice
    ticket.refresh_from_db()
    assert ticket.warned_at == warning and ticket.overdue_at is None
    assert events(ticket, EventKind.DEADLINE_WARNING) == 1 and warning_mails(ticket) == 1

    assert at(deadline - SECOND) == (0, 0)
    assert at(deadline + dt.timedelta(minutes=5)) == (0, 1)
    assert at(deadline + dt.timedelta(days=1)) == (0, 0)
    ticket.refresh_from_db()
    assert ticket.overdue_at == deadline  # overdue since the deadline, not since the worker came by
    assert events(ticket, EventKind.OVERDUE) == 1 and events(ticket, EventKind.DEADLINE_WARNING) == 1
    overdue = ticket.events.get(kind=EventKind.OVERDUE)
    assert overdue.actor_role == "system" and overdue.data["deadline"] == "2026-03-09T03:00:00Z"


def test_across_easter_holidays_germany_and_poland_differ(open_ticket: Any) -> None:
    # Wednesday 2026-04-01 04:00: Good Friday and Easter Monday are holidays in Germany, only Easter Monday in Poland.
    de = open_ticket(dt.datetime(2026, 4, 1, 4, 0, tzinfo=BERLIN), "de")
    pl = open_ticket(dt.datetime(2026, 4, 1, 4, 0, tzinfo=WARSAW), "pl")
    assert de.deadline_at == dt.datetime(2026, 4, 7, 4, 0, tzinfo=BERLIN)  # 20 + 24 h, then Tue 4 h
    assert pl.deadline_at == dt.datetime(2026, 4, 3, 4, 0, tzinfo=WARSAW)  # 20 + 24 h, then Good Friday 4 h
    # Both warnings fall on Thursday 20:00; for Germany the warning reaches back across four days off.
    assert de.warning_at == pl.warning_at == dt.datetime(2026, 4, 2, 20, 0, tzinfo=BERLIN)

    assert at(dt.datetime(2026, 4, 2, 19, 59, tzinfo=BERLIN)) == (0, 0)
    assert at(dt.datetime(2026, 4, 2, 20, 0, tzinfo=BERLIN)) == (2, 0)
    assert at(dt.datetime(2026, 4, 3, 12, 0, tzinfo=BERLIN)) == (0, 1)  # Good Friday: Poland's ticket is overdue
    pl.refresh_from_db()
    de.refresh_from_db()
    assert pl.overdue_at == pl.deadline_at and de.overdue_at is None
    assert at(dt.datetime(2026, 4, 6, 12, 0, tzinfo=BERLIN)) == (0, 0)  # Easter Monday: Germany's still runs
    assert at(dt.datetime(2026, 4, 7, 4, 0, tzinfo=BERLIN)) == (0, 1)
    de.refresh_from_db()
    assert de.overdue_at == de.deadline_at


def test_no_warning_for_a_ticket_answered_or_handed_to_customer_service_meanwhile(
    open_ticket: Any, seller: Actor, agent: Actor
) -> None:
    start = dt.datetime(2026, 3, 4, 10, 0, tzinfo=BERLIN)
    answered = open_ticket(start)
    handed = open_ticket(start)
    taken = open_ticket(start)
    clock.set_now(start + dt.timedelta(hours=1))
    ticket_services.message_post(actor=seller, ticket=answered, text="Wir kümmern uns darum.")
    actions.ticket_notify_customer_service(
        actor=seller, ticket=handed, reason="not_directed_at_seller", note="Bitte übernehmen."
    )
    actions.ticket_take_over(actor=agent, ticket=taken, reason="Beschwerde beim Kundenservice")

    assert at(start + dt.timedelta(days=10)) == (0, 0)
    for ticket in (answered, handed, taken):
        assert events(ticket, EventKind.DEADLINE_WARNING) == events(ticket, EventKind.OVERDUE) == 0
        assert warning_mails(ticket) == 0


def test_a_new_deadline_re_arms_the_warning(open_ticket: Any, seller: Actor, buyer: Actor) -> None:
    ticket = open_ticket(dt.datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))  # Monday: due Wednesday 09:00
    assert ticket.warning_at == dt.datetime(2026, 3, 4, 1, 0, tzinfo=BERLIN)
    assert at(dt.datetime(2026, 3, 4, 2, 0, tzinfo=BERLIN)) == (1, 0)

    clock.set_now(dt.datetime(2026, 3, 4, 8, 0, tzinfo=BERLIN))
    ticket_services.message_post(actor=seller, ticket=ticket, text="Bitte senden Sie uns ein Foto.")
    clock.set_now(dt.datetime(2026, 3, 5, 9, 0, tzinfo=BERLIN))  # Thursday: due Monday 09:00, warning Mon 01:00
    ticket_services.message_post(actor=buyer, ticket=ticket, text="Foto anbei.")
    ticket.refresh_from_db()
    assert ticket.warned_at is None and ticket.overdue_at is None
    assert ticket.warning_at == dt.datetime(2026, 3, 9, 1, 0, tzinfo=BERLIN)

    assert at(dt.datetime(2026, 3, 6, 23, 0, tzinfo=BERLIN)) == (0, 0)
    assert at(dt.datetime(2026, 3, 9, 1, 0, tzinfo=BERLIN)) == (1, 0)
    assert events(ticket, EventKind.DEADLINE_WARNING) == 2 and warning_mails(ticket) == 2


def test_the_warning_emits_its_webhook_once_with_the_deadline(open_ticket: Any, seller: Actor) -> None:
    Subscription.objects.create(
        seller_id=seller.seller_id,
        event_name="ticket_deadline_warning",
        callback_url="https://erp.alpha.example/hooks",
        fallback_email="ops@alpha.example",
    )
    ticket = open_ticket(dt.datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    assert at(dt.datetime(2026, 3, 4, 1, 0, tzinfo=BERLIN)) == (1, 0)
    assert at(dt.datetime(2026, 3, 4, 1, 30, tzinfo=BERLIN)) == (0, 0)
    [row] = OutboxMessage.objects.filter(kind=OutboxKind.WEBHOOK, event_name="ticket_deadline_warning")
    assert row.payload["data"]["deadline_iso"] == "2026-03-04T08:00:00Z"
    assert row.payload["data"]["ticket"]["id_ticket"] == ticket.number


def test_the_worker_loop_runs_the_jobs_and_delivers_their_e_mails_in_the_same_round(
    open_ticket: Any, mailoutbox: list[Any]
) -> None:
    ticket = open_ticket(dt.datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    Worker(batch=20, sleep=0).run(once=True)
    mailoutbox.clear()  # the e-mail about the new ticket
    clock.set_now(dt.datetime(2026, 3, 4, 9, 30, tzinfo=BERLIN))  # warning and deadline both passed
    Worker(batch=20, sleep=0).run(once=True)
    ticket.refresh_from_db()
    assert ticket.warned_at is not None and ticket.overdue_at == ticket.deadline_at
    [warning] = mailoutbox
    assert warning.to == ["alpha@alpha.example"] and ticket.number in warning.subject


def test_the_seller_list_and_page_show_overdue_and_the_other_seller_sees_nothing(
    open_ticket: Any, client: Client, seller_user: User, seller2_user: User
) -> None:
    ticket = open_ticket(dt.datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN))
    at(dt.datetime(2026, 3, 4, 10, 0, tzinfo=BERLIN))
    client.force_login(seller_user)
    listing = client.get(reverse("seller:tickets")).content.decode()
    assert ticket.number in listing and "data-overdue" in listing
    page = client.get(reverse("seller:ticket", args=[ticket.number])).content.decode()
    assert 'id="overdue-badge"' in page
    client.force_login(seller2_user)
    assert ticket.number not in client.get(reverse("seller:tickets")).content.decode()
    assert client.get(reverse("seller:ticket", args=[ticket.number])).status_code == 404
