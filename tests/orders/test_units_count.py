"""An order stores its count of order units: set by order_create, backfilled by the migration, kept by the admin."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from django.db import connection
from django.db.models import Count, F
from django.test import Client
from django.urls import reverse

from marketdesk.accounts import services as account_services
from marketdesk.accounts.models import Role, User
from marketdesk.orders.models import Order, OrderUnitStatus
from tests.querycounts.conftest import logged_in

S = OrderUnitStatus
backfill = importlib.import_module("marketdesk.orders.migrations.0004_order_units_count")


def test_order_create_stores_the_number_of_units(
    make_order: Callable[..., Order], seller_user: User, buyer_user: User
) -> None:
    one = make_order(seller_user, buyer_user, units=[(1000, 0, S.OPEN)])
    three = make_order(seller_user, buyer_user, units=[(1000, 0, S.OPEN), (500, 90, S.SENT), (20, 0, S.RECEIVED)])
    stored = dict(Order.objects.values_list("pk", "units_count"))
    assert stored == {one.pk: 1, three.pk: 3}
    assert three.units.count() == 3


def test_the_migration_counts_the_units_of_every_order(
    make_order: Callable[..., Order], seller_user: User, buyer_user: User
) -> None:
    for size in (1, 2, 3, 2):
        make_order(seller_user, buyer_user, units=[(1000, 0, S.OPEN)] * size)
    Order.objects.update(units_count=0)
    with connection.cursor() as cursor:
        cursor.execute(backfill.COUNT_UNITS)
    assert sorted(Order.objects.values_list("units_count", flat=True)) == [1, 2, 2, 3]
    assert not Order.objects.annotate(n=Count("units")).exclude(units_count=F("n")).exists()


def test_the_admin_changes_units_but_never_adds_or_removes_them(order: Order) -> None:
    client: Client = logged_in(account_services.user_create(username="operator", password="pw", role=Role.OPERATOR))
    assert client.get(reverse("admin:orders_order_add")).status_code == 403
    page = client.get(reverse("admin:orders_order_change", args=[order.pk]))
    assert page.status_code == 200
    form = page.context["inline_admin_formsets"][0]
    assert not form.has_add_permission and not form.has_delete_permission and form.has_change_permission
    assert page.context["adminform"].form.instance.units_count == 2
