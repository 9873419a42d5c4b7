"""The start page sends each person to their portal."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from marketdesk.accounts.models import Role
from marketdesk.web.access import current_user

PORTAL_OF_ROLE = {
    Role.SELLER: "seller:tickets",
    Role.BUYER: "buyer:orders",
    Role.CUSTOMER_SERVICE: "cs:queue",
    Role.OPERATOR: "cs:queue",
}


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return redirect(PORTAL_OF_ROLE[Role(current_user(request).role)])
