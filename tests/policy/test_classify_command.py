"""`manage.py policy_classify`: one JSON line out per line in, bad lines become error lines and the run goes on."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from marketdesk.catalog.models import Storefront
from marketdesk.policy.classify import classify_line, default_eur_rates
from marketdesk.policy.management.commands.policy_classify import classify_stream, configured_eur_rates

ROOT = Path(__file__).resolve().parents[2]
RATES = default_eur_rates()

BUYER = {
    "id": "b1",
    "role": "buyer",
    "text": "Ich widerrufe den Kauf und schicke die Lampe zurück.",
    "storefront": "de",
}
SELLER_LABEL: dict[str, Any] = {
    "id": "s1",
    "role": "seller",
    "text": "Anbei das Rücksendeetikett.",
    "storefront": "de",
    "item_price": {"amount": 4999, "currency": "EUR"},
    "attachments": [{"filename": "ruecksendeetikett.pdf", "mime_type": "application/pdf"}],
}
SELLER_PROMISE: dict[str, Any] = {
    "id": 7,
    "role": "seller",
    "text": "We will send you a return label once you confirm the item is unused.",
    "storefront": "pl",
    "item_price": {"amount": 14900, "currency": "PLN"},
}
# 899 CZK: 35.96 EUR at the shipped rate (address valid), 44.95 EUR at 0.05 (address not valid).
SELLER_ADDRESS_CZK: dict[str, Any] = {
    "id": "s-cz",
    "role": "seller",
    "text": "Zboží prosím zašlete zpět na naši adresu: Domácí potřeby s.r.o., Skladová 12, 110 00 Praha 1.",
    "storefront": "cz",
    "item_price": {"amount": 89900, "currency": "CZK"},
}


def run(*lines: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    call_command("policy_classify", stdin=io.StringIO("".join(f"{line}\n" for line in lines)), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def assert_evidence(result: dict[str, Any], text: str) -> None:
    assert isinstance(result["evidence"], list)
    for evidence in result["evidence"]:
        assert set(evidence) >= {"rule", "text", "start", "end", "why"}
        # Evidence points at what the author wrote (file names of attachments are not in the text).
        if evidence["text"] and 0 <= evidence["start"] < evidence["end"] <= len(text):
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


@pytest.mark.django_db
def test_each_role_gets_its_reading() -> None:
    buyer, label, promise = run(dumps(BUYER), dumps(SELLER_LABEL), dumps(SELLER_PROMISE))

    assert buyer["id"] == "b1"
    assert buyer["policy_applies"] is True
    assert buyer["intent"] == "withdrawal_refund"
    assert buyer["first_level_topic"] is None
    assert buyer["evidence"]
    assert_evidence(buyer, BUYER["text"])

    assert label["id"] == "s1"
    assert label["decision"] == "compliant"
    assert label["return_options"] == ["label_attached"]
    assert label["discount_offered"] is False
    assert label["evidence"]
    assert_evidence(label, SELLER_LABEL["text"])

    assert promise["id"] == 7
    assert promise["decision"] == "violation"
    assert promise["return_options"] == []
    assert_evidence(promise, SELLER_PROMISE["text"])


@pytest.mark.django_db
def test_bad_lines_become_error_lines_and_the_run_goes_on() -> None:
    results = run(
        "{not json",
        "[1, 2]",
        dumps({"id": "x1", "text": "Hallo", "storefront": "de"}),
        "",
        "   ",
        dumps(BUYER),
        dumps({**SELLER_LABEL, "id": "x2", "item_price": {"amount": 12.5, "currency": "EUR"}}),
        dumps(SELLER_PROMISE),
    )

    assert len(results) == 6  # blank lines give nothing
    assert results[0]["id"] is None
    assert "line 1" in results[0]["error"]
    assert "JSON" in results[0]["error"]
    assert results[1] == {"id": None, "error": "line 2: a line must be a JSON object, not a list"}
    assert results[2]["id"] == "x1"
    assert '"role"' in results[2]["error"]
    assert results[3]["id"] == "b1"
    assert "error" not in results[3]
    assert results[4]["id"] == "x2"
    assert "item_price.amount" in results[4]["error"]
    assert results[5]["id"] == 7
    assert results[5]["decision"] == "violation"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("text", "a line must be a JSON object, not a string"),
        ({**BUYER, "id": True}, '"id" must be a string or an integer'),
        ({**BUYER, "id": ["a"]}, '"id" must be a string or an integer'),
        ({k: v for k, v in BUYER.items() if k != "role"}, '"role" must be "buyer" or "seller"'),
        ({**BUYER, "role": "customer_service"}, '"role" must be "buyer" or "seller"'),
        ({k: v for k, v in BUYER.items() if k != "text"}, '"text" must be a string, not null'),
        ({**BUYER, "text": 12}, '"text" must be a string, not a number'),
        ({k: v for k, v in BUYER.items() if k != "storefront"}, '"storefront" must be one of'),
        ({**BUYER, "storefront": "uk"}, '"storefront" must be one of'),
        ({**SELLER_LABEL, "item_price": 4999}, '"item_price" must be an object'),
        ({**SELLER_LABEL, "item_price": {"amount": -1, "currency": "EUR"}}, '"item_price.amount"'),
        ({**SELLER_LABEL, "item_price": {"amount": True, "currency": "EUR"}}, '"item_price.amount"'),
        ({**SELLER_LABEL, "item_price": {"amount": "49.99", "currency": "EUR"}}, '"item_price.amount"'),
        ({**SELLER_LABEL, "item_price": {"amount": 4999, "currency": "USD"}}, '"item_price.currency"'),
        ({**SELLER_LABEL, "item_price": {"amount": 4999}}, '"item_price.currency"'),
        ({**SELLER_LABEL, "attachments": {"filename": "a.pdf"}}, '"attachments" must be a list'),
        ({**SELLER_LABEL, "attachments": ["a.pdf"]}, '"attachments[0]" must be an object'),
        ({**SELLER_LABEL, "attachments": [{"mime_type": "application/pdf"}]}, '"attachments[0].filename"'),
        ({**SELLER_LABEL, "attachments": [{"filename": "a.pdf", "mime_type": "pdf"}]}, '"attachments[0].mime_type"'),
        ({**BUYER, "attachments": [{"filename": " ", "mime_type": "image/jpeg"}]}, '"attachments[0].filename"'),
    ],
)
def test_invalid_lines_are_value_errors_that_say_what_is_wrong(line: Any, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        classify_line(line, eur_rates=RATES)


def test_a_currency_without_a_rate_is_an_error_not_a_guess() -> None:
    with pytest.raises(ValueError, match="no EUR rate is configured for CZK"):
        classify_line(SELLER_ADDRESS_CZK, eur_rates={"EUR": Decimal(1)})


def test_optional_keys_may_be_null_or_absent_and_unknown_keys_are_ignored() -> None:
    minimal = {"role": "seller", "text": "Wir melden uns.", "storefront": "at", "item_price": None, "attachments": None}
    result = classify_line({**minimal, "expected": {"decision": "violation"}}, eur_rates=RATES)
    assert result["id"] is None
    assert result["decision"] in ("violation", "needs_review")


@pytest.mark.django_db
def test_rates_come_from_the_storefront_table() -> None:
    [shipped] = run(dumps(SELLER_ADDRESS_CZK))
    assert shipped["decision"] == "compliant"
    assert shipped["return_options"] == ["return_address"]

    Storefront.objects.filter(code="cz").update(eur_rate=Decimal("0.05"))
    [configured] = run(dumps(SELLER_ADDRESS_CZK))
    assert configured["decision"] == "violation"
    assert configured["return_options"] == []


@pytest.mark.django_db
def test_configured_rates_per_storefront_and_the_shipped_defaults_for_an_empty_table() -> None:
    Storefront.objects.filter(code="pl").update(eur_rate=Decimal("0.25"))
    by_storefront, by_currency = configured_eur_rates()
    assert by_storefront["pl"]["PLN"] == Decimal("0.25")
    assert by_storefront["cz"]["CZK"] == Decimal("0.04")
    assert by_storefront["de"]["EUR"] == Decimal(1)
    assert by_currency == {"EUR": Decimal(1), "CZK": Decimal("0.04"), "PLN": Decimal("0.25")}

    Storefront.objects.all().delete()
    assert configured_eur_rates() == ({}, {"EUR": Decimal(1), "CZK": Decimal("0.04"), "PLN": Decimal("0.23")})
    [result] = run(dumps(SELLER_ADDRESS_CZK))
    assert result["decision"] == "compliant"


def test_lines_stream_one_result_per_line_without_reading_ahead() -> None:
    def lines() -> Iterator[str]:
        yield dumps(BUYER)
        raise AssertionError("the second line was read before the first result was given")

    results = classify_stream(lines(), {}, RATES)
    assert next(results)["id"] == "b1"


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="its database is a SQLite file of its own: the SQLite suite runs it"
)
def test_the_command_as_a_process_reads_stdin_and_writes_stdout(tmp_path: Path, migrated_sqlite: Path) -> None:
    shutil.copyfile(migrated_sqlite, tmp_path / "policy.sqlite3")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "MARKETDESK_SECRET_KEY": "policy-classify-test",
        "MARKETDESK_DEBUG": "0",
        "DATABASE_URL": "",
        "MARKETDESK_SQLITE_PATH": str(tmp_path / "policy.sqlite3"),
        "PYTHONIOENCODING": "ascii",  # the command writes UTF-8 whatever the locale says
    }
    manage = [sys.executable, "manage.py"]
    given = "\n".join([dumps(BUYER), "oops", "", dumps(SELLER_LABEL), dumps(SELLER_ADDRESS_CZK)]) + "\n"
    done = subprocess.run(  # noqa: S603
        [*manage, "policy_classify"], cwd=ROOT, env=env, input=given.encode(), capture_output=True, timeout=60
    )

    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in results] == ["b1", None, "s1", "s-cz"]
    assert results[0]["policy_applies"] is True
    assert "error" in results[1]
    assert results[2]["return_options"] == ["label_attached"]
    assert results[3]["decision"] == "compliant"
