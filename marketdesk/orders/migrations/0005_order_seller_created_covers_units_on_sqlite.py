"""The (seller, created_at) index of orders covers units_count on SQLite too, which ignores INCLUDE: it becomes a key
column, so Service Performance sums a period's order units from the index alone on both databases."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("orders", "0004_order_units_count"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="order", name="order_seller_created"),
        migrations.AddIndex(
            model_name="order",
            index=models.Index(
                fields=["seller", "-created_at", "units_count"], include=("id",), name="order_seller_created"
            ),
        ),
    ]
