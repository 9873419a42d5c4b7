"""The OpenAPI document we serve: the reference schema as published, plus our extensions marked as such."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

REFERENCE = Path(__file__).parent / "reference" / "kaufland-openapi-excerpt.json"
EXTENSION = "x-marketdesk-extension"

Document = dict[str, Any]


@functools.cache
def reference() -> Document:
    return json.loads(REFERENCE.read_text())  # type: ignore[no-any-return]


def _extenders() -> list[Callable[[Document], None]]:
    # Each resource module documents its own extensions next to the code that serves them.
    from marketdesk.sellerapi import orders_api, subscriptions_api, tickets_api

    return [module.document for module in (tickets_api, orders_api, subscriptions_api) if hasattr(module, "document")]


@functools.cache
def _built() -> str:
    doc = copy.deepcopy(reference())
    doc.pop("x-excerpt", None)
    doc["info"] = {
        **doc["info"],
        "title": "Marketdesk Seller API",
        "description": (
            "Wire-compatible with the Kaufland Marketplace Seller API v2 for tickets, orders, order units and "
            "subscriptions. Every request is signed: headers Shop-Client-Key, Shop-Timestamp (Unix seconds) and "
            "Shop-Signature = hex HMAC-SHA256 over METHOD\\nFULL_URL\\nBODY\\nTIMESTAMP with the secret key. "
            f"Operations, parameters and values marked `{EXTENSION}: true` are Marketdesk extensions."
        ),
    }
    doc["servers"] = [{"url": "/v2"}]
    for extend in _extenders():
        extend(doc)
    for path, item in doc["paths"].items():
        for method in ("get", "post", "put", "patch", "delete"):
            if method in item:
                # The rate limit applies to every operation.
                add_response(doc, path, method, "429", "More than the allowed requests per second (see Retry-After)")
    return json.dumps(doc)


def document() -> Document:
    """A fresh copy of the served document (built once per process)."""
    return json.loads(_built())  # type: ignore[no-any-return]


def add_response(doc: Document, path: str, method: str, status: str, description: str) -> None:
    """Document a status our server answers that the reference leaves out (e.g. 403 on close)."""
    responses = doc["paths"][path][method]["responses"]
    responses.setdefault(
        status,
        {
            "description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
            EXTENSION: True,
        },
    )
