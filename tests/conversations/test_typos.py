"""Typo-tolerant keywords: a one-edit slip of a pattern word is read as that word, a real word
never is, and the shipped word lists match the patterns."""

from __future__ import annotations

import pytest

from childguard.conversations import typos
from childguard.conversations.indicators import detect_text, normalize, pattern_sources
from childguard.conversations.typos import TypoCorrector, one_edit


def test_one_edit_covers_swaps_deletions_insertions_and_substitutions() -> None:
    assert one_edit("parnets", "parents")  # swap of neighbours
    assert one_edit("parets", "parents")  # deletion
    assert one_edit("parrents", "parents")  # insertion
    assert one_edit("parants", "parents")  # substitution
    assert not one_edit("parents", "parents")
    assert not one_edit("prantes", "parents")  # two edits
    assert not one_edit("par", "parents")


def test_corrector_rules() -> None:
    corrector = TypoCorrector(["parents", "photo", "cash", "foto", "fotos"],
                              ["patents", "case"])
    assert corrector.correct("parnets") == "parents"
    assert corrector.correct("phoot") == "photo"
    assert corrector.correct("patents") == "patents"  # a real word stays
    assert corrector.correct("case") == "case"
    assert corrector.correct("cahs") == "cash"  # four letters: a swap is accepted...
    assert corrector.correct("cosh") == "cosh"  # ...a substitution is not
    assert corrector.correct("fotp") == "fotp"  # one edit from both "foto" and "fotos"
    assert corrector.correct("pic") == "pic"  # under four letters: never touched


@pytest.mark.parametrize(("typo", "indicator"), [
    ("are ur parnets home?", "risk_check"),
    ("is this ur own phnoe?", "risk_check"),
    ("what graed are you in?", "age_probing"),
    ("cuantos aons tienes", "age_probing"),
    ("if you don't send another phoot", "photo_camera"),
    ("dleete this chat", "secrecy"),
])
def test_typos_of_keywords_still_show_the_indicator(typo: str, indicator: str) -> None:
    assert indicator in detect_text(typo)


@pytest.mark.parametrize("text", ["my patents are pending", "grace is in my group",
                                  "i have a case of soda"])
def test_real_words_near_keywords_are_left_alone(text: str) -> None:
    assert normalize(text).split() == text.split()


def test_shipped_word_lists_match_the_patterns() -> None:
    """typos.txt is generated from the patterns and wordfreq's lists; regenerate it with
    `python -m childguard.conversations.typos` after changing a pattern."""
    pytest.importorskip("wordfreq", reason="wordfreq is a development dependency")
    assert typos.build(pattern_sources()) == typos.read()
