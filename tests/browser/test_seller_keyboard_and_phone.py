"""Keyboard moves in the ticket list, a reply draft that survives a refused action, and a phone-sized screen."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from marketdesk.accounts.actors import actor_for
from marketdesk.accounts.models import User
from marketdesk.orders.models import OrderUnitStatus
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import ticket_open
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def open_three(make_order: Any, seller_user: User, buyer_user: User) -> list[Ticket]:
    tickets = []
    for text in ("Erste Frage", "Zweite Frage", "Dritte Frage"):
        order = make_order(seller_user, buyer_user, units=[(1999, 0, OrderUnitStatus.SENT)])
        tickets.append(
            ticket_open(
                actor=actor_for(buyer_user), unit_ids=[order.units.get().pk], reason="contact_other", message=text
            )
        )
    return tickets


def log_in(page: Page, base: str) -> None:
    page.goto(f"{base}/login/")
    page.fill("input[name=username]", "alpha")
    page.fill("input[name=password]", "pw")
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_contain_text("Ticket Management")


def test_j_k_and_enter_move_through_the_list_and_open_a_ticket(
    new_page: Callable[[], Page], live_server: Any, make_order: Any, seller_user: User, buyer_user: User
) -> None:
    tickets = open_three(make_order, seller_user, buyer_user)
    page = new_page()
    log_in(page, str(live_server))
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(3)
    page.keyboard.press("j")
    expect(rows.nth(0)).to_have_class(re.compile("selected"))
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    expect(rows.nth(1)).to_have_class(re.compile("selected"))
    number = rows.nth(1).get_attribute("data-number")
    assert number in {t.number for t in tickets}
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/seller/tickets/{number}/$"))


def test_the_typed_reply_survives_a_refused_action(
    new_page: Callable[[], Page], live_server: Any, make_order: Any, seller_user: User, buyer_user: User
) -> None:
    ticket = open_three(make_order, seller_user, buyer_user)[0]
    page = new_page()
    base = str(live_server)
    log_in(page, base)
    page.goto(f"{base}/seller/tickets/{ticket.number}/")
    page.fill("#reply-text", "Meine halb fertige Antwort")
    page.click("summary:has-text('Select action')")
    page.click("a[role=menuitem]:has-text('Partial refund')")
    page.fill("#action input[name=amount]", "500")  # more than the 19.99 € paid
    page.select_option("#action select[name=reason]", "defect")
    page.click("#action button:has-text('Continue')")
    page.click("#confirm-action")
    expect(page.locator("#action .error-box")).to_contain_text("that remain refundable")
    expect(page.locator("#reply-text")).to_have_value("Meine halb fertige Antwort")


def test_the_portal_fits_a_phone(
    browser: Any, live_server: Any, make_order: Any, seller_user: User, buyer_user: User
) -> None:
    ticket = open_three(make_order, seller_user, buyer_user)[0]
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        base = str(live_server)
        log_in(page, base)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(page, "phone-ticket-list")
        page.goto(f"{base}/seller/tickets/{ticket.number}/")
        expect(page.locator("#reply-text")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(page, "phone-processing-page")
    finally:
        context.close()
