"""Run as a script by the worker-process tests: seed outbox rows into, or read their states from, the worker's DB."""

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
    return {"secret": secret, "deliveries": [str(row.delivery_id) for row in rows]}


def states() -> list[dict[str, object]]:
    from marketdesk.notify.models import OutboxMessage

    return [
        {"delivery": str(d), "status": s, "attempts": a}
        for d, s, a in OutboxMessage.objects.order_by("pk").values_list("delivery_id", "status", "attempts")
    ]


if __name__ == "__main__":
    django.setup()
    command = sys.argv[1]
    result = seed(int(sys.argv[2]), sys.argv[3]) if command == "seed" else states()
    print(json.dumps(result))
