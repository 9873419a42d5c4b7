"""Seller portal API key pages: list, create (the secret shown once), revoke with confirmation; scoped per seller."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.apikeys import active_key, api_key_create, key_secret
from marketdesk.accounts.models import ApiKey, User
from marketdesk.core import clock
from tests.conftest import T0

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def seller_client(client: Client, seller_user: User) -> Client:
    client.force_login(seller_user)
    return client


@pytest.fixture
def own_key(seller: Actor) -> ApiKey:
    return api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="ERP connector")[0]


@pytest.fixture
def other_key(seller2: Actor) -> ApiKey:
    return api_key_create(actor=seller2, seller_id=seller2.seller_id or 0, label="Beta shop system")[0]


def _list_url() -> str:
    return reverse("seller:apikey_list")


def _revoke_url(key: ApiKey) -> str:
    return reverse("seller:apikey_revoke", args=[key.pk])


def _create(client: Client, label: str) -> tuple[str, str]:
    response = client.post(reverse("seller:apikey_create"), {"label": label})
    assert response.status_code == 200
    html = response.content.decode()
    client_key = re.search(r'id="client-key">([0-9a-f]{32})<', html)
    secret = re.search(r'id="secret-key">([0-9a-f]{64})<', html)
    assert client_key and secret
    return client_key.group(1), secret.group(1)


# --- list ----------------------------------------------------------------------------------------------------


def test_list_shows_the_sellers_keys_and_not_another_sellers(
    seller_client: Client, own_key: ApiKey, other_key: ApiKey, seller: Actor, now: dt.datetime
) -> None:
    revoked = api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="Old shop")[0]
    revoked.revoked_at = T0 + dt.timedelta(hours=2)
    revoked.last_used_at = T0 + dt.timedelta(hours=1)
    revoked.save()

    response = seller_client.get(_list_url())

    assert response.status_code == 200
    assert response.context["nav"] == "apikeys"
    html = response.content.decode()
    for key in (own_key, revoked):
        assert key.label in html and key.client_key in html
    assert other_key.label not in html and other_key.client_key not in html
    assert {key.pk for key in response.context["keys"]} == {revoked.pk, own_key.pk}
    # Active keys can be revoked, revoked ones show when.
    assert _revoke_url(own_key) in html
    assert _revoke_url(revoked) not in html
    assert f'datetime="{revoked.revoked_at.isoformat()}"' in html
    assert f'datetime="{revoked.last_used_at.isoformat()}"' in html
    assert "/v2" in html  # the base URL integrations point at
    assert f'href="{_list_url()}" aria-current="page"' in html  # the navigation shows where the seller is


def test_list_never_shows_a_secret(seller_client: Client, seller: Actor) -> None:
    _key, secret = api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="k")
    assert secret not in seller_client.get(_list_url()).content.decode()


def test_list_is_empty_with_an_explanation(seller_client: Client) -> None:
    response = seller_client.get(_list_url())
    assert response.status_code == 200
    assert response.context["keys"] == []
    assert 'name="label"' in response.content.decode()


def test_list_queries_do_not_grow_with_the_number_of_keys(
    seller_client: Client, seller: Actor, django_assert_max_num_queries: object
) -> None:
    for i in range(15):
        api_key_create(actor=seller, seller_id=seller.seller_id or 0, label=f"key {i}")
    with django_assert_max_num_queries(8):  # type: ignore[operator]
        assert seller_client.get(_list_url()).status_code == 200


@pytest.mark.parametrize("who", ["buyer_user", "agent_user"])
def test_pages_do_not_exist_for_other_roles(client: Client, own_key: ApiKey, who: str, request: Any) -> None:
    client.force_login(request.getfixturevalue(who))
    assert client.get(_list_url()).status_code == 404
    assert client.post(reverse("seller:apikey_create"), {"label": "x"}).status_code == 404
    assert client.post(_revoke_url(own_key)).status_code == 404
    assert ApiKey.objects.count() == 1 and ApiKey.objects.get().revoked_at is None


def test_anonymous_users_are_sent_to_the_login(client: Client, own_key: ApiKey) -> None:
    for response in (client.get(_list_url()), client.post(reverse("seller:apikey_create"), {"label": "x"})):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    assert ApiKey.objects.count() == 1


# --- create --------------------------------------------------------------------------------------------------


def test_create_shows_the_secret_once_with_a_warning(seller_client: Client, seller_user: User) -> None:
    response = seller_client.post(reverse("seller:apikey_create"), {"label": "Warehouse"})

    assert response.status_code == 200
    assert response.context["nav"] == "apikeys"
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "will not be shown again" in html
    key = ApiKey.objects.get()
    secret = response.context["secret"]
    assert key.label == "Warehouse" and key.seller == seller_user.seller_account and key.created_by == seller_user
    assert key.client_key in html and secret in html
    # Stored encrypted only, and never shown again.
    assert secret.encode() not in bytes(key.secret_encrypted)
    assert key_secret(key) == secret
    assert secret not in seller_client.get(_list_url()).content.decode()
    assert secret not in seller_client.get(_revoke_url(key)).content.decode()


def test_the_created_pair_signs_api_requests(seller_client: Client) -> None:
    client_key, secret = _create(seller_client, "Shop system")
    key = active_key(client_key)
    assert key is not None and key_secret(key) == secret


@pytest.mark.parametrize("label", ["", "   ", "x" * 81])
def test_create_refuses_a_bad_label(seller_client: Client, label: str) -> None:
    response = seller_client.post(reverse("seller:apikey_create"), {"label": label})

    assert response.status_code == 400
    assert response.context["form"].errors["label"]
    assert 'aria-invalid="true"' in response.content.decode() or "errorlist" in response.content.decode()
    assert not ApiKey.objects.exists()


def test_create_by_get_goes_back_to_the_list(seller_client: Client) -> None:
    response = seller_client.get(reverse("seller:apikey_create"))
    assert response.status_code == 302 and response["Location"] == _list_url()
    assert not ApiKey.objects.exists()


def test_labels_are_escaped(seller_client: Client) -> None:
    response = seller_client.post(reverse("seller:apikey_create"), {"label": SCRIPT})
    assert SCRIPT not in response.content.decode()
    assert SCRIPT not in seller_client.get(_list_url()).content.decode()


# --- revoke --------------------------------------------------------------------------------------------------


def test_revoke_asks_first_then_revokes(seller_client: Client, own_key: ApiKey, now: dt.datetime) -> None:
    confirm = seller_client.get(_revoke_url(own_key))

    assert confirm.status_code == 200
    assert confirm.context["nav"] == "apikeys"
    assert own_key.client_key in confirm.content.decode() and 'method="post"' in confirm.content.decode()
    own_key.refresh_from_db()
    assert own_key.revoked_at is None, "showing the confirmation changes nothing"

    clock.set_now(T0 + dt.timedelta(minutes=5))
    done = seller_client.post(_revoke_url(own_key), follow=True)

    assert done.status_code == 200
    assert done.redirect_chain[-1][0].startswith(_list_url())
    own_key.refresh_from_db()
    assert own_key.revoked_at == T0 + dt.timedelta(minutes=5)
    assert active_key(own_key.client_key) is None
    assert "revoked" in done.content.decode()
    assert _revoke_url(own_key) not in done.content.decode()


def test_revoking_twice_keeps_the_first_time(seller_client: Client, own_key: ApiKey, now: dt.datetime) -> None:
    seller_client.post(_revoke_url(own_key))
    clock.set_now(T0 + dt.timedelta(days=1))
    response = seller_client.post(_revoke_url(own_key))

    assert response.status_code == 302
    own_key.refresh_from_db()
    assert own_key.revoked_at == T0
    assert seller_client.get(_revoke_url(own_key)).status_code == 200  # says it is revoked, offers no button


def test_another_sellers_key_is_not_found(seller_client: Client, other_key: ApiKey) -> None:
    assert seller_client.get(_revoke_url(other_key)).status_code == 404
    assert seller_client.post(_revoke_url(other_key)).status_code == 404
    other_key.refresh_from_db()
    assert other_key.revoked_at is None
    assert seller_client.get(reverse("seller:apikey_revoke", args=[987654])).status_code == 404


def test_pages_render_in_german(seller_client: Client, own_key: ApiKey) -> None:
    seller_client.cookies["django_language"] = "de"
    for url in (_list_url(), _revoke_url(own_key)):
        response = seller_client.get(url, headers={"Accept-Language": "de"})
        assert response.status_code == 200
        assert '<html lang="de">' in response.content.decode()
