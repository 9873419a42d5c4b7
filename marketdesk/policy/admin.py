"""Policy decisions and cases in the admin: read-only, since services alone decide and enforce."""

from __future__ import annotations

from django.contrib import admin

from marketdesk.core.admin_tools import ReadOnlyAdmin
from marketdesk.policy.models import PolicyCase, PolicyDecision


@admin.register(PolicyDecision)
class PolicyDecisionAdmin(ReadOnlyAdmin):
    list_display = ("ticket", "seller", "phase", "decision", "created_at")
    list_filter = ("phase", "decision")
    search_fields = ("ticket__number",)


@admin.register(PolicyCase)
class PolicyCaseAdmin(ReadOnlyAdmin):
    list_display = ("ticket", "seller", "state", "opened_at", "enforced_at", "cost_amount", "cost_currency")
    list_filter = ("state",)
    search_fields = ("ticket__number",)
