"""Forms of the seller's ticket pages: list filters, reply, and the four ticket actions."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from marketdesk.catalog.models import StorefrontCode
from marketdesk.core.money import Money, parse_major_units
from marketdesk.orders.models import CancelReason, OrderUnit, RefundReason
from marketdesk.policy.seller import AttachmentInfo
from marketdesk.tickets.enums import NotifyReason, PortalTab, TicketTopic
from marketdesk.web.forms_common import MultipleFileField, shared_fields

PAGE_SIZES = [(25, "25"), (50, "50"), (100, "100")]


@shared_fields
class TicketListForm(forms.Form):
    tab = forms.ChoiceField(choices=PortalTab.choices, required=False)
    q = forms.CharField(
        label=_("Ticket number, order number or words from the messages"), max_length=200, required=False
    )
    topic = forms.ChoiceField(label=_("Topic"), choices=[("", _("All topics")), *TicketTopic.choices], required=False)
    storefront = forms.ChoiceField(
        label=_("Storefront"), choices=[("", _("All storefronts")), *StorefrontCode.choices], required=False
    )
    created_from = forms.DateField(
        label=_("Created from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    created_to = forms.DateField(label=_("Created to"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[("", _("Default")), ("deadline", _("Deadline")), ("updated", _("Last update"))],
        required=False,
    )
    page = forms.IntegerField(min_value=1, required=False)
    size = forms.TypedChoiceField(choices=PAGE_SIZES, coerce=int, required=False, empty_value=None)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("created_from"), data.get("created_to")
        if start and end and start > end:
            self.add_error("created_to", _("“Created to” is before “Created from”."))
        return data


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Your reply"),
        max_length=65535,
        widget=forms.Textarea(attrs={"id": "reply-text", "rows": 6, "data-draft": ""}),
    )
    attachments = MultipleFileField()
    seen_message_id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    send_anyway = forms.BooleanField(widget=forms.HiddenInput, required=False)
    internal = forms.BooleanField(label=_("Internal note (not sent to the buyer)"), required=False)
    # The names and types of the chosen files, for the live policy check (filled by marketdesk.js).
    attachment_info = forms.CharField(
        widget=forms.HiddenInput(attrs={"id": "reply-attachment-info"}), required=False, max_length=8000
    )
    # Send a first response the return-option policy finds wanting, after the seller saw why.
    confirm_policy = forms.BooleanField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["attachments"].widget.attrs["data-describe-into"] = "reply-attachment-info"


# A file's name and type as the browser reports them; longer values are not a real file chooser's.
_MAX_FILENAME = 255
_MAX_MIME_TYPE = 100


def parse_attachment_info(raw: str) -> list[AttachmentInfo]:
    """The chosen files as `[{"filename", "mime_type"}, …]` JSON; anything else reads as no files at all."""
    try:
        items = json.loads(raw) if raw else []
    except ValueError:
        return []
    if not isinstance(items, list) or len(items) > settings.ATTACHMENT_MAX_COUNT:
        return []
    files = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"filename", "mime_type"}:
            return []
        name, mime_type = item["filename"], item["mime_type"]
        if not isinstance(name, str) or not isinstance(mime_type, str):
            return []
        if not name.strip() or len(name) > _MAX_FILENAME or len(mime_type) > _MAX_MIME_TYPE:
            return []
        files.append(AttachmentInfo(filename=name, mime_type=mime_type))
    return files


class PolicyCheckForm(forms.Form):
    """The reply box as the live return-option check reads it: the draft, the chosen files' names, note or not."""

    text = forms.CharField(max_length=65535, required=False, strip=False)
    attachment_info = forms.CharField(max_length=8000, required=False)
    internal = forms.BooleanField(required=False)

    def clean_attachment_info(self) -> list[AttachmentInfo]:
        return parse_attachment_info(self.cleaned_data.get("attachment_info") or "")


class _UnitChoice(forms.ChoiceField):
    def __init__(self, units: Iterable[tuple[OrderUnit, Money]], **kwargs: Any) -> None:
        choices = [
            (str(unit.pk), f"{unit.product_title} – {Money(unit.price, unit.currency)} ({unit.get_status_display()})")
            for unit, _remaining in units
        ]
        super().__init__(choices=choices, label=_("Order unit"), **kwargs)


class RefundForm(forms.Form):
    amount = forms.CharField(label=_("Amount"), max_length=20, widget=forms.TextInput(attrs={"inputmode": "decimal"}))
    reason = forms.ChoiceField(label=_("Reason"), choices=RefundReason.choices)
    idempotency_key = forms.CharField(widget=forms.HiddenInput, max_length=80)

    def __init__(self, *args: Any, units: list[tuple[OrderUnit, Money]], **kwargs: Any) -> None:
        kwargs.setdefault("initial", {}).setdefault("idempotency_key", uuid.uuid4().hex)
        super().__init__(*args, **kwargs)
        self.fields = {"unit": _UnitChoice(units), **self.fields}

    def clean_amount(self) -> int:
        try:
            return parse_major_units(self.cleaned_data["amount"])
        except (ValueError, ArithmeticError):
            raise forms.ValidationError(_("Enter an amount such as 12.50.")) from None


class CancelForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=CancelReason.choices)

    def __init__(self, *args: Any, units: list[tuple[OrderUnit, Money]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields = {"unit": _UnitChoice(units), **self.fields}


class NotifyForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=NotifyReason.choices)
    note = forms.CharField(
        label=_("Note for customer service"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class CloseForm(forms.Form):
    pass


ACTION_FORMS: dict[str, type[forms.Form]] = {
    "refund": RefundForm,
    "cancel": CancelForm,
    "notify": NotifyForm,
    "close": CloseForm,
}
