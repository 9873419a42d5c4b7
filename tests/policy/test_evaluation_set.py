"""The labelled evaluation set: large enough per language and role, every line valid, the hard cases present, and the
policy's readers reaching the issue's targets on it (per role over all languages; bench/policy.py prints them per
language)."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.policy import (
    BUYER_PRECISION,
    BUYER_RECALL,
    NEEDS_REVIEW_MAX,
    SELLER_PRECISION,
    SELLER_RECALL,
    SET_DIR,
    Example,
    Score,
    load_set,
    problems,
    score,
)
from marketdesk.policy.buyer import FIRST_LEVEL_TOPICS, INTENTS
from marketdesk.policy.classify import default_eur_rates
from marketdesk.policy.seller import RETURN_OPTIONS, price_in_eur_cents

MINIMUM = {"de": 40, "cs": 40, "pl": 40, "en": 40, "sk": 15, "fr": 15, "it": 15}
MAIN_LANGUAGES = ("de", "cs", "pl", "en")


# One test process reads and scores the set once for the module's tests.
pytestmark = pytest.mark.xdist_group("evaluation-set")


@pytest.fixture(scope="module")
def examples() -> list[Example]:
    return load_set()


@pytest.fixture(scope="module")
def scores(examples: list[Example]) -> dict[tuple[str, str], Score]:
    return score(examples)


def of(examples: list[Example], language: str | None = None, role: str | None = None) -> list[Example]:
    return [e for e in examples if language in (None, e.language) and role in (None, e.role)]


def test_the_set_has_one_file_per_language_and_every_line_is_valid(examples: list[Example]) -> None:
    assert sorted(path.stem for path in SET_DIR.glob("*.jsonl")) == sorted(MINIMUM)
    ids = [e.id for e in examples]
    assert len(ids) == len(set(ids))
    for example in examples:
        assert example.id.startswith(f"{example.language}-{example.role[0]}-"), example.id


@pytest.mark.parametrize("role", ["buyer", "seller"])
@pytest.mark.parametrize(("language", "minimum"), MINIMUM.items())
def test_enough_lines_per_language_and_role(examples: list[Example], language: str, role: str, minimum: int) -> None:
    assert len(of(examples, language, role)) >= minimum


BUYER: dict[str, Any] = {"id": "x-b-1", "role": "buyer", "text": "Zurück bitte.", "storefront": "de"}
GOOD_BUYER: dict[str, Any] = {
    **BUYER,
    "expected": {"policy_applies": True, "intent": "withdrawal_refund", "first_level_topic": None},
}
GOOD_SELLER: dict[str, Any] = {
    "id": "x-s-1",
    "role": "seller",
    "text": "Anbei das Etikett.",
    "storefront": "cz",
    "item_price": {"amount": 89900, "currency": "CZK"},
    "attachments": [{"filename": "stitek.pdf", "mime_type": "application/pdf"}],
    "expected": {"decision": "compliant", "return_options": ["label_attached"]},
}


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ([], "not a JSON object"),
        ({**GOOD_BUYER, "extra": 1}, "unknown key 'extra'"),
        ({**GOOD_BUYER, "id": 3}, '"id" must be a non-empty string'),
        ({**GOOD_BUYER, "role": "agent"}, '"role" must be buyer or seller'),
        ({**GOOD_BUYER, "text": " "}, '"text" must be a non-empty string'),
        ({**GOOD_BUYER, "storefront": "uk"}, "is not a storefront code"),
        ({**GOOD_SELLER, "item_price": {"amount": 8.99, "currency": "CZK"}}, '"item_price" must be'),
        ({**GOOD_SELLER, "item_price": {"amount": 899, "currency": "USD"}}, '"item_price" must be'),
        ({**GOOD_SELLER, "attachments": [{"filename": "a.pdf"}]}, '"attachments" must be'),
        ({**GOOD_BUYER, "expected": None}, '"expected" must be an object'),
        ({**GOOD_BUYER, "expected": {**GOOD_BUYER["expected"], "intent": "refund"}}, "is not one of"),
        ({**GOOD_BUYER, "expected": {**GOOD_BUYER["expected"], "first_level_topic": "paypal"}}, "is not one of"),
        ({**GOOD_BUYER, "expected": {**GOOD_BUYER["expected"], "intent": "exchange"}}, "exactly when"),
        ({**GOOD_BUYER, "expected": {"policy_applies": True, "intent": "withdrawal_refund"}}, "has exactly"),
        ({**GOOD_SELLER, "expected": {"decision": "ok", "return_options": []}}, "is not one of"),
        ({**GOOD_SELLER, "expected": {"decision": "compliant", "return_options": ["label"]}}, "distinct names"),
        ({**GOOD_SELLER, "expected": {"decision": "compliant", "return_options": []}}, "names the valid return"),
        ({**GOOD_SELLER, "expected": {"decision": "violation", "return_options": ["label_url"]}}, "contains no valid"),
    ],
)
def test_the_validator_names_what_is_wrong(line: Any, problem: str) -> None:
    assert problems(GOOD_BUYER) == []
    assert problems(GOOD_SELLER) == []
    assert any(problem in found for found in problems(line)), problems(line)


def test_a_duplicate_id_or_an_invalid_line_is_reported_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "xx.jsonl"
    path.write_text("\n".join([json.dumps(GOOD_BUYER), json.dumps(GOOD_BUYER), "{"]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx\.jsonl:2: duplicate id 'x-b-1'(.|\n)*xx\.jsonl:3: not valid JSON"):
        load_set(path)


@pytest.mark.parametrize("language", MAIN_LANGUAGES)
def test_every_intent_topic_and_option_appears_in_each_main_language(examples: list[Example], language: str) -> None:
    buyers, sellers = of(examples, language, "buyer"), of(examples, language, "seller")
    assert {e.expected["intent"] for e in buyers} == set(INTENTS)
    assert {e.expected["first_level_topic"] for e in buyers} - {None} == set(FIRST_LEVEL_TOPICS)
    assert {o for e in sellers for o in e.expected["return_options"]} == set(RETURN_OPTIONS)
    decisions = Counter(e.expected["decision"] for e in sellers)
    assert decisions["compliant"] >= 15
    assert decisions["violation"] >= 15
    # The hard seller cases: a label mentioned without a file, and a discount both instead of and beside an option.
    assert any(not e.line.get("attachments") and e.expected["decision"] == "violation" for e in sellers)
    assert any(e.line.get("attachments") and e.expected["decision"] == "violation" for e in sellers)
    applies = Counter(e.expected["policy_applies"] for e in buyers)
    assert applies[True] >= 12
    assert applies[False] >= 20


@pytest.mark.parametrize("currency", ["EUR", "CZK", "PLN"])
def test_one_return_address_on_both_sides_of_40_eur_in_each_currency(examples: list[Example], currency: str) -> None:
    rates = default_eur_rates()
    sides: dict[str, set[tuple[bool, bool]]] = {}
    for example in of(examples, role="seller"):
        price = example.line.get("item_price")
        if price and price["currency"] == currency:
            within = price_in_eur_cents(price["amount"], currency, rates) <= 4000
            valid = "return_address" in example.expected["return_options"]
            sides.setdefault(example.line["text"], set()).add((within, valid))
    assert any({(True, True), (False, False)} <= found for found in sides.values())


def test_needs_review_labels_are_rare(examples: list[Example]) -> None:
    sellers = of(examples, role="seller")
    labelled = sum(e.expected["decision"] == "needs_review" for e in sellers)
    assert 0 < labelled <= 0.05 * len(sellers)


def test_there_are_quoted_earlier_messages_and_text_without_diacritics(examples: list[Example]) -> None:
    for language in MAIN_LANGUAGES:
        texts = [e.line["text"] for e in of(examples, language)]
        assert any("\n>" in t or "schrieb" in t or "wrote:" in t or "napsal" in t or "napisa" in t for t in texts)
        if language != "en":
            assert any(t.isascii() and len(t) > 40 for t in texts), language


def misses(group: Score) -> str:
    return "\n".join(group.misses)


def test_buyer_policy_applies_reaches_the_targets(scores: dict[tuple[str, str], Score]) -> None:
    buyer = scores["all", "buyer"]
    assert buyer.rejected == 0, misses(buyer)
    assert (buyer.precision or 0) >= BUYER_PRECISION, misses(buyer)
    assert (buyer.recall or 0) >= BUYER_RECALL, misses(buyer)


def test_seller_violations_reach_the_targets(scores: dict[tuple[str, str], Score]) -> None:
    seller = scores["all", "seller"]
    assert seller.rejected == 0, misses(seller)
    assert (seller.precision or 0) >= SELLER_PRECISION, misses(seller)
    assert (seller.recall or 0) >= SELLER_RECALL, misses(seller)
    assert (seller.share(seller.needs_review) or 0) <= NEEDS_REVIEW_MAX, misses(seller)


def test_the_rates_the_set_is_labelled_with(examples: list[Example]) -> None:
    # The 40 EUR edge cases in the set are labelled at the shipped rates; if these change, relabel them.
    assert default_eur_rates() == {"EUR": Decimal(1), "CZK": Decimal("0.04"), "PLN": Decimal("0.23")}


HELD_OUT = Path(__file__).resolve().parents[2] / "marketdesk" / "policy" / "heldout"


def test_the_held_out_set_is_valid_and_the_readers_reach_the_targets_on_it() -> None:
    """The held-out set (written without looking at the readers, never used to tune them) must meet the same
    targets per role over all languages: a rule that only fits the evaluation set shows up here."""
    held_out = load_set(HELD_OUT)
    assert {e.language for e in held_out} == set(MINIMUM)
    scores = score(held_out)
    buyer, seller = scores["all", "buyer"], scores["all", "seller"]
    assert buyer.rejected == 0 and seller.rejected == 0
    assert (buyer.precision or 0) >= BUYER_PRECISION and (buyer.recall or 0) >= BUYER_RECALL, misses(buyer)
    assert (seller.precision or 0) >= SELLER_PRECISION and (seller.recall or 0) >= SELLER_RECALL, misses(seller)
    assert (seller.share(seller.needs_review) or 0) <= NEEDS_REVIEW_MAX, misses(seller)
