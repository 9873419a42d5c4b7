"""Which notification e-mails a user wants: one switch per kind, on unless the user turned it off."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext as _

from marketdesk.accounts.models import Role, User
from marketdesk.core import clock
from marketdesk.core.errors import ValidationFailed
from marketdesk.notify.models import BUYER_KINDS, SELLER_KINDS, NotificationKind, NotificationPreference


@dataclass(frozen=True, slots=True)
class Preference:
    kind: str
    label: str
    enabled: bool


def kinds_for(user: User) -> tuple[NotificationKind, ...]:
    """The kinds of e-mail a user of this role can receive at all."""
    if user.role == Role.SELLER:
        return SELLER_KINDS
    if user.role == Role.BUYER:
        return BUYER_KINDS
    return ()


def preferences_of(user: User) -> list[Preference]:
    switched_off = set(NotificationPreference.objects.filter(user=user, enabled=False).values_list("kind", flat=True))
    return [Preference(kind.value, str(kind.label), kind.value not in switched_off) for kind in kinds_for(user)]


def preferences_set(*, user: User, enabled: Iterable[str]) -> list[Preference]:
    """Store the user's choice: the kinds in `enabled` on, every other kind of their role off."""
    allowed = {kind.value for kind in kinds_for(user)}
    wanted = {str(kind) for kind in enabled}
    unknown = sorted(wanted - allowed)
    if unknown:
        raise ValidationFailed(_("Unknown notification %(kind)s.") % {"kind": ", ".join(unknown)}, field="kind")
    now = clock.now()
    with transaction.atomic():
        for kind in sorted(allowed):
            NotificationPreference.objects.update_or_create(
                user=user, kind=kind, defaults={"enabled": kind in wanted, "updated_at": now}
            )
    return preferences_of(user)


def switched_off(kind: str) -> Exists:
    """For filtering users: whether the user (the outer row) switched `kind` off."""
    return Exists(NotificationPreference.objects.filter(user=OuterRef("pk"), kind=kind, enabled=False))


def wanting(users: QuerySet[User], kind: str) -> QuerySet[User]:
    """The users that may be e-mailed about `kind`: active, with an address, and not opted out."""
    return users.filter(is_active=True).exclude(email="").exclude(switched_off(kind))


def buyer_wants(buyer_id: int, kind: str) -> bool:
    """A buyer without a login has no way to opt out and gets the default (on)."""
    return not NotificationPreference.objects.filter(user__buyer_id=buyer_id, kind=kind, enabled=False).exists()
