"""Buyer portal: own orders, opening a ticket with attachments, replying, closing; nobody else gets in."""

from __future__ import annotations

import datetime as dt
import html
import re
import struct
import zlib
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
from marketdesk.orders.models import Order, OrderUnitStatus
from marketdesk.tickets import actions, selectors
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.enums import NotifyReason, PortalTab, TicketStatus
from marketdesk.tickets.models import Ticket, TicketMessage
from tests.conftest import OrderFactory

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48
SCRIPT = "<script>alert(1)</script>"


def real_png() -> bytes:
    """A valid 1×1 red PNG, built chunk by chunk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def logged_in(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


def new_ticket_url(order: Order) -> str:
    return reverse("buyer:new_ticket", args=[order.id_order])


def ticket_url(ticket: Ticket, name: str = "ticket") -> str:
    return reverse(f"buyer:{name}", args=[ticket.number])


def textarea_value(page: str, name: str) -> str:
    found = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, f"no textarea {name!r} on the page"
    return html.unescape(found.group(1)).strip()


@pytest.fixture
def buyer_client(client: Client, buyer_user: User) -> Client:
    return logged_in(client, buyer_user)


# --- My orders ---------------------------------------------------------------------------------


def test_orders_list_shows_only_own_orders(
    buyer_client: Client, order: Order, make_order: OrderFactory, seller_user: User, buyer2_user: User
) -> None:
    foreign = make_order(seller_user, buyer2_user, units=[(999, 0, OrderUnitStatus.SENT)])
    response = buyer_client.get(reverse("buyer:orders"))
    assert response.status_code == 200
    page = response.text
    assert order.id_order in page and foreign.id_order not in page
    assert "Item 1" in page and "Item 2" in page
    assert "29.99 €" in page and "15.00 €" in page
    assert "need to be sent" in page and "Deutschland" in page
    assert f'href="{new_ticket_url(order)}"' in page
    assert "Report a problem" in page


def test_orders_are_newest_first_and_paginated(
    buyer_client: Client, make_order: OrderFactory, seller_user: User, buyer_user: User, now: dt.datetime
) -> None:
    made = []
    for day in range(25):
        clock.set_now(now + dt.timedelta(days=day))
        made.append(make_order(seller_user, buyer_user))
    first = buyer_client.get(reverse("buyer:orders")).text
    second = buyer_client.get(reverse("buyer:orders") + "?page=2").text
    newest, oldest = made[-1].id_order, made[0].id_order
    assert newest in first and oldest not in first
    assert oldest in second and newest not in second
    assert first.count('data-order="') == 20 and second.count('data-order="') == 5
    assert first.index(made[-1].id_order) < first.index(made[-2].id_order)
    assert 'rel="next"' in first and 'rel="prev"' in second
    assert buyer_client.get(reverse("buyer:orders") + "?page=nonsense").status_code == 200


def test_orders_page_lists_the_tickets_of_an_order(buyer_client: Client, ticket: Ticket) -> None:
    page = buyer_client.get(reverse("buyer:orders")).text
    assert f'href="{ticket_url(ticket)}"' in page


# --- Opening a ticket ----------------------------------------------------------------------------


def test_new_ticket_form_preselects_the_unit_from_the_link(buyer_client: Client, order: Order) -> None:
    _first, second = order.units.order_by("id")
    response = buyer_client.get(new_ticket_url(order) + f"?unit={second.pk}")
    assert response.status_code == 200
    checked = re.findall(r'<input type="checkbox"[^>]*value="(\d+)"[^>]*checked', response.text)
    assert checked == [str(second.pk)]
    assert "Product defective" in response.text  # reasons with their human labels
    assert "Return label request" in response.text  # topics too


def test_buyer_opens_a_ticket_on_own_units(buyer_client: Client, order: Order, seller: Actor) -> None:
    units = list(order.units.order_by("id"))
    response = buyer_client.post(
        new_ticket_url(order),
        {
            "units": [u.pk for u in units],
            "reason": "product_return",
            "topic": "return_request_label",
            "message": "Ich möchte beide Artikel zurückgeben.",
        },
    )
    ticket = Ticket.objects.get()
    assert response.status_code == 302 and response["Location"] == ticket_url(ticket)
    assert sorted(ticket.units.values_list("pk", flat=True)) == sorted(u.pk for u in units)
    assert (ticket.open_reason, ticket.topic, ticket.order_id) == ("product_return", "return_request_label", order.pk)
    assert selectors.tab_counts(seller)["open"] == 1

    page = buyer_client.get(response["Location"]).text
    assert f"Your ticket {ticket.number} was opened" in page
    assert "Ich möchte beide Artikel zurückgeben." in page
    assert "Waiting for the seller" in page


def test_topic_is_optional(buyer_client: Client, order: Order) -> None:
    unit = order.units.first()
    assert unit is not None
    data = {"units": [unit.pk], "reason": "contact_other", "topic": "", "message": "Frage"}
    assert buyer_client.post(new_ticket_url(order), data).status_code == 302
    assert Ticket.objects.get().topic is None


def test_another_buyers_order_is_not_found(
    client: Client, buyer2_user: User, order: Order, buyer: Actor, now: dt.datetime
) -> None:
    logged_in(client, buyer2_user)
    unit = order.units.first()
    assert unit is not None
    assert client.get(new_ticket_url(order)).status_code == 404
    data = {"units": [unit.pk], "reason": "product_defect", "message": "hijack"}
    assert client.post(new_ticket_url(order), data).status_code == 404
    assert not Ticket.objects.exists()


def test_units_of_a_different_order_are_refused(
    buyer_client: Client, order: Order, make_order: OrderFactory, seller_user: User, buyer_user: User
) -> None:
    other = make_order(seller_user, buyer_user)
    own_unit = order.units.first()
    other_unit = other.units.get()
    assert own_unit is not None
    response = buyer_client.post(
        new_ticket_url(order),
        {"units": [own_unit.pk, other_unit.pk], "reason": "product_defect", "message": "Mein getippter Text"},
    )
    assert response.status_code == 422
    assert "Choose only items of this order." in response.text
    assert textarea_value(response.text, "message") == "Mein getippter Text"
    assert not Ticket.objects.exists()


def test_missing_units_and_reason_are_named_and_the_text_is_kept(buyer_client: Client, order: Order) -> None:
    response = buyer_client.post(new_ticket_url(order), {"reason": "", "message": "Bitte helfen"})
    assert response.status_code == 422
    assert "Choose at least one item of this order." in response.text
    assert "Choose a reason." in response.text
    assert textarea_value(response.text, "message") == "Bitte helfen"
    assert not Ticket.objects.exists()


def test_a_photo_is_attached_to_the_first_message(buyer_client: Client, order: Order) -> None:
    unit = order.units.first()
    assert unit is not None
    png = real_png()
    response = buyer_client.post(
        new_ticket_url(order),
        {
            "units": [unit.pk],
            "reason": "product_defect",
            "message": "Foto vom Schaden",
            "attachments": [SimpleUploadedFile("schaden.png", png, content_type="image/png")],
        },
    )
    assert response.status_code == 302
    message = TicketMessage.objects.get()
    attachment = message.attachments.get()
    assert (attachment.filename, attachment.mime_type, attachment.size) == ("schaden.png", "image/png", len(png))
    page = buyer_client.get(response["Location"]).text
    assert reverse("attachment", args=[attachment.pk]) in page
    download = buyer_client.get(reverse("attachment", args=[attachment.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == png  # type: ignore[attr-defined]


def test_a_program_named_pdf_is_refused_and_the_text_kept(buyer_client: Client, order: Order) -> None:
    unit = order.units.first()
    assert unit is not None
    response = buyer_client.post(
        new_ticket_url(order),
        {
            "units": [unit.pk],
            "reason": "product_defect",
            "topic": "order_product_defect",
            "message": "Hier die Rechnung",
            "attachments": [SimpleUploadedFile("rechnung.pdf", EXE, content_type="application/pdf")],
        },
    )
    assert response.status_code == 422
    assert "“rechnung.pdf” is not an allowed file type" in response.text
    assert textarea_value(response.text, "message") == "Hier die Rechnung"
    assert re.search(r'<option value="order_product_defect" selected>', response.text)
    assert re.search(rf'value="{unit.pk}"[^>]*checked', response.text)
    assert not Ticket.objects.exists()


def test_too_many_attachments_are_refused(buyer_client: Client, order: Order, settings: Any) -> None:
    settings.ATTACHMENT_MAX_COUNT = 1
    unit = order.units.first()
    assert unit is not None
    files = [SimpleUploadedFile(f"f{i}.txt", b"hello", content_type="text/plain") for i in range(2)]
    response = buyer_client.post(
        new_ticket_url(order),
        {"units": [unit.pk], "reason": "product_defect", "message": "Zwei Dateien", "attachments": files},
    )
    assert response.status_code == 422
    assert "At most 1 attachments per message." in response.text
    assert textarea_value(response.text, "message") == "Zwei Dateien"


# --- My tickets and the ticket page --------------------------------------------------------------


def test_tickets_list_shows_own_tickets_with_the_buyers_status(
    buyer_client: Client, ticket: Ticket, make_order: OrderFactory, seller_user: User, buyer2_user: User, buyer2: Actor
) -> None:
    foreign_order = make_order(seller_user, buyer2_user)
    foreign = ticket_services.ticket_open(
        actor=buyer2, unit_ids=[foreign_order.units.get().pk], reason="contact_other", message="Fremd"
    )
    page = buyer_client.get(reverse("buyer:tickets")).text
    assert ticket.number in page and foreign.number not in page
    assert ticket.order.id_order in page and "Item 1" in page and "Product defective" in page
    assert "Waiting for the seller" in page
    assert "Das Gerät lässt sich nicht einschalten." in page
    assert f'data-href="{ticket_url(ticket)}"' in page


def test_tickets_are_newest_activity_first_and_paginated(
    buyer_client: Client, order: Order, buyer: Actor, seller: Actor, now: dt.datetime
) -> None:
    unit = order.units.order_by("id").first()
    assert unit is not None
    made = []
    for minute in range(21):
        clock.set_now(now + dt.timedelta(minutes=minute))
        made.append(ticket_services.ticket_open(actor=buyer, unit_ids=[unit.pk], reason="contact_other", message="?"))
    clock.set_now(now + dt.timedelta(hours=1))
    ticket_services.message_post(actor=seller, ticket=made[0], text="Antwort")  # the oldest becomes the newest activity
    first = buyer_client.get(reverse("buyer:tickets")).text
    second = buyer_client.get(reverse("buyer:tickets") + "?page=2").text
    assert first.count("<tr data-href=") == 20 and second.count("<tr data-href=") == 1
    assert first.index(made[0].number) < first.index(made[-1].number)
    assert made[1].number in second


def test_status_labels_follow_the_ticket(buyer_client: Client, ticket: Ticket, seller: Actor, agent: Actor) -> None:
    def label() -> str:
        match = re.search(r'data-tone="\w+">([^<]+)<', buyer_client.get(ticket_url(ticket)).text)
        assert match
        return html.unescape(match.group(1))

    assert label() == "Waiting for the seller"
    ticket_services.message_post(actor=seller, ticket=ticket, text="Bitte senden Sie ein Foto.")
    assert label() == "Answered – waiting for you"
    actions.ticket_notify_customer_service(
        actor=seller, ticket=ticket, reason=NotifyReason.CANNOT_HELP_FURTHER, note="Bitte übernehmen"
    )
    assert label() == "Customer service is handling it"
    ticket_services.ticket_close(actor=agent, ticket=ticket, final=True)
    assert label() == "Closed by customer service"


def test_seller_answer_then_buyer_reply_moves_the_ticket_back_to_the_seller(
    buyer_client: Client, ticket: Ticket, seller: Actor
) -> None:
    ticket_services.message_post(actor=seller, ticket=ticket, text="Haben Sie es geladen?")
    ticket.refresh_from_db()
    assert ticket.portal_tab == PortalTab.WAITING
    page = buyer_client.get(ticket_url(ticket)).text
    assert "Haben Sie es geladen?" in page and 'id="reply-form"' in page

    response = buyer_client.post(ticket_url(ticket, "reply"), {"text": "Ja, die ganze Nacht."})
    assert response.status_code == 302 and response["Location"] == ticket_url(ticket)
    ticket.refresh_from_db()
    assert ticket.portal_tab == PortalTab.OPEN
    assert selectors.tab_counts(seller)["open"] == 1
    assert "Your message was sent." in buyer_client.get(response["Location"]).text


def test_reply_with_a_photo_and_a_refused_reply_keeps_the_text(buyer_client: Client, ticket: Ticket) -> None:
    ok = buyer_client.post(
        ticket_url(ticket, "reply"),
        {"text": "Foto anbei", "attachments": [SimpleUploadedFile("foto.png", real_png(), content_type="image/png")]},
    )
    assert ok.status_code == 302
    assert TicketMessage.objects.filter(ticket=ticket).latest("id").attachments.get().mime_type == "image/png"

    refused = buyer_client.post(
        ticket_url(ticket, "reply"),
        {"text": "Noch eine Datei", "attachments": [SimpleUploadedFile("setup.pdf", EXE)]},
    )
    assert refused.status_code == 422
    assert "“setup.pdf” is not an allowed file type" in refused.text
    assert textarea_value(refused.text, "text") == "Noch eine Datei"
    assert TicketMessage.objects.filter(ticket=ticket).count() == 2


def test_an_empty_reply_is_refused(buyer_client: Client, ticket: Ticket) -> None:
    response = buyer_client.post(ticket_url(ticket, "reply"), {"text": "   "})
    assert response.status_code == 422
    assert "The message must not be empty." in response.text


def test_replying_on_a_ticket_closed_by_the_seller_reopens_it(
    buyer_client: Client, ticket: Ticket, seller: Actor
) -> None:
    ticket_services.ticket_close(actor=seller, ticket=ticket)
    page = buyer_client.get(ticket_url(ticket)).text
    assert "Closed by the seller" in page
    assert "Sending a message reopens it." in page and 'id="reply-form"' in page
    response = buyer_client.post(ticket_url(ticket, "reply"), {"text": "Das Problem besteht weiter."})
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.OPENED and ticket.portal_tab == PortalTab.OPEN
    assert "the ticket was reopened" in buyer_client.get(ticket_url(ticket)).text


def test_closing_asks_for_confirmation_first(buyer_client: Client, ticket: Ticket) -> None:
    page = buyer_client.get(ticket_url(ticket)).text
    assert "Close ticket…" in page and ticket_url(ticket, "close") in page

    asked = buyer_client.get(ticket_url(ticket, "close"))
    assert asked.status_code == 200 and "Yes, close this ticket" in asked.text
    unconfirmed = buyer_client.post(ticket_url(ticket, "close"), {})
    assert unconfirmed.status_code == 200 and "Yes, close this ticket" in unconfirmed.text
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.OPENED

    confirmed = buyer_client.post(ticket_url(ticket, "close"), {"confirm": "on"})
    assert confirmed.status_code == 302 and confirmed["Location"] == ticket_url(ticket)
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.BUYER_CLOSED
    page = buyer_client.get(ticket_url(ticket)).text
    assert f"Ticket {ticket.number} was closed." in page
    assert "Closed by you" in page
    assert "Close ticket…" not in page  # closed by the buyer already: nothing more to close
    assert "Sending a message reopens it." in page


def test_closing_twice_is_refused_with_the_services_message(buyer_client: Client, ticket: Ticket) -> None:
    buyer_client.post(ticket_url(ticket, "close"), {"confirm": "on"})
    again = buyer_client.post(ticket_url(ticket, "close"), {"confirm": "on"})
    assert again.status_code == 422
    assert f"Ticket {ticket.number} is already closed by you." in again.text


def test_a_finally_closed_ticket_takes_no_more_messages(buyer_client: Client, ticket: Ticket, agent: Actor) -> None:
    ticket_services.ticket_close(actor=agent, ticket=ticket, final=True)
    page = buyer_client.get(ticket_url(ticket)).text
    assert 'id="reply-form"' not in page and "<textarea" not in page
    assert "No more messages are possible." in page
    assert "Close ticket…" not in page

    response = buyer_client.post(ticket_url(ticket, "reply"), {"text": "Hallo?"})
    assert response.status_code == 422
    assert "closed finally by customer service and accepts no messages" in response.text
    assert TicketMessage.objects.filter(ticket=ticket).count() == 1
    closing = buyer_client.post(ticket_url(ticket, "close"), {"confirm": "on"})
    assert closing.status_code == 422 and "is already closed finally" in closing.text


def test_internal_notes_are_not_shown_to_the_buyer(buyer_client: Client, ticket: Ticket, seller: Actor) -> None:
    ticket_services.message_post(actor=seller, ticket=ticket, text="Kunde ist schwierig", internal=True)
    assert "Kunde ist schwierig" not in buyer_client.get(ticket_url(ticket)).text


# --- Access ----------------------------------------------------------------------------------------


def buyer_urls(ticket: Ticket) -> list[tuple[str, str]]:
    return [
        ("get", new_ticket_url(ticket.order)),
        ("post", new_ticket_url(ticket.order)),
        ("get", ticket_url(ticket)),
        ("post", ticket_url(ticket, "reply")),
        ("get", ticket_url(ticket, "close")),
        ("post", ticket_url(ticket, "close")),
    ]


def test_another_buyer_gets_404_on_every_url_of_the_buyers_tickets_and_orders(
    client: Client, buyer2_user: User, ticket: Ticket
) -> None:
    logged_in(client, buyer2_user)
    unit = ticket.units.get()
    payload = {"units": [unit.pk], "reason": "contact_other", "message": "x", "text": "x", "confirm": "on"}
    for method, url in buyer_urls(ticket):
        response = client.get(url) if method == "get" else client.post(url, payload)
        assert response.status_code == 404, (method, url)
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.OPENED and ticket.messages.count() == 1
    assert ticket.number not in client.get(reverse("buyer:tickets")).text
    assert ticket.order.id_order not in client.get(reverse("buyer:orders")).text


@pytest.mark.parametrize("persona", ["seller_user", "agent_user"])
def test_sellers_and_agents_get_404_on_buyer_pages(
    client: Client, request: pytest.FixtureRequest, ticket: Ticket, persona: str
) -> None:
    logged_in(client, request.getfixturevalue(persona))
    urls = [("get", reverse("buyer:orders")), ("get", reverse("buyer:tickets")), *buyer_urls(ticket)]
    for method, url in urls:
        response = client.get(url) if method == "get" else client.post(url, {"text": "x", "confirm": "on"})
        assert response.status_code == 404, (persona, method, url)
    assert ticket.messages.count() == 1


def test_anonymous_visitors_are_sent_to_the_login(client: Client, ticket: Ticket) -> None:
    response = client.get(reverse("buyer:orders"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_posts_without_csrf_token_are_refused(buyer_user: User, ticket: Ticket) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(buyer_user)
    unit = ticket.units.get()
    posts = [
        (new_ticket_url(ticket.order), {"units": [unit.pk], "reason": "contact_other", "message": "x"}),
        (ticket_url(ticket, "reply"), {"text": "x"}),
        (ticket_url(ticket, "close"), {"confirm": "on"}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 403, url
    assert Ticket.objects.count() == 1 and ticket.messages.count() == 1


def test_message_text_is_escaped(buyer_client: Client, order: Order) -> None:
    unit = order.units.first()
    assert unit is not None
    response = buyer_client.post(
        new_ticket_url(order), {"units": [unit.pk], "reason": "contact_other", "message": SCRIPT}
    )
    assert response.status_code == 302
    for url in (response["Location"], reverse("buyer:tickets")):
        page = buyer_client.get(url).text
        assert SCRIPT not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    refused = buyer_client.post(
        new_ticket_url(order), {"units": [unit.pk], "reason": "", "message": SCRIPT}
    )  # the typed text comes back escaped too
    assert refused.status_code == 422 and SCRIPT not in refused.text


# --- Query budgets ---------------------------------------------------------------------------------


def count_queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_list_pages_use_a_fixed_number_of_queries(
    buyer_client: Client, make_order: OrderFactory, seller_user: User, buyer_user: User, buyer: Actor
) -> None:
    def add_order_with_ticket() -> None:
        order = make_order(
            seller_user, buyer_user, units=[(1000, 0, OrderUnitStatus.SENT), (2000, 0, OrderUnitStatus.SENT)]
        )
        ticket_services.ticket_open(
            actor=buyer, unit_ids=list(order.units.values_list("pk", flat=True)), reason="contact_other", message="?"
        )

    add_order_with_ticket()
    one = {name: count_queries(buyer_client, reverse(f"buyer:{name}")) for name in ("orders", "tickets")}
    for _ in range(9):
        add_order_with_ticket()
    ten = {name: count_queries(buyer_client, reverse(f"buyer:{name}")) for name in ("orders", "tickets")}
    assert one == ten
    assert max(ten.values()) <= 8
