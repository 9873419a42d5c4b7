"""Typed readers for environment variables; a wrong value stops start-up with a clear message."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from django.core.exceptions import ImproperlyConfigured

T = TypeVar("T")
_MISSING = object()
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _read(name: str, default: object, parse: Callable[[str], T], kind: str) -> T:
    raw = os.environ.get(name)
    if raw is None:
        if default is _MISSING:
            raise ImproperlyConfigured(f"Environment variable {name} is required ({kind}); see .env.example.")
        return default  # type: ignore[return-value]
    try:
        return parse(raw.strip())
    except ValueError as exc:
        raise ImproperlyConfigured(f"Environment variable {name}={raw!r} is not a valid {kind}: {exc}") from exc


def env_str(name: str, default: str | object = _MISSING) -> str:
    return _read(name, default, str, "string")


def env_int(name: str, default: int | object = _MISSING, *, minimum: int | None = None) -> int:
    def parse(raw: str) -> int:
        value = int(raw)
        if minimum is not None and value < minimum:
            raise ValueError(f"must be at least {minimum}")
        return value

    return _read(name, default, parse, "integer")


def env_bool(name: str, default: bool | object = _MISSING) -> bool:
    def parse(raw: str) -> bool:
        lowered = raw.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ValueError("use one of 1/0, true/false, yes/no, on/off")

    return _read(name, default, parse, "boolean")


def env_list(name: str, default: list[str] | object = _MISSING) -> list[str]:
    return _read(
        name, default, lambda raw: [item.strip() for item in raw.split(",") if item.strip()], "comma-separated list"
    )
