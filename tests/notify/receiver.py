"""A real HTTP receiver for webhook tests: http.server in a thread on 127.0.0.1, answers scripted per request."""

from __future__ import annotations

import collections
import contextlib
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from marketdesk.sellerapi.signing import sign


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: str
    status: int  # what we answered

    @property
    def delivery(self) -> str:
        return self.headers.get("X-Marketdesk-Delivery", "")


class Receiver:
    """Answers `statuses` in order (then 200), after `delay` seconds; records every request it got."""

    def __init__(self, statuses: list[int] | None = None, delay: float = 0.0) -> None:
        self.statuses = collections.deque(statuses or [])
        self.delay = delay
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/marketdesk?token=abc"

    def start(self) -> Receiver:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def counts(self) -> collections.Counter[str]:
        with self.lock:
            return collections.Counter(r.delivery for r in self.received)

    def wait_for(self, distinct: int, timeout: float = 30.0) -> bool:
        until = time.monotonic() + timeout
        while time.monotonic() < until:
            if len(self.counts()) >= distinct:
                return True
            time.sleep(0.05)
        return False

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                with receiver.lock:
                    status = receiver.statuses.popleft() if receiver.statuses else 200
                    receiver.received.append(Received(self.path, dict(self.headers.items()), body, status))
                if receiver.delay:
                    time.sleep(receiver.delay)
                # The sender may have died while we were slow (the kill test does that on purpose).
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.send_response(status)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    self.wfile.write(b"ok" if status < 300 else b"receiver says no")

            def log_message(self, format: str, *args: Any) -> None:
                return

        return Handler


def signature_ok(received: Received, url: str, secret: str) -> bool:
    stamp = received.headers["Shop-Timestamp"]
    return received.headers["Shop-Signature"] == sign(secret, "POST", url, received.body, stamp)
