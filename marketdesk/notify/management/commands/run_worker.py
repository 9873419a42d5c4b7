"""`manage.py run_worker`: registered time-driven jobs and the outbox (webhooks, e-mails) until SIGTERM, or once."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from marketdesk.notify.worker import Worker


class Command(BaseCommand):
    help = "Deliver due webhooks and e-mails from the outbox; any number of workers may run at once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="Run one batch and exit.")
        parser.add_argument("--batch", type=int, default=20, help="Rows claimed per batch (default 20).")
        parser.add_argument("--sleep", type=float, default=2.0, help="Seconds to wait when nothing is due (default 2).")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["batch"] < 1 or options["sleep"] < 0:
            self.stderr.write("--batch must be at least 1 and --sleep not negative.")
            raise SystemExit(2)
        worker = Worker(batch=options["batch"], sleep=options["sleep"], report=self.stdout.write)
        total = worker.run(once=options["once"])
        if options["verbosity"] > 1 or not options["once"]:
            self.stdout.write(f"worker stopped after {total} item(s)")
