"""Delivery by the worker to a real local receiver: signatures, back-off on the moved clock, fallback e-mail, claims."""

from __future__ import annotations

import datetime as dt
import io
import json
import socket
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.apikeys import api_key_create, api_key_revoke
from marketdesk.core import clock
from marketdesk.notify import callbacks, delivery, services, worker
from marketdesk.notify.events import emit
from marketdesk.notify.models import DeliveryAttempt, OutboxKind, OutboxMessage, OutboxStatus, Subscription
from marketdesk.notify.worker import Worker, claim, release, take
from marketdesk.orders.models import Order
from marketdesk.tickets.services import ticket_open
from tests.conftest import T0
from tests.notify.receiver import Receiver, signature_ok

S = dt.timedelta(seconds=1)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # free once the probe closes: a connection there is refused


def run() -> int:
    return Worker(batch=10, sleep=0).run(once=True)


def at(offset: dt.timedelta) -> int:
    clock.set_now(T0 + offset)
    return run()


def hook(seller: Actor, url: str, event: str = "ticket_new") -> Subscription:
    return services.subscription_create(
        actor=seller, storefront="de", callback_url=url, fallback_email="ops@alpha.example", event_name=event
    )


def queue(seller: Actor, n: int = 1) -> list[OutboxMessage]:
    assert seller.seller_id is not None
    rows: list[OutboxMessage] = []
    for i in range(n):
        rows += emit(seller_id=seller.seller_id, event="ticket_new", storefront="de", payload={"n": i})
    return rows


def fresh(row: OutboxMessage) -> OutboxMessage:
    return OutboxMessage.objects.get(pk=row.pk)


@pytest.mark.usefixtures("allow_private")
def test_a_receiver_failing_twice_gets_the_event_with_back_off_and_a_valid_signature(
    make_receiver: Callable[..., Receiver], seller: Actor, buyer: Actor, order: Order, now: Any
) -> None:
    assert seller.seller_id is not None
    key, secret = api_key_create(actor=seller, seller_id=seller.seller_id, label="Webhooks")
    receiver = make_receiver([500, 500])
    hook(seller, receiver.url)
    ticket = ticket_open(actor=buyer, unit_ids=[order.units.first().pk], reason="product_defect", message="Kaputt.")
    [row] = OutboxMessage.objects.all()

    assert run() == 1 and len(receiver.received) == 1
    row = fresh(row)
    assert (row.status, row.attempts, row.next_attempt_at) == (OutboxStatus.PENDING, 1, T0 + 30 * S)
    assert row.last_error == "receiver says no"

    assert at(29 * S) == 0 and len(receiver.received) == 1  # not due yet
    assert at(30 * S) == 1 and len(receiver.received) == 2
    assert fresh(row).next_attempt_at == T0 + 90 * S  # 30 s, then 60 s
    assert at(89 * S) == 0 and len(receiver.received) == 2
    assert at(90 * S) == 1 and len(receiver.received) == 3
    # Hours later nothing more is sent (before the answer clock's own warning job has anything to do).
    assert at(dt.timedelta(hours=5)) == 0 and len(receiver.received) == 3

    row = fresh(row)
    assert (row.status, row.attempts, row.delivered_at, row.last_error) == (
        OutboxStatus.DELIVERED,
        3,
        T0 + 90 * S,
        "",
    )
    assert [r.status for r in receiver.received] == [500, 500, 200]
    assert [a.status_code for a in DeliveryAttempt.objects.filter(outbox=row)] == [500, 500, 200]
    assert {r.delivery for r in receiver.received} == {str(row.delivery_id)}
    for number, received in enumerate(receiver.received, start=1):
        assert received.path == "/hooks/marketdesk?token=abc"
        assert received.headers["Content-Type"] == "application/json"
        assert received.headers["X-Marketdesk-Event"] == "ticket_new"
        assert received.headers["X-Marketdesk-Attempt"] == str(number)
        assert received.headers["Shop-Client-Key"] == key.client_key
        assert signature_ok(received, receiver.url, secret)
        assert not signature_ok(received, receiver.url, "another-secret")
        assert json.loads(received.body) == row.payload
        assert json.loads(received.body)["data"]["ticket"]["id_ticket"] == ticket.number


@pytest.mark.usefixtures("allow_private")
def test_after_the_last_attempt_the_delivery_fails_and_the_fallback_email_is_sent(
    make_receiver: Callable[..., Receiver], seller: Actor, settings: Any, now: Any
) -> None:
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver = make_receiver([500] * 10)
    hook(seller, receiver.url)
    [row] = queue(seller)

    run()
    at(30 * S)
    assert mail.outbox == []
    at(90 * S)  # third and last attempt: failed, and the e-mail is queued in the same transaction

    row = fresh(row)
    assert (row.status, row.attempts) == (OutboxStatus.FAILED, 3)
    [email] = OutboxMessage.objects.filter(kind=OutboxKind.EMAIL)
    assert (email.status, email.recipient) == (OutboxStatus.PENDING, "ops@alpha.example")
    assert mail.outbox == []

    run()
    [sent] = mail.outbox
    assert sent.to == ["ops@alpha.example"]
    assert "ticket_new" in sent.subject
    assert str(row.delivery_id) in sent.body and receiver.url in sent.body and "receiver says no" in sent.body
    assert fresh(email).status == OutboxStatus.DELIVERED
    assert len(receiver.received) == 3
    at(dt.timedelta(days=3))
    assert len(receiver.received) == 3 and len(mail.outbox) == 1


@pytest.mark.usefixtures("allow_private")
def test_a_failing_fallback_email_is_retried(seller: Actor, settings: Any, now: Any) -> None:
    assert seller.seller_id is not None
    email = OutboxMessage.objects.create(
        kind=OutboxKind.EMAIL,
        seller_id=seller.seller_id,
        event_name="ticket_new",
        payload={"subject": "s", "body": "b"},
        recipient="ops@alpha.example",
        next_attempt_at=T0,
    )

    # A real SMTP backend pointed at a port where nobody listens.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", _closed_port(), 2
    run()
    email = fresh(email)
    assert (email.status, email.attempts, email.next_attempt_at) == (OutboxStatus.PENDING, 1, T0 + 30 * S)
    assert "ConnectionRefusedError" in email.last_error


@pytest.mark.usefixtures("allow_private")
def test_signed_with_the_newest_active_key_or_an_empty_secret(receiver: Receiver, seller: Actor, now: Any) -> None:
    assert seller.seller_id is not None
    hook(seller, receiver.url)
    queue(seller)
    run()
    assert signature_ok(receiver.received[-1], receiver.url, "")  # no key yet
    assert "Shop-Client-Key" not in receiver.received[-1].headers

    older, older_secret = api_key_create(actor=seller, seller_id=seller.seller_id, label="old")
    clock.set_now(T0 + S)
    newer, newer_secret = api_key_create(actor=seller, seller_id=seller.seller_id, label="new")
    queue(seller)
    run()
    assert signature_ok(receiver.received[-1], receiver.url, newer_secret)

    api_key_revoke(actor=seller, key=newer)
    queue(seller)
    run()
    assert signature_ok(receiver.received[-1], receiver.url, older_secret)
    assert receiver.received[-1].headers["Shop-Client-Key"] == older.client_key


def test_a_name_re_pointed_at_a_private_address_is_not_called(
    seller: Actor, settings: Any, fake_dns: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch, now: Any
) -> None:
    settings.MARKETDESK_WEBHOOK_ALLOW_PRIVATE = False
    fake_dns["hooks.example.com"] = ["93.184.215.14"]
    hook(seller, "https://hooks.example.com/marketdesk")
    [row] = queue(seller)
    fake_dns["hooks.example.com"] = ["169.254.169.254"]  # DNS changed after subscribing

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a refused address must not be called")

    monkeypatch.setattr(delivery, "_post", never)
    run()

    row = fresh(row)
    assert (row.status, row.attempts) == (OutboxStatus.PENDING, 1)
    assert "169.254.169.254" in row.last_error and "not a public" in row.last_error


def test_the_connection_goes_to_the_checked_address_not_to_a_new_dns_answer(receiver: Receiver) -> None:
    port = receiver.server.server_address[1]
    target = callbacks.Target(
        url=f"http://hooks.example.test:{port}/p?q=1", host="hooks.example.test", port=port, addresses=("127.0.0.1",)
    )
    status, _text = delivery._post(target, b"{}", {"Content-Type": "application/json"})
    assert status == 200
    [received] = receiver.received
    assert received.headers["Host"] == f"hooks.example.test:{port}"
    assert received.path == "/p?q=1"


@pytest.mark.usefixtures("allow_private")
@pytest.mark.parametrize("change", ["delete", "switch_off"])
def test_deliveries_of_a_deleted_or_switched_off_subscription_are_not_sent(
    receiver: Receiver, seller: Actor, change: str, now: Any
) -> None:
    subscription = hook(seller, receiver.url)
    [row] = queue(seller)
    if change == "delete":
        services.subscription_delete(actor=seller, subscription=subscription)
    else:
        services.subscription_update(actor=seller, subscription=subscription, changes={"is_active": False})

    run()

    row = fresh(row)
    assert row.status == OutboxStatus.FAILED and row.last_error
    assert receiver.received == []
    assert not OutboxMessage.objects.filter(kind=OutboxKind.EMAIL).exists()  # the seller asked for silence


@pytest.mark.usefixtures("allow_private")
def test_retries_go_to_the_corrected_callback_url(
    make_receiver: Callable[..., Receiver], seller: Actor, now: Any
) -> None:
    broken, fixed = make_receiver([500]), make_receiver()
    subscription = hook(seller, broken.url)
    [row] = queue(seller)
    run()
    services.subscription_update(actor=seller, subscription=subscription, changes={"callback_url": fixed.url})
    at(30 * S)

    assert len(broken.received) == 1 and len(fixed.received) == 1
    row = fresh(row)
    assert (row.status, row.recipient) == (OutboxStatus.DELIVERED, fixed.url)


@pytest.mark.usefixtures("allow_private")
@pytest.mark.parametrize("answer", ["refused", "redirect"])
def test_no_connection_or_a_redirect_is_a_failed_attempt(
    make_receiver: Callable[..., Receiver], seller: Actor, answer: str, now: Any
) -> None:
    if answer == "refused":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            url = f"http://127.0.0.1:{probe.getsockname()[1]}/nobody-listens"
    else:
        url = make_receiver([302]).url
    hook(seller, url)
    [row] = queue(seller)
    run()
    row = fresh(row)
    assert (row.status, row.attempts) == (OutboxStatus.PENDING, 1)
    assert row.last_error
    [logged] = DeliveryAttempt.objects.filter(outbox=row)
    assert logged.status_code == (None if answer == "refused" else 302)


def test_back_off_doubles_and_is_capped(settings: Any) -> None:
    settings.WEBHOOK_RETRY_BASE, settings.WEBHOOK_RETRY_CAP = 30, 3600
    assert [delivery.backoff(n).total_seconds() for n in range(1, 9)] == [30, 60, 120, 240, 480, 960, 1920, 3600]


# --- claims ---------------------------------------------------------------------------------------


@pytest.mark.usefixtures("allow_private")
def test_a_claimed_row_is_not_claimed_again_until_its_lease_runs_out(
    receiver: Receiver, seller: Actor, settings: Any, now: Any
) -> None:
    settings.WORKER_LEASE = 60
    hook(seller, receiver.url)
    rows = queue(seller, 3)

    first, ids = claim(10)
    assert ids == [r.pk for r in rows]
    assert claim(10)[1] == []  # a second worker finds nothing

    clock.set_now(T0 + 61 * S)  # the first worker died: its lease ran out
    second, again = claim(10)
    assert again == ids
    assert take(ids[0], first) is None  # the dead worker's claim is void: it sends nothing
    assert worker.process(ids[0], second) is True
    assert len(receiver.received) == 1

    release(second, again[1:])
    assert claim(10)[1] == again[1:]  # handed back: due at once


@pytest.mark.usefixtures("allow_private")
def test_stopping_finishes_the_row_in_flight_and_hands_back_the_rest(
    receiver: Receiver, seller: Actor, monkeypatch: pytest.MonkeyPatch, now: Any
) -> None:
    hook(seller, receiver.url)
    rows = queue(seller, 3)
    running = Worker(batch=10, sleep=0)
    original = worker.process

    def process_then_signal(pk: int, token: str) -> bool:
        running.stop()  # SIGTERM arrives while this row is being delivered
        return original(pk, token)

    monkeypatch.setattr(worker, "process", process_then_signal)
    assert running.run() == 1

    states = [(r.status, r.claimed_by, r.locked_until) for r in (fresh(r) for r in rows)]
    assert states[0][0] == OutboxStatus.DELIVERED
    assert states[1:] == [(OutboxStatus.PENDING, "", None)] * 2
    assert len(receiver.received) == 1


@pytest.mark.usefixtures("allow_private")
def test_run_worker_command_once(receiver: Receiver, seller: Actor, now: Any) -> None:
    hook(seller, receiver.url)
    queue(seller, 2)
    out = io.StringIO()
    call_command("run_worker", "--once", "--batch", "5", stdout=out)
    assert "handled 2 due item(s)" in out.getvalue()
    assert len(receiver.received) == 2
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {OutboxStatus.DELIVERED}


@pytest.mark.usefixtures("allow_private")
def test_registered_jobs_run_first_and_their_events_go_out_in_the_same_round(
    receiver: Receiver, seller: Actor, monkeypatch: pytest.MonkeyPatch, now: Any
) -> None:
    hook(seller, receiver.url)
    calls: list[int] = []

    def deadline_warnings(batch: int) -> int:
        calls.append(batch)
        queue(seller)
        return 1

    monkeypatch.setattr(worker, "JOBS", [])
    assert worker.register(deadline_warnings) is deadline_warnings
    worker.register(deadline_warnings)  # registering twice runs it once
    assert Worker(batch=7, sleep=0).run(once=True) == 2
    assert calls == [7]
    assert len(receiver.received) == 1
