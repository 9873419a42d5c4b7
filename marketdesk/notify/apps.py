"""App config for notifications: registers the answer-clock jobs with the worker."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotifyConfig(AppConfig):
    name = "marketdesk.notify"
    label = "notify"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from marketdesk.notify import worker
        from marketdesk.notify.deadline_jobs import mark_overdue, send_deadline_warnings

        worker.register(send_deadline_warnings)
        worker.register(mark_overdue)
