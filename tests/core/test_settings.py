"""Every environment variable the code reads is documented in .env.example."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_listed_in_env_example() -> None:
    read = set()
    for path in [*ROOT.glob("config/*.py"), *ROOT.glob("marketdesk/**/*.py"), *ROOT.glob("tests/**/conftest.py")]:
        text = path.read_text()
        read |= set(re.findall(r'env_(?:str|int|bool|list)\(\s*"([A-Z0-9_]+)"', text))
        read |= set(re.findall(r'os\.environ\.get\(\s*"(MARKETDESK_[A-Z0-9_]+)"', text))
    documented = set(re.findall(r"^([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), flags=re.MULTILINE))
    assert read, "no settings found: the pattern is stale"
    assert read - documented == set()


@pytest.mark.django_db
def test_the_system_checks_warn_of_nothing_on_this_database() -> None:
    """`make run` migrates with Django's checks: a first start shows no warnings (on SQLite, the covering indexes'
    INCLUDE columns are left out on purpose)."""
    out = io.StringIO()
    call_command("check", databases=["default"], fail_level="WARNING", stdout=out, stderr=out)
    assert "no issues" in out.getvalue()
