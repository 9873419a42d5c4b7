"""URL routes: the admin, the portals and (later) the Seller API."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("marketdesk.sellerapi.urls")),
    path("", include("marketdesk.web.urls")),
]
