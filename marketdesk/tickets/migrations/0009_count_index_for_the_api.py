"""The Seller API's total of an unfiltered list (GET /v2/tickets counts every ticket of the seller): an index of only
(seller, fulfillment type), on PostgreSQL.

PostgreSQL stores the entries of an index whose values repeat as posting lists: a seller's 100,000 entries take 91
pages instead of the list index's 1,098, and are counted in about half the time. SQLite has no such storage, and its
planner took the new index for queries on the seller alone before it had statistics for it (the tab counts read the
table through it); it gains nothing there, so it is not made there. It is not in the model's Meta for the same
reason: Django's indexes are the same on every database.
"""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

NAME = "ticket_seller_fulfillment"


def create(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'CREATE INDEX "{NAME}" ON "tickets_ticket" ("seller_id", "fulfillment_type")')


def drop(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'DROP INDEX IF EXISTS "{NAME}"')


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_seller_extra_cancellation_days"),
        ("catalog", "0002_add_marketplace_storefronts"),
        ("orders", "0005_order_seller_created_covers_units_on_sqlite"),
        ("tickets", "0008_seller_created_covers_on_sqlite"),
    ]

    operations = [migrations.RunPython(create, drop)]
