"""The operator's admin: every list, a ticket and an order cost the same queries for little and for much data."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from marketdesk.accounts import services as account_services
from marketdesk.accounts.apikeys import api_key_create
from marketdesk.accounts.models import Role
from marketdesk.catalog.models import Storefront
from marketdesk.notify.models import Subscription
from marketdesk.orders.models import OrderUnitStatus
from marketdesk.tickets import actions
from tests.querycounts.conftest import Shop, assert_flat, assert_flat_between, conversation_rows, count_text, logged_in

# Every model the admin lists, so a model registered later is held to the same budget; the storefronts are the
# marketplace's fixed seven and cannot grow.
CHANGELISTS = sorted(
    f"{model._meta.app_label}_{model._meta.model_name}" for model in admin.site._registry if model is not Storefront
)


@pytest.fixture
def client_operator(db: None) -> Client:
    return logged_in(account_services.user_create(username="operator", password="pw", role=Role.OPERATOR))


def _grow(shop: Shop, n: int) -> None:
    """A bit of everything the admin lists, several users and subscriptions of the seller among it."""
    for _ in range(n):
        serial = Subscription.objects.count()
        Subscription.objects.create(
            seller_id=shop.seller.seller_id,
            event_name="ticket_new",
            storefront="de",
            callback_url=f"https://h.example/{serial}",
        )
        ticket = shop.busy_ticket(units=2, rounds=1)
        sendable = ticket.units.get(status=OrderUnitStatus.NEED_TO_BE_SENT)
        actions.ticket_cancel_unit(actor=shop.seller, ticket=ticket, unit_id=sendable.pk, reason="NoInventory")
        shop.violation()
        shop.text_modules(1)
        account_services.user_create(
            username=f"staff{serial}", password="pw", role=Role.SELLER, seller_account=shop.seller_user.seller_account
        )
        api_key_create(actor=shop.seller, seller_id=shop.seller.seller_id or 0, label=f"Key {serial}")
        account_services.seller_account_create(name=f"Händler {serial}")
        account_services.buyer_create(email=f"kunde{serial}@example.com", first_name="Eva", last_name="Kunde")
        Group.objects.create(name=f"Team {serial}")


@pytest.mark.parametrize("model", CHANGELISTS)
def test_every_admin_list(client_operator: Client, shop: Shop, model: str) -> None:
    _grow(shop, 1)
    url = reverse(f"admin:{model}_changelist")
    rows = count_text('<th class="field-')  # the first column of each result row
    assert_flat(f"admin {model} list", lambda: client_operator.get(url), lambda: _grow(shop, 4), rows)


def test_a_ticket_in_the_admin(client_operator: Client, shop: Shop) -> None:
    assert_flat_between(
        "admin ticket page",
        shop.busy_ticket(units=1, rounds=1),
        lambda: shop.busy_ticket(units=5, rounds=6),
        lambda ticket: client_operator.get(reverse("admin:tickets_ticket_change", args=[ticket.pk])),
        conversation_rows,
    )


def test_an_order_in_the_admin(client_operator: Client, shop: Shop) -> None:
    assert_flat_between(
        "admin order page",
        shop.order(units=1),
        lambda: shop.order(units=6),
        lambda order: client_operator.get(reverse("admin:orders_order_change", args=[order.pk])),
        count_text('name="units-'),
    )
