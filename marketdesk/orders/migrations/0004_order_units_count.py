"""Each order stores how many order units it has, in the covering (seller, created_at) index."""

from django.db import migrations, models

# One statement that SQLite and PostgreSQL both run; every order unit already exists, as order_create made it.
COUNT_UNITS = (
    "UPDATE orders_order SET units_count = (SELECT COUNT(*) FROM orders_orderunit u WHERE u.order_id = orders_order.id)"
)


class Migration(migrations.Migration):
    dependencies = [
        ("orders", "0003_indexes_for_large_sellers"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="order", name="order_seller_created"),
        migrations.AddField(
            model_name="order",
            name="units_count",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="order units"),
        ),
        # Filled before the index is built, so the update does not maintain it row by row.
        migrations.RunSQL(COUNT_UNITS, reverse_sql=migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name="order",
            index=models.Index(
                fields=["seller", "-created_at"], include=("id", "units_count"), name="order_seller_created"
            ),
        ),
    ]
