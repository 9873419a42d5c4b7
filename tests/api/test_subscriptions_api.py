"""/v2/subscriptions: every operation on the wire, validation (callback URLs that must not be called), two sellers."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketdesk.accounts.actors import Actor
from marketdesk.notify.events import EXTENSION_EVENTS, OFFICIAL_EVENTS
from marketdesk.notify.models import Subscription
from marketdesk.sellerapi.openapi import document, reference
from tests.api.conftest import SignedClient, assert_wire

LIST = "/subscriptions"
ONE = "/subscriptions/{id_subscription}"
PUBLIC_URL = "https://hooks.example.com/marketdesk"
BODY = {"callback_url": PUBLIC_URL, "fallback_email": "ops@alpha.example", "event_name": "ticket_new"}


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Host name → addresses; other names do not resolve (no network in tests)."""
    table: dict[str, list[str]] = {
        "hooks.example.com": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
        "beta.example.com": ["93.184.215.15"],
    }

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if host == "localhost":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        family = {True: socket.AF_INET6, False: socket.AF_INET}
        return [(family[":" in a], socket.SOCK_STREAM, 6, "", (a, port)) for a in table[host]]

    monkeypatch.setattr("marketdesk.notify.callbacks.socket.getaddrinfo", getaddrinfo)
    return table


def _create(api: SignedClient, storefront: str = "de", **overrides: Any) -> dict[str, Any]:
    response = api.post(f"/v2/subscriptions?storefront={storefront}", {**BODY, **overrides})
    body = assert_wire(response, LIST, "post")
    assert response.status_code == 201, body
    return body["data"]  # type: ignore[no-any-return]


def _problem(response: Any, path: str, method: str, status: int, field: str) -> dict[str, Any]:
    body = assert_wire(response, path, method)
    assert response.status_code == status, body
    assert field in [e["field"] for e in body["errors"]], body
    return body  # type: ignore[no-any-return]


# --- create ---------------------------------------------------------------------------------------


def test_create_answers_201_with_exactly_the_subscription(api: SignedClient, fake_dns: Any, seller: Actor) -> None:
    data = _create(api)

    assert set(data) == {"id_subscription", "callback_url", "fallback_email", "event_name", "is_active", "storefront"}
    assert data["callback_url"] == PUBLIC_URL
    assert data["storefront"] == "de"
    assert data["is_active"] is True
    stored = Subscription.objects.get(pk=data["id_subscription"])
    assert stored.seller_id == seller.seller_id


@pytest.mark.parametrize("event", [*OFFICIAL_EVENTS[:3], *EXTENSION_EVENTS])
def test_official_and_ticket_event_names_are_accepted(api: SignedClient, fake_dns: Any, event: str) -> None:
    assert _create(api, event_name=event)["event_name"] == event


def test_create_requires_the_storefront_query(api: SignedClient, fake_dns: Any) -> None:
    _problem(api.post("/v2/subscriptions", BODY), LIST, "post", 400, "storefront")
    _problem(api.post("/v2/subscriptions?storefront=xx", BODY), LIST, "post", 400, "storefront")
    assert not Subscription.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"event_name": "ticket_exploded"}, "event_name"),
        ({"event_name": None}, "event_name"),
        ({"fallback_email": "not-an-address"}, "fallback_email"),
        ({"fallback_email": 42}, "fallback_email"),
        ({"callback_url": "ftp://hooks.example.com/x"}, "callback_url"),
        ({"callback_url": "hooks.example.com/x"}, "callback_url"),
        ({"callback_url": "https://user:pw@hooks.example.com/x"}, "callback_url"),
        ({"callback_url": "https://unknown.invalid/x"}, "callback_url"),
        ({"callback_url": ["https://hooks.example.com"]}, "callback_url"),
    ],
)
def test_create_validates_every_field(api: SignedClient, fake_dns: Any, overrides: dict[str, Any], field: str) -> None:
    _problem(api.post("/v2/subscriptions?storefront=de", {**BODY, **overrides}), LIST, "post", 400, field)
    assert not Subscription.objects.exists()


@pytest.mark.parametrize("missing", ["callback_url", "fallback_email", "event_name"])
def test_create_requires_every_body_field(api: SignedClient, fake_dns: Any, missing: str) -> None:
    body = {k: v for k, v in BODY.items() if k != missing}
    _problem(api.post("/v2/subscriptions?storefront=de", body), LIST, "post", 400, missing)


def test_create_refuses_a_body_that_is_not_a_json_object(api: SignedClient) -> None:
    _problem(
        api.request("POST", "/v2/subscriptions", query="storefront=de", raw_body="{oops"), LIST, "post", 400, "body"
    )
    _problem(api.post("/v2/subscriptions?storefront=de", [BODY]), LIST, "post", 400, "body")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://10.0.0.5/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost:8080/hook",
        "http://[::1]/hook",
        "https://loopback.example.net/hook",  # a public-looking name that resolves to loopback
        "https://mixed.example.net/hook",  # one public and one private address: refused
        "http://192.168.1.10/hook",
        "http://172.16.0.1/hook",
        "http://100.64.0.1/hook",
        "http://0.0.0.0/hook",
        "http://224.0.0.251/hook",
        "http://[fe80::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://2130706433/hook",  # 127.0.0.1 written as one number
    ],
)
def test_callback_urls_on_non_public_addresses_are_refused(
    api: SignedClient, fake_dns: dict[str, list[str]], settings: Any, url: str
) -> None:
    settings.MARKETDESK_WEBHOOK_ALLOW_PRIVATE = False
    fake_dns["loopback.example.net"] = ["127.0.0.1"]
    fake_dns["mixed.example.net"] = ["93.184.215.14", "10.1.2.3"]
    fake_dns["2130706433"] = ["127.0.0.1"]

    body = _problem(
        api.post("/v2/subscriptions?storefront=de", {**BODY, "callback_url": url}), LIST, "post", 400, "callback_url"
    )

    assert "callback_url" in [e["field"] for e in body["errors"]]
    assert not Subscription.objects.exists()


def test_private_addresses_are_allowed_when_the_setting_is_on(api: SignedClient, settings: Any) -> None:
    settings.MARKETDESK_WEBHOOK_ALLOW_PRIVATE = True
    assert _create(api, callback_url="http://127.0.0.1:8099/hook")["callback_url"] == "http://127.0.0.1:8099/hook"


def test_the_same_subscription_twice_is_refused(api: SignedClient, fake_dns: Any) -> None:
    _create(api)
    _problem(api.post("/v2/subscriptions?storefront=de", BODY), LIST, "post", 400, "callback_url")
    assert _create(api, storefront="pl")["storefront"] == "pl"  # another storefront is another subscription
    assert Subscription.objects.count() == 2


# --- list -----------------------------------------------------------------------------------------


def test_list_pages_and_filters(api: SignedClient, fake_dns: Any) -> None:
    first = _create(api)
    _create(api, storefront="pl")
    _create(api, event_name="order_unit_status_changed")
    everywhere = _create(api, event_name="ticket_message_new")
    api.patch(f"/v2/subscriptions/{everywhere['id_subscription']}", {"storefront": None})

    body = assert_wire(api.get("/v2/subscriptions"), LIST, "get")
    assert body["pagination"] == {"offset": 0, "limit": 30, "total": 4}
    assert body["data"][0] == first

    page = assert_wire(api.get("/v2/subscriptions", {"limit": 2, "offset": 1}), LIST, "get")
    assert [s["id_subscription"] for s in page["data"]] == [s["id_subscription"] for s in body["data"][1:3]]
    assert page["pagination"] == {"offset": 1, "limit": 2, "total": 4}

    empty = assert_wire(api.get("/v2/subscriptions", {"limit": 0}), LIST, "get")
    assert empty == {"data": [], "pagination": {"offset": 0, "limit": 0, "total": 4}}

    pl = assert_wire(api.get("/v2/subscriptions", {"storefront": "pl"}), LIST, "get")
    assert {(s["storefront"], s["event_name"]) for s in pl["data"]} == {
        ("pl", "ticket_new"),
        (None, "ticket_message_new"),
    }

    events = assert_wire(api.get("/v2/subscriptions", {"event_name": "order_unit_status_changed"}), LIST, "get")
    assert [s["event_name"] for s in events["data"]] == ["order_unit_status_changed"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"limit": 31}, "limit"),
        ({"limit": -1}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"storefront": "uk"}, "storefront"),
        ({"event_name": "order_exploded"}, "event_name"),
    ],
)
def test_list_refuses_bad_parameters(api: SignedClient, query: dict[str, Any], field: str) -> None:
    _problem(api.get("/v2/subscriptions", query), LIST, "get", 400, field)


def test_list_makes_the_same_number_of_queries_for_1_and_20_rows(api: SignedClient, seller: Actor) -> None:
    assert seller.seller_id is not None

    def queries_for_list() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert_wire(api.get("/v2/subscriptions"), LIST, "get")
        return len(captured)

    Subscription.objects.create(seller_id=seller.seller_id, event_name="ticket_new", callback_url="https://a.example/0")
    queries_for_list()  # the first signed request also records the key's last use
    one = queries_for_list()
    Subscription.objects.bulk_create(
        Subscription(seller_id=seller.seller_id, event_name="ticket_new", callback_url=f"https://a.example/{i}")
        for i in range(1, 20)
    )
    assert queries_for_list() == one


# --- one: get, patch, delete ----------------------------------------------------------------------


def test_get_one(api: SignedClient, fake_dns: Any) -> None:
    created = _create(api)
    body = assert_wire(api.get(f"/v2/subscriptions/{created['id_subscription']}"), ONE, "get")
    assert body == {"data": created}


def test_get_unknown_or_malformed_id(api: SignedClient) -> None:
    response = api.get("/v2/subscriptions/999999")
    assert_wire(response, ONE, "get")
    assert response.status_code == 404
    _problem(api.get("/v2/subscriptions/abc"), ONE, "get", 400, "id_subscription")


def test_patch_changes_only_what_is_sent(api: SignedClient, fake_dns: Any) -> None:
    created = _create(api)
    path = f"/v2/subscriptions/{created['id_subscription']}"

    off = assert_wire(api.patch(path, {"is_active": False}), ONE, "patch")
    assert off["data"] == {**created, "is_active": False}

    moved = assert_wire(
        api.patch(
            path,
            {"storefront": None, "callback_url": "https://beta.example.com/h", "event_name": "ticket_status_changed"},
        ),
        ONE,
        "patch",
    )
    assert moved["data"] == {
        **created,
        "is_active": False,
        "storefront": None,
        "callback_url": "https://beta.example.com/h",
        "event_name": "ticket_status_changed",
    }
    # Clients often send back the whole object they read; the id in it is ignored.
    same = assert_wire(api.patch(path, moved["data"]), ONE, "patch")
    assert same == moved


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"is_active": "yes"}, "is_active"),
        ({"storefront": "uk"}, "storefront"),
        ({"event_name": "nope"}, "event_name"),
        ({"fallback_email": "x@"}, "fallback_email"),
        ({"callback_url": "http://169.254.169.254/"}, "callback_url"),
        ([1, 2], "body"),
    ],
)
def test_patch_validates(api: SignedClient, fake_dns: Any, settings: Any, body: Any, field: str) -> None:
    settings.MARKETDESK_WEBHOOK_ALLOW_PRIVATE = False
    created = _create(api)
    path = f"/v2/subscriptions/{created['id_subscription']}"
    _problem(api.patch(path, body), ONE, "patch", 400, field)
    assert assert_wire(api.get(path), ONE, "get")["data"] == created


def test_delete_answers_204_and_the_subscription_is_gone(api: SignedClient, fake_dns: Any) -> None:
    created = _create(api)
    path = f"/v2/subscriptions/{created['id_subscription']}"

    response = api.delete(path)
    assert_wire(response, ONE, "delete")
    assert response.status_code == 204

    again = api.delete(path)
    assert_wire(again, ONE, "delete")
    assert again.status_code == 404
    assert api.get(path).status_code == 404


# --- two sellers ----------------------------------------------------------------------------------


def test_another_sellers_subscription_does_not_exist_for_you(
    api: SignedClient, api2: SignedClient, fake_dns: Any
) -> None:
    created = _create(api)
    path = f"/v2/subscriptions/{created['id_subscription']}"

    for response, method in [
        (api2.get(path), "get"),
        (api2.patch(path, {"is_active": False, "callback_url": "https://beta.example.com/steal"}), "patch"),
        (api2.delete(path), "delete"),
    ]:
        body = assert_wire(response, ONE, method)
        assert response.status_code == 404, body
    listed = assert_wire(api2.get("/v2/subscriptions"), LIST, "get")
    assert listed == {"data": [], "pagination": {"offset": 0, "limit": 30, "total": 0}}
    assert assert_wire(api.get(path), ONE, "get")["data"] == created


def test_unsigned_requests_are_refused(api: SignedClient) -> None:
    response = api.get("/v2/subscriptions", secret="wrong-secret")
    assert_wire(response, LIST, "get")
    assert response.status_code == 401


# --- the served document --------------------------------------------------------------------------


def test_document_adds_ticket_events_and_describes_webhooks() -> None:
    served = document()
    names = served["components"]["schemas"]["SubscriptionEventName"]
    official = reference()["components"]["schemas"]["SubscriptionEventName"]["enum"]

    assert list(OFFICIAL_EVENTS) == official
    assert names["enum"] == [*official, *EXTENSION_EVENTS]
    assert names["x-marketdesk-extension-values"] == list(EXTENSION_EVENTS)
    assert "Shop-Signature" in served["info"]["description"]
    assert "X-Marketdesk-Delivery" in served["info"]["description"]
    assert set(served["x-marketdesk-webhooks"]) == {*EXTENSION_EVENTS, "order_unit_status_changed"}
    # The reference's own operations are unchanged.
    assert (
        served["paths"]["/subscriptions"]["get"]["parameters"]
        == reference()["paths"]["/subscriptions"]["get"]["parameters"]
    )
