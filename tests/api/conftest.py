"""Seller API test harness: key pairs for two sellers, signed requests, and schema checks of every response."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import jsonschema
import pytest
from django.http import HttpResponse
from django.test import Client

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.apikeys import api_key_create
from marketdesk.core import clock
from marketdesk.sellerapi.openapi import document
from marketdesk.sellerapi.signing import sign

Query = Mapping[str, Any] | Sequence[tuple[str, Any]] | str | None


@dataclass
class KeyPair:
    client_key: str
    secret: str


def _key_for(actor: Actor) -> KeyPair:
    assert actor.seller_id is not None
    key, secret = api_key_create(actor=actor, seller_id=actor.seller_id, label="Tests")
    return KeyPair(key.client_key, secret)


@pytest.fixture
def key(seller: Actor) -> KeyPair:
    return _key_for(seller)


@pytest.fixture
def key2(seller2: Actor) -> KeyPair:
    return _key_for(seller2)


class SignedClient:
    """Sends requests as an integration would: compact JSON bodies and Shop-* headers over the full URL."""

    def __init__(self, client: Client, key: KeyPair) -> None:
        self.client = client
        self.key = key

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Query = None,
        json_body: Any = None,
        raw_body: str | None = None,
        headers: Mapping[str, str] | None = None,
        sign_url: str | None = None,
        timestamp: int | None = None,
        secret: str | None = None,
    ) -> HttpResponse:
        query_string = query if isinstance(query, str) else urlencode(query or [], doseq=True)
        target = path + (f"?{query_string}" if query_string else "")
        body = (
            raw_body
            if raw_body is not None
            else ("" if json_body is None else json.dumps(json_body, separators=(",", ":"), ensure_ascii=False))
        )
        stamp = str(timestamp if timestamp is not None else int(clock.now().timestamp()))
        url = sign_url or f"http://testserver{target}"
        signature = sign(secret or self.key.secret, method, url, body, stamp)
        all_headers = {
            "Shop-Client-Key": self.key.client_key,
            "Shop-Timestamp": stamp,
            "Shop-Signature": signature,
            "Accept": "application/json",
            **(headers or {}),
        }
        all_headers = {k: v for k, v in all_headers.items() if v is not None}
        return self.client.generic(
            method, target, data=body.encode(), content_type="application/json", headers=all_headers
        )

    def get(self, path: str, query: Query = None, **kwargs: Any) -> HttpResponse:
        return self.request("GET", path, query=query, **kwargs)

    def post(self, path: str, json_body: Any = None, **kwargs: Any) -> HttpResponse:
        return self.request("POST", path, json_body=json_body, **kwargs)

    def patch(self, path: str, json_body: Any = None, **kwargs: Any) -> HttpResponse:
        return self.request("PATCH", path, json_body=json_body, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> HttpResponse:
        return self.request("DELETE", path, **kwargs)


@pytest.fixture
def api(key: KeyPair) -> SignedClient:
    return SignedClient(Client(), key)


@pytest.fixture
def api2(key2: KeyPair) -> SignedClient:
    return SignedClient(Client(), key2)


def _nullable_to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 `nullable: true` becomes JSON Schema's null type; everything else is kept."""
    if isinstance(node, list):
        return [_nullable_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _nullable_to_json_schema(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable"):
        if "$ref" in converted or "allOf" in converted or "oneOf" in converted:
            return {"anyOf": [converted, {"type": "null"}]}
        if "type" in converted:
            converted["type"] = [converted["type"], "null"]
        if "enum" in converted:
            converted["enum"] = [*converted["enum"], None]
    return converted


@functools.cache
def _components() -> str:
    return json.dumps(_nullable_to_json_schema(document()["components"]))


def response_schema(path: str, method: str, status: int) -> dict[str, Any] | None:
    operation = document()["paths"][path][method.lower()]
    response = operation["responses"].get(str(status))
    assert response is not None, f"{method} {path} answered {status}, which its document does not list"
    content = response.get("content", {}).get("application/json")
    return None if content is None else copy.deepcopy(content["schema"])


def assert_wire(response: HttpResponse, path: str, method: str) -> Any:
    """The body matches the served document for this operation and status (additionalProperties respected)."""
    schema = response_schema(path, method, response.status_code)
    if schema is None:
        assert response.content == b"", f"{method} {path} {response.status_code} must have no body"
        return None
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    components = json.loads(_components())
    components.setdefault("schemas", {})["__response__"] = _nullable_to_json_schema(schema)
    jsonschema.Draft7Validator({"$ref": "#/components/schemas/__response__", "components": components}).validate(body)
    return body
