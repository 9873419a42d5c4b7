"""Seller portal and the return-option policy: the live check of the reply box, the confirmation before a first
answer without a valid return option, and the policy panels of the seller's and the buyer's ticket pages."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.policy import services as policy_services
from marketdesk.policy.models import CaseState, PolicyCase, PolicyDecision
from marketdesk.policy.seller import RETURN_OPTIONS
from marketdesk.textmodules.services import textmodule_create
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import message_post
from marketdesk.web.forms_seller import parse_attachment_info
from marketdesk.web.views.seller_policy import RETURN_OPTION_LABELS
from tests.conftest import TicketFactory

pytestmark = pytest.mark.django_db

WITHDRAWAL = "Ich möchte vom Kauf zurücktreten und das Geld zurück, bitte schicken Sie mir ein Rücksendeetikett."
NO_OPTION = "Guten Tag, bitte schicken Sie uns den Artikel zurück, dann erstatten wir den Kaufpreis."
LABEL_URL = "Guten Tag, das Rücksendeetikett können Sie hier herunterladen: https://retoure.example.de/l/8a7f2c"
LABEL_ATTACHED = "Guten Tag, anbei finden Sie das vorfrankierte Rücksendeetikett als PDF."
PROMISED = "Guten Tag, wir schicken Ihnen ein Rücksendeetikett, sobald Sie uns den Grund bestätigen."
JAN_2026 = dt.datetime(2026, 1, 14, 9, 0, tzinfo=dt.UTC)
DEC_2025 = dt.datetime(2025, 12, 10, 9, 0, tzinfo=dt.UTC)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def seller_client(client: Client, seller_user: User) -> Client:
    client.force_login(seller_user)
    return client


@pytest.fixture
def applies(return_ticket: TicketFactory) -> Ticket:
    """February 2026, delivered three days ago, the buyer withdraws for a refund: the policy is enforced."""
    return return_ticket(text=WITHDRAWAL)


def url(name: str, ticket: Ticket) -> str:
    return reverse(f"seller:{name}", kwargs={"number": ticket.number})


def check(client: Client, ticket: Ticket, text: str = "", **fields: Any) -> str:
    response = client.post(url("policy_check", ticket), {"text": text, **fields})
    assert response.status_code == 200
    return response.text


def label_module(seller: Actor, storefront: str = "de", title: str = "Rücksendeetikett") -> Any:
    return textmodule_create(
        actor=seller,
        storefront=storefront,
        language="de",
        title=title,
        body="Guten Tag {{buyer_name}}, das Rücksendeetikett können Sie hier herunterladen: {{return_label_link}}",
    )


def photo_module(seller: Actor, title: str = "Fotos erbeten") -> Any:
    return textmodule_create(
        actor=seller, storefront="de", language="de", title=title, body="Bitte senden Sie uns Fotos des Artikels."
    )


# --- The live check ------------------------------------------------------------------------------------------------


def test_empty_draft_says_what_the_first_answer_must_contain(seller_client: Client, applies: Ticket) -> None:
    html = check(seller_client, applies)
    assert "The policy applies" in html and "within the cancellation period" in html
    assert "Enforced:" in html and "nothing written yet" in html
    assert "must contain at least one of these return options" in html
    assert "a link to download a prepaid return label" in html and "a refund without return" in html
    assert "more than 40 EUR: your return address alone is not enough" in html  # 59.99 € item


def test_draft_without_an_option_says_what_is_missing_and_offers_the_fixing_modules(
    seller_client: Client, applies: Ticket, seller: Actor, seller2: Actor
) -> None:
    fixing = label_module(seller)
    photo_module(seller)
    label_module(seller, storefront="pl", title="Etykieta")  # another sales channel
    label_module(seller2, title="Fremdes Etikett")  # another seller
    html = check(seller_client, applies, PROMISED)
    assert 'id="policy-check-state">no valid return option' in html
    assert "Missing" in html and "A valid return option" in html
    assert "Not valid here" in html and "a promised label is not a label" in html  # the refused option and why
    assert "Text modules that would fix it" in html
    modules = re.findall(r'data-module="(\d+)"', html)
    assert modules == [str(fixing.pk)]
    expected = "Guten Tag Anna Becker, das Rücksendeetikett können Sie hier herunterladen: https://alpha.example/label"
    assert f'data-insert-into="reply-text" data-text="{expected}"' in html and ">Insert</button>" in html
    assert "Etykieta" not in html and "Fremdes Etikett" not in html and "Fotos erbeten" not in html


def test_compliant_draft_lists_its_options_and_offers_no_modules(
    seller_client: Client, applies: Ticket, seller: Actor
) -> None:
    label_module(seller)
    html = check(
        seller_client, applies, LABEL_URL + " Alternativ bieten wir 10 % Rabatt, wenn Sie den Artikel behalten."
    )
    assert 'id="policy-check-state">compliant' in html
    assert "a link to download a prepaid return label" in html
    assert "Missing" not in html and "Text modules that would fix it" not in html


def test_discount_instead_of_a_return_option_is_named(seller_client: Client, applies: Ticket) -> None:
    html = check(seller_client, applies, "Wir bieten Ihnen 20 % Rabatt, wenn Sie den Artikel behalten.")
    assert "no valid return option" in html and "A discount to keep the item is offered" in html


def test_attachment_info_counts_a_chosen_label_file_without_uploading_it(
    seller_client: Client, applies: Ticket
) -> None:
    without = check(seller_client, applies, LABEL_ATTACHED)
    assert 'id="policy-check-state">compliant' not in without
    files = json.dumps([{"filename": "ruecksendeetikett.pdf", "mime_type": "application/pdf"}])
    html = check(seller_client, applies, LABEL_ATTACHED, attachment_info=files)
    assert 'id="policy-check-state">compliant' in html
    assert "a prepaid return label attached to the answer" in html
    # A field that is not the expected JSON reads as no files at all.
    for bad in ("{not json", '{"filename": "a.pdf"}', '[{"filename": "a.pdf"}]', '[{"filename": 1, "mime_type": ""}]'):
        assert 'id="policy-check-state">compliant' not in check(
            seller_client, applies, LABEL_ATTACHED, attachment_info=bad
        )


def test_every_return_option_has_a_label() -> None:
    assert list(RETURN_OPTION_LABELS) == list(RETURN_OPTIONS)


def test_parse_attachment_info_is_strict() -> None:
    good = [{"filename": "label.pdf", "mime_type": "application/pdf"}, {"filename": "foto.jpg", "mime_type": ""}]
    assert [(f.filename, f.mime_type) for f in parse_attachment_info(json.dumps(good))] == [
        ("label.pdf", "application/pdf"),
        ("foto.jpg", ""),
    ]
    assert parse_attachment_info("") == [] and parse_attachment_info("[]") == []
    for bad in (
        "nope",
        "null",
        '"label.pdf"',
        json.dumps([["label.pdf", "application/pdf"]]),
        json.dumps([{"filename": "label.pdf", "mime_type": "application/pdf", "size": 3}]),
        json.dumps([{"filename": " ", "mime_type": "application/pdf"}]),
        json.dumps([{"filename": "x" * 300, "mime_type": "application/pdf"}]),
        json.dumps([{"filename": f"{i}.pdf", "mime_type": "application/pdf"} for i in range(50)]),
    ):
        assert parse_attachment_info(bad) == [], bad


def test_the_policy_does_not_apply_to_a_repair_request(seller_client: Client, return_ticket: TicketFactory) -> None:
    ticket = return_ticket(text="Das Gerät ist defekt, bitte reparieren Sie es.", reason="product_defect")
    html = check(seller_client, ticket, "Bitte senden Sie uns Fotos.")
    assert "The policy does not apply to this ticket." in html and "does not ask to return the item" in html
    assert "policy-check-state" not in html


def test_the_policy_does_not_apply_after_the_cancellation_period(
    seller_client: Client, return_ticket: TicketFactory
) -> None:
    html = check(seller_client, return_ticket(text=WITHDRAWAL, delivered_days_ago=30), NO_OPTION)
    assert "The policy does not apply to this ticket." in html and "after the cancellation period" in html


def test_not_the_first_response(seller_client: Client, applies: Ticket, seller: Actor) -> None:
    clock.set_now(clock.now() + dt.timedelta(hours=1))
    message_post(actor=seller, ticket=applies, text=LABEL_URL)
    html = check(seller_client, applies, NO_OPTION)
    assert "this is not the first response" in html and "policy-check-state" not in html


def test_an_internal_note_is_never_checked(seller_client: Client, applies: Ticket) -> None:
    html = check(seller_client, applies, NO_OPTION, internal="on")
    assert "Internal notes are not sent to the buyer and are never checked." in html
    assert "policy-check-state" not in html


def test_warning_only_in_january_2026(seller_client: Client, return_ticket: TicketFactory) -> None:
    html = check(seller_client, return_ticket(JAN_2026, text=WITHDRAWAL), NO_OPTION)
    assert "Transitional period (January 2026)" in html and "only a warning" in html
    assert 'id="policy-check-state">no valid return option' in html


def test_nothing_is_checked_before_2026(seller_client: Client, return_ticket: TicketFactory) -> None:
    html = check(seller_client, return_ticket(DEC_2025, text=WITHDRAWAL), NO_OPTION)
    assert "nothing is checked before" in html and "policy-check-state" not in html


def test_the_processing_page_shows_the_check_and_wires_it_with_htmx(seller_client: Client, applies: Ticket) -> None:
    html = seller_client.get(url("ticket", applies)).text
    panel = re.search(r'<section class="policy-check" id="policy-check"(.*?)>', html, re.S)
    assert panel is not None
    attrs = panel.group(1)
    assert f'hx-post="{url("policy_check", applies)}"' in attrs
    assert "input changed delay:500ms from:#reply-text" in attrs and "change from:#id_attachments" in attrs
    assert 'hx-include="#reply-text, #reply-attachment-info, #id_internal"' in attrs
    assert 'data-describe-into="reply-attachment-info"' in html and 'id="reply-attachment-info"' in html
    assert "must contain at least one of these return options" in html  # rendered before the first keystroke


def test_policy_check_is_post_only_and_scoped_to_the_seller(
    client: Client, applies: Ticket, seller2_user: User, buyer_user: User
) -> None:
    client.force_login(seller2_user)
    assert client.post(url("policy_check", applies), {"text": NO_OPTION}).status_code == 404
    assert client.get(url("ticket", applies)).status_code == 404
    client.force_login(buyer_user)
    assert client.post(url("policy_check", applies), {"text": NO_OPTION}).status_code in (403, 404)


def test_policy_check_rejects_get(seller_client: Client, applies: Ticket) -> None:
    assert seller_client.get(url("policy_check", applies)).status_code == 405


def test_live_check_query_count_does_not_grow_with_the_number_of_text_modules(
    seller_client: Client, applies: Ticket, seller: Actor, django_assert_num_queries: Any
) -> None:
    label_module(seller)
    photo_module(seller)
    with CaptureQueriesContext(connection) as few:
        check(seller_client, applies, NO_OPTION)
    for i in range(15):
        label_module(seller, title=f"Etikett {i}")
        photo_module(seller, title=f"Fotos {i}")
    with django_assert_num_queries(len(few.captured_queries)):
        html = check(seller_client, applies, NO_OPTION)
    assert len(re.findall(r'data-module="', html)) == 16


# --- Confirmation before sending -----------------------------------------------------------------------------------


def test_a_first_answer_without_a_return_option_needs_confirmation(
    seller_client: Client, applies: Ticket, seller: Actor
) -> None:
    fixing = label_module(seller)
    response = seller_client.post(url("reply", applies), {"text": NO_OPTION, "seen_message_id": 0})
    assert response.status_code == 409
    html = response.text
    assert 'id="policy-confirm"' in html and "Your reply has not been sent." in html
    assert "no valid return option in the seller&#x27;s first response" in html  # the decision's why
    assert "Missing" in html and f'data-module="{fixing.pk}"' in html
    assert 'name="confirm_policy" value="1"' in html and "Send anyway" in html
    assert f"{NO_OPTION}</textarea>" in html  # the draft is kept
    assert applies.messages.count() == 1 and not PolicyDecision.objects.exists()

    sent = seller_client.post(url("reply", applies), {"text": NO_OPTION, "seen_message_id": 0, "confirm_policy": "1"})
    assert sent.status_code == 302 and applies.messages.count() == 2
    decision = PolicyDecision.objects.get(ticket=applies)
    assert (decision.phase, decision.decision) == ("enforced", "violation")
    assert PolicyCase.objects.get(ticket=applies).state == CaseState.REVIEW


def test_the_confirmation_says_the_files_were_not_kept(seller_client: Client, applies: Ticket) -> None:
    photo = SimpleUploadedFile("foto.pdf", PDF, content_type="application/pdf")
    response = seller_client.post(url("reply", applies), {"text": PROMISED, "attachments": [photo]})
    assert response.status_code == 409
    assert 'id="policy-confirm-files"' in response.text and "foto.pdf" in response.text
    assert "attach the label again" in response.text


def test_a_compliant_first_answer_is_sent_without_confirmation(seller_client: Client, applies: Ticket) -> None:
    response = seller_client.post(url("reply", applies), {"text": LABEL_URL, "seen_message_id": 0})
    assert response.status_code == 302
    assert PolicyDecision.objects.get(ticket=applies).decision == "compliant"


def test_a_label_file_uploaded_with_the_answer_counts(seller_client: Client, applies: Ticket) -> None:
    label = SimpleUploadedFile("ruecksendeetikett.pdf", PDF, content_type="application/octet-stream")
    response = seller_client.post(url("reply", applies), {"text": LABEL_ATTACHED, "attachments": [label]})
    assert response.status_code == 302  # the content says PDF, whatever the browser claimed
    assert PolicyDecision.objects.get(ticket=applies).return_options == ["label_attached"]


def test_an_internal_note_never_asks_for_confirmation(seller_client: Client, applies: Ticket) -> None:
    response = seller_client.post(url("reply", applies), {"text": NO_OPTION, "internal": "on"})
    assert response.status_code == 302
    assert applies.messages.count() == 2 and not PolicyDecision.objects.exists()


def test_no_confirmation_where_the_policy_does_not_apply_or_after_the_first_answer(
    seller_client: Client, return_ticket: TicketFactory, applies: Ticket, seller: Actor
) -> None:
    repair = return_ticket(text="Das Gerät ist defekt, bitte reparieren Sie es.", reason="product_defect")
    assert seller_client.post(url("reply", repair), {"text": NO_OPTION}).status_code == 302
    message_post(actor=seller, ticket=applies, text=LABEL_URL)
    assert seller_client.post(url("reply", applies), {"text": NO_OPTION}).status_code == 302


def test_the_warning_phase_asks_too_and_records_a_warning(seller_client: Client, return_ticket: TicketFactory) -> None:
    ticket = return_ticket(JAN_2026, text=WITHDRAWAL)
    response = seller_client.post(url("reply", ticket), {"text": NO_OPTION})
    assert response.status_code == 409 and "In the transitional period (January 2026) this is only a warning." in (
        response.text
    )
    seller_client.post(url("reply", ticket), {"text": NO_OPTION, "confirm_policy": "1"})
    decision = PolicyDecision.objects.get(ticket=ticket)
    assert decision.phase == "warning" and not PolicyCase.objects.filter(ticket=ticket).exists()
    html = seller_client.get(url("ticket", ticket)).text
    assert 'id="policy-panel"' in html and "warning only: in the transitional period" in html


# --- The policy panel on the ticket pages --------------------------------------------------------------------------


def test_the_panel_shows_decision_why_evidence_and_case(seller_client: Client, applies: Ticket, seller: Actor) -> None:
    message_post(actor=seller, ticket=applies, text=PROMISED)
    html = seller_client.get(url("ticket", applies)).text
    assert 'id="policy-panel-decision">no valid return option' in html
    assert 'id="policy-panel-phase">enforced' in html
    assert "no valid return option in the seller&#x27;s first response" in html
    assert "“wir schicken Ihnen ein Rücksendeetikett" in html and "a promised label is not a label" in html
    assert 'id="policy-panel-case">waiting for a customer-service decision' in html
    assert "policy-panel-cost" not in html and "You may agree a return" not in html


def test_after_enforcement_the_seller_and_buyer_see_the_refund_and_the_window(
    client: Client, applies: Ticket, seller: Actor, agent: Actor, seller_user: User, buyer_user: User
) -> None:
    message_post(actor=seller, ticket=applies, text=NO_OPTION)
    # Enforced at 23:30 UTC: the window's last day is a day later in Berlin, the storefront's time zone.
    clock.set_now(dt.datetime(2026, 2, 10, 23, 30, tzinfo=dt.UTC))
    policy_services.case_enforce(actor=agent, case=PolicyCase.objects.get(ticket=applies))
    client.force_login(seller_user)
    html = client.get(url("ticket", applies)).text
    assert 'id="policy-panel-case">enforced' in html
    assert 'id="policy-panel-cost">64.89 €' in html  # item and shipping, refunded in full
    assert "You may agree a return with the buyer until March 11, 2026." in html

    client.force_login(buyer_user)
    page = client.get(reverse("buyer:ticket", kwargs={"number": applies.number})).text
    line = re.search(r'<p class="info-box" id="policy-refund">(.*?)</p>', page, re.S)
    assert line is not None
    assert (
        "64.89 €" in line.group(1) and "refunded to you in full" in line.group(1) and "March 11, 2026" in line.group(1)
    )
    for secret in ("policy-panel", "violation", "no valid return option", "Evidence", "evidence"):
        assert secret not in page

    clock.set_now(dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.UTC))
    policy_services.close_windows(10)
    client.force_login(seller_user)
    assert (
        "The time to agree a return with the buyer ended on March 11, 2026." in client.get(url("ticket", applies)).text
    )


def test_the_buyer_sees_nothing_of_the_policy_before_enforcement(
    client: Client, applies: Ticket, seller: Actor, buyer_user: User
) -> None:
    message_post(actor=seller, ticket=applies, text=NO_OPTION)
    client.force_login(buyer_user)
    page = client.get(reverse("buyer:ticket", kwargs={"number": applies.number})).text
    assert "policy-refund" not in page and "violation" not in page


def test_another_seller_cannot_see_the_panel(
    client: Client, applies: Ticket, seller: Actor, seller2_user: User
) -> None:
    message_post(actor=seller, ticket=applies, text=NO_OPTION)
    client.force_login(seller2_user)
    assert client.get(url("ticket", applies)).status_code == 404
    assert client.post(url("reply", applies), {"text": LABEL_URL}).status_code == 404


# --- 1st-level topics: the portal suggests handing the enquiry to customer service --------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Guten Tag, PayPal hat mir den Betrag zweimal abgebucht. Bitte prüfen Sie das.", "payment_provider"),
        ("Dobrý den, nemohu se přihlásit do svého účtu, heslo nefunguje.", "account_login"),
        ("Hello, my gift card code was rejected at checkout.", "gift_card_loyalty_coupon"),
    ],
)
def test_a_first_level_enquiry_suggests_notifying_customer_service_with_the_reason(
    seller_client: Client, return_ticket: TicketFactory, text: str, reason: str
) -> None:
    ticket = return_ticket(text=text, reason="contact_other")
    html = seller_client.get(url("ticket", ticket)).text
    hint = re.search(r'<div class="info-box" role="note" id="first-level-hint">(.*?)</div>', html, re.S)
    assert hint is not None
    assert f"?action=notify&amp;reason={reason}#action" in hint.group(1)
    form = seller_client.get(url("ticket", ticket), {"action": "notify", "reason": reason}).text
    assert re.search(rf'<option value="{reason}" selected>', form)


def test_no_suggestion_for_an_order_matter_or_once_customer_service_holds_it(
    seller_client: Client, applies: Ticket, return_ticket: TicketFactory, seller: Actor
) -> None:
    assert 'id="first-level-hint"' not in seller_client.get(url("ticket", applies)).text
    paypal = return_ticket(text="PayPal hat doppelt abgebucht.", reason="contact_other")
    from marketdesk.tickets.actions import ticket_notify_customer_service

    ticket_notify_customer_service(actor=seller, ticket=paypal, reason="payment_provider", note="PayPal")
    assert 'id="first-level-hint"' not in seller_client.get(url("ticket", paypal)).text
    # An unknown reason in the address preselects nothing.
    form = seller_client.get(url("ticket", applies), {"action": "notify", "reason": "nonsense"}).text
    assert "selected>" not in form.split('name="reason"', 1)[1].split("</select>", 1)[0]
