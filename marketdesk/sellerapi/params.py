"""Query parameters as the reference defines them; a bad value is a 400 that names the parameter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.http import HttpRequest
from django.utils.translation import gettext as _

from marketdesk.sellerapi.problems import ApiProblem


def values(request: HttpRequest, name: str) -> list[str]:
    """Array parameters arrive as repeated keys (?a=1&a=2) or comma-separated (?a=1,2); both are accepted.
    A parameter given without a value (?a=) is an error, not a silently missing filter."""
    found: list[str] = []
    for raw in request.GET.getlist(name) + request.GET.getlist(f"{name}[]"):
        parts = [part.strip() for part in raw.split(",") if part.strip()]
        if not parts:
            raise ApiProblem.invalid(name, _("%(name)s was given without a value.") % {"name": name})
        found.extend(parts)
    return found


def enum_list(request: HttpRequest, name: str, allowed: Iterable[str], default: list[str] | None = None) -> list[str]:
    chosen = values(request, name)
    allowed_set = set(allowed)
    for value in chosen:
        if value not in allowed_set:
            raise ApiProblem.invalid(
                name, _("“%(value)s” is not a valid value for %(name)s.") % {"value": value, "name": name}
            )
    return chosen or list(default or [])


def enum_one(request: HttpRequest, name: str, allowed: Iterable[str], default: str | None = None) -> str | None:
    chosen = values(request, name)
    if len(chosen) > 1:
        raise ApiProblem.invalid(name, _("%(name)s takes one value.") % {"name": name})
    if not chosen:
        return default
    if chosen[0] not in set(allowed):
        raise ApiProblem.invalid(
            name, _("“%(value)s” is not a valid value for %(name)s.") % {"value": chosen[0], "name": name}
        )
    return chosen[0]


def integer(
    request: HttpRequest, name: str, *, default: int | None, minimum: int, maximum: int | None = None
) -> int | None:
    raw = request.GET.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiProblem.invalid(name, _("%(name)s must be an integer.") % {"name": name}) from None
    if value < minimum or (maximum is not None and value > maximum):
        bounds = f"{minimum}–{maximum}" if maximum is not None else f"≥ {minimum}"
        raise ApiProblem.invalid(name, _("%(name)s must be %(bounds)s.") % {"name": name, "bounds": bounds})
    return value


def timestamp(request: HttpRequest, name: str) -> dt.datetime | None:
    raw = request.GET.get(name)
    if raw is None:
        return None
    try:
        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        raise ApiProblem.invalid(
            name, _("%(name)s must be an ISO 8601 date-time such as 2024-01-01T00:00:00Z.") % {"name": name}
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def iso(value: dt.datetime | None) -> str | None:
    """Timestamps on the wire: UTC with Z, seconds precision."""
    return None if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def refuse_nul_characters(request: HttpRequest) -> None:
    """No text we store may hold NUL (PostgreSQL refuses it): a 400 naming the parameter or body field."""
    for name, raw in request.GET.lists():
        if any("\x00" in value for value in raw) or "\x00" in name:
            raise ApiProblem.invalid(name.replace("\x00", ""), _("%(name)s contains a NUL character.") % {"name": name})
    if b"\\u0000" in request.body or b"\x00" in request.body:
        raise ApiProblem.invalid("body", _("The request body contains a NUL character."))
