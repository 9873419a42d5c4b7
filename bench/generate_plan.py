"""The plan of bench/generate.py: scale, sellers and buyers, and what is fixed per ticket before any is told.

Nothing here touches a database. `Plan` fixes from the seed what must come out exact: how many tickets each seller
has (three big sellers with a tenth each, the rest Zipf-like), when each ticket was opened (growing over 18 months,
fewer at night and at weekends), how many messages it has (five per ticket in all) and its number. `WorkingTime` does
the storefronts' working-time arithmetic for the stories in bench/generate_story.py.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import random
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from bench.generate_texts import AGENTS, CITIES, COUNTRY_NAMES, NAMES, PHONE_PREFIX, STREETS, TRADES
from marketdesk.tickets.deadlines import Calendar

DAY = 86400
HOUR = 3600
HISTORY_DAYS = 548  # about 18 months of tickets
MESSAGES_PER_TICKET = 5
BIG_SELLERS = 3  # each with a tenth of all tickets (100,000 at 1,000,000)
TICKETS_PER_SELLER = 50  # 20,000 sellers at 1,000,000 tickets
TICKETS_PER_BUYER = 5
CHUNK = 2000  # tickets told with one random stream
PASSWORD = "bench"  # noqa: S105 - the documented password of every generated user

# Each storefront's share of the marketplace's orders (and of its buyers).
STOREFRONT_SHARE = {"de": 0.42, "at": 0.10, "cz": 0.12, "sk": 0.06, "pl": 0.14, "fr": 0.08, "it": 0.08}

# Message counts 1…14 and their weights (mean a little above 5; the plan trims the total to exactly 5 per ticket).
MESSAGE_COUNTS = (8, 12, 14, 14, 12, 10, 8, 6, 5, 4, 3, 2, 1, 1)
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 10, 9, 9, 9, 9, 9, 10, 11, 12, 11, 8, 5, 2)
WEEKDAY_WEIGHTS = (1.0, 1.0, 0.95, 0.95, 0.9, 0.65, 0.6)


class Sink(Protocol):
    """Takes generated rows, table by table, in the column order of TABLES."""

    def add(self, table: str, row: Sequence[Any]) -> None: ...


class Dialect(Protocol):
    """How a value is written for one database: timestamps (Unix seconds), dates, durations."""

    def ts(self, epoch: int) -> Any: ...

    def day(self, value: dt.date) -> Any: ...


# Columns written per table, in order; `id` columns left out are numbered by the database.
TABLES: dict[str, tuple[str, ...]] = {
    "seller": ("id", "name", "return_address", "return_label_url", "extra_cancellation_days", "created_at"),
    "user": (
        "id", "password", "last_login", "is_superuser", "username", "first_name", "last_name", "email", "is_staff",
        "is_active", "date_joined", "role", "seller_account_id", "buyer_id", "language",
    ),
    "buyer": ("id", "email", "first_name", "last_name"),
    "order": (
        "id", "id_order", "seller_id", "buyer_id", "storefront_id", "fulfillment_type",
        "is_marketplace_deemed_supplier", "billing_address", "shipping_address", "created_at", "units_count",
    ),
    "unit": (
        "id", "order_id", "status", "price", "shipping_rate", "currency", "vat", "product_title", "id_product",
        "id_category", "ean", "id_offer", "unit_condition", "note", "delivery_time_min", "delivery_time_max",
        "delivery_time_expires_at", "delivered_on", "cancel_reason", "created_at", "updated_at",
    ),
    "ticket": (
        "id", "number", "seller_id", "order_id", "buyer_id", "storefront_id", "fulfillment_type", "open_reason",
        "topic", "status", "is_seller_responsible", "held_by_cs", "cs_since", "cs_reason", "deadline_at",
        "clock_paused_remaining", "opened_by_role", "created_at", "updated_at", "closed_at", "first_response_at",
        "first_response_minutes", "first_response_on_time", "warning_at", "warned_at", "overdue_at",
        "last_message_at", "last_message_excerpt",
    ),
    "ticket_unit": ("ticket_id", "orderunit_id"),
    "message": ("id", "ticket_id", "author_role", "author_user_id", "author_name", "text", "is_internal", "created_at"),
    "event": (
        "ticket_id", "kind", "actor_role", "actor_user_id", "actor_name", "before", "after", "data", "created_at",
    ),
}  # fmt: skip


class WorkingTime:
    """A storefront's working time as cumulative seconds per working day, for O(log n) deadline arithmetic.

    Agrees with marketdesk.tickets.deadlines (add_working_time, subtract_working_time, working_time_between) on every
    instant between `first` and `last`; tests hold the two together.
    """

    def __init__(self, calendar: Calendar, first: dt.date, last: dt.date) -> None:
        zone = ZoneInfo(calendar.time_zone)
        self.begins: list[int] = []
        self.ends: list[int] = []
        self.cum: list[int] = []  # working seconds before each working day
        self.cum_end: list[int] = []
        total, day = 0, first
        while day <= last:
            if calendar.is_working_day(day):
                begin = int(dt.datetime.combine(day, dt.time(0), tzinfo=zone).timestamp())
                end = int(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone).timestamp())
                self.begins.append(begin)
                self.ends.append(end)
                self.cum.append(total)
                total += end - begin
                self.cum_end.append(total)
            day += dt.timedelta(days=1)

    def at(self, ts: int) -> int:
        """Working seconds from the start of the calendar to `ts`."""
        i = bisect.bisect_right(self.begins, ts) - 1
        if i < 0:
            return 0
        return self.cum[i] + min(ts, self.ends[i]) - self.begins[i]

    def add(self, ts: int, seconds: int) -> int:
        if seconds <= 0:
            return ts
        target = self.at(ts) + seconds
        i = bisect.bisect_left(self.cum_end, target)
        if i >= len(self.begins):
            raise ValueError("instant beyond the generated calendar")
        return self.begins[i] + target - self.cum[i]

    def subtract(self, ts: int, seconds: int) -> int:
        target = self.at(ts) - seconds
        i = bisect.bisect_right(self.cum, target) - 1
        if i < 0:
            raise ValueError("instant before the generated calendar")
        return self.begins[i] + target - self.cum[i]


@dataclass(frozen=True)
class Storefront:
    code: str
    currency: str
    language: str
    answer_seconds: int
    warning_seconds: int
    working: WorkingTime


@dataclass(frozen=True)
class Scale:
    tickets: int
    sellers: int
    buyers: int
    messages: int

    @classmethod
    def of(cls, tickets: int) -> Scale:
        if tickets < 100:
            raise ValueError("generate at least 100 tickets")
        return cls(
            tickets=tickets,
            sellers=max(20, round(tickets / TICKETS_PER_SELLER)),
            buyers=max(50, tickets // TICKETS_PER_BUYER),
            messages=tickets * MESSAGES_PER_TICKET,
        )


def seller_ticket_counts(scale: Scale) -> list[int]:
    """Tickets per seller: three big sellers with a tenth each, the rest Zipf-like (a few thousand down to a few)."""
    big = scale.tickets // 10
    rest = scale.tickets - BIG_SELLERS * big
    others = scale.sellers - BIG_SELLERS
    weights = [1.0 / (rank + 5) for rank in range(others)]
    total = sum(weights)
    exact = [rest * w / total for w in weights]
    counts = [int(x) for x in exact]
    # Largest remainders first, so the counts add up exactly.
    for i in sorted(range(others), key=lambda j: counts[j] - exact[j])[: rest - sum(counts)]:
        counts[i] += 1
    return [big] * BIG_SELLERS + counts


@dataclass
class Plan:
    """What is fixed before any ticket is told: seller, opening time, message count and number per ticket."""

    scale: Scale
    seed: int
    now: int
    seller_of: array[int] = field(default_factory=lambda: array("i"))
    created: array[int] = field(default_factory=lambda: array("q"))
    message_count: array[int] = field(default_factory=lambda: array("b"))
    numbers: list[int] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.now - HISTORY_DAYS * DAY

    @classmethod
    def make(cls, scale: Scale, seed: int, now: int) -> Plan:
        rng = random.Random(f"plan:{seed}")
        plan = cls(scale=scale, seed=seed, now=now)
        sellers: list[int] = []
        for seller, count in enumerate(seller_ticket_counts(scale)):
            sellers.extend([seller] * count)
        rng.shuffle(sellers)
        plan.seller_of = array("i", sellers)
        plan.created = array("q", sorted(_opening_time(rng, plan.start, now) for _ in range(scale.tickets)))
        plan.message_count = array("b", _message_counts(rng, plan, scale.messages))
        plan.numbers = rng.sample(range(10**8), scale.tickets)
        return plan


def _opening_time(rng: random.Random, start: int, now: int) -> int:
    """Tickets grow over the period (2.5× from first to last month), fewer at weekends and at night."""
    growth = 1.5
    while True:
        u = rng.random()
        x = (-1 + math.sqrt(1 + 2 * growth * u * (1 + growth / 2))) / growth
        day = start + int(x * HISTORY_DAYS) * DAY
        weekday = dt.datetime.fromtimestamp(day, dt.UTC).weekday()
        if rng.random() < WEEKDAY_WEIGHTS[weekday]:
            break
    hour = rng.choices(range(24), HOUR_WEIGHTS)[0]
    moment = day - day % DAY + hour * HOUR + rng.randrange(HOUR)
    return min(moment, now - 600 - rng.randrange(3600))


def _message_counts(rng: random.Random, plan: Plan, total: int) -> list[int]:
    counts = rng.choices(range(1, len(MESSAGE_COUNTS) + 1), MESSAGE_COUNTS, k=plan.scale.tickets)
    # A ticket opened an hour ago has not had time for a long conversation.
    for i, created in enumerate(plan.created):
        hours = (plan.now - created) // HOUR
        counts[i] = min(counts[i], 1 + hours // 8)
    old = [i for i, created in enumerate(plan.created) if plan.now - created > 30 * DAY] or list(range(len(counts)))
    diff = total - sum(counts)
    while diff:
        i = old[rng.randrange(len(old))]
        if diff > 0 and counts[i] < 30:
            counts[i] += 1
            diff -= 1
        elif diff < 0 and counts[i] > 1:
            counts[i] -= 1
            diff += 1
    return counts


@dataclass
class People:
    """Sellers (with one user each), customer-service agents and buyers, as the chunks need them."""

    seller_ids: list[int] = field(default_factory=list)
    seller_names: list[str] = field(default_factory=list)
    seller_labels: list[str] = field(default_factory=list)
    seller_home: list[str] = field(default_factory=list)
    seller_mix: list[list[float]] = field(default_factory=list)  # cumulative storefront weights
    seller_user_ids: list[int] = field(default_factory=list)
    seller_user_names: list[str] = field(default_factory=list)
    agent_user_ids: list[int] = field(default_factory=list)
    agent_names: list[str] = field(default_factory=list)
    buyer_ids: list[int] = field(default_factory=list)
    buyer_first: list[str] = field(default_factory=list)
    buyer_last: list[str] = field(default_factory=list)
    buyer_female: list[bool] = field(default_factory=list)
    buyer_address: list[str] = field(default_factory=list)
    buyers_of: dict[str, tuple[int, int]] = field(default_factory=dict)  # storefront → index range of its buyers


def _weighted_code(rng: random.Random) -> str:
    return rng.choices(list(STOREFRONT_SHARE), list(STOREFRONT_SHARE.values()))[0]


def make_people(plan: Plan, sink: Sink, dialect: Dialect, password_hash: str) -> People:
    rng = random.Random(f"people:{plan.seed}")
    people = People()
    codes = list(STOREFRONT_SHARE)
    joined = dialect.ts(plan.start - 200 * DAY)
    used_names: set[str] = set()
    big_homes = ("de", "cz", "pl")
    for index in range(plan.scale.sellers):
        seller_id = index + 1
        home = big_homes[index] if index < BIG_SELLERS else _weighted_code(rng)
        surnames = NAMES[home][3]
        trades, forms = TRADES[home]
        postcode, city = rng.choice(CITIES[home])
        name = f"{rng.choice(surnames)} {rng.choice(trades)} {rng.choice(forms)}"
        if name in used_names:
            name = f"{rng.choice(surnames)} {rng.choice(trades)} {city} {rng.choice(forms)}"
        while name in used_names:
            name = f"{rng.choice(surnames)} {rng.choice(trades)} {city} {rng.randrange(2, 10**4)} {rng.choice(forms)}"
        used_names.add(name)
        street = f"{rng.choice(STREETS[home])} {rng.randint(1, 200)}"
        address = f"{name}, Retouren, {street}, {postcode} {city}, {COUNTRY_NAMES[home]}"
        label = f"https://returns.seller{seller_id}.example/label"
        sink.add("seller", (seller_id, name, address, label, 0, joined))
        # Big sellers sell everywhere; the others mostly in their home storefront.
        weights = [
            STOREFRONT_SHARE[c] * (1.5 if index < BIG_SELLERS and c == home else 6 if c == home else 1) for c in codes
        ]
        cumulative, running = [], 0.0
        for w in weights:
            running += w
            cumulative.append(running / sum(weights))
        female = rng.random() < 0.5
        first = rng.choice(NAMES[home][0 if female else 1])
        last = rng.choice(NAMES[home][2 if female else 3])
        user_id = seller_id
        sink.add(
            "user",
            (
                user_id, password_hash, None, False, f"seller{seller_id}", first, last,
                f"seller{seller_id}@sellers.example", False, True, joined, "seller", seller_id, None, lang(home),
            ),
        )  # fmt: skip
        people.seller_ids.append(seller_id)
        people.seller_names.append(name)
        people.seller_labels.append(label)
        people.seller_home.append(home)
        people.seller_mix.append(cumulative)
        people.seller_user_ids.append(user_id)
        people.seller_user_names.append(f"{first} {last}")
    for n, agent in enumerate(AGENTS, start=1):
        user_id = plan.scale.sellers + n
        first, last = agent.split(" ", 1)
        sink.add(
            "user",
            (
                user_id, password_hash, None, False, f"agent{n}", first, last, f"agent{n}@marketplace.example", False,
                True, joined, "customer_service", None, None, "en",
            ),
        )  # fmt: skip
        people.agent_user_ids.append(user_id)
        people.agent_names.append(f"Customer service ({agent})")
    ids = rng.sample(range(10**7, 10**8), plan.scale.buyers)
    start = 0
    for code_index, code in enumerate(codes):
        share = STOREFRONT_SHARE[code]
        count = plan.scale.buyers - start if code_index == len(codes) - 1 else round(plan.scale.buyers * share)
        people.buyers_of[code] = (start, start + count)
        for j in range(start, start + count):
            female = rng.random() < 0.5
            first = rng.choice(NAMES[code][0 if female else 1])
            last = rng.choice(NAMES[code][2 if female else 3])
            postcode, city = rng.choice(CITIES[code])
            postal = {
                "first_name": first,
                "last_name": last,
                "company_name": None,
                "street": rng.choice(STREETS[code]),
                "house_number": str(rng.randint(1, 120)),
                "postcode": postcode,
                "additional_field": None,
                "city": city,
                "phone": f"{PHONE_PREFIX[code]}{rng.randrange(10**7, 10**8)}",
                "country": code.upper(),
            }
            email = f"{_ascii(first)}.{_ascii(last)}.{ids[j]}@buyers.example"
            sink.add("buyer", (ids[j], email, first, last))
            people.buyer_ids.append(ids[j])
            people.buyer_first.append(first)
            people.buyer_last.append(last)
            people.buyer_female.append(female)
            people.buyer_address.append(json.dumps(postal, ensure_ascii=False))
        start += count
    return people


def lang(code: str) -> str:
    return {"at": "de", "cz": "cs"}.get(code, code)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
