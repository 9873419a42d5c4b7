"""Seller portal: the return-option policy in the reply box — the live check of a draft, the confirmation before a
first answer without a valid return option, and the decision and case shown on the ticket."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from marketdesk.accounts.access import ticket_for
from marketdesk.accounts.actors import Actor
from marketdesk.core.errors import NotFound
from marketdesk.core.money import Money
from marketdesk.policy.models import CaseState, PolicyCase, PolicyDecision
from marketdesk.policy.seller import EUR_LIMIT_CENTS, AttachmentInfo
from marketdesk.policy.services import DraftCheck, TicketPolicy, check_text, ticket_policy
from marketdesk.textmodules import placeholders
from marketdesk.textmodules.selectors import modules_for_ticket, placeholder_values
from marketdesk.tickets.attachments import IncomingFile, clean_filename, sniff_type
from marketdesk.tickets.enums import NotifyReason, PortalTab
from marketdesk.tickets.models import Ticket
from marketdesk.web.access import current_actor, seller_required
from marketdesk.web.forms_seller import PolicyCheckForm

# The return options in the seller's words; the policy's own reasons (evidence, "why") are shown as it gives them.
RETURN_OPTION_LABELS: dict[str, Promise] = {
    "label_attached": gettext_lazy("a prepaid return label attached to the answer"),
    "label_url": gettext_lazy("a link to download a prepaid return label"),
    "return_address": gettext_lazy("your return address (only for an item of at most 40 EUR)"),
    "refund_without_return": gettext_lazy("a refund without return: the buyer keeps the item"),
    "label_in_package": gettext_lazy("a pointer to the return label already in the package"),
    "marketplace_return_portal": gettext_lazy("a pointer to the marketplace's own return registration"),
}


def _option_label(option: str) -> str:
    return str(RETURN_OPTION_LABELS.get(option, option))


def _fixing_modules(
    actor: Actor, ticket: Ticket, policy: TicketPolicy, files: Sequence[AttachmentInfo]
) -> list[dict[str, Any]]:
    """The seller's text modules of this sales channel that offer a valid return option on their own."""
    values = placeholder_values(ticket)  # once: rendering each module must not query again
    fixing = []
    for module in modules_for_ticket(actor, ticket):
        rendered = placeholders.render(module.body, values)
        options = check_text(policy, rendered.text, files).reading.return_options
        if options:
            fixing.append({"module": module, "text": rendered.text, "options": [_option_label(o) for o in options]})
    return fixing


def _findings(
    actor: Actor, ticket: Ticket, checked: DraftCheck, text: str, files: Sequence[AttachmentInfo]
) -> dict[str, Any]:
    """What a judged draft offers and lacks, for the live check and the confirmation box alike."""
    reading = checked.reading
    refused = [
        {
            "label": _option_label(option),
            "reasons": [e for e in reading.evidence if e.rule == option],
        }
        for option in reading.refused_options
    ]
    wanting = not reading.return_options
    price = checked.policy.price_eur_cents
    return {
        "empty": not text.strip(),
        "decision": checked.decision,
        "valid": [_option_label(o) for o in reading.return_options],
        "refused": refused,
        "discount_offered": reading.discount_offered,
        "options": [_option_label(o) for o in RETURN_OPTION_LABELS],
        "address_allowed": price is not None and price <= EUR_LIMIT_CENTS,
        "price_eur": None if price is None else Money(price, "EUR"),
        "fixing": _fixing_modules(actor, ticket, checked.policy, files) if wanting else [],
    }


def draft_check(actor: Actor, ticket: Ticket, text: str, files: Sequence[AttachmentInfo]) -> dict[str, Any]:
    """The live check's view of a draft: whether the policy judges it, and if so what it offers and lacks."""
    policy = ticket_policy(ticket)
    context: dict[str, Any] = {"policy": policy, "phase": policy.phase}
    if policy.phase == "none":
        context["state"] = "none"
    elif not policy.first_response_pending:
        context["state"] = "answered"
    elif not policy.applicability.applies:
        context["state"] = "not_applies"
    else:
        context["state"] = "checks"
        context.update(_findings(actor, ticket, check_text(policy, text, files), text, files))
    return context


def _attachment_infos(files: Sequence[IncomingFile]) -> list[AttachmentInfo]:
    """The uploaded files as the policy reads them: the stored name and the type their content shows."""
    return [AttachmentInfo(clean_filename(f.filename), sniff_type(f.content) or f.mime_type) for f in files]


def wanting(actor: Actor, ticket: Ticket, text: str, files: Sequence[IncomingFile]) -> dict[str, Any] | None:
    """The confirmation box when sending `text` as the first response breaks (or may break) the policy."""
    if ticket.first_response_at is not None or ticket.is_finally_closed:
        return None
    policy = ticket_policy(ticket)
    if not policy.checks:
        return None
    infos = _attachment_infos(files)
    checked = check_text(policy, text, infos)
    if not checked.needs_confirmation:
        return None
    return {
        **_findings(actor, ticket, checked, text, infos),
        "phase": policy.phase,
        "files": [clean_filename(f.filename) for f in files],
    }


def panel(ticket: Ticket) -> dict[str, Any]:
    """The decision on the seller's first response and the case customer service opened on it, if any."""
    decision = PolicyDecision.objects.filter(ticket=ticket).first()
    case = PolicyCase.objects.filter(ticket=ticket).first() if decision is not None else None
    ends = None
    if case is not None and case.state == CaseState.ENFORCED and case.window_ends_at is not None:
        ends = case.window_ends_at.astimezone(ZoneInfo(ticket.storefront.time_zone)).date()
    return {"policy_decision": decision, "policy_case": case, "return_window_ends": ends}


@seller_required
@require_POST
def policy_check(request: HttpRequest, number: str) -> HttpResponse:
    """The live return-option check of the reply box (htmx): one call, the files described, never uploaded."""
    actor = current_actor(request)
    try:
        ticket = ticket_for(actor, number)
    except NotFound as error:
        raise Http404(error.message) from error
    form = PolicyCheckForm(request.POST)
    form.is_valid()  # every field is optional; one that does not validate reads as empty
    data = form.cleaned_data
    if data.get("internal"):
        context: dict[str, Any] = {"state": "internal"}
    else:
        context = draft_check(actor, ticket, data.get("text") or "", data.get("attachment_info") or [])
    return render(request, "web/seller/policy_check.html", {"ticket": ticket, "policy_check": context})


def first_level(ticket: Ticket) -> NotifyReason | None:
    """The marketplace customer-service topic the buyer's enquiry belongs to, while the seller is to answer it."""
    if ticket.portal_tab != PortalTab.OPEN:
        return None
    topic = ticket_policy(ticket).buyer.first_level_topic
    return NotifyReason(topic) if topic in NotifyReason.values else None
