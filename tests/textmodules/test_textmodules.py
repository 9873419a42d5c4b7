"""Text modules: per seller and sales channel; placeholders checked at save time and filled per ticket."""

from __future__ import annotations

import pytest

from marketdesk.accounts.actors import Actor
from marketdesk.core.errors import ActionNotAllowed, ValidationFailed
from marketdesk.textmodules.models import TextModule
from marketdesk.textmodules.placeholders import render, unknown_placeholders
from marketdesk.textmodules.selectors import modules_for_ticket, render_for_ticket
from marketdesk.textmodules.services import textmodule_create, textmodule_delete, textmodule_update
from marketdesk.tickets.models import Ticket


def test_create_and_render_for_a_ticket(ticket: Ticket, seller: Actor) -> None:
    module = textmodule_create(
        actor=seller,
        storefront="de",
        language="de",
        title="Rücksendung",
        body="Hallo {{ buyer_name }}, zu Bestellung {{order_number}} ({{item_title}}): {{return_label_link}}",
    )
    rendered = render_for_ticket(module, ticket)
    assert rendered.text == (
        f"Hallo Anna Becker, zu Bestellung {ticket.order.id_order} (Item 1): https://alpha.example/label"
    )
    assert rendered.missing == ()


def test_unknown_placeholders_are_refused_at_save_time(seller: Actor) -> None:
    with pytest.raises(ValidationFailed) as caught:
        textmodule_create(
            actor=seller, storefront="de", language="de", title="Kaputt", body="Hallo {{kunde}} {{ buyer_name }} {{x}}"
        )
    assert caught.value.field == "body" and "{{kunde}}, {{x}}" in caught.value.message
    assert not TextModule.objects.exists()


@pytest.mark.parametrize(
    ("storefront", "language", "title", "body", "field"),
    [
        ("xx", "de", "t", "b", "storefront"),
        ("de", "tlh", "t", "b", "language"),
        ("de", "de", " ", "b", "title"),
        ("de", "de", "t", "  ", "body"),
    ],
)
def test_bad_fields_are_named(seller: Actor, storefront: str, language: str, title: str, body: str, field: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        textmodule_create(actor=seller, storefront=storefront, language=language, title=title, body=body)
    assert caught.value.field == field


def test_titles_are_unique_per_channel_and_language(seller: Actor) -> None:
    textmodule_create(actor=seller, storefront="de", language="de", title="Gruß", body="Hallo")
    with pytest.raises(ValidationFailed):
        textmodule_create(actor=seller, storefront="de", language="de", title="Gruß", body="Servus")
    textmodule_create(actor=seller, storefront="at", language="de", title="Gruß", body="Servus")
    assert TextModule.objects.count() == 2


def test_update_validates_and_delete_removes(seller: Actor) -> None:
    module = textmodule_create(actor=seller, storefront="cz", language="cs", title="Pozdrav", body="Dobrý den")
    with pytest.raises(ValidationFailed):
        textmodule_update(actor=seller, module=module, storefront="cz", language="cs", title="P", body="{{nope}}")
    module.refresh_from_db()
    assert module.body == "Dobrý den"
    textmodule_update(
        actor=seller, module=module, storefront="cz", language="cs", title="P", body="Dobrý den {{buyer_name}}"
    )
    textmodule_delete(actor=seller, module=module)
    assert not TextModule.objects.exists()


def test_only_sellers_manage_text_modules(buyer: Actor, agent: Actor) -> None:
    for actor in (buyer, agent):
        with pytest.raises(ActionNotAllowed):
            textmodule_create(actor=actor, storefront="de", language="de", title="t", body="b")


def test_the_ticket_lists_only_its_sales_channel(ticket: Ticket, seller: Actor) -> None:
    textmodule_create(actor=seller, storefront="de", language="de", title="DE", body="a")
    textmodule_create(actor=seller, storefront="pl", language="pl", title="PL", body="b")
    assert [m.title for m in modules_for_ticket(seller, ticket)] == ["DE"]


def test_render_leaves_missing_values_visible() -> None:
    rendered = render("Adresse: {{seller_return_address}} / {{buyer_name}}", {"buyer_name": "Jan"})
    assert rendered.text == "Adresse: {{seller_return_address}} / Jan"
    assert rendered.missing == ("seller_return_address",)
    assert unknown_placeholders("{{a}} {{ buyer_name }} {{a}} {b}") == ["a"]
