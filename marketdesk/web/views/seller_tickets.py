"""Seller portal, Ticket Management: the processing page of a ticket with its actions."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from marketdesk.accounts.access import ticket_for
from marketdesk.accounts.actors import Actor
from marketdesk.core.errors import DomainError, NotFound
from marketdesk.core.money import Money
from marketdesk.orders.models import CancelReason, RefundReason
from marketdesk.orders.selectors import UnitPanel, order_panel
from marketdesk.textmodules import placeholders
from marketdesk.textmodules.selectors import modules_for_ticket, placeholder_values
from marketdesk.tickets import actions, selectors, services
from marketdesk.tickets.enums import AuthorRole, NotifyReason
from marketdesk.tickets.models import Ticket
from marketdesk.web.access import current_actor, seller_required
from marketdesk.web.forms_common import incoming_files
from marketdesk.web.forms_seller import ACTION_FORMS, CancelForm, NotifyForm, RefundForm, ReplyForm
from marketdesk.web.timeline import describe_timeline
from marketdesk.web.views import seller_policy


def _ticket(request: HttpRequest, number: str) -> tuple[Actor, Ticket]:
    actor = current_actor(request)
    try:
        return actor, ticket_for(actor, number)
    except NotFound as error:
        raise Http404(error.message) from error


def _units_for_actions(panels: list[UnitPanel]) -> tuple[list[tuple[Any, Money]], list[tuple[Any, Money]]]:
    refundable = [(p.unit, p.remaining) for p in panels if p.in_ticket and p.remaining.amount > 0]
    cancellable = [(p.unit, p.remaining) for p in panels if p.in_ticket and p.cancellable]
    return refundable, cancellable


def _page(
    request: HttpRequest,
    actor: Actor,
    ticket: Ticket,
    *,
    reply_form: ReplyForm | None = None,
    action: str = "",
    action_form: forms.Form | None = None,
    confirming: bool = False,
    action_error: str = "",
    concurrent: list[Any] | None = None,
    confirm_text: str = "",
    policy_confirm: dict[str, Any] | None = None,
    status: int = 200,
) -> HttpResponse:
    conversation = selectors.conversation(actor, ticket)
    panels = order_panel(ticket.order, set(ticket.units.values_list("pk", flat=True)))
    refundable, cancellable = _units_for_actions(panels)
    if action and action_form is None:
        action_form = _action_form(action, None, refundable, cancellable)
    values = placeholder_values(ticket)
    modules = [(module, placeholders.render(module.body, values)) for module in modules_for_ticket(actor, ticket)]
    last_id = max((m.pk for m in conversation), default=0)
    if reply_form is None:
        reply_form = ReplyForm(initial={"seen_message_id": last_id})
    draft = reply_form.data.get("text") if reply_form.is_bound else reply_form.initial.get("text")
    return render(
        request,
        "web/seller/ticket_detail.html",
        {
            "nav": "tickets",
            "ticket": ticket,
            "messages_list": conversation,
            "timeline": describe_timeline(ticket, for_customer_service=False),
            "panels": panels,
            "modules": modules,
            "reply_form": reply_form,
            "action": action,
            "action_form": action_form,
            "confirming": confirming,
            "confirm_text": confirm_text,
            "action_error": action_error,
            "concurrent": concurrent or [],
            "refundable": refundable,
            "cancellable": cancellable,
            "can_write": not ticket.is_finally_closed,
            "may_close": services.may_close(actor, ticket),
            "is_open": ticket.status == "opened",
            "policy_check": seller_policy.draft_check(actor, ticket, draft or "", ())
            if not ticket.is_finally_closed
            else None,
            "policy_confirm": policy_confirm,
            "first_level": seller_policy.first_level(ticket),
            **seller_policy.panel(ticket),
        },
        status=status,
    )


def _action_form(
    action: str, data: Any, refundable: list[tuple[Any, Money]], cancellable: list[tuple[Any, Money]]
) -> forms.Form:
    form_class = ACTION_FORMS.get(action)
    if form_class is None:
        raise Http404
    if form_class is RefundForm:
        return RefundForm(data, units=refundable)
    if form_class is CancelForm:
        return CancelForm(data, units=cancellable)
    return form_class(data)


@seller_required
def ticket_detail(request: HttpRequest, number: str) -> HttpResponse:
    actor, ticket = _ticket(request, number)
    action = request.GET.get("action", "")
    if action and action not in ACTION_FORMS:
        action = ""
    reason = request.GET.get("reason", "")
    if action == "notify" and reason in NotifyReason.values:
        # Suggested from the buyer's words (a 1st-level topic): the reason comes preselected.
        return _page(request, actor, ticket, action=action, action_form=NotifyForm(initial={"reason": reason}))
    return _page(request, actor, ticket, action=action)


@seller_required
def order_details(request: HttpRequest, number: str) -> HttpResponse:
    _actor, ticket = _ticket(request, number)
    panels = order_panel(ticket.order, set(ticket.units.values_list("pk", flat=True)))
    template = "web/seller/order_panel.html" if request.headers.get("HX-Request") else "web/seller/order_page.html"
    return render(request, template, {"nav": "tickets", "ticket": ticket, "panels": panels})


@seller_required
def reply(request: HttpRequest, number: str) -> HttpResponse:
    actor, ticket = _ticket(request, number)
    if request.method != "POST":
        return redirect("seller:ticket", number=number)
    form = ReplyForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, actor, ticket, reply_form=form, status=400)
    data = form.cleaned_data
    concurrent = _answered_since(ticket, actor, data.get("seen_message_id") or 0)
    if concurrent and not data["internal"] and not data["send_anyway"]:
        # Someone else of this seller answered since the page was loaded: warn, keep the draft.
        warned = ReplyForm(
            initial={
                "text": data["text"],
                "seen_message_id": max(m.pk for m in concurrent),
                "send_anyway": True,
            }
        )
        return _page(request, actor, ticket, reply_form=warned, concurrent=concurrent, status=409)
    files = incoming_files(data["attachments"])
    if not data["internal"] and not data["confirm_policy"]:
        wanting = seller_policy.wanting(actor, ticket, data["text"], files)
        if wanting is not None:
            # The first answer lacks a valid return option: show why and let the seller decide; keep the draft.
            kept = ReplyForm(
                initial={
                    "text": data["text"],
                    "seen_message_id": data.get("seen_message_id") or 0,
                    "send_anyway": data["send_anyway"],
                }
            )
            return _page(request, actor, ticket, reply_form=kept, policy_confirm=wanting, status=409)
    try:
        services.message_post(
            actor=actor,
            ticket=ticket,
            text=data["text"],
            files=files,
            internal=data["internal"],
        )
    except DomainError as error:
        if isinstance(error, NotFound):
            raise Http404(error.message) from error
        form.add_error("attachments" if error.field == "attachments" else None, error.message)
        return _page(request, actor, ticket, reply_form=form, status=422)
    messages.success(request, _("Your internal note was saved.") if data["internal"] else _("Your reply was sent."))
    return redirect(reverse("seller:ticket", kwargs={"number": number}) + "#conversation")


def _answered_since(ticket: Ticket, actor: Actor, seen_message_id: int) -> list[Any]:
    return list(
        ticket.messages.filter(pk__gt=seen_message_id, author_role=AuthorRole.SELLER, is_internal=False)
        .exclude(author_user_id=actor.user_id)
        .order_by("pk")
    )


def _run_action(request: HttpRequest, number: str, action: str) -> HttpResponse:
    actor, ticket = _ticket(request, number)
    if request.method != "POST":
        return redirect(reverse("seller:ticket", kwargs={"number": number}) + f"?action={action}")
    panels = order_panel(ticket.order, set(ticket.units.values_list("pk", flat=True)))
    refundable, cancellable = _units_for_actions(panels)
    form = _action_form(action, request.POST, refundable, cancellable)
    if not form.is_valid():
        return _page(request, actor, ticket, action=action, action_form=form, status=400)
    if request.POST.get("confirmed") != "1":
        # The confirmation step: the same values, shown back for a second, deliberate click.
        return _page(
            request,
            actor,
            ticket,
            action=action,
            action_form=form,
            confirming=True,
            confirm_text=_confirm_text(action, form.cleaned_data, panels),
        )
    try:
        done = _perform(action, actor, ticket, form.cleaned_data)
    except DomainError as error:
        if isinstance(error, NotFound):
            raise Http404(error.message) from error
        return _page(request, actor, ticket, action=action, action_form=form, action_error=error.message, status=422)
    messages.success(request, done)
    return redirect("seller:ticket", number=number)


def _confirm_text(action: str, data: dict[str, Any], panels: list[UnitPanel]) -> str:
    titles = {str(p.unit.pk): p.unit for p in panels}
    if action == "refund":
        unit = titles[data["unit"]]
        return _("Refund %(amount)s for “%(item)s” to the buyer (%(reason)s)? You pay for this refund.") % {
            "amount": Money(data["amount"], unit.currency),
            "item": unit.product_title,
            "reason": RefundReason(data["reason"]).label,
        }
    if action == "cancel":
        return _("Cancel “%(item)s” (%(reason)s)? The buyer is refunded in full; this cannot be undone.") % {
            "item": titles[data["unit"]].product_title,
            "reason": CancelReason(data["reason"]).label,
        }
    if action == "notify":
        return _("Hand this ticket to customer service (%(reason)s)? It leaves your Open tab and the clock stops.") % {
            "reason": NotifyReason(data["reason"]).label
        }
    return _("Close this ticket? Do so only when the buyer's query is definitively resolved.")


def _perform(action: str, actor: Actor, ticket: Ticket, data: dict[str, Any]) -> str:
    if action == "refund":
        result = actions.ticket_refund_unit(
            actor=actor,
            ticket=ticket,
            unit_id=int(data["unit"]),
            amount=data["amount"],
            reason=data["reason"],
            idempotency_key=data["idempotency_key"],
        )
        money = Money(result.refund.amount, result.refund.currency)
        if not result.created:
            return _("This refund of %(amount)s had already been made; nothing was refunded twice.") % {"amount": money}
        return _("A refund of %(amount)s was issued (%(reason)s).") % {
            "amount": money,
            "reason": RefundReason(data["reason"]).label,
        }
    if action == "cancel":
        cancellation = actions.ticket_cancel_unit(
            actor=actor, ticket=ticket, unit_id=int(data["unit"]), reason=data["reason"]
        )
        refund = cancellation.refund
        return _("The order unit was cancelled (%(reason)s); the buyer is refunded %(amount)s.") % {
            "reason": CancelReason(data["reason"]).label,
            "amount": Money(refund.amount, refund.currency) if refund else Money(0, ticket.order.storefront.currency),
        }
    if action == "notify":
        actions.ticket_notify_customer_service(actor=actor, ticket=ticket, reason=data["reason"], note=data["note"])
        return _("Customer service has been notified (%(reason)s) and takes over the conversation.") % {
            "reason": NotifyReason(data["reason"]).label
        }
    services.ticket_close(actor=actor, ticket=ticket)
    return _("Ticket %(number)s was closed.") % {"number": ticket.number}


@seller_required
def refund(request: HttpRequest, number: str) -> HttpResponse:
    return _run_action(request, number, "refund")


@seller_required
def cancel(request: HttpRequest, number: str) -> HttpResponse:
    return _run_action(request, number, "cancel")


@seller_required
def notify(request: HttpRequest, number: str) -> HttpResponse:
    return _run_action(request, number, "notify")


@seller_required
def close(request: HttpRequest, number: str) -> HttpResponse:
    return _run_action(request, number, "close")
