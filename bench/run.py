"""The seller's pages at scale: each list, search and filter page, GET /v2/tickets, the worker's due queries and the
Service Performance page, timed through the application (HTTP, warm) next to its own SQL run raw (the floor).

    .venv/bin/python bench/run.py --database-url postgres://postgres@127.0.0.1:5432/marketdesk_bench
    .venv/bin/python bench/run.py --database-url sqlite:///var/bench.sqlite3 --write-docs

Picks the seller with the most tickets, gives it a bench login and a Seller API key (nothing else is written), records
the SQL each operation runs (in this process), starts gunicorn, then for each operation alternates N warm requests
(server time from the Server-Timing header) with N runs of the recorded SQL through the database driver on the same
database. Prints one table, the targets with ✓/✗, and EXPLAIN evidence per operation; --write-docs puts the same into
docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import secrets
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import django  # noqa: E402 - the repository must be on the path first
from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Count, Max  # noqa: E402
from django.test import Client  # noqa: E402

from bench import explain  # noqa: E402
from bench.api import free_port, signed_headers, wait_until_up  # noqa: E402
from bench.results import (  # noqa: E402
    CLAIM_BATCH,
    Operation,
    Sample,
    Statement,
    median,
    percentile,
    report,
    write_docs,
)

GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
KEY_LABEL = "bench/run.py"
PAGE_SIZE = 25  # the ticket list's default page size
WORKER_AHEAD = dt.timedelta(days=3)
_PLACEHOLDER = re.compile(r"(?<!%)%s")


# --- the database and the process ----------------------------------------------------------------------------------


def configure(database_url: str) -> dict[str, str]:
    """The environment of this process and of gunicorn: the app as deployed, on the given database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "MARKETDESK_DEBUG": "0",
        "MARKETDESK_SECRET_KEY": os.environ.get("MARKETDESK_SECRET_KEY") or "bench-only-secret-key-not-for-production",
        "MARKETDESK_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        # One client sends far more than the marketplace's 111 requests per second: measure the API, not its 429.
        "MARKETDESK_API_RATE_LIMIT": "1000000000",
        "MARKETDESK_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    if database_url.startswith("sqlite:"):
        # The embedded default exactly as shipped (WAL, IMMEDIATE transactions): through MARKETDESK_SQLITE_PATH.
        path = Path(database_url.removeprefix("sqlite:").removeprefix("///").removeprefix("//")).resolve()
        if not path.is_file():
            sys.exit(f"There is no SQLite database at {path}.")
        env.update(MARKETDESK_SQLITE_PATH=str(path), DATABASE_URL="")
    elif database_url.startswith(("postgres://", "postgresql://")):
        env.update(DATABASE_URL=database_url)
    else:
        sys.exit("--database-url takes postgres://… or sqlite:///path")
    os.environ.update(env)
    django.setup()
    return env


class Raw:
    """The driver's own connection under Django's (psycopg or sqlite3): no ORM, no Django cursor wrapper.

    The same session Django set up (time zone, SQLite's functions such as django_datetime_trunc), so the recorded SQL
    means the same here.
    """

    def __init__(self) -> None:
        self.sqlite = connection.vendor == "sqlite"

    @property
    def conn(self) -> Any:
        # Django closes its connection after a request once it is older than CONN_MAX_AGE: always ask for the current.
        connection.ensure_connection()
        return connection.connection

    def _execute(self, cursor: Any, statement: Statement, prefix: str = "") -> None:
        sql = statement.sql
        if statement.params is None:
            cursor.execute(prefix + sql)
            return
        if self.sqlite:
            sql = _PLACEHOLDER.sub("?", sql).replace("%%", "%")  # what Django's SQLite cursor does
        cursor.execute(prefix + sql, statement.params)

    def run(self, statements: list[Statement], *, rolled_back: bool) -> float:
        """Every statement in sequence, rows fetched; the total in seconds. Writes (the worker's claim) roll back."""
        cursor = self.conn.cursor()
        total = 0.0
        try:
            if rolled_back:
                cursor.execute("BEGIN")
            for statement in statements:
                started = time.perf_counter()
                self._execute(cursor, statement)
                if cursor.description is not None:
                    cursor.fetchall()
                took = time.perf_counter() - started
                statement.times.append(took)
                total += took
        finally:
            if rolled_back:
                cursor.execute("ROLLBACK")
            cursor.close()
        return total

    def plan(self, statement: Statement) -> explain.Plan:
        cursor = self.conn.cursor()
        try:
            cursor.execute("BEGIN")  # EXPLAIN ANALYZE runs the statement: a claim's UPDATE must not stay
            if self.sqlite:
                self._execute(cursor, statement, "EXPLAIN QUERY PLAN ")
                return explain.sqlite(cursor.fetchall())
            self._execute(cursor, statement, "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ")
            document = cursor.fetchone()[0]
            return explain.postgres(json.loads(document) if isinstance(document, str) else document)
        finally:
            cursor.execute("ROLLBACK")
            cursor.close()


# --- what is measured ------------------------------------------------------------------------------------------------


def sample(seller_id: int) -> Sample:
    from marketdesk.accounts.models import SellerAccount
    from marketdesk.tickets.models import Ticket

    tickets = Ticket.objects.filter(seller_id=seller_id)
    tabs = {row["portal_tab"]: row["n"] for row in tickets.values("portal_tab").annotate(n=Count("id")).order_by()}
    total = sum(tabs.values())
    # A ticket a thousand back from the newest: neither the first row of an index nor a hot one.
    number, id_order = tickets.order_by("-created_at", "-id").values_list("number", "order__id_order")[
        min(1000, total - 1)
    ]
    topics = tickets.exclude(topic=None).values("topic").annotate(n=Count("id")).order_by("-n")
    storefronts = tickets.values("storefront_id").annotate(n=Count("id")).order_by("-n")
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM tickets_ticket")
        everything = int(cursor.fetchone()[0])
    return Sample(
        seller_id=seller_id,
        seller_name=SellerAccount.objects.get(pk=seller_id).name,
        tickets=total,
        tabs=tabs,
        number=number,
        id_order=id_order,
        topic=(topics.first() or {}).get("topic") or "",
        storefront=(storefronts.first() or {})["storefront_id"],
        latest=tickets.aggregate(latest=Max("created_at"))["latest"],
        database_tickets=everything,
    )


def biggest_seller() -> int:
    with connection.cursor() as cursor:
        # Ties go to the lowest id, so runs on the same data measure the same seller.
        cursor.execute("SELECT seller_id, COUNT(*) FROM tickets_ticket GROUP BY seller_id ORDER BY 2 DESC, 1 LIMIT 1")
        row = cursor.fetchone()
    if row is None:
        sys.exit("The database has no tickets.")
    return int(row[0])


def bench_login(seller_id: int) -> tuple[Any, dict[str, str]]:
    """A seller user of our own that cannot log in with a password (the session is made here), and its API key
    (reused while it can be read). Runs at the same time do not log each other out."""
    from marketdesk.accounts import services as account_services
    from marketdesk.accounts.actors import actor_for
    from marketdesk.accounts.apikeys import api_key_create, api_key_revoke, key_secret
    from marketdesk.accounts.models import ApiKey, Role, SellerAccount, User
    from marketdesk.core.errors import ActionNotAllowed

    username = f"bench-seller-{seller_id}"
    user = User.objects.filter(username=username).first()
    if user is None:
        account = SellerAccount.objects.get(pk=seller_id)
        user = account_services.user_create(
            username=username, password=secrets.token_urlsafe(18), role=Role.SELLER, seller_account=account
        )
    if user.has_usable_password():
        user.set_unusable_password()
        user.save(update_fields=["password"])
    secret = ""
    key = ApiKey.objects.filter(seller_id=seller_id, created_by=user, label=KEY_LABEL, revoked_at=None).first()
    if key is not None:
        try:
            secret = key_secret(key)
        except ActionNotAllowed:  # made under another secret key
            api_key_revoke(actor=actor_for(user), key=key)
            key = None
    if key is None:
        key, secret = api_key_create(actor=actor_for(user), seller_id=seller_id, label=KEY_LABEL)
    return user, {"client_key": key.client_key, "secret_key": secret}


def operations(s: Sample) -> list[Operation]:
    from marketdesk.notify import deadline_jobs, worker

    last_day = s.latest.date()
    period = {"created_from": (last_day - dt.timedelta(days=29)).isoformat(), "created_to": last_day.isoformat()}
    api_from = (s.latest - dt.timedelta(days=90)).strftime("%Y-%m-%dT%H:%M:%SZ")
    today = dt.datetime.now(dt.UTC).date()
    year = {"period": "custom", "date_from": (today - dt.timedelta(days=364)).isoformat(), "date_to": today.isoformat()}

    tickets = tickets_url
    found = (200, 302)  # a search with exactly one hit redirects to that ticket

    def deep(tab: str, label: str) -> list[Operation]:
        """Page 100 (the pager steps a page at a time) or the last page when there are fewer, and the last page."""
        pages = math.ceil(s.tabs.get(tab, 0) / PAGE_SIZE)
        chosen = [
            Operation(f"{tab}-deep", f"{label}, page {min(100, pages)}", "page", tickets(tab=tab, page=min(100, pages)))
        ]
        if pages > 100:
            chosen.append(
                # The application may serve fewer pages than the tab has tickets for: then this is its last one.
                Operation(f"{tab}-last", f"{label}, last page", "page", tickets(tab=tab, page=pages))
            )
        return chosen if pages > 1 else []

    ops = [
        Operation("open", "Open tab by deadline, page 1", "page", tickets(tab="open", sort="deadline")),
        *deep("open", "Open tab by deadline"),
        Operation("waiting", "Waiting tab", "page", tickets(tab="waiting")),
        Operation("closed", "Closed tab", "page", tickets(tab="closed")),
        *deep("closed", "Closed tab"),
        Operation("search-ticket", "Search: ticket number", "page", tickets(q=s.number), found),
        Operation("search-order", "Search: order number", "page", tickets(q=s.id_order), found),
        Operation("filter-open", "Open tab, topic + 30 days", "page", tickets(tab="open", topic=s.topic, **period)),
        Operation(
            "filter-closed", "Closed tab, topic + 30 days", "page", tickets(tab="closed", topic=s.topic, **period)
        ),
        *full_text_operations(s),
        Operation(
            "api-filtered",
            "GET /v2/tickets storefront+status+since",
            "api",
            "/v2/tickets?"
            + urlencode({"storefront": s.storefront, "status": "opened", "ts_created_from_iso": api_from, "limit": 30}),
        ),
        Operation("api", "GET /v2/tickets?limit=30", "api", "/v2/tickets?limit=30"),
        Operation("perf-90", "Service Performance, 90 days (default)", "performance", "/seller/performance/"),
        Operation("perf-30", "Service Performance, 30 days", "performance", "/seller/performance/?period=30"),
        Operation(
            "perf-365", "Service Performance, 365 days", "performance", "/seller/performance/?" + urlencode(year)
        ),
    ]

    # The generated data is as a worker left it (nothing due now): the worker's queries are asked a few days ahead,
    # when the deadlines of today's Open tickets have come, through the app's clock.
    at = clock_now() + WORKER_AHEAD
    ahead = f"in {WORKER_AHEAD.days} days"

    def rolled_back(work: Callable[[], object]) -> Callable[[], object]:
        def run() -> None:
            with frozen_at(at), transaction.atomic():
                work()
                transaction.set_rollback(True)  # a claim leaves nothing behind

        return run

    def claim_one(due: Callable[[dt.datetime], Any], order: str) -> Callable[[], object]:
        # The worker's own claim (SELECT … FOR UPDATE SKIP LOCKED on PostgreSQL), not a copy of it.
        return rolled_back(lambda: deadline_jobs._claim_one(due(clock_now()), order))

    ops += [
        Operation(
            "warnings-due",
            f"Worker: deadline warnings due {ahead}",
            "worker",
            job=claim_one(deadline_jobs.warnings_due, "warning_at"),
            due=deadline_jobs.warnings_due,
            at=at,
        ),
        Operation(
            "overdue-due",
            f"Worker: deadlines passed {ahead}",
            "worker",
            job=claim_one(deadline_jobs.overdue_due, "deadline_at"),
            due=deadline_jobs.overdue_due,
            at=at,
        ),
        Operation(
            "outbox-due",
            f"Worker: outbox claim of {CLAIM_BATCH} {ahead}",
            "worker",
            job=rolled_back(lambda: worker.claim(CLAIM_BATCH)),
            due=worker.due,
            at=at,
        ),
    ]
    return ops


def full_text_operations(s: Sample) -> list[Operation]:
    import importlib.util

    if importlib.util.find_spec("marketdesk.tickets.search") is None:
        pending = "marketdesk/tickets/search.py is not there yet"
        return [
            Operation("fts-common", "Full-text search, a common word", "page", pending=pending),
            Operation("fts-rare", "Full-text search, a rare word", "page", pending=pending),
        ]
    common, rare = words(s.seller_id)
    found = (200, 302)
    return [
        Operation("fts-common", f"Full-text search, common “{common}”", "page", tickets_url(q=common), found),
        Operation("fts-rare", f"Full-text search, rare “{rare}”", "page", tickets_url(q=rare), found),
    ]


def words(seller_id: int) -> tuple[str, str]:
    """From the seller's latest messages: the word most of them contain, and one that only one of them has."""
    from collections import Counter

    from marketdesk.orders.models import Order
    from marketdesk.tickets.models import TicketMessage

    texts = TicketMessage.objects.filter(ticket__seller_id=seller_id).order_by("-id").values_list("text", flat=True)
    counts: Counter[str] = Counter()
    for text in texts[:3000]:
        counts.update({word.casefold() for word in re.findall(r"[^\W\d_]{6,}", text)})
    if not counts:
        sys.exit("The seller's messages have no words to search for.")
    # Ties in alphabetical order: the same data gives the same words in every run.
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    rare = [word for word, n in ranked if n == 1] or [ranked[-1][0]]
    # Messages quote order numbers, and a search for one opens its ticket: the rare word must be a word.
    numbers = set(Order.objects.filter(id_order__in=[word.upper() for word in rare]).values_list("id_order", flat=True))
    rare = [word for word in rare if word.upper() not in numbers] or rare
    return ranked[0][0], rare[len(rare) // 2]


def tickets_url(**query: Any) -> str:
    return "/seller/tickets/?" + urlencode(query)


def clock_now() -> dt.datetime:
    from marketdesk.core import clock

    return clock.now()


def frozen_at(instant: dt.datetime) -> AbstractContextManager[None]:
    from marketdesk.core import clock

    return clock.frozen_at(instant)


# --- recording, timing, plans ---------------------------------------------------------------------------------------


def record(work: Callable[[], object]) -> list[Statement]:
    seen: list[Statement] = []

    def recorder(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        seen.append(Statement(sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(recorder):
        work()
    return seen


def request(client: Client, op: Operation, key: dict[str, str]) -> None:
    headers = signed_headers(key, "http://testserver" + op.path) if op.kind == "api" else {}
    response = client.get(op.path, headers=headers)
    if response.status_code not in op.expect:
        sys.exit(f"{op.label}: {op.path} answered {response.status_code} in this process")


def prepare(op: Operation, client: Client, key: dict[str, str]) -> None:
    """Record the SQL of one warm run: reads for a page; the whole claim, writes included, for the worker."""
    if op.job is not None:
        op.job()
        op.statements = [s for s in record(op.job) if not s.is_transaction_control]
        return
    request(client, op, key)  # the first run may fill caches
    op.statements = [s for s in record(lambda: request(client, op, key)) if s.is_read]


def server_time(response: httpx.Response) -> float:
    match = re.search(r"app;dur=([\d.]+)", response.headers.get("Server-Timing", ""))
    if match is None:
        sys.exit("The answer has no Server-Timing header: is marketdesk.core.timing in MIDDLEWARE?")
    return float(match.group(1)) / 1000


def warm(ops: list[Operation], http: httpx.Client, base: str, key: dict[str, str], n: int) -> None:
    """Every page and endpoint asked for `n` times before any is measured: each gunicorn worker has then loaded what
    the first requests load (translations, templates, compiled statements), whichever operation comes first."""
    for _ in range(n):
        for op in ops:
            if op.pending or op.job is not None:
                continue
            url = base + op.path
            http.get(url, headers=signed_headers(key, url) if op.kind == "api" else {"Accept": "text/html"})


def measure(op: Operation, raw: Raw, http: httpx.Client, base: str, key: dict[str, str], n: int, warmup: int) -> None:
    """Alternate the application and the floor, so both see the same machine (other processes, caches)."""
    worker_op = op.job is not None

    def app() -> tuple[float, float]:
        if op.job is not None:
            started = time.perf_counter()
            op.job()
            took = time.perf_counter() - started
            return took, took
        url = base + op.path
        headers = signed_headers(key, url) if op.kind == "api" else {"Accept": "text/html"}
        started = time.perf_counter()
        response = http.get(url, headers=headers)
        took = time.perf_counter() - started
        if response.status_code not in op.expect:
            sys.exit(f"{op.label}: {url} answered {response.status_code}:\n{response.text[:500]}")
        return server_time(response), took

    for _ in range(warmup):
        app()
        raw.run(op.statements, rolled_back=worker_op)
    for statement in op.statements:
        statement.times.clear()
    for _ in range(n):
        server, round_trip = app()
        op.app.append(server)
        if not worker_op:
            op.http.append(round_trip)
        op.floor.append(raw.run(op.statements, rolled_back=worker_op))


def plans(op: Operation, raw: Raw) -> None:
    for statement in op.statements:
        statement.plan = raw.plan(statement)
    due, at = op.due, op.at
    if due is not None and at is not None:
        # What the worker is due to handle at that instant, and what the database reads to find it.
        counted = [s for s in record(lambda: due(at).count()) if s.is_read]
        op.due_rows = due(at).count()
        op.due_plan = raw.plan(counted[-1])


def machine(vendor: str, load_at_start: float) -> list[str]:
    from importlib.metadata import version as installed

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor() or "?",
    )
    memory = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    lines = [
        f"CPU: {cpu}, {os.cpu_count()} cores (nproc); RAM {memory / 1024 / 1024:.1f} GiB; "
        f"load average {load_at_start:.2f} at the start, {os.getloadavg()[0]:.2f} at the end",
        f"Python {platform.python_version()}, Django {django.get_version()}, gunicorn {installed('gunicorn')}, "
        f"{platform.system()} {platform.release()}",
    ]
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT version()")
            version = cursor.fetchone()[0].split(" on ")[0]
            shown = []
            for name in ("shared_buffers", "work_mem", "effective_cache_size", "random_page_cost", "jit"):
                cursor.execute(f"SHOW {name}")
                shown.append(f"{name}={cursor.fetchone()[0]}")
        lines.append(f"{version} ({', '.join(shown)})")
    else:
        lines.append(f"SQLite {sqlite3.sqlite_version} (WAL, synchronous=NORMAL)")
    return lines


# --- the run --------------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True, help="postgres://… or sqlite:///path of a populated database")
    parser.add_argument("--requests", type=int, default=40, help="measured requests per operation (default 40)")
    parser.add_argument("--warmup", type=int, default=6, help="warm-up requests per operation (default 6)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--only", default="", help="comma-separated operation keys (e.g. open,api,perf-90)")
    parser.add_argument("--write-docs", action="store_true", help="put the results into docs/performance.md")
    args = parser.parse_args()

    env = configure(args.database_url)
    vendor = connection.vendor
    load = os.getloadavg()[0]
    seller = biggest_seller()
    s = sample(seller)
    user, key = bench_login(seller)
    ops = operations(s)
    if args.only:
        wanted = set(args.only.split(","))
        ops = [op for op in ops if op.key in wanted]
    print(f"Seller #{seller} ({s.seller_name}): {s.tickets:,} of {s.database_tickets:,} tickets; {s.tabs}", flush=True)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(  # noqa: S603 - our gunicorn, fixed arguments
        [GUNICORN, "config.wsgi", "-w", str(args.workers), "-b", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    try:
        wait_until_up(f"{base}/v2/openapi.json")
        client = Client()
        client.force_login(user)  # a session row like any login's; gunicorn reads it from the database
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        try:
            with httpx.Client(timeout=60, cookies={settings.SESSION_COOKIE_NAME: session}) as http:
                raw = Raw()
                warm(ops, http, base, key, args.warmup)
                for op in ops:
                    if op.pending:
                        continue
                    print(f"  {op.label} …", end="", flush=True)
                    prepare(op, client, key)
                    measure(op, raw, http, base, key, args.requests, args.warmup)
                    plans(op, raw)
                    print(f" {median(op.app):.1f} / {percentile(op.app, 95):.1f} ms", flush=True)
        finally:
            client.logout()  # the run's session row goes: runs do not pile them up for the next run's session lookup
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
    print()
    described = machine(vendor, load)
    print(report(ops, s, vendor, args, described, markdown=False))
    if args.write_docs:
        write_docs(vendor, report(ops, s, vendor, args, described, markdown=True))


if __name__ == "__main__":
    main()
