"""Webhook test fixtures: a local receiver, private callback addresses allowed for it, a fake DNS."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.notify.receiver import Receiver


@pytest.fixture
def allow_private(settings: Any) -> None:
    # The receiver listens on 127.0.0.1, which production refuses.
    settings.MARKETDESK_WEBHOOK_ALLOW_PRIVATE = True


@pytest.fixture
def make_receiver() -> Iterator[Callable[..., Receiver]]:
    started: list[Receiver] = []

    def make(statuses: list[int] | None = None, delay: float = 0.0) -> Receiver:
        receiver = Receiver(statuses, delay).start()
        started.append(receiver)
        return receiver

    yield make
    for receiver in started:
        receiver.stop()


@pytest.fixture
def receiver(make_receiver: Callable[..., Receiver]) -> Receiver:
    return make_receiver()


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Host name → addresses; names not listed do not resolve (tests never touch the network)."""
    table: dict[str, list[str]] = {}

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in table[host]
        ]

    monkeypatch.setattr("marketdesk.notify.callbacks.socket.getaddrinfo", getaddrinfo)
    return table
