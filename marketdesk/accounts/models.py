"""People: users with one role each, seller accounts with several users, and buyers."""

from __future__ import annotations

import functools

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from marketdesk.core import clock, ids


class Role(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SELLER = "seller", _("Seller")
    CUSTOMER_SERVICE = "customer_service", _("Customer service")
    OPERATOR = "operator", _("Operator")


class SellerAccount(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    return_address = models.TextField(_("return address"), blank=True)
    return_label_url = models.URLField(
        _("return label link"), blank=True, help_text=_("Where buyers download a prepaid return label.")
    )
    extra_cancellation_days = models.PositiveSmallIntegerField(
        _("extra cancellation days"),
        default=0,
        help_text=_("Days the seller grants beyond the storefront's cancellation period."),
    )
    created_at = models.DateTimeField(_("created"), default=clock.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("seller account")
        verbose_name_plural = _("seller accounts")

    def __str__(self) -> str:
        return self.name


def _new_buyer_id() -> int:
    return ids.random_buyer_id()


def full_name(first_name: str, last_name: str) -> str:
    return f"{first_name} {last_name}".strip()


class Buyer(models.Model):
    """A marketplace customer; `id` is the Seller API's id_buyer."""

    id = models.BigIntegerField(primary_key=True, default=_new_buyer_id, editable=False)
    email = models.EmailField(_("e-mail"), unique=True)
    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=80)

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("buyer")
        verbose_name_plural = _("buyers")

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)


class User(AbstractUser):
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.OPERATOR)
    seller_account = models.ForeignKey(
        SellerAccount,
        verbose_name=_("seller account"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
    )
    buyer = models.OneToOneField(
        Buyer, verbose_name=_("buyer"), on_delete=models.PROTECT, null=True, blank=True, related_name="user"
    )
    language = models.CharField(_("language"), max_length=2, default="en")

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                name="seller_user_has_seller_account",
                condition=~models.Q(role="seller") | models.Q(seller_account__isnull=False),
            ),
            models.CheckConstraint(
                name="buyer_user_has_buyer",
                condition=~models.Q(role="buyer") | models.Q(buyer__isnull=False),
            ),
        ]

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        # Every page checks its session against this HMAC of the password hash; the same hash under the same key
        # gives the same string, so each is computed once per process.
        return _session_auth_hash(self.password, settings.SECRET_KEY if secret is None else secret)

    @property
    def is_seller(self) -> bool:
        return self.role == Role.SELLER

    @property
    def is_buyer(self) -> bool:
        return self.role == Role.BUYER

    @property
    def is_customer_service(self) -> bool:
        return self.role in (Role.CUSTOMER_SERVICE, Role.OPERATOR)


@functools.lru_cache(maxsize=1024)
def _session_auth_hash(password: str, secret: str) -> str:
    """What AbstractBaseUser._get_session_auth_hash computes (a test holds the two together)."""
    salt = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash"
    return salted_hmac(salt, password, secret=secret, algorithm="sha256").hexdigest()


class ApiKey(models.Model):
    """A Seller API key pair: the client key is public, the secret is stored encrypted (see apikeys.py)."""

    seller = models.ForeignKey(SellerAccount, on_delete=models.CASCADE, related_name="api_keys")
    label = models.CharField(_("label"), max_length=80)
    client_key = models.CharField(_("client key"), max_length=32, unique=True)
    secret_encrypted = models.BinaryField()
    created_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(_("created"), default=clock.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self) -> str:
        return f"{self.label} ({self.client_key[:8]}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
