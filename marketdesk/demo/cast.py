"""The demo's cast once created: shops and buyers with the actors they act as, and one planned ticket."""

from __future__ import annotations

from dataclasses import dataclass, field

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import Buyer, SellerAccount
from marketdesk.demo.people import Person, Shop
from marketdesk.demo.plan import Timeline
from marketdesk.demo.products import Product
from marketdesk.demo.scenarios import Scenario
from marketdesk.textmodules.models import TextModule


@dataclass(slots=True)
class ShopCast:
    shop: Shop
    account: SellerAccount
    actor: Actor  # a seller user, or the shop's API integration when it has no user
    products: tuple[Product, ...]
    modules: dict[tuple[str, str], TextModule] = field(default_factory=dict)  # (storefront, title) → module


@dataclass(slots=True)
class BuyerCast:
    person: Person
    buyer: Buyer
    actor: Actor


@dataclass(slots=True)
class TicketPlan:
    shop: ShopCast
    buyer: BuyerCast
    storefront: str
    scenario: Scenario
    fate: str
    urgency: str
    topic: str
    timeline: Timeline
    action: str  # "", refund, cancel, file: what the seller's first answer does besides writing
    goodwill: bool  # customer service refunds a part at the marketplace's cost
    unit_status: str
    late_delivery_hours: float | None  # a late parcel that did arrive after the ticket was opened
    products: list[Product]
    ticket_units: int  # how many of the order's units the ticket covers (the first ones)
    days: int  # a number of days the seller promises
