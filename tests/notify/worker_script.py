"""Run as a script by the worker-process tests: seed outbox rows and tickets into the workers' database."""

from __future__ import annotations

import json
import sys
import uuid

import django


def seed(count: int, url: str) -> dict[str, object]:
    from marketdesk.accounts.actors import SYSTEM
    from marketdesk.accounts.apikeys import api_key_create
    from marketdesk.accounts.models import SellerAccount
    from marketdesk.notify.events import emit
    from marketdesk.notify.models import Subscription

    seller = SellerAccount.objects.create(name=f"Worker test {uuid.uuid4().hex[:8]}")
    _key, secret = api_key_create(actor=SYSTEM, seller_id=seller.pk, label="Webhooks")
    Subscription.objects.create(
        seller=seller, event_name="ticket_new", storefront=None, callback_url=url, fallback_email="ops@example.com"
    )
    rows = []
    for n in range(count):
        rows += emit(seller_id=seller.pk, event="ticket_new", storefront="de", payload={"n": n})
    return {"secret": secret, "seller": seller.pk, "deliveries": [str(row.delivery_id) for row in rows]}


def seed_mixed(count: int, url: str) -> dict[str, object]:
    """`count` webhooks and `count` e-mails, interleaved in delivery order: webhook, e-mail, webhook, …"""
    from marketdesk.notify.events import emit
    from marketdesk.notify.models import OutboxKind, OutboxMessage

    seeded = seed(0, url)  # the seller, its key and its subscription
    seller_id = int(str(seeded["seller"]))
    webhooks, emails = [], []
    for n in range(count):
        [hook] = emit(seller_id=seller_id, event="ticket_new", storefront="de", payload={"n": n})
        webhooks.append(str(hook.delivery_id))
        email = OutboxMessage.objects.create(
            kind=OutboxKind.EMAIL,
            seller_id=seller_id,
            event_name="notification:test",
            payload={"subject": f"Mail {n}", "body": f"Body {n}"},
            recipient=f"user{n}@example.com",
        )
        emails.append(str(email.delivery_id))
    return {"secret": seeded["secret"], "webhooks": webhooks, "emails": emails}


def seed_tickets(count: int) -> dict[str, object]:
    """`count` tickets opened ten days ago: their deadline warnings and overdue marks are all due now."""
    import datetime as dt

    from marketdesk.accounts import services as accounts
    from marketdesk.accounts.actors import actor_for
    from marketdesk.accounts.models import Role
    from marketdesk.catalog.defaults import ensure_storefronts
    from marketdesk.catalog.models import Storefront
    from marketdesk.core import clock
    from marketdesk.orders.services import NewUnit, order_create
    from marketdesk.tickets.services import ticket_open
    from tests.conftest import ADDRESS

    ensure_storefronts(Storefront)
    tag = uuid.uuid4().hex[:8]
    seller = accounts.seller_account_create(name=f"Clock test {tag}")
    accounts.user_create(
        username=f"s{tag}", password="pw", role=Role.SELLER, seller_account=seller, email=f"s{tag}@example.com"
    )
    buyer = accounts.buyer_create(email=f"b{tag}@example.com", first_name="Bea", last_name="Test")
    user = accounts.user_create(username=f"b{tag}", password="pw", role=Role.BUYER, buyer=buyer)
    clock.set_now(clock.now() - dt.timedelta(days=10))
    numbers = []
    for _n in range(count):
        order = order_create(
            seller=seller,
            buyer=buyer,
            storefront=Storefront.objects.get(code="de"),
            units=[NewUnit(product_title="Item", price=1000, shipping_rate=0, status="need_to_be_sent")],
            billing_address=ADDRESS,
        )
        ticket = ticket_open(
            actor=actor_for(user), unit_ids=[order.units.get().pk], reason="product_defect", message="Kaputt."
        )
        numbers.append(ticket.number)
    clock.set_now(None)
    return {"tickets": numbers}


if __name__ == "__main__":
    django.setup()
    command = sys.argv[1]
    if command == "seed":
        result: object = seed(int(sys.argv[2]), sys.argv[3])
    elif command == "seed_tickets":
        result = seed_tickets(int(sys.argv[2]))
    elif command == "seed_mixed":
        result = seed_mixed(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(f"unknown command {command!r}")
    print(json.dumps(result))
