"""The marketplace's seven storefronts with their currency, language, time zone and holiday calendar."""

from django.db import migrations

from marketdesk.catalog.defaults import ensure_storefronts


def add_storefronts(apps, schema_editor):  # type: ignore[no-untyped-def]
    ensure_storefronts(apps.get_model("catalog", "Storefront"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_storefronts")]
    operations = [migrations.RunPython(add_storefronts, migrations.RunPython.noop)]
