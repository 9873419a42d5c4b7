"""Ticket transitions: opening, messages, closing, reopening and the answer clock they drive."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from marketdesk.accounts.actors import Actor
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed
from marketdesk.core.ids import TICKET_NUMBER_RE
from marketdesk.orders.models import Order
from marketdesk.tickets import selectors
from marketdesk.tickets.enums import EventKind, PortalTab, TicketStatus
from marketdesk.tickets.errors import AlreadyClosed, TicketFinallyClosed
from marketdesk.tickets.models import Ticket, TicketEvent
from marketdesk.tickets.services import message_post, ticket_close, ticket_open
from marketdesk.tickets.state import portal_tab
from tests.conftest import T0

UTC = dt.UTC
# T0 is Wed 2026-03-04 10:00 in Berlin; 48 working hours later is Fri 10:00 Berlin = 09:00 UTC.
DUE_FROM_T0 = dt.datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


def fresh(ticket: Ticket) -> Ticket:
    return Ticket.objects.get(pk=ticket.pk)


def test_buyer_opens_ticket_seller_must_answer_within_48_working_hours(ticket: Ticket) -> None:
    ticket = fresh(ticket)
    assert TICKET_NUMBER_RE.match(ticket.number)
    assert ticket.status == TicketStatus.OPENED
    assert ticket.is_seller_responsible and not ticket.held_by_cs
    assert ticket.portal_tab == PortalTab.OPEN
    assert ticket.deadline_at == DUE_FROM_T0
    assert ticket.messages.count() == 1
    assert ticket.last_message_excerpt == "Das Gerät lässt sich nicht einschalten."
    event = ticket.events.get()
    assert event.kind == EventKind.OPENED and event.actor_role == "buyer"
    assert event.after["portal_tab"] == "open" and event.data["reason"] == "product_defect"


def test_ticket_numbers_are_unique_and_not_sequential(order: Order, buyer: Actor, now: dt.datetime) -> None:
    unit = order.units.first()
    assert unit is not None
    numbers = [
        ticket_open(actor=buyer, unit_ids=[unit.pk], reason="contact_other", message=f"Frage {i}").number
        for i in range(25)
    ]
    assert len(set(numbers)) == 25
    assert all(TICKET_NUMBER_RE.match(n) for n in numbers)
    steps = {int(b) - int(a) for a, b in itertools.pairwise(numbers)}
    assert steps != {1}, "ticket numbers must not be a plain counter"
    assert numbers != sorted(numbers)


def test_ticket_covers_several_units_of_one_order(order: Order, buyer: Actor, now: dt.datetime) -> None:
    unit_ids = list(order.units.values_list("pk", flat=True))
    ticket = ticket_open(actor=buyer, unit_ids=unit_ids, reason="product_return", message="Beides zurück")
    assert set(ticket.units.values_list("pk", flat=True)) == set(unit_ids)


def test_units_of_two_orders_are_refused(make_order, seller_user, buyer_user, buyer: Actor, order: Order) -> None:  # type: ignore[no-untyped-def]
    other = make_order(seller_user, buyer_user)
    with pytest.raises(ValidationFailed) as caught:
        ticket_open(
            actor=buyer,
            unit_ids=[order.units.first().pk, other.units.first().pk],
            reason="contact_other",
            message="x",
        )
    assert caught.value.field == "id_order_unit"
    assert not Ticket.objects.exists()


def test_units_of_another_buyer_or_seller_are_not_found(
    order: Order, buyer2: Actor, seller2: Actor, now: dt.datetime
) -> None:
    unit_id = order.units.first().pk  # type: ignore[union-attr]
    for stranger in (buyer2, seller2):
        with pytest.raises(NotFound):
            ticket_open(actor=stranger, unit_ids=[unit_id], reason="contact_other", message="x")
    assert not Ticket.objects.exists()


@pytest.mark.parametrize(
    ("reason", "topic", "message", "field"),
    [
        ("product_broken", None, "x", "reason"),
        ("product_defect", "order_teleport", "x", "topic"),
        ("product_defect", None, "   ", "message"),
    ],
    ids=["unknown-reason", "unknown-topic", "blank-message"],
)
def test_bad_input_is_refused_naming_the_field(
    order: Order, buyer: Actor, reason: str, topic: str | None, message: str, field: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        ticket_open(actor=buyer, unit_ids=[order.units.first().pk], reason=reason, topic=topic, message=message)  # type: ignore[union-attr]
    assert caught.value.field == field
    assert not Ticket.objects.exists()


def test_no_units_and_customer_service_opening_are_refused(order: Order, buyer: Actor, agent: Actor) -> None:
    with pytest.raises(ValidationFailed):
        ticket_open(actor=buyer, unit_ids=[], reason="contact_other", message="x")
    with pytest.raises(ActionNotAllowed):
        ticket_open(actor=agent, unit_ids=[order.units.first().pk], reason="contact_other", message="x")  # type: ignore[union-attr]


def test_seller_opens_ticket_towards_buyer_it_waits_for_the_buyer(
    order: Order, seller: Actor, now: dt.datetime
) -> None:
    ticket = fresh(
        ticket_open(actor=seller, unit_ids=[order.units.first().pk], reason="contact_other", message="Hallo")
    )  # type: ignore[union-attr]
    assert ticket.portal_tab == PortalTab.WAITING
    assert not ticket.is_seller_responsible and ticket.deadline_at is None


def test_seller_answer_stops_the_clock_and_moves_to_waiting(ticket: Ticket, seller: Actor) -> None:
    clock.set_now(T0 + dt.timedelta(hours=3))
    message_post(actor=seller, ticket=ticket, text="Bitte senden Sie uns ein Foto.")
    ticket = fresh(ticket)
    assert ticket.portal_tab == PortalTab.WAITING
    assert not ticket.is_seller_responsible
    assert ticket.deadline_at is None
    assert ticket.first_response_at == T0 + dt.timedelta(hours=3)
    event = ticket.events.order_by("-id").first()
    assert event is not None and event.kind == EventKind.MESSAGE
    assert event.before["portal_tab"] == "open" and event.after["portal_tab"] == "waiting"
    assert event.before["deadline_at"] == DUE_FROM_T0.isoformat() and event.after["deadline_at"] is None


def test_buyer_message_after_the_answer_rearms_a_fresh_48_hours(ticket: Ticket, seller: Actor, buyer: Actor) -> None:
    clock.set_now(T0 + dt.timedelta(hours=3))
    message_post(actor=seller, ticket=ticket, text="Foto bitte")
    clock.set_now(dt.datetime(2026, 3, 6, 15, 0, tzinfo=UTC))  # Friday 16:00 Berlin
    message_post(actor=buyer, ticket=ticket, text="Hier ist das Foto")
    ticket = fresh(ticket)
    assert ticket.portal_tab == PortalTab.OPEN
    # Fri 16:00 → Mon, Tue 16:00 Berlin (the weekend does not count) = 15:00 UTC.
    assert ticket.deadline_at == dt.datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
    assert ticket.first_response_at == T0 + dt.timedelta(hours=3)


def test_buyer_message_while_the_clock_runs_keeps_the_deadline(ticket: Ticket, buyer: Actor) -> None:
    clock.set_now(T0 + dt.timedelta(hours=20))
    message_post(actor=buyer, ticket=ticket, text="Hallo? Noch eine Frage.")
    assert fresh(ticket).deadline_at == DUE_FROM_T0


def test_buyer_closes_then_a_buyer_message_reopens(ticket: Ticket, buyer: Actor) -> None:
    ticket_close(actor=buyer, ticket=ticket)
    closed = fresh(ticket)
    assert closed.status == TicketStatus.BUYER_CLOSED and closed.portal_tab == PortalTab.CLOSED
    assert closed.deadline_at is None and closed.closed_at == T0
    clock.set_now(T0 + dt.timedelta(days=1))
    message_post(actor=buyer, ticket=ticket, text="Leider doch nicht gelöst.")
    reopened = fresh(ticket)
    assert reopened.status == TicketStatus.OPENED and reopened.portal_tab == PortalTab.OPEN
    assert reopened.is_seller_responsible and reopened.closed_at is None
    assert reopened.deadline_at == dt.datetime(2026, 3, 9, 9, 0, tzinfo=UTC)  # Thu 10:00 → Mon 10:00 Berlin
    assert reopened.events.order_by("-id").first().kind == EventKind.REOPENED  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("first", "second", "after_first", "after_second"),
    [
        ("buyer", "seller", TicketStatus.BUYER_CLOSED, TicketStatus.BOTH_CLOSED),
        ("seller", "buyer", TicketStatus.SELLER_CLOSED, TicketStatus.BOTH_CLOSED),
    ],
)
def test_closing_by_both_sides(
    ticket: Ticket, buyer: Actor, seller: Actor, first: str, second: str, after_first: str, after_second: str
) -> None:
    actors = {"buyer": buyer, "seller": seller}
    ticket_close(actor=actors[first], ticket=ticket)
    assert fresh(ticket).status == after_first
    ticket_close(actor=actors[second], ticket=ticket)
    assert fresh(ticket).status == after_second


def test_closing_twice_by_the_same_side_is_refused(ticket: Ticket, buyer: Actor, seller: Actor) -> None:
    ticket_close(actor=seller, ticket=ticket)
    with pytest.raises(AlreadyClosed):
        ticket_close(actor=seller, ticket=ticket)
    ticket_close(actor=buyer, ticket=ticket)
    for actor in (buyer, seller):
        with pytest.raises(AlreadyClosed):
            ticket_close(actor=actor, ticket=ticket)


def test_seller_message_on_a_closed_ticket_reopens_it_waiting_for_the_buyer(ticket: Ticket, seller: Actor) -> None:
    ticket_close(actor=seller, ticket=ticket)
    message_post(actor=seller, ticket=ticket, text="Noch ein Hinweis zur Rücksendung.")
    ticket = fresh(ticket)
    assert ticket.status == TicketStatus.OPENED and ticket.portal_tab == PortalTab.WAITING


def test_final_close_accepts_no_message_and_no_close(ticket: Ticket, agent: Actor, buyer: Actor, seller: Actor) -> None:
    with pytest.raises(ActionNotAllowed):
        ticket_close(actor=seller, ticket=ticket, final=True)
    ticket_close(actor=agent, ticket=ticket, final=True)
    closed = fresh(ticket)
    assert closed.status == TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL and closed.portal_tab == PortalTab.CLOSED
    for actor in (buyer, seller):
        with pytest.raises(TicketFinallyClosed):
            message_post(actor=actor, ticket=ticket, text="Hallo?")
        with pytest.raises(TicketFinallyClosed):
            ticket_close(actor=actor, ticket=ticket)
    assert fresh(ticket).messages.count() == 1


def test_customer_service_non_final_close_closes_for_both(ticket: Ticket, agent: Actor) -> None:
    ticket_close(actor=agent, ticket=ticket)
    assert fresh(ticket).status == TicketStatus.BOTH_CLOSED


def test_internal_notes_change_nothing_and_are_hidden_from_the_buyer(
    ticket: Ticket, seller: Actor, buyer: Actor
) -> None:
    message_post(actor=seller, ticket=ticket, text="Intern: Lager fragen", internal=True)
    after = fresh(ticket)
    assert after.portal_tab == PortalTab.OPEN and after.deadline_at == DUE_FROM_T0
    assert after.last_message_excerpt.startswith("Das Gerät")
    with pytest.raises(ActionNotAllowed):
        message_post(actor=buyer, ticket=ticket, text="psst", internal=True)
    assert [m.text for m in selectors.conversation(buyer, after)] == ["Das Gerät lässt sich nicht einschalten."]
    assert len(selectors.conversation(seller, after)) == 2


def test_every_change_is_an_event_with_actor_and_before_after(ticket: Ticket, seller: Actor, buyer: Actor) -> None:
    message_post(actor=seller, ticket=ticket, text="Antwort")
    ticket_close(actor=buyer, ticket=ticket)
    kinds = list(ticket.events.order_by("id").values_list("kind", "actor_role"))
    assert kinds == [("opened", "buyer"), ("message", "seller"), ("closed", "buyer")]
    last = ticket.events.order_by("-id").first()
    assert last is not None
    assert last.before["status"] == "opened" and last.after["status"] == "buyer_closed"


def test_events_are_append_only(ticket: Ticket) -> None:
    from marketdesk.core.immutable import AppendOnlyError

    event = TicketEvent.objects.filter(ticket=ticket).get()
    event.kind = "closed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        TicketEvent.objects.filter(ticket=ticket).update(kind="closed")
    with pytest.raises(AppendOnlyError):
        TicketEvent.objects.filter(ticket=ticket).delete()


@pytest.mark.parametrize(
    ("status", "responsible", "held"),
    list(itertools.product(TicketStatus.values, [True, False], [True, False])),
)
def test_database_portal_tab_agrees_with_the_rule(ticket: Ticket, status: str, responsible: bool, held: bool) -> None:
    Ticket.objects.filter(pk=ticket.pk).update(status=status, is_seller_responsible=responsible, held_by_cs=held)
    assert fresh(ticket).portal_tab == portal_tab(status, responsible, held)
