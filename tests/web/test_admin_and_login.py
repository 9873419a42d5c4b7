"""The admin works for operators and only for them; the portals require a login."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from marketdesk.accounts import services as account_services
from marketdesk.accounts.models import Role, User
from marketdesk.tickets.models import Ticket

ADMIN_PAGES = [
    "admin:index",
    "admin:accounts_user_changelist",
    "admin:accounts_selleraccount_changelist",
    "admin:accounts_buyer_changelist",
    "admin:catalog_storefront_changelist",
    "admin:orders_order_changelist",
    "admin:orders_refund_changelist",
    "admin:orders_cancellation_changelist",
    "admin:tickets_ticket_changelist",
    "admin:textmodules_textmodule_changelist",
]


@pytest.fixture
def operator(db: None) -> User:
    return account_services.user_create(username="admin", password="pw", role=Role.OPERATOR)


@pytest.mark.parametrize("page", ADMIN_PAGES)
def test_operator_reaches_every_admin_page(client: Client, operator: User, ticket: Ticket, page: str) -> None:
    client.force_login(operator)
    assert client.get(reverse(page)).status_code == 200


def test_admin_shows_a_ticket_with_its_conversation_and_events(client: Client, operator: User, ticket: Ticket) -> None:
    client.force_login(operator)
    response = client.get(reverse("admin:tickets_ticket_change", args=[ticket.pk]))
    assert response.status_code == 200
    assert "Das Gerät lässt sich nicht einschalten." in response.text
    # The audit trail cannot be changed from the admin.
    assert client.post(reverse("admin:tickets_ticket_delete", args=[ticket.pk]), {"post": "yes"}).status_code == 403
    assert Ticket.objects.filter(pk=ticket.pk).exists()


def test_storefront_thresholds_are_editable(client: Client, operator: User) -> None:
    client.force_login(operator)
    response = client.get(reverse("admin:catalog_storefront_change", args=["de"]))
    assert response.status_code == 200
    assert 'name="answer_hours"' in response.text and 'name="holiday_country"' in response.text


@pytest.mark.parametrize("role_user", ["seller_user", "buyer_user", "agent_user"])
def test_sellers_buyers_and_agents_do_not_get_the_admin(
    client: Client, request: pytest.FixtureRequest, role_user: str
) -> None:
    client.force_login(request.getfixturevalue(role_user))
    response = client.get(reverse("admin:tickets_ticket_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_login_page_and_login(client: Client, seller_user: User) -> None:
    assert client.get("/").status_code == 302
    page = client.get(reverse("login"))
    assert page.status_code == 200 and "csrfmiddlewaretoken" in page.text
    response = client.post(reverse("login"), {"username": "alpha", "password": "pw"})
    assert response.status_code == 302
    assert client.get("/").status_code == 302


@pytest.mark.parametrize(
    ("persona", "portal"),
    [("seller_user", "/seller/tickets/"), ("buyer_user", "/buyer/orders/"), ("agent_user", "/cs/")],
)
def test_the_start_page_sends_each_role_to_its_portal(
    client: Client, request: pytest.FixtureRequest, persona: str, portal: str
) -> None:
    client.force_login(request.getfixturevalue(persona))
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == portal
    assert client.get(portal).status_code == 200
