"""The live return-option check in a real browser: what is missing, a text module that fixes it, one click."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from marketdesk.accounts.actors import actor_for
from marketdesk.accounts.models import User
from marketdesk.policy.models import PolicyDecision
from marketdesk.textmodules.services import textmodule_create
from tests.browser.conftest import screenshot
from tests.browser.test_ticket_workflow import log_in
from tests.conftest import TicketFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WITHDRAWAL = "Ich möchte vom Kauf zurücktreten und das Geld zurück, bitte schicken Sie mir ein Rücksendeetikett."
NO_OPTION = "Guten Tag, bitte schicken Sie uns den Artikel zurück, dann erstatten wir den Kaufpreis."
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_the_panel_says_what_is_missing_and_an_inserted_module_fixes_it(
    page: Page, live_server: Any, return_ticket: TicketFactory, seller_user: User
) -> None:
    ticket = return_ticket(text=WITHDRAWAL)  # February 2026, delivered three days before: enforced
    seller = actor_for(seller_user)
    textmodule_create(
        actor=seller,
        storefront="de",
        language="de",
        title="Rücksendeetikett",
        body="Hier ist Ihr Rücksendeetikett zum Herunterladen: {{return_label_link}}",
    )
    textmodule_create(actor=seller, storefront="de", language="de", title="Fotos erbeten", body="Bitte Fotos senden.")
    base = str(live_server)
    log_in(page, base, "alpha")
    page.goto(f"{base}/seller/tickets/{ticket.number}/")
    panel = page.locator("#policy-check")
    expect(panel).to_contain_text("must contain at least one of these return options")

    page.fill("#reply-text", NO_OPTION)
    expect(page.locator("#policy-check-state")).to_have_text("no valid return option")
    expect(panel).to_contain_text("Missing")
    offered = panel.locator(".fixing-modules li")
    expect(offered).to_have_count(1)
    expect(offered).to_contain_text("Rücksendeetikett")
    screenshot(page, "seller-policy-live-check")

    offered.locator("button:has-text('Insert')").click()
    expect(page.locator("#reply-text")).to_have_value(
        NO_OPTION + "\n\nHier ist Ihr Rücksendeetikett zum Herunterladen: https://alpha.example/label"
    )
    expect(page.locator("#policy-check-state")).to_have_text("compliant")
    expect(panel).not_to_contain_text("Missing")
    screenshot(page, "seller-policy-live-check-compliant")

    page.click("#reply button.primary[type=submit]")
    expect(page.locator(".flash")).to_contain_text("Your reply was sent.")
    assert PolicyDecision.objects.get(ticket=ticket).decision == "compliant"


def test_a_chosen_label_file_counts_before_upload_and_a_wanting_answer_asks_first(
    page: Page, live_server: Any, return_ticket: TicketFactory, tmp_path: Any
) -> None:
    ticket = return_ticket(text=WITHDRAWAL)
    base = str(live_server)
    log_in(page, base, "alpha")
    page.goto(f"{base}/seller/tickets/{ticket.number}/")
    page.fill("#reply-text", "Guten Tag, anbei finden Sie das vorfrankierte Rücksendeetikett als PDF.")
    expect(page.locator("#policy-check-state")).to_have_text("no valid return option")
    label = tmp_path / "ruecksendeetikett.pdf"
    label.write_bytes(PDF)
    page.set_input_files("#id_attachments", str(label))
    expect(page.locator("#policy-check-state")).to_have_text("compliant")

    page.set_input_files("#id_attachments", [])
    page.fill("#reply-text", NO_OPTION)
    expect(page.locator("#policy-check-state")).to_have_text("no valid return option")
    page.click("#reply button.primary[type=submit]")
    expect(page.locator("#policy-confirm")).to_contain_text("Your reply has not been sent.")
    expect(page.locator("#reply-text")).to_have_value(NO_OPTION)
    screenshot(page, "seller-policy-confirm")
    page.click("#policy-send-anyway")
    expect(page.locator(".flash")).to_contain_text("Your reply was sent.")
    expect(page.locator("#policy-panel-decision")).to_have_text("no valid return option")
    expect(page.locator("#policy-panel-case")).to_have_text("waiting for a customer-service decision")
    screenshot(page, "seller-policy-panel")
