"""The portal's frame written once per kind of visitor (web/shell.py) is what Django writes for each request: for
sellers, buyers and agents, staff or not, in every language, on any address; and one visitor's frame never shows
another's name."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.contrib.messages import add_message, constants
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.db import SessionStore
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

from marketdesk.accounts.models import User
from marketdesk.web import shell

TEMPLATE = "web/seller/ticket_list.html"
CONTENT = mark_safe('<p class="content">the page’s own part &amp; more</p>')
# The CSRF token is masked anew each time it is asked for: compare where it stands, not its value.
TOKEN = re.compile(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[A-Za-z0-9]{64}')


def _request(user: User, address: str) -> HttpRequest:
    request = RequestFactory().get(address)
    request.user = user
    request.session = SessionStore()
    request._messages = FallbackStorage(request)  # type: ignore[attr-defined]
    return request


def _both(user: User, address: str, **context: str) -> tuple[str, str]:
    framed = shell.page(_request(user, address), TEMPLATE, CONTENT, **context)
    plain = render(_request(user, address), TEMPLATE, {"content": CONTENT, **context})
    return _text(framed), _text(plain)


def _text(response: HttpResponse) -> str:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    return TOKEN.sub(r"\1TOKEN", response.content.decode())


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_frame_is_what_django_writes_for_every_role_and_language(
    language: str, seller_user: User, buyer_user: User, agent_user: User
) -> None:
    staff = User.objects.get(pk=agent_user.pk)
    staff.is_staff = True
    buyer_user.first_name, buyer_user.last_name = "Zoë <b>", 'O\'Brien & "Sons"'
    addresses = [
        "/seller/tickets/",
        '/seller/tickets/?q=<script>"x"&tab=open&page=2',
        "/seller/tickets/?q=%E2%80%9Cü%E2%80%9D",
    ]
    with translation.override(language):
        for user, nav in [(seller_user, "tickets"), (buyer_user, "orders"), (agent_user, "queue"), (staff, "find")]:
            for address in addresses:
                framed, plain = _both(user, address, nav=nav)
                assert framed == plain, (user.username, language, address)
                assert framed.count("TOKEN") == 3
                assert CONTENT in framed


def test_one_visitors_frame_never_shows_anothers_name(seller_user: User, seller2_user: User) -> None:
    seller_user.first_name, seller2_user.first_name = "Alpha-Person", "Beta-Person"
    first = _text(shell.page(_request(seller_user, "/seller/tickets/"), TEMPLATE, CONTENT, nav="tickets"))
    second = _text(shell.page(_request(seller2_user, "/seller/tickets/"), TEMPLATE, CONTENT, nav="tickets"))
    assert "Alpha-Person" in first and "Beta-Person" not in first
    assert "Beta-Person" in second and "Alpha-Person" not in second
    # A name changed since the last page is the name shown.
    seller_user.first_name = "Alpha-Renamed"
    again = _text(shell.page(_request(seller_user, "/seller/tickets/"), TEMPLATE, CONTENT, nav="tickets"))
    assert "Alpha-Renamed" in again and "Alpha-Person" not in again


def test_each_request_gets_a_fresh_token_and_its_own_address(seller_user: User) -> None:
    tokens = set()
    for address in ["/seller/tickets/?tab=waiting", "/seller/tickets/?tab=closed"]:
        page = shell.page(_request(seller_user, address), TEMPLATE, CONTENT, nav="tickets").content.decode()
        found = set(re.findall(r'csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"', page))
        assert len(found) == 1
        tokens |= found
        assert f'name="next" type="hidden" value="{address.replace("&", "&amp;")}"' in page
    assert len(tokens) == 2


def test_a_flash_message_is_shown_in_the_frame(seller_user: User) -> None:
    assert "flash" not in shell.page(_request(seller_user, "/"), TEMPLATE, CONTENT, nav="tickets").content.decode()
    request = _request(seller_user, "/seller/tickets/")
    add_message(request, constants.SUCCESS, "Saved <everything>.")
    page = shell.page(request, TEMPLATE, CONTENT, nav="tickets").content.decode()
    assert '<ul class="flash" role="status">' in page
    assert '<li class="flash-success">Saved &lt;everything&gt;.</li>' in page


def test_a_name_that_reads_like_a_mark_is_written_as_it_is(seller_user: User) -> None:
    seller_user.first_name = "mdframe7content mdframe7csrf"
    framed, plain = _both(seller_user, "/seller/tickets/", nav="tickets")
    assert framed == plain
    assert "mdframe7content mdframe7csrf" in framed


def test_the_ticket_list_is_written_in_the_frame_and_its_form_posts(client: Client, seller_user: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(seller_user)
    page = client.get(reverse("seller:tickets"), {"tab": "closed"})
    assert page.status_code == 200
    token = re.search(r'csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"', page.text)
    assert token is not None
    # The language switch in the frame posts with the token it carries, and comes back to the same list.
    switched = client.post(
        reverse("set_language"),
        {"language": "de", "next": "/seller/tickets/?tab=closed", "csrfmiddlewaretoken": token[1]},
    )
    assert switched.status_code == 302 and switched["Location"] == "/seller/tickets/?tab=closed"
    assert "Ticketverwaltung" in client.get(reverse("seller:tickets"), {"tab": "closed"}).text
