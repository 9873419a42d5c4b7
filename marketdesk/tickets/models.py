"""Tickets, messages, attachments and the append-only event log."""

from __future__ import annotations

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _

from marketdesk.accounts.models import Buyer, SellerAccount
from marketdesk.catalog.models import Storefront
from marketdesk.core.immutable import AppendOnlyModel
from marketdesk.orders.models import FulfillmentType, Order, OrderUnit
from marketdesk.tickets.enums import (
    AuthorRole,
    EventKind,
    NotifyReason,
    PortalTab,
    TicketReason,
    TicketStatus,
    TicketTopic,
)

# Open = the seller's answer is pending; Waiting = the buyer or customer service is; Closed = archived.
_PORTAL_TAB = Case(
    When(Q(status=TicketStatus.OPENED, is_seller_responsible=True, held_by_cs=False), then=Value(PortalTab.OPEN.value)),
    When(status=TicketStatus.OPENED, then=Value(PortalTab.WAITING.value)),
    default=Value(PortalTab.CLOSED.value),
)
OPEN_Q = Q(status=TicketStatus.OPENED, is_seller_responsible=True, held_by_cs=False)


class Ticket(models.Model):
    number = models.CharField(_("ticket number"), max_length=11, unique=True)
    seller = models.ForeignKey(SellerAccount, on_delete=models.PROTECT, related_name="tickets")
    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="tickets")
    buyer = models.ForeignKey(Buyer, on_delete=models.PROTECT, related_name="tickets")
    storefront = models.ForeignKey(Storefront, on_delete=models.PROTECT, related_name="tickets")
    units = models.ManyToManyField(OrderUnit, related_name="tickets", verbose_name=_("order units"))
    fulfillment_type = models.CharField(
        max_length=24, choices=FulfillmentType.choices, default=FulfillmentType.MERCHANT
    )
    open_reason = models.CharField(_("reason"), max_length=32, choices=TicketReason.choices)
    topic = models.CharField(_("topic"), max_length=32, choices=TicketTopic.choices, null=True, blank=True)
    status = models.CharField(_("status"), max_length=32, choices=TicketStatus.choices, default=TicketStatus.OPENED)
    is_seller_responsible = models.BooleanField(_("seller responsible"), default=True)
    held_by_cs = models.BooleanField(_("held by customer service"), default=False)
    cs_since = models.DateTimeField(_("with customer service since"), null=True, blank=True)
    cs_reason = models.CharField(_("customer service reason"), max_length=32, choices=NotifyReason.choices, blank=True)
    portal_tab = models.GeneratedField(
        expression=_PORTAL_TAB, output_field=models.CharField(max_length=8, choices=PortalTab.choices), db_persist=True
    )
    deadline_at = models.DateTimeField(_("answer deadline"), null=True, blank=True)
    clock_paused_remaining = models.DurationField(_("answer time left while paused"), null=True, blank=True)
    opened_by_role = models.CharField(_("opened by"), max_length=20, choices=AuthorRole.choices)
    created_at = models.DateTimeField(_("created"))
    updated_at = models.DateTimeField(_("updated"))
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first seller response"), null=True, blank=True)
    # Stored when the first response is sent, so KPIs aggregate in SQL: working minutes since the ticket was opened
    # (on the storefront's calendar) and whether it came before the answer deadline.
    first_response_minutes = models.PositiveIntegerField(_("first response time (working minutes)"), null=True)
    first_response_on_time = models.BooleanField(_("first response within the answer time"), null=True)
    # The deadline warning is due at `warning_at` (warning_hours working hours before the deadline); the worker
    # records `warned_at` once it went out and `overdue_at` once the deadline passed. A new deadline clears both.
    warning_at = models.DateTimeField(_("deadline warning due"), null=True, blank=True)
    warned_at = models.DateTimeField(_("deadline warning sent"), null=True, blank=True)
    overdue_at = models.DateTimeField(_("overdue since"), null=True, blank=True)
    last_message_at = models.DateTimeField(_("last message"), null=True, blank=True)
    last_message_excerpt = models.CharField(_("last message"), max_length=140, blank=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("ticket")
        verbose_name_plural = _("tickets")
        indexes = [
            models.Index(fields=["seller", "portal_tab", "deadline_at"], name="ticket_seller_tab_deadline"),
            models.Index(fields=["seller", "portal_tab", "-updated_at", "-id"], name="ticket_seller_tab_updated"),
            # The Seller API's list (fulfilment type is always filtered) counts and pages from the index alone.
            models.Index(
                fields=["seller", "fulfillment_type", "-created_at", "-id"],
                include=["storefront", "status"],
                name="ticket_seller_api_list",
            ),
            # On PostgreSQL only, migration 0009 adds ticket_seller_fulfillment (seller, fulfillment_type) for the
            # Seller API's unfiltered total (see there).
            # Newest first per seller (search results), and Service Performance reads a period's tickets from the
            # index alone: its columns are key columns after (seller, created_at), as SQLite ignores INCLUDE.
            models.Index(
                fields=[
                    "seller",
                    "-created_at",
                    "opened_by_role",
                    "first_response_at",
                    "first_response_minutes",
                    "first_response_on_time",
                ],
                include=["id"],
                name="ticket_seller_created",
            ),
            models.Index(fields=["seller", "order"], name="ticket_seller_order"),
            models.Index(fields=["buyer", "-updated_at"], name="ticket_buyer_updated"),
            models.Index(fields=["held_by_cs", "cs_since"], name="ticket_cs_queue"),
            # Only running clocks are indexed: due-deadline queries touch due rows, not every ticket.
            models.Index(fields=["deadline_at"], name="ticket_running_deadline", condition=OPEN_Q),
            # The worker's claims: warnings due and deadlines passed, each over the rows still to handle only.
            models.Index(fields=["warning_at"], name="ticket_warning_due", condition=OPEN_Q & Q(warned_at=None)),
            models.Index(fields=["deadline_at"], name="ticket_overdue_due", condition=OPEN_Q & Q(overdue_at=None)),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def portal_tab_label(self) -> str:
        return str(PortalTab(self.portal_tab).label)

    @property
    def is_finally_closed(self) -> bool:
        return self.status == TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL


class TicketMessage(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="messages")
    author_role = models.CharField(_("author"), max_length=20, choices=AuthorRole.choices)
    author_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    author_name = models.CharField(_("author name"), max_length=120)
    text = models.TextField(_("text"))
    is_internal = models.BooleanField(
        _("internal note"), default=False, help_text=_("Visible to the seller's users and customer service only.")
    )
    created_at = models.DateTimeField(_("created"))

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        indexes = [
            models.Index(fields=["ticket", "created_at"], name="message_ticket_created"),
            models.Index(fields=["created_at"], name="message_created"),
        ]

    def __str__(self) -> str:
        return f"{self.author_role} on {self.ticket_id}"


def attachment_path(instance: Attachment, filename: str) -> str:
    # The stored name is ours (a UUID plus a vetted extension); the buyer's filename is only a label.
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"attachments/{instance.message.ticket.number}/{uuid.uuid4().hex}{suffix}"


class Attachment(models.Model):
    message = models.ForeignKey(TicketMessage, on_delete=models.PROTECT, related_name="attachments")
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=200)
    filename = models.CharField(_("file name"), max_length=120)
    mime_type = models.CharField(_("type"), max_length=80)
    size = models.PositiveIntegerField(_("size (bytes)"))
    created_at = models.DateTimeField(_("created"))

    class Meta:
        ordering = ["id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename


class TicketEvent(AppendOnlyModel):
    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(_("what"), max_length=24, choices=EventKind.choices)
    actor_role = models.CharField(_("by"), max_length=20, choices=AuthorRole.choices)
    actor_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(_("actor name"), max_length=120)
    before = models.JSONField(_("before"), default=dict)
    after = models.JSONField(_("after"), default=dict)
    data = models.JSONField(_("details"), default=dict)
    created_at = models.DateTimeField(_("when"))

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["ticket", "created_at"], name="event_ticket_created"),
            # Which tickets went to customer service (Service Performance), without reading every event.
            models.Index(
                fields=["ticket"], name="event_handed_to_cs", condition=Q(kind__in=["cs_notified", "cs_took_over"])
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} on {self.ticket_id}"
