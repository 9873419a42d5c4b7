"""Buyer portal forms: opening a ticket on order units, replying, confirming a close."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from marketdesk.core.money import Money
from marketdesk.orders.models import OrderUnit
from marketdesk.tickets.enums import TicketReason, TicketTopic
from marketdesk.tickets.services import MAX_TEXT
from marketdesk.web.forms_common import MultipleFileField, attachments_help, incoming_files

__all__ = ["attachments_help", "incoming_files"]


def unit_label(unit: OrderUnit) -> str:
    price = Money(unit.price, unit.currency)
    return f"{unit.product_title} · {price} · {unit.get_status_display()}"


class NewTicketForm(forms.Form):
    # Only the units of the order in the URL are choices: ticket_open would otherwise accept
    # the units of any of the buyer's orders and file the ticket under that other order.
    units = forms.TypedMultipleChoiceField(
        label=_("Which items is it about?"),
        coerce=int,
        # The stylesheet makes inputs full width; a checkbox keeps its natural size.
        widget=forms.CheckboxSelectMultiple(attrs={"style": "width: auto"}),
        error_messages={
            "required": _("Choose at least one item of this order."),
            "invalid_choice": _("Choose only items of this order."),
        },
    )
    reason = forms.ChoiceField(
        label=_("Reason"),
        choices=[("", _("Choose a reason…")), *TicketReason.choices],
        error_messages={"required": _("Choose a reason.")},
    )
    topic = forms.ChoiceField(
        label=_("Topic (optional)"), choices=[("", _("No specific topic")), *TicketTopic.choices], required=False
    )
    message = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 7}),
        max_length=MAX_TEXT,
        error_messages={"required": _("The message must not be empty.")},
    )
    attachments = MultipleFileField(label=_("Attachments"))

    def __init__(self, *args: Any, units: Sequence[OrderUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast(forms.TypedMultipleChoiceField, self.fields["units"])
        field.choices = [(unit.pk, unit_label(unit)) for unit in units]
        self.fields["attachments"].help_text = attachments_help()


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=MAX_TEXT,
        error_messages={"required": _("The message must not be empty.")},
    )
    attachments = MultipleFileField(label=_("Attachments"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = attachments_help()


class CloseTicketForm(forms.Form):
    confirm = forms.BooleanField(required=True)


# Fields named by DomainError.field in the ticket services → the form field that shows the message.
NEW_TICKET_FIELDS = {
    "id_order_unit": "units",
    "reason": "reason",
    "topic": "topic",
    "message": "message",
    "attachments": "attachments",
}
REPLY_FIELDS = {"text": "text", "attachments": "attachments"}
