"""A person logs in through the real browser and reaches the start page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from marketdesk.accounts.models import User
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_seller_logs_in(page: Page, live_server: object, seller_user: User) -> None:
    page.goto(f"{live_server}/")
    expect(page).to_have_url(f"{live_server}/login/?next=/")
    page.fill("input[name=username]", "alpha")
    page.fill("input[name=password]", "pw")
    screenshot(page, "login")
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_contain_text("Ticket Management")
    expect(page.locator(".who")).to_contain_text("Seller")


def test_wrong_password_is_refused(page: Page, live_server: object, seller_user: User) -> None:
    page.goto(f"{live_server}/login/")
    page.fill("input[name=username]", "alpha")
    page.fill("input[name=password]", "wrong")
    page.click("button[type=submit]")
    expect(page.locator("main")).to_contain_text("Please enter a correct username and password")
