"""App config for the Seller API."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SellerApiConfig(AppConfig):
    name = "marketdesk.sellerapi"
    label = "sellerapi"
    verbose_name = _("Seller API")

    def ready(self) -> None:
        from marketdesk.notify import worker
        from marketdesk.sellerapi.ratelimit import clear_old_windows

        worker.register(clear_old_windows)
