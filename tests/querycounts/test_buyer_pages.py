"""Buyer portal: orders, tickets and a ticket's conversation cost the same queries for little and for much data."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.tickets.models import Ticket
from tests.conftest import OrderFactory
from tests.querycounts.conftest import (
    Shop,
    assert_flat,
    assert_flat_between,
    assert_same,
    colleague_of,
    count_numbers,
    count_text,
    logged_in,
    numbers_in,
)


@pytest.fixture
def client_anna(shop: Shop) -> Client:
    return logged_in(shop.buyer_user)


@pytest.fixture
def jans_shop(
    make_order: OrderFactory, seller_user: User, buyer2_user: User, seller: Actor, buyer2: Actor, now: dt.datetime
) -> Shop:
    """Seller alpha selling to another buyer, jan: none of it may appear on anna's pages."""
    return Shop(make_order, seller_user, buyer2_user, seller, buyer2, colleague_of(seller_user, "alpha3"))


def test_my_orders(client_anna: Client, shop: Shop, other_shop: Shop, jans_shop: Shop) -> None:
    def grow(n: int) -> None:
        for i in range(n):
            order = (shop if i % 2 else other_shop).order(units=1 + i % 4, storefront="de")
            (shop if i % 2 else other_shop).tickets(1 + i % 2, order=order)

    grow(2)
    jans = jans_shop.ticket()
    url = reverse("buyer:orders")
    assert_flat("buyer orders", lambda: client_anna.get(url), lambda: grow(23), count_text('data-order="'))
    html = client_anna.get(url).content.decode()
    assert html.count('data-order="') == 20 and jans.order.id_order not in html


def test_reporting_a_problem_on_an_order(client_anna: Client, shop: Shop) -> None:
    assert_flat_between(
        "buyer new ticket form",
        shop.order(units=1),
        lambda: shop.order(units=8),
        lambda order: client_anna.get(reverse("buyer:new_ticket", args=[order.id_order])),
        count_text("Item "),
    )


def test_my_tickets(client_anna: Client, shop: Shop, other_shop: Shop, jans_shop: Shop) -> None:
    def grow(n: int) -> None:
        for kind in ("tickets", "waiting", "closed", "handed_to_cs"):
            getattr(shop, kind)(n)
            getattr(other_shop, kind)(n)
        shop.ticket(units=4)

    grow(1)
    jans = jans_shop.tickets(2)
    url = reverse("buyer:tickets")
    assert_flat("buyer ticket list", lambda: client_anna.get(url), lambda: grow(2), count_numbers)
    assert not numbers_in(client_anna.get(url)) & {t.number for t in jans}, "anna sees jan's tickets"


def test_a_ticket_and_its_conversation(client_anna: Client, shop: Shop) -> None:
    small = shop.busy_ticket(units=1, rounds=1)
    after = assert_flat_between(
        "buyer ticket page",
        small,
        lambda: shop.busy_ticket(units=5, rounds=6),
        lambda ticket: client_anna.get(reverse("buyer:ticket", args=[ticket.number])),
        count_text("Rückfrage"),
    )
    assert after.rows == 6
    large = Ticket.objects.exclude(pk=small.pk).get()
    assert "Notiz" not in client_anna.get(reverse("buyer:ticket", args=[large.number])).content.decode()
    # The confirmation before closing shows the ticket, not its conversation: the same for both.
    assert_same(
        "buyer close confirmation",
        lambda: client_anna.get(reverse("buyer:close", args=[small.number])),
        lambda: client_anna.get(reverse("buyer:close", args=[large.number])),
    )
