"""The policy on real tickets: the first answer judged when it is sent, cases, enforcement and the return window."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, ValidationFailed
from marketdesk.notify.models import OutboxMessage, Subscription
from marketdesk.orders.models import OrderUnitStatus, PaidBy, Refund, RefundCause
from marketdesk.policy import services as policy
from marketdesk.policy.models import CaseState, PolicyCase, PolicyDecision
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.enums import AuthorRole, EventKind
from marketdesk.tickets.models import Ticket
from tests.conftest import TicketFactory
from tests.notify.test_events import assert_event_shape

pytestmark = pytest.mark.django_db

NO_OPTION_DE = "Guten Tag, bitte schicken Sie uns den Artikel zurück, dann erstatten wir den Kaufpreis."
LABEL_URL_DE = "Guten Tag, das Rücksendeetikett können Sie hier herunterladen: https://retoure.example.de/l/8a7f2c"
ADDRESS_PL = "Proszę odesłać towar na adres: Sklep AGD Nowak, ul. Magazynowa 4, 00-950 Warszawa."


def _answer(ticket: Ticket, seller: Actor, text: str, hours: int = 2) -> Ticket:
    clock.set_now(clock.now() + dt.timedelta(hours=hours))
    ticket_services.message_post(actor=seller, ticket=ticket, text=text)
    return Ticket.objects.get(pk=ticket.pk)


def test_a_first_answer_without_a_return_option_is_a_violation_and_opens_a_case(
    return_ticket: TicketFactory, seller: Actor
) -> None:
    ticket = _answer(return_ticket(), seller, NO_OPTION_DE)
    decision = PolicyDecision.objects.get(ticket=ticket)
    assert (decision.phase, decision.decision, decision.return_options) == ("enforced", "violation", [])
    assert decision.message.author_role == AuthorRole.SELLER
    assert "within the cancellation period" in decision.applies_why
    assert any(e["rule"] == "decision" for e in decision.evidence)
    case = PolicyCase.objects.get(ticket=ticket)
    assert (case.state, case.seller_id, case.decision_id) == (CaseState.REVIEW, ticket.seller_id, decision.pk)
    checked = ticket.events.get(kind=EventKind.POLICY_CHECKED)
    assert checked.data["decision"] == "violation" and checked.data["case"] == "review"


def test_a_compliant_first_answer_is_recorded_without_a_case(return_ticket: TicketFactory, seller: Actor) -> None:
    ticket = _answer(return_ticket(), seller, LABEL_URL_DE)
    decision = PolicyDecision.objects.get(ticket=ticket)
    assert (decision.decision, decision.return_options) == ("compliant", ["label_url"])
    assert not PolicyCase.objects.filter(ticket=ticket).exists()


def test_only_the_first_answer_counts_a_label_sent_later_does_not_cure_it(
    return_ticket: TicketFactory, seller: Actor
) -> None:
    ticket = _answer(return_ticket(), seller, NO_OPTION_DE)
    ticket = _answer(ticket, seller, LABEL_URL_DE)
    assert PolicyDecision.objects.filter(ticket=ticket).count() == 1
    assert PolicyDecision.objects.get(ticket=ticket).decision == "violation"
    assert PolicyCase.objects.get(ticket=ticket).state == CaseState.REVIEW


def test_an_internal_note_or_customer_service_reply_is_not_the_sellers_first_answer(
    return_ticket: TicketFactory, seller: Actor, agent: Actor
) -> None:
    ticket = return_ticket()
    ticket_services.message_post(actor=seller, ticket=ticket, text="Rücksendung prüfen", internal=True)
    assert not PolicyDecision.objects.exists()
    ticket = _answer(ticket, seller, LABEL_URL_DE)
    assert PolicyDecision.objects.get(ticket=ticket).decision == "compliant"


@pytest.mark.parametrize(
    ("when", "phase", "case"),
    [
        (dt.datetime(2025, 12, 31, 22, 59, tzinfo=dt.UTC), None, False),  # 23:59 in Berlin: before the policy
        (dt.datetime(2025, 12, 31, 23, 0, tzinfo=dt.UTC), "warning", False),  # 2026-01-01 00:00 in Berlin
        (dt.datetime(2026, 1, 31, 22, 59, tzinfo=dt.UTC), "warning", False),
        (dt.datetime(2026, 1, 31, 23, 0, tzinfo=dt.UTC), "enforced", True),  # 2026-02-01 00:00 in Berlin
    ],
)
def test_effective_dates_on_real_tickets(
    return_ticket: TicketFactory, seller: Actor, when: dt.datetime, phase: str | None, case: bool
) -> None:
    ticket = return_ticket(when - dt.timedelta(hours=1))
    ticket = _answer(ticket, seller, NO_OPTION_DE, hours=1)
    decision = PolicyDecision.objects.filter(ticket=ticket).first()
    assert (decision.phase if decision else None) == phase
    assert PolicyCase.objects.filter(ticket=ticket).exists() is case


def test_no_decision_where_the_policy_does_not_apply(return_ticket: TicketFactory, seller: Actor) -> None:
    repair = return_ticket(text="Das Gerät ist defekt, bitte reparieren Sie es.", reason="product_defect")
    late = return_ticket(delivered_days_ago=20)
    not_delivered = return_ticket(units=[(5999, 490, OrderUnitStatus.SENT)], delivered_days_ago=-2)
    for ticket in (repair, late, not_delivered):
        _answer(ticket, seller, NO_OPTION_DE)
    assert not PolicyDecision.objects.exists()


def test_the_seller_may_grant_a_longer_period(return_ticket: TicketFactory, seller: Actor, seller_user: User) -> None:
    account = seller_user.seller_account
    assert account is not None
    account.extra_cancellation_days = 30
    account.save()
    ticket = _answer(return_ticket(delivered_days_ago=20), seller, NO_OPTION_DE)
    decision = PolicyDecision.objects.get(ticket=ticket)
    assert "14 plus 30 granted by the seller" in decision.applies_why


@pytest.mark.parametrize(
    ("price", "option"),
    [(17391, ["return_address"]), (17394, [])],  # 17391 gr × 0.23 = 40.00 EUR; 17394 gr = 40.01 EUR
)
def test_the_40_eur_limit_of_a_return_address_on_a_polish_ticket(
    return_ticket: TicketFactory, seller: Actor, price: int, option: list[str]
) -> None:
    ticket = return_ticket(
        storefront="pl",
        text="Chcę odstąpić od umowy i zwrócić towar, proszę o zwrot pieniędzy.",
        units=[(price, 0, OrderUnitStatus.RECEIVED)],
    )
    ticket = _answer(ticket, seller, ADDRESS_PL)
    decision = PolicyDecision.objects.get(ticket=ticket)
    assert decision.return_options == option
    assert decision.decision == ("compliant" if option else "violation")


def test_enforcement_cancels_refunds_in_full_at_the_sellers_expense_and_opens_the_window(
    return_ticket: TicketFactory, seller: Actor, agent: Actor
) -> None:
    ticket = return_ticket(units=[(5999, 490, OrderUnitStatus.RECEIVED), (1500, 0, OrderUnitStatus.NEED_TO_BE_SENT)])
    ticket = _answer(ticket, seller, NO_OPTION_DE)
    case = PolicyCase.objects.get(ticket=ticket)
    enforced_at = clock.now() + dt.timedelta(hours=1)
    clock.set_now(enforced_at)

    policy.case_enforce(actor=agent, case=case, note="Kein Rücksendeweg angeboten.")

    case.refresh_from_db()
    assert case.state == CaseState.ENFORCED and case.decided_by_id == agent.user_id
    assert (case.cost_amount, case.cost_currency) == (5999 + 490 + 1500, "EUR")
    assert case.window_ends_at == enforced_at + dt.timedelta(weeks=4)
    for unit in ticket.units.all():
        assert unit.status == OrderUnitStatus.CANCELLED
    refunds = Refund.objects.filter(unit__tickets=ticket)
    assert {(r.cause, r.paid_by, r.in_name_of_seller, r.seller_id) for r in refunds} == {
        (RefundCause.POLICY_ENFORCEMENT, PaidBy.SELLER, True, ticket.seller_id)
    }
    assert sum(r.amount for r in refunds) == case.cost_amount
    # Both parties are told: a message the buyer sees, an internal note with the reason for the seller.
    public = ticket.messages.filter(author_role=AuthorRole.SYSTEM, is_internal=False).last()
    assert public is not None and "79,89" in public.text.replace(".", ",")
    note = ticket.messages.filter(is_internal=True).last()
    assert note is not None and "Kein Rücksendeweg angeboten." in note.text
    assert ticket.events.filter(kind=EventKind.POLICY_ENFORCED).count() == 1

    # The seller may still agree a return: the ticket stays writable and cannot be closed finally meanwhile.
    ticket_services.message_post(actor=seller, ticket=ticket, text="Wir senden Ihnen gern ein Etikett.")
    with pytest.raises(ActionNotAllowed):
        ticket_services.ticket_close(actor=agent, ticket=ticket, final=True)
    with pytest.raises(ActionNotAllowed):
        policy.case_enforce(actor=agent, case=case)  # never twice

    clock.set_now(case.window_ends_at - dt.timedelta(seconds=1))
    assert policy.close_windows(10) == 0
    clock.set_now(case.window_ends_at)
    assert policy.close_windows(10) == 1
    assert policy.close_windows(10) == 0
    case.refresh_from_db()
    assert case.window_closed_at == case.window_ends_at
    assert ticket.events.filter(kind=EventKind.POLICY_WINDOW_ENDED).count() == 1
    ticket_services.ticket_close(actor=agent, ticket=ticket, final=True)


def test_dismissing_needs_a_reason_and_ends_the_case(return_ticket: TicketFactory, seller: Actor, agent: Actor) -> None:
    ticket = _answer(return_ticket(), seller, NO_OPTION_DE)
    case = PolicyCase.objects.get(ticket=ticket)
    with pytest.raises(ValidationFailed):
        policy.case_dismiss(actor=agent, case=case, note="  ")
    with pytest.raises(ActionNotAllowed):
        policy.case_dismiss(actor=seller, case=case, note="mine")
    with pytest.raises(ActionNotAllowed):
        policy.case_enforce(actor=seller, case=case)
    policy.case_dismiss(actor=agent, case=case, note="Adresse stand im Anhang des Shops.")
    case.refresh_from_db()
    assert case.state == CaseState.DISMISSED and case.note == "Adresse stand im Anhang des Shops."
    with pytest.raises(ActionNotAllowed):
        policy.case_enforce(actor=agent, case=case)
    assert not Refund.objects.filter(cause=RefundCause.POLICY_ENFORCEMENT).exists()


@override_settings(POLICY_ENFORCEMENT="immediate")
def test_immediate_enforcement_by_the_worker_for_violations_review_for_the_rest(
    return_ticket: TicketFactory, seller: Actor
) -> None:
    violation = _answer(return_ticket(), seller, NO_OPTION_DE)
    # A URL with no word about a return: the rules cannot settle it, a person decides.
    undecided = _answer(return_ticket(), seller, "Guten Tag, siehe https://example.de/x7 – Gruß")
    assert PolicyCase.objects.get(ticket=violation).state == CaseState.DUE
    assert PolicyDecision.objects.get(ticket=undecided).decision == "needs_review"
    assert PolicyCase.objects.get(ticket=undecided).state == CaseState.REVIEW

    assert policy.enforce_due(10) == 1
    assert policy.enforce_due(10) == 0
    case = PolicyCase.objects.get(ticket=violation)
    assert case.state == CaseState.ENFORCED and case.decided_by_id is None
    assert PolicyCase.objects.get(ticket=undecided).state == CaseState.REVIEW


def test_the_decision_and_the_enforcement_reach_webhook_subscribers(
    return_ticket: TicketFactory, seller: Actor, agent: Actor, seller_user: User
) -> None:
    Subscription.objects.create(
        seller=seller_user.seller_account,
        event_name="ticket_policy_decision",
        callback_url="https://hooks.example.com/policy",
        created_at=clock.now(),
    )
    ticket = _answer(return_ticket(), seller, NO_OPTION_DE)
    policy.case_enforce(actor=agent, case=PolicyCase.objects.get(ticket=ticket))
    sent = [m.payload for m in OutboxMessage.objects.filter(event_name="ticket_policy_decision").order_by("id")]
    for payload in sent:
        assert_event_shape(payload, "MarketdeskTicketEvent")
    assert [p["data"]["policy"]["case"]["state"] for p in sent] == ["review", "enforced"]
    first = sent[0]["data"]
    assert first["ticket"]["id_ticket"] == ticket.number
    assert first["policy"]["decision"] == "violation" and first["policy"]["phase"] == "enforced"
    assert sent[1]["data"]["policy"]["case"]["refunded"] == {"amount": 5999 + 490, "currency": "EUR"}
