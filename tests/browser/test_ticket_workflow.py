"""The whole ticket workflow in a real browser: seller, buyer and customer service on one ticket."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from marketdesk.accounts.actors import actor_for
from marketdesk.accounts.models import User
from marketdesk.orders.models import OrderUnitStatus, Refund
from marketdesk.textmodules.services import textmodule_create
from marketdesk.tickets.enums import PortalTab, TicketStatus
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import ticket_open
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def log_in(page: Page, base: str, username: str) -> Page:
    page.goto(f"{base}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw")
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_be_visible()
    return page


def test_seller_answers_refunds_and_notifies_buyer_replies_agent_closes_finally(
    new_page: Callable[[], Page],
    live_server: Any,
    make_order: Any,
    seller_user: User,
    buyer_user: User,
    agent_user: User,
) -> None:
    base = str(live_server)
    order = make_order(seller_user, buyer_user, units=[(4999, 590, OrderUnitStatus.RECEIVED)])
    ticket = ticket_open(
        actor=actor_for(buyer_user),
        unit_ids=[order.units.get().pk],
        reason="product_defect",
        topic="order_product_defect",
        message="Der Mixer macht seit gestern ein lautes Geräusch.",
    )
    textmodule_create(
        actor=actor_for(seller_user),
        storefront="de",
        language="de",
        title="Fotos erbeten",
        body="Hallo {{buyer_name}}, bitte senden Sie uns Fotos des Geräts zu Bestellung {{order_number}}.",
    )

    # The seller finds the ticket by its order number: the exact hit opens it.
    seller = log_in(new_page(), base, "alpha")
    expect(seller.locator(f'tr[data-number="{ticket.number}"]')).to_be_visible()
    screenshot(seller, "seller-ticket-list")
    seller.fill("input[name=q]", order.id_order)
    seller.click("form[role=search] button")
    expect(seller).to_have_url(re.compile(rf"/seller/tickets/{ticket.number}/$"))

    # … answers with a text module, placeholders filled …
    seller.click("button[data-insert-into=reply-text]:has-text('Fotos erbeten')")
    expected = f"Hallo Anna Becker, bitte senden Sie uns Fotos des Geräts zu Bestellung {order.id_order}."
    expect(seller.locator("#reply-text")).to_have_value(expected)
    seller.click("#reply button[type=submit]")
    expect(seller.locator(".flash")).to_contain_text("Your reply was sent.")
    expect(seller.locator(".msg.seller").last).to_contain_text(expected)

    # … makes a partial refund, confirming it …
    seller.click("summary:has-text('Select action')")
    seller.click("a[role=menuitem]:has-text('Partial refund')")
    seller.fill("#action input[name=amount]", "10,00")
    seller.select_option("#action select[name=reason]", "defect")
    seller.click("#action button:has-text('Continue')")
    expect(seller.locator("#confirm-box")).to_contain_text("Refund 10.00 €")
    seller.click("#confirm-action")
    expect(seller.locator(".flash")).to_contain_text("A refund of 10.00 € was issued")
    expect(seller.locator("#order [data-remaining]")).to_have_text("45.89 €")
    screenshot(seller, "seller-processing-page")
    assert Refund.objects.get().amount == 1000

    # The buyer sees the answer and replies: the ticket is back in the seller's Open tab.
    buyer = log_in(new_page(), base, "anna")
    buyer.goto(f"{base}/buyer/tickets/{ticket.number}/")
    expect(buyer.locator("#conversation")).to_contain_text(expected)
    buyer.fill("#reply-form textarea", "Fotos folgen, das Geräusch kommt vom Motor.")
    buyer.click("#reply-form button[type=submit]")
    expect(buyer.locator("#conversation")).to_contain_text("das Geräusch kommt vom Motor")
    screenshot(buyer, "buyer-ticket")
    seller.goto(f"{base}/seller/tickets/?tab=open")
    expect(seller.locator(f'tr[data-number="{ticket.number}"]')).to_be_visible()
    ticket.refresh_from_db()
    assert ticket.portal_tab == PortalTab.OPEN

    # The seller notifies customer service, with a confirmation step.
    seller.goto(f"{base}/seller/tickets/{ticket.number}/")
    seller.click("summary:has-text('Select action')")
    seller.click("a[role=menuitem]:has-text('Notify customer service')")
    seller.select_option("#action select[name=reason]", "cannot_help_further")
    seller.fill("#action textarea[name=note]", "Motorschaden, bitte Garantiefall prüfen.")
    seller.click("#action button:has-text('Continue')")
    seller.click("#confirm-action")
    expect(seller.locator(".flash")).to_contain_text("Customer service has been notified")

    # An agent takes the ticket from the queue, answers and closes it finally.
    agent = log_in(new_page(), base, "agent")
    row = agent.locator(f'tr[data-href$="/cs/tickets/{ticket.number}/"]')
    expect(row).to_contain_text("Alpha Elektro GmbH")
    row.click()
    expect(agent.locator("h1")).to_contain_text(ticket.number)
    agent.click("a.button:has-text('Reply as customer service')")
    agent.fill("#action-panel textarea[name=text]", "Wir übernehmen und klären den Garantiefall.")
    agent.click("#action-panel button[type=submit]")
    expect(agent.locator("#conversation")).to_contain_text("Wir übernehmen")
    agent.click("a.button:has-text('Close finally')")
    agent.click("#action-panel button[type=submit]")
    expect(agent.locator(".flash")).to_contain_text("closed finally")
    screenshot(agent, "cs-closed-finally")

    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL
    assert [m.author_role for m in ticket.messages.filter(is_internal=False).order_by("id")] == [
        "buyer",
        "seller",
        "system",
        "buyer",
        "system",
        "customer_service",
    ]
    buyer.reload()
    expect(buyer.locator("#reply-form")).to_have_count(0)
    assert Ticket.objects.count() == 1
