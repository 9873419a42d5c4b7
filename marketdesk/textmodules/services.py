"""Writes on text modules; unknown placeholders are refused at save time."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from marketdesk.accounts.actors import Actor
from marketdesk.catalog.models import Language, Storefront
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed
from marketdesk.textmodules.models import TextModule
from marketdesk.textmodules.placeholders import unknown_placeholders

MAX_BODY = 10000


def _validated(storefront: str, language: str, title: str, body: str) -> tuple[Storefront, str, str, str]:
    try:
        channel = Storefront.objects.get(code=storefront)
    except Storefront.DoesNotExist:
        raise ValidationFailed(_("Unknown storefront “%(code)s”.") % {"code": storefront}, field="storefront") from None
    if language not in Language.values:
        raise ValidationFailed(_("Unknown language “%(code)s”.") % {"code": language}, field="language")
    title = (title or "").strip()
    if not title or len(title) > 120:
        raise ValidationFailed(_("The title must have 1 to 120 characters."), field="title")
    body = (body or "").strip()
    if not body or len(body) > MAX_BODY:
        raise ValidationFailed(_("The text must have 1 to %(max)d characters.") % {"max": MAX_BODY}, field="body")
    unknown = unknown_placeholders(body)
    if unknown:
        raise ValidationFailed(
            _("Unknown placeholder(s): %(names)s.") % {"names": ", ".join(f"{{{{{name}}}}}" for name in unknown)},
            field="body",
        )
    return channel, language, title, body


def _require_seller(actor: Actor) -> int:
    if not actor.is_seller or actor.seller_id is None:
        raise ActionNotAllowed(_("Only sellers manage text modules."))
    return actor.seller_id


def textmodule_create(*, actor: Actor, storefront: str, language: str, title: str, body: str) -> TextModule:
    seller_id = _require_seller(actor)
    channel, language, title, body = _validated(storefront, language, title, body)
    now = clock.now()
    try:
        with transaction.atomic():
            return TextModule.objects.create(
                seller_id=seller_id,
                storefront=channel,
                language=language,
                title=title,
                body=body,
                created_at=now,
                updated_at=now,
            )
    except IntegrityError:
        raise ValidationFailed(
            _("You already have a text module with this title for this storefront and language."), field="title"
        ) from None


def textmodule_update(
    *, actor: Actor, module: TextModule, storefront: str, language: str, title: str, body: str
) -> TextModule:
    seller_id = _require_seller(actor)
    if module.seller_id != seller_id:
        raise NotFound(_("Text module %(id)s was not found.") % {"id": module.pk})
    channel, language, title, body = _validated(storefront, language, title, body)
    module.storefront, module.language, module.title, module.body = channel, language, title, body
    module.updated_at = clock.now()
    try:
        with transaction.atomic():
            module.save()
    except IntegrityError:
        module.refresh_from_db()  # the caller's object must not keep the refused values
        raise ValidationFailed(
            _("You already have a text module with this title for this storefront and language."), field="title"
        ) from None
    return module


def textmodule_delete(*, actor: Actor, module: TextModule) -> None:
    seller_id = _require_seller(actor)
    if module.seller_id != seller_id:
        raise NotFound(_("Text module %(id)s was not found.") % {"id": module.pk})
    module.delete()
