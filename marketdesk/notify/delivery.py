"""Delivering one outbox message: a signed webhook POST or an e-mail, then delivered, retried later or failed."""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from django.conf import settings
from django.core import mail
from django.core.mail import EmailMessage
from django.core.mail.backends import filebased, locmem
from django.db import transaction
from django.utils.translation import gettext as _

from marketdesk.accounts.apikeys import key_secret
from marketdesk.accounts.models import ApiKey
from marketdesk.core import clock
from marketdesk.core.errors import DomainError
from marketdesk.notify import callbacks
from marketdesk.notify.models import DeliveryAttempt, OutboxKind, OutboxMessage, OutboxStatus
from marketdesk.sellerapi.signing import sign

log = logging.getLogger(__name__)

USER_AGENT = "Marketdesk-Webhooks/1.0"
MAX_ERROR = 500


@dataclass(frozen=True, slots=True)
class Outcome:
    ok: bool
    status_code: int | None = None
    error: str = ""
    final: bool = False  # no retry makes sense (the subscription is gone or switched off)
    note: str = ""  # kept in the delivery log when there is no error to keep


def backoff(attempts: int) -> dt.timedelta:
    """Wait before the next try after `attempts` failed ones: base × 2^(attempts-1) seconds, capped."""
    exponent = min(max(attempts - 1, 0), 30)
    return dt.timedelta(seconds=min(settings.WEBHOOK_RETRY_BASE * 2**exponent, settings.WEBHOOK_RETRY_CAP))


def signing_key(seller_id: int) -> tuple[str, str]:
    """(client key, secret) of the seller's newest active API key; ("", "") when there is none."""
    key = ApiKey.objects.filter(seller_id=seller_id, revoked_at__isnull=True).order_by("-created_at", "-pk").first()
    if key is None:
        return "", ""
    try:
        return key.client_key, key_secret(key)
    except DomainError:
        log.warning(
            "API key %s of seller %s cannot be decrypted; signing webhooks with an empty secret", key.pk, seller_id
        )
        return key.client_key, ""


def body_of(message: OutboxMessage) -> str:
    """The exact bytes we POST and sign: compact JSON, UTF-8 as is."""
    return json.dumps(message.payload, separators=(",", ":"), ensure_ascii=False)


def webhook_headers(message: OutboxMessage, url: str, body: str, timestamp: str) -> dict[str, str]:
    client_key, secret = signing_key(message.seller_id)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Shop-Timestamp": timestamp,
        "Shop-Signature": sign(secret, "POST", url, body, timestamp),
        "X-Marketdesk-Event": message.event_name,
        "X-Marketdesk-Delivery": str(message.delivery_id),
        "X-Marketdesk-Attempt": str(message.attempts + 1),
    }
    if client_key:
        headers["Shop-Client-Key"] = client_key
    return headers


def _post(target: callbacks.Target, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    """POST to the address we checked, not to a fresh DNS answer (a name may be re-pointed in between)."""
    url = target.url
    extensions: dict[str, Any] = {}
    if target.addresses:
        parts = urlsplit(target.url)
        address = target.addresses[0]
        host = f"[{address}]" if ":" in address else address
        netloc = host + (f":{parts.port}" if parts.port else "")
        url = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        headers = {**headers, "Host": parts.netloc}
        if parts.scheme == "https":
            extensions["sni_hostname"] = target.host  # TLS still verifies the certificate of the name
    with (
        httpx.Client(timeout=settings.WEBHOOK_TIMEOUT, trust_env=False, follow_redirects=False) as client,
        client.stream("POST", url, content=body, headers=headers, extensions=extensions) as response,
    ):
        snippet = b""
        for chunk in response.iter_bytes():
            snippet += chunk
            if len(snippet) >= MAX_ERROR:
                break
        return response.status_code, snippet[:MAX_ERROR].decode("utf-8", errors="replace")


def send_webhook(message: OutboxMessage) -> Outcome:
    subscription = message.subscription
    if subscription is None:
        return Outcome(ok=False, error=_("The subscription was deleted before delivery."), final=True)
    if not subscription.is_active:
        return Outcome(ok=False, error=_("The subscription was switched off before delivery."), final=True)
    # A corrected callback URL applies to retries of earlier events too.
    url = subscription.callback_url
    message.recipient = url
    try:
        target = callbacks.check(url)
    except callbacks.CallbackRefused as refused:
        return Outcome(ok=False, error=refused.message)
    body = body_of(message)
    timestamp = str(int(clock.now().timestamp()))
    try:
        status, text = _post(target, body.encode(), webhook_headers(message, url, body, timestamp))
    except httpx.HTTPError as error:
        return Outcome(ok=False, error=f"{type(error).__name__}: {error}"[:MAX_ERROR])
    if 200 <= status < 300:
        return Outcome(ok=True, status_code=status)
    return Outcome(ok=False, status_code=status, error=(text.strip() or f"HTTP {status}")[:MAX_ERROR])


def message_id(message: OutboxMessage) -> str:
    """The e-mail's Message-ID: the delivery id, the same on every attempt (mail systems drop repeats of it)."""
    return f"<{message.delivery_id}@marketdesk>"


def already_sent(message: OutboxMessage) -> bool:
    """Whether an e-mail whose earlier attempt never stored its outcome (the worker died while sending) reached the
    mail backend. The file and locmem backends can be asked; SMTP cannot, so there the e-mail is sent again with the
    same Message-ID (at least once, and only when a worker died in the instant between hand-over and bookkeeping)."""
    connection = mail.get_connection()
    wanted = message_id(message)
    if isinstance(connection, filebased.EmailBackend):
        needle = f"Message-ID: {wanted}".encode()
        folder = Path(str(getattr(connection, "file_path", settings.EMAIL_FILE_PATH)))  # set by the backend, untyped
        return folder.is_dir() and any(needle in path.read_bytes() for path in folder.iterdir() if path.is_file())
    if isinstance(connection, locmem.EmailBackend):
        return any(sent.extra_headers.get("Message-ID") == wanted for sent in getattr(mail, "outbox", []))
    return False


def send_email(message: OutboxMessage, *, in_doubt: bool = False) -> Outcome:
    if in_doubt and already_sent(message):
        return Outcome(ok=True, note="found with the mail backend: sent before the previous worker stopped")
    email = EmailMessage(
        subject=str(message.payload.get("subject", "")),
        body=str(message.payload.get("body", "")),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.recipient],
        headers={"Message-ID": message_id(message), "Auto-Submitted": "auto-generated"},
    )
    try:
        email.send()
    except Exception as error:  # any mail failure is retried like a failed webhook
        return Outcome(ok=False, error=f"{type(error).__name__}: {error}"[:MAX_ERROR])
    return Outcome(ok=True)


def attempt(message: OutboxMessage, *, in_doubt: bool = False) -> tuple[Outcome, int]:
    started = time.monotonic()
    is_webhook = message.kind == OutboxKind.WEBHOOK
    outcome = send_webhook(message) if is_webhook else send_email(message, in_doubt=in_doubt)
    return outcome, int((time.monotonic() - started) * 1000)


def fallback_email(message: OutboxMessage, error: str) -> OutboxMessage | None:
    """The e-mail telling the seller which event could not be delivered (queued, and retried, like a webhook)."""
    subscription = message.subscription
    if subscription is None or not subscription.fallback_email:
        return None
    now = clock.now()
    subject = _("Marketdesk could not deliver the event %(event)s") % {"event": message.event_name}
    body = _(
        "We could not deliver the event %(event)s to %(url)s after %(attempts)d attempts.\n"
        "Last error: %(error)s\n"
        "Delivery id: %(delivery)s (header X-Marketdesk-Delivery)\n"
        "Subscription: %(subscription)s\n\n"
        "The event as we would have sent it:\n%(payload)s\n"
    ) % {
        "event": message.event_name,
        "url": message.recipient,
        "attempts": message.attempts,
        "error": error or "-",
        "delivery": message.delivery_id,
        "subscription": subscription.pk,
        "payload": json.dumps(message.payload, indent=2, ensure_ascii=False),
    }
    return OutboxMessage.objects.create(
        kind=OutboxKind.EMAIL,
        subscription=subscription,
        seller_id=message.seller_id,
        event_name=message.event_name,
        payload={"subject": subject, "body": body, "undelivered": str(message.delivery_id)},
        recipient=subscription.fallback_email,
        next_attempt_at=now,
        created_at=now,
    )


def record(message: OutboxMessage, token: str, outcome: Outcome, duration_ms: int) -> bool:
    """Store the attempt and the row's next state; False if our claim was lost (the row is someone else's now)."""
    now = clock.now()
    message.attempts += 1
    changes: dict[str, Any] = {
        "attempts": message.attempts,
        "recipient": message.recipient,
        "locked_until": None,
        "claimed_by": "",
        "last_error": outcome.error,
        "send_started_at": None,  # the outcome is known now: a later attempt is not in doubt
    }
    if outcome.ok:
        changes.update(status=OutboxStatus.DELIVERED, delivered_at=now)
    elif outcome.final or message.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        changes.update(status=OutboxStatus.FAILED)
    else:
        changes.update(next_attempt_at=now + backoff(message.attempts))
    with transaction.atomic():
        DeliveryAttempt.objects.create(
            outbox=message,
            attempted_at=now,
            status_code=outcome.status_code,
            error=outcome.error or outcome.note,
            duration_ms=duration_ms,
        )
        kept = OutboxMessage.objects.filter(pk=message.pk, claimed_by=token).update(**changes)
        if not kept:
            log.warning("outbox %s: claim lost before the result was stored", message.pk)
            return False
        for name, value in changes.items():
            setattr(message, name, value)
        if changes.get("status") == OutboxStatus.FAILED and message.kind == OutboxKind.WEBHOOK and not outcome.final:
            fallback_email(message, outcome.error)
    return True
