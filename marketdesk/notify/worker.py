"""The outbox worker: claim due rows so no two workers take the same one, deliver them, stop cleanly on a signal."""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection, transaction
from django.db.models import Q, QuerySet

from marketdesk.core import clock
from marketdesk.notify import delivery
from marketdesk.notify.delivery import Outcome
from marketdesk.notify.models import OutboxKind, OutboxMessage, OutboxStatus

log = logging.getLogger(__name__)

WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"

# Other time-driven work (deadline warnings, policy enforcement) joins this loop: a job takes the batch size,
# does what is due through its own indexed claim, and returns how much it did. Jobs run before the outbox so
# the events they emit go out in the same round. Register from an AppConfig.ready().
Job = Callable[[int], int]
JOBS: list[Job] = []


def register(job: Job) -> Job:
    if job not in JOBS:
        JOBS.append(job)
    return job


def due(now: dt.datetime) -> QuerySet[OutboxMessage]:
    """Pending rows whose time has come and that no live worker holds (a dead worker's lease runs out)."""
    return OutboxMessage.objects.filter(status=OutboxStatus.PENDING, next_attempt_at__lte=now).filter(
        Q(locked_until__isnull=True) | Q(locked_until__lte=now)
    )


def _lease() -> dt.timedelta:
    return dt.timedelta(seconds=settings.WORKER_LEASE)


def claim(batch: int) -> tuple[str, list[int]]:
    """Claim up to `batch` due rows for this worker: (claim token, row ids in delivery order)."""
    now = clock.now()
    token = f"{WORKER_ID}:{uuid.uuid4().hex[:12]}"
    order = ("next_attempt_at", "pk")
    with transaction.atomic():
        if connection.features.has_select_for_update_skip_locked:
            # PostgreSQL: rows another worker is claiming right now are skipped, not waited for.
            ids = list(
                due(now).order_by(*order).select_for_update(skip_locked=True).values_list("pk", flat=True)[:batch]
            )
            OutboxMessage.objects.filter(pk__in=ids).update(locked_until=now + _lease(), claimed_by=token)
            return token, ids
        # SQLite: writes are serialised, and the UPDATE repeats the due conditions, so a row another worker
        # claimed between our SELECT and our UPDATE is not claimed twice.
        candidates = list(due(now).order_by(*order).values_list("pk", flat=True)[:batch])
        due(now).filter(pk__in=candidates).update(locked_until=now + _lease(), claimed_by=token)
    ids = list(OutboxMessage.objects.filter(claimed_by=token).order_by(*order).values_list("pk", flat=True))
    return token, ids


def take(pk: int, token: str) -> tuple[OutboxMessage, bool] | None:
    """Renew our claim on one row right before sending it; None if the lease ran out and another worker has it.

    An e-mail is marked as being sent in the same UPDATE, committed before the mail backend sees it. The second
    value says whether an earlier attempt was marked so and never stored its outcome: its worker died while
    sending, and delivery asks the backend before sending again.
    """
    now = clock.now()
    until = now + _lease() + dt.timedelta(seconds=2 * settings.WEBHOOK_TIMEOUT)
    ours = OutboxMessage.objects.filter(pk=pk, claimed_by=token, status=OutboxStatus.PENDING)
    message = ours.select_related("subscription").first()
    if message is None:
        return None
    in_doubt = message.send_started_at is not None
    changes: dict[str, object] = {"locked_until": until}
    if message.kind == OutboxKind.EMAIL:
        changes["send_started_at"] = now
    if not ours.update(**changes):
        return None
    return message, in_doubt


def release(token: str, ids: list[int]) -> None:
    """Hand back rows we claimed but will not send (we are stopping): due again at once for other workers."""
    OutboxMessage.objects.filter(pk__in=ids, claimed_by=token, status=OutboxStatus.PENDING).update(
        locked_until=None, claimed_by=""
    )


def process(pk: int, token: str) -> bool:
    """Deliver one claimed row and store the result; False if it was no longer ours."""
    taken = take(pk, token)
    if taken is None:
        return False
    message, in_doubt = taken
    try:
        outcome, duration_ms = delivery.attempt(message, in_doubt=in_doubt)
    except Exception:  # a bug must not stop the worker nor lose the row: it is retried with back-off
        log.exception("outbox %s: delivery raised", pk)
        outcome, duration_ms = Outcome(ok=False, error="internal error while delivering"), 0
    return delivery.record(message, token, outcome, duration_ms)


class Worker:
    """Runs batches until stopped; a signal lets the row in flight finish and hands the rest of the batch back."""

    def __init__(self, *, batch: int = 20, sleep: float = 2.0, report: Callable[[str], None] | None = None) -> None:
        self.batch = batch
        self.sleep = sleep
        self.report = report or log.info
        self.stopping = False

    def stop(self, signum: int = 0, frame: FrameType | None = None) -> None:
        self.stopping = True

    def run_batch(self) -> int:
        token, ids = claim(self.batch)
        done = 0
        for index, pk in enumerate(ids):
            if self.stopping:
                release(token, ids[index:])
                break
            done += process(pk, token)
        return done

    def run_round(self) -> int:
        done = 0
        for job in JOBS:
            if not self.stopping:
                done += job(self.batch)
        return done + self.run_batch()

    def run(self, *, once: bool = False) -> int:
        total = 0
        with self._signals():
            while not self.stopping:
                in_transaction = connection.in_atomic_block  # a caller's transaction (tests) keeps its connection
                if not in_transaction:
                    close_old_connections()
                try:
                    done = self.run_round()
                except DatabaseError:
                    if once or in_transaction:
                        raise
                    # The database restarting must not end the worker; claimed rows come back after their lease.
                    log.exception("worker: database error, retrying after a pause")
                    connection.close()
                    done = 0
                total += done
                if done:
                    self.report(f"handled {done} due item(s)")
                if once:
                    break
                if not done:
                    self._nap()
        return total

    def _nap(self) -> None:
        # Short naps so a signal is acted on quickly even with a long --sleep.
        until = time.monotonic() + self.sleep
        while not self.stopping and time.monotonic() < until:
            time.sleep(min(0.1, max(until - time.monotonic(), 0)))

    @contextmanager
    def _signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # only the main thread may install handlers; embedded callers stop us with stop()
            return
        previous = {sig: signal.signal(sig, self.stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
