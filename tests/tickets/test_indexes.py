"""Indexes made for one database only (tickets migration 0009): where they exist, and that they can be undone."""

from __future__ import annotations

import importlib

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

migration = importlib.import_module("marketdesk.tickets.migrations.0009_count_index_for_the_api")


def indexes() -> set[str]:
    with connection.cursor() as cursor:
        return set(connection.introspection.get_constraints(cursor, "tickets_ticket"))


def test_the_api_count_index_is_made_on_postgresql_only() -> None:
    assert (migration.NAME in indexes()) == (connection.vendor == "postgresql")


def test_the_api_count_index_can_be_dropped_and_made_again() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite gets no such index (see the test above)")
    with connection.schema_editor() as editor:
        migration.drop(None, editor)  # type: ignore[arg-type]
    assert migration.NAME not in indexes()
    with connection.schema_editor() as editor:
        migration.create(None, editor)  # type: ignore[arg-type]
    assert migration.NAME in indexes()
