"""Attachments: checked for size, count and real type (by content, not by name) before they are stored."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from marketdesk.core import clock
from marketdesk.core.errors import ValidationFailed
from marketdesk.tickets.models import Attachment, TicketMessage

# type → the file name extensions that may carry it
ALLOWED_TYPES: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "text/plain": (".txt",),
}
MAX_FILENAME = 120


class AttachmentRejected(ValidationFailed):
    code = "attachments_upload_failure"


@dataclass(frozen=True, slots=True)
class IncomingFile:
    filename: str
    content: bytes
    mime_type: str = ""


def sniff_type(content: bytes) -> str | None:
    """The type the bytes really are, or None when they are none of the allowed kinds."""
    if content.startswith(b"%PDF-"):
        return "application/pdf"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    if b"\x00" not in content:
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "text/plain"
    return None


def clean_filename(raw: str) -> str:
    """Only the last path component, printable, at most 120 characters: no path tricks survive."""
    name = unicodedata.normalize("NFC", raw).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().lstrip(".")
    if not name:
        raise AttachmentRejected(_("An attachment has no usable file name."), field="attachments")
    if len(name) > MAX_FILENAME:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: MAX_FILENAME - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else name[:MAX_FILENAME]
    return name


def precheck(files: Sequence[tuple[str, int]]) -> None:
    """Count and size only, from (file name, size in bytes): lets a form refuse before reading uploads."""
    if len(files) > settings.ATTACHMENT_MAX_COUNT:
        raise AttachmentRejected(
            _("At most %(count)d attachments per message.") % {"count": settings.ATTACHMENT_MAX_COUNT},
            field="attachments",
        )
    for raw_name, size in files:
        name = clean_filename(raw_name)
        if size == 0:
            raise AttachmentRejected(_("“%(name)s” is empty.") % {"name": name}, field="attachments")
        if size > settings.ATTACHMENT_MAX_BYTES:
            raise AttachmentRejected(
                _("“%(name)s” is %(size)s; attachments may be at most %(limit)s.")
                % {
                    "name": name,
                    "size": filesizeformat(size),
                    "limit": filesizeformat(settings.ATTACHMENT_MAX_BYTES),
                },
                field="attachments",
            )


def validate(files: Sequence[IncomingFile]) -> list[tuple[str, str, bytes]]:
    """Return (clean file name, real type, content) for each file, or refuse the whole message."""
    precheck([(incoming.filename, len(incoming.content)) for incoming in files])
    checked = []
    for incoming in files:
        name = clean_filename(incoming.filename)
        real = sniff_type(incoming.content)
        extension = "." + name.rpartition(".")[2].lower() if "." in name else ""
        if real is None or extension not in ALLOWED_TYPES[real]:
            raise AttachmentRejected(
                _("“%(name)s” is not an allowed file type (PDF, JPEG, PNG, GIF, WebP or plain text).") % {"name": name},
                field="attachments",
            )
        checked.append((name, real, incoming.content))
    return checked


def store(message: TicketMessage, checked: list[tuple[str, str, bytes]]) -> list[Attachment]:
    stored = []
    for name, mime_type, content in checked:
        attachment = Attachment(
            message=message, filename=name, mime_type=mime_type, size=len(content), created_at=clock.now()
        )
        attachment.file.save(name, ContentFile(content), save=False)
        attachment.save()
        stored.append(attachment)
    return stored
