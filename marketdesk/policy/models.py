"""What the return-option policy decided on a seller's first response, and the case customer service works on."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from marketdesk.accounts.models import SellerAccount
from marketdesk.core.immutable import AppendOnlyModel
from marketdesk.tickets.models import Ticket, TicketMessage


class DecisionKind(models.TextChoices):
    COMPLIANT = "compliant", _("compliant")
    VIOLATION = "violation", _("violation")
    NEEDS_REVIEW = "needs_review", _("needs review")


class PolicyPhase(models.TextChoices):
    """The policy's phase when the response was sent (DESIGN §3); before 2026 nothing is decided at all."""

    WARNING = "warning", _("transitional period: warning only")
    ENFORCED = "enforced", _("enforced")


class CaseState(models.TextChoices):
    REVIEW = "review", _("waiting for a customer-service decision")
    DUE = "due", _("enforcement due")
    ENFORCED = "enforced", _("enforced")
    DISMISSED = "dismissed", _("dismissed: no breach")


OPEN_CASE_STATES = (CaseState.REVIEW, CaseState.DUE)


class PolicyDecision(AppendOnlyModel):
    """The check of a seller's first public response on a ticket where the policy applied; never changed."""

    ticket = models.OneToOneField(Ticket, on_delete=models.PROTECT, related_name="policy_decision")
    message = models.OneToOneField(TicketMessage, on_delete=models.PROTECT, related_name="policy_decision")
    seller = models.ForeignKey(SellerAccount, on_delete=models.PROTECT, related_name="policy_decisions")
    phase = models.CharField(_("phase"), max_length=12, choices=PolicyPhase.choices)
    decision = models.CharField(_("decision"), max_length=16, choices=DecisionKind.choices)
    why = models.TextField(_("why"))
    applies_why = models.TextField(_("why the policy applies"))
    period_ends = models.DateField(_("cancellation period ends"), null=True, blank=True)
    return_options = models.JSONField(_("valid return options"), default=list)
    discount_offered = models.BooleanField(_("discount offered"), default=False)
    evidence = models.JSONField(_("evidence"), default=list)
    created_at = models.DateTimeField(_("decided"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("policy decision")
        verbose_name_plural = _("policy decisions")
        indexes = [models.Index(fields=["seller", "created_at"], name="policy_decision_seller")]

    def __str__(self) -> str:
        return f"{self.decision} on {self.ticket_id}"


class PolicyCase(models.Model):
    """A violation or an undecided response under enforcement: customer service reviews it, or it is enforced."""

    ticket = models.OneToOneField(Ticket, on_delete=models.PROTECT, related_name="policy_case")
    decision = models.OneToOneField(PolicyDecision, on_delete=models.PROTECT, related_name="case")
    seller = models.ForeignKey(SellerAccount, on_delete=models.PROTECT, related_name="policy_cases")
    state = models.CharField(_("state"), max_length=12, choices=CaseState.choices)
    opened_at = models.DateTimeField(_("opened"))
    due_at = models.DateTimeField(_("enforcement due"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    note = models.TextField(_("customer-service note"), blank=True)
    enforced_at = models.DateTimeField(_("enforced"), null=True, blank=True)
    cost_amount = models.BigIntegerField(_("refunded at the seller's expense (minor units)"), default=0)
    cost_currency = models.CharField(_("currency"), max_length=3, blank=True)
    window_ends_at = models.DateTimeField(_("return agreement window ends"), null=True, blank=True)
    window_closed_at = models.DateTimeField(_("return agreement window closed"), null=True, blank=True)

    class Meta:
        ordering = ["opened_at", "id"]
        verbose_name = _("policy case")
        verbose_name_plural = _("policy cases")
        indexes = [
            models.Index(fields=["state", "opened_at"], name="policy_case_queue"),
            models.Index(fields=["seller", "opened_at"], name="policy_case_seller"),
            # The worker's claims touch only due rows.
            models.Index(fields=["due_at"], name="policy_case_due", condition=Q(state="due")),
            models.Index(
                fields=["window_ends_at"],
                name="policy_case_window",
                condition=Q(state="enforced", window_closed_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"policy case {self.state} on {self.ticket_id}"

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_CASE_STATES

    @property
    def window_open(self) -> bool:
        return self.state == CaseState.ENFORCED and self.window_closed_at is None
