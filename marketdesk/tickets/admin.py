"""Tickets in the admin, read-only: changes go through the portals so every rule and event applies."""

from django.contrib import admin

from marketdesk.core.admin_tools import ReadOnlyAdmin, ReadOnlyInline
from marketdesk.tickets.models import Ticket, TicketEvent, TicketMessage


class MessageInline(ReadOnlyInline):
    model = TicketMessage
    fields = ["created_at", "author_role", "author_name", "is_internal", "text"]


class EventInline(ReadOnlyInline):
    model = TicketEvent
    fields = ["created_at", "kind", "actor_role", "actor_name", "before", "after", "data"]


@admin.register(Ticket)
class TicketAdmin(ReadOnlyAdmin):
    list_display = ["number", "seller", "storefront", "status", "portal_tab", "held_by_cs", "deadline_at", "updated_at"]
    list_filter = ["portal_tab", "status", "held_by_cs", "storefront", "open_reason"]
    search_fields = ["=number", "=order__id_order"]
    inlines = [MessageInline, EventInline]
