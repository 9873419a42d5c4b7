"""The seller portal's webhook page: the seller's own subscriptions and latest deliveries, nobody else's."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from marketdesk.accounts.actors import Actor
from marketdesk.accounts.models import User
from marketdesk.notify.events import emit
from marketdesk.notify.models import DeliveryAttempt, OutboxMessage, OutboxStatus, Subscription


def subscribe(actor: Actor, url: str) -> Subscription:
    assert actor.seller_id is not None
    return Subscription.objects.create(
        seller_id=actor.seller_id,
        event_name="ticket_new",
        storefront="de",
        callback_url=url,
        fallback_email="o@x.example",
    )


def deliveries(actor: Actor, n: int, error: str = "") -> list[OutboxMessage]:
    assert actor.seller_id is not None
    rows = []
    for i in range(n):
        rows += emit(seller_id=actor.seller_id, event="ticket_new", storefront="de", payload={"n": i})
    for row in rows:
        DeliveryAttempt.objects.create(outbox=row, status_code=500, error=error, duration_ms=12)
    OutboxMessage.objects.filter(pk__in=[r.pk for r in rows]).update(attempts=1, last_error=error)
    return rows


@pytest.fixture
def seller_client(client: Client, seller_user: User) -> Client:
    client.force_login(seller_user)
    return client


def test_the_page_lists_subscriptions_and_deliveries_with_their_state(
    seller_client: Client, seller: Actor, now: Any
) -> None:
    subscribe(seller, "https://hooks.alpha.example/in")
    rows = deliveries(seller, 2, error="Upstream <b>timeout</b>")
    OutboxMessage.objects.filter(pk=rows[0].pk).update(status=OutboxStatus.FAILED)

    response = seller_client.get(reverse("seller:webhook_log"))

    assert response.status_code == 200
    page = response.content.decode()
    assert "https://hooks.alpha.example/in" in page
    assert f'data-delivery="{rows[1].delivery_id}"' in page
    assert "Upstream &lt;b&gt;timeout&lt;/b&gt;" in page and "<b>timeout</b>" not in page
    assert "HTTP 500" in page
    assert reverse("seller:webhook_log") == "/seller/webhooks/"


def test_another_seller_sees_none_of_it(client: Client, seller: Actor, seller2_user: User, seller2: Actor) -> None:
    subscribe(seller, "https://hooks.alpha.example/secret")
    mine = deliveries(seller, 3)
    subscribe(seller2, "https://hooks.beta.example/own")

    client.force_login(seller2_user)
    page = client.get(reverse("seller:webhook_log")).content.decode()

    assert "hooks.alpha.example" not in page
    assert all(str(row.delivery_id) not in page for row in mine)
    assert "hooks.beta.example/own" in page
    assert "Nothing has been delivered yet." in page


def test_only_sellers_reach_the_page(client: Client, buyer_user: User, agent_user: User) -> None:
    anonymous = client.get(reverse("seller:webhook_log"))
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    for user in (buyer_user, agent_user):
        client.force_login(user)
        assert client.get(reverse("seller:webhook_log")).status_code == 404


def test_the_log_keeps_to_a_fixed_number_of_queries(
    seller_client: Client, seller: Actor, django_assert_max_num_queries: Any
) -> None:
    subscribe(seller, "https://hooks.alpha.example/in")
    deliveries(seller, 1)
    seller_client.get(reverse("seller:webhook_log"))
    with django_assert_max_num_queries(8) as captured:
        seller_client.get(reverse("seller:webhook_log"))
    few = len(captured)
    deliveries(seller, 30)
    with django_assert_max_num_queries(few):
        response = seller_client.get(reverse("seller:webhook_log"))
    assert response.content.decode().count("data-delivery=") == 31
    deliveries(seller, 75)
    assert seller_client.get(reverse("seller:webhook_log")).content.decode().count("data-delivery=") == 100
