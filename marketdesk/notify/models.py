"""Subscriptions to events, the outbox of deliveries they cause, and the log of every delivery attempt."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from marketdesk.accounts.models import SellerAccount
from marketdesk.catalog.models import StorefrontCode
from marketdesk.core import clock


class Subscription(models.Model):
    """A seller's push-notification subscription (the Seller API's `Subscription`)."""

    seller = models.ForeignKey(SellerAccount, on_delete=models.CASCADE, related_name="subscriptions")
    event_name = models.CharField(_("event"), max_length=64)
    callback_url = models.CharField(_("callback URL"), max_length=2048)
    fallback_email = models.EmailField(_("fallback e-mail"))
    is_active = models.BooleanField(_("active"), default=True)
    # Null means every storefront of the seller.
    storefront = models.CharField(_("storefront"), max_length=2, choices=StorefrontCode.choices, null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=clock.now)
    updated_at = models.DateTimeField(_("updated"), default=clock.now)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        indexes = [
            # The one query `emit` makes: the seller's active subscriptions to one event.
            models.Index(
                fields=["seller", "event_name"], name="subscription_seller_event", condition=Q(is_active=True)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event_name} → {self.callback_url}"


class OutboxKind(models.TextChoices):
    WEBHOOK = "webhook", _("Webhook")
    EMAIL = "email", _("E-mail")


# Notification e-mails carry this prefix in OutboxMessage.event_name, which keeps them apart from webhooks and the
# webhooks' fallback e-mails (the seller's webhook log lists only those).
NOTIFICATION_PREFIX = "notification:"


class OutboxStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    DELIVERED = "delivered", _("delivered")
    FAILED = "failed", _("failed")


class OutboxMessage(models.Model):
    """One thing to deliver: written in the transaction of the change, delivered and retried by the worker."""

    kind = models.CharField(_("kind"), max_length=8, choices=OutboxKind.choices)
    # Receivers de-duplicate on this id (header X-Marketdesk-Delivery); it never changes across retries.
    delivery_id = models.UUIDField(_("delivery id"), default=uuid.uuid4, unique=True, editable=False)
    subscription = models.ForeignKey(
        Subscription, on_delete=models.SET_NULL, null=True, blank=True, related_name="deliveries"
    )
    seller = models.ForeignKey(SellerAccount, on_delete=models.CASCADE, related_name="outbox")
    event_name = models.CharField(_("event"), max_length=64)
    payload = models.JSONField(_("payload"))
    recipient = models.CharField(_("recipient"), max_length=2048, help_text=_("Callback URL or e-mail address."))
    status = models.CharField(_("status"), max_length=10, choices=OutboxStatus.choices, default=OutboxStatus.PENDING)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=clock.now, db_index=True)
    locked_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    claimed_by = models.CharField(_("claimed by"), max_length=80, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=clock.now)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    # Set right before an e-mail is handed to the mail backend and cleared when the outcome is stored: a row that
    # still has it when a worker takes it again was in flight when its worker died (see delivery.already_sent).
    send_started_at = models.DateTimeField(_("sending since"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        indexes = [
            # The worker asks only for due pending rows; delivered and failed rows stay out of this index.
            models.Index(
                fields=["next_attempt_at"], name="outbox_pending_due", condition=Q(status=OutboxStatus.PENDING)
            ),
            models.Index(fields=["seller", "-created_at"], name="outbox_seller_created"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.event_name} → {self.recipient} ({self.status})"


class DeliveryAttempt(models.Model):
    """One try to deliver an outbox message: the delivery log the seller portal shows."""

    outbox = models.ForeignKey(OutboxMessage, on_delete=models.CASCADE, related_name="delivery_attempts")
    attempted_at = models.DateTimeField(_("attempted"), default=clock.now)
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)

    class Meta:
        ordering = ["attempted_at", "pk"]
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")
        indexes = [models.Index(fields=["outbox", "attempted_at"], name="attempt_outbox_time")]

    def __str__(self) -> str:
        return f"{self.outbox_id} @ {self.attempted_at:%Y-%m-%d %H:%M:%S} → {self.status_code or self.error[:40]}"


class NotificationKind(models.TextChoices):
    """What a user may be e-mailed about; each can be switched off per user (all are on by default)."""

    # Seller users
    TICKET_NEW = "ticket_new", _("A buyer opens a new ticket")
    BUYER_MESSAGE = "buyer_message", _("The buyer writes a new message")
    DEADLINE_WARNING = "deadline_warning", _("An answer deadline is close")
    HANDED_BACK = "handed_back", _("Customer service hands a ticket back")
    POLICY_DECISION = (
        "policy_decision",
        _("A first answer is checked against the return-option policy, or its case is decided"),
    )
    # Buyers
    REPLY = "reply", _("The seller or customer service replies")
    CLOSED = "closed", _("A ticket is closed")


SELLER_KINDS = (
    NotificationKind.TICKET_NEW,
    NotificationKind.BUYER_MESSAGE,
    NotificationKind.DEADLINE_WARNING,
    NotificationKind.HANDED_BACK,
    NotificationKind.POLICY_DECISION,
)
BUYER_KINDS = (NotificationKind.REPLY, NotificationKind.CLOSED)


class NotificationPreference(models.Model):
    """A user's choice for one kind of e-mail; no row means the default, which is on."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("notification"), max_length=24, choices=NotificationKind.choices)
    enabled = models.BooleanField(_("e-mail me"), default=True)
    updated_at = models.DateTimeField(_("updated"), default=clock.now)

    class Meta:
        ordering = ["user", "kind"]
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_unique")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind}: {'on' if self.enabled else 'off'}"
