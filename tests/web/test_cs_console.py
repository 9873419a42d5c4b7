"""The customer-service console: queue, opening any ticket with a reason, and the agent's ticket actions."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from marketdesk.accounts import services as account_services
from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import Role, User
from marketdesk.core import clock
from marketdesk.tickets import selectors
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.actions import ticket_notify_customer_service, ticket_take_over
from marketdesk.tickets.enums import AuthorRole, EventKind, PortalTab, TicketStatus
from marketdesk.tickets.errors import TicketFinallyClosed
from marketdesk.tickets.models import Ticket, TicketEvent
from tests.conftest import OrderFactory

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def fresh(ticket: Ticket) -> Ticket:
    return Ticket.objects.get(pk=ticket.pk)


def notify(ticket: Ticket, seller: Actor, reason: str = "payment_provider") -> Ticket:
    return ticket_notify_customer_service(actor=seller, ticket=ticket, reason=reason, note="Zahlung lief über Klarna.")


def open_ticket(
    make_order: OrderFactory,
    seller_user: User,
    buyer_user: User,
    buyer: Actor,
    *,
    storefront: str = "de",
    text: str = "",
) -> Ticket:
    order = make_order(seller_user, buyer_user, storefront=storefront)
    return ticket_services.ticket_open(
        actor=buyer,
        unit_ids=[order.units.get().pk],
        reason="contact_other",
        topic="issue_paypal",
        message=text or "Wo ist meine Erstattung?",
    )


def url(name: str, ticket: Ticket) -> str:
    return reverse(f"cs:{name}", args=[ticket.number])


@pytest.fixture
def agent_client(client: Client, agent_user: User) -> Client:
    client.force_login(agent_user)
    return client


@pytest.fixture
def queued(ticket: Ticket, seller: Actor) -> Ticket:
    """The `ticket` handed to customer service by its seller."""
    return notify(ticket, seller)


# --- Queue -------------------------------------------------------------------------------------------------------


def test_a_notified_ticket_appears_in_the_queue_with_the_sellers_name(agent_client: Client, queued: Ticket) -> None:
    response = agent_client.get(reverse("cs:queue"))
    assert response.status_code == 200
    page = response.text
    assert queued.number in page and "Alpha Elektro GmbH" in page and queued.order.id_order in page
    assert "Klarna, PayPal or another payment provider" in page  # the customer-service reason
    assert 'data-href="{}"'.format(url("ticket", queued)) in page and "data-keyboard" in page
    assert '<span class="badge count" id="queue-count">1</span>' in page
    # The seller's note is internal, so the excerpt is the system message the buyer saw.
    assert "customer service to take care" in page


def test_queue_leaves_out_tickets_not_held_by_customer_service(agent_client: Client, ticket: Ticket) -> None:
    page = agent_client.get(reverse("cs:queue")).text
    assert ticket.number not in page and "The queue is empty." in page


def test_queue_filters_by_seller_storefront_and_reason_and_orders_by_waiting_time(
    agent_client: Client,
    make_order: OrderFactory,
    seller_user: User,
    seller2_user: User,
    buyer_user: User,
    buyer: Actor,
    seller: Actor,
    seller2: Actor,
    agent: Actor,
    now: dt.datetime,
) -> None:
    alpha = notify(open_ticket(make_order, seller_user, buyer_user, buyer), seller, "payment_provider")
    clock.set_now(now + dt.timedelta(hours=1))
    beta = notify(open_ticket(make_order, seller2_user, buyer_user, buyer, storefront="cz"), seller2, "account_login")
    clock.set_now(now + dt.timedelta(hours=2))
    taken = ticket_take_over(
        actor=agent, ticket=open_ticket(make_order, seller_user, buyer_user, buyer), reason="Hotline-Anruf"
    )
    clock.set_now(now + dt.timedelta(hours=3))

    def shown(**params: str) -> list[str]:
        page = agent_client.get(reverse("cs:queue"), params).text
        return [t.number for t in sorted((alpha, beta, taken), key=lambda t: page.find(t.number)) if t.number in page]

    assert shown() == [alpha.number, beta.number, taken.number]  # oldest first by default
    assert shown(order="newest") == [taken.number, beta.number, alpha.number]
    assert shown(seller=str(seller2_user.seller_account_id)) == [beta.number]
    assert shown(storefront="cz") == [beta.number]
    assert shown(cs_reason="payment_provider") == [alpha.number]
    assert shown(cs_reason="none") == [taken.number]
    assert shown(storefront="de", cs_reason="account_login") == []
    page = agent_client.get(reverse("cs:queue"), {"storefront": "de"}).text
    assert "2 match the filters." in page and '<span class="badge count" id="queue-count">3</span>' in page
    # How long each has waited, measured on the marketplace's clock.
    assert "3\xa0hours" in agent_client.get(reverse("cs:queue"), {"cs_reason": "payment_provider"}).text


def test_queue_pages_by_25(
    agent_client: Client, make_order: OrderFactory, seller_user: User, buyer_user: User, buyer: Actor, seller: Actor
) -> None:
    for _i in range(26):
        notify(open_ticket(make_order, seller_user, buyer_user, buyer), seller)
    first = agent_client.get(reverse("cs:queue"))
    assert first.text.count("<tr data-href=") == 25 and "1–25 of 26" in first.text
    second = agent_client.get(reverse("cs:queue"), {"offset": "25"})
    assert second.text.count("<tr data-href=") == 1 and "26–26 of 26" in second.text


def test_queue_query_count_does_not_grow_with_rows(
    agent_client: Client, make_order: OrderFactory, seller_user: User, buyer_user: User, buyer: Actor, seller: Actor
) -> None:
    notify(open_ticket(make_order, seller_user, buyer_user, buyer), seller)
    agent_client.get(reverse("cs:queue"))  # warm caches (content types, sessions)
    with CaptureQueriesContext(connection) as one:
        agent_client.get(reverse("cs:queue"), {"storefront": "de"})
    for _i in range(9):
        notify(open_ticket(make_order, seller_user, buyer_user, buyer), seller)
    with CaptureQueriesContext(connection) as ten:
        response = agent_client.get(reverse("cs:queue"), {"storefront": "de"})
    assert response.text.count("<tr data-href=") == 10
    assert len(ten.captured_queries) == len(one.captured_queries) <= 8


# --- Find a ticket and the recorded reason ------------------------------------------------------------------------


def test_reaching_a_ticket_outside_the_queue_without_a_reason_redirects_to_find(
    agent_client: Client, ticket: Ticket
) -> None:
    for name in ("ticket", "take_over", "note", "close"):
        response = agent_client.get(url(name, ticket))
        assert response.status_code == 302
        assert response["Location"] == reverse("cs:find") + f"?number={ticket.number}"
    form = agent_client.get(reverse("cs:find"), {"number": ticket.number})
    assert f'value="{ticket.number}"' in form.text
    assert not TicketEvent.objects.filter(ticket=ticket, kind=EventKind.VIEWED_BY_CS).exists()


def test_a_queued_ticket_opens_without_a_reason(agent_client: Client, queued: Ticket) -> None:
    assert agent_client.get(url("ticket", queued)).status_code == 200


def test_agent_takes_over_a_ticket_found_with_a_reason(
    agent_client: Client, agent_user: User, ticket: Ticket, seller: Actor
) -> None:
    response = agent_client.post(reverse("cs:find"), {"number": ticket.number, "reason": "Käufer rief die Hotline an"})
    assert response.status_code == 302 and response["Location"] == url("ticket", ticket)
    viewed = TicketEvent.objects.get(ticket=ticket, kind=EventKind.VIEWED_BY_CS)
    assert viewed.actor_user == agent_user and viewed.data == {"reason": "Käufer rief die Hotline an"}

    page = agent_client.get(url("ticket", ticket)).text
    assert "Opened by customer service" in page and "Käufer rief die Hotline an" in page  # the timeline
    assert url("take_over", ticket) in page and url("hand_back", ticket) not in page
    confirm = agent_client.get(url("take_over", ticket))  # the confirmation step changes nothing
    assert confirm.status_code == 200 and "answer clock pauses" in confirm.text and not fresh(ticket).held_by_cs

    done = agent_client.post(url("take_over", ticket), {"reason": "Eskalation durch Hotline"}, follow=True)
    assert "You have taken over ticket" in done.text
    ticket = fresh(ticket)
    assert ticket.held_by_cs and ticket.portal_tab == PortalTab.WAITING
    took = TicketEvent.objects.get(ticket=ticket, kind=EventKind.CS_TOOK_OVER)
    assert took.data == {"reason": "Eskalation durch Hotline"} and took.actor_user == agent_user
    assert selectors.tab_counts(seller)[PortalTab.OPEN] == 0
    assert ticket.number in agent_client.get(reverse("cs:queue")).text


def test_the_recorded_reason_lasts_twelve_hours_and_only_for_that_agent(
    agent_client: Client, ticket: Ticket, now: dt.datetime
) -> None:
    agent_client.post(reverse("cs:find"), {"number": ticket.number, "reason": "Rückfrage der Buchhaltung"})
    clock.set_now(now + dt.timedelta(hours=11))
    assert agent_client.get(url("ticket", ticket)).status_code == 200
    other = Client()
    other.force_login(account_services.user_create(username="agent2", password="pw", role=Role.CUSTOMER_SERVICE))
    assert other.get(url("ticket", ticket)).status_code == 302
    clock.set_now(now + dt.timedelta(hours=13))
    assert agent_client.get(url("ticket", ticket)).status_code == 302


def test_find_refusals_say_what_is_wrong_and_keep_the_input(agent_client: Client, ticket: Ticket) -> None:
    unknown = agent_client.post(reverse("cs:find"), {"number": "00199999999", "reason": "Prüfung einer Beschwerde"})
    assert unknown.status_code == 422
    assert "Ticket 00199999999 was not found." in unknown.text and "Prüfung einer Beschwerde" in unknown.text
    garbage = agent_client.post(reverse("cs:find"), {"number": "hello", "reason": "Prüfung"})
    assert garbage.status_code == 422 and "Ticket hello was not found." in garbage.text
    short = agent_client.post(reverse("cs:find"), {"number": ticket.number, "reason": "why"})
    assert short.status_code == 422
    assert "Please give a reason (at least 5 characters)" in short.text and f'value="{ticket.number}"' in short.text
    assert not TicketEvent.objects.filter(ticket=ticket, kind=EventKind.VIEWED_BY_CS).exists()


# --- Ticket page and actions -------------------------------------------------------------------------------------


def test_ticket_page_shows_seller_buyer_units_notes_and_a_readable_timeline(
    agent_client: Client, queued: Ticket
) -> None:
    page = agent_client.get(url("ticket", queued)).text
    assert 'id="ticket-seller">Alpha Elektro GmbH<' in page and "Anna Becker" in page
    assert "29.99 €" in page and "4.90 €" in page and "need to be sent" in page
    assert (
        "Seller's tab: Waiting" in page
        and "Held by customer service" in page
        and "Klarna, PayPal or another payment provider" in page
    )
    assert 'id="note-' in page and "Zahlung lief über Klarna." in page  # the seller's internal note
    assert "Das Gerät lässt sich nicht einschalten." in page  # the conversation
    assert "Customer service notified" in page and "Held by customer service:</span> no → yes" in page
    for name in ("reply", "note", "hand_back", "close"):
        assert url(name, queued) in page
    assert url("take_over", queued) not in page


def test_reply_as_customer_service_reaches_the_conversation(agent_client: Client, queued: Ticket, buyer: Actor) -> None:
    response = agent_client.post(
        url("reply", queued),
        {"text": "Wir prüfen die Zahlung bei Klarna.", "attachments": SimpleUploadedFile("beleg.png", PNG)},
        follow=True,
    )
    assert response.status_code == 200 and "Your reply as customer service was sent" in response.text
    assert "Wir prüfen die Zahlung bei Klarna." in response.text and "beleg.png" in response.text
    last = selectors.conversation(buyer, queued)[-1]
    assert last.author_role == AuthorRole.CUSTOMER_SERVICE and last.attachments.count() == 1


def test_reply_refusals_show_the_service_message_and_keep_the_text(agent_client: Client, ticket: Ticket) -> None:
    agent_client.post(reverse("cs:find"), {"number": ticket.number, "reason": "Kontrolle der Antwortzeit"})
    refused = agent_client.post(url("reply", ticket), {"text": "Hallo, hier der Kundenservice."})
    assert refused.status_code == 422
    assert "Take the ticket over before replying as customer service." in refused.text
    assert "Hallo, hier der Kundenservice." in refused.text
    assert agent_client.post(url("take_over", ticket), {"reason": "Eskalation"}).status_code == 302

    bad_file = agent_client.post(
        url("reply", ticket),
        {"text": "Anbei der Beleg.", "attachments": SimpleUploadedFile("virus.exe", b"MZ\x00\x01")},
    )
    assert bad_file.status_code == 422
    assert "is not an allowed file type" in bad_file.text and "Anbei der Beleg." in bad_file.text


def test_internal_note_is_seen_by_the_seller_not_the_buyer(
    agent_client: Client, queued: Ticket, seller: Actor, buyer: Actor
) -> None:
    response = agent_client.post(url("note", queued), {"text": "Klarna-Fall 4711 eröffnet."}, follow=True)
    assert "Internal note added" in response.text
    assert any(m.text == "Klarna-Fall 4711 eröffnet." and m.is_internal for m in selectors.conversation(seller, queued))
    assert all("4711" not in m.text for m in selectors.conversation(buyer, queued))


def test_take_over_refused_when_already_held_keeps_the_reason(agent_client: Client, queued: Ticket) -> None:
    refused = agent_client.post(url("take_over", queued), {"reason": "Noch einmal übernehmen"})
    assert refused.status_code == 422
    assert "Customer service is already handling this ticket." in refused.text
    assert "Noch einmal übernehmen" in refused.text


def test_hand_back_leaves_the_queue_and_opens_the_sellers_tab(
    agent_client: Client, queued: Ticket, seller: Actor
) -> None:
    assert selectors.tab_counts(seller)[PortalTab.OPEN] == 0
    response = agent_client.post(url("hand_back", queued), {"note": "Bitte Rücksendung direkt klären."})
    assert response.status_code == 302 and response["Location"] == reverse("cs:queue")
    queue = agent_client.get(reverse("cs:queue")).text
    assert f"Ticket {queued.number} was handed back to the seller." in queue
    assert url("ticket", queued) not in queue and "The queue is empty." in queue
    assert selectors.tab_counts(seller)[PortalTab.OPEN] == 1
    assert fresh(queued).portal_tab == PortalTab.OPEN


def test_hand_back_refused_when_not_held(agent_client: Client, ticket: Ticket) -> None:
    agent_client.post(reverse("cs:find"), {"number": ticket.number, "reason": "Kontrolle eines Falls"})
    refused = agent_client.post(url("hand_back", ticket), {"note": "Zurück an Sie"})
    assert refused.status_code == 422
    assert "Customer service does not hold this ticket." in refused.text and "Zurück an Sie" in refused.text


def test_close_finally_and_the_buyer_can_no_longer_write(agent_client: Client, queued: Ticket, buyer: Actor) -> None:
    confirm = agent_client.get(url("close", queued))
    assert "This cannot be undone" in confirm.text and fresh(queued).status == TicketStatus.OPENED
    response = agent_client.post(url("close", queued), {})
    assert response.status_code == 302 and response["Location"] == reverse("cs:queue")
    assert fresh(queued).status == TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL
    with pytest.raises(TicketFinallyClosed):
        ticket_services.message_post(actor=buyer, ticket=queued, text="Hallo?")
    # Opened again with a reason: no actions offered, and a stale form gets the service's refusal.
    agent_client.post(reverse("cs:find"), {"number": queued.number, "reason": "Nachkontrolle"})
    page = agent_client.get(url("ticket", queued)).text
    assert "closed finally and accepts no more messages" in page and url("close", queued) + '"' not in page
    again = agent_client.post(url("close", queued), {})
    assert again.status_code == 422 and "is already closed finally" in again.text
    assert "closed finally by customer service" in page  # the status change in the timeline


def test_operators_use_the_console_too(client: Client, queued: Ticket) -> None:
    client.force_login(account_services.user_create(username="op", password="pw", role=Role.OPERATOR))
    assert client.get(reverse("cs:queue")).status_code == 200
    assert client.get(url("ticket", queued)).status_code == 200


# --- Access, CSRF, escaping --------------------------------------------------------------------------------------

ACTION_NAMES = ("ticket", "take_over", "reply", "note", "hand_back", "close")


@pytest.mark.parametrize("persona", ["seller_user", "seller2_user", "buyer_user"])
def test_other_roles_get_404_on_every_cs_url(request: pytest.FixtureRequest, persona: str, queued: Ticket) -> None:
    client = Client()
    client.force_login(request.getfixturevalue(persona))
    for path in [reverse("cs:queue"), reverse("cs:find")] + [url(name, queued) for name in ACTION_NAMES]:
        assert client.get(path).status_code == 404, path
        assert client.post(path, {"reason": "xxxxxxx", "note": "x", "text": "x"}).status_code == 404, path
    assert (
        not TicketEvent.objects.filter(ticket=queued)
        .exclude(kind=EventKind.OPENED)
        .exclude(kind=EventKind.CS_NOTIFIED)
        .exists()
    )


def test_anonymous_visitors_are_sent_to_the_login(client: Client, queued: Ticket) -> None:
    response = client.get(url("ticket", queued))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_unknown_ticket_number_in_the_url_is_404(agent_client: Client, db: None) -> None:
    assert agent_client.get(reverse("cs:ticket", args=["00199999999"])).status_code == 404
    assert agent_client.get(reverse("cs:ticket", args=["nonsense"])).status_code == 404


def test_posts_without_csrf_token_are_refused(agent_user: User, queued: Ticket) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(agent_user)
    assert client.post(url("hand_back", queued), {"note": "Bitte übernehmen"}).status_code == 403
    assert client.post(reverse("cs:find"), {"number": queued.number, "reason": "Prüfung"}).status_code == 403
    assert fresh(queued).held_by_cs


def test_message_texts_are_escaped(
    agent_client: Client, make_order: OrderFactory, seller_user: User, buyer_user: User, buyer: Actor, seller: Actor
) -> None:
    ticket = open_ticket(make_order, seller_user, buyer_user, buyer)
    notify(ticket, seller)
    ticket_services.message_post(actor=buyer, ticket=ticket, text="<script>alert(1)</script>")
    for page in (agent_client.get(reverse("cs:queue")).text, agent_client.get(url("ticket", ticket)).text):
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    refused = agent_client.post(url("take_over", ticket), {"reason": "<b>bold</b>"})
    assert "&lt;b&gt;bold&lt;/b&gt;" in refused.text and "<b>bold</b>" not in refused.text
