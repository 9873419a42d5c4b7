"""Service Performance KPIs over a known history built through the real services with a moved clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, translation

from marketdesk.accounts.actors import Actor, actor_for
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.core.money import Money
from marketdesk.orders.models import OrderUnitStatus
from marketdesk.performance import kpis
from marketdesk.performance.report import week_label
from marketdesk.performance.scope import Period, scope_for
from marketdesk.policy import services as policy
from marketdesk.policy.models import PolicyCase, PolicyDecision
from marketdesk.tickets import actions
from marketdesk.tickets import services as ticket_services
from marketdesk.tickets.models import Ticket
from tests.conftest import OrderFactory, TicketFactory

pytestmark = pytest.mark.django_db

UTC = dt.UTC
NOW = dt.datetime(2026, 4, 21, 10, 0, tzinfo=UTC)  # Tuesday, 12:00 in Berlin
PERIOD = Period.between_dates(dt.date(2026, 3, 30), dt.date(2026, 4, 19))  # three whole weeks, Monday to Sunday
LABEL_URL_DE = "Guten Tag, das Rücksendeetikett können Sie hier herunterladen: https://retoure.example.de/l/8a7f2c"
NO_OPTION_DE = "Guten Tag, bitte schicken Sie uns den Artikel zurück, dann erstatten wir den Kaufpreis."
WITHDRAWAL_PL = "Chcę odstąpić od umowy i zwrócić towar, proszę o zwrot pieniędzy."
ADDRESS_PL = "Proszę odesłać towar na adres: Sklep AGD Nowak, ul. Magazynowa 4, 00-950 Warszawa."


def at(day: int, hour: int, month: int = 4) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=UTC)


@dataclass
class History:
    seller_id: int
    seller2_id: int
    tickets: dict[str, Ticket]


def _reply(actor: Actor, ticket: Ticket, when: dt.datetime, text: str = "Wir kümmern uns darum.") -> Ticket:
    clock.set_now(when)
    ticket_services.message_post(actor=actor, ticket=ticket, text=text)
    return Ticket.objects.get(pk=ticket.pk)


def build_history(
    return_ticket: TicketFactory,
    make_order: OrderFactory,
    seller_user: User,
    seller2_user: User,
    buyer_user: User,
    agent: Actor,
) -> History:
    """The known history (also used by the page tests): every figure below is counted by hand from it."""
    seller, seller2, buyer = actor_for(seller_user), actor_for(seller2_user), actor_for(buyer_user)

    def buyer_ticket(when: dt.datetime, seller_of: User = seller_user, **order: object) -> Ticket:
        clock.set_now(when)
        unit = make_order(seller_of, buyer_user, **order).units.get()
        return ticket_services.ticket_open(
            actor=buyer, unit_ids=[unit.pk], reason="product_defect", message="Das Gerät geht nicht an."
        )

    t: dict[str, Ticket] = {}
    # Thursday before Good Friday, 12:00 in Berlin; answered Tuesday after Easter Monday 09:00: 12 h + 9 h = 21 h.
    t["easter"] = _reply(seller, return_ticket(at(2, 10)), at(7, 7), LABEL_URL_DE)
    # Wednesday; a return answered after two hours without a return option; enforced the next day.
    t["violation"] = _reply(seller, return_ticket(at(8, 8)), at(8, 10), NO_OPTION_DE)
    clock.set_now(at(9, 8))
    policy.case_enforce(actor=agent, case=PolicyCase.objects.get(ticket=t["violation"]))
    # Monday 10:00 in Berlin, answered Thursday 11:00: three working days and an hour, a day after the deadline.
    t["late"] = _reply(seller, buyer_ticket(at(13, 8)), at(16, 9))
    # Poland: 173.94 zł is 40.01 EUR, so the return address is no valid option; five hours; enforced.
    pl = return_ticket(at(14, 8), storefront="pl", text=WITHDRAWAL_PL, units=[(17394, 0, OrderUnitStatus.RECEIVED)])
    t["pl"] = _reply(seller, pl, at(14, 13), ADDRESS_PL)
    clock.set_now(at(15, 9))
    policy.case_enforce(actor=agent, case=PolicyCase.objects.get(ticket=t["pl"]))
    # Handed to customer service: by the seller, and taken over by an agent; neither has a seller response.
    notified = buyer_ticket(at(15, 8))
    actions.ticket_notify_customer_service(
        actor=seller, ticket=notified, reason="cannot_help_further", note="Bitte übernehmen."
    )
    taken = buyer_ticket(at(16, 8))
    clock.set_now(at(16, 12))
    actions.ticket_take_over(actor=agent, ticket=taken, reason="Käufer hat angerufen.")
    # Friday 10:00 in Berlin, unanswered: due Tuesday 10:00 in Berlin, so overdue now.
    t["overdue"] = buyer_ticket(at(17, 8))
    # The seller opened this one and wrote again later: not a buyer enquiry, so no first-response figure.
    clock.set_now(at(14, 9))
    unit = make_order(seller_user, buyer_user).units.get()
    own = ticket_services.ticket_open(
        actor=seller, unit_ids=[unit.pk], reason="contact_other", message="Ihre Bestellung verzögert sich."
    )
    _reply(seller, own, at(14, 11))
    # Order units without tickets: three in the period.
    clock.set_now(at(10, 9))
    make_order(seller_user, buyer_user, units=[(1000, 0, OrderUnitStatus.SENT)] * 3)
    # Outside the period but open now: one overdue from March, one from this Monday (due Wednesday).
    t["march"] = buyer_ticket(at(20, 9, month=3))
    t["monday"] = buyer_ticket(at(20, 8))
    # Another seller's ticket in the period, answered at once: never part of the first seller's figures.
    _reply(seller2, buyer_ticket(at(15, 9), seller_of=seller2_user), at(15, 10))
    clock.set_now(NOW)
    assert seller_user.seller_account_id is not None and seller2_user.seller_account_id is not None
    return History(seller_user.seller_account_id, seller2_user.seller_account_id, t)


@pytest.fixture
def history(
    return_ticket: TicketFactory,
    make_order: OrderFactory,
    seller_user: User,
    seller2_user: User,
    buyer_user: User,
    agent: Actor,
) -> History:
    return build_history(return_ticket, make_order, seller_user, seller2_user, buyer_user, agent)


def test_the_stored_first_response_columns_of_the_history(history: History) -> None:
    t = history.tickets
    assert (t["easter"].first_response_minutes, t["easter"].first_response_on_time) == (21 * 60, True)
    assert t["easter"].deadline_at is None  # stopped by the answer
    assert (t["violation"].first_response_minutes, t["violation"].first_response_on_time) == (120, True)
    assert (t["late"].first_response_minutes, t["late"].first_response_on_time) == (73 * 60, False)
    assert (t["pl"].first_response_minutes, t["pl"].first_response_on_time) == (300, True)
    assert t["overdue"].deadline_at == at(21, 8)
    assert sorted(PolicyDecision.objects.values_list("decision", flat=True)) == ["compliant", "violation", "violation"]


def test_every_kpi_of_a_seller_over_all_storefronts(history: History, seller: Actor) -> None:
    figures = kpis.for_seller(scope_for(seller), PERIOD, NOW, history.seller_id)
    assert figures == kpis.Kpis(
        seller_id=history.seller_id,
        tickets=8,  # easter, violation, late, pl, notified, taken, overdue, the seller's own
        answered=4,  # the buyer enquiries with a first response: easter, violation, late, pl
        on_time=3,
        median_minutes=(300 + 21 * 60) / 2,  # 120, 300 | 1260, 4380
        p90_minutes=73 * 60,  # nearest rank: the 4th of 4
        open_now=3,  # overdue, march, monday
        overdue_now=2,  # overdue, march
        units=11,  # eight tickets' orders of one unit each and one order of three
        handed_to_cs=2,
        decisions=3,
        compliant=1,
        enforcements=2,
        enforcement_costs=(Money(5999 + 490, "EUR"), Money(17394, "PLN")),
    )
    assert figures.on_time_share == 0.75
    assert figures.median_hours == 13.0 and figures.p90_hours == 73.0
    assert figures.tickets_per_100_units == pytest.approx(800 / 11)
    assert figures.cs_share == 0.25
    assert figures.compliant_share == pytest.approx(1 / 3)


def test_one_storefront(history: History, seller: Actor) -> None:
    figures = kpis.for_seller(scope_for(seller, storefront="pl"), PERIOD, NOW, history.seller_id)
    assert figures == kpis.Kpis(
        seller_id=history.seller_id,
        tickets=1,
        answered=1,
        on_time=1,
        median_minutes=300,
        p90_minutes=300,
        units=1,
        decisions=1,
        compliant=0,
        enforcements=1,
        enforcement_costs=(Money(17394, "PLN"),),
    )
    assert figures.compliant_share == 0 and figures.cs_share == 0


def test_weekly_series(history: History, seller: Actor) -> None:
    weeks = kpis.weekly(scope_for(seller), PERIOD)
    assert weeks == [
        kpis.Week(start=dt.date(2026, 3, 30), tickets=1, answered=1, on_time=1, median_minutes=1260),
        kpis.Week(start=dt.date(2026, 4, 6), tickets=1, answered=1, on_time=1, median_minutes=120),
        kpis.Week(start=dt.date(2026, 4, 13), tickets=6, answered=2, on_time=1, median_minutes=(300 + 4380) / 2),
    ]
    assert [w.on_time_share for w in weeks] == [1.0, 1.0, 0.5]


@pytest.mark.parametrize("storefront", [None, "de", "pl"])
def test_each_week_counts_only_its_own_tickets_inside_the_period(
    history: History, seller: Actor, storefront: str | None
) -> None:
    """A period from a Wednesday noon to a Friday: its first and last weeks are cut at the period's bounds, and each
    week holds exactly the tickets recounted here from the rows."""
    period = Period(start=at(1, 12), end=at(17, 0))
    weeks = kpis.weekly(scope_for(seller, storefront=storefront), period)
    tickets = Ticket.objects.filter(
        seller_id=history.seller_id, created_at__gte=period.start, created_at__lt=period.end
    )
    if storefront:
        tickets = tickets.filter(storefront_id=storefront)
    expected = []
    for start in (dt.date(2026, 3, 30), dt.date(2026, 4, 6), dt.date(2026, 4, 13)):
        monday = dt.datetime.combine(start, dt.time(), UTC)
        rows = list(tickets.filter(created_at__gte=monday, created_at__lt=monday + dt.timedelta(days=7)))
        answered = sorted(
            t.first_response_minutes or 0 for t in rows if t.opened_by_role == "buyer" and t.first_response_at
        )
        on_time = sum(
            1 for t in rows if t.opened_by_role == "buyer" and t.first_response_at and t.first_response_on_time
        )
        median = (answered[(len(answered) - 1) // 2] + answered[len(answered) // 2]) / 2 if answered else None
        expected.append(kpis.Week(start, len(rows), len(answered), on_time, median))
    assert weeks == expected
    assert sum(w.tickets for w in weeks) == tickets.count() > 0


def test_a_short_period_and_an_empty_one(history: History, seller: Actor) -> None:
    week = Period.last_days(7, NOW)  # from Tuesday 14 April 10:00
    figures = kpis.for_seller(scope_for(seller), week, NOW, history.seller_id)
    # notified, taken, overdue and monday; late, pl and the seller's own were opened before 14 April 10:00
    assert (figures.tickets, figures.answered, figures.open_now, figures.handed_to_cs) == (4, 0, 3, 2)
    assert (figures.median_minutes, figures.on_time_share, figures.units) == (None, None, 4)
    assert [w.start for w in kpis.weekly(scope_for(seller), week)] == [dt.date(2026, 4, 13), dt.date(2026, 4, 20)]
    empty = kpis.for_seller(scope_for(seller), Period.between_dates(dt.date(2025, 1, 1), dt.date(2025, 1, 31)), NOW, 1)
    assert empty.on_time_share is None and empty.median_hours is None and empty.tickets_per_100_units is None


def test_customer_service_sees_every_seller_a_seller_only_itself_a_buyer_nothing(
    history: History, seller: Actor, seller2: Actor, agent: Actor, buyer: Actor
) -> None:
    everyone = kpis.by_seller(scope_for(agent), PERIOD, NOW)
    assert set(everyone) == {history.seller_id, history.seller2_id}
    other = everyone[history.seller2_id]
    assert (other.tickets, other.answered, other.on_time, other.median_minutes, other.units) == (1, 1, 1, 60, 1)
    assert everyone[history.seller_id] == kpis.for_seller(scope_for(seller), PERIOD, NOW, history.seller_id)
    assert set(kpis.by_seller(scope_for(seller2), PERIOD, NOW)) == {history.seller2_id}
    # A seller asking for another seller's figures gets its own scope narrowed to nothing.
    assert kpis.by_seller(scope_for(seller2, seller_id=history.seller_id), PERIOD, NOW) == {}
    assert kpis.by_seller(scope_for(buyer), PERIOD, NOW) == {}
    assert kpis.weekly(scope_for(buyer), PERIOD)[0].tickets == 0


def test_sorting_puts_sellers_without_a_value_last(history: History, agent: Actor) -> None:
    rows = list(kpis.by_seller(scope_for(agent), PERIOD, NOW).values())
    worst_first = kpis.sort_rows(rows, "on_time_share", descending=False)
    assert [r.seller_id for r in worst_first] == [history.seller_id, history.seller2_id]  # 75 % before 100 %
    empty = kpis.Kpis(seller_id=999)
    assert kpis.sort_rows([empty, *rows], "median_hours", descending=True)[-1] is empty


def test_the_number_of_queries_does_not_grow_with_the_data(
    history: History, agent: Actor, make_order: OrderFactory, seller_user: User, buyer_user: User, buyer: Actor
) -> None:
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            kpis.by_seller(scope_for(agent), PERIOD, NOW)
            kpis.weekly(scope_for(agent), PERIOD)
        return len(queries.captured_queries)

    before = count()
    for day in range(6, 10):
        clock.set_now(at(day, 9))
        unit = make_order(seller_user, buyer_user).units.get()
        ticket_services.ticket_open(actor=buyer, unit_ids=[unit.pk], reason="product_defect", message="Kaputt.")
    clock.set_now(NOW)
    assert count() == before == (6 if connection.vendor == "postgresql" else 8)  # percentiles in the counts: kpis


def test_week_labels_are_written_in_the_active_language() -> None:
    """The labels are kept per day and language; a label kept in one language never shows in another."""
    week = kpis.Week(start=dt.date(2026, 12, 7))
    for language, expected in (("en", "7 Dec"), ("de", "7 Dez"), ("en", "7 Dec")):
        with translation.override(language):
            assert week_label(week) == formats.date_format(week.start, "j M") == expected
