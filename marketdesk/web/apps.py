"""App config for the web portals."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "marketdesk.web"
    label = "web"
    verbose_name = _("Portals")
