"""Seller API routes: /v2/… operations, the OpenAPI document and its reference page."""

from django.urls import path, re_path

from marketdesk.sellerapi import docs, files
from marketdesk.sellerapi.api import api

urlpatterns = [
    path("v2/openapi.json", docs.openapi_json, name="sellerapi-openapi"),
    path("v2/docs", docs.reference_page, name="sellerapi-docs"),
    # Attachment files behind TicketFile.uri: signed links, so outside the Shop-* authenticated API.
    path("v2/files/<str:token>", files.download, name="sellerapi-file"),
    path("v2/", api.urls),
    # Anything else under /v2 is a JSON problem too, never an HTML page.
    re_path(r"^v2/", docs.not_found),
]
