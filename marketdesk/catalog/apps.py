"""App config for storefronts."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "marketdesk.catalog"
    label = "catalog"
    verbose_name = _("Storefronts")
