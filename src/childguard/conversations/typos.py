"""Typo-tolerant keywords: "parnets", "phoot", "cuantos aons" read as the words the indicator
patterns are written with.

Chat is full of slips of the finger, and a pattern that needs "parents" misses "parnets".
Normalisation therefore maps a token one edit away (a letter swapped with its neighbour, left
out, added or replaced) from exactly one *keyword* of the patterns to that keyword, unless the
token is itself a real English or Spanish word: "patents" and "grace" stay as they are, "gade"
becomes "grade". Four-letter keywords only accept a swap ("fotp" is too ambiguous; "ftoo" is
not), and tokens under four letters are never touched.

Both word lists ship in ``typos.txt``, generated from the patterns and from `wordfreq`'s
English and Spanish frequency lists by ``python -m childguard.conversations.typos`` (a
development dependency; nothing is downloaded at run time). A test checks that the file
matches the patterns, so it is regenerated whenever a pattern gains a word.
"""

from __future__ import annotations

import re
import string
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Final

WORDS_FILE: Final[Path] = Path(__file__).with_name("typos.txt")
MIN_TOKEN: Final[int] = 4
# A word this common (Zipf scale: 3 = once per million words) in English or Spanish is a
# word in its own right, not a typo.
REAL_WORD_ZIPF: Final[float] = 3.0
_CACHE_LIMIT: Final[int] = 100_000
_RUNS_RE = re.compile(r"([a-z])\1+")
_ESCAPE_RE = re.compile(r"\\[a-zA-Z]")
_PATTERN_WORD_RE = re.compile(r"(?<![a-z])[a-z]{4,}(?![a-z])")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _edits1(word: str) -> set[str]:
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters}) - {word}


def _is_swap(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def one_edit(token: str, keyword: str) -> bool:
    """Whether ``token`` is exactly one edit (swap of neighbours, deletion, insertion or
    substitution) from ``keyword``."""
    la, lb = len(token), len(keyword)
    if abs(la - lb) > 1 or token == keyword:
        return False
    if la == lb:
        return sum(x != y for x, y in zip(token, keyword, strict=True)) == 1 or _is_swap(
            token, keyword)
    short, long_ = (token, keyword) if la < lb else (keyword, token)
    return short in _deletes(long_)


class TypoCorrector:
    """Maps a token one edit from exactly one keyword to it; cached per token."""

    def __init__(self, keywords: Iterable[str], real_words: Iterable[str]) -> None:
        self.keywords = frozenset(keywords)
        self.real_words = frozenset(real_words)
        self._index: dict[str, set[str]] = {}
        for word in self.keywords:
            for variant in (word, *_deletes(word)):
                self._index.setdefault(variant, set()).add(word)
        self._cache: dict[str, str] = {}

    def correct(self, token: str) -> str:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        result = self._correct(token)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[token] = result
        return result

    def _correct(self, token: str) -> str:
        if len(token) < MIN_TOKEN or token in self.keywords or token in self.real_words:
            return token
        candidates: set[str] = set(self._index.get(token, ()))
        for variant in _deletes(token):
            candidates.update(self._index.get(variant, ()))
        found = [k for k in candidates
                 if one_edit(token, k) and (len(k) > MIN_TOKEN or _is_swap(token, k))]
        return found[0] if len(found) == 1 else token


def _collapse(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.lower())
    word = "".join(c for c in word if not unicodedata.combining(c))
    return _RUNS_RE.sub(r"\1", word)


def pattern_words(sources: Iterable[str]) -> set[str]:
    """Plain words of four or more letters in regex sources (escapes such as ``\\b`` removed)."""
    words: set[str] = set()
    for source in sources:
        words.update(_PATTERN_WORD_RE.findall(_ESCAPE_RE.sub(" ", source)))
    return words


def build(sources: Iterable[str]) -> tuple[list[str], list[str]]:
    """(keywords, real words one edit from a keyword) for these pattern sources; needs the
    ``wordfreq`` package. Keywords are the pattern words that are real words (so regex
    fragments such as ``madur`` of ``madur[oa]`` are left out), app names, or game slang."""
    from wordfreq import top_n_list, zipf_frequency  # development dependency

    def frequency(word: str) -> float:
        return max(zipf_frequency(word, "en"), zipf_frequency(word, "es"))

    real: set[str] = set()
    for lang in ("en", "es"):
        for word in top_n_list(lang, 200_000):
            if frequency(word) < REAL_WORD_ZIPF:
                continue
            collapsed = _collapse(word)
            if collapsed.isascii() and collapsed.isalpha():
                real.add(collapsed)
    keywords = sorted(w for w in pattern_words(sources)
                      if w in real or frequency(w) >= 1.5)
    near = {v for k in keywords for v in _edits1(k)} & real
    return keywords, sorted(near - set(keywords))


def write(path: Path, keywords: list[str], real_words: list[str]) -> None:
    path.write_text(
        "# Generated by `python -m childguard.conversations.typos`; do not edit.\n"
        "# [keywords]: words of the indicator patterns; [real words]: English and Spanish words\n"
        "# one edit from a keyword, which are never corrected.\n"
        "[keywords]\n" + "\n".join(keywords) + "\n[real words]\n" + "\n".join(real_words) + "\n",
        encoding="utf-8")


def read(path: Path = WORDS_FILE) -> tuple[list[str], list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        elif current is not None:
            current.append(line)
    return sections.get("keywords", []), sections.get("real words", [])


def main() -> None:
    from childguard.conversations.indicators import pattern_sources

    keywords, real_words = build(pattern_sources())
    write(WORDS_FILE, keywords, real_words)
    print(f"wrote {WORDS_FILE}: {len(keywords)} keywords, {len(real_words)} real words near "
          "them", file=sys.stderr)


if __name__ == "__main__":
    main()
