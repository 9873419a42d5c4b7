"""Sessions and the logged-in user, read on every page with plain statements, behave as Django's own do."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import SESSION_KEY
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.sessions.models import Session
from django.test import Client, override_settings
from django.urls import reverse

from marketdesk.accounts.models import User
from marketdesk.accounts.sessions import SessionStore

TICKETS = reverse("seller:tickets")


def logged_out(response: object) -> bool:
    return getattr(response, "status_code", 0) == 302 and reverse("login") in response["Location"]  # type: ignore[index]


def test_a_password_login_lasts_from_page_to_page(client: Client, seller_user: User) -> None:
    response = client.post(reverse("login"), {"username": "alpha", "password": "pw"})
    assert response.status_code == 302
    for _ in range(2):
        page = client.get(TICKETS)
        assert page.status_code == 200 and page.wsgi_request.user == seller_user


def test_each_seller_gets_their_own_user_back(client: Client, seller_user: User, seller2_user: User) -> None:
    other = Client()
    client.force_login(seller_user)
    other.force_login(seller2_user)
    for who, user in [(client, seller_user), (other, seller2_user)]:
        page = who.get(TICKETS)
        assert page.wsgi_request.user.pk == user.pk
        assert f"{user.username} · Seller" in page.text  # the page's top bar names its own user


def test_an_expired_session_is_a_login_again(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    Session.objects.update(expire_date=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
    assert logged_out(client.get(TICKETS))


def test_an_unknown_session_key_is_a_login_again(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    Session.objects.all().delete()
    assert logged_out(client.get(TICKETS))


def test_a_deactivated_user_is_logged_out(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    User.objects.filter(pk=seller_user.pk).update(is_active=False)
    assert logged_out(client.get(TICKETS))


def test_a_session_naming_no_user_is_anonymous(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    session = Session.objects.get()
    data = session.get_decoded() | {SESSION_KEY: "999999"}
    Session.objects.filter(pk=session.pk).update(session_data=Session.objects.encode(data))
    assert logged_out(client.get(TICKETS))


def test_a_changed_password_logs_the_other_sessions_out(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    assert client.get(TICKETS).status_code == 200  # the user's statement is compiled and the session decoded
    seller_user.set_password("a new one")
    seller_user.save(update_fields=["password"])
    assert logged_out(client.get(TICKETS))


def test_tampered_session_data_is_a_login_again(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    assert client.get(TICKETS).status_code == 200
    session = Session.objects.get()
    payload, _, signature = session.session_data.rpartition(":")
    forged = f"{payload}:{'A' if signature[0] != 'A' else 'B'}{signature[1:]}"
    Session.objects.filter(pk=session.pk).update(session_data=forged)
    assert logged_out(client.get(TICKETS))


def test_session_data_signed_under_another_secret_key_does_not_decode(client: Client, seller_user: User) -> None:
    client.force_login(seller_user)
    assert client.get(TICKETS).status_code == 200  # decoded (and kept) under the current key
    with override_settings(SECRET_KEY="another secret key, as after a rotation without fallbacks"):
        assert logged_out(client.get(TICKETS))


def test_decoded_sessions_share_nothing_that_can_change() -> None:
    store = SessionStore()
    plain = store.encode({"a": "1", "n": 2})
    first = store.decode(plain)
    first["a"] = "changed"
    assert store.decode(plain) == {"a": "1", "n": 2}
    nested = store.encode({"grants": [1, 2]})
    found = store.decode(nested)
    found["grants"].append(3)
    assert store.decode(nested) == {"grants": [1, 2]}


def test_the_session_hash_is_djangos_under_every_key(seller_user: User) -> None:
    for secret in (None, "a fallback secret key"):
        djangos = AbstractBaseUser._get_session_auth_hash(seller_user, secret)
        assert seller_user._get_session_auth_hash(secret) == djangos
    before = seller_user.get_session_auth_hash()
    seller_user.set_password("a new one")
    assert seller_user.get_session_auth_hash() != before
    assert seller_user.get_session_auth_hash() == AbstractBaseUser.get_session_auth_hash(seller_user)


def test_a_rotated_secret_key_keeps_sessions_made_under_its_fallback(client: Client, seller_user: User) -> None:
    with override_settings(SECRET_KEY="the key before the rotation"):
        client.force_login(seller_user)
        assert client.get(TICKETS).status_code == 200
    rotated = {"SECRET_KEY": "the key after the rotation", "SECRET_KEY_FALLBACKS": ["the key before the rotation"]}
    with override_settings(**rotated):
        assert client.get(TICKETS).status_code == 200  # the data and the hash are checked under the fallback
    with override_settings(SECRET_KEY="the key after the rotation"):
        assert client.get(TICKETS).status_code == 200  # the session's hash was renewed under the new key
    with override_settings(SECRET_KEY="yet another key"):
        assert logged_out(client.get(TICKETS))
