"""Sending and fulfilment move an order unit forward only from the statuses that allow it, and only for its seller."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from marketdesk.accounts.actors import SYSTEM, Actor
from marketdesk.accounts.models import User
from marketdesk.core import clock
from marketdesk.core.errors import ActionNotAllowed, NotFound, ValidationFailed
from marketdesk.orders.errors import ShippingStepNotAllowed
from marketdesk.orders.models import Order, OrderUnit, OrderUnitStatus
from marketdesk.orders.shipping import parse_tracking_numbers, unit_fulfil, unit_send

S = OrderUnitStatus
ALL_STATUSES = list(S)


@pytest.fixture
def unit_in(
    make_order: Callable[..., Order], seller_user: User, buyer_user: User, now: dt.datetime
) -> Callable[[str], OrderUnit]:
    def make(status: str) -> OrderUnit:
        return make_order(seller_user, buyer_user, units=[(1999, 390, status)]).units.get()

    return make


def later() -> dt.datetime:
    moved = clock.now() + dt.timedelta(hours=2)
    clock.set_now(moved)
    return moved


@pytest.mark.parametrize("status", [S.OPEN, S.NEED_TO_BE_SENT])
def test_send_marks_the_unit_sent(unit_in: Callable[[str], OrderUnit], seller: Actor, status: str) -> None:
    unit = unit_in(status)
    when = later()
    shipment = unit_send(actor=seller, unit=unit, tracking_numbers=" 0034123456789, 0034987654321 ", carrier_code="DHL")
    assert shipment.tracking_numbers == ("0034123456789", "0034987654321")
    assert shipment.carrier_code == "DHL"
    assert shipment.unit.status == S.SENT
    unit.refresh_from_db()
    assert (unit.status, unit.updated_at) == (S.SENT, when)


@pytest.mark.parametrize("status", [s for s in ALL_STATUSES if s not in (S.OPEN, S.NEED_TO_BE_SENT)])
def test_send_is_refused_once_the_unit_has_left(
    unit_in: Callable[[str], OrderUnit], seller: Actor, status: str
) -> None:
    unit = unit_in(status)
    before = unit.updated_at
    with pytest.raises(ShippingStepNotAllowed) as caught:
        unit_send(actor=seller, unit=unit, tracking_numbers="0034123456789", carrier_code="DHL")
    assert isinstance(caught.value, ActionNotAllowed)
    assert caught.value.code == "action_not_allowed"
    assert str(unit.pk) in caught.value.message
    unit.refresh_from_db()
    assert (unit.status, unit.updated_at) == (status, before)


def test_fulfil_moves_an_open_unit_to_need_to_be_sent(unit_in: Callable[[str], OrderUnit], seller: Actor) -> None:
    unit = unit_in(S.OPEN)
    when = later()
    result = unit_fulfil(actor=seller, unit=unit)
    assert result.status == S.NEED_TO_BE_SENT
    unit.refresh_from_db()
    assert (unit.status, unit.updated_at) == (S.NEED_TO_BE_SENT, when)


@pytest.mark.parametrize("status", [s for s in ALL_STATUSES if s != S.OPEN])
def test_fulfil_only_from_open(unit_in: Callable[[str], OrderUnit], seller: Actor, status: str) -> None:
    unit = unit_in(status)
    with pytest.raises(ShippingStepNotAllowed):
        unit_fulfil(actor=seller, unit=unit)
    unit.refresh_from_db()
    assert unit.status == status


def test_state_is_read_under_the_lock_not_from_a_stale_object(
    unit_in: Callable[[str], OrderUnit], seller: Actor
) -> None:
    unit = unit_in(S.OPEN)
    stale = OrderUnit.objects.get(pk=unit.pk)
    unit_send(actor=seller, unit=unit, tracking_numbers="1", carrier_code="DHL")
    with pytest.raises(ShippingStepNotAllowed):
        unit_fulfil(actor=seller, unit=stale)
    with pytest.raises(ShippingStepNotAllowed):
        unit_send(actor=seller, unit=stale, tracking_numbers="2", carrier_code="DHL")
    unit.refresh_from_db()
    assert unit.status == S.SENT


@pytest.mark.parametrize(
    "raw",
    ["", " ", "123,,456", "123,", 123, None, ["123"], "12 34", "x" * 65, ",".join(str(n) for n in range(21))],
    ids=["empty", "blank", "empty-part", "trailing-comma", "int", "none", "list", "space", "too-long", "too-many"],
)
def test_tracking_numbers_must_be_real(unit_in: Callable[[str], OrderUnit], seller: Actor, raw: object) -> None:
    unit = unit_in(S.NEED_TO_BE_SENT)
    with pytest.raises(ValidationFailed) as caught:
        unit_send(actor=seller, unit=unit, tracking_numbers=raw, carrier_code="DHL")  # type: ignore[arg-type]
    assert caught.value.field == "tracking_numbers"
    unit.refresh_from_db()
    assert unit.status == S.NEED_TO_BE_SENT


@pytest.mark.parametrize("carrier", ["", "   ", None, 7, "C" * 51])
def test_carrier_code_is_required(unit_in: Callable[[str], OrderUnit], seller: Actor, carrier: object) -> None:
    unit = unit_in(S.NEED_TO_BE_SENT)
    with pytest.raises(ValidationFailed) as caught:
        unit_send(actor=seller, unit=unit, tracking_numbers="123", carrier_code=carrier)  # type: ignore[arg-type]
    assert caught.value.field == "carrier_code"
    unit.refresh_from_db()
    assert unit.status == S.NEED_TO_BE_SENT


def test_parse_tracking_numbers_keeps_order() -> None:
    assert parse_tracking_numbers("B,A , C") == ("B", "A", "C")


def test_another_seller_and_buyers_cannot_ship(
    unit_in: Callable[[str], OrderUnit], seller2: Actor, buyer: Actor
) -> None:
    unit = unit_in(S.OPEN)
    for actor in (seller2, buyer):
        with pytest.raises(NotFound):
            unit_send(actor=actor, unit=unit, tracking_numbers="123", carrier_code="DHL")
        with pytest.raises(NotFound):
            unit_fulfil(actor=actor, unit=unit)
    unit.refresh_from_db()
    assert unit.status == S.OPEN


def test_customer_service_and_the_system_may_ship(unit_in: Callable[[str], OrderUnit], agent: Actor) -> None:
    unit = unit_in(S.OPEN)
    unit_fulfil(actor=agent, unit=unit)
    unit_send(actor=SYSTEM, unit=unit, tracking_numbers="123", carrier_code="GLS")
    unit.refresh_from_db()
    assert unit.status == S.SENT
