"""The return-option policy on real tickets (DESIGN §3): the check of a draft and of the sent first response, the
cases customer service decides, and enforcement — cancel and refund in full at the seller's expense, then four
weeks in which the seller may still agree a return with the buyer.

The readers in buyer.py and seller.py are pure; this module feeds them a ticket's data and records what they say.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import SYSTEM, Actor
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed
from marketdesk.core.money import Money
from marketdesk.notify import notifications
from marketdesk.notify.events import TICKET_POLICY_DECISION, emit, ticket_data
from marketdesk.orders import services as order_services
from marketdesk.orders.models import CancelReason, OrderUnitStatus, PaidBy, RefundCause
from marketdesk.policy.effective import Phase, phase
from marketdesk.policy.models import (
    OPEN_CASE_STATES,
    CaseState,
    DecisionKind,
    PolicyCase,
    PolicyDecision,
    PolicyPhase,
)
from marketdesk.tickets.enums import AuthorRole, EventKind
from marketdesk.tickets.models import Ticket, TicketMessage
from marketdesk.tickets.services import add_message, locked, record
from marketdesk.tickets.state import snapshot

if TYPE_CHECKING:
    from marketdesk.policy.buyer import Applicability, BuyerReading
    from marketdesk.policy.seller import AttachmentInfo, Decision, SellerReading

# The readers (buyer.py, seller.py) are imported where a message is read: compiling their patterns takes 0.7 s, and
# every process imports this module at start (the app registers its jobs with the worker), most of them to read
# nothing (the worker, the management commands).

# DESIGN §3: after enforcement the seller has four weeks to agree a return with the buyer.
RETURN_WINDOW: Final = dt.timedelta(weeks=4)
MAX_NOTE: Final = 2000
# A ticket has few buyer messages before the first answer; more than this is read as the first ones.
_BUYER_MESSAGES: Final = 20


@dataclass(frozen=True, slots=True)
class TicketPolicy:
    """Whether a seller's next public message on a ticket is checked, and why (in words)."""

    phase: Phase
    first_response_pending: bool
    applicability: Applicability
    buyer: BuyerReading
    price_eur_cents: int | None  # the highest price paid among the ticket's units, for the 40 EUR limit
    language: str

    @property
    def checks(self) -> bool:
        """The next seller message must offer a valid return option (warning or enforced)."""
        return self.phase != "none" and self.first_response_pending and self.applicability.applies


@dataclass(frozen=True, slots=True)
class DraftCheck:
    """A draft (or a sent message) read against the ticket: what it offers and, where it is judged, the decision."""

    policy: TicketPolicy
    reading: SellerReading
    decision: Decision | None  # None when the policy does not judge this message

    @property
    def needs_confirmation(self) -> bool:
        """Sending this as the first response breaks (or may break) the policy: the seller must confirm."""
        return self.decision is not None and self.decision.decision != "compliant"


def _local_date(ticket: Ticket, when: dt.datetime) -> dt.date:
    return when.astimezone(ZoneInfo(ticket.storefront.time_zone)).date()


def _eur_cents(ticket: Ticket, amount: int, currency: str) -> int:
    from marketdesk.policy.seller import price_in_eur_cents

    rates = {"EUR": Decimal(1), ticket.storefront.currency: Decimal(ticket.storefront.eur_rate)}
    return price_in_eur_cents(amount, currency, rates)


def ticket_policy(
    ticket: Ticket, *, at: dt.datetime | None = None, judging: TicketMessage | None = None
) -> TicketPolicy:
    """The policy's view of a ticket at `at` (now): phase, whether the first response is still to come, and
    whether the buyer exercised withdrawal for a refund within the cancellation period.

    `judging` is a seller message just stored as the first response: the view is the one its author had.
    """
    at = at or clock.now()
    storefront = ticket.storefront
    buyer_messages = TicketMessage.objects.filter(ticket=ticket, author_role=AuthorRole.BUYER, is_internal=False)
    if judging is not None:
        buyer_messages = buyer_messages.filter(pk__lt=judging.pk)
    elif ticket.first_response_at is not None:
        buyer_messages = buyer_messages.filter(created_at__lt=ticket.first_response_at)
    rows = list(buyer_messages.order_by("created_at", "id").values_list("text", "created_at")[:_BUYER_MESSAGES])
    from marketdesk.policy.buyer import policy_applies, read_buyer_message

    reading, asked = None, ticket.created_at
    for text, created_at in rows:  # the first message that exercises withdrawal dates the request
        candidate = read_buyer_message(
            text, open_reason=ticket.open_reason, topic=ticket.topic, language=storefront.language
        )
        if reading is None or (candidate.wants_return_for_refund and not reading.wants_return_for_refund):
            reading, asked = candidate, created_at
        if candidate.wants_return_for_refund:
            break
    if reading is None:  # a ticket the seller opened: only its reason and topic speak for the buyer
        reading = read_buyer_message("", open_reason=ticket.open_reason, topic=ticket.topic)
    units = list(ticket.units.all())
    delivered = [unit.delivered_on for unit in units if unit.delivered_on is not None]
    applicability = policy_applies(
        reading,
        delivered_on=max(delivered) if delivered else None,
        asked_on=_local_date(ticket, asked),
        calendar=storefront.calendar(),
        period_days=storefront.cancellation_period_days,
        extra_days=ticket.seller.extra_cancellation_days,
    )
    prices = [_eur_cents(ticket, unit.price, unit.currency) for unit in units]
    return TicketPolicy(
        phase=phase(at),
        first_response_pending=judging is not None or ticket.first_response_at is None,
        applicability=applicability,
        buyer=reading,
        price_eur_cents=max(prices) if prices else None,
        language=storefront.language,
    )


def check_text(policy: TicketPolicy, text: str, attachments: Sequence[AttachmentInfo] = ()) -> DraftCheck:
    """A seller's text read against the ticket's policy view: judged only where the policy checks it."""
    from marketdesk.policy.seller import decide, read_seller_reply

    reading = read_seller_reply(
        text, attachments=attachments, item_price_eur_cents=policy.price_eur_cents, language=policy.language
    )
    return DraftCheck(policy=policy, reading=reading, decision=decide(reading) if policy.checks else None)


def judge_first_response(ticket: Ticket, actor: Actor, message: TicketMessage) -> PolicyDecision | None:
    """Check the seller's first public response, inside the transaction that stores it. Records the decision where
    the policy applies and opens a case where it is enforced. The caller knows the message is the first response."""
    if not actor.is_seller or message.is_internal:
        return None
    policy = ticket_policy(ticket, at=message.created_at, judging=message)
    if not policy.checks:
        return None
    from marketdesk.policy.seller import AttachmentInfo

    files = [AttachmentInfo(a.filename, a.mime_type) for a in message.attachments.all()]
    checked = check_text(policy, message.text, files)
    if checked.decision is None:  # policy.checks holds, so the text was judged
        return None
    decision = PolicyDecision.objects.create(
        ticket=ticket,
        message=message,
        seller_id=ticket.seller_id,
        phase=PolicyPhase.ENFORCED if policy.phase == "enforced" else PolicyPhase.WARNING,
        decision=checked.decision.decision,
        why=checked.decision.why,
        applies_why=policy.applicability.why,
        period_ends=policy.applicability.period_ends,
        return_options=list(checked.reading.return_options),
        discount_offered=checked.reading.discount_offered,
        evidence=[e.as_dict() for e in (*policy.buyer.evidence, *checked.decision.evidence)],
        created_at=message.created_at,
    )
    case = None
    if decision.phase == PolicyPhase.ENFORCED and decision.decision != DecisionKind.COMPLIANT:
        immediate = settings.POLICY_ENFORCEMENT == "immediate" and decision.decision == DecisionKind.VIOLATION
        case = PolicyCase.objects.create(
            ticket=ticket,
            decision=decision,
            seller_id=ticket.seller_id,
            state=CaseState.DUE if immediate else CaseState.REVIEW,
            opened_at=message.created_at,
            due_at=message.created_at if immediate else None,
        )
    record(
        ticket,
        EventKind.POLICY_CHECKED,
        SYSTEM,
        snapshot(ticket),
        data={
            "message": message.pk,
            "phase": decision.phase,
            "decision": decision.decision,
            "why": decision.why,
            "return_options": decision.return_options,
            "case": case.state if case else None,
        },
    )
    _emit(ticket, decision, case)
    return decision


def _emit(ticket: Ticket, decision: PolicyDecision, case: PolicyCase | None) -> None:
    def policy() -> dict[str, Any]:
        return {
            "id_ticket_message": decision.message_id,
            "phase": decision.phase,
            "decision": decision.decision,
            "why": decision.why,
            "return_options": decision.return_options,
            "discount_offered": decision.discount_offered,
            "evidence": decision.evidence,
            "case": None if case is None else case_data(case),
        }

    build = ticket_data(ticket)
    emit(
        seller_id=ticket.seller_id,
        event=TICKET_POLICY_DECISION,
        storefront=ticket.storefront_id,
        payload=lambda: {**build(), "policy": policy()},
    )
    notifications.policy_decision(ticket, decision, case)


def case_data(case: PolicyCase) -> dict[str, Any]:
    from marketdesk.sellerapi.params import iso

    return {
        "state": case.state,
        "opened_iso": iso(case.opened_at),
        "enforced_iso": iso(case.enforced_at),
        "refunded": {"amount": case.cost_amount, "currency": case.cost_currency} if case.enforced_at else None,
        "return_window_ends_iso": iso(case.window_ends_at),
    }


def _clean_note(note: str, *, required: bool) -> str:
    note = (note or "").strip()
    if required and not note:
        raise ValidationFailed(_("Please write down why customer service decides so."), field="note")
    if len(note) > MAX_NOTE:
        raise ValidationFailed(_("The note is longer than %(max)d characters.") % {"max": MAX_NOTE}, field="note")
    return note


def _locked_case(case: PolicyCase) -> PolicyCase:
    rows = PolicyCase.objects.select_for_update().select_related("decision")
    try:
        return rows.get(pk=case.pk)
    except PolicyCase.DoesNotExist:
        raise NotFound(_("This policy case was not found."), field="case") from None


def _require_open_case(case: PolicyCase) -> None:
    if case.state not in OPEN_CASE_STATES:
        raise ActionNotAllowed(
            _("This policy case was already decided (%(state)s).") % {"state": case.get_state_display()}
        )


def case_enforce(*, actor: Actor, case: PolicyCase, note: str = "") -> PolicyCase:
    """Enforce the policy on a case: every unit of the ticket cancelled and refunded in full, in the seller's name
    and at the seller's expense; both parties told; four weeks for the seller to agree a return with the buyer."""
    if not (actor.is_customer_service or actor.is_system):
        raise ActionNotAllowed(_("Only customer service can enforce the return-option policy."))
    note = _clean_note(note, required=False)
    with transaction.atomic():
        case = _locked_case(case)
        _require_open_case(case)
        ticket = locked(case.ticket)
        if ticket.is_finally_closed:
            raise ActionNotAllowed(_("Ticket %(number)s is closed finally.") % {"number": ticket.number})
        now = clock.now()
        before = snapshot(ticket)
        refunded, cancelled = 0, []
        for unit in ticket.units.select_related("order").order_by("id"):
            if unit.status == OrderUnitStatus.CANCELLED:
                continue  # cancelled (and refunded) before: nothing left to take back
            cancellation = order_services.unit_cancel(
                actor=actor,
                unit=unit,
                reason=CancelReason.GENERAL_ADJUSTMENT,
                paid_by=PaidBy.SELLER,
                cause=RefundCause.POLICY_ENFORCEMENT,
                in_name_of_seller=True,
                after_shipment=True,
            )
            refunded += cancellation.refund.amount if cancellation.refund else 0
            cancelled.append(unit.pk)
        currency = ticket.storefront.currency
        case.state = CaseState.ENFORCED
        case.decided_by, case.decided_at, case.note = actor.user, now, note
        case.enforced_at, case.due_at = now, None
        case.cost_amount, case.cost_currency = refunded, currency
        case.window_ends_at = now + RETURN_WINDOW
        case.save()
        cost = Money(refunded, currency)
        ends = _local_date(ticket, case.window_ends_at)
        with translation.override(ticket.storefront.language):
            add_message(
                ticket,
                SYSTEM,
                _(
                    "The marketplace's customer service has cancelled this order and refunded %(amount)s to the "
                    "buyer in full, in the seller's name: the seller's first answer to the return request offered "
                    "no valid way to return the item. Until %(date)s the seller and the buyer may still agree a "
                    "return here."
                )
                % {"amount": cost, "date": _date(ends)},
            )
            add_message(
                ticket,
                actor,
                _(
                    "Return-option policy enforced. Why: %(why)s. Refunded at your expense: %(amount)s. You may "
                    "agree a return with the buyer until %(date)s."
                )
                % {"why": case.decision.why, "amount": cost, "date": _date(ends)}
                + (f"\n\n{note}" if note else ""),
                internal=True,
            )
        ticket.save()
        record(
            ticket,
            EventKind.POLICY_ENFORCED,
            actor,
            before,
            data={
                "units": cancelled,
                "amount": refunded,
                "currency": currency,
                "window_ends": case.window_ends_at.isoformat(),
                "note": note,
            },
        )
        _emit(ticket, case.decision, case)
    return case


def case_dismiss(*, actor: Actor, case: PolicyCase, note: str) -> PolicyCase:
    """Customer service finds no breach: the case closes without enforcement, with the reason on record."""
    if not actor.is_customer_service:
        raise ActionNotAllowed(_("Only customer service can decide a policy case."))
    note = _clean_note(note, required=True)
    with transaction.atomic():
        case = _locked_case(case)
        _require_open_case(case)
        ticket = locked(case.ticket)
        before = snapshot(ticket)
        now = clock.now()
        case.state = CaseState.DISMISSED
        case.decided_by, case.decided_at, case.note, case.due_at = actor.user, now, note, None
        case.save()
        with translation.override(ticket.storefront.language):
            add_message(
                ticket,
                actor,
                _("Customer service reviewed your first answer and found no breach of the return-option policy.")
                + f"\n\n{note}",
                internal=True,
            )
        ticket.save()
        record(ticket, EventKind.POLICY_DISMISSED, actor, before, data={"note": note})
        _emit(ticket, case.decision, case)
    return case


def _date(day: dt.date) -> str:
    from django.utils.formats import date_format

    return date_format(day, "DATE_FORMAT")


def _claim(rows: Any, batch: int) -> list[int]:
    """Ids of due rows, skipping rows another worker holds (PostgreSQL); SQLite serialises writers anyway."""
    if connection.features.has_select_for_update_skip_locked:
        rows = rows.select_for_update(skip_locked=True)
    return list(rows.values_list("pk", flat=True)[:batch])


def enforce_due(batch: int) -> int:
    """Worker job: enforce the cases the "immediate" setting made due; each in its own transaction."""
    done = 0
    now = clock.now()
    for _round in range(batch):
        with transaction.atomic():
            ids = _claim(PolicyCase.objects.filter(state=CaseState.DUE, due_at__lte=now).order_by("due_at"), 1)
            if not ids:
                break
            case_enforce(actor=SYSTEM, case=PolicyCase(pk=ids[0]))
            done += 1
    return done


def close_windows(batch: int) -> int:
    """Worker job: record the end of the four-week return window of enforced cases whose time is up."""
    done = 0
    now = clock.now()
    with transaction.atomic():
        due = PolicyCase.objects.filter(
            state=CaseState.ENFORCED, window_closed_at__isnull=True, window_ends_at__lte=now
        ).order_by("window_ends_at")
        for pk in _claim(due, batch):
            case = PolicyCase.objects.select_related("ticket").get(pk=pk)
            updated = PolicyCase.objects.filter(pk=pk, window_closed_at__isnull=True).update(window_closed_at=now)
            if updated:
                ticket = case.ticket
                record(ticket, EventKind.POLICY_WINDOW_ENDED, SYSTEM, snapshot(ticket), data={"case": pk})
                done += 1
    return done
