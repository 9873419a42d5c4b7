"""Seller API authentication: the HMAC signature, the Shop-* headers, the clock window, keys and the rate limit."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from typing import Any

import jsonschema
import pytest
from django.core.management import call_command
from django.test import Client

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.apikeys import api_key_create, api_key_revoke
from marketdesk.accounts.models import ApiKey
from marketdesk.core import clock
from marketdesk.orders.models import Order, OrderUnitStatus, Refund
from marketdesk.sellerapi import problems
from marketdesk.sellerapi.openapi import document
from marketdesk.sellerapi.signing import matches, sign
from tests.api.conftest import KeyPair, SignedClient, assert_wire
from tests.conftest import T0

# The official test vector (Kaufland's code examples; also python-kaufland-api's tests).
VECTOR = {
    "method": "POST",
    "url": "https://sellerapi.kaufland.com/v2/units/",
    "body": "",
    "timestamp": "1411055926",
    "secret": "a7d0cb1da1ddbc86c96ee5fedd341b7d8ebfbb2f5c83cfe0909f4e57f05dd403",
}
VECTOR_SIGNATURE = "da0b65f51c0716c1d3fa658b7eaf710583630a762a98c9af8e9b392bd9df2e2a"

# The operation every check below goes through: the ticket list (401 is documented on every operation).
LIST = "/tickets"
LIST_URL = "/v2" + LIST


def _signature(api: SignedClient, *, url: str = LIST_URL, method: str = "GET", body: str = "") -> tuple[str, str]:
    stamp = str(int(clock.now().timestamp()))
    return stamp, sign(api.key.secret, method, f"http://testserver{url}", body, stamp)


def _problem(response: Any, problem_type: str, status: int = 401, path: str = LIST, method: str = "get") -> Any:
    assert response.status_code == status, response.content
    body = assert_wire(response, path, method)
    assert body["type"] == problem_type
    assert body["message"]
    return body


def _fields(body: dict[str, Any]) -> list[str]:
    return [error["field"] for error in body["errors"]]


# --- the signature itself ------------------------------------------------------------------------------------


def test_official_test_vector() -> None:
    v = VECTOR
    assert sign(v["secret"], v["method"], v["url"], v["body"], v["timestamp"]) == VECTOR_SIGNATURE
    assert matches(v["secret"], v["method"], v["url"], v["body"], v["timestamp"], VECTOR_SIGNATURE)


def test_hex_in_either_case_and_base64_are_accepted() -> None:
    v = VECTOR
    as_base64 = base64.b64encode(bytes.fromhex(VECTOR_SIGNATURE)).decode()
    for signature in (VECTOR_SIGNATURE, VECTOR_SIGNATURE.upper(), as_base64, f" {VECTOR_SIGNATURE}\n"):
        assert matches(v["secret"], v["method"], v["url"], v["body"], v["timestamp"], signature)


@pytest.mark.parametrize(
    "change",
    [
        {"method": "GET"},
        {"url": "https://sellerapi.kaufland.com/v2/units"},
        {"url": "http://sellerapi.kaufland.com/v2/units/"},
        {"body": "{}"},
        {"timestamp": "1411055927"},
        {"secret": VECTOR["secret"].upper()},
    ],
)
def test_any_change_breaks_the_signature(change: dict[str, str]) -> None:
    v = {**VECTOR, **change}
    assert not matches(v["secret"], v["method"], v["url"], v["body"], v["timestamp"], VECTOR_SIGNATURE)


@pytest.mark.parametrize(
    "signature",
    ["", "nothex", VECTOR_SIGNATURE[:-2], base64.b64encode(bytes.fromhex(VECTOR_SIGNATURE)).decode().lower()],
)
def test_malformed_signatures_do_not_match(signature: str) -> None:
    v = VECTOR
    assert not matches(v["secret"], v["method"], v["url"], v["body"], v["timestamp"], signature)


# --- a live endpoint -----------------------------------------------------------------------------------------


def test_a_signed_request_is_answered(api: SignedClient, now: dt.datetime) -> None:
    response = api.get(LIST_URL, headers={"User-Agent": None})  # no particular User-Agent is required
    assert response.status_code == 200
    assert_wire(response, LIST, "get")


@pytest.mark.parametrize("encoding", ["upper", "base64"])
def test_live_endpoint_accepts_upper_hex_and_base64(api: SignedClient, now: dt.datetime, encoding: str) -> None:
    stamp, signature = _signature(api)
    given = signature.upper() if encoding == "upper" else base64.b64encode(bytes.fromhex(signature)).decode()
    response = api.get(LIST_URL, headers={"Shop-Timestamp": stamp, "Shop-Signature": given})
    assert response.status_code == 200
    assert_wire(response, LIST, "get")


def test_wrong_signature_is_a_corrupted_signature(api: SignedClient, now: dt.datetime) -> None:
    body = _problem(api.get(LIST_URL, headers={"Shop-Signature": "0" * 64}), problems.CORRUPTED_SIGNATURE)
    assert "signature" in body["message"].lower()


def test_signature_with_another_secret_is_corrupted(api: SignedClient, key2: KeyPair, now: dt.datetime) -> None:
    _problem(api.get(LIST_URL, secret=key2.secret), problems.CORRUPTED_SIGNATURE)


@pytest.mark.parametrize("header", ["Shop-Client-Key", "Shop-Timestamp", "Shop-Signature"])
@pytest.mark.parametrize("value", [None, "", "   "])
def test_each_missing_header_is_named(api: SignedClient, now: dt.datetime, header: str, value: str | None) -> None:
    body = _problem(api.get(LIST_URL, headers={header: value}), problems.MISSING_HEADER)  # type: ignore[dict-item]
    assert _fields(body) == [header]
    assert header in body["message"]


def test_no_headers_at_all(client: Client, db: None) -> None:
    body = _problem(client.get(LIST_URL), problems.MISSING_HEADER)
    assert _fields(body) == ["Shop-Client-Key"]


@pytest.mark.parametrize("stamp", ["soon", "1.5e9", "1411055926.5"])
def test_timestamp_must_be_unix_seconds(api: SignedClient, now: dt.datetime, stamp: str) -> None:
    body = _problem(api.get(LIST_URL, headers={"Shop-Timestamp": stamp}), problems.MISSING_HEADER)
    assert _fields(body) == ["Shop-Timestamp"]


@pytest.mark.parametrize(("offset", "accepted"), [(-301, False), (-300, True), (0, True), (300, True), (301, False)])
def test_default_clock_window_is_five_minutes(api: SignedClient, now: dt.datetime, offset: int, accepted: bool) -> None:
    response = api.get(LIST_URL, timestamp=int(T0.timestamp()) + offset)
    if accepted:
        assert response.status_code == 200
        assert_wire(response, LIST, "get")
    else:
        body = _problem(response, problems.MISSING_HEADER)
        assert _fields(body) == ["Shop-Timestamp"]


def test_configured_clock_window(api: SignedClient, now: dt.datetime, settings: Any) -> None:
    settings.SELLER_API_CLOCK_WINDOW = 30
    assert api.get(LIST_URL, timestamp=int(T0.timestamp()) - 30).status_code == 200
    body = _problem(api.get(LIST_URL, timestamp=int(T0.timestamp()) - 31), problems.MISSING_HEADER)
    assert "30" in body["message"]
    _problem(api.get(LIST_URL, timestamp=int(T0.timestamp()) + 31), problems.MISSING_HEADER)


def test_a_stale_request_is_refused_even_with_a_correct_signature(api: SignedClient, now: dt.datetime) -> None:
    # A captured request cannot be replayed once the window has passed.
    stamp, signature = _signature(api)
    assert api.get(LIST_URL, headers={"Shop-Timestamp": stamp, "Shop-Signature": signature}).status_code == 200
    clock.set_now(T0 + dt.timedelta(seconds=301))
    _problem(api.get(LIST_URL, headers={"Shop-Timestamp": stamp, "Shop-Signature": signature}), problems.MISSING_HEADER)


def test_unknown_client_key(api: SignedClient, now: dt.datetime) -> None:
    stranger = SignedClient(Client(), KeyPair("f" * 32, api.key.secret))
    _problem(stranger.get(LIST_URL), problems.INVALID_CREDENTIALS)


def test_revoked_key(api: SignedClient, seller: Actor, now: dt.datetime) -> None:
    assert api.get(LIST_URL).status_code == 200
    api_key_revoke(actor=seller, key=ApiKey.objects.get(client_key=api.key.client_key))
    _problem(api.get(LIST_URL), problems.INVALID_CREDENTIALS)


def test_another_key_of_the_same_seller_still_works_after_a_revoke(
    api: SignedClient, seller: Actor, now: dt.datetime
) -> None:
    other, secret = api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="second")
    api_key_revoke(actor=seller, key=ApiKey.objects.get(client_key=api.key.client_key))
    response = SignedClient(Client(), KeyPair(other.client_key, secret)).get(LIST_URL)
    assert response.status_code == 200


def test_a_key_from_the_command_line_works(seller: Actor, now: dt.datetime) -> None:
    out = io.StringIO()
    call_command("create_api_key", "--user", "alpha", stdout=out)
    line = json.loads(out.getvalue())
    response = SignedClient(Client(), KeyPair(line["client_key"], line["secret_key"])).get(LIST_URL)
    assert response.status_code == 200
    assert_wire(response, LIST, "get")


def test_last_used_is_recorded_at_most_once_a_minute(api: SignedClient, now: dt.datetime) -> None:
    key = ApiKey.objects.get(client_key=api.key.client_key)
    assert key.last_used_at is None
    api.get(LIST_URL)
    key.refresh_from_db()
    assert key.last_used_at == T0

    clock.set_now(T0 + dt.timedelta(seconds=30))
    api.get(LIST_URL)
    key.refresh_from_db()
    assert key.last_used_at == T0

    clock.set_now(T0 + dt.timedelta(minutes=2))
    api.get(LIST_URL)
    key.refresh_from_db()
    assert key.last_used_at == T0 + dt.timedelta(minutes=2)


def test_a_refused_request_is_not_recorded_as_use(api: SignedClient, now: dt.datetime) -> None:
    api.get(LIST_URL, headers={"Shop-Signature": "0" * 64})
    assert ApiKey.objects.get(client_key=api.key.client_key).last_used_at is None


# --- what is signed: method, full URL, body ------------------------------------------------------------------


def test_a_body_changed_after_signing_is_refused(api: SignedClient, order: Order, now: dt.datetime) -> None:
    unit = order.units.get(status=OrderUnitStatus.NEED_TO_BE_SENT)
    path = f"/v2/order-units/{unit.pk}/refund"
    signed_body = json.dumps({"amount": 100, "reason": "other_refund"}, separators=(",", ":"))
    sent_body = json.dumps({"amount": 2999, "reason": "other_refund"}, separators=(",", ":"))
    stamp = str(int(clock.now().timestamp()))
    signature = sign(api.key.secret, "PATCH", f"http://testserver{path}", signed_body, stamp)

    response = api.request(
        "PATCH", path, raw_body=sent_body, headers={"Shop-Timestamp": stamp, "Shop-Signature": signature}
    )

    _problem(response, problems.CORRUPTED_SIGNATURE, path="/order-units/{id_order_unit}/refund", method="patch")
    assert not Refund.objects.exists()


def test_a_query_changed_after_signing_is_refused(api: SignedClient, now: dt.datetime) -> None:
    stamp, signature = _signature(api, url=LIST_URL + "?limit=1")
    response = api.get(LIST_URL, "limit=2", headers={"Shop-Timestamp": stamp, "Shop-Signature": signature})
    _problem(response, problems.CORRUPTED_SIGNATURE)


def test_the_method_is_signed(api: SignedClient, now: dt.datetime) -> None:
    stamp, signature = _signature(api, method="POST")
    _problem(
        api.get(LIST_URL, headers={"Shop-Timestamp": stamp, "Shop-Signature": signature}), problems.CORRUPTED_SIGNATURE
    )


def test_query_is_signed_as_sent(api: SignedClient, now: dt.datetime) -> None:
    # Array values as repeated keys and as an encoded comma: the raw query string is what is signed.
    for query in (
        "status=opened&status=buyer_closed&limit=5",
        "status=opened%2Cbuyer_closed",
        "status=opened,both_closed",
    ):
        response = api.get(LIST_URL, query)
        assert response.status_code == 200, (query, response.content)
        assert_wire(response, LIST, "get")


def test_public_base_url_is_what_clients_sign(api: SignedClient, now: dt.datetime, settings: Any) -> None:
    settings.SELLER_API_PUBLIC_BASE_URL = "https://api.marketdesk.example"

    public = api.get(LIST_URL, "limit=3", sign_url=f"https://api.marketdesk.example{LIST_URL}?limit=3")
    internal = api.get(LIST_URL, "limit=3")  # signed over http://testserver/…, the host behind the proxy

    assert public.status_code == 200
    assert_wire(public, LIST, "get")
    _problem(internal, problems.CORRUPTED_SIGNATURE)


def test_without_public_base_url_scheme_and_host_are_signed(api: SignedClient, now: dt.datetime) -> None:
    _problem(api.get(LIST_URL, sign_url=f"https://testserver{LIST_URL}"), problems.CORRUPTED_SIGNATURE)
    _problem(api.get(LIST_URL, sign_url=f"http://otherhost{LIST_URL}"), problems.CORRUPTED_SIGNATURE)


def test_trailing_slash_is_accepted_and_signed_as_sent(api: SignedClient, now: dt.datetime) -> None:
    plain = api.get(LIST_URL, "limit=2")
    slashed = api.get(LIST_URL + "/", "limit=2")

    assert plain.status_code == slashed.status_code == 200
    assert_wire(slashed, LIST, "get")
    assert json.loads(slashed.content) == json.loads(plain.content)
    # The slash is part of the signed URL: a signature over the other spelling does not match.
    wrong = api.get(LIST_URL + "/", sign_url=f"http://testserver{LIST_URL}")
    _problem(wrong, problems.CORRUPTED_SIGNATURE)


@pytest.mark.parametrize(
    "target",
    [
        "/v2/tickets/%C3%A4",  # non-ASCII, percent-encoded as UTF-8
        "/v2/tickets/%21x%2A",  # sub-delimiters percent-encoded, as python-kaufland-api quotes ids
        "/v2/tickets/!x*",  # the same sub-delimiters left as they are
        "/v2/tickets/a%20b",
    ],
)
def test_encoded_paths_are_verified_as_sent(api: SignedClient, now: dt.datetime, target: str) -> None:
    """A correctly signed request for a ticket that does not exist is a 404, whatever the encoding of its path."""
    response = api.get(target)
    assert response.status_code == 404, response.content
    assert_wire(response, "/tickets/{id_ticket}", "get")


def test_the_raw_request_target_is_used_when_the_server_passes_it(api: SignedClient, now: dt.datetime) -> None:
    # gunicorn puts the request target as sent into RAW_URI; it is what the client signed.
    raw = "/v2/tickets/%21%C3%A4?embedded=messages%2Cfiles"
    stamp = str(int(clock.now().timestamp()))
    headers = {
        "Shop-Client-Key": api.key.client_key,
        "Shop-Timestamp": stamp,
        "Shop-Signature": sign(api.key.secret, "GET", f"http://testserver{raw}", "", stamp),
    }
    response = api.client.get(raw, headers=headers, RAW_URI=raw)
    assert response.status_code == 404, response.content
    assert_wire(response, "/tickets/{id_ticket}", "get")


# --- every operation is protected ----------------------------------------------------------------------------


def _operations() -> list[tuple[str, str]]:
    doc = document()
    return [
        (path, method)
        for path, item in doc["paths"].items()
        for method in ("get", "post", "patch", "put", "delete")
        if method in item
    ]


@pytest.mark.parametrize(("path", "method"), _operations())
def test_every_operation_requires_a_signature(client: Client, db: None, path: str, method: str) -> None:
    concrete = "/v2" + path.replace("{id_ticket}", "00110123123").replace("{id_order}", "MB7UWLD")
    concrete = concrete.replace("{id_order_unit}", "314567896580917").replace("{id_subscription}", "1")
    response = client.generic(method.upper(), concrete, data=b"{}", content_type="application/json")
    body = _problem(response, problems.MISSING_HEADER, path=path, method=method)
    assert _fields(body) == ["Shop-Client-Key"]


# --- rate limit ----------------------------------------------------------------------------------------------


def _error_response_schema() -> dict[str, Any]:
    components = document()["components"]
    return {"$ref": "#/components/schemas/ErrorResponse", "components": components}


def test_rate_limit_per_seller_per_second(
    api: SignedClient, api2: SignedClient, seller: Actor, now: dt.datetime, settings: Any
) -> None:
    settings.SELLER_API_RATE_LIMIT = 5

    for _ in range(5):
        assert api.get(LIST_URL).status_code == 200
    limited = api.get(LIST_URL)

    assert limited.status_code == 429
    assert limited["Retry-After"] == "1"
    assert limited["Content-Type"].startswith("application/json")
    body = json.loads(limited.content)
    jsonschema.Draft7Validator(_error_response_schema()).validate(body)
    assert body["message"] and isinstance(body["errors"], list)
    # Another seller is not limited by the first one's traffic …
    assert api2.get(LIST_URL).status_code == 200
    # … but a second key of the same seller shares the seller's budget.
    other, secret = api_key_create(actor=seller, seller_id=seller.seller_id or 0, label="second")
    assert SignedClient(Client(), KeyPair(other.client_key, secret)).get(LIST_URL).status_code == 429
    # The next second starts afresh.
    clock.set_now(T0 + dt.timedelta(seconds=1))
    response = api.get(LIST_URL)
    assert response.status_code == 200
    assert_wire(response, LIST, "get")


def test_refused_requests_do_not_use_up_the_budget(api: SignedClient, now: dt.datetime, settings: Any) -> None:
    settings.SELLER_API_RATE_LIMIT = 2
    for _ in range(5):
        assert api.get(LIST_URL, headers={"Shop-Signature": "0" * 64}).status_code == 401
    assert api.get(LIST_URL).status_code == 200
    assert api.get(LIST_URL).status_code == 200
    assert api.get(LIST_URL).status_code == 429


def test_the_count_is_shared_through_the_database_and_old_windows_are_cleared(
    api: SignedClient, seller: Actor, now: dt.datetime, settings: Any
) -> None:
    from marketdesk.notify import worker
    from marketdesk.sellerapi.models import RateWindow
    from marketdesk.sellerapi.ratelimit import clear_old_windows, count_request

    settings.SELLER_API_RATE_LIMIT = 3
    for _ in range(2):
        assert api.get(LIST_URL).status_code == 200
    # Another web process counts in the same row: its request is the third of this second.
    assert count_request(seller.seller_id or 0) == 3
    assert api.get(LIST_URL).status_code == 429
    window = RateWindow.objects.get(seller_id=seller.seller_id)
    assert (window.second, window.count) == (int(T0.timestamp()), 4)
    clock.set_now(T0 + dt.timedelta(seconds=61))
    assert clear_old_windows(100) == 1
    assert not RateWindow.objects.exists()
    assert clear_old_windows in worker.JOBS
