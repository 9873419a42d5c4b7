"""The "Notifications" page in the seller portal and in the buyer portal: each user switches their own e-mails."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from marketdesk.accounts.models import User
from marketdesk.notify.models import NotificationKind, NotificationPreference
from marketdesk.notify.preferences import preferences_of

pytestmark = pytest.mark.django_db

SELLER_URL = "/seller/notifications/"
BUYER_URL = "/buyer/notifications/"


def enabled(user: User) -> set[str]:
    return {p.kind for p in preferences_of(user) if p.enabled}


def test_the_urls_and_the_nav_links() -> None:
    assert reverse("seller:notifications") == SELLER_URL and reverse("buyer:notifications") == BUYER_URL


def test_a_seller_sees_every_seller_notification_switched_on_by_default(client: Client, seller_user: User) -> None:
    seller_user.email = "alpha@alpha.example"
    seller_user.save()
    client.force_login(seller_user)
    page = client.get(SELLER_URL).content.decode()
    assert f'href="{SELLER_URL}" aria-current="page"' in page
    assert "alpha@alpha.example" in page
    for kind in ("ticket_new", "buyer_message", "deadline_warning", "handed_back", "policy_decision"):
        assert f'value="{kind}" id="kind-{kind}" checked' in page
    assert 'value="reply"' not in page  # buyer notifications are not offered to sellers


def test_a_seller_switches_some_off_and_the_page_shows_it(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    response = client.post(SELLER_URL, {"kind": ["ticket_new", "deadline_warning"]}, follow=True)
    assert response.status_code == 200 and response.redirect_chain == [(SELLER_URL, 302)]
    page = response.content.decode()
    assert 'value="buyer_message" id="kind-buyer_message">' in page
    assert 'value="ticket_new" id="kind-ticket_new" checked' in page
    assert enabled(seller_user) == {"ticket_new", "deadline_warning"}
    assert client.post(SELLER_URL, {"kind": ["ticket_new", "deadline_warning", "buyer_message"]}).status_code == 302
    assert enabled(seller_user) == {"ticket_new", "deadline_warning", "buyer_message"}
    assert NotificationPreference.objects.filter(user=seller_user).count() == 5  # one row per kind, updated in place


def test_a_seller_without_an_address_is_told_so(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    assert "has no e-mail address" in client.get(SELLER_URL).content.decode()


def test_an_unknown_or_other_roles_kind_is_refused_and_nothing_changes(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    response = client.post(SELLER_URL, {"kind": ["ticket_new", "reply"]})
    assert response.status_code == 400 and "Unknown notification reply." in response.content.decode()
    response = client.post(SELLER_URL, {"kind": ["<script>x</script>"]})
    assert response.status_code == 400 and "<script>x</script>" not in response.content.decode()
    assert not NotificationPreference.objects.exists()


def test_two_sellers_each_set_only_their_own(client: Client, seller_user: User, seller2_user: User) -> None:
    client.force_login(seller2_user)
    client.post(SELLER_URL, {"kind": []})
    assert enabled(seller2_user) == set()
    assert len(enabled(seller_user)) == 5  # Alpha's user is untouched
    client.force_login(seller_user)
    page = client.get(SELLER_URL).content.decode()
    assert page.count(" checked>") == 5


def test_the_buyer_page_offers_the_buyers_notifications(client: Client, buyer_user: User) -> None:
    client.force_login(buyer_user)
    page = client.get(BUYER_URL).content.decode()
    assert "anna@example.com" in page and f'href="{BUYER_URL}" aria-current="page"' in page
    assert 'value="reply"' in page and 'value="closed"' in page and 'value="ticket_new"' not in page
    assert client.post(BUYER_URL, {"kind": [NotificationKind.CLOSED]}).status_code == 302
    assert enabled(buyer_user) == {"closed"}


def test_each_portal_is_closed_to_the_other_roles_and_to_strangers(
    client: Client, seller_user: User, buyer_user: User, agent_user: User
) -> None:
    assert client.get(SELLER_URL).status_code == 302  # to the login page
    client.force_login(buyer_user)
    assert client.get(SELLER_URL).status_code == 404
    client.force_login(seller_user)
    assert client.get(BUYER_URL).status_code == 404
    client.force_login(agent_user)
    assert client.get(SELLER_URL).status_code == client.get(BUYER_URL).status_code == 404


def test_saving_needs_the_csrf_token(seller_user: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(seller_user)
    assert client.post(SELLER_URL, {"kind": []}).status_code == 403
    assert len(enabled(seller_user)) == 5
