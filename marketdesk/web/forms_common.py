"""Form pieces shared by the portals: several attachments in one field; fields shared between a form's instances."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from marketdesk.tickets.attachments import ALLOWED_TYPES, AttachmentRejected, IncomingFile, precheck

ACCEPT = ",".join(ext for extensions in ALLOWED_TYPES.values() for ext in extensions)


class _SharedFields(dict[str, forms.Field]):
    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, forms.Field]:
        return dict(self)


FormClass = TypeVar("FormClass", bound=type[forms.Form])


def shared_fields(form_class: FormClass) -> FormClass:
    """Every form of the class uses the class's fields as they are instead of deep copies of them.

    Django copies each field, its widget and its choices for every form it makes, so that a form may change its own;
    for the ticket list's filters that copy cost more than reading the query string. Only for forms that never change
    a field, its widget or its choices after the class is made."""
    form_class.base_fields = _SharedFields(form_class.base_fields)
    return form_class


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Zero or more files; the type is checked by content in tickets.attachments, which stays the authority."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"multiple": True, "accept": ACCEPT}))
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", gettext_lazy("Attachments"))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        cleaned = [super(MultipleFileField, self).clean(f, initial) for f in files]
        try:
            # Count and size before the uploads are read into memory.
            precheck([(f.name or "", f.size or 0) for f in cleaned])
        except AttachmentRejected as error:
            raise forms.ValidationError(error.message) from None
        return cleaned


def incoming_files(uploads: Iterable[UploadedFile]) -> list[IncomingFile]:
    return [IncomingFile(upload.name or "", upload.read(), upload.content_type or "") for upload in uploads]


def attachments_help() -> str:
    return _("Up to %(count)d files (PDF, JPEG, PNG, GIF, WebP or plain text), at most %(size)s each.") % {
        "count": settings.ATTACHMENT_MAX_COUNT,
        "size": filesizeformat(settings.ATTACHMENT_MAX_BYTES),
    }
