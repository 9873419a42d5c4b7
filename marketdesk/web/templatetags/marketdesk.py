"""Filters for the portals: money, working time left on the answer clock, file sizes."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from marketdesk.core import clock
from marketdesk.core.money import Money
from marketdesk.tickets import deadlines
from marketdesk.tickets.state import Clocked, clock_of

register = template.Library()


@register.filter
def money(amount: int | None, currency: str) -> str:
    if amount is None:
        return ""
    return str(Money(int(amount), currency))


@functools.cache
def _clock_words(language: str) -> dict[str, str]:
    # Looked up once per language: lists write a clock on every row.
    return {
        "days": _("%(d)d d %(h)d h"),
        "hours": _("%(h)d h %(m)02d min"),
        "minutes": _("%(m)d min"),
        "overdue": _("overdue by %(t)s"),
        "paused": _("paused, %(t)s left"),
    }


def format_working_time(left: dt.timedelta, language: str | None = None) -> str:
    words = _clock_words(language or get_language())
    seconds = int(abs(left.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        text = words["days"] % {"d": days, "h": hours}
    elif hours:
        text = words["hours"] % {"h": hours, "m": minutes}
    else:
        text = words["minutes"] % {"m": minutes}
    return words["overdue"] % {"t": text} if left.total_seconds() < 0 else text


@register.simple_tag
def answer_clock(ticket: Clocked, now: dt.datetime | None = None, language: str | None = None) -> dict[str, Any]:
    """{'label', 'level': 'ok' | 'soon' | 'overdue' | 'paused' | 'none', 'deadline'} for a ticket.

    A list writes a clock on every row: it passes the time and the language once for all of them."""
    state = clock_of(ticket)
    if state.state == "idle":
        return {"label": "", "level": "none", "deadline": None}
    now = now or clock.now()
    language = language or get_language()
    calendar = ticket.storefront.calendar()
    left = deadlines.time_left(state, now, calendar) or dt.timedelta(0)
    if state.state == "paused":
        return {
            "label": _clock_words(language)["paused"] % {"t": format_working_time(left, language)},
            "level": "paused",
            "deadline": None,
        }
    if deadlines.is_overdue(state, now):
        level = "overdue"
    elif left < dt.timedelta(hours=ticket.storefront.warning_hours):
        level = "soon"
    else:
        level = "ok"
    return {"label": format_working_time(left, language), "level": level, "deadline": state.deadline_at}
