"""Attachment downloads for Seller API clients: a signed, expiring URL that needs no Shop-* headers."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core import signing
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from marketdesk.sellerapi import problems
from marketdesk.sellerapi.problems import ApiProblem
from marketdesk.tickets.models import Attachment

SALT = "sellerapi-file"
MAX_AGE = dt.timedelta(days=7)


def file_token(attachment: Attachment) -> str:
    return signing.dumps(attachment.pk, salt=SALT)


def file_uri(request: HttpRequest, attachment: Attachment) -> str:
    """Absolute, as TicketFile.uri is on the real API; behind a proxy the configured public base is used."""
    base = settings.SELLER_API_PUBLIC_BASE_URL or f"{request.scheme}://{request.get_host()}"
    return base + reverse("sellerapi-file", args=[file_token(attachment)])


def _not_found() -> HttpResponse:
    return ApiProblem(404, problems.NOT_FOUND, _("The file was not found or its link has expired.")).response()


@require_safe
def download(request: HttpRequest, token: str) -> HttpResponseBase:
    # The token is the permission: it is issued only in answers to the ticket's seller (GET /tickets/{id}),
    # cannot be forged without SECRET_KEY, and expires; so integrations can fetch it like any plain URL.
    try:
        pk = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return _not_found()
    if not isinstance(pk, int):
        return _not_found()
    attachment = Attachment.objects.filter(pk=pk, message__is_internal=False).first()
    if attachment is None:
        return _not_found()
    # Served as a download with the stored type: a file never runs as a page of ours.
    response = FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.filename)
    response["Content-Type"] = attachment.mime_type
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
