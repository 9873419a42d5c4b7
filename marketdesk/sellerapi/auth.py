"""Who is calling: the Shop-* headers checked against the seller's key, the clock window and the rate limit."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.apikeys import active_keys, key_secret
from marketdesk.accounts.models import ApiKey
from marketdesk.core import clock, prepared
from marketdesk.core.prepared import Filters
from marketdesk.sellerapi import problems
from marketdesk.sellerapi.problems import ApiProblem
from marketdesk.sellerapi.ratelimit import count_request
from marketdesk.sellerapi.signing import matches
from marketdesk.tickets.enums import AuthorRole

HEADERS = ("Shop-Client-Key", "Shop-Timestamp", "Shop-Signature")
LAST_USED_EVERY = dt.timedelta(minutes=1)


# Clients differ in which characters of a path they percent-encode; these are the two common choices.
_SAFE_SETS = ("/:@!$&'()*+,;=-._~", "/-._~")


def request_targets(request: HttpRequest) -> list[str]:
    """The path and query as the client may have sent them. The server's raw URI is exact when it gives one
    (gunicorn, uWSGI); otherwise the decoded path is encoded again the ways clients commonly do."""
    raw = request.META.get("RAW_URI") or request.META.get("REQUEST_URI")
    if raw and str(raw).startswith("/"):
        return [str(raw)]
    query = request.META.get("QUERY_STRING", "")
    suffix = f"?{query}" if query else ""
    path = request.path.encode("utf-8")
    return list(dict.fromkeys(quote(path, safe=safe) + suffix for safe in _SAFE_SETS))


def signed_urls(request: HttpRequest) -> list[str]:
    """The URL as the client saw it: the configured public base (behind a proxy) or scheme and Host."""
    base = settings.SELLER_API_PUBLIC_BASE_URL or f"{request.scheme}://{request.get_host()}"
    return [base + target for target in request_targets(request)]


def _unauthorized(problem_type: str, message: str, header: str | None = None) -> ApiProblem:
    errors = [{"field": header, "message": message}] if header else []
    return ApiProblem(401, problem_type, message, errors)


def authenticate(request: HttpRequest) -> Actor:
    values = {name: request.headers.get(name, "").strip() for name in HEADERS}
    for name, value in values.items():
        if not value:
            raise _unauthorized(problems.MISSING_HEADER, _("The header %(name)s is missing.") % {"name": name}, name)
    try:
        timestamp = int(values["Shop-Timestamp"])
    except ValueError:
        raise _unauthorized(
            problems.MISSING_HEADER, _("Shop-Timestamp must be a Unix time in seconds."), "Shop-Timestamp"
        ) from None
    window = settings.SELLER_API_CLOCK_WINDOW
    if abs(clock.now().timestamp() - timestamp) > window:
        raise _unauthorized(
            problems.MISSING_HEADER,
            _("Shop-Timestamp is more than %(window)d seconds away from the server's time.") % {"window": window},
            "Shop-Timestamp",
        )
    found = _active_key(values["Shop-Client-Key"])
    if found is None:
        raise _unauthorized(problems.INVALID_CREDENTIALS, _("The client key is unknown or revoked."))
    key, seller_name = found
    try:
        body = request.body.decode("utf-8", errors="replace")
    except RequestDataTooBig:
        raise ApiProblem(413, problems.BAD_REQUEST, _("The request body is larger than the server accepts.")) from None
    secret = key_secret(key)
    method = request.method or "GET"
    if not any(
        matches(secret, method, url, body, values["Shop-Timestamp"], values["Shop-Signature"])
        for url in signed_urls(request)
    ):
        raise _unauthorized(
            problems.CORRUPTED_SIGNATURE,
            _("The signature does not match: sign METHOD\\nFULL_URL\\nBODY\\nTIMESTAMP with your secret key."),
        )
    _rate_limit(key)
    _touch(key)
    return Actor(role=AuthorRole.SELLER, name=seller_name, seller_id=key.seller_id)


def _active_key(client_key: str) -> tuple[ApiKey, str] | None:
    """The active key (what checking and recording its use reads) and its seller's name: one prepared statement, as
    every request asks it."""

    def build(chosen: Filters) -> QuerySet[ApiKey, tuple[Any, ...]]:
        keys = chosen.apply(active_keys()).order_by()
        return keys.values_list("pk", "seller_id", "secret_encrypted", "last_used_at", "seller__name")

    found = prepared.rows("api-key", Filters().add("client_key", client_key), build)
    if not found:
        return None
    pk, seller_id, secret_encrypted, last_used_at, seller_name = found[0]
    key = ApiKey(pk=pk, seller_id=seller_id, secret_encrypted=secret_encrypted, last_used_at=last_used_at)
    return key, seller_name


def _rate_limit(key: ApiKey) -> None:
    # Shared by every key of the seller and every web process.
    if count_request(key.seller_id) > settings.SELLER_API_RATE_LIMIT:
        raise ApiProblem(
            429,
            problems.TOO_MANY_REQUESTS,
            _("More than %(n)d requests per second.") % {"n": settings.SELLER_API_RATE_LIMIT},
            headers={"Retry-After": "1"},
        )


def _touch(key: ApiKey) -> None:
    now = clock.now()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_EVERY:
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
