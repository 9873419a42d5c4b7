"""Builds the demo data set through the project's services, with history spread over the last six months."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import transaction

from marketdesk.accounts import services as accounts
from marketdesk.accounts.actors import Actor, actor_for
from marketdesk.accounts.models import Buyer, Role, SellerAccount, User
from marketdesk.catalog.models import Storefront
from marketdesk.core import clock, ids
from marketdesk.demo import people, products
from marketdesk.demo.cast import BuyerCast, ShopCast, TicketPlan
from marketdesk.demo.plan import FATE, FATES, SELLER_OPENED, SIX_MONTHS_H, URGENCY_WEIGHTS, lead_for, place, steps_for
from marketdesk.demo.plan import weighted as pick_weighted
from marketdesk.demo.play import TicketPlayer
from marketdesk.demo.scenarios import SCENARIOS, SELLER_QUESTION, STATUS_FOR_NEED, Scenario
from marketdesk.demo.texts import MODULES, STOREFRONT_LANGUAGE
from marketdesk.orders import services as orders
from marketdesk.orders.models import CancelReason, Order, OrderUnit
from marketdesk.orders.models import OrderUnitStatus as Unit
from marketdesk.policy import services as policy_services
from marketdesk.policy.models import CaseState, PolicyCase
from marketdesk.textmodules.services import textmodule_create
from marketdesk.tickets.enums import AuthorRole, TicketStatus


@dataclass(frozen=True, slots=True)
class Size:
    buyers: int
    orders: int
    tickets: int

    @property
    def steps(self) -> int:
        return 2 + self.orders  # the team, the buyers, then one step per order (with its ticket, if any)


SIZES = {"full": Size(buyers=50, orders=300, tickets=180), "small": Size(buyers=16, orders=60, tickets=45)}

# Tickets every demo needs whatever the seed: (shop, fate, urgency, for the demo buyer Lena Becker).
REQUIRED: tuple[tuple[str, str, str, bool], ...] = (
    *(("main", "open_new", urgency, False) for urgency in ("fresh", "due_soon", "overdue") for _ in range(2)),
    *(
        ("main", fate.key, "fresh" if fate.anchor == "deadline" else "", False)
        for fate in FATES
        if fate.key != "open_new"
    ),
    ("main", "cs_held", "", False),
    ("main", "open_new", "fresh", True),
    ("main", "waiting", "", True),
    ("second", "cs_held", "", True),
    ("main", "seller_closed", "", True),
    ("second", "buyer_closed", "", True),
    ("main", "open_again", "overdue", True),
    *(("second", fate, urgency, False) for fate, urgency in (("open_new", "fresh"), ("open_new", "overdue"))),
    *(("second", fate, "", False) for fate in ("waiting", "seller_closed", "both_closed", "cs_closed_final")),
    *(("third", fate, "fresh", False) for fate in ("open_new", "waiting", "seller_closed")),
)
UNIT_COUNTS = (("1", 70.0), ("2", 22.0), ("3", 8.0))
BACKGROUND_CANCEL_REASONS = (
    CancelReason.NO_INVENTORY,
    CancelReason.BUYER_CANCELLED,
    CancelReason.DELAYED_INVENTORY,
    CancelReason.SHIPPING_ADDRESS_UNDELIVERABLE,
    CancelReason.WRONG_PRICE,
)


ENFORCEMENT_NOTES = (
    "Erste Antwort ohne Rücksendeweg; Etikett erst nach Rückfrage versprochen.",
    "No return option in the first answer; the label was only promised.",
)


class DemoBuilder:
    def __init__(self, *, seed: int, now: dt.datetime, size: Size, tick: Callable[[], object] = lambda: None) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.size = size
        self.tick = tick
        self.storefronts = Storefront.objects.in_bulk()
        self.product_ids = {
            p.titles[0]: (self.rng.randrange(10**8, 10**9), products.ean(self.rng)) for p in products.CATALOGUE
        }

    def run(self) -> None:
        with ids.seeded(self.rng), transaction.atomic():
            with clock.frozen_at(self.now - dt.timedelta(hours=SIX_MONTHS_H + 24)):
                self._team()
                self.tick()
            self._buyers()
            self.tick()
            player = TicketPlayer(rng=self.rng, agent=self.agent)
            for plan in self._plans():
                order, units = self._ticket_order(plan)
                player.play(plan, order, units)
                self.tick()
            self._enforce_oldest_case()
            background = self.size.orders - self.size.tickets
            demo_buyer = self.buyers[0]
            for index in range(background):
                forced = {0: ("main", demo_buyer), 1: ("second", demo_buyer)}.get(index)
                self._background_order(forced)
                self.tick()

    def _enforce_oldest_case(self) -> None:
        """Customer service decided the oldest policy case a day after it opened; the rest wait in the console."""
        cases = PolicyCase.objects.filter(state=CaseState.REVIEW).exclude(
            ticket__status=TicketStatus.CUSTOMER_SERVICE_CLOSED_FINAL
        )
        case = cases.order_by("opened_at", "id").first()
        if case is None or case.opened_at + dt.timedelta(days=1) > self.now:
            return
        with clock.frozen_at(case.opened_at + dt.timedelta(days=1)):
            policy_services.case_enforce(actor=self.agent, case=case, note=self.rng.choice(ENFORCEMENT_NOTES))

    # The team: three shops (two with a login, one answering through the API), customer service, an operator.
    def _team(self) -> None:
        self.shops: dict[str, ShopCast] = {}
        for shop in people.SHOPS:
            account = accounts.seller_account_create(
                name=shop.name, return_address=shop.return_address, return_label_url=shop.return_label_url
            )
            login = {"main": "seller", "second": "seller2"}.get(shop.key)
            if login:
                actor = actor_for(self._user(login, seller_account=account))
            else:
                actor = Actor(role=AuthorRole.SELLER, name=f"{shop.name} (API)", seller_id=account.pk)
            catalogue = tuple(p for p in products.CATALOGUE if p.category in shop.categories)
            self.shops[shop.key] = ShopCast(shop=shop, account=account, actor=actor, products=catalogue)
        self.agent = actor_for(self._user("agent"))
        self._user("admin")
        self._text_modules()

    def _user(self, username: str, *, seller_account: SellerAccount | None = None, buyer: Buyer | None = None) -> User:
        login = next(login for login in people.LOGINS if login.username == username)
        return accounts.user_create(
            username=username,
            password=people.DEMO_PASSWORD,
            role=login.role,
            first_name=login.first_name,
            last_name=login.last_name,
            email=f"{username}@marketdesk.example",
            language="de" if login.role in (Role.SELLER, Role.BUYER) else "en",
            seller_account=seller_account,
            buyer=buyer,
        )

    def _text_modules(self) -> None:
        channels = {"main": [(code, STOREFRONT_LANGUAGE[code]) for code in self.storefronts] + [("de", "en")]}
        channels["second"] = [("cz", "cs"), ("de", "de")]
        for key, pairs in channels.items():
            cast = self.shops[key]
            for storefront, language in pairs:
                modules = MODULES[language]
                for title, body in modules if key == "main" else modules[:3]:
                    module = textmodule_create(
                        actor=cast.actor, storefront=storefront, language=language, title=title, body=body
                    )
                    cast.modules[(storefront, title)] = module

    def _buyers(self) -> None:
        self.buyers: list[BuyerCast] = []
        self.by_country: dict[str, list[BuyerCast]] = {}
        for person in people.people(self.rng, self.size.buyers):
            buyer = accounts.buyer_create(email=person.email, first_name=person.first_name, last_name=person.last_name)
            actor = Actor(role=AuthorRole.BUYER, name=buyer.full_name, buyer_id=buyer.pk)
            cast = BuyerCast(person=person, buyer=buyer, actor=actor)
            self.buyers.append(cast)
            self.by_country.setdefault(person.country, []).append(cast)
        lena = self.buyers[0]
        user = self._user("buyer", buyer=lena.buyer)
        self.buyers[0] = BuyerCast(person=lena.person, buyer=lena.buyer, actor=actor_for(user))
        self.by_country["de"][0] = self.buyers[0]

    # Tickets: the required ones first, then a weighted mix; each gets an order made to fit its story.
    def _plans(self) -> list[TicketPlan]:
        shares = tuple((key, cast.shop.share) for key, cast in self.shops.items())
        fate_weights = tuple((fate.key, fate.weight) for fate in FATES)
        wanted: list[tuple[str, str, str, bool]] = list(REQUIRED[: self.size.tickets])
        while len(wanted) < self.size.tickets:
            fate = pick_weighted(self.rng, fate_weights)
            urgency = pick_weighted(self.rng, URGENCY_WEIGHTS) if FATE[fate].anchor == "deadline" else ""
            wanted.append((pick_weighted(self.rng, shares), fate, urgency, False))
        round_robin = 0
        plans = []
        for shop_key, fate, urgency, for_demo_buyer in wanted:
            shop = self.shops[shop_key]
            usable = [
                s for s in SCENARIOS if not s.product_flag or any(s.product_flag in p.flags for p in shop.products)
            ]
            if fate in SELLER_OPENED:
                scenario = SELLER_QUESTION
            elif shop_key == "main" and round_robin < len(usable):
                scenario, round_robin = usable[round_robin], round_robin + 1
            else:
                scenario = self.rng.choices(usable, weights=[s.weight for s in usable])[0]
            plans.append(self._plan(shop, fate, urgency, scenario, self.buyers[0] if for_demo_buyer else None))
        return plans

    def _plan(self, shop: ShopCast, fate: str, urgency: str, scenario: Scenario, buyer: BuyerCast | None) -> TicketPlan:
        rng = self.rng
        storefront = "de" if buyer else pick_weighted(rng, shop.shop.storefronts)
        buyer = buyer or rng.choice(self.by_country.get(storefront) or self.by_country["de"])
        steps = steps_for(fate, scenario, rng)
        calendar = self.storefronts[storefront].calendar()
        timeline = place(
            steps=steps, fate=FATE[fate], urgency=urgency, lead=lead_for(scenario, rng), now=self.now,
            calendar=calendar, rng=rng,
        )  # fmt: skip
        draw, late = rng.random(), rng.uniform(24, 96)
        action = ""
        if "seller" in steps:
            if scenario.cancel:
                action = "cancel" if draw < (0.85 if scenario.cancel == "buyer" else 0.35) else ""
            elif scenario.refund_reason and draw < 0.35:
                action = "refund"
            elif scenario.seller_file and draw < 0.6 and not (scenario.key == "return" and "buyer_more" in steps):
                action = "file"  # (a buyer who got the label as a PDF does not ask for one)
        goodwill = "cs" in steps and bool(scenario.refund_reason) and action != "cancel" and rng.random() < 0.35
        status = STATUS_FOR_NEED[scenario.need]
        past = FATE[fate].anchor == "past"
        if scenario.key == "return" and past and draw < 0.6:
            status = Unit.RETURNED
        late_delivery = late if scenario.key in ("delayed", "not_delivered") and past and action != "cancel" else None
        flagged = [p for p in shop.products if not scenario.product_flag or scenario.product_flag in p.flags]
        first = rng.choice(flagged)
        count = int(pick_weighted(rng, UNIT_COUNTS))
        others = rng.sample([p for p in shop.products if p is not first], count - 1)
        together = count > 1 and rng.random() < (0.5 if scenario.need in ("in_transit", "unsent") else 0.15)
        return TicketPlan(
            shop=shop, buyer=buyer, storefront=storefront, scenario=scenario, fate=fate, urgency=urgency,
            topic=rng.choice(scenario.topics), timeline=timeline, action=action, goodwill=goodwill,
            unit_status=status, late_delivery_hours=late_delivery, products=[first, *others],
            ticket_units=2 if together else 1, days=rng.randint(2, 5),
        )  # fmt: skip

    def _ticket_order(self, plan: TicketPlan) -> tuple[Order, list[OrderUnit]]:
        timeline, status = plan.timeline, plan.unit_status
        created = (timeline.order_created or self.now).replace(microsecond=0)
        delivered = timeline.delivered_at
        if plan.late_delivery_hours is not None:
            arrived = timeline.times[0] + dt.timedelta(hours=plan.late_delivery_hours)
            if arrived < self.now:
                status, delivered = Unit.RECEIVED, arrived
        specs = []
        for index, product in enumerate(plan.products):
            own = status if index < plan.ticket_units or status != Unit.RETURNED else Unit.RECEIVED
            specs.append((product, own, delivered if own in (Unit.RECEIVED, Unit.RETURNED) else None))
        return self._order(plan.shop, plan.buyer, plan.storefront, created, specs)

    def _background_order(self, forced: tuple[str, BuyerCast] | None) -> None:
        rng = self.rng
        shop_key = forced[0] if forced else pick_weighted(rng, tuple((k, c.shop.share) for k, c in self.shops.items()))
        shop = self.shops[shop_key]
        storefront = "de" if forced else pick_weighted(rng, shop.shop.storefronts)
        buyer = forced[1] if forced else rng.choice(self.by_country.get(storefront) or self.by_country["de"])
        age = rng.uniform(6, SIX_MONTHS_H)
        delivery, draw = rng.uniform(20, 96), rng.random()
        chosen = rng.sample(shop.products, int(pick_weighted(rng, UNIT_COUNTS)))
        cancel_after, cancel_reason = rng.uniform(2, 30), rng.choice(BACKGROUND_CANCEL_REASONS)
        if age < 40:
            status = Unit.NEED_TO_BE_SENT
        elif age < delivery + 24:
            status = Unit.SENT if draw < 0.8 else Unit.NEED_TO_BE_SENT
        else:
            status = Unit.RECEIVED if draw < 0.84 else Unit.RETURNED if draw < 0.91 else Unit.SENT
            status = Unit.NEED_TO_BE_SENT if draw >= 0.93 else status  # cancelled below
        created = (self.now - dt.timedelta(hours=age)).replace(microsecond=0)
        delivered = created + dt.timedelta(hours=delivery)
        done = status in (Unit.RECEIVED, Unit.RETURNED)
        specs = [(product, status, delivered if done else None) for product in chosen]
        _order, units = self._order(shop, buyer, storefront, created, specs)
        if draw >= 0.93 and age >= 40:
            with clock.frozen_at(created + dt.timedelta(hours=cancel_after)):
                orders.unit_cancel(actor=shop.actor, unit=units[0], reason=cancel_reason)

    def _order(
        self,
        shop: ShopCast,
        buyer: BuyerCast,
        storefront: str,
        created: dt.datetime,
        specs: Sequence[tuple[products.Product, str, dt.datetime | None]],
    ) -> tuple[Order, list[OrderUnit]]:
        channel = self.storefronts[storefront]
        language = products.TITLE_LANGUAGE[storefront]
        zone = ZoneInfo(channel.time_zone)
        new_units = []
        for index, (product, status, delivered) in enumerate(specs):
            id_product, ean = self.product_ids[product.titles[0]]
            new_units.append(
                orders.NewUnit(
                    product_title=product.title(language),
                    price=products.price(self.rng, product, channel.currency),
                    shipping_rate=products.shipping_rate(self.rng, product, channel.currency) if index == 0 else 0,
                    status=status,
                    id_product=id_product,
                    ean=ean,
                    delivered_on=delivered.astimezone(zone).date() if delivered else None,
                    vat=Decimal(products.VAT[storefront]),
                )
            )
        with clock.frozen_at(created):
            order = orders.order_create(
                seller=shop.account,
                buyer=buyer.buyer,
                storefront=channel,
                units=new_units,
                billing_address=buyer.person.address,
                created_at=created,
            )
        by_title = {unit.product_title: unit for unit in order.units.all()}
        return order, [by_title[unit.product_title] for unit in new_units]
