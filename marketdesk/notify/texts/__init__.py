"""The notification e-mails in the storefronts' languages: one module of texts per language, English as fallback.

Every language module defines TEXTS (key → text with `{placeholders}`), DATETIME and DATE (formats over the fields
d, m, dd, mm, y, H, M) and the number separators for amounts. A test holds every language to the same keys with the
same placeholders, so a text can never fail to render in one language only.
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Final

from . import cs, de, en, fr, it, pl, sk

LANGUAGES: Final[dict[str, ModuleType]] = {"de": de, "cs": cs, "sk": sk, "pl": pl, "fr": fr, "it": it, "en": en}
FALLBACK: Final = "en"


def language(code: str | None) -> str:
    """The language we write in for a storefront language code; English when we have no texts for it."""
    return code if code in LANGUAGES else FALLBACK


def text(lang: str, key: str, **values: object) -> str:
    return str(LANGUAGES[language(lang)].TEXTS[key]).format(**values)


def _fields(value: dt.datetime | dt.date) -> dict[str, str]:
    fields = {
        "d": str(value.day),
        "m": str(value.month),
        "dd": f"{value.day:02d}",
        "mm": f"{value.month:02d}",
        "y": str(value.year),
    }
    if isinstance(value, dt.datetime):
        fields |= {"H": f"{value.hour:02d}", "M": f"{value.minute:02d}"}
    return fields


def format_datetime(lang: str, value: dt.datetime) -> str:
    """A local date and time as that language writes it (the caller converts to the storefront's time zone)."""
    return str(LANGUAGES[language(lang)].DATETIME).format(**_fields(value))


def format_date(lang: str, value: dt.date) -> str:
    return str(LANGUAGES[language(lang)].DATE).format(**_fields(value))


def format_amount(lang: str, minor: int, currency: str) -> str:
    """Minor units as `1.234,50 EUR` / `1 234,50 CZK` / `1,234.50 EUR`, by the language's separators."""
    module = LANGUAGES[language(lang)]
    sign = "-" if minor < 0 else ""
    major, cents = divmod(abs(minor), 100)
    grouped = f"{major:,}".replace(",", str(module.THOUSANDS))
    return f"{sign}{grouped}{module.DECIMAL}{cents:02d} {currency}"
