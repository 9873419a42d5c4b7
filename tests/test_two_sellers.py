"""Two sellers, two buyers: no selector or service lets one reach the other's tickets, orders or text modules."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from marketdesk.accounts import access
from marketdesk.accounts.actors import Actor
from marketdesk.core.errors import NotFound
from marketdesk.orders.models import Order, OrderUnitStatus, Refund
from marketdesk.orders.services import unit_cancel, unit_refund
from marketdesk.textmodules.models import TextModule
from marketdesk.textmodules.selectors import modules_for_ticket
from marketdesk.textmodules.services import textmodule_create, textmodule_delete, textmodule_update
from marketdesk.tickets import selectors
from marketdesk.tickets.actions import ticket_cancel_unit, ticket_notify_customer_service, ticket_refund_unit
from marketdesk.tickets.enums import PortalTab
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import message_post, ticket_close, ticket_open


@pytest.fixture
def world(
    make_order: Callable[..., Order],
    seller_user: Any,
    seller2_user: Any,
    buyer_user: Any,
    buyer2_user: Any,
    seller: Actor,
    seller2: Actor,
    buyer: Actor,
    buyer2: Actor,
    now: dt.datetime,
) -> dict[str, Any]:
    """Each seller has an order of each buyer with a ticket, and a text module."""
    tickets = {}
    for s_user, s_actor, s_name in ((seller_user, seller, "a"), (seller2_user, seller2, "b")):
        for b_user, b_actor, b_name in ((buyer_user, buyer, "1"), (buyer2_user, buyer2, "2")):
            order = make_order(s_user, b_user)
            tickets[s_name + b_name] = ticket_open(
                actor=b_actor, unit_ids=[order.units.get().pk], reason="contact_other", message=f"{s_name}{b_name}"
            )
        textmodule_create(actor=s_actor, storefront="de", language="de", title="Gruß", body="Hallo {{buyer_name}}")
    return tickets


def numbers(tickets: Any) -> set[str]:
    return {t.number for t in tickets}


def test_selectors_scope_tickets(
    world: dict[str, Ticket], seller: Actor, seller2: Actor, buyer: Actor, buyer2: Actor
) -> None:
    assert numbers(access.tickets_visible_to(seller)) == {world["a1"].number, world["a2"].number}
    assert numbers(access.tickets_visible_to(seller2)) == {world["b1"].number, world["b2"].number}
    assert numbers(access.tickets_visible_to(buyer)) == {world["a1"].number, world["b1"].number}
    assert numbers(access.tickets_visible_to(buyer2)) == {world["a2"].number, world["b2"].number}
    open_tab = selectors.TicketFilter(tab=PortalTab.OPEN)
    assert numbers(selectors.ticket_query(seller2, open_tab).queryset()) == {world["b1"].number, world["b2"].number}
    assert selectors.tab_counts(seller2) == {"open": 2, "waiting": 0, "closed": 0}


def test_the_lists_prepared_statements_keep_each_actor_to_their_own(
    world: dict[str, Ticket], seller: Actor, seller2: Actor, buyer: Actor, buyer2: Actor
) -> None:
    """The list's statements are shared by every seller, whose id is a bound value: each still reads only theirs."""
    everyone = [t.pk for t in world.values()]
    for actor, mine in ((seller, ("a1", "a2")), (seller2, ("b1", "b2")), (buyer, ("a1", "b1")), (buyer2, ("a2", "b2"))):
        for tab in (None, PortalTab.OPEN):
            query = selectors.ticket_query(actor, selectors.TicketFilter(tab=tab))
            assert set(query.ids(0, 25)) == {world[name].pk for name in mine}
            assert query.count(25) == 2
        rows = selectors.list_rows(actor, everyone)
        assert [row.number for row in rows] == [world[name].number for name in sorted(mine)]
        assert selectors.list_rows(actor, [t.pk for name, t in world.items() if name not in mine]) == []
        for term in (world["a1"].number, world["b1"].order.id_order):
            expected = {t.number for t in world.values() if term in (t.number, t.order.id_order)} & {
                world[name].number for name in mine
            }
            assert set(selectors.number_matches(actor, selectors.TicketFilter(search=term)) or []) == expected
        tabs = Counter(world[name].portal_tab for name in mine)
        assert selectors.tab_counts(actor) == {tab.value: tabs[tab.value] for tab in PortalTab}


def test_search_does_not_cross_sellers(world: dict[str, Ticket], seller2: Actor) -> None:
    for ticket in (world["a1"], world["a2"]):
        for term in (ticket.number, ticket.order.id_order):
            assert not selectors.ticket_query(seller2, selectors.TicketFilter(search=term)).queryset().exists()


@pytest.mark.parametrize("mine", ["b1", "b2"])
def test_ticket_for_reports_another_sellers_ticket_as_not_found(
    world: dict[str, Ticket], seller: Actor, seller2: Actor, mine: str
) -> None:
    assert access.ticket_for(seller2, world[mine].number).pk == world[mine].pk
    for foreign in ("a1", "a2"):
        with pytest.raises(NotFound):
            access.ticket_for(seller2, world[foreign].number)


def test_buyers_see_only_their_own_tickets_and_orders(world: dict[str, Ticket], buyer: Actor, buyer2: Actor) -> None:
    with pytest.raises(NotFound):
        access.ticket_for(buyer2, world["a1"].number)
    with pytest.raises(NotFound):
        access.order_for(buyer2, world["a1"].order.id_order)
    assert access.order_for(buyer, world["a1"].order.id_order).pk == world["a1"].order_id


def test_orders_and_units_are_scoped(world: dict[str, Ticket], seller: Actor, seller2: Actor) -> None:
    foreign_order = world["a1"].order
    foreign_unit = foreign_order.units.get()
    assert not access.orders_visible_to(seller2).filter(pk=foreign_order.pk).exists()
    assert not access.units_visible_to(seller2).filter(pk=foreign_unit.pk).exists()
    with pytest.raises(NotFound):
        access.order_for(seller2, foreign_order.id_order)
    with pytest.raises(NotFound):
        access.unit_for(seller2, foreign_unit.pk)
    assert access.unit_for(seller, foreign_unit.pk).pk == foreign_unit.pk


def test_no_ticket_service_acts_on_another_sellers_ticket(
    world: dict[str, Ticket], seller2: Actor, buyer2: Actor
) -> None:
    foreign = world["a1"]
    unit = foreign.units.get()
    attempts: list[Callable[[], object]] = [
        lambda: message_post(actor=seller2, ticket=foreign, text="hi"),
        lambda: message_post(actor=buyer2, ticket=foreign, text="hi"),
        lambda: ticket_close(actor=seller2, ticket=foreign),
        lambda: ticket_close(actor=buyer2, ticket=foreign),
        lambda: ticket_notify_customer_service(actor=seller2, ticket=foreign, reason="payment_provider", note="x"),
        lambda: ticket_refund_unit(actor=seller2, ticket=foreign, unit_id=unit.pk, amount=100, reason="defect"),
        lambda: ticket_cancel_unit(actor=seller2, ticket=foreign, unit_id=unit.pk, reason="NoInventory"),
        lambda: unit_refund(actor=seller2, unit=unit, amount=100, reason="defect"),
        lambda: unit_cancel(actor=seller2, unit=unit, reason="NoInventory"),
    ]
    for attempt in attempts:
        with pytest.raises(NotFound):
            attempt()
    foreign.refresh_from_db()
    assert foreign.portal_tab == PortalTab.OPEN and foreign.messages.count() == 1
    unit.refresh_from_db()
    assert unit.status == OrderUnitStatus.NEED_TO_BE_SENT and not Refund.objects.exists()


def test_text_modules_are_scoped(world: dict[str, Ticket], seller: Actor, seller2: Actor, buyer: Actor) -> None:
    mine = TextModule.objects.get(seller_id=seller.seller_id)
    assert list(access.text_modules_visible_to(seller2)) == list(TextModule.objects.filter(seller_id=seller2.seller_id))
    assert not access.text_modules_visible_to(buyer).exists()
    with pytest.raises(NotFound):
        access.text_module_for(seller2, mine.pk)
    with pytest.raises(NotFound):
        textmodule_update(actor=seller2, module=mine, storefront="de", language="de", title="x", body="y")
    with pytest.raises(NotFound):
        textmodule_delete(actor=seller2, module=mine)
    assert [m.pk for m in modules_for_ticket(seller2, world["a1"])] != [mine.pk]
    assert TextModule.objects.filter(pk=mine.pk, title="Gruß").exists()


def test_customer_service_sees_everything(world: dict[str, Ticket], agent: Actor) -> None:
    assert numbers(access.tickets_visible_to(agent)) == {t.number for t in world.values()}
