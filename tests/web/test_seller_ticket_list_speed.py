"""Seller portal, the ticket list at scale: rows built once per page show what the ticket page would, and the answer
clock of a ticket overdue for months is counted as the day-by-day definition says."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.orders.models import Order, OrderUnitStatus
from marketdesk.tickets import deadlines
from marketdesk.tickets.models import Ticket
from marketdesk.tickets.services import message_post, ticket_open
from marketdesk.web.forms_seller import TicketListForm
from marketdesk.web.templatetags.marketdesk import format_working_time
from marketdesk.web.views import seller_list


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_row_shows_its_labels_and_links_in_the_sellers_language(
    client: Client, seller_user: User, ticket: Ticket, language: str
) -> None:
    client.force_login(seller_user)
    page = client.get(reverse("seller:tickets"), {"tab": "open"}, headers={"accept-language": language}).text
    with translation.override(language):
        reason, topic = ticket.get_open_reason_display(), ticket.get_topic_display()
    row = re.search(rf'<tr data-href="([^"]+)" data-number="{ticket.number}">(.*?)</tr>', page, re.S)
    assert row is not None
    link, cells = row[1], html.unescape(row[2])
    assert link == reverse("seller:ticket", args=[ticket.number])
    assert f'href="{reverse("seller:order_details", args=[ticket.number])}"' in cells
    assert f'<td>{reason}<br><span class="muted small">{topic}</span></td>' in cells
    assert reason != topic


def test_the_topic_filter_keeps_the_chosen_topic_selected(client: Client, seller_user: User, ticket: Ticket) -> None:
    client.force_login(seller_user)
    page = client.get(reverse("seller:tickets"), {"topic": "issue_paypal", "storefront": "pl"}).text
    select = re.search(r'<select name="topic" id="id_topic">(.*?)</select>', page, re.S)
    assert select is not None
    assert re.findall(r'<option value="([^"]*)" selected>', select[1]) == ["issue_paypal"]
    assert len(re.findall(r"<option ", select[1])) == 1 + len(Ticket._meta.get_field("topic").choices or [])
    assert '<option value="pl" selected>' in page


@pytest.mark.parametrize(
    ("country", "zone", "start", "end"),
    [
        (
            "DE",
            "Europe/Berlin",
            dt.datetime(2024, 12, 20, 9, 30, tzinfo=dt.UTC),
            dt.datetime(2026, 4, 7, 8, 0, tzinfo=dt.UTC),
        ),
        (
            "PL",
            "Europe/Warsaw",
            dt.datetime(2025, 3, 28, 23, 15, tzinfo=dt.UTC),
            dt.datetime(2025, 11, 2, 1, 0, tzinfo=dt.UTC),
        ),
        (
            "CZ",
            "Europe/Prague",
            dt.datetime(2023, 1, 1, 0, 0, tzinfo=dt.UTC),
            dt.datetime(2025, 1, 1, 0, 0, tzinfo=dt.UTC),
        ),
    ],
)
def test_a_long_overdue_clock_counts_every_working_day_between(
    country: str, zone: str, start: dt.datetime, end: dt.datetime
) -> None:
    calendar = deadlines.Calendar(country=country, time_zone=zone)
    until = end
    by_day, cursor = dt.timedelta(0), start
    while cursor < until:  # the definition, a day at a time: weekends, holidays and 23/25-hour days included
        step = min(cursor + dt.timedelta(hours=20), until)
        by_day += deadlines.working_time_between(cursor, step, calendar)
        cursor = step
    assert deadlines.working_time_between(start, until, calendar) == by_day
    assert deadlines.working_time_between(until, start, calendar) == -by_day
    assert by_day < (until - start) * 5 / 7


def test_the_list_shows_how_long_a_ticket_is_overdue(client: Client, seller_user: User, ticket: Ticket) -> None:
    assert ticket.deadline_at is not None
    clock.set_now(ticket.deadline_at + dt.timedelta(days=400))
    calendar = ticket.storefront.calendar()
    late = deadlines.working_time_between(clock.now(), ticket.deadline_at, calendar)
    client.force_login(seller_user)
    page = client.get(reverse("seller:tickets"), {"tab": "open"}).text
    assert '<span class="deadline-overdue"' in page and format_working_time(late) in page
    assert late < -dt.timedelta(days=200)


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("topic", ""),
        ("topic", "issue_paypal"),
        ("storefront", "pl"),
        ("sort", "deadline"),
        ("created_from", ""),
        ("created_from", "2026-11-06"),
        ("created_to", "2026-12-05"),
    ],
)
def test_the_filters_are_written_as_djangos_widgets_write_them(name: str, value: str, language: str) -> None:
    with translation.override(language):
        form = TicketListForm({name: value} if value else {})
        assert form.is_valid()
        ours, djangos = seller_list._input(form, name, language), str(form[name])
    # The same elements and attributes; Django indents its options.
    assert re.sub(r">\s+<", "><", ours) == re.sub(r">\s+<", "><", djangos)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "kurz",
        "  Leerzeichen\tund\nZeilen  ",
        "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
        "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn",
        "Dobrý den,\n\nzásilka nepřišla. Prosím o vrácení peněz za objednávku 7U92CJS, děkuji moc a přeji hezký den.",
    ],
)
def test_the_excerpt_is_what_djangos_truncator_writes(text: str) -> None:
    assert seller_list.excerpt(text) == Truncator(text).words(12, truncate=" …")


@pytest.mark.parametrize("query", [{"tab": "open"}, {"q": "Alarm"}])
def test_every_value_a_row_shows_is_escaped(
    client: Client, seller_user: User, ticket: Ticket, buyer: Actor, order: Order, query: dict[str, str]
) -> None:
    """The rows are written without the template engine: what the buyer typed stays text, in the list and in a
    search's results."""
    owner = ticket.buyer
    owner.first_name, owner.last_name = '<img src=x onerror="alert(1)">', "O'Brien & Co"
    owner.save()
    message_post(actor=buyer, ticket=ticket, text='Alarm <script>alert("x")</script> & <b>fett</b>')
    # A second ticket the search finds, so that it lists its results rather than open the one it found.
    unit = order.units.get(status=OrderUnitStatus.SENT)
    ticket_open(actor=buyer, unit_ids=[unit.pk], reason="product_defect", topic="order_product_defect", message="Alarm")
    client.force_login(seller_user)
    page = client.get(reverse("seller:tickets"), query).text
    row = re.search(rf'<tr data-href="[^"]+" data-number="{ticket.number}">(.*?)</tr>', page, re.S)
    assert row is not None
    cells = row[1]
    assert "<script" not in cells and "<img" not in cells and "<b>" not in cells
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; O&#x27;Brien &amp; Co" in cells
    assert "Alarm &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;fett&lt;/b&gt;" in cells
    assert html.unescape(cells).count("O'Brien & Co") == 1
