"""Seller API key pairs: created with the secret shown once and stored encrypted, revoked, and `create_api_key`."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from marketdesk.accounts.actors import SYSTEM, Actor
from marketdesk.accounts.apikeys import active_key, api_key_create, api_key_revoke, key_secret
from marketdesk.accounts.models import ApiKey, User
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed


def _create_api_key(*args: str) -> dict[str, str]:
    out = io.StringIO()
    call_command("create_api_key", *args, stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1, "exactly one line, so scripts can parse it"
    return json.loads(lines[0])  # type: ignore[no-any-return]


# --- the service ------------------------------------------------------------------------------------------


def test_create_returns_the_secret_once_and_stores_it_encrypted(seller: Actor, seller_user: User) -> None:
    key, secret = api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="  ERP connector ")

    assert key.label == "ERP connector"
    assert len(key.client_key) == 32 and len(secret) == 64
    assert int(secret, 16) >= 0  # hex, like the marketplace's keys
    assert key.created_by == seller_user
    stored = ApiKey.objects.get(pk=key.pk)
    raw = bytes(stored.secret_encrypted)
    assert secret.encode() not in raw and secret not in raw.hex()
    assert key_secret(stored) == secret


def test_every_key_is_different(seller: Actor) -> None:
    pairs = [api_key_create(actor=seller, seller_id=seller.seller_id or 0, label=f"k{i}") for i in range(5)]
    assert len({key.client_key for key, _ in pairs}) == 5
    assert len({secret for _, secret in pairs}) == 5


@pytest.mark.parametrize("label", ["", "   ", "x" * 81])
def test_label_is_required_and_bounded(seller: Actor, label: str) -> None:
    with pytest.raises(ValidationFailed) as raised:
        api_key_create(actor=seller, seller_id=seller.seller_id or 0, label=label)
    assert raised.value.field == "label"
    assert not ApiKey.objects.exists()


def test_a_seller_cannot_create_or_revoke_keys_of_another_seller(seller: Actor, seller2: Actor) -> None:
    with pytest.raises(NotFound):
        api_key_create(actor=seller2, seller_id=seller.seller_id or 0, label="sneaky")
    key, _ = api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="mine")

    with pytest.raises(NotFound):
        api_key_revoke(actor=seller2, key=key)

    assert ApiKey.objects.get(pk=key.pk).revoked_at is None


def test_buyers_cannot_create_keys(seller: Actor, buyer: Actor) -> None:
    with pytest.raises(NotFound):
        api_key_create(actor=buyer, seller_id=seller.seller_id or 0, label="nope")


def test_customer_service_and_the_system_may_create_keys_for_a_seller(seller: Actor, agent: Actor) -> None:
    by_agent, _ = api_key_create(actor=agent, seller_id=seller.seller_id or 0, label="by CS")
    by_system, _ = api_key_create(actor=SYSTEM, seller_id=seller.seller_id or 0, label="by system")
    assert by_agent.seller_id == by_system.seller_id == seller.seller_id
    with pytest.raises(NotFound):
        api_key_create(actor=SYSTEM, seller_id=987654, label="no such seller")


def test_revoked_keys_are_no_longer_active(seller: Actor, now: dt.datetime) -> None:
    key, _ = api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="old")
    assert active_key(key.client_key) == key

    api_key_revoke(actor=seller, key=key)
    api_key_revoke(actor=seller, key=key)  # revoking twice keeps the first time

    key.refresh_from_db()
    assert key.revoked_at == now
    assert not key.is_active
    assert active_key(key.client_key) is None
    assert active_key("") is None
    assert active_key("0" * 32) is None


def test_a_secret_cannot_be_read_after_the_encryption_key_changes(seller: Actor, settings: object) -> None:
    key, _ = api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="rotated")
    settings.SECRET_KEY = "another-secret-key"  # type: ignore[attr-defined]
    with pytest.raises(ActionNotAllowed):
        key_secret(ApiKey.objects.get(pk=key.pk))


def test_a_dedicated_encryption_key_is_used_when_configured(seller: Actor, settings: object) -> None:
    from cryptography.fernet import Fernet

    settings.MARKETDESK_ENCRYPTION_KEY = Fernet.generate_key().decode()  # type: ignore[attr-defined]
    key, secret = api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="dedicated")
    settings.SECRET_KEY = "rotating SECRET_KEY does not matter now"  # type: ignore[attr-defined]
    assert key_secret(ApiKey.objects.get(pk=key.pk)) == secret


# --- manage.py create_api_key -----------------------------------------------------------------------------


def test_command_prints_one_json_line_with_a_working_key_pair(seller_user: User) -> None:
    line = _create_api_key("--user", "alpha", "--label", "Warehouse")

    assert set(line) == {"seller", "client_key", "secret_key"}
    assert line["seller"] == "Alpha Elektro GmbH"
    key = ApiKey.objects.get(client_key=line["client_key"])
    assert key.seller == seller_user.seller_account
    assert key.label == "Warehouse"
    assert key.created_by == seller_user
    assert key_secret(key) == line["secret_key"]
    assert active_key(line["client_key"]) == key


def test_command_has_a_default_label_and_adds_a_key_each_time(seller_user: User) -> None:
    first = _create_api_key("--user", "alpha")
    second = _create_api_key("--user", "alpha")

    assert first["client_key"] != second["client_key"]
    assert ApiKey.objects.filter(seller=seller_user.seller_account, revoked_at=None).count() == 2
    assert ApiKey.objects.get(client_key=first["client_key"]).label


@pytest.mark.parametrize(
    ("username", "message"),
    [("nobody", "no user named 'nobody'"), ("anna", "seller"), ("agent", "seller")],
)
def test_command_refuses_unknown_and_non_seller_users(
    buyer_user: User, agent_user: User, username: str, message: str
) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("create_api_key", "--user", username, stdout=io.StringIO())
    assert not ApiKey.objects.exists()


def test_command_refuses_an_invalid_label(seller_user: User) -> None:
    with pytest.raises(CommandError, match="1 to 80"):
        call_command("create_api_key", "--user", "alpha", "--label", "x" * 81, stdout=io.StringIO())


def test_command_requires_the_user_argument() -> None:
    with pytest.raises(CommandError):
        call_command("create_api_key", stdout=io.StringIO())


def test_command_exits_non_zero_from_the_command_line(buyer_user: User) -> None:
    # CommandError becomes exit status 1 when run as `manage.py create_api_key`.
    from django.core.management import ManagementUtility

    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", "create_api_key", "--user", "anna"]).execute()
    assert exited.value.code != 0
