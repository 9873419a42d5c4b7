"""Querysets compiled once per process and run with each request's values: the hottest reads.

Building and compiling a queryset costs the Python process more than the database takes to answer these reads (the
Seller API's indexed count and page of 30 rows, a key by its client key, the portal's search by a ticket or order
number, the logged-in user by id). The ORM still writes every statement — quoting, joins,
the vendor's SQL, the converters of each column — but only the first time a query of that shape is asked for; later
requests bind their values to the same SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Self

from django.core.exceptions import EmptyResultSet, ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import DateTimeField, Field, QuerySet
from django.db.models.expressions import Expression, RawSQL
from django.db.models.sql.compiler import SQLCompiler

Converter = Callable[[Any, Any, BaseDatabaseWrapper], Any]
Build = Callable[["Filters"], QuerySet[Any, Any]]

# What a timestamp Param's value is prepared by (SQLite takes text). Text and integers are bound as they are.
MOMENT: DateTimeField[dt.datetime, dt.datetime] = DateTimeField()

# Shapes are few (which filters, how many values each, and for the Seller API whose rows), so this stays small; the
# bound keeps a process that serves many API clients from growing without end, dropping the least recently used.
MAX_STATEMENTS = 512


class Param(Expression):
    """The placeholder of a run-time value: the `index`-th of the Filters' values, prepared as `field` prepares a
    value compared with it, or bound as it is without one."""

    def __init__(self, index: int, field: Field[Any, Any] | None = None) -> None:
        super().__init__(output_field=field)
        self.index = index
        self.prepared_by = field

    def as_sql(self, compiler: SQLCompiler, connection: BaseDatabaseWrapper) -> tuple[str, list[Any]]:
        return "%s", [self]


class Filters:
    """Conditions (lookup=value) of a prepared query. A list or tuple value is an IN with one Param per item, so the
    statement depends on how many items there are, never on which. A raw condition's SQL text is part of the
    statement; its values are bound like the others."""

    def __init__(self) -> None:
        self._conditions: list[tuple[str, Field[Any, Any] | None, int | None, str | None]] = []
        self.values: list[Any] = []

    def add(self, lookup: str, value: Any, field: Field[Any, Any] | None = None) -> Self:
        many = isinstance(value, list | tuple)
        if many and not value:
            raise ValueError(f"{lookup}: an IN needs at least one value")
        self._conditions.append((lookup, field, len(value) if many else None, None))
        self.values.extend(value if many else [value])
        return self

    def add_raw(self, lookup: str, sql: str, values: Sequence[Any]) -> Self:
        """lookup=RawSQL(sql, values), e.g. id__in with a subquery of our own: fixed SQL text, bound values."""
        self._conditions.append((lookup, None, len(values), sql))
        self.values.extend(values)
        return self

    @property
    def shape(self) -> tuple[tuple[str, int | None, str | None], ...]:
        return tuple((lookup, count, sql) for lookup, _, count, sql in self._conditions)

    def apply(self, queryset: QuerySet[Any, Any]) -> QuerySet[Any, Any]:
        """The conditions with placeholders for their values, for a statement to compile."""
        index = 0
        for lookup, field, count, sql in self._conditions:
            if count is None:
                queryset = queryset.filter(**{lookup: Param(index, field)})
                index += 1
                continue
            params = [Param(index + i, field) for i in range(count)]
            queryset = queryset.filter(**{lookup: RawSQL(sql, params) if sql is not None else params})  # noqa: S611
            index += count
        return queryset

    def bind(self, queryset: QuerySet[Any, Any]) -> QuerySet[Any, Any]:
        """The conditions with their values in place: the queryset a prepared statement of them stands for."""
        values = iter(self.values)
        for lookup, _, count, sql in self._conditions:
            if count is None:
                queryset = queryset.filter(**{lookup: next(values)})
                continue
            taken = [next(values) for _ in range(count)]
            queryset = queryset.filter(**{lookup: RawSQL(sql, taken) if sql is not None else taken})  # noqa: S611
        return queryset


@dataclass(frozen=True)
class Statement:
    sql: str
    # One per placeholder: a Param to fill in, or a value the query itself holds (the same on every run).
    slots: tuple[Any, ...]
    # (column, converters, expression) for the columns the backend hands back in another form (SQLite's datetimes).
    converters: tuple[tuple[int, tuple[Converter, ...], Any], ...]

    def run(self, values: Sequence[Any], extra: Sequence[Any] = ()) -> list[Any]:
        params = [_bind(slot, values) if isinstance(slot, Param) else slot for slot in self.slots]
        rows = fetch(self.sql, [*params, *extra])
        if not self.converters:
            return rows
        converted = []
        for row in rows:
            row = list(row)
            for column, converters, expression in self.converters:
                value = row[column]
                for convert in converters:
                    value = convert(value, expression, connection)
                row[column] = value
            converted.append(tuple(row))
        return converted


def fetch(sql: str, params: Sequence[Any], using: str = DEFAULT_DB_ALIAS) -> list[Any]:
    """Every row of one read, through the database backend's own cursor.

    Django's cursor (CursorWrapper: the execute-wrapper chain, a wrapper made for each cursor method) added 10.9 µs of
    Python to an indexed read over the driver's bare cursor, measured in a loop; this way adds 2.3, and in a request
    with three such reads 62-79 µs less. Django's checks, its reconnection and its translation of the driver's errors
    are kept. Anything that watches the queries (assertNumQueries, DEBUG's query log, connection.execute_wrapper) gets
    Django's cursor as before.
    """
    db = connections[using]
    if db.queries_logged or db.execute_wrappers:
        with db.cursor() as observed:
            observed.execute(sql, params)
            seen: list[Any] = observed.fetchall()
            return seen
    db.close_if_health_check_failed()
    db.ensure_connection()
    db.validate_thread_sharing()
    db.validate_no_broken_transaction()
    with db.wrap_database_errors:
        cursor = db.create_cursor()
        try:
            cursor.execute(sql, params)
            rows: list[Any] = cursor.fetchall()
            return rows
        finally:
            cursor.close()


def _bind(param: Param, values: Sequence[Any]) -> Any:
    value = values[param.index]
    return value if param.prepared_by is None else param.prepared_by.get_db_prep_value(value, connection)


def _compile(queryset: QuerySet[Any, Any], filters: Filters, *, count: bool, paged: bool) -> Statement:
    if count and not queryset.query.is_sliced:  # a sliced query counts its slice, in its own order
        queryset = queryset.order_by().values_list("pk")
    compiler = queryset.query.get_compiler(connection=connection)
    sql, params = compiler.as_sql()
    # A lookup that prepares its values itself (a relation's own IN) turns a Param into text: refuse such a query.
    bound = sorted(slot.index for slot in params if isinstance(slot, Param))
    if bound != list(range(len(filters.values))):
        raise ImproperlyConfigured(f"The query binds values {bound} of {len(filters.values)}: {filters.shape}")
    if count:
        # How Django itself counts a sliced or distinct queryset; the database flattens it into a plain count.
        counted = f"SELECT COUNT(*) FROM ({sql}) subquery"  # noqa: S608 - the ORM's SQL, the values are bound
        return Statement(counted, tuple(params), ())
    if paged:
        sql += " LIMIT %s OFFSET %s"
    columns = [column for column, _, _ in compiler.select[: compiler.col_count]]
    converters = tuple(
        (index, tuple(found), expression) for index, (found, expression) in compiler.get_converters(columns).items()
    )
    return Statement(sql, tuple(params), converters)


_statements: dict[tuple[Hashable, ...], Statement] = {}


def _statement(key: Hashable, filters: Filters, build: Build, *, count: bool, paged: bool) -> Statement:
    cache_key = (connection.alias, connection.vendor, key, filters.shape, count, paged)
    found = _statements.pop(cache_key, None)
    if found is None:
        if len(_statements) >= MAX_STATEMENTS:
            del _statements[next(iter(_statements))]  # the least recently used
        found = _compile(build(filters), filters, count=count, paged=paged)
    _statements[cache_key] = found  # last in the order: the most recently used
    return found


def rows(key: Hashable, filters: Filters, build: Build, *, page: tuple[int, int] | None = None) -> list[Any]:
    """The rows of `build(filters)`: a values_list queryset with `filters.apply()` in it. `page` is (limit, offset).

    `key` names everything else that makes the queryset differ: the query itself and its inputs that are not
    filters (whose rows it may read, the order).
    """
    try:
        statement = _statement(key, filters, build, count=False, paged=page is not None)
    except EmptyResultSet:  # a queryset that can match nothing (none()) has no SQL
        return []
    return statement.run(filters.values, page or ())


def count(key: Hashable, filters: Filters, build: Build) -> int:
    """How many rows `build(filters)` has (see rows())."""
    try:
        statement = _statement(key, filters, build, count=True, paged=False)
    except EmptyResultSet:
        return 0
    found: int = statement.run(filters.values)[0][0]
    return found
