"""Attachments download only for those who may read the message, always as a download."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.tickets.attachments import IncomingFile
from marketdesk.tickets.models import Attachment, Ticket
from marketdesk.tickets.services import message_post

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def photo(ticket: Ticket, buyer: Actor) -> Attachment:
    message = message_post(actor=buyer, ticket=ticket, text="Foto", files=[IncomingFile("foto.png", PNG, "image/png")])
    return message.attachments.get()


@pytest.mark.parametrize("persona", ["seller_user", "buyer_user", "agent_user"])
def test_parties_of_the_ticket_download_it(
    client: Client, request: pytest.FixtureRequest, photo: Attachment, persona: str
) -> None:
    client.force_login(request.getfixturevalue(persona))
    response = client.get(reverse("attachment", args=[photo.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG  # type: ignore[attr-defined]
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment;") and "foto.png" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("persona", ["seller2_user", "buyer2_user"])
def test_strangers_get_404(client: Client, request: pytest.FixtureRequest, photo: Attachment, persona: str) -> None:
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("attachment", args=[photo.pk])).status_code == 404


def test_attachments_of_internal_notes_stay_hidden_from_the_buyer(
    client: Client, ticket: Ticket, seller: Actor, buyer_user: User, seller_user: User
) -> None:
    note = message_post(
        actor=seller,
        ticket=ticket,
        text="Lieferschein",
        internal=True,
        files=[IncomingFile("ls.png", PNG, "image/png")],
    )
    attachment = note.attachments.get()
    client.force_login(buyer_user)
    assert client.get(reverse("attachment", args=[attachment.pk])).status_code == 404
    client.force_login(seller_user)
    assert client.get(reverse("attachment", args=[attachment.pk])).status_code == 200
