"""The CSRF token with its mask drawn in one read (web/csrf.py): Django's middleware reads it as its own, on the
frame's pages and on Django's templates, with or without a cookie, and the mask is fresh and unbiased."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CsrfViewMiddleware,
    _unmask_cipher_token,
)
from django.test import Client, RequestFactory
from django.urls import reverse

from marketdesk.accounts.models import User
from marketdesk.tickets.models import Ticket
from marketdesk.web import csrf

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')
SECRET = "a" * 16 + "Z9" * 8


def test_the_token_unmasks_to_the_cookies_secret_and_renews_the_cookie() -> None:
    request = RequestFactory().get("/")
    request.META["CSRF_COOKIE"] = SECRET
    token = csrf.get_token(request)
    assert len(token) == 2 * CSRF_SECRET_LENGTH and set(token) <= set(CSRF_ALLOWED_CHARS)
    assert _unmask_cipher_token(token) == SECRET
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True


def test_a_visitor_without_a_cookie_gets_a_new_secret_that_the_token_carries() -> None:
    request = RequestFactory().get("/")
    token = csrf.get_token(request)
    secret = request.META["CSRF_COOKIE"]
    assert len(secret) == CSRF_SECRET_LENGTH and set(secret) <= set(CSRF_ALLOWED_CHARS)
    assert _unmask_cipher_token(token) == secret
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True
    other = RequestFactory().get("/")
    csrf.get_token(other)
    assert other.META["CSRF_COOKIE"] != secret


def test_every_token_has_a_fresh_mask() -> None:
    request = RequestFactory().get("/")
    request.META["CSRF_COOKIE"] = SECRET
    tokens = {csrf.get_token(request) for _ in range(50)}
    assert len(tokens) == 50
    assert {_unmask_cipher_token(token) for token in tokens} == {SECRET}


def test_the_random_characters_cover_the_alphabet_evenly() -> None:
    counts = Counter(csrf.random_chars(62 * 400))
    assert set(counts) == set(CSRF_ALLOWED_CHARS)
    # 400 expected each; a mapping that favoured some characters (bytes 248–255 kept) gives the first eight ~16 % more.
    assert max(counts.values()) < 400 * 1.25 and min(counts.values()) > 400 * 0.75
    assert len(csrf.random_chars(1)) == 1 and csrf.random_chars(0) == ""


def test_djangos_middleware_accepts_the_token_and_refuses_a_forged_one() -> None:
    factory = RequestFactory()
    middleware = CsrfViewMiddleware(lambda request: None)  # type: ignore[arg-type,return-value]

    def post(token: str) -> int | None:
        request = factory.post("/", {"csrfmiddlewaretoken": token})
        request.COOKIES["csrftoken"] = SECRET
        middleware.process_request(request)
        refused = middleware.process_view(request, lambda r: None, (), {})  # type: ignore[arg-type,return-value]
        return None if refused is None else refused.status_code

    request = factory.get("/")
    request.META["CSRF_COOKIE"] = SECRET
    token = csrf.get_token(request)
    assert post(token) is None
    forged = token[:CSRF_SECRET_LENGTH] + ("b" if token[-1] != "b" else "c") * CSRF_SECRET_LENGTH
    assert post(forged) == 403


def test_a_framed_page_and_a_django_template_carry_tokens_that_post(
    seller_user: User, ticket: Ticket, monkeypatch: pytest.MonkeyPatch
) -> None:
    masked: list[str] = []

    def mask(secret: str) -> str:
        masked.append(token := csrf_mask(secret))
        return token

    csrf_mask = csrf.mask
    monkeypatch.setattr(csrf, "mask", mask)
    client = Client(enforce_csrf_checks=True)
    client.force_login(seller_user)
    listed = client.get(reverse("seller:tickets"))  # the frame written in Python (web/shell.py)
    opened = client.get(reverse("seller:ticket", args=[ticket.number]))  # Django's templates, {% csrf_token %}
    for page in (listed, opened):
        assert page.status_code == 200
        tokens = set(TOKEN.findall(page.text))
        assert tokens and tokens <= set(masked)  # made here, not by Django's built-in processor
        secret = client.cookies["csrftoken"].value
        assert {_unmask_cipher_token(token) for token in tokens} == {secret}
    token = TOKEN.findall(opened.text)[-1]
    replied = client.post(
        reverse("seller:reply", args=[ticket.number]), {"text": "Ist unterwegs.", "csrfmiddlewaretoken": token}
    )
    assert replied.status_code == 302
    assert ticket.messages.count() == 2
    refused = client.post(
        reverse("seller:reply", args=[ticket.number]), {"text": "Noch einmal.", "csrfmiddlewaretoken": "x" * 64}
    )
    assert refused.status_code == 403
    assert ticket.messages.count() == 2


@pytest.mark.parametrize("cookie", ["!!bad!!", "x" * 31, "ä" * 32, "a" * 64, ""])
def test_a_malformed_cookie_gets_a_new_secret_not_an_error(seller_user: User, cookie: str) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(seller_user)
    client.cookies["csrftoken"] = cookie
    page = client.get(reverse("seller:tickets"))
    assert page.status_code == 200
    secret = client.cookies["csrftoken"].value
    assert len(secret) == CSRF_SECRET_LENGTH and set(secret) <= set(CSRF_ALLOWED_CHARS)
    assert {_unmask_cipher_token(token) for token in TOKEN.findall(page.text)} == {secret}
