"""Seller portal and buyer portal: the page "Notifications", where a user switches each kind of e-mail on or off."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from marketdesk.core.errors import ValidationFailed
from marketdesk.notify.preferences import preferences_of, preferences_set
from marketdesk.web.access import buyer_required, current_user, seller_required


def _page(request: HttpRequest, portal: str) -> HttpResponse:
    # The preferences are the logged-in user's own: there is no id in the URL to point at anyone else's.
    user = current_user(request)
    error = ""
    status = 200
    if request.method == "POST":
        try:
            preferences_set(user=user, enabled=request.POST.getlist("kind"))
        except ValidationFailed as failed:
            error, status = failed.message, 400
        else:
            messages.success(request, _("Your notification settings are saved."))
            return redirect(f"{portal}:notifications")
    context = {
        "nav": "notifications",
        "portal": portal,
        "preferences": preferences_of(user),
        "email": user.email if portal == "seller" else (user.buyer.email if user.buyer else ""),
        "error": error,
    }
    return render(request, "web/notifications/preferences.html", context, status=status)


@seller_required
@require_http_methods(["GET", "POST"])
def seller_preferences(request: HttpRequest) -> HttpResponse:
    return _page(request, "seller")


@buyer_required
@require_http_methods(["GET", "POST"])
def buyer_preferences(request: HttpRequest) -> HttpResponse:
    return _page(request, "buyer")
