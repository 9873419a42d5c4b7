"""The marketplace's seven storefronts with their currency, language, time zone and holiday calendar."""

from decimal import Decimal

from django.db import migrations

STOREFRONTS = [
    # code, name, currency, language, time zone, holiday country, value of 1 unit in EUR
    ("de", "Deutschland", "EUR", "de", "Europe/Berlin", "DE", Decimal("1")),
    ("at", "Österreich", "EUR", "de", "Europe/Vienna", "AT", Decimal("1")),
    ("cz", "Česko", "CZK", "cs", "Europe/Prague", "CZ", Decimal("0.040000")),
    ("sk", "Slovensko", "EUR", "sk", "Europe/Bratislava", "SK", Decimal("1")),
    ("pl", "Polska", "PLN", "pl", "Europe/Warsaw", "PL", Decimal("0.230000")),
    ("fr", "France", "EUR", "fr", "Europe/Paris", "FR", Decimal("1")),
    ("it", "Italia", "EUR", "it", "Europe/Rome", "IT", Decimal("1")),
]


def add_storefronts(apps, schema_editor):  # type: ignore[no-untyped-def]
    Storefront = apps.get_model("catalog", "Storefront")
    for code, name, currency, language, time_zone, country, rate in STOREFRONTS:
        Storefront.objects.update_or_create(
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


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_storefronts")]
    operations = [migrations.RunPython(add_storefronts, migrations.RunPython.noop)]
