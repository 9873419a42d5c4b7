"""Policy cases in the customer-service console: the list, the evidence on the ticket, enforcing and dismissing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.orders.models import OrderUnitStatus, RefundCause
from marketdesk.policy.models import CaseState, PolicyCase
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.models import Ticket
from tests.conftest import TicketFactory

pytestmark = pytest.mark.django_db

NO_OPTION_DE = "Guten Tag, bitte schicken Sie uns den Artikel zurück, dann erstatten wir den Kaufpreis."


def _violation(return_ticket: TicketFactory, seller: Actor, **kwargs: object) -> Ticket:
    ticket = return_ticket(**kwargs)
    clock.set_now(clock.now() + dt.timedelta(hours=1))
    ticket_services.message_post(actor=seller, ticket=ticket, text=NO_OPTION_DE)
    return Ticket.objects.get(pk=ticket.pk)


@pytest.fixture
def agent_client(client: Client, agent_user: User) -> Client:
    client.force_login(agent_user)
    return client


def test_the_case_list_shows_cases_to_decide_of_every_seller(
    agent_client: Client, return_ticket: TicketFactory, seller: Actor, seller2: Actor, make_order: object
) -> None:
    first = _violation(return_ticket, seller)
    html = agent_client.get(reverse("cs:policy_cases")).text
    assert first.number in html and "Alpha" in html.replace("alpha", "Alpha")
    assert 'id="cases-to-decide">1<' in html
    PolicyCase.objects.filter(ticket=first).update(state=CaseState.DISMISSED)
    html = agent_client.get(reverse("cs:policy_cases")).text
    assert first.number not in html
    assert first.number in agent_client.get(reverse("cs:policy_cases"), {"state": "all"}).text
    assert first.number in agent_client.get(reverse("cs:policy_cases"), {"state": "dismissed"}).text


def test_the_case_list_runs_the_same_queries_for_one_and_many_cases(
    agent_client: Client, return_ticket: TicketFactory, seller: Actor
) -> None:
    _violation(return_ticket, seller)
    with CaptureQueriesContext(connection) as one:
        agent_client.get(reverse("cs:policy_cases"))
    for _ in range(4):
        _violation(return_ticket, seller)
    with CaptureQueriesContext(connection) as five:
        html = agent_client.get(reverse("cs:policy_cases")).text
    assert html.count('data-href="/cs/tickets/') == 5
    assert len(five) == len(one)


def test_sellers_and_buyers_cannot_reach_the_case_list(client: Client, seller_user: User, buyer_user: User) -> None:
    for user in (seller_user, buyer_user):
        client.force_login(user)
        response = client.get(reverse("cs:policy_cases"))
        assert response.status_code in (302, 403, 404)
        assert "Return-option policy cases" not in response.text


def test_an_agent_opens_a_case_without_a_recorded_reason_and_sees_the_evidence(
    agent_client: Client, return_ticket: TicketFactory, seller: Actor
) -> None:
    ticket = _violation(return_ticket, seller)
    response = agent_client.get(reverse("cs:ticket", args=[ticket.number]))
    assert response.status_code == 200
    html = response.text
    assert 'id="policy-decision"' in html and "violation" in html
    assert "within the cancellation period" in html
    assert reverse("cs:enforce", args=[ticket.number]) in html
    assert reverse("cs:dismiss", args=[ticket.number]) in html


def test_enforcing_from_the_console(
    agent_client: Client, return_ticket: TicketFactory, seller: Actor, client: Client
) -> None:
    ticket = _violation(return_ticket, seller, units=[(5999, 490, OrderUnitStatus.RECEIVED)])
    enforce = reverse("cs:enforce", args=[ticket.number])
    confirm = agent_client.get(enforce)
    assert "at the seller&#x27;s expense" in confirm.text or "at the seller's expense" in confirm.text
    response = agent_client.post(enforce, {"note": "Kein Rücksendeweg."})
    assert response.status_code == 302
    case = PolicyCase.objects.get(ticket=ticket)
    assert case.state == CaseState.ENFORCED
    assert ticket.units.get().refunds.get().cause == RefundCause.POLICY_ENFORCEMENT
    html = agent_client.get(reverse("cs:ticket", args=[ticket.number])).text
    assert 'id="policy-window"' in html and 'id="policy-cost"' in html
    assert enforce not in html  # decided: no second enforcement offered
    again = agent_client.post(enforce, {"note": ""})
    assert again.status_code == 422 and "already decided" in again.text


def test_dismissing_from_the_console_needs_a_note(
    agent_client: Client, return_ticket: TicketFactory, seller: Actor
) -> None:
    ticket = _violation(return_ticket, seller)
    dismiss = reverse("cs:dismiss", args=[ticket.number])
    refused = agent_client.post(dismiss, {"note": ""})
    assert refused.status_code == 422
    assert PolicyCase.objects.get(ticket=ticket).state == CaseState.REVIEW
    assert agent_client.post(dismiss, {"note": "Etikett lag dem Paket bei."}).status_code == 302
    assert PolicyCase.objects.get(ticket=ticket).state == CaseState.DISMISSED


def test_a_ticket_without_a_case_offers_no_policy_actions(
    agent_client: Client, return_ticket: TicketFactory, seller: Actor, agent: Actor
) -> None:
    ticket = return_ticket()
    from marketdesk.tickets.actions import ticket_take_over

    ticket_take_over(actor=agent, ticket=ticket, reason="Käufer hat angerufen.")
    html = agent_client.get(reverse("cs:ticket", args=[ticket.number])).text
    assert reverse("cs:enforce", args=[ticket.number]) not in html
    assert agent_client.post(reverse("cs:enforce", args=[ticket.number]), {"note": ""}).status_code == 404
