"""Orders in the admin: units editable by operators; refunds and cancellations read-only."""

from django.contrib import admin

from marketdesk.core.admin_tools import ReadOnlyAdmin
from marketdesk.orders.models import Cancellation, Order, OrderUnit, Refund


class OrderUnitInline(admin.TabularInline[OrderUnit, Order]):
    model = OrderUnit
    extra = 0
    fields = ["id", "product_title", "status", "price", "shipping_rate", "currency", "delivered_on"]
    readonly_fields = ["id"]


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin[Order]):
    list_display = ["id_order", "seller", "buyer", "storefront", "created_at"]
    list_filter = ["storefront", "seller"]
    search_fields = ["=id_order", "buyer__email"]
    raw_id_fields = ["buyer"]
    inlines = [OrderUnitInline]


@admin.register(Refund)
class RefundAdmin(ReadOnlyAdmin):
    list_display = ["unit", "amount", "currency", "reason", "cause", "paid_by", "actor_role", "created_at"]
    list_filter = ["cause", "paid_by", "reason"]


@admin.register(Cancellation)
class CancellationAdmin(ReadOnlyAdmin):
    list_display = ["unit", "reason", "actor_role", "created_at"]
