"""Money as integer minor units with a currency; never floats."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


class Currency(models.TextChoices):
    EUR = "EUR", _("Euro")
    CZK = "CZK", _("Czech koruna")
    PLN = "PLN", _("Polish złoty")


_SYMBOL = {"EUR": "€", "CZK": "Kč", "PLN": "zł"}


@dataclass(frozen=True, slots=True)
class Money:
    amount: int  # minor units (cents, haléře, grosze)
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, int) or isinstance(self.amount, bool):
            raise TypeError("Money.amount must be an int of minor units")
        if self.currency not in Currency.values:
            raise ValueError(f"unknown currency {self.currency!r}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    @property
    def decimal(self) -> Decimal:
        return Decimal(self.amount).scaleb(-2)

    def __str__(self) -> str:
        return f"{self.decimal:,.2f} {_SYMBOL[self.currency]}"


def parse_major_units(text: str) -> int:
    """'12,50' or '12.50' → 1250; raises ValueError on anything that is not a plain amount."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned or cleaned.count(".") > 1:
        raise ValueError(f"{text!r} is not an amount")
    value = Decimal(cleaned)
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"{text!r} has more than two decimals")
    return int(value * 100)
