"""Synthetic data for the benchmarks: sellers, buyers, orders, order units, tickets, messages and events, in bulk.

    .venv/bin/python bench/generate.py --tickets 1000000                      # PostgreSQL, database marketdesk_bench
    .venv/bin/python bench/generate.py --tickets 100000 --database-url sqlite:///var/bench.sqlite3
    options: --database-url URL  --seed 1  --now 2026-12-01T12:00:00Z  --fresh

The database gets the app's schema (`migrate`), then rows streamed straight from Python: on PostgreSQL one COPY per
table, each on its own connection so the server takes rows while they are made; on SQLite executemany in one
transaction. Secondary indexes and constraints are dropped for the load and rebuilt afterwards (then VACUUM/ANALYZE).
The same --seed and --now give the same data. Every generated user's password is `bench` (seller users are
`seller<seller id>`, customer-service agents `agent1`…`agent7`).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate_plan import (  # noqa: E402 - needs the repository on the path first
    CHUNK,
    DAY,
    HOUR,
    PASSWORD,
    TABLES,
    Plan,
    Scale,
    Storefront,
    WorkingTime,
    make_people,
)
from bench.generate_story import Chunk, Counters  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/marketdesk_bench"
# Databases this script never creates, drops or fills.
PROTECTED = frozenset({"postgres", "test", "root", "template0", "template1"})
SQLITE_BATCH = 5000
ROTATE = 25  # chunks per COPY batch on PostgreSQL (50,000 tickets)


class PostgresValues:
    def ts(self, epoch: int) -> Any:
        return dt.datetime.fromtimestamp(epoch, dt.UTC)

    def day(self, value: dt.date) -> Any:
        return value


class SqliteValues:
    """What Django's SQLite backend stores: naive UTC text timestamps, ISO dates."""

    def ts(self, epoch: int) -> Any:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(epoch))

    def day(self, value: dt.date) -> Any:
        return value.isoformat()


@dataclass
class Result:
    scale: Scale
    now: int
    phases: dict[str, float] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)


@contextlib.contextmanager
def phase(result: Result, name: str) -> Iterator[None]:
    started = time.monotonic()
    try:
        yield
    finally:
        result.phases[name] = result.phases.get(name, 0.0) + time.monotonic() - started


# The app's tables ---------------------------------------------------------------------------------------------------


def table_names() -> dict[str, str]:
    from marketdesk.accounts.models import Buyer, SellerAccount, User
    from marketdesk.orders.models import Order, OrderUnit
    from marketdesk.tickets.models import Ticket, TicketEvent, TicketMessage

    models: dict[str, Any] = {
        "seller": SellerAccount,
        "user": User,
        "buyer": Buyer,
        "order": Order,
        "unit": OrderUnit,
        "ticket": Ticket,
        "ticket_unit": Ticket.units.through,
        "message": TicketMessage,
        "event": TicketEvent,
    }
    for key, model in models.items():
        check_columns(key, model)
    return {key: model._meta.db_table for key, model in models.items()}


def check_columns(key: str, model: Any) -> None:
    """Every column we write exists, and every NOT NULL column without a database default is written."""
    from django.db.models import GeneratedField
    from django.db.models.fields import NOT_PROVIDED

    fields = [f for f in model._meta.concrete_fields if not isinstance(f, GeneratedField)]
    columns = {f.column for f in fields}
    unknown = set(TABLES[key]) - columns
    missing = [
        f.column
        for f in fields
        if f.column not in TABLES[key] and not f.null and f.db_default is NOT_PROVIDED and not f.primary_key
    ]
    if unknown or missing:
        raise RuntimeError(f"{model._meta.db_table}: generate.py writes {sorted(unknown)} and misses {missing}")


def storefronts_for(plan: Plan) -> dict[str, Storefront]:
    from marketdesk.catalog.models import Storefront as StorefrontModel

    first = dt.datetime.fromtimestamp(plan.start - 200 * DAY, dt.UTC).date()
    last = dt.datetime.fromtimestamp(plan.now + 60 * DAY, dt.UTC).date()
    return {
        s.code: Storefront(
            code=s.code,
            currency=s.currency,
            language=s.language,
            answer_seconds=s.answer_hours * HOUR,
            warning_seconds=s.warning_hours * HOUR,
            working=WorkingTime(s.calendar(), first, last),
        )
        for s in StorefrontModel.objects.order_by("code")
    }


# Sinks --------------------------------------------------------------------------------------------------------------


class CopySink:
    """One connection and one open COPY per table: PostgreSQL parses rows while Python makes the next ones.

    Every ROTATE chunks the open COPYs are handed to a background thread, which ends and commits them table by table
    in the order of TABLES, while fresh COPYs take the next rows. A statement trigger on a table (the full-text
    search on messages) so does its work batch by batch next to the generation instead of all at the end, and sees
    the tickets it joins: they were committed just before.
    """

    def __init__(self, conninfo: dict[str, Any], tables: dict[str, str]) -> None:
        self.conninfo, self.tables = conninfo, tables
        self.executor = ThreadPoolExecutor(max_workers=1)
        self.pending: Future[None] | None = None
        self.batch: list[tuple[Any, Any]] = []  # (connection, COPY block) of the open batch
        self.copies: dict[str, Any] = {}
        self._open()

    def _open(self) -> None:
        import psycopg

        try:
            for key, table in self.tables.items():
                connection = psycopg.connect(**self.conninfo)
                connection.execute("SET synchronous_commit = off")
                block = connection.cursor().copy(f"COPY {table} ({', '.join(TABLES[key])}) FROM STDIN")
                self.batch.append((connection, block))
                self.copies[key] = block.__enter__()
        except BaseException:
            self.abort()
            raise

    def add(self, table: str, row: Sequence[Any]) -> None:
        self.copies[table].write_row(row)

    def rotate(self) -> None:
        batch, self.batch = self.batch, []
        self._wait()
        self.pending = self.executor.submit(_commit, batch)
        self._open()

    def finish(self) -> None:
        batch, self.batch = self.batch, []
        self._wait()
        _commit(batch)
        self.executor.shutdown()

    def _wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._wait()
        for connection, _block in self.batch:
            connection.close()  # an open COPY dies with its connection; nothing of it was committed
        self.batch = []
        self.executor.shutdown()


def _commit(batch: list[tuple[Any, Any]]) -> None:
    for connection, block in batch:
        block.__exit__(None, None, None)
        connection.commit()
        connection.close()


class InsertSink:
    """executemany in batches on the Django connection's SQLite handle, inside the caller's transaction."""

    def __init__(self, handle: sqlite3.Connection, tables: dict[str, str]) -> None:
        self.handle = handle
        self.sql = {
            key: f"INSERT INTO {table} ({', '.join(TABLES[key])}) VALUES ({', '.join('?' * len(TABLES[key]))})"  # noqa: S608
            for key, table in tables.items()
        }
        self.buffers: dict[str, list[Sequence[Any]]] = {key: [] for key in tables}

    def add(self, table: str, row: Sequence[Any]) -> None:
        buffer = self.buffers[table]
        buffer.append(row)
        if len(buffer) >= SQLITE_BATCH:
            self.finish()

    def finish(self) -> None:
        # Every table in the order of TABLES: a row trigger on messages (the full-text search) finds its ticket.
        for key, buffer in self.buffers.items():
            if buffer:
                self.handle.executemany(self.sql[key], buffer)
                buffer.clear()


# Loading ------------------------------------------------------------------------------------------------------------


def load(*, tickets: int, seed: int, now: int, progress: bool = True) -> Result:
    """Fill the (empty) database of Django's default connection; returns what was written and how long it took."""
    from django.contrib.auth.hashers import make_password
    from django.db import connection

    scale = Scale.of(tickets)
    result = Result(scale=scale, now=now)
    tables = table_names()
    with phase(result, "plan"):
        plan = Plan.make(scale, seed, now)
        storefronts = storefronts_for(plan)
        password_hash = make_password(PASSWORD)
    if connection.vendor == "postgresql":
        _load_postgres(connection, plan, storefronts, tables, password_hash, result, progress)
    else:
        _load_sqlite(connection, plan, storefronts, tables, password_hash, result, progress)
    return result


def _tell(
    plan: Plan,
    storefronts: dict[str, Storefront],
    sink: Any,
    dialect: Any,
    password_hash: str,
    result: Result,
    progress: bool,
) -> None:
    from tqdm import tqdm

    counters = Counters()
    with phase(result, "people"):
        people = make_people(plan, sink, dialect, password_hash)
    users = len(people.seller_user_ids) + len(people.agent_user_ids)
    result.rows.update(seller=len(people.seller_ids), user=users, buyer=len(people.buyer_ids))
    with phase(result, "tickets"):
        bars = [
            tqdm(total=plan.scale.tickets, desc="tickets ", unit=" rows", disable=not progress, position=0),
            tqdm(total=plan.scale.messages, desc="messages", unit=" rows", disable=not progress, position=1),
            tqdm(total=None, desc="orders  ", unit=" rows", disable=not progress, position=2),
            tqdm(total=None, desc="units   ", unit=" rows", disable=not progress, position=3),
        ]
        message_id = 1
        chunks = (plan.scale.tickets + CHUNK - 1) // CHUNK
        seen = dict.fromkeys(("ticket", "message", "order", "unit"), 0)
        for index in range(chunks):
            message_id = Chunk(index, plan, people, storefronts, counters, sink, dialect).tell(message_id)
            if isinstance(sink, CopySink) and index % ROTATE == ROTATE - 1 and index < chunks - 1:
                sink.rotate()
            for bar, key in zip(bars, seen, strict=True):
                bar.update(counters.rows.get(key, 0) - seen[key])
                seen[key] = counters.rows.get(key, 0)
        for bar in bars:
            bar.close()
    result.rows.update(counters.rows)


def _conninfo(connection: Any) -> dict[str, Any]:
    settings = connection.settings_dict
    info = {"dbname": settings["NAME"], "user": settings.get("USER") or None, "host": settings.get("HOST") or None}
    info.update({"port": settings.get("PORT") or None, "password": settings.get("PASSWORD") or None})
    return {key: value for key, value in info.items() if value is not None}


def _load_postgres(
    connection: Any,
    plan: Plan,
    storefronts: dict[str, Storefront],
    tables: dict[str, str],
    password_hash: str,
    result: Result,
    progress: bool,
) -> None:
    import psycopg

    conninfo = _conninfo(connection)
    connection.close()  # nothing of ours stays open while constraints come and go
    with psycopg.connect(**conninfo, autocommit=True) as admin:
        restore = _detach_postgres(admin)
        try:
            sink = CopySink(conninfo, tables)
            try:
                _tell(plan, storefronts, sink, PostgresValues(), password_hash, result, progress)
                with phase(result, "copy finish"):
                    sink.finish()
            except BaseException:
                sink.abort()
                raise
        finally:
            with phase(result, "indexes"):
                _run_all(admin, restore, "indexes", progress)
        with phase(result, "analyze"):
            for key in ("seller", "user", "order", "ticket", "message", "event", "ticket_unit"):
                table = tables[key]
                sequence = f"pg_get_serial_sequence('{table}', 'id')"
                admin.execute(f"SELECT setval({sequence}, coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table}")  # noqa: S608
            # Every table, also those filled by triggers (the full-text search), for the visibility map and statistics.
            admin.execute("VACUUM (ANALYZE)")


def _detach_postgres(admin: Any) -> list[str]:
    """Drop foreign keys, unique constraints and secondary indexes of every table; return the statements that bring
    them back (indexes first, then unique constraints, then foreign keys, which are validated as they return)."""
    constraints = admin.execute(
        "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = 'public'::regnamespace AND contype IN ('f', 'u') ORDER BY contype, 1, 2"
    ).fetchall()
    indexes = admin.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class t ON t.oid = i.indrelid WHERE t.relnamespace = 'public'::regnamespace AND NOT i.indisprimary "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
        "WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x')) ORDER BY 1"
    ).fetchall()
    drops = [f'ALTER TABLE {table} DROP CONSTRAINT "{name}"' for table, name, _, _ in constraints]
    drops += [f"DROP INDEX {name}" for name, _ in indexes]
    with admin.transaction():
        for statement in drops:
            admin.execute(statement)
    restore = [definition for _, definition in indexes]
    restore += [f'ALTER TABLE {t} ADD CONSTRAINT "{n}" {d}' for t, n, kind, d in constraints if kind == "u"]
    restore += [f'ALTER TABLE {t} ADD CONSTRAINT "{n}" {d}' for t, n, kind, d in constraints if kind == "f"]
    return restore


def _run_all(admin: Any, statements: list[str], what: str, progress: bool) -> None:
    from tqdm import tqdm

    admin.execute("SET maintenance_work_mem = '1GB'")
    for statement in tqdm(statements, desc=f"{what:8}", unit=" stmt", disable=not progress):
        admin.execute(statement)


def _load_sqlite(
    connection: Any,
    plan: Plan,
    storefronts: dict[str, Storefront],
    tables: dict[str, str],
    password_hash: str,
    result: Result,
    progress: bool,
) -> None:
    from django.db import transaction
    from tqdm import tqdm

    connection.ensure_connection()
    handle: sqlite3.Connection = connection.connection
    outside = not connection.in_atomic_block
    if outside:  # neither can change inside a transaction
        handle.execute("PRAGMA journal_mode = WAL")
        handle.execute("PRAGMA synchronous = OFF")
        handle.execute("PRAGMA foreign_keys = OFF")
    try:
        with transaction.atomic():
            indexes = handle.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
            ).fetchall()
            for name, _ in indexes:
                handle.execute(f'DROP INDEX "{name}"')
            sink = InsertSink(handle, tables)
            _tell(plan, storefronts, sink, SqliteValues(), password_hash, result, progress)
            sink.finish()
            with phase(result, "indexes"):
                for _, sql in tqdm(indexes, desc="indexes ", unit=" stmt", disable=not progress):
                    handle.execute(sql)
            broken = handle.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"generated rows break foreign keys, e.g. {broken[:3]}")
    finally:
        if outside:
            handle.execute("PRAGMA foreign_keys = ON")
            handle.execute("PRAGMA synchronous = NORMAL")
    with phase(result, "analyze"):
        handle.execute("ANALYZE")


# Summary ------------------------------------------------------------------------------------------------------------


def summary(result: Result) -> str:
    from django.db import connection

    tables = table_names()
    lines = [f"now = {dt.datetime.fromtimestamp(result.now, dt.UTC).isoformat()}", "", "rows per table:"]
    with connection.cursor() as cursor:
        for table in tables.values():
            cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 - our table names
            lines.append(f"  {table:28} {cursor.fetchone()[0]:>12,}")
        ticket, seller = tables["ticket"], tables["seller"]
        cursor.execute(
            f"SELECT s.id, s.name, count(*) AS n FROM {ticket} t JOIN {seller} s ON s.id = t.seller_id "  # noqa: S608
            "GROUP BY s.id, s.name ORDER BY n DESC, s.id LIMIT 6"
        )
        lines += ["", "biggest sellers (user seller<id>, password bench):"]
        lines += [f"  {pk:>6}  {name:40} {n:>9,} tickets" for pk, name, n in cursor.fetchall()]
        cursor.execute(f"SELECT portal_tab, status, count(*) FROM {ticket} GROUP BY 1, 2 ORDER BY 1, 2")  # noqa: S608
        lines += ["", "tickets by portal tab and status:"]
        lines += [f"  {tab:8} {status:30} {n:>9,}" for tab, status, n in cursor.fetchall()]
        cursor.execute(
            f"SELECT count(*) FILTER (WHERE deadline_at < %s), count(*) FROM {ticket} WHERE portal_tab = 'open'",  # noqa: S608
            [dt.datetime.fromtimestamp(result.now, dt.UTC)],
        )
        overdue, open_now = cursor.fetchone()
        lines.append(f"  open tickets past their deadline: {overdue:,} of {open_now:,}")
    lines += ["", "seconds per phase:"]
    lines += [f"  {name:12} {seconds:8.1f}" for name, seconds in result.phases.items()]
    lines.append(f"  {'total':12} {sum(result.phases.values()):8.1f}")
    return "\n".join(lines)


# Command line -------------------------------------------------------------------------------------------------------


def _prepare_postgres(url: str, fresh: bool) -> None:
    import psycopg

    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    if not name or name in PROTECTED or name.startswith("test_"):
        raise SystemExit(f"refusing to fill database {name!r}: name a database of its own, e.g. marketdesk_bench")
    server: dict[str, Any] = {"host": parts.hostname or "127.0.0.1", "port": parts.port or 5432, "dbname": "postgres"}
    if parts.username:
        server["user"] = unquote(parts.username)
    if parts.password:
        server["password"] = unquote(parts.password)
    with psycopg.connect(**server, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            admin.execute(f'DROP DATABASE "{name}"')
            exists = None
        if not exists:
            admin.execute(f'CREATE DATABASE "{name}"')


def _prepare_sqlite(url: str, fresh: bool) -> str:
    """Return the URL with an absolute path (a relative one is taken from the repository root)."""
    path = Path(url.removeprefix("sqlite://")[1:] or "var/bench.sqlite3")
    if not path.is_absolute():
        path = ROOT / path
    path.parent.mkdir(parents=True, exist_ok=True)
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def _default_now() -> int:
    now = int(time.time())
    return now - now % HOUR


def _parse_now(value: str) -> int:
    moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError("--now needs a time zone, e.g. 2026-12-01T12:00:00Z")
    return int(moment.timestamp())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--now", type=_parse_now, default=None, help="the present of the data (default: this hour)")
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database first")
    args = parser.parse_args(argv)
    now = args.now if args.now is not None else _default_now()
    result_phases: dict[str, float] = {}
    started = time.monotonic()
    url = args.database_url
    if url.startswith("sqlite:"):
        url = _prepare_sqlite(url, args.fresh)
    elif url.startswith(("postgres:", "postgresql:")):
        _prepare_postgres(url, args.fresh)
    else:
        raise SystemExit("--database-url must be postgres://… or sqlite:///…")
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("MARKETDESK_SECRET_KEY", "bench-generate-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    from marketdesk.tickets.models import Ticket

    existing = Ticket.objects.count()
    if existing:
        raise SystemExit(f"{url} already holds {existing:,} tickets: add --fresh to start again")
    result_phases["database"] = time.monotonic() - started
    result = load(tickets=args.tickets, seed=args.seed, now=now)
    result.phases = {**result_phases, **result.phases}
    print(summary(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
