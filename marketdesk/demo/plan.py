"""Planning demo tickets: which fate each ticket meets, its steps, and when each step happens."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from marketdesk.demo.scenarios import Scenario
from marketdesk.demo.timing import awake_before
from marketdesk.tickets.deadlines import Calendar, subtract_working_time


@dataclass(frozen=True, slots=True)
class Fate:
    """Where a ticket ends up. `anchor`: deadline (its clock runs now), recent (waiting), past (closed)."""

    key: str
    anchor: str
    weight: float


FATES = (
    Fate("open_new", "deadline", 14),
    Fate("open_again", "deadline", 6),
    Fate("reopened", "deadline", 2),
    Fate("handed_back_open", "deadline", 2),
    Fate("seller_asks_answered", "deadline", 1),
    Fate("waiting", "recent", 22),
    Fate("waiting_long", "recent", 6),
    Fate("seller_asks", "recent", 2),
    Fate("cs_held", "recent", 6),
    Fate("cs_took_over", "recent", 2),
    Fate("handed_back_answered", "recent", 3),
    Fate("buyer_closed", "past", 16),
    Fate("seller_closed", "past", 20),
    Fate("both_closed", "past", 18),
    Fate("cs_closed", "past", 2),
    Fate("cs_closed_final", "past", 6),
)
FATE = {fate.key: fate for fate in FATES}
SELLER_OPENED = frozenset({"seller_asks", "seller_asks_answered"})
# Working hours since the answer clock started: fresh (more than 8 h left), due soon (under 8 h left), overdue.
URGENCY = {"fresh": (1.0, 39.0), "due_soon": (40.5, 47.5), "overdue": (49.0, 100.0)}
URGENCY_WEIGHTS = (("fresh", 5.0), ("due_soon", 2.0), ("overdue", 3.0))

# Hours before a step since the previous one.
GAP_HOURS = {
    "seller": (1.0, 30.0),
    "seller_more": (2.0, 24.0),
    "buyer_more": (3.0, 72.0),
    "buyer_answer": (1.0, 20.0),
    "buyer_thanks": (1.0, 24.0),
    "buyer_close": (2.0, 96.0),
    "seller_close": (0.2, 48.0),
    "notify": (0.5, 24.0),
    "takeover": (72.0, 140.0),
    "cs": (1.0, 20.0),
    "handback": (2.0, 48.0),
    "cs_close": (0.2, 72.0),
    "cs_final": (0.2, 72.0),
}
# Local hours in which each side acts: [first, last).
AWAKE = {"seller": (8, 19), "cs": (8, 20), "buyer": (7, 23)}
_SIDE = {
    "seller": "seller",
    "seller_more": "seller",
    "seller_close": "seller",
    "seller_open": "seller",
    "notify": "seller",
    "takeover": "cs",
    "cs": "cs",
    "handback": "cs",
    "cs_close": "cs",
    "cs_final": "cs",
}
SIX_MONTHS_H = 182 * 24.0


def steps_for(fate: str, scenario: Scenario, rng: random.Random) -> tuple[str, ...]:
    """The steps that lead a ticket of `scenario` to `fate`, in order."""
    to_cs = ("open", "notify") if scenario.cs_direct else ("open", "seller", "buyer_more", "notify")
    return {
        "open_new": ("open",),
        "open_again": ("open", "seller", "buyer_more"),
        "reopened": ("open", "seller", "seller_close", "buyer_more"),
        "handed_back_open": (*to_cs, "cs", "handback"),
        "seller_asks_answered": ("seller_open", "buyer_answer"),
        "waiting": ("open", "seller"),
        "waiting_long": ("open", "seller", "buyer_more", "seller_more"),
        "seller_asks": ("seller_open",),
        "cs_held": (*to_cs, "cs") if rng.random() < 0.5 else to_cs,
        "cs_took_over": ("open", "takeover", "cs"),
        "handed_back_answered": (*to_cs, "cs", "handback", "seller_more"),
        "buyer_closed": ("open", "seller", "buyer_thanks", "buyer_close"),
        "seller_closed": ("open", "seller", "seller_close"),
        "both_closed": (
            ("open", "seller", "buyer_thanks", "buyer_close", "seller_close")
            if rng.random() < 0.6
            else ("open", "seller", "seller_close", "buyer_close")
        ),
        "cs_closed": ("open", "takeover", "cs", "cs_close"),
        "cs_closed_final": (*to_cs, "cs", "cs_final"),
    }[fate]


@dataclass(frozen=True, slots=True)
class Lead:
    """How long before the ticket's first step the order was placed, and when it was delivered (hours)."""

    before_first: float
    delivery: float | None  # hours after the order; None when it never arrived (or has not been sent)


def lead_for(scenario: Scenario, rng: random.Random) -> Lead:
    delivery = rng.uniform(20, 96)
    if scenario.need == "delivered":
        after = {"return": (6, 12 * 24), "defect": (6, 40 * 24)}.get(scenario.key, (3, 5 * 24))
        return Lead(delivery + rng.uniform(*after), delivery)
    if scenario.need == "returned":
        return Lead(delivery + rng.uniform(4 * 24, 10 * 24) + rng.uniform(12 * 24, 20 * 24), delivery)
    if scenario.need == "in_transit":
        return Lead(rng.uniform(6 * 24, 20 * 24), None)
    if scenario.need == "unsent":
        hours = {"delayed": (5 * 24, 11 * 24), "cancel": (0.5, 20.0)}.get(scenario.key, (2.0, 30.0))
        return Lead(rng.uniform(*hours), None)
    return Lead(delivery + rng.uniform(24, 30 * 24), delivery)


@dataclass(slots=True)
class Timeline:
    steps: tuple[str, ...]
    times: list[dt.datetime] = field(default_factory=list)
    order_created: dt.datetime | None = None
    delivered_at: dt.datetime | None = None


def place(
    *,
    steps: tuple[str, ...],
    fate: Fate,
    urgency: str,
    lead: Lead,
    now: dt.datetime,
    calendar: Calendar,
    rng: random.Random,
) -> Timeline:
    """Put the steps in time, last step first: fixed by the deadline it must produce, or drawn in the past.

    Every random draw happens whatever the calendar says, so one seed draws the same data on any day.
    """
    gaps = [rng.uniform(*GAP_HOURS[kind]) for kind in steps[1:]]
    if steps[-1] == "buyer_close" and steps[-2] == "buyer_thanks":
        gaps[-1] = rng.uniform(0.05, 2.0)  # thanks, then closes right away
    nominal_span = sum(gaps)
    draw = rng.random()
    urgency_hours = rng.uniform(*URGENCY[urgency or "fresh"])
    if fate.anchor == "deadline":
        last = subtract_working_time(now, dt.timedelta(hours=urgency_hours), calendar).replace(second=0, microsecond=0)
    elif fate.anchor == "recent":
        last = _awake(steps[-1], now - dt.timedelta(hours=2 + draw * 10 * 24), calendar)
    else:
        budget = max(SIX_MONTHS_H - nominal_span - lead.before_first - 5 * 24, 24.0)
        last = _awake(steps[-1], now - dt.timedelta(hours=3 + draw * budget), calendar)
    times = [last]
    for kind, gap in zip(reversed(steps[:-1]), reversed(gaps), strict=True):
        times.append(_awake(kind, times[-1] - dt.timedelta(hours=gap), calendar))
    times.reverse()
    created = times[0] - dt.timedelta(hours=lead.before_first)
    delivered = None if lead.delivery is None else created + dt.timedelta(hours=lead.delivery)
    return Timeline(steps=steps, times=times, order_created=created, delivered_at=delivered)


def _awake(kind: str, instant: dt.datetime, calendar: Calendar) -> dt.datetime:
    first, last = AWAKE[_SIDE.get(kind, "buyer")]
    return awake_before(instant, calendar.time_zone, first, last).replace(second=0, microsecond=0)


def weighted(rng: random.Random, options: tuple[tuple[str, float], ...] | list[tuple[str, float]]) -> str:
    keys = [key for key, _ in options]
    return rng.choices(keys, weights=[weight for _, weight in options])[0]
