"""Text modules in the admin (sellers manage their own in the seller portal)."""

from django.contrib import admin

from marketdesk.textmodules.models import TextModule


@admin.register(TextModule)
class TextModuleAdmin(admin.ModelAdmin[TextModule]):
    list_display = ["title", "seller", "storefront", "language", "updated_at"]
    list_filter = ["storefront", "language", "seller"]
