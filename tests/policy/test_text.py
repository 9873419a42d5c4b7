"""Text folding keeps a map back to what was written; quoted earlier messages are not the author's words."""

from __future__ import annotations

import re

import pytest

from marketdesk.policy.text import find, fold, strip_quoted


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Rücksendeetikett", "rucksendeetikett"),
        ("Zwróć towar, zwrot pieniędzy", "zwroc towar, zwrot pieniedzy"),
        ("Vrácení zboží, štítek", "vraceni zbozi, stitek"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("étiquette de retour", "etiquette de retour"),
    ],
)
def test_fold_removes_case_and_diacritics(raw: str, folded: str) -> None:
    assert fold(raw).folded == folded


def test_evidence_points_at_the_original_words() -> None:
    text = "Hallo, hier ist das Rücksendeetikett für Sie."
    [evidence] = find(fold(text), re.compile(r"rucksendeetikett"), "label", "a label")
    assert evidence.text == "Rücksendeetikett"
    assert text[evidence.start : evidence.end] == "Rücksendeetikett"
    folded = fold("Straße 1")
    assert folded.excerpt(0, 7) == "Straße"


@pytest.mark.parametrize(
    "reply",
    [
        "Danke für Ihre Nachricht.\n\nAm 3. März 2026 um 10:00 schrieb Anna Becker:\nIch will ein Etikett.",
        "Thanks.\n\nOn Tue, 3 Mar 2026 at 10:00, Anna wrote:\n> I want a label",
        "Děkujeme.\n\nDne 3. 3. 2026 v 10:00 Jan Novák napsal(a):\nChci štítek.",
        "Dziękujemy.\n\nW dniu 3.03.2026 o 10:00 Jan napisał:\nChcę etykietę.",
        "Danke.\n> Ich will ein Etikett.\n> Bitte schnell.",
        "Merci.\n\n-----Original Message-----\nJe veux une étiquette.",
    ],
)
def test_quoted_earlier_messages_are_ignored(reply: str) -> None:
    own = strip_quoted(reply)
    assert not any(word in fold(own).folded for word in ("etikett", "label", "stitek", "etykiet", "etiquette"))
