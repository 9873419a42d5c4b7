"""`manage.py create_api_key --user NAME`: a new Seller API key pair for that seller user, as one JSON line."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from marketdesk.accounts.actors import actor_for
from marketdesk.accounts.apikeys import api_key_create
from marketdesk.accounts.models import User
from marketdesk.core.errors import DomainError

DEFAULT_LABEL = "Command line"


class Command(BaseCommand):
    help = (
        "Create a Seller API key pair for the seller account of the given seller user and print "
        '{"seller", "client_key", "secret_key"} as one JSON line. The secret is shown only this once.'
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--user", required=True, help="User name of a seller user.")
        parser.add_argument("--label", default=DEFAULT_LABEL, help=f"Name of the key (default: {DEFAULT_LABEL!r}).")

    def handle(self, *args: Any, **options: Any) -> None:
        username = options["user"]
        user = User.objects.select_related("seller_account").filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no user named {username!r}.")
        if not user.is_seller or user.seller_account is None:
            raise CommandError(
                f"User {username!r} has the role {user.get_role_display()!s}, not Seller: API keys belong to "
                "seller accounts, so give the name of a seller user."
            )
        try:
            # Created as that user, so the key records who made it.
            key, secret = api_key_create(
                actor=actor_for(user), seller_id=user.seller_account.pk, label=options["label"]
            )
        except DomainError as error:
            raise CommandError(error.message) from error
        line = {"seller": user.seller_account.name, "client_key": key.client_key, "secret_key": secret}
        self.stdout.write(json.dumps(line, ensure_ascii=False))
