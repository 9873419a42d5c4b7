"""App config for text modules."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TextModulesConfig(AppConfig):
    name = "marketdesk.textmodules"
    label = "textmodules"
    verbose_name = _("Text modules")
