"""Seller API paths are served with and without a trailing slash (official examples use both)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class SellerApiPathMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path.startswith("/v2/") and len(path) > 4 and path.endswith("/"):
            # Only routing sees the shorter path; the signature is checked against the URL as sent.
            request.path_info = path.rstrip("/")
        return self.get_response(request)
