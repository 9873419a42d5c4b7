"""Operators manage users, roles, seller accounts and buyers in the admin."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from marketdesk.accounts.models import Buyer, SellerAccount, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):  # type: ignore[type-arg]
    list_display = ["username", "role", "seller_account", "buyer", "email", "is_active"]
    # Both are nullable, so the admin's automatic select_related() would skip them: one query per row.
    list_select_related = ["seller_account", "buyer"]
    list_filter = ["role", "is_active", "seller_account"]
    fieldsets = (
        *BaseUserAdmin.fieldsets,  # type: ignore[misc]
        (_("Marketdesk"), {"fields": ("role", "seller_account", "buyer", "language")}),
    )
    add_fieldsets = (
        *BaseUserAdmin.add_fieldsets,
        (_("Marketdesk"), {"fields": ("role", "seller_account", "buyer")}),
    )
    raw_id_fields = ["buyer"]


@admin.register(SellerAccount)
class SellerAccountAdmin(admin.ModelAdmin[SellerAccount]):
    list_display = ["name", "created_at"]
    search_fields = ["name"]


@admin.register(Buyer)
class BuyerAdmin(admin.ModelAdmin[Buyer]):
    list_display = ["id", "first_name", "last_name", "email"]
    search_fields = ["email", "last_name", "=id"]
