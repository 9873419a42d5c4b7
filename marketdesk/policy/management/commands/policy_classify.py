"""`manage.py policy_classify < in.jsonl > out.jsonl`: the return-option policy's reading of each message line."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any, TextIO

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from marketdesk.catalog.models import Storefront
from marketdesk.policy.classify import classify_line, default_eur_rates


def configured_eur_rates() -> tuple[dict[str, dict[str, Decimal]], dict[str, Decimal]]:
    """(storefront code → currency → value of one unit in EUR, currency → value of one unit in EUR).

    A line is converted at its own storefront's rate when the price is in that storefront's currency, so two
    storefronts selling in one currency may differ; any other currency takes the first storefront's rate for it (by
    code). An empty table or no database at all falls back to the rates the storefronts ship with.
    """
    try:
        rows = list(Storefront.objects.order_by("code").values_list("code", "currency", "eur_rate"))
    except DatabaseError:
        rows = []  # no database yet (not migrated): classifying text needs none
    if not rows:
        return {}, default_eur_rates()
    by_currency: dict[str, Decimal] = {"EUR": Decimal(1)}
    for _code, currency, rate in rows:
        by_currency.setdefault(currency, rate)
    return {code: {**by_currency, currency: rate} for code, currency, rate in rows}, by_currency


class Command(BaseCommand):
    help = (
        "Read JSON lines of buyer and seller messages from standard input and write one JSON line per message with "
        "the return-option policy's reading: buyers get policy_applies, intent and first_level_topic, sellers "
        "decision, return_options and discount_offered, both the evidence. A bad line gives "
        '{"id", "error"} and the run goes on. Input lines: {"id", "role", "text", "storefront", "item_price"?, '
        '"attachments"?}; other keys are ignored, so a labelled evaluation set can be piped in as it is.'
    )
    # Tests hand call_command a StringIO as stdin, the way stdout and stderr work.
    stealth_options = ("stdin",)

    def handle(self, *args: Any, **options: Any) -> None:
        stdin: TextIO = options.get("stdin") or sys.stdin
        # JSON Lines are UTF-8 whatever the locale says.
        for stream in (stdin, sys.stdout):
            if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
                stream.reconfigure(encoding="utf-8")
        by_storefront, by_currency = configured_eur_rates()
        for result in classify_stream(stdin, by_storefront, by_currency):
            # ensure_ascii off: evidence quotes what people wrote, diacritics included.
            self.stdout.write(json.dumps(result, ensure_ascii=False))


def classify_stream(
    lines: Iterable[str], by_storefront: Mapping[str, Mapping[str, Decimal]], by_currency: Mapping[str, Decimal]
) -> Iterator[dict[str, Any]]:
    """One result per non-blank line, lazily, so a file of any size streams through."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as error:
            yield {"id": None, "error": f"line {number}: not valid JSON ({error.msg} at column {error.colno})"}
            continue
        line_id = obj.get("id") if isinstance(obj, dict) else None
        if isinstance(line_id, bool) or not isinstance(line_id, str | int):
            line_id = None
        storefront = obj.get("storefront") if isinstance(obj, dict) else None
        eur_rates = by_storefront.get(storefront, by_currency) if isinstance(storefront, str) else by_currency
        try:
            yield classify_line(obj, eur_rates=eur_rates)
        except ValueError as error:
            yield {"id": line_id, "error": f"line {number}: {error}"}
