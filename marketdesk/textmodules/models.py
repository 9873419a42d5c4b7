"""A text module belongs to one seller and one sales channel (storefront)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from marketdesk.accounts.models import SellerAccount
from marketdesk.catalog.models import Language, Storefront


class TextModule(models.Model):
    seller = models.ForeignKey(SellerAccount, on_delete=models.CASCADE, related_name="text_modules")
    storefront = models.ForeignKey(Storefront, on_delete=models.PROTECT, related_name="+")
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(_("text"))
    created_at = models.DateTimeField(_("created"))
    updated_at = models.DateTimeField(_("updated"))

    class Meta:
        ordering = ["storefront", "language", "title"]
        verbose_name = _("text module")
        verbose_name_plural = _("text modules")
        constraints = [
            models.UniqueConstraint(
                fields=["seller", "storefront", "language", "title"], name="textmodule_title_unique"
            )
        ]
        indexes = [models.Index(fields=["seller", "storefront"], name="textmodule_seller_storefront")]

    def __str__(self) -> str:
        return self.title
