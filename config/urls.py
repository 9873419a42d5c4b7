"""URL routes: the Seller API, the portals and the admin.

Every request walks these in order until one matches: the API's prefix first, then the portals (their busiest pages
first, in marketdesk/web/urls.py), the admin last.
"""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("v2/", include("marketdesk.sellerapi.urls")),
    path("", include("marketdesk.web.urls")),
    path("admin/", admin.site.urls),
]
