"""Turning a refused domain action into a page: NotFound is a 404, anything else a specific message."""

from __future__ import annotations

from django.http import Http404

from marketdesk.core.errors import DomainError, NotFound


def raise_404_if_not_found(error: DomainError) -> None:
    if isinstance(error, NotFound):
        raise Http404(error.message) from error
