"""Demo message texts in German, Czech, Polish and English, written by buyers, sellers and customer service."""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Mapping

from marketdesk.demo.texts import cs, de, en, pl
from marketdesk.demo.texts.base import SLOTS, LanguageTexts
from marketdesk.demo.texts.modules import MODULES

BY_LANGUAGE: Mapping[str, LanguageTexts] = {"de": de.TEXTS, "cs": cs.TEXTS, "pl": pl.TEXTS, "en": en.TEXTS}
# Which language people write in on each storefront (Slovak, French and Italian buyers write English here).
STOREFRONT_LANGUAGE = {"de": "de", "at": "de", "cz": "cs", "pl": "pl", "sk": "en", "fr": "en", "it": "en"}
TAKEOVER_REASONS = en.TAKEOVER_REASONS
HANDBACK_NOTES = en.HANDBACK_NOTES


def fill(template: str, slots: Mapping[str, str]) -> str:
    """The template with its slots filled; lines wrapped only in the source are joined again.

    A line break stays after a short line (a greeting, a sign-off) and before a short line that follows a
    finished sentence (a name, an order number); anything else was wrapped to fit the source file.
    """
    lines = textwrap.dedent(template).strip().splitlines()
    text = lines[0]
    for previous, line in itertools.pairwise(lines):
        kept = len(previous) < 60 or (previous.rstrip()[-1:] in ".!?:" and len(line) < 40)
        text += ("\n" if kept else " ") + line
    return text.format_map(slots)


__all__ = [
    "BY_LANGUAGE",
    "HANDBACK_NOTES",
    "MODULES",
    "SLOTS",
    "STOREFRONT_LANGUAGE",
    "TAKEOVER_REASONS",
    "LanguageTexts",
    "fill",
]
