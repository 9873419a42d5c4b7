"""Attachments: real files only, within size and count limits, stored under names we choose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from marketdesk.accounts.actors import Actor
from marketdesk.tickets.attachments import AttachmentRejected, IncomingFile, clean_filename, sniff_type
from marketdesk.tickets.models import Attachment, Ticket, TicketMessage
from marketdesk.tickets.services import message_post

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
EXE = b"MZ\x90\x00" + b"\x00" * 64


def test_a_photo_and_a_pdf_are_stored_with_their_real_type(ticket: Ticket, buyer: Actor, settings: Any) -> None:
    message = message_post(
        actor=buyer,
        ticket=ticket,
        text="Fotos anbei",
        files=[IncomingFile("kaputt.png", PNG, "image/png"), IncomingFile("Rechnung.PDF", PDF, "application/pdf")],
    )
    stored = list(message.attachments.order_by("id"))
    assert [(a.filename, a.mime_type, a.size) for a in stored] == [
        ("kaputt.png", "image/png", len(PNG)),
        ("Rechnung.PDF", "application/pdf", len(PDF)),
    ]
    for attachment in stored:
        path = Path(attachment.file.path)
        assert path.is_relative_to(Path(settings.MEDIA_ROOT) / "attachments" / ticket.number)
        assert path.read_bytes() in (PNG, PDF)
        assert attachment.filename not in path.name  # stored under a generated name


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("../../etc/passwd.png", "passwd.png"),
        ("..\\..\\windows\\evil.pdf", "evil.pdf"),
        ("/abs/path/photo.jpg", "photo.jpg"),
        ("na\x00me\x1f.txt", "name.txt"),
        ("...hidden.png", "hidden.png"),
        ("ä" * 200 + ".png", "ä" * 116 + ".png"),
    ],
    ids=["dotdot", "backslashes", "absolute", "control-chars", "leading-dots", "too-long"],
)
def test_file_names_lose_every_path_trick(raw: str, clean: str) -> None:
    assert clean_filename(raw) == clean


@pytest.mark.parametrize("raw", ["", "../", "\x00\x01", "..."])
def test_a_file_name_with_nothing_left_is_refused(raw: str) -> None:
    with pytest.raises(AttachmentRejected):
        clean_filename(raw)


@pytest.mark.parametrize(
    ("files", "words"),
    [
        ([IncomingFile("setup.pdf", EXE, "application/pdf")], "not an allowed file type"),
        ([IncomingFile("foto.pdf", PNG, "application/pdf")], "not an allowed file type"),
        ([IncomingFile("script.sh", b"#!/bin/sh\nrm -rf /\n", "text/x-sh")], "not an allowed file type"),
        ([IncomingFile("leer.png", b"", "image/png")], "is empty"),
        ([IncomingFile("gross.png", PNG + b"\x00" * 2000, "image/png")], "attachments may be at most"),
        ([IncomingFile(f"f{i}.png", PNG, "image/png") for i in range(4)], "At most 3 attachments"),
    ],
    ids=["exe-as-pdf", "png-named-pdf", "shell-script", "empty", "oversized", "too-many"],
)
def test_disallowed_attachments_refuse_the_whole_message(
    ticket: Ticket, buyer: Actor, settings: Any, files: list[IncomingFile], words: str
) -> None:
    settings.ATTACHMENT_MAX_BYTES = 1024
    settings.ATTACHMENT_MAX_COUNT = 3
    with pytest.raises(AttachmentRejected) as caught:
        message_post(actor=buyer, ticket=ticket, text="Anhang", files=files)
    assert words in caught.value.message
    assert caught.value.field == "attachments"
    assert TicketMessage.objects.filter(ticket=ticket).count() == 1
    assert not Attachment.objects.exists()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PNG, "image/png"),
        (PDF, "application/pdf"),
        (b"\xff\xd8\xff\xe0rest", "image/jpeg"),
        (b"GIF89a...", "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        ("Grüße aus Brno".encode(), "text/plain"),
        (EXE, None),
        (b"\xff\xfe\x00\x00binary", None),
    ],
)
def test_types_are_sniffed_from_content(content: bytes, kind: str | None) -> None:
    assert sniff_type(content) == kind
