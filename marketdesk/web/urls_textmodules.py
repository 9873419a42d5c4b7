"""Seller portal routes for text modules (inside the "seller" namespace, under /seller/text-modules/)."""

from django.urls import path

from marketdesk.web.views import textmodules as views

urlpatterns = [
    path("", views.textmodule_list, name="textmodule_list"),
    path("new/", views.textmodule_create, name="textmodule_create"),
    path("preview/", views.textmodule_preview, name="textmodule_preview"),
    path("<int:pk>/edit/", views.textmodule_edit, name="textmodule_edit"),
    path("<int:pk>/delete/", views.textmodule_delete, name="textmodule_delete"),
    path("<int:pk>/preview/", views.textmodule_preview_saved, name="textmodule_preview_saved"),
]
