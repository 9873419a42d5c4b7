"""A storefront is one sales channel of the marketplace (de, at, cz, sk, pl, fr, it)."""

from __future__ import annotations

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from marketdesk.core.money import Currency
from marketdesk.tickets.deadlines import Calendar


class StorefrontCode(models.TextChoices):
    DE = "de", "de"
    AT = "at", "at"
    CZ = "cz", "cz"
    SK = "sk", "sk"
    PL = "pl", "pl"
    FR = "fr", "fr"
    IT = "it", "it"


class Language(models.TextChoices):
    DE = "de", _("German")
    CS = "cs", _("Czech")
    SK = "sk", _("Slovak")
    PL = "pl", _("Polish")
    FR = "fr", _("French")
    IT = "it", _("Italian")
    EN = "en", _("English")


def _validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("%(value)s is not an IANA time zone."), params={"value": value})


class Storefront(models.Model):
    code = models.CharField(_("code"), max_length=2, primary_key=True, choices=StorefrontCode.choices)
    name = models.CharField(_("name"), max_length=80)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[_validate_time_zone])
    holiday_country = models.CharField(
        _("holiday country"), max_length=2, help_text=_("ISO country code whose public holidays are not working days.")
    )
    holiday_subdivision = models.CharField(
        _("holiday subdivision"), max_length=8, blank=True, help_text=_("Optional region, e.g. BY for Bavaria.")
    )
    answer_hours = models.PositiveSmallIntegerField(
        _("answer time (working hours)"), default=48, help_text=_("How long a seller has to answer a ticket.")
    )
    warning_hours = models.PositiveSmallIntegerField(_("deadline warning (working hours before)"), default=8)
    cancellation_period_days = models.PositiveSmallIntegerField(
        _("cancellation period (days)"), default=14, help_text=_("Withdrawal period from delivery, in days.")
    )
    eur_rate = models.DecimalField(
        _("value of 1 unit in EUR"),
        max_digits=12,
        decimal_places=6,
        default=1,
        help_text=_("Conversion rate used by the return-option policy for the 40 EUR limit."),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("storefront")
        verbose_name_plural = _("storefronts")

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"

    def calendar(self) -> Calendar:
        """The working-day calendar of this storefront."""
        return Calendar(
            country=self.holiday_country, time_zone=self.time_zone, subdivision=self.holiday_subdivision or None
        )
