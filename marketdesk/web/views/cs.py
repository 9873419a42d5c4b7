"""Customer-service console: the queue, opening any ticket with a recorded reason, and the ticket actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django_stubs_ext import StrOrPromise

from marketdesk.accounts.access import cs_may_view, ticket_for
from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import SellerAccount
from marketdesk.core import clock
from marketdesk.core.errors import DomainError, NotFound
from marketdesk.core.pagination import paginate
from marketdesk.policy import services as policy_services
from marketdesk.policy.models import OPEN_CASE_STATES, PolicyCase, PolicyDecision
from marketdesk.tickets import actions, selectors, services
from marketdesk.tickets.enums import PortalTab
from marketdesk.tickets.models import Ticket
from marketdesk.web import forms_cs
from marketdesk.web.access import cs_required, current_actor
from marketdesk.web.errors import raise_404_if_not_found
from marketdesk.web.forms_common import incoming_files
from marketdesk.web.timeline import describe_timeline

PAGE_SIZE = 25
UNPROCESSABLE = 422
FILTER_KEYS = ("seller", "storefront", "cs_reason")


# --- Queue ------------------------------------------------------------------------------------------------------


@cs_required
def queue(request: HttpRequest) -> HttpResponse:
    tickets = selectors.cs_queue()
    sellers = (
        SellerAccount.objects.filter(pk__in=tickets.values("seller_id")).order_by("name").values_list("pk", "name")
    )
    form = forms_cs.QueueFilterForm(request.GET or None, sellers=list(sellers))
    page = paginate(form.apply(tickets) if form.is_bound else tickets, offset=form.offset_value, limit=PAGE_SIZE)
    context = {
        "nav": "queue",
        "form": form,
        "page": page,
        "in_queue": tickets.count(),
        "filtered": form.is_bound and form.is_valid() and any(form.cleaned_data.get(k) for k in FILTER_KEYS),
        "now": clock.now(),
    }
    return render(request, "web/cs/queue.html", context)


# --- Find a ticket ----------------------------------------------------------------------------------------------


@cs_required
@require_http_methods(["GET", "POST"])
def find(request: HttpRequest) -> HttpResponse:
    actor = current_actor(request)
    if request.method != "POST":
        form = forms_cs.FindTicketForm(initial={"number": request.GET.get("number", "")[:11]})
        return render(request, "web/cs/find.html", {"nav": "find", "form": form})
    form = forms_cs.FindTicketForm(request.POST)
    if form.is_valid():
        try:
            ticket = ticket_for(actor, form.cleaned_data["number"])
            actions.ticket_open_by_customer_service(actor=actor, ticket=ticket, reason=form.cleaned_data["reason"])
        except DomainError as error:
            add_domain_error(form, error, {"id_ticket": "number"})
        else:
            messages.success(
                request, _("Ticket %(number)s opened; your reason is recorded in its history.") % {"number": ticket}
            )
            return redirect("cs:ticket", number=ticket.number)
    return render(request, "web/cs/find.html", {"nav": "find", "form": form}, status=UNPROCESSABLE)


# --- Ticket page ------------------------------------------------------------------------------------------------


def _ticket_or_redirect(request: HttpRequest, actor: Actor, number: str) -> Ticket | HttpResponse:
    """The ticket, or the way to the find form when this agent has no recorded reason to see it."""
    try:
        ticket = ticket_for(actor, number)
    except NotFound as error:
        raise_404_if_not_found(error)
        raise
    if cs_may_view(actor, ticket):
        return ticket
    messages.info(
        request,
        _("Ticket %(number)s is not in the customer-service queue: please say why you are opening it.")
        % {"number": ticket.number},
    )
    return redirect(reverse("cs:find") + "?" + urlencode({"number": ticket.number}))


@cs_required
def ticket(request: HttpRequest, number: str) -> HttpResponse:
    actor = current_actor(request)
    found = _ticket_or_redirect(request, actor, number)
    if isinstance(found, HttpResponse):
        return found
    return _render_ticket(request, actor, found)


@dataclass(frozen=True, slots=True)
class Action:
    name: str  # the URL name, also the key of ACTIONS
    title: StrOrPromise
    button: StrOrPromise
    explanation: StrOrPromise
    form_class: type[forms.Form]
    perform: Callable[[Actor, Ticket, dict[str, Any]], object]
    done: StrOrPromise  # success message, with %(number)s
    danger: bool = False
    multipart: bool = False
    # Service error fields that have a different name on this form.
    aliases: Mapping[str, str] = field(default_factory=dict)


ACTIONS: dict[str, Action] = {
    a.name: a
    for a in (
        Action(
            name="take_over",
            title=gettext_lazy("Take over"),
            button=gettext_lazy("Take over the ticket"),
            explanation=gettext_lazy(
                "Customer service takes over the communication: the ticket leaves the seller's Open tab and the "
                "seller's answer clock pauses until you hand it back."
            ),
            form_class=forms_cs.TakeOverForm,
            perform=lambda actor, ticket, data: actions.ticket_take_over(
                actor=actor, ticket=ticket, reason=data["reason"]
            ),
            done=gettext_lazy("You have taken over ticket %(number)s; the seller's answer clock is paused."),
        ),
        Action(
            name="reply",
            title=gettext_lazy("Reply as customer service"),
            button=gettext_lazy("Send to the buyer and the seller"),
            explanation=gettext_lazy(
                "The buyer and the seller both see this message, signed as the marketplace's customer service."
            ),
            form_class=forms_cs.CsMessageForm,
            perform=lambda actor, ticket, data: services.message_post(
                actor=actor, ticket=ticket, text=data["text"], files=incoming_files(data["attachments"])
            ),
            done=gettext_lazy("Your reply as customer service was sent on ticket %(number)s."),
            multipart=True,
        ),
        Action(
            name="note",
            title=gettext_lazy("Internal note"),
            button=gettext_lazy("Add the internal note"),
            explanation=gettext_lazy("The seller's users and customer service see this note; the buyer never does."),
            form_class=forms_cs.InternalNoteForm,
            perform=lambda actor, ticket, data: services.message_post(
                actor=actor, ticket=ticket, text=data["text"], internal=True
            ),
            done=gettext_lazy("Internal note added to ticket %(number)s."),
        ),
        Action(
            name="hand_back",
            title=gettext_lazy("Hand back to the seller"),
            button=gettext_lazy("Hand back"),
            explanation=gettext_lazy(
                "The seller is responsible again: the ticket returns to the seller's Open tab and the answer "
                "clock runs again (the remaining time, or a fresh answer time after a notification)."
            ),
            form_class=forms_cs.HandBackForm,
            perform=lambda actor, ticket, data: actions.ticket_hand_back(actor=actor, ticket=ticket, note=data["note"]),
            done=gettext_lazy("Ticket %(number)s was handed back to the seller."),
        ),
        Action(
            name="enforce",
            title=gettext_lazy("Enforce the return-option policy"),
            button=gettext_lazy("Cancel and refund at the seller's expense"),
            explanation=gettext_lazy(
                "Every order unit of this ticket is cancelled and the buyer refunded in full, in the seller's name "
                "and at the seller's expense. Both parties are told; the seller then has four weeks to agree a "
                "return with the buyer on this ticket. This cannot be undone."
            ),
            form_class=forms_cs.EnforcePolicyForm,
            perform=lambda actor, ticket, data: policy_services.case_enforce(
                actor=actor, case=_open_case(ticket), note=data["note"]
            ),
            done=gettext_lazy("The return-option policy was enforced on ticket %(number)s."),
            danger=True,
        ),
        Action(
            name="dismiss",
            title=gettext_lazy("Dismiss the policy case"),
            button=gettext_lazy("No breach: dismiss"),
            explanation=gettext_lazy(
                "The seller's first answer is accepted as offering a valid return option; nothing is cancelled."
            ),
            form_class=forms_cs.DismissPolicyForm,
            perform=lambda actor, ticket, data: policy_services.case_dismiss(
                actor=actor, case=_open_case(ticket), note=data["note"]
            ),
            done=gettext_lazy("The policy case on ticket %(number)s was dismissed."),
        ),
        Action(
            name="close",
            title=gettext_lazy("Close finally"),
            button=gettext_lazy("Close the ticket finally"),
            explanation=gettext_lazy(
                "This cannot be undone: the ticket is closed for everybody and accepts no more messages, "
                "neither from the buyer nor from the seller."
            ),
            form_class=forms_cs.CloseFinallyForm,
            perform=lambda actor, ticket, data: services.ticket_close(actor=actor, ticket=ticket, final=True),
            done=gettext_lazy("Ticket %(number)s was closed finally."),
            danger=True,
        ),
    )
}


def _open_case(ticket: Ticket) -> PolicyCase:
    case = PolicyCase.objects.filter(ticket=ticket).first()
    if case is None:
        raise NotFound(_("Ticket %(number)s has no policy case.") % {"number": ticket.number}, field="case")
    return case


def available_actions(ticket: Ticket, case: PolicyCase | None = None) -> list[Action]:
    """Which buttons to offer; the services still decide (a stale page gets their specific refusal)."""
    if ticket.is_finally_closed:
        return []
    names = ["reply", "note", "hand_back", "close"] if ticket.held_by_cs else ["take_over", "note", "close"]
    if case is not None and case.is_open:
        names[-1:-1] = ["enforce", "dismiss"]
    return [ACTIONS[name] for name in names]


@cs_required
@require_http_methods(["GET", "POST"])
def ticket_action(request: HttpRequest, number: str, action: str) -> HttpResponse:
    """GET is the confirmation step (the action's form with what it will do); POST performs the action."""
    spec = ACTIONS[action]
    actor = current_actor(request)
    found = _ticket_or_redirect(request, actor, number)
    if isinstance(found, HttpResponse):
        return found
    if request.method != "POST":
        return _render_ticket(request, actor, found, action=spec, form=spec.form_class())
    form = spec.form_class(request.POST, request.FILES)
    if form.is_valid():
        try:
            spec.perform(actor, found, form.cleaned_data)
        except DomainError as error:
            raise_404_if_not_found(error)
            add_domain_error(form, error, spec.aliases)
        else:
            messages.success(request, str(spec.done) % {"number": found.number})
            found.refresh_from_db()
            if cs_may_view(actor, found):
                return redirect("cs:ticket", number=found.number)
            return redirect("cs:queue")
    return _render_ticket(request, actor, found, action=spec, form=form, status=UNPROCESSABLE)


def add_domain_error(form: forms.Form, error: DomainError, aliases: Mapping[str, str]) -> None:
    """Show the service's own message next to the field it names, or above the form."""
    name = aliases.get(error.field or "", error.field)
    form.add_error(name if name in form.fields else None, error.message)


def _render_ticket(
    request: HttpRequest,
    actor: Actor,
    ticket: Ticket,
    *,
    action: Action | None = None,
    form: forms.Form | None = None,
    status: int = 200,
) -> HttpResponse:
    conversation = selectors.conversation(actor, ticket)
    case = PolicyCase.objects.filter(ticket=ticket).select_related("decision", "decided_by").first()
    decision = PolicyDecision.objects.filter(ticket=ticket).first()
    context = {
        "nav": "queue" if ticket.held_by_cs else "policy" if case is not None else "find",
        "policy_case": case,
        "policy_decision": decision,
        # A date, not a datetime: the template would turn an aware datetime back into the site's time zone.
        "return_window_ends": _local(ticket, case.window_ends_at).date() if case and case.window_ends_at else None,
        "ticket": ticket,
        "units": list(ticket.units.order_by("id")),
        "messages_list": conversation,
        "notes": [m for m in conversation if m.is_internal],
        "timeline": describe_timeline(ticket, for_customer_service=True),
        "action_links": [(a, reverse(f"cs:{a.name}", args=[ticket.number])) for a in available_actions(ticket, case)],
        "action": action,
        "action_url": reverse(f"cs:{action.name}", args=[ticket.number]) if action else "",
        "form": form,
        "in_queue": ticket.held_by_cs and ticket.portal_tab != PortalTab.CLOSED,
        "portal_tab": ticket.portal_tab_label,
    }
    return render(request, "web/cs/ticket.html", context, status=status)


def _local(ticket: Ticket, when: dt.datetime) -> dt.datetime:
    return when.astimezone(ZoneInfo(ticket.storefront.time_zone))


# --- Policy cases -----------------------------------------------------------------------------------------------


@cs_required
def policy_cases(request: HttpRequest) -> HttpResponse:
    """Return-option policy cases: violations and undecided first answers to decide, and what was decided."""
    cases = PolicyCase.objects.select_related(
        "ticket", "ticket__storefront", "seller", "decision", "decided_by"
    ).order_by("opened_at", "id")
    sellers = SellerAccount.objects.filter(pk__in=PolicyCase.objects.values("seller_id")).order_by("name")
    form = forms_cs.PolicyCaseFilterForm(request.GET or None, sellers=list(sellers.values_list("pk", "name")))
    page = paginate(form.apply(cases), offset=form.offset_value, limit=PAGE_SIZE)
    context = {
        "nav": "policy",
        "form": form,
        "page": page,
        "to_decide": PolicyCase.objects.filter(state__in=OPEN_CASE_STATES).count(),
        "now": clock.now(),
    }
    return render(request, "web/cs/policy_cases.html", context)
