"""The marketplace's seven storefronts as shipped; operators change them in the admin afterwards."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

# code, name, currency, language, time zone, holiday country, value of 1 unit in EUR
STOREFRONTS = [
    ("de", "Deutschland", "EUR", "de", "Europe/Berlin", "DE", Decimal("1")),
    ("at", "Österreich", "EUR", "de", "Europe/Vienna", "AT", Decimal("1")),
    ("cz", "Česko", "CZK", "cs", "Europe/Prague", "CZ", Decimal("0.040000")),
    ("sk", "Slovensko", "EUR", "sk", "Europe/Bratislava", "SK", Decimal("1")),
    ("pl", "Polska", "PLN", "pl", "Europe/Warsaw", "PL", Decimal("0.230000")),
    ("fr", "France", "EUR", "fr", "Europe/Paris", "FR", Decimal("1")),
    ("it", "Italia", "EUR", "it", "Europe/Rome", "IT", Decimal("1")),
]


def ensure_storefronts(storefront_model: Any) -> None:
    """Create the storefronts that are missing; existing ones keep what operators configured."""
    for code, name, currency, language, time_zone, country, rate in STOREFRONTS:
        storefront_model.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "currency": currency,
                "language": language,
                "time_zone": time_zone,
                "holiday_country": country,
                "eur_rate": rate,
            },
        )
