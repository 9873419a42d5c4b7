"""Server-Timing: each response says how long the application took to make it (`app;dur=` in milliseconds)."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class ServerTimingMiddleware:
    """Outermost middleware, so the figure covers sessions, authentication, the view and template rendering.

    Browsers' developer tools show the header next to the network time; bench/run.py reads it as the server time of
    a page, free of the client's and the network's share.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        response["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.2f}"
        return response
