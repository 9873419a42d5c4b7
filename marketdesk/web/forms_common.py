"""Form pieces shared by the portals: several attachments in one field; choices shared between a form's copies."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from marketdesk.tickets.attachments import ALLOWED_TYPES, AttachmentRejected, IncomingFile, precheck

ACCEPT = ",".join(ext for extensions in ALLOWED_TYPES.values() for ext in extensions)


class FixedChoiceField(forms.ChoiceField):
    """A choice field whose choices are the same for every form: each form's copy of the field shares them.

    Django copies a field's choices for every form it makes and normalises them again; for the ticket list's topics
    that was two thirds of the cost of reading its query string."""

    def __deepcopy__(self, memo: dict[int, Any]) -> FixedChoiceField:
        # forms.Field.__deepcopy__, but the widget is copied without its choices (their setter normalises each one).
        result = copy.copy(self)
        memo[id(self)] = result
        result.widget = copy.copy(self.widget)
        result.widget.attrs = self.widget.attrs.copy()
        result.error_messages = self.error_messages.copy()
        result.validators = self.validators[:]
        return result


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
