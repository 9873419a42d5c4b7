"""Attachment downloads, for whoever may read the message they belong to."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest

from marketdesk.accounts.access import tickets_visible_to
from marketdesk.tickets.models import Attachment
from marketdesk.web.access import current_actor


@login_required
def download(request: HttpRequest, pk: int) -> FileResponse:
    actor = current_actor(request)
    attachments = Attachment.objects.filter(message__ticket__in=tickets_visible_to(actor))
    if actor.is_buyer:
        attachments = attachments.filter(message__is_internal=False)
    try:
        attachment = attachments.get(pk=pk)
    except Attachment.DoesNotExist:
        raise Http404 from None
    # Served as a download with the stored type: a file never runs as a page of ours.
    response = FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.filename)
    response["Content-Type"] = attachment.mime_type
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
