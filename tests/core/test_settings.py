"""Every environment variable the code reads is documented in .env.example."""

from __future__ import annotations

import re
from pathlib import Path

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
