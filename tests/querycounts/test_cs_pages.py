"""Customer-service console: the queue, a ticket, policy cases and Service Performance of every seller cost the same
queries for little and for much data, and for one seller or many."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.tickets import actions
from marketdesk.tickets.models import Ticket
from tests.querycounts.conftest import (
    Shop,
    assert_flat,
    assert_flat_between,
    conversation_rows,
    count_lines,
    count_numbers,
    count_text,
    history,
    logged_in,
)

Sellers = Callable[[int], list[Shop]]


@pytest.fixture
def client_agent(agent_user: User) -> Client:
    return logged_in(agent_user)


def take_over(agent: Actor, ticket: Ticket) -> Ticket:
    return actions.ticket_take_over(actor=agent, ticket=ticket, reason="Der Käufer hat angerufen.")


@pytest.mark.parametrize(
    "query",
    [{}, {"storefront": "de"}, {"cs_reason": "payment_provider", "order": "newest"}, {"cs_reason": "none"}],
    ids=["all", "storefront", "reason", "taken-over"],
)
def test_the_queue(
    client_agent: Client, shop: Shop, agent: Actor, more_sellers: Sellers, query: dict[str, str]
) -> None:
    def grow(shops: list[Shop], n: int) -> None:
        for each in shops:
            each.handed_to_cs(n)  # notified by the seller, with a reason
            for ticket in each.tickets(n, storefront="de"):
                take_over(agent, ticket)  # taken over by customer service
            each.tickets(1)  # not with customer service: never in the queue

    grow([shop], 1)
    assert_flat(
        f"CS queue {query}",
        lambda: client_agent.get(reverse("cs:queue"), query),
        lambda: grow([shop, *more_sellers(5)], 3),
        count_numbers,
    )


def _held(shop: Shop, agent: Actor, *, units: int, rounds: int) -> Ticket:
    """A ticket taken over by customer service, with a conversation, internal notes of both sides and refunds."""
    ticket = shop.busy_ticket(units=units, rounds=rounds)
    for i in range(rounds):
        shop.say(ticket, agent, f"Kundenservice-Notiz {i}.", internal=True)
    take_over(agent, ticket)
    shop.say(ticket, agent, "Wir kümmern uns darum.", files=2)
    return ticket


@pytest.mark.parametrize("page", ["ticket", "reply", "note", "hand_back", "close"])
def test_a_ticket_held_by_customer_service(client_agent: Client, shop: Shop, agent: Actor, page: str) -> None:
    assert_flat_between(
        f"CS ticket page /{page}/",
        _held(shop, agent, units=1, rounds=1),
        lambda: _held(shop, agent, units=5, rounds=6),
        lambda ticket: client_agent.get(reverse(f"cs:{page}", args=[ticket.number])),
        conversation_rows,
    )


@pytest.mark.parametrize("page", ["ticket", "take_over", "enforce", "dismiss"])
def test_a_ticket_with_a_policy_case(client_agent: Client, shop: Shop, page: str) -> None:
    def request(ticket: Ticket) -> HttpResponse:
        return client_agent.get(reverse(f"cs:{page}", args=[ticket.number]))

    assert_flat_between(
        f"CS ticket page with a policy case /{page}/",
        shop.converse(shop.violation(units=1), 1),
        lambda: shop.converse(shop.violation(units=5), 5),
        request,
        conversation_rows,
    )


@pytest.mark.parametrize("query", [{}, {"state": "all"}], ids=["to-decide", "all"])
def test_the_policy_cases(client_agent: Client, shop: Shop, more_sellers: Sellers, query: dict[str, str]) -> None:
    shop.violation()
    assert_flat(
        f"CS policy cases {query}",
        lambda: client_agent.get(reverse("cs:policy_cases"), query),
        lambda: [each.violation(units=2) for each in (shop, *more_sellers(6), shop)],
        count_numbers,
    )


@pytest.mark.parametrize("sort", ["on_time_share", "seller"])
@pytest.mark.parametrize("csv", [False, True], ids=["page", "csv"])
def test_service_performance_of_every_seller(
    client_agent: Client, shop: Shop, more_sellers: Sellers, csv: bool, sort: str
) -> None:
    history(shop, 1)
    url = reverse("cs:performance_csv" if csv else "cs:performance")
    assert_flat(
        f"CS service performance by {sort} (csv={csv})",
        lambda: client_agent.get(url, {"period": "7", "sort": sort}),
        lambda: [history(each, 2) for each in more_sellers(6)],
        count_lines if csv else count_text("data-seller="),  # a line, or a row, per seller
        large=lambda: client_agent.get(url, {"period": "90", "sort": sort, "dir": "desc"}),
    )


@pytest.mark.parametrize("csv", [False, True], ids=["page", "csv"])
def test_service_performance_of_one_seller(client_agent: Client, shop: Shop, csv: bool) -> None:
    history(shop, 1)
    url = reverse("cs:seller_performance_csv" if csv else "cs:seller_performance", args=[shop.seller.seller_id])
    assert_flat(
        f"CS service performance of a seller (csv={csv})",
        lambda: client_agent.get(url, {"period": "7"}),
        lambda: history(shop, 10),
        count_lines if csv else count_text("<tr><td>"),
        large=lambda: client_agent.get(url, {"period": "90"}),
    )
