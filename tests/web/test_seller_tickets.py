"""Seller portal: the ticket list (tabs, search, filters, paging) and the processing page with its actions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from marketdesk.accounts import services as account_services
from marketdesk.accounts.actors import Actor, actor_for
from marketdesk.accounts.models import Role, User
from marketdesk.core import clock
from marketdesk.orders.models import Order, OrderUnitStatus, Refund
from marketdesk.textmodules.services import textmodule_create
from marketdesk.tickets.enums import EventKind, PortalTab, TicketStatus
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import message_post, ticket_open
from tests.conftest import T0


@pytest.fixture
def seller_client(client: Client, seller_user: User) -> Client:
    client.force_login(seller_user)
    return client


def url(name: str, ticket: Ticket) -> str:
    return reverse(f"seller:{name}", kwargs={"number": ticket.number})


def open_tickets(
    make_order: Callable[..., Order], seller_user: User, buyer_user: User, buyer: Actor, n: int
) -> list[Ticket]:
    tickets = []
    for i in range(n):
        order = make_order(seller_user, buyer_user)
        tickets.append(
            ticket_open(
                actor=buyer, unit_ids=[order.units.get().pk], reason="contact_other", message=f"Frage Nummer {i}"
            )
        )
    return tickets


def test_list_shows_tabs_with_counts_and_the_open_tickets_by_deadline(
    seller_client: Client,
    make_order: Any,
    seller_user: User,
    buyer_user: User,
    buyer: Actor,
    seller: Actor,
    now: dt.datetime,
) -> None:
    early = open_tickets(make_order, seller_user, buyer_user, buyer, 1)[0]
    clock.set_now(T0 + dt.timedelta(hours=2))
    late = open_tickets(make_order, seller_user, buyer_user, buyer, 1)[0]
    answered = open_tickets(make_order, seller_user, buyer_user, buyer, 1)[0]
    message_post(actor=seller, ticket=answered, text="Erledigt")
    page = seller_client.get(reverse("seller:tickets"))
    assert page.status_code == 200
    html = page.text
    assert re.search(r'data-tab="open".*?<span class="badge count">2</span>', html, re.S)
    assert re.search(r'data-tab="waiting".*?<span class="badge">1</span>', html, re.S)
    numbers = re.findall(r'data-number="(\d{11})"', html)
    assert numbers == [early.number, late.number]
    assert "Frage Nummer 0" in html and "Show order details" in html and "Process ticket" in html
    waiting = seller_client.get(reverse("seller:tickets") + "?tab=waiting").text
    assert re.findall(r'data-number="(\d{11})"', waiting) == [answered.number]


def test_deadline_is_shown_as_working_time_left_and_highlighted(seller_client: Client, ticket: Ticket) -> None:
    html = seller_client.get(reverse("seller:tickets")).text
    assert '<span class="deadline-ok"' in html and "2 d 0 h" in html
    clock.set_now(dt.datetime(2026, 3, 6, 3, 0, tzinfo=dt.UTC))  # 6 working hours left
    assert '<span class="deadline-soon"' in seller_client.get(reverse("seller:tickets")).text
    clock.set_now(dt.datetime(2026, 3, 6, 12, 0, tzinfo=dt.UTC))
    html = seller_client.get(reverse("seller:tickets")).text
    assert '<span class="deadline-overdue"' in html and "overdue by 3 h 00 min" in html


def test_search_by_ticket_or_order_number_opens_an_exact_hit(seller_client: Client, ticket: Ticket) -> None:
    for term in (ticket.number, ticket.order.id_order, ticket.order.id_order.lower()):
        response = seller_client.get(reverse("seller:tickets"), {"q": term})
        assert response.status_code == 302 and response["Location"] == url("ticket", ticket)
    missing = seller_client.get(reverse("seller:tickets"), {"q": "00199999999"})
    assert "No ticket has this number or a message with these words." in missing.text


def test_an_exact_hit_is_found_with_one_lookup_within_the_filters(
    seller_client: Client, ticket: Ticket, django_assert_num_queries: Any
) -> None:
    for term in (ticket.number, ticket.order.id_order):
        with django_assert_num_queries(3):  # the session, the user, the lookup
            response = seller_client.get(reverse("seller:tickets"), {"q": term})
        assert response.status_code == 302 and response["Location"] == url("ticket", ticket)
        # The filters still apply to a number: outside them there is nothing to open.
        elsewhere = seller_client.get(reverse("seller:tickets"), {"q": term, "storefront": "pl"})
        assert elsewhere.status_code == 200
        assert "No ticket has this number or a message with these words." in elsewhere.text


def test_another_sellers_ticket_or_order_number_finds_nothing(
    seller_client: Client, seller2_user: User, ticket: Ticket
) -> None:
    client = Client()
    client.force_login(seller2_user)
    for term in (ticket.number, ticket.order.id_order):
        # The owner's search first, so its statement is compiled in this process before the other seller asks.
        assert seller_client.get(reverse("seller:tickets"), {"q": term})["Location"] == url("ticket", ticket)
        response = client.get(reverse("seller:tickets"), {"q": term})
        assert response.status_code == 200 and not re.findall(r'data-number="(\d{11})"', response.text)
        assert "No ticket has this number or a message with these words." in response.text


def test_a_word_that_may_be_an_order_number_is_looked_up_once(seller_client: Client, ticket: Ticket) -> None:
    with CaptureQueriesContext(connection) as queries:
        seller_client.get(reverse("seller:tickets"), {"q": "Rechnung"})
    assert sum('"id_order" = ' in q["sql"] or "id_order = " in q["sql"] for q in queries.captured_queries) == 1


def test_an_order_number_alone_with_two_tickets_lists_both_as_the_full_form_does(
    seller_client: Client, order: Order, buyer: Actor, now: dt.datetime
) -> None:
    """The search box sends only `q`: the number is looked up before the form is built, and when it finds more than
    one ticket the list reuses that lookup. The same search sent with the filter form's empty fields takes the
    form's way: the same tickets, with as many queries."""
    unit = order.units.get(status=OrderUnitStatus.NEED_TO_BE_SENT)
    first = ticket_open(actor=buyer, unit_ids=[unit.pk], reason="contact_other", message="eins")
    second = ticket_open(actor=buyer, unit_ids=[unit.pk], reason="contact_other", message="zwei")
    term = f"  {order.id_order.lower()} "
    found = []
    for query in ({"q": term}, {"q": term, "topic": "", "storefront": "", "sort": ""}):
        with CaptureQueriesContext(connection) as queries:
            response = seller_client.get(reverse("seller:tickets"), query)
        assert response.status_code == 200
        assert set(re.findall(r'data-number="(\d{11})"', response.text)) == {first.number, second.number}
        found.append(len(queries.captured_queries))
    assert found[0] == found[1], found


def test_search_lists_several_tickets_of_one_order_across_tabs(
    seller_client: Client, order: Order, buyer: Actor, seller: Actor, now: dt.datetime
) -> None:
    unit = order.units.get(status=OrderUnitStatus.NEED_TO_BE_SENT)
    first = ticket_open(actor=buyer, unit_ids=[unit.pk], reason="contact_other", message="eins")
    second = ticket_open(actor=buyer, unit_ids=[unit.pk], reason="contact_other", message="zwei")
    message_post(actor=seller, ticket=second, text="ok")
    html = seller_client.get(reverse("seller:tickets"), {"q": order.id_order, "tab": "open"}).text
    assert set(re.findall(r'data-number="(\d{11})"', html)) == {first.number, second.number}
    assert "2 tickets found" in html


def test_filters_topic_storefront_and_period(
    seller_client: Client, make_order: Any, seller_user: User, buyer_user: User, buyer: Actor, now: dt.datetime
) -> None:
    de = make_order(seller_user, buyer_user)
    pl = make_order(seller_user, buyer_user, storefront="pl")
    t_de = ticket_open(
        actor=buyer, unit_ids=[de.units.get().pk], reason="product_defect", topic="order_product_defect", message="a"
    )
    clock.set_now(T0 + dt.timedelta(days=3))
    t_pl = ticket_open(
        actor=buyer, unit_ids=[pl.units.get().pk], reason="contact_other", topic="issue_blik", message="b"
    )

    def shown(**params: str) -> list[str]:
        return re.findall(r'data-number="(\d{11})"', seller_client.get(reverse("seller:tickets"), params).text)

    assert shown(topic="issue_blik") == [t_pl.number]
    assert shown(storefront="de") == [t_de.number]
    assert shown(created_from="2026-03-05") == [t_pl.number]
    assert shown(created_to="2026-03-04") == [t_de.number]
    assert set(shown(sort="updated")) == {t_de.number, t_pl.number}
    bad = seller_client.get(reverse("seller:tickets"), {"created_from": "2026-03-09", "created_to": "2026-03-01"})
    assert "is before" in bad.text


def test_list_paginates(
    seller_client: Client, make_order: Any, seller_user: User, buyer_user: User, buyer: Actor, now: dt.datetime
) -> None:
    open_tickets(make_order, seller_user, buyer_user, buyer, 27)
    first = seller_client.get(reverse("seller:tickets")).text
    assert len(re.findall(r'data-number="', first)) == 25 and "Page 1 of 2" in first
    second = seller_client.get(reverse("seller:tickets"), {"page": 2}).text
    assert len(re.findall(r'data-number="', second)) == 2


def test_list_query_count_does_not_grow_with_page_size(
    seller_client: Client,
    make_order: Any,
    seller_user: User,
    buyer_user: User,
    buyer: Actor,
    now: dt.datetime,
    django_assert_num_queries: Any,
) -> None:
    open_tickets(make_order, seller_user, buyer_user, buyer, 3)
    with CaptureQueriesContext(connection) as few:
        seller_client.get(reverse("seller:tickets"), {"size": 25})
    open_tickets(make_order, seller_user, buyer_user, buyer, 60)
    with django_assert_num_queries(len(few.captured_queries)):
        page = seller_client.get(reverse("seller:tickets"), {"size": 100})
    assert len(re.findall(r'data-number="', page.text)) == 63


def test_processing_page_shows_conversation_order_details_deadline_and_timeline(
    seller_client: Client, ticket: Ticket, seller: Actor
) -> None:
    textmodule_create(
        actor=seller,
        storefront="de",
        language="de",
        title="Foto",
        body="Hallo {{buyer_name}}, bitte ein Foto zu {{order_number}}.",
    )
    textmodule_create(actor=seller, storefront="pl", language="pl", title="Zdjęcie", body="Dzień dobry")
    html = seller_client.get(url("ticket", ticket)).text
    assert "Das Gerät lässt sich nicht einschalten." in html
    assert ticket.order.id_order in html and "Item 1" in html and "Still refundable" in html and "34.89 €" in html
    assert 'id="deadline"' in html and "Ticket opened" in html
    assert f'data-text="Hallo Anna Becker, bitte ein Foto zu {ticket.order.id_order}."' in html
    assert "Zdjęcie" not in html  # only this sales channel's modules
    for action in (
        "Display order details",
        "Partial refund",
        "Notify customer service",
        "Cancel order unit",
        "Close ticket",
    ):
        assert action in html


def test_reply_moves_the_ticket_to_waiting(seller_client: Client, ticket: Ticket) -> None:
    response = seller_client.post(url("reply", ticket), {"text": "Bitte senden Sie ein Foto.", "seen_message_id": 0})
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.portal_tab == PortalTab.WAITING
    assert "Your reply was sent." in seller_client.get(response["Location"]).text


def test_reply_with_a_disallowed_attachment_keeps_the_typed_text(seller_client: Client, ticket: Ticket) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("rechnung.pdf", b"MZ\x90\x00binary", content_type="application/pdf")
    response = seller_client.post(url("reply", ticket), {"text": "Anbei die Rechnung", "attachments": [upload]})
    assert response.status_code == 422
    assert "not an allowed file type" in response.text
    assert "Anbei die Rechnung</textarea>" in response.text
    assert ticket.messages.count() == 1


def test_another_user_of_the_same_seller_answered_since_loading_warns_first(
    seller_client: Client, ticket: Ticket, seller_user: User
) -> None:
    colleague = account_services.user_create(
        username="kollege", password="pw", role=Role.SELLER, seller_account=seller_user.seller_account, first_name="Kai"
    )
    seen = ticket.messages.get().pk
    message_post(actor=actor_for(colleague), ticket=ticket, text="Ich habe schon geantwortet.")
    response = seller_client.post(url("reply", ticket), {"text": "Meine Antwort", "seen_message_id": seen})
    assert response.status_code == 409
    assert "Someone else has answered this ticket" in response.text and "Ich habe schon geantwortet." in response.text
    assert "Meine Antwort</textarea>" in response.text and "Send anyway" in response.text
    assert ticket.messages.count() == 2
    newest = re.search(r'name="seen_message_id" value="(\d+)"', response.text)
    assert newest is not None
    sent = seller_client.post(
        url("reply", ticket), {"text": "Meine Antwort", "seen_message_id": newest.group(1), "send_anyway": "True"}
    )
    assert sent.status_code == 302 and ticket.messages.count() == 3


def test_partial_refund_needs_confirmation_and_is_visible(seller_client: Client, ticket: Ticket) -> None:
    unit = ticket.units.get()
    form = seller_client.get(url("ticket", ticket), {"action": "refund"}).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', form)
    assert key is not None and "Still refundable" in form
    data = {"unit": unit.pk, "amount": "12,50", "reason": "defect", "idempotency_key": key.group(1)}
    confirm = seller_client.post(url("refund", ticket), data)
    assert confirm.status_code == 200 and 'id="confirm-box"' in confirm.text and "12.50 €" in confirm.text
    assert not Refund.objects.exists()
    done = seller_client.post(url("refund", ticket), {**data, "confirmed": "1"})
    assert done.status_code == 302
    assert Refund.objects.get().amount == 1250
    page = seller_client.get(done["Location"]).text
    assert "A refund of 12.50 € was issued" in page and 'data-kind="refunded"' in page
    again = seller_client.post(url("refund", ticket), {**data, "confirmed": "1"})
    assert "already been made" in seller_client.get(again["Location"]).text
    assert Refund.objects.count() == 1


def test_refund_above_what_remains_shows_the_specific_error(seller_client: Client, ticket: Ticket) -> None:
    unit = ticket.units.get()
    data = {"unit": unit.pk, "amount": "40.00", "reason": "defect", "idempotency_key": "k1", "confirmed": "1"}
    response = seller_client.post(url("refund", ticket), data)
    assert response.status_code == 422
    assert "more than the 34.89 € that remain refundable" in response.text
    assert 'value="40.00"' in response.text
    bad = seller_client.post(url("refund", ticket), {**data, "amount": "zwölf"})
    assert bad.status_code == 400 and "Enter an amount such as 12.50." in bad.text


def test_notify_customer_service_moves_the_ticket_out_of_open(seller_client: Client, ticket: Ticket) -> None:
    data = {"reason": "payment_provider", "note": "Bezahlt mit Klarna"}
    assert 'id="confirm-box"' in seller_client.post(url("notify", ticket), data).text
    done = seller_client.post(url("notify", ticket), {**data, "confirmed": "1"})
    ticket.refresh_from_db()
    assert ticket.held_by_cs and ticket.portal_tab == PortalTab.WAITING
    assert "Customer service has been notified" in seller_client.get(done["Location"]).text
    empty = seller_client.post(url("notify", ticket), {"reason": "payment_provider", "note": ""})
    assert empty.status_code == 400


def test_cancel_order_unit_and_close(seller_client: Client, ticket: Ticket) -> None:
    unit = ticket.units.get()
    seller_client.post(url("cancel", ticket), {"unit": unit.pk, "reason": "NoInventory", "confirmed": "1"})
    unit.refresh_from_db()
    assert unit.status == OrderUnitStatus.CANCELLED
    assert ticket.events.filter(kind=EventKind.UNIT_CANCELLED).exists()
    seller_client.post(url("close", ticket), {"confirmed": "1"})
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.SELLER_CLOSED


def test_a_refused_close_says_why(seller_client: Client, ticket: Ticket, seller: Actor) -> None:
    seller_client.post(url("close", ticket), {"confirmed": "1"})
    again = seller_client.post(url("close", ticket), {"confirmed": "1"})
    assert again.status_code == 422 and "already closed by you" in again.text


def test_message_text_is_escaped(seller_client: Client, ticket: Ticket, buyer: Actor) -> None:
    message_post(actor=buyer, ticket=ticket, text="<script>alert(1)</script><b>fett</b>")
    html = seller_client.get(url("ticket", ticket)).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;fett&lt;/b&gt;" in html
    listed = seller_client.get(reverse("seller:tickets")).text
    assert "<script>alert(1)" not in listed


def test_forms_are_csrf_protected(seller_user: User, ticket: Ticket) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(seller_user)
    for name in ("reply", "refund", "notify", "cancel", "close"):
        assert strict.post(url(name, ticket), {"text": "x", "confirmed": "1"}).status_code == 403
    assert ticket.messages.count() == 1


SELLER_URLS = ["ticket", "order_details", "reply", "refund", "cancel", "notify", "close"]


@pytest.mark.parametrize("name", SELLER_URLS)
def test_another_seller_gets_404_on_every_ticket_url(
    client: Client, seller2_user: User, ticket: Ticket, name: str
) -> None:
    client.force_login(seller2_user)
    assert client.get(url(name, ticket)).status_code == 404
    assert (
        client.post(
            url(name, ticket), {"text": "x", "confirmed": "1", "reason": "payment_provider", "note": "x"}
        ).status_code
        == 404
    )
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.OPENED and not ticket.held_by_cs and ticket.messages.count() == 1


@pytest.mark.parametrize("persona", ["buyer_user", "buyer2_user", "agent_user"])
def test_other_roles_get_404_on_seller_pages(
    client: Client, request: pytest.FixtureRequest, ticket: Ticket, persona: str
) -> None:
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("seller:tickets")).status_code == 404
    for name in SELLER_URLS:
        assert client.get(url(name, ticket)).status_code == 404


def test_anonymous_is_sent_to_login(client: Client, ticket: Ticket) -> None:
    response = client.get(url("ticket", ticket))
    assert response.status_code == 302 and response["Location"].startswith("/login/")
