"""App config for the return-option policy."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PolicyConfig(AppConfig):
    name = "marketdesk.policy"
    label = "policy"
    verbose_name = _("Return-option policy")

    def ready(self) -> None:
        from marketdesk.notify import worker
        from marketdesk.policy.services import close_windows, enforce_due

        worker.register(enforce_due)
        worker.register(close_windows)
