"""Operators configure storefronts, calendars and thresholds in the admin."""

from django.contrib import admin

from marketdesk.catalog.models import Storefront


@admin.register(Storefront)
class StorefrontAdmin(admin.ModelAdmin[Storefront]):
    list_display = ["code", "name", "currency", "language", "time_zone", "holiday_country", "answer_hours"]
