"""Core values: money, identifiers, the clock and the typed environment readers."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_str
from marketdesk.core import clock
from marketdesk.core.ids import TicketNumber
from marketdesk.core.money import Money, parse_major_units


def test_money_adds_within_one_currency_only() -> None:
    assert Money(1250, "EUR") + Money(50, "EUR") == Money(1300, "EUR")
    assert str(Money(123456, "CZK")) == "1,234.56 Kč"
    with pytest.raises(ValueError, match="cannot combine"):
        Money(1, "EUR") + Money(1, "PLN")
    with pytest.raises(TypeError):
        Money(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown currency"):
        Money(1, "USD")


@pytest.mark.parametrize(("text", "cents"), [("12,50", 1250), ("12.5", 1250), (" 3 ", 300), ("0.01", 1)])
def test_parse_major_units(text: str, cents: int) -> None:
    assert parse_major_units(text) == cents


@pytest.mark.parametrize("text", ["", "1.2.3", "1.001", "abc"])
def test_parse_major_units_refuses_non_amounts(text: str) -> None:
    with pytest.raises((ValueError, ArithmeticError)):
        parse_major_units(text)


@pytest.mark.parametrize("value", ["0011234567", "00212345678", "001123456789", "0011234567a", ""])
def test_ticket_numbers_are_11_digits_starting_001(value: str) -> None:
    with pytest.raises(ValueError, match="not a ticket number"):
        TicketNumber(value)
    assert TicketNumber("00110123123") == "00110123123"
    assert len(TicketNumber.random()) == 11


def test_clock_is_aware_utc_and_can_be_frozen() -> None:
    assert clock.now().tzinfo is dt.UTC
    instant = dt.datetime(2026, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    with clock.frozen_at(instant):
        assert clock.now() == instant and clock.now().tzinfo is dt.UTC
    with pytest.raises(ValueError, match="naive"):
        clock.set_now(dt.datetime(2026, 1, 1))  # noqa: DTZ001


def test_env_readers_give_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MD_INT", "twelve")
    with pytest.raises(ImproperlyConfigured, match="MD_INT='twelve' is not a valid integer"):
        env_int("MD_INT", 1)
    monkeypatch.setenv("MD_INT", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("MD_INT", 1, minimum=1)
    monkeypatch.setenv("MD_BOOL", "maybe")
    with pytest.raises(ImproperlyConfigured, match="use one of"):
        env_bool("MD_BOOL", False)
    monkeypatch.setenv("MD_BOOL", "Yes")
    assert env_bool("MD_BOOL", False) is True
    monkeypatch.setenv("MD_LIST", "a, b,,c")
    assert env_list("MD_LIST", []) == ["a", "b", "c"]
    monkeypatch.delenv("MD_MISSING", raising=False)
    with pytest.raises(ImproperlyConfigured, match="MD_MISSING is required"):
        env_str("MD_MISSING")
    assert env_str("MD_MISSING", "fallback") == "fallback"
