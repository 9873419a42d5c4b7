"""App config for the Seller API."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SellerApiConfig(AppConfig):
    name = "marketdesk.sellerapi"
    label = "sellerapi"
    verbose_name = _("Seller API")
