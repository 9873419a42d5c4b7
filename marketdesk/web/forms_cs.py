"""Forms of the customer-service console: queue filters, finding a ticket, and the ticket actions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from marketdesk.catalog.models import StorefrontCode
from marketdesk.tickets.actions import MAX_NOTE
from marketdesk.tickets.enums import NotifyReason
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import MAX_TEXT
from marketdesk.web.forms_common import MultipleFileField

# Tickets taken over on customer service's own initiative carry no seller's reason.
NO_CS_REASON = "none"
OLDEST, NEWEST = "oldest", "newest"


class QueueFilterForm(forms.Form):
    seller = forms.ChoiceField(label=_("Seller"), required=False)
    storefront = forms.ChoiceField(
        label=_("Storefront"), choices=[("", _("All storefronts")), *StorefrontCode.choices], required=False
    )
    cs_reason = forms.ChoiceField(
        label=_("Customer-service reason"),
        choices=[
            ("", _("All reasons")),
            *NotifyReason.choices,
            (NO_CS_REASON, _("Taken over by customer service")),
        ],
        required=False,
    )
    order = forms.ChoiceField(
        label=_("Waiting since"),
        choices=[(OLDEST, _("Oldest first")), (NEWEST, _("Newest first"))],
        required=False,
    )
    offset = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, sellers: Iterable[tuple[int, str]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        seller_field = cast(forms.ChoiceField, self.fields["seller"])
        seller_field.choices = [("", _("All sellers")), *((str(pk), name) for pk, name in sellers)]

    def apply(self, tickets: QuerySet[Ticket]) -> QuerySet[Ticket]:
        """Narrow the queue to what the agent picked; invalid input narrows nothing."""
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("seller"):
            tickets = tickets.filter(seller_id=int(data["seller"]))
        if data.get("storefront"):
            tickets = tickets.filter(storefront_id=data["storefront"])
        reason = data.get("cs_reason")
        if reason:
            tickets = tickets.filter(cs_reason="" if reason == NO_CS_REASON else reason)
        if data.get("order") == NEWEST:
            tickets = tickets.order_by("-cs_since", "-id")
        else:
            tickets = tickets.order_by("cs_since", "id")
        return tickets

    @property
    def offset_value(self) -> int:
        return (self.cleaned_data.get("offset") or 0) if self.is_valid() else 0


class FindTicketForm(forms.Form):
    number = forms.CharField(
        label=_("Ticket number"),
        max_length=11,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "placeholder": "001…"}),
    )
    # The minimum length is the service's rule; the form only insists that something was typed.
    reason = forms.CharField(
        label=_("Why are you opening this ticket?"),
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded in the ticket's history together with your name (at least 5 characters)."),
    )

    def clean_number(self) -> str:
        return "".join(str(self.cleaned_data["number"]).split())


class TakeOverForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for taking over"),
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded in the ticket's history; the seller's answer clock pauses."),
    )


class CsMessageForm(forms.Form):
    text = forms.CharField(label=_("Message"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 6}))
    attachments = MultipleFileField()


class InternalNoteForm(forms.Form):
    text = forms.CharField(
        label=_("Internal note"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Visible to the seller's users and customer service, never to the buyer."),
    )


class HandBackForm(forms.Form):
    note = forms.CharField(
        label=_("Note for the seller"),
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the seller as an internal note."),
    )


class CloseFinallyForm(forms.Form):
    """Nothing to type: the confirmation page is the whole form."""


class EnforcePolicyForm(forms.Form):
    note = forms.CharField(
        label=_("Note (optional)"),
        max_length=MAX_NOTE,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Added to the seller's internal note about the enforcement."),
    )


class DismissPolicyForm(forms.Form):
    note = forms.CharField(
        label=_("Why is this no breach?"),
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the seller as an internal note and kept in the ticket's history."),
    )


ALL_CASES = "all"
OPEN_CASES = "open"


class PolicyCaseFilterForm(forms.Form):
    state = forms.ChoiceField(label=_("State"), required=False)
    seller = forms.ChoiceField(label=_("Seller"), required=False)
    offset = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, sellers: Iterable[tuple[int, str]] = (), **kwargs: Any) -> None:
        from marketdesk.policy.models import CaseState

        super().__init__(*args, **kwargs)
        state_field = cast(forms.ChoiceField, self.fields["state"])
        state_field.choices = [(OPEN_CASES, _("To decide")), *CaseState.choices, (ALL_CASES, _("All cases"))]
        seller_field = cast(forms.ChoiceField, self.fields["seller"])
        seller_field.choices = [("", _("All sellers")), *((str(pk), name) for pk, name in sellers)]

    def apply(self, cases: QuerySet[Any]) -> QuerySet[Any]:
        from marketdesk.policy.models import OPEN_CASE_STATES

        data = self.cleaned_data if self.is_valid() else {}
        state = data.get("state") or OPEN_CASES
        if state == OPEN_CASES:
            cases = cases.filter(state__in=OPEN_CASE_STATES)
        elif state != ALL_CASES:
            cases = cases.filter(state=state)
        if data.get("seller"):
            cases = cases.filter(seller_id=int(data["seller"]))
        return cases

    @property
    def offset_value(self) -> int:
        return (self.cleaned_data.get("offset") or 0) if self.is_valid() else 0
