"""Dates and times as Django's `date` filter writes them, for lists that write dozens on every page.

django.utils.dateformat reads a format character by character for each date it writes (15 µs a date); here a format
is read once per language into a list of small functions. A format character not listed below leaves the whole
format to Django, so what is written is always what the filter would write (tests compare the two).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from django.utils import formats, timezone
from django.utils.dateformat import re_escaped, re_formatchars
from django.utils.translation import get_language
from django.utils.translation import gettext as _

Part = Callable[[dt.datetime], str]

_PARTS: dict[str, Part] = {
    "d": lambda v: f"{v.day:02d}",
    "j": lambda v: str(v.day),
    "m": lambda v: f"{v.month:02d}",
    "n": lambda v: str(v.month),
    "Y": lambda v: f"{v.year:04d}",
    "y": lambda v: f"{v.year % 100:02d}",
    "H": lambda v: f"{v.hour:02d}",
    "G": lambda v: str(v.hour),
    "i": lambda v: f"{v.minute:02d}",
    "s": lambda v: f"{v.second:02d}",
}


def short_datetime(value: dt.datetime | None) -> str:
    """`value|date:'SHORT_DATETIME_FORMAT'` in the current language and time zone; empty for None."""
    return short_datetimes()(value)


def short_datetimes() -> Callable[[dt.datetime | None], str]:
    """short_datetime for the dates of a whole page: the format and the time zone are looked up once."""
    write = _writer(formats.get_format("SHORT_DATETIME_FORMAT"), get_language())
    zone = timezone.get_current_timezone()

    def short(value: dt.datetime | None) -> str:
        return "" if value is None else write(timezone.localtime(value, zone))

    return short


@functools.lru_cache(maxsize=64)
def _writer(format_string: str, language: str) -> Callable[[dt.datetime], str]:
    parts: list[Part] = []
    for index, piece in enumerate(re_formatchars.split(format_string)):
        if index % 2 == 0:
            if piece:
                parts.append(_literal(re_escaped.sub(r"\1", piece)))
        elif piece in _PARTS:
            parts.append(_PARTS[piece])
        elif piece == "P":
            parts.append(_twelve_hour(am=_("a.m."), pm=_("p.m."), midnight=_("midnight"), noon=_("noon")))
        else:
            return lambda value: formats.date_format(value, format_string)
    return lambda value: "".join([part(value) for part in parts])


def _literal(text: str) -> Part:
    return lambda value: text


def _twelve_hour(*, am: str, pm: str, midnight: str, noon: str) -> Part:
    """Django's "P": 1 p.m., 1:30 a.m., midnight, noon (the words translated when the format is read)."""

    def write(v: dt.datetime) -> str:
        if v.minute == 0 and v.hour in (0, 12):
            return midnight if v.hour == 0 else noon
        hour = v.hour % 12 or 12
        return (
            f"{hour}:{v.minute:02d} {pm if v.hour > 11 else am}" if v.minute else f"{hour} {pm if v.hour > 11 else am}"
        )

    return write
