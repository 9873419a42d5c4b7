"""Real worker processes: one killed with SIGKILL mid-batch loses nothing, two at once never send a row twice.

They run `manage.py run_worker` against a SQLite file of their own and, when the suite runs on PostgreSQL, against
the test database (pytest-django's transactional_db, so the processes see committed rows).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
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

    def script(self, *args: str) -> Any:
        done = subprocess.run(  # noqa: S603 - our own script with our own arguments
            [sys.executable, str(SCRIPT), *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def seed(self, count: int, url: str) -> dict[str, Any]:
        return self.script("seed", str(count), url)  # type: ignore[no-any-return]

    def states(self) -> list[dict[str, Any]]:
        return self.script("states")  # type: ignore[no-any-return]

    def worker(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "run_worker", "--sleep", "0.1", *args],
            cwd=ROOT,
            env=self.env,
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
        env = {**_base_env(), "DATABASE_URL": "", "MARKETDESK_SQLITE_PATH": str(tmp_path / "worker.sqlite3")}
        migrated = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, capture_output=True
        )
        assert migrated.returncode == 0, migrated.stderr
        return WorkerDb(env)
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
