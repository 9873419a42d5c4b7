"""One line of the policy's command-line contract: a buyer or seller message as a JSON object in, its reading out."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from marketdesk.catalog.defaults import STOREFRONTS
from marketdesk.policy.buyer import read_buyer_message
from marketdesk.policy.seller import AttachmentInfo, decide, price_in_eur_cents, read_seller_reply

ROLES = ("buyer", "seller")
STOREFRONT_CODES = frozenset(row[0] for row in STOREFRONTS)
# A hint only: the readers detect the language, since buyers and sellers on one storefront write in several.
STOREFRONT_LANGUAGE = {row[0]: row[3] for row in STOREFRONTS}
CURRENCIES = ("EUR", "CZK", "PLN")


def default_eur_rates() -> dict[str, Decimal]:
    """Currency → value of one unit in EUR, as the storefronts ship (for callers without a database)."""
    rates = {"EUR": Decimal(1)}
    for _code, _name, currency, _language, _zone, _country, rate in STOREFRONTS:
        rates.setdefault(currency, rate)
    return rates


def classify_line(obj: Any, *, eur_rates: Mapping[str, Decimal]) -> dict[str, Any]:
    """The policy's reading of one message line; raises ValueError, saying what is wrong, on invalid input.

    The buyer's message is read as if the order unit were within the cancellation period (the line carries no
    delivery date), so `policy_applies` is exactly "the text exercises withdrawal with a return for a refund". A
    seller's message is judged as the first response to a ticket where the policy applies.
    """
    if not isinstance(obj, dict):
        raise ValueError(f"a line must be a JSON object, not {_json_type(obj)}")
    line_id = obj.get("id")
    if line_id is not None and (isinstance(line_id, bool) or not isinstance(line_id, str | int)):
        raise ValueError(f'"id" must be a string or an integer, not {_json_type(line_id)}')
    role = obj.get("role")
    if role not in ROLES:
        raise ValueError(f'"role" must be "buyer" or "seller", not {role!r}')
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError(f'"text" must be a string, not {_json_type(text)}')
    storefront = obj.get("storefront")
    if storefront not in STOREFRONT_CODES:
        raise ValueError(f'"storefront" must be one of {", ".join(sorted(STOREFRONT_CODES))}, not {storefront!r}')
    price = _item_price(obj.get("item_price"), eur_rates)
    attachments = _attachments(obj.get("attachments"))

    if role == "buyer":
        reading = read_buyer_message(text, language=STOREFRONT_LANGUAGE[storefront])
        return {
            "id": line_id,
            "role": role,
            "policy_applies": bool(reading.wants_return_for_refund),
            "intent": str(reading.intent),
            "first_level_topic": None if reading.first_level_topic is None else str(reading.first_level_topic),
            "evidence": [evidence.as_dict() for evidence in reading.evidence],
        }
    seller_reading = read_seller_reply(
        text, attachments=attachments, item_price_eur_cents=price, language=STOREFRONT_LANGUAGE[storefront]
    )
    decision = decide(seller_reading)
    return {
        "id": line_id,
        "role": role,
        "decision": str(decision.decision),
        "return_options": [str(option) for option in seller_reading.return_options],
        "discount_offered": bool(seller_reading.discount_offered),
        "why": str(decision.why),
        "evidence": [evidence.as_dict() for evidence in decision.evidence],
    }


def _item_price(value: Any, eur_rates: Mapping[str, Decimal]) -> int | None:
    """The unit's price paid in euro cents, or None when the line does not say."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError(f'"item_price" must be an object {{"amount", "currency"}}, not {_json_type(value)}')
    amount, currency = value.get("amount"), value.get("currency")
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise ValueError(f'"item_price.amount" must be a whole number of minor units ≥ 0, not {amount!r}')
    if currency not in CURRENCIES:
        raise ValueError(f'"item_price.currency" must be one of {", ".join(CURRENCIES)}, not {currency!r}')
    if currency not in eur_rates:
        raise ValueError(f"no EUR rate is configured for {currency}")
    return price_in_eur_cents(amount, currency, eur_rates)


def _attachments(value: Any) -> tuple[AttachmentInfo, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValueError(f'"attachments" must be a list, not {_json_type(value)}')
    found = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise ValueError(f'"attachments[{index}]" must be an object {{"filename", "mime_type"}}')
        filename, mime_type = item.get("filename"), item.get("mime_type")
        if not isinstance(filename, str) or not filename.strip():
            raise ValueError(f'"attachments[{index}].filename" must be a non-empty string')
        if not isinstance(mime_type, str) or "/" not in mime_type:
            raise ValueError(f'"attachments[{index}].mime_type" must be a MIME type such as "application/pdf"')
        found.append(AttachmentInfo(filename=filename, mime_type=mime_type))
    return tuple(found)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
