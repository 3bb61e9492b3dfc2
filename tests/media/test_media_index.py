"""The in-memory PDQ index finds every hash within the threshold, and only those, while it is
being changed."""

from __future__ import annotations

import numpy as np
import pytest

from childguard.media.pdqindex import (
    PdqIndex,
    Segment,
    _column_distances,
    _distances,
    hex_to_words,
    words_to_hex,
)

# The second crosses 64-bit word edges; the third is what large indexes use (sparse buckets).
LAYOUTS = [(16,) * 16, (20,) * 12 + (16,), (24,) * 3 + (23,) * 8]


def _flip(words: np.ndarray, rng: np.random.Generator, k: int) -> np.ndarray:
    bits = np.unpackbits(words.astype(">u8").view(np.uint8))
    bits[rng.choice(256, k, replace=False)] ^= 1
    return np.packbits(bits).view(">u8").astype(np.uint64)


def _brute(words: np.ndarray, q: np.ndarray, t: int) -> set[int]:
    d = np.bitwise_count(words ^ q[None, :]).sum(axis=1)
    return set(np.flatnonzero(d <= t).tolist())


@pytest.mark.parametrize("layout,threshold", [(LAYOUTS[0], t) for t in (0, 15, 31, 47, 60)]
                         + [(LAYOUTS[1], 31), (LAYOUTS[2], 31)])
def test_search_equals_brute_force(layout: tuple[int, ...], threshold: int) -> None:
    rng = np.random.default_rng(threshold)
    centres = rng.integers(0, 2**64, size=(20, 4), dtype=np.uint64)
    words = np.stack([_flip(centres[i % 20], rng, int(rng.integers(0, 40)))
                      for i in range(3000)])  # clustered, like real PDQ hashes
    seg = Segment(words, np.arange(len(words)), np.zeros(len(words), np.int32), layout=layout)
    queries = np.stack([_flip(words[int(rng.integers(len(words)))], rng, k % 40)
                        for k in range(40)])
    qi, rows, dist = seg.search(queries, threshold)
    for i in range(len(queries)):
        found = {int(r) for q, r in zip(qi, rows, strict=True) if q == i}
        assert found == _brute(words, queries[i], threshold)
    expected = np.bitwise_count(words[rows] ^ queries[qi]).sum(axis=1)
    assert np.array_equal(dist, expected)
    for i in range(0, len(queries), 7):  # one query at a time takes its own path
        qi1, rows1, dist1 = seg.search(queries[i:i + 1], threshold)
        assert set(rows1.tolist()) == _brute(words, queries[i], threshold)
        assert np.array_equal(dist1, np.bitwise_count(words[rows1] ^ queries[i]).sum(axis=1))


def test_distances_cover_the_whole_range() -> None:
    rng = np.random.default_rng(4)
    q = rng.integers(0, 2**64, size=(1, 4), dtype=np.uint64)
    rows = np.concatenate([q, ~q, q ^ np.uint64(1), rng.integers(0, 2**64, size=(50, 4),
                                                                   dtype=np.uint64)])
    expected = np.bitwise_count(rows ^ q).sum(axis=1)
    assert list(expected[:3]) == [0, 256, 4]
    assert np.array_equal(_distances(rows, q), expected)
    assert np.array_equal(_distances(rows, np.repeat(q, len(rows), axis=0)), expected)
    assert np.array_equal(_column_distances(rows.T.copy(), q[0]), expected)
    many = np.repeat(rows, 200, axis=0)  # past the size where the query is not repeated
    assert np.array_equal(_distances(many, q), np.repeat(expected, 200))


def test_hex_round_trip() -> None:
    hexes = ["00" * 32, "ff" * 32, "0123456789abcdef" * 4]
    assert words_to_hex(hex_to_words(hexes)) == hexes


@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")
@pytest.mark.parametrize("background", [False, True])
def test_changes_are_visible_immediately_and_survive_merges(background: bool) -> None:
    rng = np.random.default_rng(3)
    words = rng.integers(0, 2**64, size=(500, 4), dtype=np.uint64)
    hexes = words_to_hex(words)
    index = PdqIndex(delta_limit=50, background_merge=background)
    index.load(words[:200], np.arange(200), np.zeros(200, np.int32))
    for i in range(200, 500):  # several merges happen along the way
        index.upsert(i, 1, [hexes[i]], True)
    index.upsert(10, 0, [hexes[10]], False)  # disable one in the main segment
    index.upsert(450, 1, [hexes[450]], False)  # and one that was added later
    index.wait_for_merge()
    for i in (5, 10, 300, 450, 499):
        found = {h.entry_id for h in index.search([hexes[i]], 31)}
        assert found == (set() if i in (10, 450) else {i})
    index.upsert(10, 0, [hexes[10]], True)
    assert {h.entry_id for h in index.search([hexes[10]], 0)} == {10}
    assert index.live_rows == 499


def test_one_entry_may_own_several_rows() -> None:
    rng = np.random.default_rng(4)
    frames = words_to_hex(rng.integers(0, 2**64, size=(3, 4), dtype=np.uint64))
    index = PdqIndex()
    index.upsert(7, 0, frames, True)
    assert [h.query for h in index.search(frames, 0)] == [0, 1, 2]
    index.upsert(7, 0, frames, False)
    assert index.search(frames, 31) == []
