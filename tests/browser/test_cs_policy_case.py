"""Customer service decides a return-option policy case in a real browser and the buyer learns of it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from marketdesk.accounts.actors import actor_for
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.orders.models import OrderUnitStatus, RefundCause
from marketdesk.policy.models import CaseState, PolicyCase
from marketdesk.tickets.services import message_post
from tests.browser.conftest import screenshot
from tests.browser.test_ticket_workflow import log_in
from tests.conftest import TicketFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PROMISE_DE = (
    "Hallo Frau Becker, wir senden Ihnen gern ein Rücksendeetikett zu, sobald Sie uns den Grund der Rücksendung "
    "mitgeteilt haben."
)


def test_an_agent_enforces_a_violation_and_the_buyer_sees_the_refund(
    new_page: Callable[[], Page],
    live_server: Any,
    return_ticket: TicketFactory,
    seller_user: User,
    agent_user: User,
    buyer_user: User,
) -> None:
    ticket = return_ticket(units=[(6999, 490, OrderUnitStatus.RECEIVED)])
    clock.set_now(clock.now() + dt.timedelta(hours=3))
    message_post(actor=actor_for(seller_user), ticket=ticket, text=PROMISE_DE)
    clock.set_now(clock.now() + dt.timedelta(hours=20))
    base = str(live_server)

    agent = log_in(new_page(), base, "agent")
    agent.click("nav a:has-text('Policy cases')")
    row = agent.locator(f"tr:has-text('{ticket.number}')")
    expect(row).to_contain_text("violation")
    expect(agent.locator("#cases-to-decide")).to_have_text("1")
    row.locator("a").first.click()
    expect(agent.locator("#policy-decision")).to_have_text("violation")
    expect(agent.locator("#policy-case")).to_contain_text("a promised label is not a label")
    agent.click("a:has-text('Enforce the return-option policy')")
    expect(agent.locator("#action-panel")).to_contain_text("at the seller's expense")
    agent.fill("#action-panel textarea[name=note]", "Nur ein versprochenes Etikett, kein Rücksendeweg.")
    agent.click("#action-panel button[type=submit]")
    expect(agent.locator(".flash")).to_contain_text("was enforced")
    expect(agent.locator("#policy-case-state")).to_have_text("enforced")
    expect(agent.locator("#policy-cost")).to_contain_text("74.89")
    window_end = (clock.now() + dt.timedelta(weeks=4)).date()
    expect(agent.locator("#policy-window time")).to_have_attribute("datetime", re.compile(str(window_end)))
    screenshot(agent, "cs-policy-case-enforced")

    case = PolicyCase.objects.get(ticket=ticket)
    assert case.state == CaseState.ENFORCED and case.decided_by_id == agent_user.pk
    assert ticket.units.get().refunds.get().cause == RefundCause.POLICY_ENFORCEMENT

    buyer = log_in(new_page(), base, buyer_user.username)
    buyer.goto(f"{base}/buyer/tickets/{ticket.number}/")
    expect(buyer.locator(".msg.system").last).to_contain_text("74.89")
    expect(buyer.locator("body")).not_to_contain_text("promised label")  # the buyer never sees the evidence
