"""Seller portal routes for webhooks (inside the "seller" namespace, under /seller/webhooks/)."""

from django.urls import path

from marketdesk.web.views import webhooks as views

urlpatterns = [
    path("", views.webhook_log, name="webhook_log"),
]
