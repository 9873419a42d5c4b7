"""The OpenAPI document at /v2/openapi.json and a browsable reference page built from the same document."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from marketdesk.sellerapi import problems
from marketdesk.sellerapi.openapi import EXTENSION, document
from marketdesk.sellerapi.problems import ApiProblem

METHODS = ("get", "post", "put", "patch", "delete")


@require_GET
def openapi_json(request: HttpRequest) -> HttpResponse:
    return JsonResponse(document())


@require_GET
def reference_page(request: HttpRequest) -> HttpResponse:
    doc = document()
    operations: list[dict[str, Any]] = []
    for path, item in sorted(doc["paths"].items()):
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            operations.append(
                {
                    "method": method.upper(),
                    "path": "/v2" + path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "extension": bool(op.get(EXTENSION)),
                    "parameters": [
                        {
                            "name": p.get("name"),
                            "where": p.get("in"),
                            "required": p.get("required", False),
                            "description": p.get("description", ""),
                            "extension": bool(p.get(EXTENSION)),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "responses": sorted(op.get("responses", {}).keys()),
                    "anchor": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", ""),
                }
            )
    return render(request, "sellerapi/reference.html", {"info": doc["info"], "operations": operations})


def not_found(request: HttpRequest) -> HttpResponse:
    return ApiProblem(404, problems.NOT_FOUND, "There is no such resource in the Seller API.").response()
