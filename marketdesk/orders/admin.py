"""Orders in the admin: units editable by operators; refunds and cancellations read-only.

Orders and their units arrive from the shop through orders.services.order_create, which also stores the order's unit
count: the admin changes a unit's fields but never adds or removes units or orders, so that count stays true.
"""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from marketdesk.core.admin_tools import ReadOnlyAdmin
from marketdesk.orders.models import Cancellation, Order, OrderUnit, Refund


class OrderUnitInline(admin.TabularInline[OrderUnit, Order]):
    model = OrderUnit
    extra = 0
    fields = ["id", "product_title", "status", "price", "shipping_rate", "currency", "delivered_on"]
    readonly_fields = ["id"]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin[Order]):
    list_display = ["id_order", "seller", "buyer", "storefront", "units_count", "created_at"]
    list_filter = ["storefront", "seller"]
    search_fields = ["=id_order", "buyer__email"]
    raw_id_fields = ["buyer"]
    readonly_fields = ["units_count"]
    inlines = [OrderUnitInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(Refund)
class RefundAdmin(ReadOnlyAdmin):
    list_display = ["unit", "amount", "currency", "reason", "cause", "paid_by", "actor_role", "created_at"]
    list_filter = ["cause", "paid_by", "reason"]


@admin.register(Cancellation)
class CancellationAdmin(ReadOnlyAdmin):
    list_display = ["unit", "reason", "actor_role", "created_at"]
