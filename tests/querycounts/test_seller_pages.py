"""Seller portal: every list and ticket page costs the same queries for little and for much data, and a seller's
lists never show another seller's rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from marketdesk.accounts.apikeys import api_key_create
from marketdesk.notify.models import DeliveryAttempt, OutboxMessage, Subscription
from marketdesk.tickets.models import Attachment, Ticket
from tests.conftest import T0
from tests.querycounts.conftest import (
    NO_OPTION_DE,
    Shop,
    assert_flat,
    assert_flat_between,
    conversation_rows,
    count_lines,
    count_numbers,
    count_text,
    history,
    logged_in,
    measure,
    numbers_in,
)

TICKETS = reverse("seller:tickets")


@pytest.fixture
def client_alpha(shop: Shop) -> Client:
    return logged_in(shop.seller_user)


# --- the ticket list ----------------------------------------------------------------------------------------------

GROW_TAB: dict[str, Callable[..., list[Ticket]]] = {
    "open": Shop.tickets,
    "waiting": Shop.waiting,
    "closed": Shop.closed,
}


@pytest.mark.parametrize("tab", GROW_TAB)
def test_each_tab_of_the_ticket_list(client_alpha: Client, shop: Shop, other_shop: Shop, tab: str) -> None:
    grow = GROW_TAB[tab]
    mine = grow(shop, 3, units=2)
    shop.handed_to_cs(1)  # Waiting too, with a paused clock
    theirs = grow(other_shop, 3)
    assert_flat(
        f"seller ticket list, {tab} tab",
        lambda: client_alpha.get(TICKETS, {"tab": tab, "size": 25}),
        lambda: (mine.extend(grow(shop, 27, units=2)), theirs.extend(grow(other_shop, 5))),
        count_numbers,
        large=lambda: client_alpha.get(TICKETS, {"tab": tab, "size": 50}),
    )
    shown = numbers_in(client_alpha.get(TICKETS, {"tab": tab, "size": 50}))
    assert {t.number for t in mine} <= shown
    assert not shown & {t.number for t in theirs}, "seller alpha's list shows seller beta's tickets"


def test_the_ticket_list_with_every_filter(client_alpha: Client, shop: Shop, other_shop: Shop) -> None:
    query = {
        "tab": "open",
        "storefront": "cz",
        "topic": "issue_paypal",
        "created_from": (T0 - dt.timedelta(days=2)).date().isoformat(),
        "created_to": T0.date().isoformat(),
        "sort": "updated",
        "size": 100,
    }

    def grow(n: int) -> None:
        for each in (shop, other_shop):
            each.tickets(n, storefront="cz", topic="issue_paypal")

    grow(2)
    shop.ticket(storefront="cz", topic="issue_klarna")  # filtered out: another topic, another storefront
    shop.tickets(3, storefront="pl", topic="issue_paypal")
    assert_flat(
        "seller ticket list, filtered", lambda: client_alpha.get(TICKETS, query), lambda: grow(20), count_numbers
    )
    wanted = Ticket.objects.filter(seller_id=shop.seller.seller_id, storefront_id="cz", topic="issue_paypal")
    assert numbers_in(client_alpha.get(TICKETS, query)) == set(wanted.values_list("number", flat=True))


def test_searching_an_order_number_with_many_tickets(client_alpha: Client, shop: Shop) -> None:
    order = shop.order(units=2)
    shop.tickets(2, order=order)
    assert_flat(
        "seller ticket search by order number",
        lambda: client_alpha.get(TICKETS, {"q": order.id_order}),
        lambda: shop.tickets(10, order=order),
        count_numbers,
    )


# --- a ticket -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["", "refund", "cancel", "notify", "close"])
def test_the_ticket_page_with_its_conversation_units_and_modules(
    client_alpha: Client, shop: Shop, other_shop: Shop, action: str
) -> None:
    shop.text_modules(1)
    other_shop.text_modules(2)

    def large() -> Ticket:
        ticket = shop.busy_ticket(units=5, rounds=6)
        shop.say(ticket, shop.buyer, "Noch eine Frage.")  # Open again: its clock and the live policy check
        shop.text_modules(6)
        return ticket

    def page(ticket: Ticket) -> HttpResponse:
        return client_alpha.get(reverse("seller:ticket", args=[ticket.number]), {"action": action} if action else {})

    small = shop.busy_ticket(units=1, rounds=1)
    assert_flat_between(f"seller ticket page ?action={action}", small, large, page, conversation_rows)


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx-panel"])
def test_the_order_details(client_alpha: Client, shop: Shop, htmx: bool) -> None:
    def large() -> Ticket:
        ticket = shop.refund_each_unit(shop.ticket(units=6))
        shop.tickets(2, order=ticket.order)  # the units have further tickets
        return ticket

    def page(ticket: Ticket) -> HttpResponse:
        headers = {"HX-Request": "true"} if htmx else {}
        return client_alpha.get(reverse("seller:order_details", args=[ticket.number]), headers=headers)

    small = shop.refund_each_unit(shop.ticket(units=1))
    assert_flat_between(f"seller order details (htmx={htmx})", small, large, page, count_text('data-unit="'))


def test_the_live_policy_check_offers_every_fixing_module(client_alpha: Client, shop: Shop) -> None:
    shop.text_modules(1)

    def large() -> Ticket:
        shop.text_modules(8)
        return shop.withdrawal(units=5)

    def check(ticket: Ticket) -> HttpResponse:
        url = reverse("seller:policy_check", args=[ticket.number])
        return client_alpha.post(url, {"text": NO_OPTION_DE}, headers={"HX-Request": "true"})

    small = shop.withdrawal(units=1)
    assert_flat_between("seller live policy check", small, large, check, count_text('data-module="'))


def test_the_ticket_page_with_a_policy_decision_and_case(client_alpha: Client, shop: Shop) -> None:
    assert_flat_between(
        "seller ticket page with a policy case",
        shop.converse(shop.violation(units=1), 1),
        lambda: shop.converse(shop.violation(units=5), 5),
        lambda ticket: client_alpha.get(reverse("seller:ticket", args=[ticket.number])),
        conversation_rows,
    )


# --- text modules, API keys, webhooks ---------------------------------------------------------------------------


def test_the_text_module_list(client_alpha: Client, shop: Shop, other_shop: Shop) -> None:
    shop.text_modules(2)
    theirs = other_shop.text_modules(3)

    def grow() -> None:
        for storefront, language in (("de", "en"), ("cz", "cs"), ("pl", "pl"), ("fr", "fr")):
            shop.text_modules(5, storefront=storefront, language=language)

    url = reverse("seller:textmodule_list")
    assert_flat("seller text module list", lambda: client_alpha.get(url), grow, count_text('id="module-'))
    html = client_alpha.get(url).content.decode()
    assert not any(f'id="module-{m.pk}"' in html for m in theirs), "seller alpha sees seller beta's text modules"


def test_the_api_key_list(client_alpha: Client, shop: Shop, other_shop: Shop) -> None:
    assert shop.seller.seller_id and other_shop.seller.seller_id
    api_key_create(actor=shop.seller, seller_id=shop.seller.seller_id, label="ERP")
    theirs, _secret = api_key_create(actor=other_shop.seller, seller_id=other_shop.seller.seller_id, label="Theirs")

    def grow() -> None:
        for i in range(9):  # created by two different users of the account
            author = shop.seller if i % 2 else shop.colleague
            api_key_create(actor=author, seller_id=shop.seller.seller_id or 0, label=f"Connector {i}")

    url = reverse("seller:apikey_list")
    assert_flat("seller API key list", lambda: client_alpha.get(url), grow, count_text('id="key-'))
    assert f'id="key-{theirs.pk}"' not in client_alpha.get(url).content.decode()


def _subscribe(shop: Shop, n: int) -> None:
    for _ in range(n):
        Subscription.objects.create(
            seller_id=shop.seller.seller_id,
            event_name="ticket_new",
            storefront="de",
            callback_url=f"https://hooks.example/{Subscription.objects.count()}",
            fallback_email="ops@shop.example",
        )


def _attempts() -> None:
    for message in OutboxMessage.objects.filter(delivery_attempts__isnull=True):
        for code in (500, 200):
            DeliveryAttempt.objects.create(outbox=message, status_code=code, duration_ms=12)


def test_the_webhook_log(client_alpha: Client, shop: Shop, other_shop: Shop) -> None:
    def grow(n: int) -> None:
        for each in (shop, other_shop):
            _subscribe(each, n)
            each.tickets(n, storefront="de")  # each new ticket is delivered to every subscription
        _attempts()

    grow(1)
    url = reverse("seller:webhook_log")
    rows = count_text('id="delivery-')
    assert_flat("seller webhook log", lambda: client_alpha.get(url), lambda: grow(4), rows)
    theirs = OutboxMessage.objects.filter(seller_id=other_shop.seller.seller_id)
    html = client_alpha.get(url).content.decode()
    assert theirs.exists() and not any(f'id="delivery-{m.pk}"' in html for m in theirs)


# --- Service Performance ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("csv", [False, True], ids=["page", "csv"])
def test_service_performance(client_alpha: Client, shop: Shop, other_shop: Shop, csv: bool) -> None:
    history(shop, 1)
    history(other_shop, 2)
    url = reverse("seller:performance_csv" if csv else "seller:performance")
    assert_flat(
        f"seller service performance (csv={csv})",
        lambda: client_alpha.get(url, {"period": "7"}),
        lambda: history(shop, 10),
        count_lines if csv else count_text("<tr><td>"),  # a line, or a table row, per week
        large=lambda: client_alpha.get(url, {"period": "90", "storefront": "de"}),
    )


def test_pages_about_one_thing_do_not_grow_with_everything_else(client_alpha: Client, shop: Shop) -> None:
    """The text module editor, a key's revocation, the notification settings and a file cost the same however much
    else the seller has."""
    module = shop.text_modules(1)[0]
    key, _secret = api_key_create(actor=shop.seller, seller_id=shop.seller.seller_id or 0, label="ERP")
    ticket = shop.busy_ticket(units=1, rounds=1)
    file = Attachment.objects.filter(message__ticket=ticket).first()
    assert file is not None
    pages = {
        "text module editor": reverse("seller:textmodule_edit", args=[module.pk]),
        "text module copy": reverse("seller:textmodule_create") + f"?copy={module.pk}",
        "text module preview": reverse("seller:textmodule_preview_saved", args=[module.pk]),
        "text module deletion": reverse("seller:textmodule_delete", args=[module.pk]),
        "API key revocation": reverse("seller:apikey_revoke", args=[key.pk]),
        "notification settings": reverse("seller:notifications"),
        "attachment download": reverse("attachment", args=[file.pk]),
    }

    def grow() -> None:
        shop.text_modules(10)
        for _ in range(5):
            api_key_create(actor=shop.seller, seller_id=shop.seller.seller_id or 0, label="More")
        shop.converse(ticket, 5)

    def queries(url: str) -> int:
        client_alpha.get(url)  # warm
        return measure(lambda: client_alpha.get(url), lambda r: 0).queries

    before = {label: queries(url) for label, url in pages.items()}
    grow()
    after = {label: queries(url) for label, url in pages.items()}
    print(f"seller single-object pages: {before} before, {after} after")
    assert after == before
