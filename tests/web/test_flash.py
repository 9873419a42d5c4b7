"""Flash messages with storage made on first use (web/flash.py): a message added before a redirect is shown on the
next page and only once, and a request that never uses them stores nothing and sets no cookie."""

from __future__ import annotations

import pytest
from django.contrib.messages.storage.base import BaseStorage
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils.functional import SimpleLazyObject, empty

from marketdesk.accounts.models import User
from marketdesk.tickets.models import Ticket

pytestmark = pytest.mark.django_db


def test_a_message_added_before_a_redirect_is_shown_once_on_the_next_page(
    client: Client, seller_user: User, ticket: Ticket
) -> None:
    client.force_login(seller_user)
    page = reverse("seller:ticket", args=[ticket.number])
    sent = client.post(reverse("seller:reply", args=[ticket.number]), {"text": "Es ist unterwegs."})
    assert sent.status_code == 302
    assert isinstance(sent.wsgi_request._messages, BaseStorage)  # type: ignore[attr-defined] # made, then stored
    shown = client.get(page).content.decode()
    assert "Your reply was sent." in shown
    assert "Your reply was sent." not in client.get(page).content.decode()


def test_a_request_that_never_uses_messages_makes_no_storage_and_sets_no_cookie(
    client: Client, seller_user: User, ticket: Ticket
) -> None:
    client.force_login(seller_user)
    found = client.get(reverse("seller:tickets"), {"q": ticket.number})  # a redirect to the ticket
    assert found.status_code == 302
    messages = found.wsgi_request._messages  # type: ignore[attr-defined]
    assert isinstance(messages, SimpleLazyObject) and messages._wrapped is empty  # type: ignore[attr-defined]
    assert "messages" not in found.cookies


def test_the_admin_accepts_the_middleware() -> None:
    call_command("check", "--fail-level", "ERROR")  # admin.E409 asks for Django's MessageMiddleware or a subclass
