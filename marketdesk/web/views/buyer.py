"""Buyer portal: my orders, reporting a problem on an order, my tickets, a ticket's conversation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketdesk.accounts import access
from marketdesk.accounts.actors import Actor
from marketdesk.core.errors import DomainError, NotFound
from marketdesk.core.pagination import Page, paginate
from marketdesk.orders.models import Order, OrderUnit
from marketdesk.policy.models import CaseState, PolicyCase
from marketdesk.tickets import selectors
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.enums import PortalTab, TicketStatus
from marketdesk.tickets.models import Ticket
from marketdesk.web.access import buyer_required, current_actor
from marketdesk.web.errors import raise_404_if_not_found
from marketdesk.web.forms_buyer import (
    NEW_TICKET_FIELDS,
    REPLY_FIELDS,
    CloseTicketForm,
    NewTicketForm,
    ReplyForm,
    incoming_files,
)

PER_PAGE = 20


@dataclass(frozen=True, slots=True)
class BuyerStatus:
    label: str
    tone: str  # "seller" | "cs" | "you" | "closed": the CSS hook for the badge


def buyer_status(ticket: Ticket) -> BuyerStatus:
    """The ticket's state in the buyer's words: who has to act next, or that it is closed."""
    closed = {
        TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL: _("Closed by customer service"),
        TicketStatus.BUYER_CLOSED: _("Closed by you"),
        TicketStatus.SELLER_CLOSED: _("Closed by the seller"),
        TicketStatus.BOTH_CLOSED: _("Closed"),
    }
    if ticket.status in closed:
        return BuyerStatus(closed[TicketStatus(ticket.status)], "closed")
    if ticket.held_by_cs:
        return BuyerStatus(_("Customer service is handling it"), "cs")
    if ticket.portal_tab == PortalTab.OPEN:
        return BuyerStatus(_("Waiting for the seller"), "seller")
    return BuyerStatus(_("Answered – waiting for you"), "you")


def _page(request: HttpRequest, queryset: QuerySet[Any]) -> tuple[Page[Any], int]:
    try:
        number = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        number = 1
    return paginate(queryset, offset=(number - 1) * PER_PAGE, limit=PER_PAGE), number


def _ticket_or_404(actor: Actor, number: str) -> Ticket:
    try:
        return access.ticket_for(actor, number)
    except NotFound as error:
        raise Http404(error.message) from error


@buyer_required
def orders(request: HttpRequest) -> HttpResponse:
    actor = current_actor(request)
    queryset = (
        access.orders_visible_to(actor)
        .select_related("storefront")
        .prefetch_related(
            Prefetch("units", queryset=OrderUnit.objects.order_by("id")),
            Prefetch("tickets", queryset=Ticket.objects.order_by("-created_at")),
        )
        .order_by("-created_at", "-pk")
    )
    page, number = _page(request, queryset)
    return render(request, "web/buyer/orders.html", {"nav": "orders", "page": page, "page_number": number})


@buyer_required
def new_ticket(request: HttpRequest, id_order: str) -> HttpResponse:
    actor = current_actor(request)
    try:
        order: Order = access.order_for(actor, id_order)
    except NotFound as error:
        raise Http404(error.message) from error
    units = list(order.units.order_by("id"))
    status = 200
    if request.method == "POST":
        form = NewTicketForm(request.POST, request.FILES, units=units)
        if form.is_valid():
            data = form.cleaned_data
            try:
                ticket = ticket_services.ticket_open(
                    actor=actor,
                    unit_ids=data["units"],
                    reason=data["reason"],
                    topic=data["topic"] or None,
                    message=data["message"],
                    files=incoming_files(data["attachments"]),
                    id_order=order.id_order,
                )
            except DomainError as error:
                form.add_error(NEW_TICKET_FIELDS.get(error.field or ""), error.message)
            else:
                messages.success(
                    request,
                    _("Your ticket %(number)s was opened. The seller has been asked to answer.")
                    % {"number": ticket.number},
                )
                return redirect("buyer:ticket", number=ticket.number)
        status = 422
    else:
        form = NewTicketForm(initial={"units": _preselected(request, units)}, units=units)
    context = {"nav": "orders", "order": order, "units": units, "form": form}
    return render(request, "web/buyer/new_ticket.html", context, status=status)


def _preselected(request: HttpRequest, units: Sequence[OrderUnit]) -> list[int]:
    wanted = request.GET.getlist("unit")
    return [unit.pk for unit in units if str(unit.pk) in wanted]


@buyer_required
def tickets(request: HttpRequest) -> HttpResponse:
    actor = current_actor(request)
    queryset = (
        access.tickets_visible_to(actor)
        .select_related("order", "storefront")
        .prefetch_related(Prefetch("units", queryset=OrderUnit.objects.order_by("id")))
        .order_by("-updated_at", "-id")
    )
    page, number = _page(request, queryset)
    rows = [(ticket, buyer_status(ticket)) for ticket in page.items]
    context = {"nav": "tickets", "page": page, "page_number": number, "rows": rows}
    return render(request, "web/buyer/tickets.html", context)


@buyer_required
def ticket(request: HttpRequest, number: str) -> HttpResponse:
    actor = current_actor(request)
    return _ticket_page(request, actor, _ticket_or_404(actor, number), reply_form=ReplyForm())


def _ticket_page(
    request: HttpRequest, actor: Actor, ticket: Ticket, *, reply_form: ReplyForm, status: int = 200
) -> HttpResponse:
    context = {
        "nav": "tickets",
        "ticket": ticket,
        "buyer_status": buyer_status(ticket),
        "conversation": selectors.conversation(actor, ticket),
        "units": list(ticket.units.order_by("id")),
        "reply_form": reply_form,
        "may_reply": not ticket.is_finally_closed,
        "reply_reopens": ticket.status != TicketStatus.OPENED and not ticket.is_finally_closed,
        "may_close": ticket_services.may_close(actor, ticket),
        **_policy_refund(ticket),
    }
    return render(request, "web/buyer/ticket.html", context, status=status)


def _policy_refund(ticket: Ticket) -> dict[str, Any]:
    """After the return-option policy was enforced: the refund and until when a return may still be agreed.
    The buyer sees only that outcome, never the decision or its evidence."""
    case = (
        PolicyCase.objects.filter(ticket=ticket, state=CaseState.ENFORCED)
        .only("cost_amount", "cost_currency", "window_ends_at", "window_closed_at", "state")
        .first()
    )
    if case is None or case.window_ends_at is None:
        return {"policy_refund": None}
    ends = case.window_ends_at.astimezone(ZoneInfo(ticket.storefront.time_zone)).date()
    return {"policy_refund": case, "return_window_ends": ends}


@buyer_required
@require_POST
def reply(request: HttpRequest, number: str) -> HttpResponse:
    actor = current_actor(request)
    ticket = _ticket_or_404(actor, number)
    was_closed = ticket.status != TicketStatus.OPENED
    form = ReplyForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            message = ticket_services.message_post(
                actor=actor,
                ticket=ticket,
                text=form.cleaned_data["text"],
                files=incoming_files(form.cleaned_data["attachments"]),
            )
        except DomainError as error:
            raise_404_if_not_found(error)
            form.add_error(REPLY_FIELDS.get(error.field or ""), error.message)
        else:
            if was_closed and message.ticket.status == TicketStatus.OPENED:
                messages.success(request, _("Your message was sent and the ticket was reopened."))
            else:
                messages.success(request, _("Your message was sent."))
            return redirect("buyer:ticket", number=ticket.number)
    return _ticket_page(request, actor, ticket, reply_form=form, status=422)


@buyer_required
def close(request: HttpRequest, number: str) -> HttpResponse:
    """GET (or a POST without the confirmation) asks first; a confirmed POST closes the ticket for the buyer."""
    actor = current_actor(request)
    ticket = _ticket_or_404(actor, number)
    form = CloseTicketForm(request.POST if request.method == "POST" else None)
    status = 200
    if form.is_bound and form.is_valid():
        try:
            ticket_services.ticket_close(actor=actor, ticket=ticket)
        except DomainError as error:
            raise_404_if_not_found(error)
            form.add_error(None, error.message)
            status = 422
        else:
            messages.success(request, _("Ticket %(number)s was closed.") % {"number": ticket.number})
            return redirect("buyer:ticket", number=ticket.number)
    context = {
        "nav": "tickets",
        "ticket": ticket,
        "buyer_status": buyer_status(ticket),
        "form": form,
        "may_close": ticket_services.may_close(actor, ticket),
    }
    return render(request, "web/buyer/close_confirm.html", context, status=status)
