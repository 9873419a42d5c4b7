"""Placeholders in text modules: `{{buyer_name}}` and friends; unknown names are an error at save time."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")

# Labels stay lazy so each person reads them in their own language.
PLACEHOLDERS: Mapping[str, Promise] = {
    "buyer_name": _("The buyer's full name"),
    "buyer_first_name": _("The buyer's first name"),
    "order_number": _("The order number"),
    "ticket_number": _("The ticket number"),
    "item_title": _("The title of the ticket's first order unit"),
    "seller_name": _("Your seller account's name"),
    "return_label_link": _("Your prepaid return label link"),
    "seller_return_address": _("Your return address"),
    "storefront": _("The storefront, e.g. de"),
}


def unknown_placeholders(body: str) -> list[str]:
    """Names used in `body` that are not placeholders we can fill, in order of appearance."""
    seen: list[str] = []
    for name in PLACEHOLDER_RE.findall(body):
        if name not in PLACEHOLDERS and name not in seen:
            seen.append(name)
    return seen


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    missing: tuple[str, ...]  # known placeholders with no value for this ticket (left visible in the text)


def render(body: str, values: Mapping[str, str]) -> Rendered:
    missing: list[str] = []

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name, "")
        if not value:
            if name not in missing:
                missing.append(name)
            return match.group(0)
        return value

    return Rendered(text=PLACEHOLDER_RE.sub(fill, body), missing=tuple(missing))
