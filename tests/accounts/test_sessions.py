"""Sessions and the logged-in user, read on every page with plain statements, behave as Django's own do."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from marketdesk.accounts.models import User

TICKETS = reverse("seller:tickets")


def logged_out(response: object) -> bool:
    return getattr(response, "status_code", 0) == 302 and reverse("login") in response["Location"]  # type: ignore[index]


def test_a_password_login_lasts_from_page_to_page(client: Client, seller_user: User) -> None:
    response = client.post(reverse("login"), {"username": "alpha", "password": "pw"})
    assert response.status_code == 302
    for _ in range(2):
        page = client.get(TICKETS)
        assert page.status_code == 200 and page.context["user"] == seller_user


def test_each_seller_gets_their_own_user_back(client: Client, seller_user: User, seller2_user: User) -> None:
    other = Client()
    client.force_login(seller_user)
    other.force_login(seller2_user)
    assert client.get(TICKETS).context["user"].pk == seller_user.pk
    assert other.get(TICKETS).context["user"].pk == seller2_user.pk


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
