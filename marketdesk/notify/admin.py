"""Operators can see subscriptions, the outbox and its delivery log in the admin."""

from django.contrib import admin

from marketdesk.notify.models import DeliveryAttempt, OutboxMessage, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin[Subscription]):
    list_display = ["pk", "seller", "event_name", "storefront", "callback_url", "is_active", "updated_at"]
    list_filter = ["event_name", "is_active", "storefront"]
    search_fields = ["callback_url", "fallback_email", "seller__name"]


class DeliveryAttemptInline(admin.TabularInline[DeliveryAttempt, OutboxMessage]):
    model = DeliveryAttempt
    extra = 0
    readonly_fields = ["attempted_at", "status_code", "error", "duration_ms"]
    can_delete = False


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin[OutboxMessage]):
    list_display = ["pk", "kind", "seller", "event_name", "recipient", "status", "attempts", "next_attempt_at"]
    list_filter = ["kind", "status", "event_name"]
    search_fields = ["recipient", "delivery_id", "seller__name"]
    readonly_fields = ["delivery_id", "created_at", "delivered_at"]
    inlines = [DeliveryAttemptInline]
