"""The stories of bench/generate.py: orders and order units, and each ticket told as a conversation in time.

A `Chunk` tells the tickets of one slice of the plan with its own random stream and hands rows to a sink. A ticket's
story is a sequence of messages; its stored state (status, responsibility, customer service, the answer clock, the
first response, the deadline marks) and its events are derived from that sequence with the rules the services apply
(DESIGN §2), so the portal tabs, deadlines and KPIs agree with what the app would have written.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bench.generate_plan import (
    BIG_SELLERS,
    CHUNK,
    DAY,
    HOUR,
    STOREFRONT_SHARE,
    Dialect,
    People,
    Plan,
    Sink,
    Storefront,
    lang,
)
from bench.generate_texts import BANKS, HANDOVER_SYSTEM_TEXT, LANGUAGES, PRODUCTS
from marketdesk.tickets.enums import AuthorRole, EventKind, NotifyReason, TicketStatus
from marketdesk.tickets.state import portal_tab

BUYER, SELLER, CS, SYSTEM = AuthorRole.BUYER.value, AuthorRole.SELLER.value, AuthorRole.CUSTOMER_SERVICE.value, "system"
SYSTEM_NAME = "Marketdesk"
MERCHANT = "fulfilled_by_merchant"
# Share of the tickets of the last two months (falling with age) a seller has not answered yet: the big sellers are
# behind, so their Open tab runs to well over 100 pages, mostly overdue; the others keep up.
BIG_BACKLOG, BACKLOG = 0.45, 0.04

# VAT rate, price factor against EUR, shipping rates (minor units) per storefront and currency.
VAT = {"de": "19.00", "at": "20.00", "cz": "21.00", "sk": "23.00", "pl": "23.00", "fr": "20.00", "it": "22.00"}
PRICE_FACTOR = {"EUR": 1.0, "CZK": 25.0, "PLN": 4.3}
SHIPPING = {"EUR": (0, 0, 490, 590), "CZK": (0, 0, 9900, 12900), "PLN": (0, 0, 1499, 1999)}
ENGLISH_SHARE = 0.06  # buyers who write in English whatever the storefront

# open_reason → (share, [(topic or None, weight), …]); the topic names the text scenario through SCENARIO_OF.
REASONS: tuple[tuple[str, float, tuple[tuple[str | None, float], ...]], ...] = (
    ("product_defect", 0.22, (("order_product_defect", 0.7), ("delivery_parts_missing", 0.15), (None, 0.15))),
    (
        "product_not_delivered",
        0.20,
        (("delivery_not_received", 0.5), ("delivery_delayed", 0.35), ("delivery_other_question", 0.15)),
    ),
    ("product_return", 0.25, (("return_request_label", 0.45), ("return_check_status", 0.3), (None, 0.25))),
    (
        "product_not_as_described",
        0.13,
        (("delivery_wrong_products", 0.4), ("product_properties", 0.3), (None, 0.3)),
    ),
    (
        "contact_other",
        0.20,
        (
            ("order_cancel", 15),
            ("invoice_needed", 12),
            ("invoice_problem", 4),
            ("delivery_change_address", 8),
            ("issue_paypal", 6),
            ("issue_klarna", 5),
            ("issue_creditcard", 2),
            ("issue_blik", 2),
            ("issue_coupon", 4),
            ("account_login", 3),
            ("kaufland_card", 3),
            ("product_availability", 8),
            ("product_other_question", 10),
            ("order_other_question", 6),
            ("other_question", 12),
        ),
    ),
)
SCENARIO_OF_REASON = {
    "product_defect": "defect",
    "product_not_delivered": "undelivered",
    "product_return": "return",
    "product_not_as_described": "described",
    "contact_other": "other",
}
SCENARIO_OF_TOPIC = {
    "delivery_parts_missing": "described",
    "order_cancel": "cancel",
    "invoice_needed": "invoice",
    "invoice_problem": "invoice",
    "issue_paypal": "payment",
    "issue_klarna": "payment",
    "issue_creditcard": "payment",
    "issue_blik": "payment",
    "issue_coupon": "payment",
    "account_login": "payment",
    "kaufland_card": "payment",
    "product_availability": "question",
    "product_other_question": "question",
    "product_properties": "question",
}
# Why a seller hands a ticket to customer service, by scenario; payment matters are customer service's often.
HANDOVER_REASON = {
    "payment": NotifyReason.PAYMENT_PROVIDER.value,
    "invoice": NotifyReason.INVOICE_FICTITIOUS_SUPPLIER.value,
}
CS_SHARE = {"payment": 0.45, "invoice": 0.12}
CS_SHARE_DEFAULT = 0.04
# How long before the ticket its order was placed, in days, by scenario.
ORDER_AGE = {
    "defect": (5, 90),
    "described": (2, 12),
    "undelivered": (6, 20),
    "return": (3, 25),
    "cancel": (0, 2),
    "invoice": (2, 40),
    "payment": (0, 30),
    "question": (0, 20),
    "other": (0, 10),
}


def _ean(product: int, variant: int) -> str:
    digits = f"40{product:04d}{variant:06d}"
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return digits + str(check)


@dataclass
class Counters:
    """Running ids shared by the chunks, which are told in order."""

    next_order: int = 1
    order_numbers: set[str] = field(default_factory=set)
    unit_ids: set[int] = field(default_factory=set)
    rows: dict[str, int] = field(default_factory=dict)


@dataclass
class Order:
    id: int
    number: str
    buyer: int  # index into People's buyers
    storefront: Storefront
    created: int
    units: list[tuple[int, str]]  # (unit id, product title)


@dataclass
class Message:
    role: str
    kind: str  # open, ask, reply, followup, more, thanks, note, handover, system, cs
    internal: bool = False
    at: int = 0


ORDER_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class Chunk:
    """Tells tickets [first, last) of the plan with the random stream of this chunk."""

    def __init__(
        self,
        index: int,
        plan: Plan,
        people: People,
        storefronts: dict[str, Storefront],
        counters: Counters,
        sink: Sink,
        dialect: Dialect,
    ) -> None:
        self.rng = random.Random(f"chunk:{plan.seed}:{index}")
        self.plan, self.people, self.storefronts = plan, people, storefronts
        self.counters, self.sink, self.dialect = counters, sink, dialect
        self.first = index * CHUNK
        self.last = min(plan.scale.tickets, self.first + CHUNK)
        self.message_id = 0
        self.recent_order: dict[int, Order] = {}  # seller → its last ticket's order in this chunk
        self._codes = list(STOREFRONT_SHARE)  # the order of People.seller_mix

    def add(self, table: str, row: Sequence[Any]) -> None:
        self.sink.add(table, row)
        self.counters.rows[table] = self.counters.rows.get(table, 0) + 1

    def tell(self, first_message_id: int) -> int:
        """Write this chunk's tickets with their orders, messages and events; return the next message id."""
        self.message_id = first_message_id
        for i in range(self.first, self.last):
            self._ticket(i)
        return self.message_id

    # Orders ---------------------------------------------------------------------------------------------------------

    def _order_number(self) -> str:
        rng, used = self.rng, self.counters.order_numbers
        while True:
            number = "".join(rng.choices(ORDER_ALPHABET, k=7))
            if number not in used:
                used.add(number)
                return number

    def _unit_id(self) -> int:
        rng, used = self.rng, self.counters.unit_ids
        while True:
            unit_id = rng.randrange(10**14, 10**15)
            if unit_id not in used:
                used.add(unit_id)
                return unit_id

    def _storefront_of(self, seller: int) -> Storefront:
        mix = self.people.seller_mix[seller]
        return self.storefronts[self._codes[bisect.bisect_left(mix, self.rng.random() * mix[-1])]]

    def _buyer(self, storefront: Storefront) -> int:
        low, high = self.people.buyers_of[storefront.code]
        return self.rng.randrange(low, high)

    def _order(
        self, seller: int, storefront: Storefront, buyer: int, created: int, unit_status: Callable[[], str]
    ) -> Order:
        rng, ts, plan = self.rng, self.dialect.ts, self.plan
        order_id = self.counters.next_order
        self.counters.next_order += 1
        number = self._order_number()
        address = self.people.buyer_address[buyer]
        count = 1 if rng.random() < 0.65 else 2 if rng.random() < 0.7 else 3
        self.add(
            "order",
            (
                order_id, number, self.people.seller_ids[seller], self.people.buyer_ids[buyer], storefront.code,
                MERCHANT, False, address, address, ts(created), count,
            ),
        )  # fmt: skip
        order = Order(order_id, number, buyer, storefront, created, [])
        factor = PRICE_FACTOR[storefront.currency]
        language_index = LANGUAGES.index(storefront.language)
        for _ in range(count):
            product_index = rng.randrange(len(PRODUCTS))
            category, low, high, titles = PRODUCTS[product_index]
            title = titles[language_index]
            price = max(99, int(rng.randint(low, high) * factor) * 100 - (1 if storefront.currency != "CZK" else 0))
            status = unit_status()
            delivered: dt.date | None = None
            updated = created
            if status in ("received", "returned", "sent_and_autopaid"):
                arrival = min(created + rng.randint(2, 5) * DAY, plan.now - HOUR)
                delivered = dt.datetime.fromtimestamp(arrival, dt.UTC).date()
                updated = arrival
            unit_id = self._unit_id()
            self.add(
                "unit",
                (
                    unit_id, order_id, status, price, rng.choice(SHIPPING[storefront.currency]), storefront.currency,
                    VAT[storefront.code], title, 10**8 + product_index * 1000 + seller % 1000, category,
                    _ean(product_index, seller % 10**6), f"{self.people.seller_ids[seller]}-{product_index}", "new", "",
                    1, 3, ts(created + 5 * DAY), None if delivered is None else self.dialect.day(delivered), "",
                    ts(created), ts(updated),
                ),
            )  # fmt: skip
            order.units.append((unit_id, title))
        return order

    def _plain_orders(self, seller: int, around: int) -> None:
        """Orders that never get a ticket: most of a seller's order units."""
        rng, plan = self.rng, self.plan
        for _ in range(1 + (rng.random() < 0.4) + (rng.random() < 0.4)):
            created = min(max(plan.start, around + rng.randint(-25 * DAY, 25 * DAY)), plan.now - 600)
            age = plan.now - created
            storefront = self._storefront_of(seller)

            def status(age: int = age) -> str:
                if age < 2 * DAY:
                    return "need_to_be_sent" if rng.random() < 0.7 else "open"
                if age < 6 * DAY:
                    return "sent"
                roll = rng.random()
                return "received" if roll < 0.85 else "sent_and_autopaid" if roll < 0.95 else "returned"

            self._order(seller, storefront, self._buyer(storefront), created, status)

    # Tickets --------------------------------------------------------------------------------------------------------

    def _ticket(self, i: int) -> None:
        rng, plan = self.rng, self.plan
        seller = plan.seller_of[i]
        created = plan.created[i]
        ticket_id = i + 1
        reason, topic = _reason_and_topic(rng)
        scenario = SCENARIO_OF_TOPIC.get(topic or "", SCENARIO_OF_REASON[reason])
        previous = self.recent_order.get(seller)
        if previous is not None and previous.created < created - HOUR and rng.random() < 0.05:
            order = previous  # a second ticket on the same order (an order unit may have several tickets)
        else:
            low, high = ORDER_AGE[scenario]
            placed = max(plan.start - 100 * DAY, created - rng.randint(low * DAY, high * DAY) - rng.randrange(DAY))
            storefront = self._storefront_of(seller)
            order = self._order(seller, storefront, self._buyer(storefront), placed, _unit_status(rng, scenario))
            self.recent_order[seller] = order
        self._plain_orders(seller, created)
        storefront = order.storefront
        if scenario == "undelivered" or len(order.units) == 1:
            covered = order.units
        else:
            covered = rng.sample(order.units, 2 if len(order.units) > 1 and rng.random() < 0.15 else 1)
        story = Story(self, i, seller, order, covered[0][1], scenario, created)
        story.write(ticket_id, reason, topic, [unit_id for unit_id, _ in covered])


def _reason_and_topic(rng: random.Random) -> tuple[str, str | None]:
    reason, _share, topics = rng.choices(REASONS, [share for _, share, _ in REASONS])[0]
    return reason, rng.choices([topic for topic, _ in topics], [weight for _, weight in topics])[0]


def _unit_status(rng: random.Random, scenario: str) -> Callable[[], str]:
    def status() -> str:
        roll = rng.random()
        if scenario == "undelivered":
            return "sent"
        if scenario == "cancel":
            return "need_to_be_sent" if roll < 0.8 else "sent"
        if scenario == "return":
            return "received" if roll < 0.6 else "returned"
        return "received" if roll < 0.85 else "sent_and_autopaid"

    return status


def _office_hours(rng: random.Random, at: int) -> int:
    """Sellers and agents mostly answer by day: a time in the small hours (Central European) moves to the morning."""
    hour = (at + HOUR) % DAY // HOUR
    return at if hour >= 7 else at + (7 - hour) * HOUR + rng.randrange(2 * HOUR)


def _lognormal(rng: random.Random, median: float, sigma: float, cap: float) -> int:
    return int(min(cap, median * math.exp(rng.gauss(0, sigma))))


class Story:
    """One ticket's conversation in time and the state it leaves the ticket in."""

    def __init__(
        self, chunk: Chunk, index: int, seller: int, order: Order, title: str, scenario: str, created: int
    ) -> None:
        self.chunk, self.rng, self.plan = chunk, chunk.rng, chunk.plan
        self.people = chunk.people
        self.seller, self.order, self.scenario, self.created = seller, order, scenario, created
        self.storefront = order.storefront
        self.count = self.plan.message_count[index]
        self.number = f"001{self.plan.numbers[index]:08d}"
        rng = self.rng
        buyer = order.buyer
        self.opener = SELLER if self.count >= 2 and rng.random() < 0.04 else BUYER
        self.language = "en" if rng.random() < ENGLISH_SHARE else self.storefront.language
        female = self.people.buyer_female[buyer]
        first, last = self.people.buyer_first[buyer], self.people.buyer_last[buyer]
        self.buyer_name = f"{first} {last}"
        self.agent = rng.randrange(len(self.people.agent_user_ids))
        self.slots = {
            "name": self.buyer_name,
            "first": first,
            "title": title,
            "order": order.number,
            "seller": self.people.seller_names[seller],
            "label": self.people.seller_labels[seller],
            "days": str(rng.randint(2, 20)),
            "cs_a": "a" if female else "",
            "pl_em": "am" if female else "em",
            "pl_dear": "Szanowna Pani" if female else "Szanowny Panie",
            "pl_pan": "Pani" if female else "Pan",
        }

    # The conversation -----------------------------------------------------------------------------------------------

    def _outcome(self) -> tuple[bool, str, str]:
        """(customer service involved, what happens at the end, the last public role wanted)."""
        rng, age = self.rng, self.plan.now - self.created
        recent = max(0.0, 1.0 - age / (21 * DAY))
        seller_opened = self.opener == SELLER
        cs = not seller_opened and self.count >= 3 and rng.random() < CS_SHARE.get(self.scenario, CS_SHARE_DEFAULT)
        fresh = max(0.0, 1.0 - age / (3 * DAY))
        backlog = BIG_BACKLOG if self.seller < BIG_SELLERS else BACKLOG
        if age > 3 * DAY and rng.random() < backlog * max(0.0, 1.0 - age / (60 * DAY)):
            return False, "unsettled", BUYER  # the seller is behind with its answers: Open, past the deadline
        if rng.random() < 0.05 + 0.70 * recent:  # not settled yet: Open or Waiting
            last = BUYER if rng.random() < 0.01 + 0.6 * fresh else SELLER
            if last == SELLER and self.count == 1 and not seller_opened:
                return False, "seller_closed", ""  # a lone message nobody answered is closed, not left waiting
            return cs, "unsettled", last
        if cs:
            return cs, ("cs_final" if rng.random() < 0.7 else "cs_closed"), BUYER
        roll = rng.random()
        return cs, ("buyer_closed" if roll < 0.25 else "seller_closed" if roll < 0.65 else "both_closed"), ""

    def _messages(self, cs: bool, outcome: str, last_role: str) -> list[Message]:
        rng, k = self.rng, self.count
        notes = 1 if k >= 5 and rng.random() < 0.12 else 0
        public = k - notes - (2 if cs else 0)
        after_cs = rng.randint(0, public - 1) if cs and public > 1 else 0
        before = public - after_cs
        end = BUYER if cs else last_role or (self.opener if before % 2 else _other(self.opener))
        roles = [end if (before - 1 - j) % 2 == 0 else _other(end) for j in range(before)]
        roles[0] = self.opener  # if the alternation does not reach back to the opener, the opener wrote twice
        messages: list[Message] = []
        seller_spoke = False
        for j, role in enumerate(roles):
            if j == 0:
                kind = "open" if role == BUYER else "ask"
            elif role == BUYER:
                closing = j == before - 1 and not cs and outcome.endswith("closed") and roles[j - 1] == SELLER
                kind = "thanks" if closing and rng.random() < 0.7 else "more"
            else:
                kind = "followup" if seller_spoke and rng.random() < 0.6 else "reply"
            seller_spoke = seller_spoke or role == SELLER
            messages.append(Message(role, kind))
        if cs:
            messages.append(Message(SELLER, "handover", internal=True))
            messages.append(Message(SYSTEM, "system"))
            messages.extend(
                Message(CS if j % 2 == 0 else BUYER, "cs" if j % 2 == 0 else "more") for j in range(after_cs)
            )
        if notes:
            messages.insert(rng.randint(1, len(messages) - 1), Message(SELLER, "note", internal=True))
        return messages

    def _timeline(self, messages: list[Message], closes: int) -> list[int]:
        """Times of the messages and then of `closes` closings; squeezed to fit before now."""
        rng, working = self.rng, self.storefront.working
        at = self.created
        times = [at]
        for previous, message in itertools.pairwise(messages):
            if message.kind == "system":  # written at the moment of the seller's hand-over note
                times.append(at)
                continue
            if message.role == SELLER:
                at = _office_hours(rng, working.add(at, _lognormal(rng, 5 * HOUR, 1.1, 20 * DAY)))
            elif message.role == CS:
                at = _office_hours(rng, working.add(at, _lognormal(rng, 8 * HOUR, 0.8, 10 * DAY)))
            elif previous.role == BUYER:
                at += _lognormal(rng, 30 * HOUR, 0.6, 20 * DAY)
            else:
                at += _lognormal(rng, 16 * HOUR, 1.0, 20 * DAY)
            times.append(at)
        for _ in range(closes):
            at += _lognormal(rng, 20 * HOUR, 1.0, 14 * DAY)
            times.append(at)
        limit = self.plan.now - 60
        if times[-1] > limit:
            scale = (limit - self.created) / (times[-1] - self.created)
            times = [self.created + int((t - self.created) * scale) for t in times]
        return times

    def write(self, ticket_id: int, reason: str, topic: str | None, unit_ids: list[int]) -> None:
        rng, chunk, people, storefront = self.rng, self.chunk, self.people, self.storefront
        ts = chunk.dialect.ts
        cs, outcome, last_role = self._outcome()
        messages = self._messages(cs, outcome, last_role)
        closes = {"unsettled": 0, "both_closed": 2}.get(outcome, 1)
        times = self._timeline(messages, closes)
        for message, at in zip(messages, times, strict=False):
            message.at = at
        close_times = times[len(messages) :]
        working, budget = storefront.working, storefront.answer_seconds
        seller_user = people.seller_user_ids[self.seller]
        seller_name = people.seller_user_names[self.seller]
        agent_user, agent_name = people.agent_user_ids[self.agent], people.agent_names[self.agent]

        # State, replayed with the services' rules.
        status, held, cs_since, cs_reason = TicketStatus.OPENED.value, False, None, ""
        responsible = self.opener == BUYER
        deadline = working.add(self.created, budget) if responsible else None
        first_response: tuple[int, int, bool] | None = None
        events: list[tuple[str, str, int | None, str, dict[str, Any], dict[str, Any], dict[str, Any], int]] = []
        opener_user, opener_name = (seller_user, seller_name) if self.opener == SELLER else (None, self.buyer_name)
        first_message = chunk.message_id

        def snap() -> dict[str, Any]:
            return {
                "status": status,
                "is_seller_responsible": responsible,
                "held_by_cs": held,
                "portal_tab": str(portal_tab(status, responsible, held)),
                "deadline_at": None if deadline is None else _iso(deadline),
            }

        events.append(
            (
                EventKind.OPENED.value, self.opener, opener_user, opener_name, {}, snap(),
                {"units": unit_ids, "reason": reason, "topic": topic, "message": first_message}, self.created,
            )
        )  # fmt: skip
        last_public: tuple[int, str] | None = None
        rows: list[tuple[Any, ...]] = []
        for position, message in enumerate(messages):
            text = self._text(message)
            if message.role == SELLER:
                user, name = seller_user, seller_name
            elif message.role == CS:
                user, name = agent_user, agent_name
            elif message.role == BUYER:
                user, name = None, self.buyer_name
            else:
                user, name = None, SYSTEM_NAME
            rows.append((chunk.message_id, ticket_id, message.role, user, name, text, message.internal, ts(message.at)))
            chunk.message_id += 1
            if message.kind == "handover":
                before = snap()
                held, cs_since, responsible, deadline = True, message.at, False, None
                cs_reason = HANDOVER_REASON.get(self.scenario, NotifyReason.CANNOT_HELP_FURTHER.value)
                data = {"reason": cs_reason, "note": text}
                events.append(
                    (EventKind.CS_NOTIFIED.value, SELLER, seller_user, seller_name, before, snap(), data, message.at)
                )
            if message.internal:
                continue
            last_public = (message.at, text)
            if position == 0:
                continue
            if message.role == BUYER:
                if held:
                    responsible = False
                else:
                    responsible = True
                    if deadline is None:
                        deadline = working.add(message.at, budget)
            elif message.role == SELLER:
                if first_response is None:
                    minutes = (working.at(message.at) - working.at(self.created)) // 60
                    first_response = (message.at, minutes, deadline is None or message.at <= deadline)
                responsible, deadline = False, None

        closed_at = None
        closers = {
            "buyer_closed": [(BUYER, TicketStatus.BUYER_CLOSED.value)],
            "seller_closed": [(SELLER, TicketStatus.SELLER_CLOSED.value)],
            "both_closed": [(BUYER, TicketStatus.BUYER_CLOSED.value), (SELLER, TicketStatus.BOTH_CLOSED.value)]
            if rng.random() < 0.5
            else [(SELLER, TicketStatus.SELLER_CLOSED.value), (BUYER, TicketStatus.BOTH_CLOSED.value)],
            "cs_final": [(CS, TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL.value)],
            "cs_closed": [(CS, TicketStatus.BOTH_CLOSED.value)],
        }.get(outcome, [])
        for (role, after_status), at in zip(closers, close_times, strict=False):
            before = snap()
            status, responsible, deadline, closed_at = after_status, False, None, at
            if role == CS:
                held, cs_since = False, None
            user, name = {SELLER: (seller_user, seller_name), CS: (agent_user, agent_name)}.get(
                role, (None, self.buyer_name)
            )
            final = {"final": after_status == TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL.value}
            events.append((EventKind.CLOSED.value, role, user, name, before, snap(), final, at))

        warning_at = warned_at = overdue_at = None
        if deadline is not None:
            warning_at = working.subtract(deadline, storefront.warning_seconds)
            if warning_at <= self.plan.now:
                warned_at = warning_at
                data = {"deadline": _iso(deadline), "warning_due": _iso(warning_at)}
                events.append(
                    (EventKind.DEADLINE_WARNING.value, SYSTEM, None, SYSTEM_NAME, snap(), snap(), data, warning_at)
                )
            if deadline <= self.plan.now:
                overdue_at = deadline
                data = {"deadline": _iso(deadline)}
                events.append((EventKind.OVERDUE.value, SYSTEM, None, SYSTEM_NAME, snap(), snap(), data, deadline))
        updated = max(messages[-1].at, *(close_times or [0]))
        assert last_public is not None
        excerpt = " ".join(last_public[1].split())[:140]
        chunk.add(
            "ticket",
            (
                ticket_id, self.number, people.seller_ids[self.seller], self.order.id,
                people.buyer_ids[self.order.buyer], storefront.code, MERCHANT, reason, topic, status, responsible,
                held, None if cs_since is None else ts(cs_since), cs_reason, None if deadline is None else ts(deadline),
                None, self.opener, ts(self.created), ts(updated), None if closed_at is None else ts(closed_at),
                None if first_response is None else ts(first_response[0]),
                None if first_response is None else first_response[1],
                None if first_response is None else first_response[2],
                None if warning_at is None else ts(warning_at), None if warned_at is None else ts(warned_at),
                None if overdue_at is None else ts(overdue_at), ts(last_public[0]), excerpt,
            ),
        )  # fmt: skip
        # Parents before children in every table's stream: a trigger on messages finds its ticket.
        for unit_id in unit_ids:
            chunk.add("ticket_unit", (ticket_id, unit_id))
        for row in rows:
            chunk.add("message", row)
        for kind, role, user, name, before, after, data, at in events:
            chunk.add(
                "event",
                (ticket_id, kind, role, user, name, json.dumps(before), json.dumps(after), json.dumps(data), ts(at)),
            )

    # The texts ------------------------------------------------------------------------------------------------------

    def _text(self, message: Message) -> str:
        rng, kind = self.rng, message.kind
        if kind == "system":
            return HANDOVER_SYSTEM_TEXT
        language = self.people.seller_home[self.seller] if message.internal else self.language
        bank = BANKS[lang(language)]
        slots = self.slots
        if kind == "note":
            return rng.choice(bank.note)
        if kind == "handover":
            return rng.choice(bank.handover)
        if message.role == BUYER:
            if kind == "thanks":
                return f"{rng.choice(bank.thanks)}\n{self.buyer_name}"
            body = rng.choice(bank.open[self.scenario] if kind == "open" else bank.more)
            if rng.random() < 0.5:
                body = f"{body} {rng.choice(bank.detail)}"
            greet, sign = rng.choice(bank.greet), rng.choice(bank.sign)
        else:
            if kind == "ask":
                body = rng.choice(bank.ask)
            elif kind == "cs":
                body = rng.choice(bank.cs)
            elif kind == "followup":
                body = rng.choice(bank.followup)
            else:
                body = rng.choice(bank.reply[self.scenario])
            if rng.random() < 0.5:
                body = f"{body} {rng.choice(bank.reply_extra)}"
            greet = rng.choice(bank.reply_greet)
            sign = self.people.agent_names[self.agent] if message.role == CS else rng.choice(bank.reply_sign)
        if language in ("en", "fr", "it", "pl"):
            body = body[:1].upper() + body[1:]
        return f"{greet}\n{body}\n\n{sign}".format_map(slots)


def _other(role: str) -> str:
    return SELLER if role == BUYER else BUYER


def _iso(epoch: int) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat()
