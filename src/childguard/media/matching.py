"""The per-process matcher: every enabled bank entry, in memory, kept current by polling.

At start the matcher reads all entries once. Afterwards it reads only rows whose
``change_seq`` is above the last one it applied (see ``media/storage.py``), a few times a
second, so an entry added or disabled by any process is honoured here within a second and
nothing is ever rebuilt from scratch or shipped between processes.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.media.pdqindex import PdqIndex, Segment, hex_to_words, words_to_hex
from childguard.media.signals import SIGNAL_TYPES, PdqSignal, VpdqSignal, get_signal_type
from childguard.media.storage import MediaBank, MediaEntry, MediaSequence
from childguard.platform.db import Database

log = logging.getLogger(__name__)


@dataclass
class BankState:
    ordinal: int
    id: str
    name: str
    enabled: bool
    source: str
    thresholds: dict[str, int]
    ratio: float = 1.0


@dataclass
class Match:
    signal_type: str
    entry_id: int
    bank_id: str
    bank_name: str
    distance: int
    details: dict[str, Any] = field(default_factory=dict)


#: Entry fields every match carries (provenance), in the order the cache stores them.
PROVENANCE_COLUMNS = (MediaEntry.classification, MediaEntry.source_id, MediaEntry.note,
                      MediaEntry.added_by, MediaEntry.added_at, MediaEntry.extra)
#: Entries whose provenance one process keeps in memory (least recently matched go first).
PROVENANCE_CACHE_SIZE = 50_000
#: Refreshes remembered so that a provenance read racing a change is never cached stale.
_CHANGE_HISTORY = 64


def _described(match: Match, provenance: tuple[Any, ...] | None) -> dict[str, Any]:
    item: dict[str, Any] = {"signal_type": match.signal_type, "distance": match.distance,
                            "bank": match.bank_name, "bank_id": match.bank_id,
                            "entry_id": match.entry_id, **match.details}
    if provenance is not None:
        classification, source_id, note, added_by, added_at, extra = provenance
        item.update({"classification": classification, "source_id": source_id,
                     "note": note, "added_by": added_by, "added_at": added_at,
                     "metadata": extra})
    return item


def rollout_share(value: str) -> float:
    """Where a hash value falls in [0, 1): a bank with ``match_ratio`` r matches content
    whose share is below r, the same content always the same way."""
    digest = hashlib.blake2b(value.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _thresholds(bank: MediaBank) -> dict[str, int]:
    out = {n: int(st.default_threshold) for n, st in SIGNAL_TYPES.items()
           if st.default_threshold is not None}
    out.update(bank.thresholds or {})
    return out


class Matcher:
    """Exact search over every enabled entry of every enabled bank."""

    def __init__(self, database: Database, *, poll_interval: float = 0.25,
                 delta_limit: int = 50_000, idle_compact_rows: int = 10_000,
                 snapshot_dir: Path | None = None, snapshot_min_rows: int = 100_000,
                 snapshot_interval: float = 600.0) -> None:
        self.database = database
        self.snapshot_dir = snapshot_dir
        self.snapshot_min_rows = snapshot_min_rows
        #: After a merge, a new snapshot is written only if the last is at least this old:
        #: a bulk import merges many times, and each snapshot of a large index is a GB.
        self.snapshot_interval = snapshot_interval
        self._snapshot_written_at: float | None = None
        #: When a poll finds no change and the delta holds this many rows, merge it.
        self.idle_compact_rows = idle_compact_rows
        self.poll_interval = poll_interval
        self.delta_limit = delta_limit
        self.pdq = self._new_pdq_index()
        self.vpdq = PdqIndex(delta_limit=delta_limit)
        self.vpdq_frames: dict[int, int] = {}
        self.exact: dict[str, dict[str, tuple[tuple[int, int], ...]]] = {}
        self.banks: dict[str, BankState] = {}
        self.bank_by_ordinal: list[BankState] = []
        self.seq = -1
        self.loaded_at = 0.0
        self.refreshed_at = 0.0
        self._refresh_lock = threading.Lock()
        # Provenance of recently matched entries, so that a repeated match (known material
        # is re-uploaded again and again) is described without touching the database.
        self._provenance: OrderedDict[int, tuple[Any, ...]] = OrderedDict()
        self._provenance_lock = threading.Lock()
        self._epoch = 0
        self._changes: deque[tuple[int, frozenset[int]]] = deque(maxlen=_CHANGE_HISTORY)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ---------------------------------------------------------------- loading

    def _sync_banks(self, session: Any) -> None:
        for bank in session.scalars(select(MediaBank)):
            state = self.banks.get(bank.id)
            enabled = bank.enabled and bank.deleted_at is None
            if state is None:
                state = BankState(len(self.bank_by_ordinal), bank.id, bank.name, enabled,
                                  bank.source, _thresholds(bank), bank.match_ratio)
                self.banks[bank.id] = state
                self.bank_by_ordinal.append(state)
            else:
                state.name, state.enabled, state.source = bank.name, enabled, bank.source
                state.thresholds, state.ratio = _thresholds(bank), bank.match_ratio

    def load(self) -> None:
        """Read everything (process start): from the local snapshot plus the changes since,
        or, without a usable snapshot, from the database."""
        started = time.monotonic()
        with self.database.read_only() as session:
            seq = int(session.scalar(select(MediaSequence.value)) or 0)
            self._sync_banks(session)
            restored = self._restore_snapshot(session, seq)
            if restored is None:
                words, ids, banks = self._read_pdq(session)
            for entry_id, bank_id, signal_type, value in session.execute(
                    select(MediaEntry.id, MediaEntry.bank_id, MediaEntry.signal_type,
                           MediaEntry.value)
                    .where(MediaEntry.enabled.is_(True), MediaEntry.signal_type != "pdq")
                    .order_by(MediaEntry.id).execution_options(yield_per=20_000)):
                self._apply_other(entry_id, self.banks[bank_id].ordinal, signal_type, value,
                                  True)
        if restored is None:
            self.pdq.load(words, ids, banks)
            self.seq = seq
            self._save_snapshot(seq)
        else:
            self.pdq.load_segment(restored[0])
            self.seq = restored[1]
            self.refresh()  # the changes committed since the snapshot was taken
        self.loaded_at = self.refreshed_at = time.monotonic()
        log.info("media matcher loaded", extra={
            "pdq": len(self.pdq), "from_snapshot": restored is not None,
            "seconds": round(time.monotonic() - started, 2)})

    def _read_pdq(self, session: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Enabled PDQ entries through a plain DB-API cursor, bank by bank (the ORM's
        per-row cost dominates at millions of rows)."""
        words_parts, id_parts, bank_parts = [], [], []
        conn = session.connection().execution_options(stream_results=True, yield_per=100_000)
        for state in self.bank_by_ordinal:
            result = conn.execute(
                select(MediaEntry.id, MediaEntry.value)
                .where(MediaEntry.bank_id == state.id, MediaEntry.signal_type == "pdq",
                       MediaEntry.enabled.is_(True)).order_by(MediaEntry.id))
            while rows := result.fetchmany(100_000):
                ids, values = zip(*rows, strict=True)
                words_parts.append(hex_to_words(values))
                id_parts.append(np.array(ids, dtype=np.int64))
                bank_parts.append(np.full(len(ids), state.ordinal, dtype=np.int32))
        if not id_parts:
            return (np.zeros((0, 4), np.uint64), np.zeros(0, np.int64), np.zeros(0, np.int32))
        return (np.concatenate(words_parts), np.concatenate(id_parts),
                np.concatenate(bank_parts))

    # A snapshot is the built PDQ index on local disk, so a restart maps a few files instead
    # of reading millions of rows and rebuilding; it is checked against the database before
    # use and brought up to date through the change sequence.
    def _snapshot_path(self) -> Path | None:
        return self.snapshot_dir / "pdq" if self.snapshot_dir else None

    def _new_pdq_index(self) -> PdqIndex:
        index = PdqIndex(delta_limit=self.delta_limit)
        index.on_merge = self._on_merge
        return index

    def _on_merge(self) -> Callable[[Segment], None] | None:
        """A merge folds every change applied so far into a new main segment: snapshot it
        then (at most every ``snapshot_interval``), so a restart replays only what came
        after (replaying more is harmless)."""
        last = self._snapshot_written_at
        if last is not None and time.monotonic() - last < self.snapshot_interval:
            return None
        seq = self.seq
        return lambda segment: self._save_snapshot(seq, segment)

    def _save_snapshot(self, seq: int, segment: Segment | None = None) -> None:
        path = self._snapshot_path()
        segment = segment if segment is not None else self.pdq.main_segment
        if path is None or len(segment) < self.snapshot_min_rows or seq < 0:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Processes on one machine share the snapshot: one writes it, the others skip.
            with open(path.with_name("pdq.lock"), "a") as lock_file:
                try:
                    fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return
                self._write_snapshot(path, seq, segment)
                self._snapshot_written_at = time.monotonic()
        except OSError:
            log.warning("could not write the media index snapshot", exc_info=True)

    def _write_snapshot(self, path: Path, seq: int, segment: Segment) -> None:
        tmp = path.with_name(f"pdq.{os.getpid()}.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        segment.save(tmp)
        np.save(tmp / "seq.npy", np.array([seq]))
        np.save(tmp / "bank_ids.npy", np.array([b.id for b in self.bank_by_ordinal]))
        old = path.with_name(f"pdq.{os.getpid()}.old")
        if path.exists():
            os.replace(path, old)
        os.replace(tmp, path)
        shutil.rmtree(old, ignore_errors=True)

    def _restore_snapshot(self, session: Any, seq: int) -> tuple[Segment, int] | None:
        path = self._snapshot_path()
        if path is None or not (path / "seq.npy").exists():
            return None
        try:
            snapshot_seq = int(np.load(path / "seq.npy")[0])
            bank_ids = [str(b) for b in np.load(path / "bank_ids.npy")]
            segment = Segment.open(path)
        except (OSError, ValueError, KeyError):
            return None
        ids = segment.entry_ids
        if snapshot_seq > seq or len(ids) == 0 or any(b not in self.banks for b in bank_ids):
            return None
        # Spot-check that the snapshot describes this database (a restored backup or a new
        # database with the same file name would not).
        probes = sorted({0, len(ids) // 2, len(ids) - 1})
        wanted = {int(ids[i]): words_to_hex(np.asarray(segment.words[i:i + 1]))[0]
                  for i in probes}
        found = dict(session.execute(select(MediaEntry.id, MediaEntry.value)
                                     .where(MediaEntry.id.in_(list(wanted)))).tuples().all())
        if found != wanted:
            return None
        ordinals = np.array([self.banks[b].ordinal for b in bank_ids], dtype=np.int32)
        segment.banks = ordinals[np.asarray(segment.banks)]
        return segment, snapshot_seq

    def _apply_other(self, entry_id: int, ordinal: int, signal_type: str, value: str,
                     enabled: bool) -> None:
        if signal_type == "vpdq":
            frames = sorted({h for h, q, _ in VpdqSignal.parse(value)
                             if q >= VpdqSignal.quality_threshold})
            if frames:
                self.vpdq.upsert(entry_id, ordinal, frames, enabled)
                self.vpdq_frames[entry_id] = len(frames)
            return
        table = self.exact.setdefault(signal_type, {})
        current = table.get(value, ())
        key = (entry_id, ordinal)
        if enabled and key not in current:
            table[value] = (*current, key)
        elif not enabled and key in current:
            remaining = tuple(k for k in current if k != key)
            if remaining:
                table[value] = remaining
            else:
                table.pop(value, None)

    def refresh(self) -> int:
        """Apply every change committed since the last refresh; returns rows applied."""
        if self.seq < 0:
            self.load()
            return 0
        with self._refresh_lock:
            applied = 0
            with self.database.read_only() as session:
                seq = int(session.scalar(select(MediaSequence.value)) or 0)
                if seq < self.seq:  # the database went back (restored backup): start over
                    session.rollback()
                    self.pdq = self._new_pdq_index()
                    self.vpdq = PdqIndex(delta_limit=self.delta_limit)
                    self.vpdq_frames, self.exact, self.seq = {}, {}, -1
                    self.banks, self.bank_by_ordinal = {}, []
                    self._forget_provenance(None)
                if seq != self.seq and self.seq >= 0:
                    self._sync_banks(session)
                    rows = session.execute(
                        select(MediaEntry.id, MediaEntry.bank_id, MediaEntry.signal_type,
                               MediaEntry.value, MediaEntry.enabled)
                        .where(MediaEntry.change_seq > self.seq)
                        .order_by(MediaEntry.change_seq, MediaEntry.id)
                        .execution_options(yield_per=20_000))
                    changed: list[int] = []
                    for entry_id, bank_id, signal_type, value, enabled in rows:
                        changed.append(entry_id)
                        ordinal = self.banks[bank_id].ordinal
                        if signal_type == "pdq":
                            self.pdq.upsert(entry_id, ordinal, [value], bool(enabled))
                        else:
                            self._apply_other(entry_id, ordinal, signal_type, value,
                                              bool(enabled))
                        applied += 1
                    self._forget_provenance(changed)
                    self.seq = max(seq, self.seq)
                elif self.seq >= 0:  # quiet: fold a large delta in (background merge)
                    self.pdq.compact(self.idle_compact_rows)
            if self.seq < 0:
                self.load()
            self.refreshed_at = time.monotonic()
            return applied

    def ensure_fresh(self, max_age: float = 1.0) -> None:
        if self.seq < 0 or time.monotonic() - self.refreshed_at > max_age:
            self.refresh()

    # ---------------------------------------------------------------- polling

    def start(self) -> None:
        if self._thread is not None:
            return
        if self.seq < 0:
            self.load()

        def loop() -> None:
            while not self._stop.wait(self.poll_interval):
                try:
                    self.refresh()
                except Exception:  # the database may blip; keep serving what we have
                    log.exception("media matcher refresh failed")

        self._thread = threading.Thread(target=loop, name="media-matcher-poll", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    # ---------------------------------------------------------------- lookup

    def _bank_ok(self, ordinal: int, banks: set[str] | None,
                 value: str | None = None) -> BankState | None:
        state = self.bank_by_ordinal[ordinal]
        if not state.enabled:
            return None
        if banks is not None and state.name not in banks and state.id not in banks:
            return None
        if state.ratio < 1.0 and value is not None and rollout_share(value) >= state.ratio:
            return None  # this content is outside the bank's rollout share
        return state

    def _search_threshold(self, signal_type: str, banks: set[str] | None) -> int:
        values = [b.thresholds.get(signal_type, 0) for b in self.bank_by_ordinal
                  if self._bank_ok(b.ordinal, banks)]
        return max(values, default=-1)

    def lookup_pdq(self, hashes: list[str], banks: set[str] | None = None) -> list[list[Match]]:
        """Matches for each of several PDQ hashes (one batched search)."""
        out: list[list[Match]] = [[] for _ in hashes]
        threshold = self._search_threshold("pdq", banks)
        if threshold < 0 or not hashes:
            return out
        for hit in self.pdq.search(hashes, threshold):
            state = self._bank_ok(hit.bank, banks, hashes[hit.query])
            if state and hit.distance <= state.thresholds.get("pdq", 31):
                out[hit.query].append(Match("pdq", hit.entry_id, state.id, state.name,
                                            hit.distance))
        for matches in out:
            matches.sort(key=lambda m: (m.distance, m.entry_id))
        return out

    def lookup_exact(self, signal_type: str, value: str,
                     banks: set[str] | None = None) -> list[Match]:
        out = []
        for entry_id, ordinal in self.exact.get(signal_type, {}).get(value, ()):
            state = self._bank_ok(ordinal, banks, value)
            if state:
                out.append(Match(signal_type, entry_id, state.id, state.name, 0))
        return out

    def lookup_vpdq(self, value: str, banks: set[str] | None = None) -> list[Match]:
        frames = sorted({h for h, q, _ in VpdqSignal.parse(value)
                         if q >= VpdqSignal.quality_threshold})
        threshold = self._search_threshold("vpdq", banks)
        if not frames or threshold < 0:
            return []
        matched: dict[int, set[int]] = {}
        best: dict[int, int] = {}
        bank_of: dict[int, BankState] = {}
        for hit in self.vpdq.search(frames, threshold):
            state = self._bank_ok(hit.bank, banks, value)
            if state and hit.distance <= state.thresholds.get("vpdq", 31):
                matched.setdefault(hit.entry_id, set()).add(hit.query)
                best[hit.entry_id] = min(best.get(hit.entry_id, 256), hit.distance)
                bank_of[hit.entry_id] = state
        out = []
        for entry_id, queries in matched.items():
            percent = 100.0 * len(queries) / len(frames)
            if percent >= VpdqSignal.query_match_percent:
                state = bank_of[entry_id]
                out.append(Match("vpdq", entry_id, state.id, state.name, best[entry_id],
                                 {"query_match_percent": round(percent, 1),
                                  "banked_frames": self.vpdq_frames.get(entry_id, 0)}))
        return sorted(out, key=lambda m: (m.distance, m.entry_id))

    def lookup(self, signals: dict[str, str], banks: Iterable[str] | None = None,
               *, pdq_quality: int | None = None) -> list[Match]:
        """Matches for one piece of content described by its signals."""
        bank_set = set(banks) if banks is not None else None
        out: list[Match] = []
        for signal_type, value in signals.items():
            if not value:
                continue
            st = get_signal_type(signal_type)
            value = st.validate(value)
            if signal_type == "pdq":
                if pdq_quality is not None and pdq_quality < PdqSignal.quality_threshold:
                    continue
                out.extend(self.lookup_pdq([value], bank_set)[0])
            elif signal_type == "vpdq":
                out.extend(self.lookup_vpdq(value, bank_set))
            else:
                out.extend(self.lookup_exact(signal_type, value, bank_set))
        return out

    # ---------------------------------------------------------------- provenance

    def _forget_provenance(self, entry_ids: Sequence[int] | None) -> None:
        """Drop cached provenance of changed entries (``None``: of all)."""
        with self._provenance_lock:
            self._epoch += 1
            if entry_ids is None:
                self._provenance.clear()
                self._changes.clear()
                self._epoch += _CHANGE_HISTORY  # no read begun before this may be cached
                return
            self._changes.append((self._epoch, frozenset(entry_ids)))
            for entry_id in entry_ids:
                self._provenance.pop(entry_id, None)

    def describe_cached(self, matches: Sequence[Match]) -> list[dict[str, Any]] | None:
        """The matches with their provenance if every entry's is cached, else ``None``
        (then :meth:`describe` reads the rest from the database)."""
        with self._provenance_lock:
            cached = [self._provenance.get(m.entry_id) for m in matches]
            if any(p is None for p in cached):
                return None
            for m in matches:
                self._provenance.move_to_end(m.entry_id)
        return [_described(m, p) for m, p in zip(matches, cached, strict=True)]

    def describe(self, matches: Iterable[Match], session: Session | None = None
                 ) -> list[dict[str, Any]]:
        """The matches with their entry's provenance and metadata: from the cache, the rest
        in one query (through ``session`` if given, else a read-only one)."""
        matches = list(matches)
        with self._provenance_lock:
            epoch = self._epoch
            known = {m.entry_id: self._provenance[m.entry_id] for m in matches
                     if m.entry_id in self._provenance}
        missing = sorted({m.entry_id for m in matches} - known.keys())
        if missing:
            read = self._read_provenance(session, missing)
            known.update(read)
            self._remember_provenance(read, epoch)
        return [_described(m, known.get(m.entry_id)) for m in matches]

    def _read_provenance(self, session: Session | None, entry_ids: list[int]
                         ) -> dict[int, tuple[Any, ...]]:
        def read(s: Session) -> dict[int, tuple[Any, ...]]:
            out: dict[int, tuple[Any, ...]] = {}
            for i in range(0, len(entry_ids), 500):
                for entry_id, *fields in s.execute(
                        select(MediaEntry.id, *PROVENANCE_COLUMNS)
                        .where(MediaEntry.id.in_(entry_ids[i:i + 500]))):
                    fields[4] = fields[4].isoformat()
                    out[entry_id] = tuple(fields)
            return out

        if session is not None:
            return read(session)
        with self.database.read_only() as own:
            return read(own)

    def _remember_provenance(self, read: dict[int, tuple[Any, ...]], epoch: int) -> None:
        with self._provenance_lock:
            if self._epoch - epoch > len(self._changes):
                return  # changes since the read began are no longer all known
            changed: set[int] = set()
            for at, ids in self._changes:
                if at > epoch:
                    changed |= ids
            for entry_id, provenance in read.items():
                if entry_id not in changed:
                    self._provenance[entry_id] = provenance
            while len(self._provenance) > PROVENANCE_CACHE_SIZE:
                self._provenance.popitem(last=False)

    def status(self) -> dict[str, Any]:
        return {"loaded": self.seq >= 0, "change_seq": self.seq,
                "pdq_entries": self.pdq.live_rows, "vpdq_frames": self.vpdq.live_rows,
                "exact_entries": sum(len(t) for t in self.exact.values()),
                "provenance_cached": len(self._provenance),
                "index_bytes": self.pdq.nbytes + self.vpdq.nbytes,
                "seconds_since_refresh": round(time.monotonic() - self.refreshed_at, 3)}


def _snapshot_dir() -> Path | None:
    try:
        from childguard.platform.config import get_settings

        return Path(get_settings().data_dir) / "media-index"
    except Exception:
        return None


_matchers: dict[int, Matcher] = {}
_matchers_lock = threading.Lock()


def get_matcher(database: Database) -> Matcher:
    """The process's matcher for this database (built on first use)."""
    key = id(database)
    matcher = _matchers.get(key)
    if matcher is None:
        with _matchers_lock:
            matcher = _matchers.get(key)
            if matcher is None:
                for old in _matchers.values():
                    old.stop()
                _matchers.clear()
                matcher = Matcher(database, snapshot_dir=_snapshot_dir())
                matcher.load()
                _matchers[key] = matcher
    return matcher
