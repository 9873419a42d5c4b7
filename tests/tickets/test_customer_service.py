"""Customer service: a seller notifies it, it takes over, replies, hands back; the clock follows."""

from __future__ import annotations

import datetime as dt

import pytest

from marketdesk.accounts.actors import Actor
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, ValidationFailed
from marketdesk.orders.models import Order
from marketdesk.tickets import selectors
from marketdesk.tickets.actions import ticket_hand_back, ticket_notify_customer_service, ticket_take_over
from marketdesk.tickets.enums import AuthorRole, EventKind, PortalTab
from marketdesk.tickets.errors import HeldByCustomerService, NotClosableBySeller
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import message_post, ticket_close, ticket_open
from tests.conftest import T0

UTC = dt.UTC


def fresh(ticket: Ticket) -> Ticket:
    return Ticket.objects.get(pk=ticket.pk)


def notify(ticket: Ticket, seller: Actor) -> Ticket:
    return ticket_notify_customer_service(
        actor=seller, ticket=ticket, reason="payment_provider", note="Zahlung lief über Klarna."
    )


def test_notify_moves_the_ticket_out_of_open_and_stops_the_clock(ticket: Ticket, seller: Actor, buyer: Actor) -> None:
    notify(ticket, seller)
    ticket = fresh(ticket)
    assert ticket.held_by_cs and ticket.cs_reason == "payment_provider"
    assert ticket.portal_tab == PortalTab.WAITING and not ticket.is_seller_responsible
    assert ticket.deadline_at is None and ticket.clock_paused_remaining is None
    event = ticket.events.order_by("-id").first()
    assert event is not None and event.kind == EventKind.CS_NOTIFIED
    assert event.data == {"reason": "payment_provider", "note": "Zahlung lief über Klarna."}
    # The buyer is told in the conversation; the seller's note stays internal.
    buyer_view = [(m.author_role, m.text) for m in selectors.conversation(buyer, ticket)]
    assert buyer_view[-1][0] == AuthorRole.SYSTEM
    assert all("Klarna" not in text for _role, text in buyer_view)
    assert any(m.is_internal and "Klarna" in m.text for m in selectors.conversation(seller, ticket))


@pytest.mark.parametrize(
    ("reason", "note", "field"),
    [("because", "Notiz", "reason"), ("payment_provider", "   ", "note"), ("payment_provider", "x" * 2001, "note")],
    ids=["unknown-reason", "blank-note", "note-too-long"],
)
def test_notify_needs_a_known_reason_and_a_note(
    ticket: Ticket, seller: Actor, reason: str, note: str, field: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        ticket_notify_customer_service(actor=seller, ticket=ticket, reason=reason, note=note)
    assert caught.value.field == field
    assert not fresh(ticket).held_by_cs


def test_notify_twice_on_closed_or_by_the_buyer_is_refused(ticket: Ticket, seller: Actor, buyer: Actor) -> None:
    with pytest.raises(ActionNotAllowed):
        ticket_notify_customer_service(actor=buyer, ticket=ticket, reason="payment_provider", note="x")
    notify(ticket, seller)
    with pytest.raises(HeldByCustomerService):
        notify(ticket, seller)


def test_notify_on_a_closed_ticket_is_refused(ticket: Ticket, seller: Actor) -> None:
    ticket_close(actor=seller, ticket=ticket)
    with pytest.raises(ActionNotAllowed):
        notify(ticket, seller)


def test_seller_cannot_close_while_customer_service_holds_it(ticket: Ticket, seller: Actor) -> None:
    notify(ticket, seller)
    with pytest.raises(NotClosableBySeller):
        ticket_close(actor=seller, ticket=ticket)


def test_agent_replies_only_while_holding_the_ticket(ticket: Ticket, agent: Actor, seller: Actor) -> None:
    with pytest.raises(ActionNotAllowed):
        message_post(actor=agent, ticket=ticket, text="Guten Tag")
    notify(ticket, seller)
    message = message_post(actor=agent, ticket=ticket, text="Wir kümmern uns darum.")
    assert message.author_role == AuthorRole.CUSTOMER_SERVICE
    assert fresh(ticket).portal_tab == PortalTab.WAITING


def test_buyer_message_while_customer_service_holds_it_does_not_start_the_seller_clock(
    ticket: Ticket, seller: Actor, buyer: Actor
) -> None:
    notify(ticket, seller)
    message_post(actor=buyer, ticket=ticket, text="Gibt es Neuigkeiten?")
    ticket = fresh(ticket)
    assert ticket.portal_tab == PortalTab.WAITING and ticket.deadline_at is None


def test_hand_back_after_notify_gives_the_seller_a_fresh_48_hours(ticket: Ticket, seller: Actor, agent: Actor) -> None:
    notify(ticket, seller)
    clock.set_now(dt.datetime(2026, 3, 9, 8, 0, tzinfo=UTC))  # Monday 09:00 Berlin
    ticket_hand_back(actor=agent, ticket=ticket, note="Bitte klären Sie die Rücksendung direkt.")
    ticket = fresh(ticket)
    assert not ticket.held_by_cs and ticket.cs_reason == ""
    assert ticket.portal_tab == PortalTab.OPEN
    assert ticket.deadline_at == dt.datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    assert ticket.events.order_by("-id").first().kind == EventKind.CS_HANDED_BACK  # type: ignore[union-attr]


def test_take_over_pauses_the_clock_and_hand_back_resumes_the_remaining_time(ticket: Ticket, agent: Actor) -> None:
    # Opened Wed 10:00 Berlin, due Fri 10:00. Taken over Thu 10:00: 24 working hours remain.
    clock.set_now(T0 + dt.timedelta(days=1))
    ticket_take_over(actor=agent, ticket=ticket, reason="Käufer hat die Hotline angerufen")
    paused = fresh(ticket)
    assert paused.held_by_cs and paused.portal_tab == PortalTab.WAITING
    assert paused.deadline_at is None and paused.clock_paused_remaining == dt.timedelta(hours=24)
    # Handed back Monday 10:00 Berlin: the seller has the 24 hours left, due Tuesday 10:00.
    clock.set_now(dt.datetime(2026, 3, 9, 9, 0, tzinfo=UTC))
    ticket_hand_back(actor=agent, ticket=ticket, note="Bitte übernehmen")
    resumed = fresh(ticket)
    assert resumed.portal_tab == PortalTab.OPEN and resumed.clock_paused_remaining is None
    assert resumed.deadline_at == dt.datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_only_customer_service_takes_over_and_hands_back(ticket: Ticket, seller: Actor, agent: Actor) -> None:
    with pytest.raises(ActionNotAllowed):
        ticket_take_over(actor=seller, ticket=ticket, reason="x")
    with pytest.raises(ActionNotAllowed):
        ticket_hand_back(actor=agent, ticket=ticket, note="not held")
    ticket_take_over(actor=agent, ticket=ticket, reason="Eskalation")
    with pytest.raises(HeldByCustomerService):
        ticket_take_over(actor=agent, ticket=ticket, reason="again")
    with pytest.raises(ActionNotAllowed):
        ticket_hand_back(actor=seller, ticket=ticket, note="x")


def test_cs_queue_lists_held_open_tickets(ticket: Ticket, seller: Actor, agent: Actor) -> None:
    assert list(selectors.cs_queue()) == []
    notify(ticket, seller)
    assert [t.pk for t in selectors.cs_queue()] == [ticket.pk]
    ticket_close(actor=agent, ticket=ticket, final=True)
    assert list(selectors.cs_queue()) == []


def test_cs_queue_is_ordered_by_how_long_customer_service_has_held_it(
    ticket: Ticket, order: Order, seller: Actor, buyer: Actor, agent: Actor
) -> None:
    notify(ticket, seller)
    clock.set_now(T0 + dt.timedelta(hours=1))
    later = ticket_open(actor=buyer, unit_ids=[ticket.units.get().pk], reason="contact_other", message="Zweite Frage")
    notify(later, seller)
    clock.set_now(T0 + dt.timedelta(hours=2))
    message_post(actor=agent, ticket=ticket, text="Wir kümmern uns.")  # activity does not reset the wait
    assert fresh(ticket).cs_since == T0
    assert [t.pk for t in selectors.cs_queue()] == [ticket.pk, later.pk]
    ticket_hand_back(actor=agent, ticket=ticket, note="Bitte übernehmen")
    assert fresh(ticket).cs_since is None
