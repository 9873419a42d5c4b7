"""Seller API benchmark: signed GET /v2/tickets (30 per page) under gunicorn next to a bare Django view's floor.

    .venv/bin/python bench/api.py [--clients 8] [--seconds 10] [--workers 2]

Builds a throwaway SQLite database (migrate, seed_demo, create_api_key), starts gunicorn with MARKETDESK_DEBUG off,
warms both URLs up, then runs N concurrent clients against each for a fixed time and prints requests/s, p50, p95.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marketdesk.sellerapi.signing import sign  # noqa: E402 - needs the repository on the path first

PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")


@dataclass
class Result:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def environment(database: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "MARKETDESK_DEBUG": "0",
        "MARKETDESK_SECRET_KEY": "bench-only-secret-key-not-for-production",
        "MARKETDESK_SQLITE_PATH": str(database),
        "DATABASE_URL": "",
        "MARKETDESK_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # One seller sends far more than the marketplace's 111 requests per second here; measure the API, not the 429.
        "MARKETDESK_API_RATE_LIMIT": "1000000000",
        "MARKETDESK_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def manage(env: dict[str, str], *args: str) -> str:
    # Our own interpreter and fixed arguments: nothing here comes from outside.
    done = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def seller_id(env: dict[str, str]) -> int:
    code = "from marketdesk.accounts.models import User; print(User.objects.get(username='seller').seller_account_id)"
    return int(manage(env, "shell", "--no-imports", "-v0", "-c", code).strip().splitlines()[-1])


def wait_until_up(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    sys.exit(f"gunicorn did not answer at {url}")


def signed_headers(key: dict[str, str], url: str) -> dict[str, str]:
    stamp = str(int(time.time()))
    return {
        "Accept": "application/json",
        "Shop-Client-Key": key["client_key"],
        "Shop-Timestamp": stamp,
        "Shop-Signature": sign(key["secret_key"], "GET", url, "", stamp),
        "User-Agent": "marketdesk-bench",
    }


async def hammer(name: str, url: str, key: dict[str, str] | None, clients: int, seconds: float) -> Result:
    """`clients` concurrent loops, each waiting for its answer before the next request, for `seconds`."""
    result = Result(name)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30) as http:
        stop = time.monotonic() + seconds

        async def loop() -> None:
            while time.monotonic() < stop:
                headers = signed_headers(key, url) if key else {"Accept": "application/json"}
                started = time.perf_counter()
                response = await http.get(url, headers=headers)
                took = time.perf_counter() - started
                if response.status_code == 200 and len(response.json()["data"]) == 30:
                    result.latencies.append(took)
                else:
                    result.errors += 1

        began = time.monotonic()
        await asyncio.gather(*(loop() for _ in range(clients)))
        result.elapsed = time.monotonic() - began
    return result


def report(results: list[Result], clients: int, workers: int) -> str:
    lines = [
        f"{'':32} {'requests/s':>11} {'p50 ms':>8} {'p95 ms':>8} {'requests':>9} {'errors':>7}",
        *(
            f"{r.name:32} {r.rate:11.1f} {r.percentile(50):8.1f} {r.percentile(95):8.1f} "
            f"{len(r.latencies):9d} {r.errors:7d}"
            for r in results
        ),
    ]
    api, bare = results
    if bare.rate:
        lines.append(
            f"API / floor: {api.rate / bare.rate:.0%} of the floor's throughput, "
            f"p50 +{api.percentile(50) - bare.percentile(50):.1f} ms "
            f"({clients} clients, gunicorn -w {workers}, SQLite, {os.cpu_count()} CPUs)"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--seconds", type=float, default=10, help="measured seconds per URL (default 10)")
    parser.add_argument("--warmup", type=float, default=2, help="warm-up seconds per URL (default 2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="marketdesk-bench-") as tmp:
        env = environment(Path(tmp) / "bench.sqlite3")
        print("Preparing a throwaway database (migrate, seed_demo, create_api_key)…", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        started = time.monotonic()
        manage(env, "seed_demo", "-v0")
        # The demo data `make run` loads on a fresh machine: a seller waits this long once (target: under 20 s).
        print(f"seed_demo took {time.monotonic() - started:.1f} s (target: under 20 s)", flush=True)
        key = json.loads(manage(env, "create_api_key", "--user", "seller", "--label", "bench").strip())
        seller = seller_id(env)

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
            api_url = f"{base}/v2/tickets?limit=30"
            floor_url = f"{base}/bench/floor/{seller}/"
            check = httpx.get(api_url, headers=signed_headers(key, api_url))
            total = check.json()["pagination"]["total"]
            print(f"Seller {key['seller']!r}: {total} tickets; {args.clients} clients, {args.seconds:g} s per URL.\n")
            results = []
            for name, url, signing in (
                ("signed GET /v2/tickets (API)", api_url, key),
                ("bare Django view (floor)", floor_url, None),
            ):
                asyncio.run(hammer(name, url, signing, args.clients, args.warmup))
                results.append(asyncio.run(hammer(name, url, signing, args.clients, args.seconds)))
            print(report(results, args.clients, args.workers))
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
