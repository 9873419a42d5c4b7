"""The /v2 API: authentication on every operation, problems for every error, the routers of each resource."""

from __future__ import annotations

import logging
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from marketdesk.core.errors import DomainError
from marketdesk.sellerapi import problems
from marketdesk.sellerapi.auth import authenticate
from marketdesk.sellerapi.params import refuse_nul_characters
from marketdesk.sellerapi.problems import ApiProblem

log = logging.getLogger(__name__)


class SellerAuth:
    """django-ninja auth hook: a valid signature yields the seller's actor; anything else is a 401 problem."""

    def __call__(self, request: HttpRequest) -> Any:
        actor = authenticate(request)
        refuse_nul_characters(request)
        request.seller_actor = actor  # type: ignore[attr-defined]
        return actor


api = NinjaAPI(
    title="Marketdesk Seller API",
    version="2",
    urls_namespace="sellerapi",
    auth=SellerAuth(),
    docs_url=None,
    openapi_url=None,
)


@api.exception_handler(ApiProblem)
def _problem(request: HttpRequest, exc: ApiProblem) -> HttpResponse:
    return exc.response()


@api.exception_handler(DomainError)
def _domain(request: HttpRequest, exc: DomainError) -> HttpResponse:
    return ApiProblem.from_domain(exc).response()


@api.exception_handler(ValidationError)
def _validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"field": ".".join(str(p) for p in e.get("loc", ())[1:]) or "body", "message": str(e.get("msg", ""))}
        for e in exc.errors
    ]
    return ApiProblem(400, problems.VALIDATION_ERROR, "The request has invalid values.", errors).response()


@api.exception_handler(HttpError)
def _http(request: HttpRequest, exc: HttpError) -> HttpResponse:
    kind = problems.NOT_FOUND if exc.status_code == 404 else problems.BAD_REQUEST
    return ApiProblem(exc.status_code, kind, str(exc)).response()


@api.exception_handler(Exception)
def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    log.exception("Seller API: unexpected error on %s %s", request.method, request.path)
    return ApiProblem(500, problems.SERVER_ERROR, "Internal Server Error").response()


def _register() -> None:
    # Imported here so each resource module can use `api` helpers without an import cycle.
    from marketdesk.sellerapi import orders_api, subscriptions_api, tickets_api

    api.add_router("/", tickets_api.router)
    api.add_router("/", orders_api.router)
    api.add_router("/", subscriptions_api.router)


_register()
