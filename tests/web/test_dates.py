"""The list's date writer writes exactly what Django's `date` filter writes, in every language and time zone."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from marketdesk.web import dates

MOMENTS = [
    dt.datetime(2026, 1, 2, 0, 0, tzinfo=dt.UTC),
    dt.datetime(2026, 3, 9, 12, 0, tzinfo=dt.UTC),
    dt.datetime(2026, 7, 14, 13, 5, 9, tzinfo=dt.UTC),
    dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC),
    dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.UTC),
    dt.datetime(999, 5, 6, 9, 0, tzinfo=dt.UTC),
]
FILTER = Template("{{ value|date:'SHORT_DATETIME_FORMAT' }}")


# The portal's languages and the storefronts' (whose formats Django knows even where the portal is not translated).
@pytest.mark.parametrize("language", ["en", "de", "cs", "sk", "pl", "fr", "it"])
@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "America/New_York"])
def test_the_same_as_the_date_filter(language: str, zone: str) -> None:
    with translation.override(language), timezone.override(zone):
        page = dates.short_datetimes()
        for moment in MOMENTS:
            assert dates.short_datetime(moment) == page(moment) == FILTER.render(Context({"value": moment}))
    assert dates.short_datetime(None) == ""


def test_a_format_it_does_not_know_is_left_to_django() -> None:
    moment = dt.datetime(2026, 7, 14, 13, 5, tzinfo=dt.UTC)
    write = dates._writer(r"D, N jS \o\f Y", "en")
    with translation.override("en"):
        assert write(moment) == "Tue, July 14th of 2026"
