"""App config for the demo data commands."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "marketdesk.demo"
    label = "demo"
    verbose_name = "Demo data"
