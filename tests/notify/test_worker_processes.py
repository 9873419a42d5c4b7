"""Real worker processes: one killed with SIGKILL mid-batch loses nothing, two at once never send a row twice, and
a worker killed between rows (inside an e-mail's send) leaves a second worker to send every e-mail and webhook once.

They run `manage.py run_worker` against a SQLite file of their own when the suite runs on SQLite, and against the
test database when it runs on PostgreSQL (pytest-django's transactional_db, so the processes see committed rows).
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from django.db import connection

from tests.notify.receiver import Receiver, signature_ok

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("worker_script.py")

# On PostgreSQL the worker processes share the test database, so rows must really be committed. The serialized
# rollback puts the migrations' data back afterwards, as the other transactional tests expect.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@dataclass
class WorkerDb:
    env: dict[str, str]
    sqlite_path: Path | None = None  # None: the suite's own PostgreSQL test database

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows the workers committed, read in this process (a script of its own would start Django on each poll)."""
        if self.sqlite_path is None:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return list(cursor.fetchall())
        with contextlib.closing(sqlite3.connect(self.sqlite_path, timeout=30)) as db:
            return db.execute(sql.replace("%s", "?"), params).fetchall()

    def script(self, *args: str) -> Any:
        done = subprocess.run(  # noqa: S603 - our own script with our own arguments
            [sys.executable, str(SCRIPT), *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def seed(self, count: int, url: str) -> dict[str, Any]:
        return self.script("seed", str(count), url)  # type: ignore[no-any-return]

    def seed_mixed(self, count: int, url: str) -> dict[str, Any]:
        return self.script("seed_mixed", str(count), url)  # type: ignore[no-any-return]

    def states(self) -> list[dict[str, Any]]:
        rows = self.read("SELECT delivery_id, status, attempts, event_name FROM notify_outboxmessage ORDER BY id")
        return [{"delivery": str(uuid.UUID(str(d))), "status": s, "attempts": a, "event": e} for d, s, a, e in rows]

    def clock_events(self, numbers: list[str]) -> dict[str, list[str]]:
        """The deadline warnings and overdue marks of these tickets, oldest first."""
        rows = self.read(
            "SELECT t.number, e.kind FROM tickets_ticketevent e JOIN tickets_ticket t ON t.id = e.ticket_id"
            " WHERE e.kind IN ('deadline_warning', 'overdue') ORDER BY e.id"
        )
        found: dict[str, list[str]] = {number: [] for number in numbers}
        for number, kind in rows:
            if number in found:
                found[number].append(kind)
        return found

    def worker(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "run_worker", "--sleep", "0.1", *args],
            cwd=ROOT,
            env={**self.env, **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


def _base_env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "MARKETDESK_SECRET_KEY": "worker-process-tests",
        "MARKETDESK_DEBUG": "0",
        "MARKETDESK_LOG_LEVEL": "WARNING",
        "MARKETDESK_WEBHOOK_ALLOW_PRIVATE": "1",  # the receiver is on 127.0.0.1
        "MARKETDESK_WEBHOOK_TIMEOUT": "1",
    }


@pytest.fixture(params=["sqlite", "postgresql"])
def worker_db(request: pytest.FixtureRequest, tmp_path: Path) -> WorkerDb:
    if request.param == "sqlite":
        if connection.vendor != "sqlite":
            # Its database is a file of its own whatever the suite's is: the SQLite suite has run exactly this.
            pytest.skip("the SQLite variant runs in the SQLite suite")
        path = tmp_path / "worker.sqlite3"
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
        return WorkerDb({**_base_env(), "DATABASE_URL": "", "MARKETDESK_SQLITE_PATH": str(path)}, path)
    if connection.vendor != "postgresql":
        pytest.skip("the suite runs on SQLite; the PostgreSQL variant runs where DATABASE_URL is PostgreSQL")
    s = connection.settings_dict
    credentials = f"{quote(s['USER'] or '')}:{quote(s['PASSWORD'] or '')}"
    url = f"postgres://{credentials}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    return WorkerDb({**_base_env(), "DATABASE_URL": url, "MARKETDESK_DB_CONN_MAX_AGE": "0"})


@pytest.fixture
def receivers() -> Iterator[Callable[..., Receiver]]:
    started: list[Receiver] = []

    def make(delay: float) -> Receiver:
        started.append(Receiver(delay=delay).start())
        return started[-1]

    yield make
    for receiver in started:
        receiver.stop()


def _stop(process: subprocess.Popen[str]) -> tuple[int, str]:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"worker did not stop on SIGTERM: {err}") from None
    assert process.returncode == 0, err
    return process.returncode, out


def test_a_worker_killed_mid_batch_loses_nothing_and_a_second_worker_finishes(
    worker_db: WorkerDb, receivers: Callable[..., Receiver]
) -> None:
    worker_db.env["MARKETDESK_WORKER_LEASE"] = "1"  # the killed worker's rows are due again a second later
    receiver = receivers(delay=0.4)  # slow, so the kill lands in the middle of the batch
    seeded = worker_db.seed(8, receiver.url)

    first = worker_db.worker("--batch", "8")
    try:
        assert receiver.wait_for(3, timeout=60), "the first worker delivered nothing"
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
    assert first.returncode == -signal.SIGKILL
    delivered_before_kill = len(receiver.counts())
    assert delivered_before_kill < 8, "the kill came too late to land mid-batch"

    second = worker_db.worker("--batch", "8")
    try:
        assert receiver.wait_for(8, timeout=60), f"not every event arrived: {receiver.counts()}"
        # The row that was in flight stays claimed for lease + 2 × timeout (3 s here), then it is sent again.
        until = time.monotonic() + 60
        while {s["status"] for s in worker_db.states()} != {"delivered"} and time.monotonic() < until:
            time.sleep(0.5)
    finally:
        _code, out = _stop(second)
    assert "worker stopped" in out

    counts = receiver.counts()
    assert set(counts) == set(seeded["deliveries"])  # every event arrived …
    # … once, except at most the one request that was in flight when the worker died: its result was never
    # stored, so it is sent again with the same X-Marketdesk-Delivery id for the receiver to drop.
    assert sum(n - 1 for n in counts.values()) <= 1, counts
    assert all(signature_ok(r, receiver.url, seeded["secret"]) for r in receiver.received)
    assert {s["status"] for s in worker_db.states()} == {"delivered"}


def test_two_workers_at_once_never_deliver_a_row_twice(worker_db: WorkerDb, receivers: Callable[..., Receiver]) -> None:
    receiver = receivers(delay=0.02)
    seeded = worker_db.seed(30, receiver.url)

    workers = [worker_db.worker("--batch", "3") for _ in range(2)]
    try:
        assert receiver.wait_for(30, timeout=90), f"not every event arrived: {receiver.counts()}"
        time.sleep(0.3)  # room for a duplicate to show up, were there one
    finally:
        for process in workers:
            _stop(process)

    counts = receiver.counts()
    assert set(counts) == set(seeded["deliveries"])
    assert set(counts.values()) == {1}, {d: n for d, n in counts.items() if n > 1}
    states = worker_db.states()
    assert {(s["status"], s["attempts"]) for s in states} == {("delivered", 1)}


MESSAGE_ID = re.compile(rb"^Message-ID: <([0-9a-f-]{36})@marketdesk>", re.MULTILINE)


def _mailed(folder: Path) -> collections.Counter[str]:
    """Delivery ids of the e-mails the file backend wrote, counted (one file per worker connection)."""
    found: collections.Counter[str] = collections.Counter()
    for path in folder.glob("*.log"):
        found.update(match.decode() for match in MESSAGE_ID.findall(path.read_bytes()))
    return found


def _wait_for(path: Path, timeout: float = 60) -> bool:
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        if path.exists():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("stall", ["before", "after"])
def test_a_worker_killed_between_rows_leaves_every_email_and_webhook_sent_exactly_once(
    worker_db: WorkerDb, receivers: Callable[..., Receiver], tmp_path: Path, stall: str
) -> None:
    """The kill lands while the worker is inside the third e-mail's send — right before the file backend writes it,
    or right after — so no webhook request is in flight: the webhooks before it were answered and recorded."""
    mail_dir, markers = tmp_path / "mail", tmp_path / "markers"
    markers.mkdir()
    worker_db.env.update(
        {
            "MARKETDESK_WORKER_LEASE": "1",
            "MARKETDESK_EMAIL_BACKEND": "tests.notify.slow_mail.EmailBackend",
            "MARKETDESK_EMAIL_FILE_PATH": str(mail_dir),
            "SLOW_MAIL_MARKERS": str(markers),
            "SLOW_MAIL_STALL": stall,
            "SLOW_MAIL_AT": "3",
        }
    )
    receiver = receivers(delay=0)
    seeded = worker_db.seed_mixed(5, receiver.url)  # webhook, e-mail, webhook, e-mail, … (10 rows)

    first = worker_db.worker("--batch", "10", env={"SLOW_MAIL_PAUSE": "120"})
    try:
        assert _wait_for(markers / f"stalled-{stall}"), "the first worker never reached the third e-mail"
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
    assert first.returncode == -signal.SIGKILL
    in_flight = seeded["emails"][2]
    assert set(receiver.counts()) == set(seeded["webhooks"][:3])  # the kill came between webhook rows
    assert set(_mailed(mail_dir)) == set(seeded["emails"][: 3 if stall == "after" else 2])

    second = worker_db.worker("--batch", "10")
    try:
        # The in-flight e-mail stays claimed for lease + 2 × timeout (3 s here); then the second worker asks the
        # backend whether it went out before sending it.
        until = time.monotonic() + 60
        while {s["status"] for s in worker_db.states()} != {"delivered"} and time.monotonic() < until:
            time.sleep(0.3)
    finally:
        _stop(second)

    counts = receiver.counts()
    assert set(counts) == set(seeded["webhooks"]) and set(counts.values()) == {1}, counts
    assert all(signature_ok(r, receiver.url, seeded["secret"]) for r in receiver.received)
    mailed = _mailed(mail_dir)
    assert set(mailed) == set(seeded["emails"]) and set(mailed.values()) == {1}, mailed
    states = {s["delivery"]: s for s in worker_db.states()}
    assert {s["status"] for s in states.values()} == {"delivered"}
    assert {s["attempts"] for s in states.values()} == {1}  # the interrupted attempt never stored an outcome
    assert in_flight in mailed


def test_two_workers_at_once_warn_and_mark_each_ticket_once(worker_db: WorkerDb) -> None:
    """The answer clock's jobs claim tickets through their partial indexes (SKIP LOCKED on PostgreSQL, the
    conditional UPDATE on SQLite): with two workers racing, every due ticket is warned once and marked overdue once,
    and each warning e-mail is queued once."""
    numbers = worker_db.script("seed_tickets", "12")["tickets"]
    workers = [
        worker_db.worker(
            "--batch", "2", env={"MARKETDESK_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend"}
        )
        for _ in range(2)
    ]
    try:
        until = time.monotonic() + 60
        while time.monotonic() < until:
            found = worker_db.clock_events(numbers)
            if all(len(kinds) >= 2 for kinds in found.values()):
                break
            time.sleep(0.3)
        time.sleep(0.5)  # room for a duplicate to show up, were there one
    finally:
        for process in workers:
            _stop(process)
    found = worker_db.clock_events(numbers)
    assert found == {number: ["deadline_warning", "overdue"] for number in numbers}
    warnings = [s for s in worker_db.states() if s["event"] == "notification:deadline_warning"]
    assert len(warnings) == len(numbers) and {s["status"] for s in warnings} == {"delivered"}
