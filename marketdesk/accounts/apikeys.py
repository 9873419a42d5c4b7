"""Seller API key pairs: created with the secret shown once, stored encrypted, revoked; looked up by client key."""

from __future__ import annotations

import base64
import hashlib
import secrets

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import ApiKey, SellerAccount
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed


def _fernet() -> Fernet:
    configured = settings.MARKETDESK_ENCRYPTION_KEY
    if configured:
        return Fernet(configured.encode())
    # Without a dedicated key the secrets are bound to SECRET_KEY (rotating it revokes every API key).
    derived = hashlib.sha256(("marketdesk-api-keys:" + settings.SECRET_KEY).encode()).digest()
    return Fernet(base64.urlsafe_b64encode(derived))


def key_secret(key: ApiKey) -> str:
    try:
        return _fernet().decrypt(bytes(key.secret_encrypted)).decode()
    except InvalidToken as error:
        raise ActionNotAllowed(_("This API key cannot be read with the current encryption key.")) from error


def api_key_create(*, actor: Actor, seller_id: int, label: str) -> tuple[ApiKey, str]:
    """A new key pair for the seller; the plain secret is returned this once and never again."""
    if not (actor.is_customer_service or actor.is_system or (actor.is_seller and actor.seller_id == seller_id)):
        raise NotFound(_("Seller account not found."))
    label = (label or "").strip()
    if not label or len(label) > 80:
        raise ValidationFailed(_("Give the key a name of 1 to 80 characters."), field="label")
    if not SellerAccount.objects.filter(pk=seller_id).exists():
        raise NotFound(_("Seller account not found."))
    secret = secrets.token_hex(32)  # 64 characters, like the marketplace's own keys
    with transaction.atomic():
        key = ApiKey.objects.create(
            seller_id=seller_id,
            label=label,
            client_key=secrets.token_hex(16),
            secret_encrypted=_fernet().encrypt(secret.encode()),
            created_by=actor.user,
        )
    return key, secret


def api_key_revoke(*, actor: Actor, key: ApiKey) -> ApiKey:
    if not (actor.is_customer_service or (actor.is_seller and actor.seller_id == key.seller_id)):
        raise NotFound(_("API key not found."))
    if key.revoked_at is None:
        key.revoked_at = clock.now()
        key.save(update_fields=["revoked_at"])
    return key


def active_keys() -> QuerySet[ApiKey]:
    """The keys that may sign a request: every key until it is revoked."""
    return ApiKey.objects.filter(revoked_at__isnull=True)


def active_key(client_key: str) -> ApiKey | None:
    return active_keys().select_related("seller").filter(client_key=client_key).first()
