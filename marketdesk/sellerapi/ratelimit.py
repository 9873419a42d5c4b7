"""The Seller API rate limit: one atomic counter per seller and second in the database, so every web process
(and every host) counts the same requests; old windows are cleared by the worker."""

from __future__ import annotations

from django.db import connection

from marketdesk.core import clock
from marketdesk.sellerapi.models import RateWindow

KEEP_SECONDS = 60


def count_request(seller_id: int) -> int:
    """Add this request to the seller's current second and return how many that second has seen."""
    second = int(clock.now().timestamp())
    table = connection.ops.quote_name(RateWindow._meta.db_table)
    # INSERT … ON CONFLICT … RETURNING is one atomic statement on PostgreSQL and SQLite (≥ 3.35).
    sql = (
        f"INSERT INTO {table} (seller_id, second, count) VALUES (%s, %s, 1) "  # noqa: S608 - table name is ours
        f"ON CONFLICT (seller_id, second) DO UPDATE SET count = {table}.count + 1 RETURNING count"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [seller_id, second])
        row = cursor.fetchone()
    return int(row[0])


def clear_old_windows(batch: int) -> int:
    """Worker job: delete counters older than a minute (indexed by second)."""
    cutoff = int(clock.now().timestamp()) - KEEP_SECONDS
    deleted, _ = RateWindow.objects.filter(second__lt=cutoff).delete()
    return deleted
