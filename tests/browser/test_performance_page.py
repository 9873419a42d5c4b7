"""The demo seller opens Service Performance in a real browser: the KPIs and the weekly charts show the demo data."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from marketdesk.core import clock
from tests.browser.conftest import screenshot
from tests.conftest import storefront_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NOW = dt.datetime(2026, 11, 18, 10, tzinfo=dt.UTC)  # a Wednesday, as in tests/demo
PERCENT = re.compile(r"^\d{1,3}\.\d %$")


@pytest.fixture
def demo() -> Iterator[None]:
    storefront_by_code("de")  # an earlier transactional test may have flushed the storefronts with the rest
    call_command("seed_demo", "--size", "small", "--seed", "7", "--now", NOW.isoformat(), stdout=io.StringIO())
    clock.set_now(NOW)  # the live server runs in this process: its pages see the demo's "now"
    yield
    clock.set_now(None)


def bar_values(page: Page, chart: str, mark: str) -> list[float]:
    values = page.locator(f"#{chart} {mark}").evaluate_all("els => els.map(e => Number(e.dataset.value))")
    return [float(v) for v in values]


def log_in(page: Page, base: str, username: str) -> Page:
    page.goto(f"{base}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "demo")
    page.click("main button[type=submit]")
    return page


def test_the_demo_seller_sees_kpis_and_charts_of_the_demo_data(
    new_page: Callable[[], Page], live_server: Any, demo: None
) -> None:
    base = str(live_server)
    page = log_in(new_page(), base, "seller")
    page.click("nav a:has-text('Service Performance')")
    expect(page.locator("h1")).to_have_text("Service Performance")
    expect(page.locator("#period-shown")).to_contain_text("all storefronts")

    # Every KPI is there with its definition beside it, and the demo seller has tickets, answers and open ones.
    assert page.locator("article.kpi").count() == 9
    expect(page.locator("#kpi-on_time .kpi-definition")).to_contain_text("before the answer deadline")
    expect(page.locator("#kpi-on_time .kpi-value")).to_have_text(PERCENT)
    assert int(page.locator("#kpi-open_now .kpi-value").inner_text()) > 0
    assert page.locator("#kpi-median_first_response .kpi-value").inner_text() != "–"

    tickets = bar_values(page, "chart-tickets", "rect.bar")
    on_time = bar_values(page, "chart-on-time", "circle.dot")
    median = bar_values(page, "chart-median", "rect.bar")
    assert len(tickets) >= 13 and sum(tickets) > 5 and sum(1 for v in tickets if v > 0) >= 4
    assert on_time and all(0 <= v <= 100 for v in on_time) and any(v > 0 for v in on_time)
    assert median and any(v > 0 for v in median)
    for chart in ("chart-tickets", "chart-on-time", "chart-median"):
        svg = page.locator(f"svg#{chart}")
        expect(svg).to_have_attribute("role", "img")
        assert svg.locator("title").first.text_content()
        assert svg.bounding_box() is not None and svg.bounding_box()["height"] > 100  # type: ignore[index]
    screenshot(page, "service-performance")

    # One storefront: the filter narrows every figure and the charts follow.
    page.select_option("select[name=storefront]", "de")
    page.click("form.perf-filters button[type=submit]")
    expect(page.locator("#period-shown")).to_contain_text("storefront DE")
    assert sum(bar_values(page, "chart-tickets", "rect.bar")) <= sum(tickets)

    with page.expect_download() as download:
        page.click("#csv-export")
    assert download.value.suggested_filename.startswith("service-performance-")

    # Customer service: every seller in one table, worst on-time share first, each linked to its detail page.
    agent = log_in(new_page(), base, "agent")
    agent.click("nav a:has-text('Service Performance')")
    rows = agent.locator("#seller-table tbody tr")
    assert rows.count() >= 2
    expect(agent.locator("#seller-table th[aria-sort=ascending]")).to_contain_text("On time")
    screenshot(agent, "cs-service-performance")
    agent.click("#seller-table th a[data-sort=tickets]")
    expect(agent.locator("#seller-table th[aria-sort=ascending]")).to_contain_text("Tickets")
    rows.first.locator("td a").first.click()
    expect(agent.locator("h1")).to_contain_text("Service Performance · ")
    assert agent.locator("#chart-tickets rect.bar").count() > 0
