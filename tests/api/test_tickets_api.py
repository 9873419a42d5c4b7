"""Seller API tickets: every endpoint and parameter on the wire, the state changes, files, and two sellers apart."""

from __future__ import annotations

import base64
import datetime as dt
import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.core import signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.orders.models import FulfillmentType, Order, OrderUnitStatus
from marketdesk.policy.models import PolicyCase, PolicyDecision
from marketdesk.sellerapi.files import SALT
from marketdesk.sellerapi.openapi import EXTENSION, document
from marketdesk.tickets import actions
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.attachments import IncomingFile
from marketdesk.tickets.enums import PortalTab, TicketStatus
from marketdesk.tickets.models import Attachment, Ticket, TicketEvent, TicketMessage
from tests.api.conftest import SignedClient, assert_wire
from tests.conftest import T0

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
EXE = b"MZ\x90\x00" + b"\x00" * 64
LIST = "/v2/tickets"
MESSAGES = "/v2/tickets/messages"
KEYS = {
    "id_ticket",
    "ids_order_units",
    "id_buyer",
    "ts_created_iso",
    "ts_updated_iso",
    "status",
    "open_reason",
    "topic",
    "is_seller_responsible",
    "fulfillment_type",
    "messages",
    "order_units",
    "buyer",
    "product",
    "files",
    "storefront",
}


def b64(content: bytes) -> str:
    return base64.b64encode(content).decode()


def detail(t: Ticket | str) -> str:
    return f"/v2/tickets/{t if isinstance(t, str) else t.number}"


def problem(response: Any, path: str, method: str, status: int, problem_type: str, field: str | None = None) -> Any:
    assert response.status_code == status, response.content
    body = assert_wire(response, path, method)
    assert body["type"] == problem_type
    if field is not None:
        assert field in [error["field"] for error in body["errors"]], body
    return body


def ids(body: dict[str, Any]) -> list[str]:
    return [t["id_ticket"] for t in body["data"]]


OpenTicket = Callable[..., Ticket]


@pytest.fixture
def open_ticket(make_order: Callable[..., Order], buyer_user: User, buyer: Actor, now: dt.datetime) -> OpenTicket:
    """A buyer's ticket on a fresh order of `seller_user`, with the given reason/topic/storefront."""

    def make(
        seller_user: User,
        *,
        reason: str = "contact_other",
        topic: str | None = None,
        storefront: str = "de",
        message: str = "Hallo",
    ) -> Ticket:
        order = make_order(seller_user, buyer_user, storefront=storefront)
        return ticket_services.ticket_open(
            actor=buyer, unit_ids=[order.units.get().pk], reason=reason, topic=topic, message=message
        )

    return make


@pytest.fixture
def other_ticket(open_ticket: OpenTicket, seller2_user: User) -> Ticket:
    """seller2's ticket, which seller must never see."""
    return open_ticket(seller2_user, message="Für Beta")


# --- GET /tickets -----------------------------------------------------------------------------------------------


def test_list_returns_only_the_callers_tickets_in_the_envelope(
    api: SignedClient, ticket: Ticket, other_ticket: Ticket
) -> None:
    response = api.get(LIST)
    assert response.status_code == 200
    body = assert_wire(response, "/tickets", "get")
    assert body["pagination"] == {"offset": 0, "limit": 30, "total": 1}
    unit_ids = sorted(ticket.units.values_list("id", flat=True))
    assert body["data"] == [
        {
            "id_ticket": ticket.number,
            "ids_order_units": unit_ids,
            "id_buyer": ticket.buyer_id,
            "ts_created_iso": "2026-03-04T09:00:00Z",
            "ts_updated_iso": "2026-03-04T09:00:00Z",
            "status": "opened",
            "open_reason": "product_defect",
            "topic": "order_product_defect",
            "is_seller_responsible": True,
            "fulfillment_type": "fulfilled_by_merchant",
        }
    ]


def test_two_sellers_asking_the_same_list_in_one_process_each_get_their_own(
    api: SignedClient, api2: SignedClient, ticket: Ticket, other_ticket: Ticket
) -> None:
    # The list's statements are compiled once per shape and process: the second seller's identical request must not
    # run the first seller's statement.
    for _ in range(2):
        for client, own in ((api, ticket), (api2, other_ticket)):
            for query in ({}, {"status": "opened", "storefront": own.storefront_id}):
                body = assert_wire(client.get(LIST, query), "/tickets", "get")
                assert [t["id_ticket"] for t in body["data"]] == [own.number]
                assert body["pagination"]["total"] == 1


def test_list_trailing_slash(api: SignedClient, ticket: Ticket) -> None:
    response = api.get(LIST + "/")
    assert response.status_code == 200
    assert ids(assert_wire(response, "/tickets", "get")) == [ticket.number]


@pytest.fixture
def three(open_ticket: OpenTicket, seller_user: User, seller: Actor, agent: Actor) -> dict[str, Ticket]:
    """Three of seller's tickets an hour apart, different in every filterable field."""
    a = open_ticket(seller_user, reason="product_defect", topic="issue_paypal", storefront="de")
    clock.set_now(T0 + dt.timedelta(hours=1))
    b = open_ticket(seller_user, reason="product_return", topic="return_request_label", storefront="cz")
    clock.set_now(T0 + dt.timedelta(hours=2))
    c = open_ticket(seller_user, reason="contact_other", topic=None, storefront="pl")
    clock.set_now(T0 + dt.timedelta(hours=3))
    ticket_services.ticket_close(actor=seller, ticket=b)  # b: seller_closed, updated last
    return {"a": a, "b": b, "c": c}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, "cba"),
        ({"sort": "ts_created_iso:desc"}, "cba"),
        ({"sort": "ts_updated_iso:desc"}, "bca"),
        ({"status": "opened"}, "ca"),
        ({"status": ["seller_closed", "opened"]}, "cba"),
        ({"status": "seller_closed,buyer_closed"}, "b"),
        ({"open_reason": "product_return"}, "b"),
        ({"open_reason": ["product_defect", "contact_other"]}, "ca"),
        ({"open_reason": "product_defect,contact_other"}, "ca"),
        ({"topic": "issue_paypal"}, "a"),
        ({"topic": ["issue_paypal", "return_request_label"]}, "ba"),
        ({"topic": "issue_paypal,return_request_label"}, "ba"),
        ({"storefront": "cz"}, "b"),
        ({"storefront": ["de", "pl"]}, "ca"),
        ({"storefront": "de,pl"}, "ca"),
        ({"ts_created_from_iso": "2026-03-04T10:00:00Z"}, "cb"),
        ({"ts_created_from_iso": "2026-03-04T11:00:00+00:00"}, "c"),
        ({"ts_updated_from_iso": "2026-03-04T12:00:00Z"}, "b"),
        ({"fulfillment_type": "fulfilled_by_merchant"}, "cba"),
        ({"fulfillment_type": "fulfilled_by_kaufland"}, ""),
        ({"limit": 2}, "cb"),
        ({"limit": 2, "offset": 2}, "a"),
        ({"offset": 3}, ""),
    ],
)
def test_list_filters_sorts_and_pages(
    api: SignedClient, three: dict[str, Ticket], query: dict[str, Any], expected: str
) -> None:
    response = api.get(LIST, query)
    assert response.status_code == 200, response.content
    body = assert_wire(response, "/tickets", "get")
    assert ids(body) == [three[name].number for name in expected]
    assert body["pagination"]["total"] == (3 if set(query) <= {"limit", "offset", "sort"} else len(expected))
    assert body["pagination"]["limit"] == query.get("limit", 30)
    assert body["pagination"]["offset"] == query.get("offset", 0)


def test_list_by_buyer(
    api: SignedClient,
    make_order: Callable[..., Order],
    seller_user: User,
    buyer2_user: User,
    buyer2: Actor,
    ticket: Ticket,
) -> None:
    order = make_order(seller_user, buyer2_user)
    theirs = ticket_services.ticket_open(
        actor=buyer2, unit_ids=[order.units.get().pk], reason="contact_other", message="Dobrý den"
    )
    for buyer_id, expected in ((ticket.buyer_id, [ticket.number]), (theirs.buyer_id, [theirs.number]), (1, [])):
        response = api.get(LIST, {"id_buyer": buyer_id})
        assert ids(assert_wire(response, "/tickets", "get")) == expected


def test_list_by_order_number_extension(
    api: SignedClient, ticket: Ticket, open_ticket: OpenTicket, seller_user: User, other_ticket: Ticket
) -> None:
    open_ticket(seller_user)
    response = api.get(LIST, {"id_order": ticket.order.id_order})
    assert ids(assert_wire(response, "/tickets", "get")) == [ticket.number]
    # Another seller's order number finds nothing, not their ticket.
    response = api.get(LIST, {"id_order": other_ticket.order.id_order})
    assert assert_wire(response, "/tickets", "get")["data"] == []
    parameter = next(p for p in document()["paths"]["/tickets"]["get"]["parameters"] if p["name"] == "id_order")
    assert parameter[EXTENSION] is True


def test_fulfilled_by_kaufland_tickets_only_when_asked(api: SignedClient, ticket: Ticket) -> None:
    Order.objects.filter(pk=ticket.order_id).update(fulfillment_type=FulfillmentType.KAUFLAND)
    Ticket.objects.filter(pk=ticket.pk).update(fulfillment_type=FulfillmentType.KAUFLAND)
    assert assert_wire(api.get(LIST), "/tickets", "get")["data"] == []
    response = api.get(LIST, {"fulfillment_type": ["fulfilled_by_kaufland", "fulfilled_by_merchant"]})
    body = assert_wire(response, "/tickets", "get")
    assert [t["fulfillment_type"] for t in body["data"]] == ["fulfilled_by_kaufland"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("limit", "0"),
        ("limit", "31"),
        ("limit", "ten"),
        ("offset", "-1"),
        ("offset", "x"),
        ("sort", "ts_created_iso:asc"),
        ("status", "open"),
        ("status", "opened,closed"),
        ("open_reason", "other"),
        ("topic", "nonsense"),
        ("storefront", "uk"),
        ("storefront", "DE"),
        ("fulfillment_type", "fbk"),
        ("id_buyer", "abc"),
        ("id_buyer", str(2**63)),
        ("ts_created_from_iso", "yesterday"),
        ("ts_updated_from_iso", "2026-13-01T00:00:00Z"),
    ],
)
def test_list_refuses_bad_parameters_naming_them(api: SignedClient, ticket: Ticket, field: str, value: str) -> None:
    problem(api.get(LIST, {field: value}), "/tickets", "get", 400, "/problems/validation-error", field)


def test_list_query_count_does_not_grow_with_the_page(
    api: SignedClient, open_ticket: OpenTicket, seller_user: User
) -> None:
    open_ticket(seller_user)
    api.get(LIST)  # the key's last use is recorded once a minute: keep that write out of both counts
    with CaptureQueriesContext(connection) as one:
        assert len(assert_wire(api.get(LIST), "/tickets", "get")["data"]) == 1
    for _ in range(19):
        open_ticket(seller_user)
    with CaptureQueriesContext(connection) as twenty:
        assert len(assert_wire(api.get(LIST), "/tickets", "get")["data"]) == 20
    assert len(twenty.captured_queries) == len(one.captured_queries)


# --- GET /tickets/{id_ticket} -----------------------------------------------------------------------------------


def test_detail_without_embedded_has_every_key_empty(api: SignedClient, ticket: Ticket) -> None:
    response = api.get(detail(ticket))
    assert response.status_code == 200
    data = assert_wire(response, "/tickets/{id_ticket}", "get")["data"]
    assert set(data) == KEYS
    assert data["id_ticket"] == ticket.number
    assert (data["messages"], data["order_units"], data["files"]) == ([], [], [])
    assert (data["buyer"], data["product"]) == (None, None)
    assert data["storefront"] == "de"


@pytest.fixture
def conversation(ticket: Ticket, seller: Actor, buyer: Actor) -> Ticket:
    """The buyer's opening message with a photo, an internal note with a PDF, the seller's answer."""
    ticket_services.message_post(
        actor=buyer, ticket=ticket, text="Foto anbei", files=[IncomingFile("kaputt.png", PNG, "image/png")]
    )
    ticket_services.message_post(
        actor=seller,
        ticket=ticket,
        text="Intern: Kulanz prüfen",
        internal=True,
        files=[IncomingFile("intern.pdf", PDF, "application/pdf")],
    )
    ticket_services.message_post(actor=seller, ticket=ticket, text="Wir senden Ersatz.")
    return ticket


@pytest.mark.parametrize(
    "query",
    [
        "embedded=buyer,messages,files",
        "embedded=buyer%2Cmessages%2Cfiles",
        "embedded=buyer&embedded=messages&embedded=files",
    ],
    ids=["comma", "encoded-comma", "repeated"],
)
def test_detail_embeds_buyer_messages_and_files(api: SignedClient, conversation: Ticket, query: str) -> None:
    ticket = conversation
    response = api.get(detail(ticket), query)
    assert response.status_code == 200
    data = assert_wire(response, "/tickets/{id_ticket}", "get")["data"]
    assert set(data) == KEYS
    assert data["buyer"] == {"id_buyer": ticket.buyer_id, "email": "anna@example.com"}
    # The internal note and its file stay inside.
    assert [(m["author"]["role"], m["text"]) for m in data["messages"]] == [
        ("buyer", "Das Gerät lässt sich nicht einschalten."),
        ("buyer", "Foto anbei"),
        ("seller", "Wir senden Ersatz."),
    ]
    assert data["messages"][2]["author"]["name"] == "alpha"  # written in the portal by the user alpha
    assert all(m["id_ticket"] == ticket.number for m in data["messages"])
    assert [f["filename"] for f in data["files"]] == ["kaputt.png"]
    assert data["files"][0]["ts_created_iso"] == "2026-03-04T09:00:00Z"
    assert data["files"][0]["uri"].startswith("http://testserver/v2/files/")
    assert (data["order_units"], data["product"]) == ([], None)


@pytest.mark.parametrize("query", ["embedded=product,order_units", "embedded=product&embedded=order_units"])
def test_detail_embeds_product_and_order_units(api: SignedClient, conversation: Ticket, query: str) -> None:
    ticket = conversation
    response = api.get(detail(ticket), query)
    assert response.status_code == 200
    data = assert_wire(response, "/tickets/{id_ticket}", "get")["data"]
    unit = ticket.units.get()
    assert data["product"]["title"] == unit.product_title
    assert data["product"]["storefront"] == "de"
    assert [u["id_order_unit"] for u in data["order_units"]] == [unit.pk] == data["ids_order_units"]
    assert data["order_units"][0]["id_order"] == ticket.order.id_order
    assert (data["messages"], data["files"], data["buyer"]) == ([], [], None)


def test_detail_product_is_the_first_units_and_every_unit_is_listed(
    api: SignedClient, make_order: Callable[..., Order], seller_user: User, buyer_user: User, buyer: Actor, now: Any
) -> None:
    order = make_order(
        seller_user,
        buyer_user,
        storefront="cz",
        units=[(1000, 0, OrderUnitStatus.SENT), (2000, 0, OrderUnitStatus.SENT), (3000, 0, OrderUnitStatus.SENT)],
    )
    units = sorted(order.units.all(), key=lambda unit: unit.pk)
    ticket = ticket_services.ticket_open(
        actor=buyer, unit_ids=[u.pk for u in reversed(units)], reason="product_return", message="Zurück"
    )
    everything = "embedded=buyer,product,messages,order_units,files"
    data = assert_wire(api.get(detail(ticket), everything), "/tickets/{id_ticket}", "get")["data"]
    assert data["storefront"] == "cz"
    assert data["ids_order_units"] == [u["id_order_unit"] for u in data["order_units"]] == [u.pk for u in units]
    assert data["product"]["title"] == units[0].product_title
    assert [u["currency"] for u in data["order_units"]] == ["CZK"] * 3


def test_detail_query_count_does_not_grow_with_messages_and_files(
    api: SignedClient, ticket: Ticket, seller: Actor
) -> None:
    query = {"embedded": "buyer,messages,files"}
    api.get(detail(ticket), query)  # the key's last use is recorded once a minute: keep that write out of both counts
    with CaptureQueriesContext(connection) as few:
        assert_wire(api.get(detail(ticket), query), "/tickets/{id_ticket}", "get")
    for i in range(10):
        files = [IncomingFile(f"{i}.png", PNG, "image/png"), IncomingFile(f"{i}.pdf", PDF, "application/pdf")]
        ticket_services.message_post(actor=seller, ticket=ticket, text=f"Antwort {i}", files=files)
    with CaptureQueriesContext(connection) as many:
        data = assert_wire(api.get(detail(ticket), query), "/tickets/{id_ticket}", "get")["data"]
    assert (len(data["messages"]), len(data["files"])) == (11, 20)
    assert len(many.captured_queries) == len(few.captured_queries)


def test_detail_embeds_only_what_is_asked(api: SignedClient, conversation: Ticket) -> None:
    data = assert_wire(api.get(detail(conversation), {"embedded": "messages"}), "/tickets/{id_ticket}", "get")["data"]
    assert len(data["messages"]) == 3
    assert (data["order_units"], data["files"], data["buyer"], data["product"]) == ([], [], None, None)


def test_detail_trailing_slash(api: SignedClient, ticket: Ticket) -> None:
    response = api.get(detail(ticket) + "/")
    assert assert_wire(response, "/tickets/{id_ticket}", "get")["data"]["id_ticket"] == ticket.number


def test_detail_refuses_unknown_embeds(api: SignedClient, ticket: Ticket) -> None:
    response = api.get(detail(ticket), {"embedded": "messages,events"})
    problem(response, "/tickets/{id_ticket}", "get", 400, "/problems/validation-error", "embedded")


@pytest.mark.parametrize("number", ["00199999999", "0011234", "12345678901", "abc"])
def test_detail_of_unknown_numbers_is_not_found(api: SignedClient, ticket: Ticket, number: str) -> None:
    problem(api.get(detail(number)), "/tickets/{id_ticket}", "get", 404, "/problems/not-found")


# --- files ------------------------------------------------------------------------------------------------------


def _file_uri(api: SignedClient, ticket: Ticket) -> str:
    data = assert_wire(api.get(detail(ticket), {"embedded": "files"}), "/tickets/{id_ticket}", "get")["data"]
    uri: str = data["files"][0]["uri"]
    return uri


def test_a_file_uploaded_as_base64_downloads_from_its_uri_without_signature(api: SignedClient, ticket: Ticket) -> None:
    body = {
        "text": "Anbei das Rücksendeetikett.",
        "ticket_message_files": [{"filename": "label.pdf", "mime_type": "application/pdf", "data": b64(PDF)}],
    }
    response = api.post(detail(ticket) + "/messages", body)
    assert response.status_code == 201
    assert_wire(response, "/tickets/{id_ticket}/messages", "post")
    uri = _file_uri(api, ticket)
    download = Client().get(urlsplit(uri).path)  # no Shop-* headers
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF  # type: ignore[attr-defined]
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;") and "label.pdf" in download["Content-Disposition"]
    assert download["X-Content-Type-Options"] == "nosniff"


def test_a_data_url_is_accepted(api: SignedClient, ticket: Ticket) -> None:
    body = {
        "text": "Foto",
        "ticket_message_files": [
            {"filename": "foto.png", "mime_type": "image/png", "data": "data:image/png;base64," + b64(PNG)}
        ],
    }
    assert_wire(api.post(detail(ticket) + "/messages", body), "/tickets/{id_ticket}/messages", "post")
    attachment = Attachment.objects.get()
    assert (attachment.filename, attachment.mime_type, attachment.file.read()) == ("foto.png", "image/png", PNG)


def test_a_tampered_or_expired_file_link_is_not_found(
    api: SignedClient, conversation: Ticket, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = urlsplit(_file_uri(api, conversation)).path
    token = path.rsplit("/", 1)[1]
    tampered = path[:-1] + ("A" if path[-1] != "A" else "B")
    for bad in (tampered, "/v2/files/" + token.split(":")[0], "/v2/files/nothing"):
        response = Client().get(bad)
        assert response.status_code == 404
        assert json.loads(response.content)["type"] == "/problems/not-found"
    assert Client().get(path).status_code == 200
    eight_days = dt.timedelta(days=8).total_seconds()
    real_time = time.time
    monkeypatch.setattr("django.core.signing.time.time", lambda: real_time() + eight_days)
    assert Client().get(path).status_code == 404


def test_file_uri_uses_the_public_base_url(api: SignedClient, conversation: Ticket, settings: Any) -> None:
    settings.SELLER_API_PUBLIC_BASE_URL = "https://api.marketdesk.example"
    path = detail(conversation)
    response = api.get(path, {"embedded": "files"}, sign_url=f"https://api.marketdesk.example{path}?embedded=files")
    uri = assert_wire(response, "/tickets/{id_ticket}", "get")["data"]["files"][0]["uri"]
    assert uri.startswith("https://api.marketdesk.example/v2/files/")
    assert Client().get(urlsplit(uri).path).status_code == 200


def test_file_links_cannot_be_guessed_from_each_other(api: SignedClient, conversation: Ticket, buyer: Actor) -> None:
    ticket_services.message_post(
        actor=buyer, ticket=conversation, text="Noch eins", files=[IncomingFile("zwei.png", PNG, "image/png")]
    )
    data = assert_wire(api.get(detail(conversation), {"embedded": "files"}), "/tickets/{id_ticket}", "get")["data"]
    first, second = (urlsplit(f["uri"]).path for f in data["files"])
    public = [a.pk for a in Attachment.objects.filter(message__is_internal=False).order_by("id")]
    assert not first.endswith(f"/{public[0]}") and not second.endswith(f"/{public[1]}")
    assert first.rsplit(":", 1)[1] != second.rsplit(":", 1)[1]
    # A link for the internal note's file, made without the server's secret and salt, opens nothing.
    internal = Attachment.objects.get(message__is_internal=True)
    for forged in (signing.dumps(internal.pk, salt="guess"), signing.dumps(internal.pk, key="guess", salt=SALT)):
        assert Client().get(f"/v2/files/{forged}").status_code == 404
    # Even a correctly signed token never serves an internal note's file.
    assert Client().get(f"/v2/files/{signing.dumps(internal.pk, salt=SALT)}").status_code == 404


# --- POST /tickets ----------------------------------------------------------------------------------------------


def test_seller_opens_a_ticket(api: SignedClient, order: Order, now: dt.datetime) -> None:
    unit_ids = sorted(order.units.values_list("id", flat=True))
    body = {"id_order_unit": unit_ids, "reason": "product_not_delivered", "message": "Die Sendung ist verzögert."}
    response = api.post(LIST, body)
    assert response.status_code == 201
    number = assert_wire(response, "/tickets", "post")["data"]["id_ticket"]
    assert response["Location"] == f"/v2/tickets/{number}"
    created = Ticket.objects.get(number=number)
    assert sorted(created.units.values_list("id", flat=True)) == unit_ids
    assert (created.open_reason, created.is_seller_responsible) == ("product_not_delivered", False)
    first = created.messages.get()
    assert (first.author_role, first.author_name) == ("seller", "Alpha Elektro GmbH")
    assert assert_wire(api.get(response["Location"]), "/tickets/{id_ticket}", "get")["data"]["id_ticket"] == number


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"reason": "product_defect", "message": "x"}, "id_order_unit"),
        ({"id_order_unit": [], "reason": "product_defect", "message": "x"}, "id_order_unit"),
        ({"id_order_unit": [0], "reason": "product_defect", "message": "x"}, "id_order_unit.0"),
        ({"id_order_unit": ["1"], "reason": "product_defect", "message": "x"}, "id_order_unit.0"),
        ({"id_order_unit": [2**63], "reason": "product_defect", "message": "x"}, "id_order_unit.0"),
        ({"id_order_unit": 5, "reason": "product_defect", "message": "x"}, "id_order_unit"),
        ({"id_order_unit": "UNIT", "reason": "nonsense", "message": "x"}, "reason"),
        ("UNIT", "reason"),
        ({"id_order_unit": "UNIT", "message": "x"}, "reason"),
        ({"id_order_unit": "UNIT", "reason": "product_defect", "message": ""}, "message"),
        ({"id_order_unit": "UNIT", "reason": "product_defect"}, "message"),
        ({"id_order_unit": "UNIT", "reason": "product_defect", "message": "x", "topic": "fraud"}, "topic"),
        ([], "body"),
    ],
)
def test_open_refuses_invalid_bodies(api: SignedClient, order: Order, body: Any, field: str) -> None:
    unit = order.units.first()
    assert unit is not None
    if body == "UNIT":
        body = {"id_order_unit": [unit.pk], "reason": "other", "message": "x"}
    elif isinstance(body, dict) and body.get("id_order_unit") == "UNIT":
        body = {**body, "id_order_unit": [unit.pk]}
    problem(api.post(LIST, body), "/tickets", "post", 400, "/problems/validation-error", field)
    assert not Ticket.objects.exists()


def test_open_refuses_broken_json(api: SignedClient, order: Order) -> None:
    response = api.request("POST", LIST, raw_body='{"id_order_unit": [')
    problem(response, "/tickets", "post", 400, "/problems/validation-error", "body")


def test_open_on_another_sellers_unit_is_not_found(
    api: SignedClient, api2: SignedClient, order: Order, now: dt.datetime
) -> None:
    body = {"id_order_unit": [order.units.order_by("id")[0].pk], "reason": "contact_other", "message": "Hallo"}
    problem(api2.post(LIST, body), "/tickets", "post", 404, "/problems/not-found", "id_order_unit")
    problem(api.post(LIST, {**body, "id_order_unit": [123]}), "/tickets", "post", 404, "/problems/not-found")
    assert not Ticket.objects.exists()


# --- PATCH /tickets/{id_ticket}/close ---------------------------------------------------------------------------

CLOSE = "/tickets/{id_ticket}/close"


def test_close_then_closing_again_is_not_allowed(api: SignedClient, ticket: Ticket) -> None:
    response = api.patch(detail(ticket) + "/close")
    assert response.status_code == 204
    assert_wire(response, CLOSE, "patch")
    ticket.refresh_from_db()
    assert (ticket.status, ticket.portal_tab) == (TicketStatus.SELLER_CLOSED, PortalTab.CLOSED)
    problem(api.patch(detail(ticket) + "/close"), CLOSE, "patch", 403, "/problems/action-not-allowed")
    assert "403" in document()["paths"][CLOSE]["patch"]["responses"]


def test_close_after_the_buyer_closed_is_both_closed(api: SignedClient, ticket: Ticket, buyer: Actor) -> None:
    ticket_services.ticket_close(actor=buyer, ticket=ticket)
    assert_wire(api.patch(detail(ticket) + "/close/"), CLOSE, "patch")
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.BOTH_CLOSED


def test_close_finally_closed_is_forbidden(api: SignedClient, ticket: Ticket, agent: Actor) -> None:
    ticket_services.ticket_close(actor=agent, ticket=ticket, final=True)
    problem(api.patch(detail(ticket) + "/close"), CLOSE, "patch", 403, "/problems/tickets/finally-closed")


def test_close_while_customer_service_holds_it_is_forbidden(api: SignedClient, ticket: Ticket, seller: Actor) -> None:
    actions.ticket_notify_customer_service(actor=seller, ticket=ticket, reason="cannot_help_further", note="Bitte")
    problem(api.patch(detail(ticket) + "/close"), CLOSE, "patch", 403, "/problems/tickets/non-closable-by-seller")
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.OPENED


# --- POST /tickets/{id_ticket}/messages -------------------------------------------------------------------------

POST_MESSAGE = "/tickets/{id_ticket}/messages"


def test_a_seller_message_moves_the_ticket_to_waiting(api: SignedClient, ticket: Ticket) -> None:
    assert ticket.portal_tab == PortalTab.OPEN
    response = api.post(detail(ticket) + "/messages", {"text": "Wir prüfen das.", "interim_notice": False})
    assert response.status_code == 201
    assert_wire(response, POST_MESSAGE, "post")
    ticket.refresh_from_db()
    assert (ticket.is_seller_responsible, ticket.portal_tab, ticket.deadline_at) == (False, PortalTab.WAITING, None)
    message = ticket.messages.order_by("id").last()
    assert message is not None
    assert (message.author_role, message.author_name, message.is_internal) == (
        "seller",
        "Alpha Elektro GmbH",
        False,
    )


def test_a_message_reopens_a_ticket_closed_by_the_seller(api: SignedClient, ticket: Ticket, seller: Actor) -> None:
    ticket_services.ticket_close(actor=seller, ticket=ticket)
    assert_wire(api.post(detail(ticket) + "/messages/", {"text": "Doch noch etwas."}), POST_MESSAGE, "post")
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.OPENED


def test_interim_notice_is_an_internal_note(api: SignedClient, ticket: Ticket) -> None:
    response = api.post(detail(ticket) + "/messages", {"text": "Nur intern", "interim_notice": True})
    assert_wire(response, POST_MESSAGE, "post")
    note = TicketMessage.objects.get(text="Nur intern")
    assert note.is_internal
    ticket.refresh_from_db()
    assert ticket.portal_tab == PortalTab.OPEN  # a note is no answer
    data = assert_wire(api.get(detail(ticket), {"embedded": "messages"}), "/tickets/{id_ticket}", "get")["data"]
    assert "Nur intern" not in [m["text"] for m in data["messages"]]
    assert "Nur intern" not in [m["text"] for m in assert_wire(api.get(MESSAGES), "/tickets/messages", "get")["data"]]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "x" * 65536}, "text"),
        ({"text": 5}, "text"),
        ({"text": "Hallo", "interim_notice": "yes"}, "interim_notice"),
        ({"text": "Hallo", "internal": True}, "internal"),
        (
            {"text": "Hallo", "ticket_message_files": [{"filename": "a.png", "data": "AA=="}]},
            "ticket_message_files.0.mime_type",
        ),
        (
            {
                "text": "Hallo",
                "ticket_message_files": [{"filename": "a.png", "mime_type": "image/png", "data": "", "x": 1}],
            },
            "ticket_message_files.0.x",
        ),
    ],
)
def test_message_refuses_invalid_bodies(api: SignedClient, ticket: Ticket, body: Any, field: str) -> None:
    before = ticket.messages.count()
    problem(
        api.post(detail(ticket) + "/messages", body), POST_MESSAGE, "post", 400, "/problems/validation-error", field
    )
    assert ticket.messages.count() == before


def test_the_longest_message_is_accepted(api: SignedClient, ticket: Ticket) -> None:
    assert_wire(api.post(detail(ticket) + "/messages", {"text": "x" * 65535}), POST_MESSAGE, "post")


@pytest.mark.parametrize(
    ("files", "field"),
    [
        ([{"filename": "a.png", "mime_type": "image/png", "data": "not base64!"}], "ticket_message_files.0.data"),
        (
            [
                {"filename": "a.png", "mime_type": "image/png", "data": b64(PNG)},
                {"filename": "b.png", "mime_type": "image/png", "data": "data:image/png;base64,@@@"},
            ],
            "ticket_message_files.1.data",
        ),
        (
            [{"filename": "a.png", "mime_type": "image/png", "data": "data:image/png," + b64(PNG)}],
            "ticket_message_files.0.data",
        ),
        ([{"filename": "tool.exe", "mime_type": "application/octet-stream", "data": b64(EXE)}], "ticket_message_files"),
        ([{"filename": "photo.png", "mime_type": "image/png", "data": b64(EXE)}], "ticket_message_files"),
        ([{"filename": "empty.png", "mime_type": "image/png", "data": ""}], "ticket_message_files"),
        (
            [{"filename": "big.png", "mime_type": "image/png", "data": b64(PNG + b"\x00" * 2000)}],
            "ticket_message_files",
        ),
    ],
    ids=["bad-base64", "second-bad", "data-url-not-base64", "exe", "exe-named-png", "empty", "too-big"],
)
def test_files_that_fail_are_an_upload_failure(
    api: SignedClient, ticket: Ticket, settings: Any, files: list[dict[str, str]], field: str
) -> None:
    settings.ATTACHMENT_MAX_BYTES = 1024
    before = ticket.messages.count()
    response = api.post(detail(ticket) + "/messages", {"text": "Datei", "ticket_message_files": files})
    problem(response, POST_MESSAGE, "post", 400, "/problems/tickets/attachments-upload-failure", field)
    assert ticket.messages.count() == before
    assert not Attachment.objects.exists()


def test_too_many_files_are_an_upload_failure(api: SignedClient, ticket: Ticket, settings: Any) -> None:
    settings.ATTACHMENT_MAX_COUNT = 2
    files = [{"filename": f"{i}.png", "mime_type": "image/png", "data": b64(PNG)} for i in range(3)]
    response = api.post(detail(ticket) + "/messages", {"text": "Dateien", "ticket_message_files": files})
    problem(response, POST_MESSAGE, "post", 400, "/problems/tickets/attachments-upload-failure", "ticket_message_files")


def test_a_finally_closed_ticket_takes_no_message(api: SignedClient, ticket: Ticket, agent: Actor) -> None:
    ticket_services.ticket_close(actor=agent, ticket=ticket, final=True)
    response = api.post(detail(ticket) + "/messages", {"text": "Hallo?"})
    problem(response, POST_MESSAGE, "post", 403, "/problems/tickets/finally-closed")
    assert "403" in document()["paths"][POST_MESSAGE]["post"]["responses"]


# --- GET /tickets/messages --------------------------------------------------------------------------------------


@pytest.fixture
def chat(ticket: Ticket, seller: Actor, buyer: Actor, other_ticket: Ticket) -> list[str]:
    """Texts of seller's visible messages, oldest first, a minute apart (plus a note and seller2's messages)."""
    texts = ["Das Gerät lässt sich nicht einschalten."]
    for minute, (actor, text, internal) in enumerate(
        [(seller, "Bitte ein Foto.", False), (seller, "Notiz", True), (buyer, "Hier das Foto.", False)], start=1
    ):
        clock.set_now(T0 + dt.timedelta(minutes=minute))
        ticket_services.message_post(actor=actor, ticket=ticket, text=text, internal=internal)
        if not internal:
            texts.append(text)
    return texts


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, [2, 1, 0]),
        ({"sort": "ts_created_iso:desc"}, [2, 1, 0]),
        ({"sort": "ts_created_iso:asc"}, [0, 1, 2]),
        ({"ts_created_from_iso": "2026-03-04T09:01:00Z"}, [2, 1]),
        ({"ts_created_from_iso": "2026-03-04T09:02:00Z"}, [2]),
        ({"limit": 1}, [2]),
        ({"limit": 2, "offset": 1, "sort": "ts_created_iso:asc"}, [1, 2]),
        ({"offset": 10}, []),
        ({"fulfillment_type": "fulfilled_by_kaufland"}, []),
        ({"fulfillment_type": ["fulfilled_by_kaufland", "fulfilled_by_merchant"]}, [2, 1, 0]),
        ({"fulfillment_type": "fulfilled_by_kaufland,fulfilled_by_merchant"}, [2, 1, 0]),
    ],
)
def test_list_messages(
    api: SignedClient, chat: list[str], ticket: Ticket, query: dict[str, Any], expected: list[int]
) -> None:
    response = api.get(MESSAGES, query)
    assert response.status_code == 200, response.content
    body = assert_wire(response, "/tickets/messages", "get")
    assert [m["text"] for m in body["data"]] == [chat[i] for i in expected]
    assert all(m["id_ticket"] == ticket.number for m in body["data"])
    assert body["pagination"]["limit"] == query.get("limit", 30)
    assert body["pagination"]["offset"] == query.get("offset", 0)
    filtered = "ts_created_from_iso" in query or "fulfillment_type" in query
    assert body["pagination"]["total"] == (len(expected) if filtered else 3)


def test_list_messages_shape_and_trailing_slash(api: SignedClient, chat: list[str], ticket: Ticket) -> None:
    body = assert_wire(api.get(MESSAGES + "/", {"limit": 1, "sort": "ts_created_iso:asc"}), "/tickets/messages", "get")
    first = ticket.messages.order_by("id").first()
    assert first is not None
    assert body["data"] == [
        {
            "id_ticket_message": first.pk,
            "id_ticket": ticket.number,
            "author": {"role": "buyer", "name": "Anna Becker"},
            "text": chat[0],
            "ts_created_iso": "2026-03-04T09:00:00Z",
        }
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("limit", "0"),
        ("limit", "31"),
        ("offset", "-5"),
        ("sort", "ts_updated_iso:desc"),
        ("ts_created_from_iso", "gestern"),
        ("fulfillment_type", "merchant"),
    ],
)
def test_list_messages_refuses_bad_parameters(api: SignedClient, field: str, value: str) -> None:
    problem(api.get(MESSAGES, {field: value}), "/tickets/messages", "get", 400, "/problems/validation-error", field)


def test_list_messages_query_count_does_not_grow(api: SignedClient, ticket: Ticket, seller: Actor) -> None:
    api.get(MESSAGES)  # the key's last use is recorded once a minute: keep that write out of both counts
    with CaptureQueriesContext(connection) as one:
        assert len(assert_wire(api.get(MESSAGES), "/tickets/messages", "get")["data"]) == 1
    for i in range(19):
        ticket_services.message_post(actor=seller, ticket=ticket, text=f"Antwort {i}")
    with CaptureQueriesContext(connection) as twenty:
        assert len(assert_wire(api.get(MESSAGES), "/tickets/messages", "get")["data"]) == 20
    assert len(twenty.captured_queries) == len(one.captured_queries)


# --- POST /tickets/{id_ticket}/notify-customer-service (extension) ----------------------------------------------

NOTIFY = "/tickets/{id_ticket}/notify-customer-service"


def test_notify_customer_service_hands_the_ticket_over(api: SignedClient, ticket: Ticket) -> None:
    body = {"reason": "payment_provider", "note": "Es geht um eine Klarna-Zahlung."}
    response = api.post(detail(ticket) + "/notify-customer-service", body)
    assert response.status_code == 204
    assert_wire(response, NOTIFY, "post")
    ticket.refresh_from_db()
    assert (ticket.held_by_cs, ticket.cs_reason, ticket.portal_tab) == (True, "payment_provider", PortalTab.WAITING)
    assert (ticket.is_seller_responsible, ticket.deadline_at) == (False, None)
    # The note is for customer service; the seller's API view shows only the public system message.
    texts = [m["text"] for m in assert_wire(api.get(MESSAGES), "/tickets/messages", "get")["data"]]
    assert body["note"] not in texts
    again = api.post(detail(ticket) + "/notify-customer-service", body)
    problem(again, NOTIFY, "post", 403, "/problems/tickets/internal-action-restriction")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"reason": "bored", "note": "x"}, "reason"),
        ({"note": "x"}, "reason"),
        ({"reason": "cannot_help_further"}, "note"),
        ({"reason": "cannot_help_further", "note": ""}, "note"),
        ({"reason": "cannot_help_further", "note": "  "}, "note"),
        ({"reason": "cannot_help_further", "note": "x" * 2001}, "note"),
        ({"reason": "cannot_help_further", "note": "x", "urgent": True}, "urgent"),
    ],
)
def test_notify_refuses_invalid_bodies(api: SignedClient, ticket: Ticket, body: dict[str, Any], field: str) -> None:
    response = api.post(detail(ticket) + "/notify-customer-service", body)
    problem(response, NOTIFY, "post", 400, "/problems/validation-error", field)
    ticket.refresh_from_db()
    assert not ticket.held_by_cs


def test_notify_on_closed_tickets_is_forbidden(api: SignedClient, ticket: Ticket, seller: Actor, agent: Actor) -> None:
    body = {"reason": "cannot_help_further", "note": "Bitte übernehmen"}
    ticket_services.ticket_close(actor=seller, ticket=ticket)
    problem(
        api.post(detail(ticket) + "/notify-customer-service", body), NOTIFY, "post", 403, "/problems/action-not-allowed"
    )
    ticket_services.ticket_close(actor=agent, ticket=ticket, final=True)
    problem(
        api.post(detail(ticket) + "/notify-customer-service", body),
        NOTIFY,
        "post",
        403,
        "/problems/tickets/finally-closed",
    )


def test_notify_is_documented_as_an_extension() -> None:
    operation = document()["paths"][NOTIFY]["post"]
    assert operation[EXTENSION] is True
    assert set(operation["responses"]) >= {"204", "400", "401", "403", "404"}
    schema = document()["components"]["schemas"]["NotifyCustomerServiceRequest"]
    assert operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/NotifyCustomerServiceRequest"
    )
    assert schema["required"] == ["reason", "note"] and schema["additionalProperties"] is False
    enum = document()["components"]["schemas"]["NotifyReason"]["enum"]
    assert "cannot_help_further" in enum and "payment_provider" in enum


# --- two sellers ------------------------------------------------------------------------------------------------


def _state(t: Ticket) -> tuple[Any, ...]:
    t.refresh_from_db()
    return (t.status, t.is_seller_responsible, t.held_by_cs, t.updated_at, t.messages.count(), t.events.count())


def test_another_sellers_key_reaches_none_of_the_tickets_urls(api2: SignedClient, conversation: Ticket) -> None:
    ticket = conversation
    before = _state(ticket)
    events = TicketEvent.objects.count()
    url = detail(ticket)
    problem(
        api2.get(url, {"embedded": "buyer,messages,files"}), "/tickets/{id_ticket}", "get", 404, "/problems/not-found"
    )
    problem(api2.get(url + "/"), "/tickets/{id_ticket}", "get", 404, "/problems/not-found")
    problem(api2.patch(url + "/close"), CLOSE, "patch", 404, "/problems/not-found")
    files = [{"filename": "x.png", "mime_type": "image/png", "data": b64(PNG)}]
    message = {"text": "Fremd", "ticket_message_files": files}
    problem(api2.post(url + "/messages", message), POST_MESSAGE, "post", 404, "/problems/not-found")
    problem(
        api2.post(url + "/messages", {"text": "Fremd", "interim_notice": True}),
        POST_MESSAGE,
        "post",
        404,
        "/problems/not-found",
    )
    notify = {"reason": "cannot_help_further", "note": "Fremd"}
    problem(api2.post(url + "/notify-customer-service", notify), NOTIFY, "post", 404, "/problems/not-found")
    # Lists and filters of seller2 show nothing of seller's.
    assert assert_wire(api2.get(LIST), "/tickets", "get")["data"] == []
    assert assert_wire(api2.get(LIST, {"id_order": ticket.order.id_order}), "/tickets", "get")["data"] == []
    assert assert_wire(api2.get(LIST, {"id_buyer": ticket.buyer_id}), "/tickets", "get")["data"] == []
    assert assert_wire(api2.get(MESSAGES), "/tickets/messages", "get")["data"] == []
    assert _state(ticket) == before
    assert TicketEvent.objects.count() == events
    assert Attachment.objects.count() == 2


def test_the_file_link_is_issued_only_to_the_tickets_seller(
    api: SignedClient, api2: SignedClient, conversation: Ticket, other_ticket: Ticket
) -> None:
    # seller2 sees its own ticket's files, never seller's: the only way to a link is the owner's GET.
    data = assert_wire(api2.get(detail(other_ticket), {"embedded": "files"}), "/tickets/{id_ticket}", "get")["data"]
    assert data["files"] == []
    assert _file_uri(api, conversation).startswith("http://testserver/v2/files/")


# --- The return-option policy judges the first answer sent through the API too ------------------------------------


def test_a_first_answer_through_the_api_is_judged_with_its_files(api: SignedClient, return_ticket: Any) -> None:
    with_file, without_file = return_ticket(), return_ticket()
    body = {"text": "Guten Tag, anbei das Rücksendeetikett für Ihre Rücksendung."}
    files = [{"filename": "ruecksendeetikett.pdf", "mime_type": "application/pdf", "data": b64(PDF)}]
    assert api.post(detail(with_file) + "/messages", {**body, "ticket_message_files": files}).status_code == 201
    assert api.post(detail(without_file) + "/messages", body).status_code == 201
    judged = PolicyDecision.objects.get(ticket=with_file)
    assert (judged.decision, judged.return_options) == ("compliant", ["label_attached"])
    # "attached" with no file on the message is no label.
    assert PolicyDecision.objects.get(ticket=without_file).decision == "violation"
    assert PolicyCase.objects.filter(ticket=without_file).exists()
