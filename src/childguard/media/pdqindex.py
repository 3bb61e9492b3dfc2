"""Exact PDQ search in memory: multi-index hashing over numpy, no full rebuilds on change.

Why this shape:

* A 256-bit hash is cut into 16 chunks of 16 bits. If two hashes are within distance ``t``,
  at least one chunk differs in at most ``t // 16`` bits (pigeonhole), so probing every
  chunk's buckets with up to that many flipped bits finds *every* match: recall is 1.0 by
  construction, not by tuning. Candidates are then verified with a vectorised popcount.
* Each chunk's buckets are a counting sort (CSR: ``offsets`` + ``perm``). Small indexes use
  16 chunks of 16 bits (<= 1 flipped bit per probe at distance 31); large ones use 11 chunks
  of 23-24 bits (<= 2 flips), whose buckets are nearly empty at 10M so only a few thousand
  candidates are verified per query. About 1.4 GB at 10M (HMA's faiss index: ~5 GB).
* Changes land in a small *delta* segment (scanned by brute force) and toggle an ``alive``
  flag in place; when the delta grows past a limit, a background thread merges it into a new
  main segment and swaps it in. Readers never wait and never see a half-built index.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


def layout_for(n: int) -> tuple[int, ...]:
    """Chunk widths (summing to 256) for an index of ``n`` hashes.

    More, narrower chunks keep the bucket tables small; fewer, wider chunks make buckets
    sparse so far fewer candidates need verifying. The switch points were measured with
    ``bench/bench_media_lookup.py`` on 2 cores.
    """
    if n < 400_000:
        return (16,) * 16  # 4 MB of bucket tables
    return (24,) * 3 + (23,) * 8  # 470 MB of bucket tables, ~1 candidate per probe at 10M


def hex_to_words(hexes: Sequence[str]) -> np.ndarray:
    """(N, 4) uint64 of 64-char hex strings; word 0 holds the first 64 bits."""
    if not hexes:
        return np.zeros((0, 4), dtype=np.uint64)
    raw = bytes.fromhex("".join(hexes))
    if len(raw) != 32 * len(hexes):
        raise ValueError("every PDQ hash must be 64 hexadecimal characters")
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(-1, 4)


def words_to_hex(words: np.ndarray) -> list[str]:
    raw = np.ascontiguousarray(words, dtype=np.uint64).astype(">u8").tobytes()
    return [raw[i:i + 32].hex() for i in range(0, len(raw), 32)]


def _extract(words: np.ndarray, start: int, width: int) -> np.ndarray:
    """Bits [start, start + width) of each 256-bit row, as int64 (bit 0 = most significant)."""
    i, o = divmod(start, 64)
    mask = np.uint64((1 << width) - 1)
    if o + width <= 64:
        value = (words[:, i] >> np.uint64(64 - o - width)) & mask
    else:
        low_bits = o + width - 64
        high = words[:, i] << np.uint64(low_bits)
        value = (high | (words[:, i + 1] >> np.uint64(64 - low_bits))) & mask
    return value.astype(np.int64)


def _masks(width: int, nflip: int) -> np.ndarray:
    masks = [0]
    for k in range(1, nflip + 1):
        for bits in combinations(range(width), k):
            m = 0
            for b in bits:
                m |= 1 << b
            masks.append(m)
    return np.array(masks, dtype=np.int64)


_BYTE_PAIRS = np.uint32(0x00FF00FF)
_LOW_HALF = np.uint32(0xFFFF)
_EIGHT, _SIXTEEN = np.uint32(8), np.uint32(16)
#: Up to this many rows a query is repeated to the rows' shape (one contiguous XOR);
#: above it, broadcasting avoids allocating the copy (measured: 4k rows 24 vs 48 µs,
#: 10k rows 264 vs 82 µs).
_TILE_ROWS = 4096


def _popcounts(x: np.ndarray) -> np.ndarray:
    """Set bits of each row of an (N, 4) uint64 array, as uint32.

    The four per-word counts (bytes, at most 64 each) of a row are one uint32; adding its
    byte pairs and then its halves sums them without numpy's slow short-axis reduction."""
    v = np.bitwise_count(np.ascontiguousarray(x)).view(np.uint32).reshape(-1)
    pairs = (v & _BYTE_PAIRS) + ((v >> _EIGHT) & _BYTE_PAIRS)
    return (pairs & _LOW_HALF) + (pairs >> _SIXTEEN)


def _distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise Hamming distance of two (N, 4) uint64 arrays (b may be one row)."""
    if len(b) == 1 and len(a) != 1 and len(a) <= _TILE_ROWS:
        # XOR with a broadcast row runs numpy's inner loop once per row, four words at a
        # time; XOR with the row repeated runs it once.
        x = np.ascontiguousarray(a).reshape(-1) ^ np.tile(b.reshape(-1), len(a))
        return _popcounts(x.reshape(-1, 4))
    return _popcounts(np.bitwise_xor(a, b))


def _column_distances(columns: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Hamming distances of one query to hashes stored by column ((4, N) uint64): four
    contiguous passes, the fastest layout for a brute-force scan."""
    total = np.bitwise_count(columns[0] ^ query[0]).astype(np.uint16)
    for j in range(1, 4):
        total += np.bitwise_count(columns[j] ^ query[j])
    return total


class Segment:
    """Immutable multi-index over rows; ``alive`` is the only thing changed in place."""

    #: Above this threshold probing costs more than scanning; the segment scans instead.
    MAX_PROBED_THRESHOLD = 47
    #: Queries verified together; larger batches spill the candidate arrays out of cache.
    BATCH = 16

    def __init__(self, words: np.ndarray, entry_ids: np.ndarray, banks: np.ndarray,
                 alive: np.ndarray | None = None, layout: tuple[int, ...] | None = None) -> None:
        if len(entry_ids) > 1 and np.any(entry_ids[1:] < entry_ids[:-1]):
            order = np.argsort(entry_ids, kind="stable")
            words, entry_ids, banks = words[order], entry_ids[order], banks[order]
            alive = alive[order] if alive is not None else None
        self.words = np.ascontiguousarray(words, dtype=np.uint64).reshape(-1, 4)
        self.entry_ids = np.ascontiguousarray(entry_ids, dtype=np.int64)
        self.banks = np.ascontiguousarray(banks, dtype=np.int32)
        self.alive = (np.ones(len(entry_ids), dtype=bool) if alive is None
                      else np.ascontiguousarray(alive, dtype=bool))
        n = len(self.entry_ids)
        self.layout = layout or layout_for(n)
        assert sum(self.layout) == 256
        self.starts = [sum(self.layout[:c]) for c in range(len(self.layout))]
        if n >= 2**32:
            raise ValueError("one segment holds at most 2**32 - 1 hashes")
        index_type = np.int32 if n < 2**31 else np.int64
        self.perm = np.empty((len(self.layout), n), dtype=index_type)
        bases = [0]
        for w in self.layout:
            bases.append(bases[-1] + (1 << w) + 1)
        self.offset_base = np.array(bases[:-1], dtype=np.int64)
        self.offsets = np.zeros(bases[-1], dtype=index_type)
        for c, (start, width) in enumerate(zip(self.starts, self.layout, strict=True)):
            column = _extract(self.words, start, width)
            # Sorting (value << 32 | row) in place is ~3x faster than an argsort.
            keys = (column.astype(np.uint64) << np.uint64(32)) | np.arange(n, dtype=np.uint64)
            keys.sort()
            self.perm[c] = (keys & np.uint64(0xFFFFFFFF)).astype(index_type)
            del keys
            base = self.offset_base[c]
            counts = np.bincount(column, minlength=1 << width)
            np.cumsum(counts, out=self.offsets[base + 1: base + 1 + (1 << width)])
        self._finish()

    def _finish(self) -> None:
        self._flat_perm = self.perm.reshape(-1)
        self._probe_cache: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}

    _ARRAYS = ("words", "entry_ids", "banks", "perm", "offsets", "offset_base")

    def save(self, directory: Path) -> None:
        """Write the built index as .npy files (a restart maps them instead of rebuilding)."""
        directory.mkdir(parents=True, exist_ok=True)
        for name in self._ARRAYS:
            np.save(directory / f"{name}.npy", getattr(self, name))
        np.save(directory / "layout.npy", np.array(self.layout, dtype=np.int64))

    @classmethod
    def open(cls, directory: Path, banks: np.ndarray | None = None) -> Segment:
        """Map a saved index read-only: no build, and processes on one machine share the
        pages through the OS cache. ``banks`` replaces the stored bank ordinals."""
        segment = cls.__new__(cls)
        for name in cls._ARRAYS:
            # Plain ndarray views of the maps: numpy's memmap subclass adds Python-level
            # work to every indexing operation (a quarter of a lookup's time).
            setattr(segment, name, np.asarray(np.load(directory / f"{name}.npy",
                                                      mmap_mode="r")))
        if banks is not None:
            segment.banks = banks
        segment.layout = tuple(int(w) for w in np.load(directory / "layout.npy"))
        segment.starts = [sum(segment.layout[:c]) for c in range(len(segment.layout))]
        segment.alive = np.ones(len(segment.entry_ids), dtype=bool)
        segment._finish()
        return segment

    def __len__(self) -> int:
        return len(self.entry_ids)

    @property
    def nbytes(self) -> int:
        return (self.words.nbytes + self.entry_ids.nbytes + self.banks.nbytes
                + self.alive.nbytes + self.perm.nbytes + self.offsets.nbytes)

    def rows_of(self, entry_id: int) -> range:
        lo = int(np.searchsorted(self.entry_ids, entry_id, side="left"))
        hi = int(np.searchsorted(self.entry_ids, entry_id, side="right"))
        return range(lo, hi)

    def _probes(self, threshold: int) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                np.ndarray]:
        """Per probe: its chunk, its flip mask, where its chunk's buckets start in
        ``offsets``, and where its chunk's rows start in the flattened ``perm``."""
        cached = self._probe_cache.get(threshold)
        if cached is None:
            nflip = threshold // len(self.layout)  # pigeonhole: some chunk has <= nflip flips
            chunk_of, masks = [], []
            for c, width in enumerate(self.layout):
                m = _masks(width, nflip)
                chunk_of.append(np.full(len(m), c, dtype=np.int64))
                masks.append(m)
            chunks = np.concatenate(chunk_of)
            cached = (chunks, np.concatenate(masks), self.offset_base[chunks],
                      chunks * len(self.entry_ids))
            self._probe_cache[threshold] = cached
        return cached

    def search(self, queries: np.ndarray, threshold: int) -> tuple[np.ndarray, np.ndarray,
                                                                    np.ndarray]:
        """(query index, row, distance) of every row within ``threshold`` of a query.

        Every step is one numpy call over all probes or all candidates, with ``take`` for
        the random reads (several times faster than fancy indexing): at 5M rows a query
        probes ~3,100 buckets and verifies ~1,500 candidates."""
        n = len(self.entry_ids)
        empty = np.zeros(0, dtype=np.int64)
        if n == 0 or len(queries) == 0:
            return empty, empty, empty
        if threshold > self.MAX_PROBED_THRESHOLD:
            return self._scan(queries, threshold)
        if len(queries) > self.BATCH:
            parts = [self.search(queries[i:i + self.BATCH], threshold)
                     for i in range(0, len(queries), self.BATCH)]
            return (np.concatenate([p[0] + i * self.BATCH for i, p in enumerate(parts)]),
                    np.concatenate([p[1] for p in parts]), np.concatenate([p[2] for p in parts]))
        chunk_of, masks, slot_base, perm_base = self._probes(threshold)
        slots = self._chunk_values(queries)[:, chunk_of]  # (Q, probes)
        slots ^= masks
        slots += slot_base
        slots = slots.reshape(-1)
        starts = np.take(self.offsets, slots)
        lengths = np.take(self.offsets, slots + 1) - starts
        nonzero = np.flatnonzero(lengths)
        if len(nonzero) == 0:
            return empty, empty, empty
        probes = len(masks)
        lengths = lengths[nonzero].astype(np.int64)
        probe = nonzero if len(queries) == 1 else nonzero % probes
        firsts = starts[nonzero] + np.take(perm_base, probe)  # in the flattened perm
        total = int(lengths.sum())
        if total == len(lengths):  # every bucket hit holds one row (typical when large)
            positions = firsts
        else:
            ends = np.cumsum(lengths)
            positions = np.repeat(firsts - (ends - lengths), lengths) + np.arange(total)
        rows = np.take(self._flat_perm, positions).astype(np.int64)
        words = np.take(self.words, rows, axis=0)
        if len(queries) == 1:
            qids = np.zeros(total, dtype=np.int64)
            dist = _distances(words, queries)
        else:
            qids = np.repeat(nonzero // probes, lengths)
            dist = _popcounts(words ^ np.take(queries, qids, axis=0))
        keep = np.flatnonzero(dist <= threshold)
        qids, rows, dist = qids[keep], rows[keep], dist[keep].astype(np.int64)
        if len(rows) > 1:  # a row found through several chunks is reported once
            _, first = np.unique(qids * (n + 1) + rows, return_index=True)
            qids, rows, dist = qids[first], rows[first], dist[first]
        return qids, rows, dist

    def _chunk_values(self, queries: np.ndarray) -> np.ndarray:
        if len(queries) == 1:  # plain integers beat a dozen tiny numpy calls
            whole = int.from_bytes(queries[0].astype(">u8").tobytes(), "big")
            return np.array([[(whole >> (256 - s - w)) & ((1 << w) - 1) for s, w in
                              zip(self.starts, self.layout, strict=True)]], dtype=np.int64)
        return np.stack([_extract(queries, s, w) for s, w in
                         zip(self.starts, self.layout, strict=True)], axis=1)

    def _scan(self, queries: np.ndarray, threshold: int) -> tuple[np.ndarray, np.ndarray,
                                                                   np.ndarray]:
        out_q, out_r, out_d = [], [], []
        for qi in range(len(queries)):
            d = _distances(self.words, queries[qi][None, :])
            rows = np.flatnonzero(d <= threshold)
            out_q.append(np.full(len(rows), qi, dtype=np.int64))
            out_r.append(rows.astype(np.int64))
            out_d.append(d[rows].astype(np.int64))
        return np.concatenate(out_q), np.concatenate(out_r), np.concatenate(out_d)


@dataclass
class Hit:
    query: int
    entry_id: int
    bank: int
    distance: int


class PdqIndex:
    """A mutable set of (entry id, bank, hash) rows with exact radius search.

    One entry may own several rows (vPDQ frames). Writers (``upsert``/``set_enabled``) are
    serialised by a lock; ``search`` never takes it.
    """

    def __init__(self, *, delta_limit: int = 50_000, background_merge: bool = True) -> None:
        self.delta_limit = delta_limit
        self.background_merge = background_merge
        #: Called when a merge starts; what it returns is called with the new main segment
        #: once it is in place (the matcher writes its restart snapshot there).
        self.on_merge: Callable[[], Callable[[Segment], None] | None] | None = None
        self._lock = threading.Lock()
        self._main = Segment(np.zeros((0, 4), np.uint64), np.zeros(0, np.int64),
                             np.zeros(0, np.int32))
        self._delta_words: list[np.ndarray] = []
        self._delta_ids: list[int] = []
        self._delta_banks: list[int] = []
        self._delta_alive: list[bool] = []
        self._delta_rows: dict[int, list[int]] = {}
        self._delta_view: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None
        self._merging: threading.Thread | None = None
        self._merge_log: list[tuple[int, int, np.ndarray, bool]] | None = None

    # ---------------------------------------------------------------- building

    def load(self, words: np.ndarray, entry_ids: np.ndarray, banks: np.ndarray,
             alive: np.ndarray | None = None) -> None:
        """Replace everything with these rows (start-up)."""
        segment = Segment(words, entry_ids, banks, alive)
        with self._lock:
            self._main = segment
            self._clear_delta()

    def load_segment(self, segment: Segment) -> None:
        with self._lock:
            self._main = segment
            self._clear_delta()

    @property
    def main_segment(self) -> Segment:
        return self._main

    def _clear_delta(self) -> None:
        self._delta_words, self._delta_ids, self._delta_banks, self._delta_alive = [], [], [], []
        self._delta_rows, self._delta_view = {}, None

    def __len__(self) -> int:
        return len(self._main) + len(self._delta_ids)

    @property
    def live_rows(self) -> int:
        return int(self._main.alive.sum()) + sum(self._delta_alive)

    @property
    def nbytes(self) -> int:
        return self._main.nbytes + 48 * len(self._delta_ids)

    # ---------------------------------------------------------------- changes

    def upsert(self, entry_id: int, bank: int, hexes: Sequence[str], enabled: bool) -> None:
        """Make an entry's rows present and enabled/disabled. Hashes of an existing entry
        never change (entries are immutable apart from their flags)."""
        words = hex_to_words(list(hexes))
        with self._lock:
            self._apply(entry_id, bank, words, enabled)
            if self._merge_log is not None:
                self._merge_log.append((entry_id, bank, words, enabled))
            if len(self._delta_ids) >= self.delta_limit and self._merging is None:
                self._start_merge()

    def _apply(self, entry_id: int, bank: int, words: np.ndarray, enabled: bool) -> None:
        rows = self._main.rows_of(entry_id)
        if len(rows):
            self._main.alive[rows.start:rows.stop] = enabled
            return
        delta_rows = self._delta_rows.get(entry_id)
        if delta_rows is not None:
            for r in delta_rows:
                self._delta_alive[r] = enabled
            self._delta_view = None
            return
        if not enabled or len(words) == 0:
            return
        start = len(self._delta_ids)
        for w in words:
            self._delta_words.append(w)
            self._delta_ids.append(entry_id)
            self._delta_banks.append(bank)
            self._delta_alive.append(True)
        self._delta_rows[entry_id] = list(range(start, start + len(words)))
        self._delta_view = None

    def _delta_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The delta as (hash words by column: a (4, n) array, entry ids, banks, alive)."""
        view = self._delta_view
        if view is None:
            with self._lock:
                view = (np.array(self._delta_words, dtype=np.uint64).reshape(-1, 4).T.copy(),
                        np.array(self._delta_ids, dtype=np.int64),
                        np.array(self._delta_banks, dtype=np.int32),
                        np.array(self._delta_alive, dtype=bool))
                self._delta_view = view
        return view

    # ---------------------------------------------------------------- merging

    def _start_merge(self) -> None:
        main = self._main
        dw, di, db, da = (np.array(self._delta_words, dtype=np.uint64).reshape(-1, 4),
                          np.array(self._delta_ids, dtype=np.int64),
                          np.array(self._delta_banks, dtype=np.int32),
                          np.array(self._delta_alive, dtype=bool))
        taken = len(di)
        keep = main.alive.copy()  # changes from now on are logged and replayed after the swap
        self._merge_log = []
        merged = self.on_merge() if self.on_merge is not None else None

        def build() -> None:
            try:
                segment = Segment(np.concatenate([main.words[keep], dw[da]]),
                                  np.concatenate([main.entry_ids[keep], di[da]]),
                                  np.concatenate([main.banks[keep], db[da]]))
            except Exception:  # keep serving from main + delta; a later change retries
                log.exception("merging the PDQ index delta failed")
                with self._lock:
                    self._merge_log, self._merging = None, None
                return
            with self._lock:
                rest = (self._delta_words[taken:], self._delta_ids[taken:],
                        self._delta_banks[taken:], self._delta_alive[taken:])
                changes, self._merge_log = self._merge_log or [], None
                self._main = segment
                self._clear_delta()
                for w, i, b, a in zip(*rest, strict=True):
                    if a:
                        self._apply(i, b, w.reshape(1, 4), True)
                for entry_id, bank, words, enabled in changes:
                    self._apply(entry_id, bank, words, enabled)
                self._merging = None
            if merged is not None:
                try:
                    merged(segment)
                except Exception:
                    log.exception("after-merge hook failed")

        if self.background_merge:
            self._merging = threading.Thread(target=build, name="pdq-index-merge", daemon=True)
            self._merging.start()
        else:
            self._merging = threading.current_thread()
            self._lock.release()
            try:
                build()
            finally:
                self._lock.acquire()

    def compact(self, min_rows: int) -> bool:
        """Merge the delta now if it holds at least ``min_rows`` rows and no merge is running
        (the matcher calls this when changes have stopped, so a burst such as a bulk import
        does not leave every lookup scanning a large delta). Returns whether one started."""
        with self._lock:
            if len(self._delta_ids) < max(1, min_rows) or self._merging is not None:
                return False
            self._start_merge()
            return True

    def wait_for_merge(self) -> None:
        thread = self._merging
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    # ---------------------------------------------------------------- search

    def search(self, hexes: Sequence[str] | np.ndarray, threshold: int) -> list[Hit]:
        """Every enabled row within ``threshold`` (inclusive) of each query."""
        queries = hexes if isinstance(hexes, np.ndarray) else hex_to_words(list(hexes))
        return list(self._search_arrays(queries, threshold))

    def _search_arrays(self, queries: np.ndarray, threshold: int) -> Iterable[Hit]:
        main = self._main
        q, rows, dist = main.search(queries, threshold)
        alive = main.alive[rows]
        for qi, row, d in zip(q[alive], rows[alive], dist[alive], strict=True):
            yield Hit(int(qi), int(main.entry_ids[row]), int(main.banks[row]), int(d))
        if self._delta_ids:
            columns, ids, banks, live = self._delta_arrays()
            if len(ids):
                for qi in range(len(queries)):
                    d = _column_distances(columns, queries[qi])
                    for row in np.nonzero((d <= threshold) & live)[0]:
                        yield Hit(qi, int(ids[row]), int(banks[row]), int(d[row]))
