"""Flash messages ("Reply sent.") with their storage made only for a request that reads or adds one.

Django's MessageMiddleware builds the cookie-and-session storage for every request, a signer included, and asks it
to store on the way out. Redirects and Seller API calls never touch it: here it is made on first use, and a request
that never used it has nothing to store.
"""

from __future__ import annotations

from django.contrib.messages import middleware
from django.contrib.messages.storage import default_storage
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject, empty


class MessageMiddleware(middleware.MessageMiddleware):
    def process_request(self, request: HttpRequest) -> None:
        request._messages = SimpleLazyObject(lambda: default_storage(request))  # type: ignore[attr-defined]

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        stored = getattr(request, "_messages", None)
        if isinstance(stored, SimpleLazyObject) and stored._wrapped is empty:  # type: ignore[attr-defined]
            return response  # never read, nothing added
        return super().process_response(request, response)
