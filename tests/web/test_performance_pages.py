"""Service Performance pages: the seller's KPIs and charts, customer service's table, CSV, access, query counts."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.tickets import services as ticket_services
from tests.conftest import OrderFactory, TicketFactory
from tests.performance.test_kpis import NOW, History, at, build_history

pytestmark = pytest.mark.django_db

WEEKS = {"date_from": "2026-03-30", "date_to": "2026-04-19"}  # the three weeks of the known history


@pytest.fixture
def history(
    return_ticket: TicketFactory,
    make_order: OrderFactory,
    seller_user: User,
    seller2_user: User,
    buyer_user: User,
    agent: Actor,
) -> History:
    """The history of tests/performance/test_kpis.py, whose figures are checked there one by one."""
    return build_history(return_ticket, make_order, seller_user, seller2_user, buyer_user, agent)


def logged_in(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


def kpi(html: str, key: str) -> str:
    found = re.search(rf'<article class="kpi" id="kpi-{key}">(.*?)</article>', html, re.S)
    assert found, key
    return " ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split())


def test_the_seller_page_shows_every_kpi_with_its_definition_and_three_charts(
    client: Client, seller_user: User, history: History
) -> None:
    page = logged_in(client, seller_user).get(reverse("seller:performance"), WEEKS)
    assert page.status_code == 200
    html = page.text
    assert 'aria-current="page">Service Performance</a>' in html
    assert kpi(html, "on_time").startswith("Answered within the answer time 75.0 % 3 of 4 Tickets opened by buyers")
    assert "13.0 h" in kpi(html, "median_first_response") and "mean of the two middle" in html
    assert "73.0 h" in kpi(html, "p90_first_response")
    assert kpi(html, "open_now").startswith("Open now 3 ")
    assert kpi(html, "overdue_now").startswith("Overdue now 2 ")
    assert "72.7 8 tickets, 11 order units" in kpi(html, "tickets_per_100_units")
    assert "25.0 % 2 of 8" in kpi(html, "handed_to_cs")
    assert "33.3 % 1 of 3" in kpi(html, "valid_return_option")
    assert "2 64.89 € + 173.94 zł" in kpi(html, "enforcements")
    # Three inline SVG charts, each with a title, the numbers in its description and a table beside it.
    assert html.count('<svg class="chart"') == 3 and "cdn" not in html.lower()
    assert '<title id="chart-tickets-title">Tickets opened per week</title>' in html
    assert '<desc id="chart-tickets-desc">30 Mar: 1; 6 Apr: 1; 13 Apr: 6</desc>' in html
    assert re.findall(r'<rect class="bar"[^>]*data-value="(\d+\.?\d*)"', html)[:3] == ["1.0", "1.0", "6.0"]
    assert '<desc id="chart-on-time-desc">30 Mar: 100 %; 6 Apr: 100 %; 13 Apr: 50 %</desc>' in html
    assert '<desc id="chart-median-desc">30 Mar: 21.0 h; 6 Apr: 2.0 h; 13 Apr: 39.0 h</desc>' in html
    assert html.count('<table class="list chart-table">') == 3
    # Each table holds every week's number as the chart's description writes it.
    assert "<tbody><tr><td>30 Mar</td><td>1</td></tr><tr><td>6 Apr</td><td>1</td></tr>" in html
    assert "<tr><td>13 Apr</td><td>50 %</td></tr>" in html and "<tr><td>13 Apr</td><td>39.0 h</td></tr>" in html


def test_filters_a_preset_period_and_one_storefront(client: Client, seller_user: User, history: History) -> None:
    client = logged_in(client, seller_user)
    pl = client.get(reverse("seller:performance"), {**WEEKS, "storefront": "pl"}).text
    assert "100.0 % 1 of 1" in kpi(pl, "on_time") and "5.0 h" in kpi(pl, "median_first_response")
    assert "1 173.94 zł" in kpi(pl, "enforcements") and "storefront PL" in pl
    week = client.get(reverse("seller:performance"), {"period": "7"}).text  # 14 April 10:00 to now
    assert "100.0 4 tickets, 4 order units" in kpi(week, "tickets_per_100_units")
    assert "– 0 of 0" in kpi(week, "on_time")
    default = client.get(reverse("seller:performance")).text  # the last 90 days
    assert "76.9 10 tickets, 13 order units" in kpi(default, "tickets_per_100_units")  # with March and Monday


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"date_from": "2026-04-19", "date_to": "2026-03-30"}, "must not end before it starts"),
        ({"period": "custom", "date_from": "2026-04-01"}, "Choose both dates"),
        ({"date_from": "2024-01-01", "date_to": "2026-04-19"}, "at most 366 days"),
        ({"date_from": "2026-05-01", "date_to": "2026-05-02"}, "starts in the future"),
        ({"date_from": "yesterday", "date_to": "2026-05-02"}, "Enter a valid date"),
        ({"storefront": "xx"}, "Select a valid choice"),
        ({"period": "14"}, "Select a valid choice"),
    ],
)
def test_bad_filters_get_a_clear_error(
    client: Client, seller_user: User, history: History, query: dict[str, str], message: str
) -> None:
    client = logged_in(client, seller_user)
    page = client.get(reverse("seller:performance"), query)
    assert page.status_code == 400 and message in page.text and "kpi-grid" not in page.text
    export = client.get(reverse("seller:performance_csv"), query)
    assert export.status_code == 400 and message in export.text


def test_the_seller_csv_has_the_kpis_and_the_weekly_series(client: Client, seller_user: User, history: History) -> None:
    export = logged_in(client, seller_user).get(reverse("seller:performance_csv"), WEEKS)
    assert export["Content-Type"].startswith("text/csv")
    assert 'filename="service-performance-2026-03-30-2026-04-20.csv"' in export["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    values = {row[0]: row[2] for row in rows if len(row) == 5}
    assert values["on_time"] == "0.7500" and values["median_first_response"] == "13.0000"
    assert values["p90_first_response"] == "73.0000" and values["open_now"] == "3" and values["overdue_now"] == "2"
    assert values["tickets_per_100_units"] == "72.7273" and values["handed_to_cs"] == "0.2500"
    assert values["valid_return_option"] == "0.3333" and values["enforcements"] == "2"
    assert values["enforcement_cost_eur"] == "64.89" and values["enforcement_cost_pln"] == "173.94"
    weekly = rows[
        rows.index(["week_start", "tickets", "answered", "answered_on_time", "on_time_share", "median_hours"]) :
    ]
    assert weekly[1:] == [
        ["2026-03-30", "1", "1", "1", "1.0000", "21.0000"],
        ["2026-04-06", "1", "1", "1", "1.0000", "2.0000"],
        ["2026-04-13", "6", "2", "1", "0.5000", "39.0000"],
    ]


def test_customer_service_sorts_every_seller_and_opens_one(client: Client, agent_user: User, history: History) -> None:
    client = logged_in(client, agent_user)
    table = client.get(reverse("cs:performance"), WEEKS)
    assert table.status_code == 200 and 'aria-current="page">Service Performance</a>' in table.text
    order = re.findall(r'<tr data-seller="(\d+)"', table.text)
    assert order == [str(history.seller_id), str(history.seller2_id)]  # worst on-time share first: 75 % < 100 %
    assert 'aria-sort="ascending"' in table.text
    best = client.get(reverse("cs:performance"), {**WEEKS, "sort": "on_time_share", "dir": "desc"}).text
    assert re.findall(r'<tr data-seller="(\d+)"', best) == [str(history.seller2_id), str(history.seller_id)]
    by_name = client.get(reverse("cs:performance"), {**WEEKS, "sort": "seller"}).text
    assert by_name.index("Alpha Elektro GmbH") < by_name.index("Beta Garten s.r.o.")
    detail_url = reverse("cs:seller_performance", args=[history.seller_id])
    assert f'href="{detail_url}?date_from=2026-03-30&amp;date_to=2026-04-19"' in table.text
    detail = client.get(detail_url, WEEKS).text
    assert "Service Performance · Alpha Elektro GmbH" in detail and "75.0 % 3 of 4" in kpi(detail, "on_time")
    export = client.get(reverse("cs:performance_csv"), {**WEEKS, "sort": "seller"})
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    header = rows.index(next(row for row in rows if row[:2] == ["seller_id", "seller"]))
    alpha = dict(zip(rows[header], rows[header + 1], strict=True))
    assert (alpha["seller"], alpha["on_time_share"], alpha["median_hours"], alpha["enforcements"]) == (
        "Alpha Elektro GmbH",
        "0.7500",
        "13.0000",
        "2",
    )
    assert alpha["enforcement_costs"] == "64.89 EUR 173.94 PLN" and rows[header + 2][1] == "Beta Garten s.r.o."
    seller_csv = client.get(reverse("cs:seller_performance_csv", args=[history.seller2_id]), WEEKS)
    assert "on_time,Answered within the answer time,1.0000" in seller_csv.content.decode()
    assert client.get(reverse("cs:seller_performance", args=[999999])).status_code == 404


def test_a_second_seller_sees_only_its_own_numbers_and_nothing_else(
    client: Client, seller2_user: User, history: History
) -> None:
    client = logged_in(client, seller2_user)
    own = client.get(reverse("seller:performance"), WEEKS).text
    assert "100.0 % 1 of 1" in kpi(own, "on_time") and "1 tickets, 1 order units" in own
    assert "Alpha" not in own and str(history.seller_id) not in re.findall(r"data-seller=\"(\d+)\"", own)
    # The customer-service pages, another seller's page and its CSV do not exist for a seller.
    for name, args in [
        ("cs:performance", []),
        ("cs:performance_csv", []),
        ("cs:seller_performance", [history.seller_id]),
        ("cs:seller_performance_csv", [history.seller_id]),
        ("cs:seller_performance", [history.seller2_id]),
    ]:
        assert client.get(reverse(name, args=args), WEEKS).status_code == 404, name
    # A seller id smuggled into the query string changes nothing.
    export = client.get(reverse("seller:performance_csv"), {**WEEKS, "seller": str(history.seller_id)}).content.decode()
    assert "on_time,Answered within the answer time,1.0000,1 of 1" in export


def test_buyers_and_strangers_are_refused(client: Client, buyer_user: User, history: History) -> None:
    assert client.get(reverse("seller:performance")).status_code == 302  # to the login page
    assert client.get(reverse("cs:performance")).status_code == 302
    client.force_login(buyer_user)
    for name in ("seller:performance", "seller:performance_csv", "cs:performance", "cs:performance_csv"):
        assert client.get(reverse(name)).status_code == 404, name
    assert client.get(reverse("cs:seller_performance", args=[history.seller_id])).status_code == 404


def test_query_counts_do_not_grow_with_tickets_or_sellers(
    client: Client,
    seller_user: User,
    agent_user: User,
    history: History,
    make_order: OrderFactory,
    buyer_user: User,
    buyer: Actor,
    seller: Actor,
    seller2_user: User,
) -> None:
    seller_client, agent_client = Client(), Client()
    seller_client.force_login(seller_user)
    agent_client.force_login(agent_user)

    def count(c: Client, url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert c.get(url, WEEKS).status_code == 200
        return len(queries.captured_queries)

    urls: list[tuple[Client, str]] = [
        (seller_client, reverse("seller:performance")),
        (seller_client, reverse("seller:performance_csv")),
        (agent_client, reverse("cs:performance")),
        (agent_client, reverse("cs:performance_csv")),
        (agent_client, reverse("cs:seller_performance", args=[history.seller_id])),
    ]
    before = [count(c, url) for c, url in urls]
    for day in range(6, 18):
        for seller_user_of in (seller_user, seller2_user):
            clock.set_now(at(day, 9))
            unit = make_order(seller_user_of, buyer_user).units.get()
            ticket = ticket_services.ticket_open(
                actor=buyer, unit_ids=[unit.pk], reason="product_defect", message="Kaputt."
            )
            if seller_user_of is seller_user:
                clock.set_now(at(day, 12))
                ticket_services.message_post(actor=seller, ticket=ticket, text="Wir prüfen das.")
    clock.set_now(NOW)
    assert [count(c, url) for c, url in urls] == before
    assert max(before) <= 12


def test_the_page_works_without_any_data(client: Client, seller_user: User, now: Any) -> None:
    page = logged_in(client, seller_user).get(reverse("seller:performance"))
    assert page.status_code == 200 and "No tickets in this period" in page.text
    assert "– 0 of 0" in kpi(page.text, "on_time") and page.text.count('<svg class="chart"') == 3
