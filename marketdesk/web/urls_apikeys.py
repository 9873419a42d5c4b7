"""Seller portal routes for Seller API keys (inside the "seller" namespace, under /seller/api-keys/)."""

from django.urls import path

from marketdesk.web.views import apikeys as views

urlpatterns = [
    path("", views.apikey_list, name="apikey_list"),
    path("new/", views.apikey_create, name="apikey_create"),
    path("<int:pk>/revoke/", views.apikey_revoke, name="apikey_revoke"),
]
