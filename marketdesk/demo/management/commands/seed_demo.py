"""`manage.py seed_demo`: fill the database with realistic demo data written through the services."""

from __future__ import annotations

import datetime as dt
import sys
import time
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from marketdesk.accounts.models import User
from marketdesk.catalog.models import Storefront, StorefrontCode
from marketdesk.core import clock
from marketdesk.core.errors import DomainError
from marketdesk.demo.builder import SIZES, DemoBuilder
from marketdesk.demo.people import DEMO_USERNAMES
from marketdesk.demo.summary import login_lines, summary_lines
from marketdesk.demo.timing import anchor


def _instant(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


class Command(BaseCommand):
    help = (
        "Create demo sellers, buyers, orders, tickets and text modules (logins: seller, seller2, buyer, agent, admin)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--seed", type=int, default=1, help="Random seed: the same seed on the same day gives the same data."
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the demo data is already there (a user named seller).",
        )
        parser.add_argument(
            "--size", choices=sorted(SIZES), default="full", help="full (default) or small (for tests)."
        )
        parser.add_argument(
            "--now",
            type=_instant,
            default=None,
            help="Pretend it is this instant (ISO 8601); default: the current hour.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["if_empty"] and User.objects.filter(username="seller").exists():
            self.stdout.write("The demo data is already there (user 'seller' exists); nothing to do.\n")
            self.stdout.write("\n".join(login_lines()))
            return
        taken = sorted(User.objects.filter(username__in=DEMO_USERNAMES).values_list("username", flat=True))
        if taken:
            raise CommandError(
                f"Demo users exist already ({', '.join(taken)}): seed_demo only fills a database without them. "
                "Use --if-empty to skip quietly, or start from a fresh database (delete it, then run migrate)."
            )
        missing = sorted(set(StorefrontCode.values) - set(Storefront.objects.values_list("code", flat=True)))
        if missing:
            raise CommandError(f"Storefronts {', '.join(missing)} are missing: run `manage.py migrate` first.")
        now = anchor(options["now"] or clock.now())
        started = time.monotonic()
        size = SIZES[options["size"]]
        progress = tqdm(
            total=size.steps, desc="Seeding demo", unit="step", file=sys.stderr, disable=options["verbosity"] < 1
        )
        with progress:
            builder = DemoBuilder(seed=options["seed"], now=now, size=size, tick=lambda: progress.update(1))
            try:
                builder.run()
            except DomainError as error:
                raise CommandError(f"Seeding stopped, nothing was saved: {error.message}") from error
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Demo data seeded in {elapsed:.1f} s (seed {options['seed']}, now {now:%Y-%m-%d %H:%M} UTC)."
        )
        self.stdout.write("\n".join(summary_lines()))
        self.stdout.write("")
        self.stdout.write("\n".join(login_lines()))
