"""`manage.py demo_logins`: print the demo logins that exist and where to use them."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from marketdesk.demo.summary import login_lines


class Command(BaseCommand):
    help = "Print the demo logins (all with password 'demo') and the URL to open."

    def handle(self, *args: Any, **options: Any) -> None:
        lines = login_lines()
        if not lines:
            self.stdout.write("There are no demo logins yet: run `python manage.py seed_demo` first.")
            return
        self.stdout.write("\n".join(lines))
