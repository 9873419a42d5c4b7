"""Seller API routes under /v2/ (config/urls.py): the operations, the OpenAPI document and its reference page."""

from django.urls import path, re_path

from marketdesk.sellerapi import docs, files
from marketdesk.sellerapi.api import api

urlpatterns = [
    path("openapi.json", docs.openapi_json, name="sellerapi-openapi"),
    path("docs", docs.reference_page, name="sellerapi-docs"),
    # Attachment files behind TicketFile.uri: signed links, so outside the Shop-* authenticated API.
    path("files/<str:token>", files.download, name="sellerapi-file"),
    path("", api.urls),
    # Anything else under /v2 is a JSON problem too, never an HTML page.
    re_path(r"", docs.not_found),
]
