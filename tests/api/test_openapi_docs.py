"""The OpenAPI document at /v2/openapi.json and the reference page /v2/docs: public, valid, complete."""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from django.test import Client

from marketdesk.sellerapi.openapi import EXTENSION

METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture
def served(client: Client, db: None) -> dict[str, Any]:
    response = client.get("/v2/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)  # type: ignore[no-any-return]


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _extensions(node: Any, where: str = "#") -> Iterator[str]:
    """JSON pointers of every object marked as our extension."""
    if isinstance(node, dict):
        if node.get(EXTENSION) is True:
            yield where
        for key, value in node.items():
            yield from _extensions(value, f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _extensions(value, f"{where}/{i}")


def _openapi_30_errors(doc: dict[str, Any]) -> list[str]:
    """Validation against the OpenAPI 3.0 schema: openapi-spec-validator when installed, else its JSON Schema."""
    try:
        from openapi_spec_validator import validate  # type: ignore[import-not-found]
    except ImportError:
        # Schemathesis ships the official OpenAPI 3.0 JSON Schema (2019-04-02) it validates documents with.
        from schemathesis.specs.openapi.definitions import OPENAPI_30

        return [
            f"{list(e.absolute_path)}: {e.message}" for e in jsonschema.Draft4Validator(OPENAPI_30).iter_errors(doc)
        ]
    try:
        validate(doc)
    except Exception as error:  # any validator error is a finding to report
        return [str(error)]
    return []


# --- openapi.json --------------------------------------------------------------------------------------------


def test_served_without_authentication(client: Client, db: None) -> None:
    plain = client.get("/v2/openapi.json")
    with_bad_headers = client.get("/v2/openapi.json", headers={"Shop-Client-Key": "x", "Shop-Signature": "y"})
    assert plain.status_code == with_bad_headers.status_code == 200
    assert json.loads(plain.content) == json.loads(with_bad_headers.content)


def test_only_get(client: Client, db: None) -> None:
    assert client.post("/v2/openapi.json").status_code == 405


def test_is_valid_openapi_3_0(served: dict[str, Any]) -> None:
    assert served["openapi"].startswith("3.0")
    assert _openapi_30_errors(served) == []


def test_the_validator_is_not_vacuous(served: dict[str, Any]) -> None:
    broken = copy.deepcopy(served)
    del broken["info"]
    broken["paths"]["/tickets"]["get"]["responses"] = "none"
    assert _openapi_30_errors(broken)


def test_structure(served: dict[str, Any]) -> None:
    assert served["servers"] == [{"url": "/v2"}]
    assert served["info"]["title"] and served["info"]["version"]
    assert "x-excerpt" not in served, "the provenance block of our reference copy is not part of the API"
    schemas = served["components"]["schemas"]
    for ref in _refs(served):
        assert ref.startswith("#/components/schemas/"), ref
        assert ref.removeprefix("#/components/schemas/") in schemas, f"dangling {ref}"
    operation_ids = [op["operationId"] for _, _, op in _operations(served)]
    assert len(operation_ids) == len(set(operation_ids)), "operationIds are unique"
    for path, method, op in _operations(served):
        declared = {p["name"] for p in op.get("parameters", []) if p.get("in") == "path"}
        assert declared == set(re.findall(r"{(\w+)}", path)), f"{method} {path} path parameters"
        assert "401" in op["responses"], f"{method} {path} documents 401"
        for status in op["responses"]:
            assert status == "default" or re.fullmatch(r"[1-5]\d\d", status), status


def test_lists_the_extensions(served: dict[str, Any]) -> None:
    marked = list(_extensions(served))
    assert marked, "our extensions are documented and marked"
    assert EXTENSION in served["info"]["description"]
    # The marker is always the boolean true, never a stray value.
    text = json.dumps(served)
    assert text.count(f'"{EXTENSION}"') == len(marked)


def test_describes_the_signature(served: dict[str, Any]) -> None:
    description = served["info"]["description"]
    for word in ("Shop-Client-Key", "Shop-Timestamp", "Shop-Signature", "HMAC-SHA256"):
        assert word in description


# --- /v2/docs ------------------------------------------------------------------------------------------------


def test_reference_page_renders_every_operation(client: Client, served: dict[str, Any]) -> None:
    response = client.get("/v2/docs")

    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    for path, method, op in _operations(served):
        assert f"{method.upper()} /v2{path}" in page, f"{method} {path}"
        if op.get("summary"):
            assert html.unescape(op["summary"]) in page
        for parameter in op.get("parameters", []):
            assert f"<code>{parameter['name']}</code>" in page
    assert page.count("<section") == len(list(_operations(served)))
    assert 'href="/v2/openapi.json"' in page


def test_reference_page_marks_extensions(client: Client, served: dict[str, Any]) -> None:
    page = client.get("/v2/docs").content.decode()
    extension_operations = [op for _, _, op in _operations(served) if op.get(EXTENSION)]
    extension_parameters = [p for _, _, op in _operations(served) for p in op.get("parameters", []) if p.get(EXTENSION)]
    badges = page.count('<span class="badge">extension</span>') + page.count(
        '<span class="badge">Marketdesk extension</span>'
    )
    # Extension operations carry a badge in the index and on their section; parameters on their row.
    assert badges == 2 * len(extension_operations) + len(extension_parameters)


def test_reference_page_needs_no_login(client: Client, db: None) -> None:
    assert client.get("/v2/docs").status_code == 200
    assert client.get("/v2/docs/").status_code == 200
