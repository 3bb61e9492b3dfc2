"""The matcher follows the database: restarts are quick (local snapshot) and never stale."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import numpy as np

from childguard.media import banks
from childguard.media.matching import Matcher
from childguard.media.pdqindex import Segment


def _hash(rng: random.Random) -> str:
    return format(rng.getrandbits(256), "064x")


def test_restart_from_snapshot_sees_every_later_change(database: Any, tmp_path: Path) -> None:
    rng = random.Random(5)
    hashes = [_hash(rng) for _ in range(300)]
    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="t", name="B1")
        banks.add_entries_bulk(session, actor="t", bank=bank,
                               entries=[banks.NewEntry("pdq", h) for h in hashes])
    first = Matcher(database, snapshot_dir=tmp_path, snapshot_min_rows=1)
    first.load()
    assert (tmp_path / "pdq" / "perm.npy").exists()
    later = _hash(rng)
    with database.unit_of_work() as session:
        bank = banks.get_bank(session, "B1")
        banks.add_entry(session, actor="t", bank=bank, entry=banks.NewEntry("pdq", later))
        gone = banks.find_entries(session, "pdq", hashes[7])[0]
        banks.set_entry_enabled(session, actor="t", entry=gone, enabled=False)
        other = banks.create_bank(session, actor="t", name="B2", thresholds={"pdq": 0})
        banks.add_entry(session, actor="t", bank=other, entry=banks.NewEntry("md5", "a" * 32))
    second = Matcher(database, snapshot_dir=tmp_path, snapshot_min_rows=1)
    second.load()
    assert [m.bank_name for m in second.lookup({"pdq": later})] == ["B1"]
    assert second.lookup({"pdq": hashes[7]}) == []
    assert len(second.lookup({"pdq": hashes[100]})) == 1
    assert [m.bank_name for m in second.lookup({"md5": "a" * 32})] == ["B2"]
    # ... and the first process catches up by polling, without a rebuild
    assert first.refresh() == 3  # rows changed: one added, one disabled, one md5
    assert first.lookup({"pdq": hashes[7]}) == []
    assert len(first.lookup({"pdq": later})) == 1


def test_a_snapshot_of_another_database_is_ignored(database: Any, tmp_path: Path) -> None:
    rng = random.Random(6)
    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="t", name="B")
        banks.add_entries_bulk(session, actor="t", bank=bank,
                               entries=[banks.NewEntry("pdq", _hash(rng)) for _ in range(20)])
    Matcher(database, snapshot_dir=tmp_path, snapshot_min_rows=1).load()
    with database.unit_of_work() as session:  # same ids, different content
        for entry in banks.list_entries(session, banks.get_bank(session, "B"), limit=100):
            entry.value = entry.value_key = _hash(rng)
    fresh = Matcher(database, snapshot_dir=tmp_path, snapshot_min_rows=1)
    fresh.load()
    with database.unit_of_work() as session:
        values = [e.value for e in banks.list_entries(session, banks.get_bank(session, "B"))]
    assert all(len(fresh.lookup({"pdq": v})) == 1 for v in values)


def test_a_video_matches_its_published_vpdq_hashes(database: Any) -> None:
    from mediadata import DATA

    from childguard.media.hashing import hash_media
    from childguard.media.signals import VpdqSignal

    published = [line.split(",") for line in
                 (DATA / "vpdq" / "doorknob-hd-no-bar.txt").read_text().split()]
    banked = VpdqSignal.serialise([(h, int(q), float(t)) for _, q, h, t in published])
    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="t", name="VIDEOS", source="partner")
        banks.add_entry(session, actor="t", bank=bank, entry=banks.NewEntry(
            "vpdq", banked, classification="B1"))
    matcher = Matcher(database)
    matcher.load()
    video = hash_media((DATA / "vpdq" / "doorknob-hd-no-bar.mp4").read_bytes())
    [match] = matcher.lookup({"vpdq": video.signals["vpdq"]})
    assert match.bank_name == "VIDEOS" and match.signal_type == "vpdq"
    assert match.details["query_match_percent"] >= 80
    other = VpdqSignal.serialise([(format(i * 977, "064x"), 100, float(i)) for i in range(4)])
    assert matcher.lookup({"vpdq": other}) == []


def test_a_database_that_went_back_in_time_is_reloaded(database: Any) -> None:
    from sqlalchemy import update

    from childguard.media.storage import MediaEntry, MediaSequence

    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="t", name="B")
        entry = banks.add_entry(session, actor="t", bank=bank,
                                entry=banks.NewEntry("sha256", "1" * 64))
        entry_id = entry.id
    matcher = Matcher(database)
    matcher.load()
    assert len(matcher.lookup({"sha256": "1" * 64})) == 1
    with database.unit_of_work() as session:  # as if an older backup had been restored
        session.execute(update(MediaSequence).values(value=1))
        session.execute(update(MediaEntry).where(MediaEntry.id == entry_id)
                        .values(enabled=False, change_seq=1))
    matcher.refresh()
    assert matcher.lookup({"sha256": "1" * 64}) == []


def test_match_provenance_is_cached_and_follows_changes(database: Any) -> None:
    rng = random.Random(8)
    value = _hash(rng)
    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="t", name="PROV")
        entry_id = banks.add_entry(session, actor="t", bank=bank, entry=banks.NewEntry(
            "pdq", value, classification="A1", source_id="list-7", note="first")).id
    matcher = Matcher(database)
    matcher.load()
    matches = matcher.lookup({"pdq": value})
    assert matcher.describe_cached(matches) is None  # nothing read yet
    described = matcher.describe(matches)
    assert described[0]["classification"] == "A1" and described[0]["note"] == "first"
    assert matcher.describe_cached(matches) == described  # now without the database

    # Another process edits the entry: the next refresh drops the cached copy.
    with database.unit_of_work() as session:
        banks.set_entry_enabled(session, actor="t", entry=banks.get_entry(session, entry_id),
                                enabled=True, note="second")
    matcher.refresh()
    assert matcher.describe_cached(matches) is None
    assert matcher.describe(matches)[0]["note"] == "second"


def test_a_provenance_read_racing_a_change_is_not_cached(database: Any) -> None:
    rng = random.Random(9)
    value = _hash(rng)
    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="t", name="RACE")
        entry_id = banks.add_entry(session, actor="t", bank=bank, entry=banks.NewEntry(
            "pdq", value, note="old")).id
    matcher = Matcher(database)
    matcher.load()
    matches = matcher.lookup({"pdq": value})
    read = matcher._read_provenance

    def slow_read(session: Any, ids: list[int]) -> Any:
        rows = read(session, ids)  # the old note is read, then the entry changes
        with database.unit_of_work() as s:
            banks.set_entry_enabled(s, actor="t", entry=banks.get_entry(s, entry_id),
                                    enabled=True, note="new")
        matcher.refresh()
        return rows

    matcher._read_provenance = slow_read  # type: ignore[method-assign]
    assert matcher.describe(matches)[0]["note"] == "old"  # what that read saw
    matcher._read_provenance = read  # type: ignore[method-assign]
    assert matcher.describe_cached(matches) is None  # ... but it was not kept
    assert matcher.describe(matches)[0]["note"] == "new"


def test_a_merge_refreshes_the_restart_snapshot(database: Any, tmp_path: Path) -> None:
    rng = random.Random(10)
    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="t", name="GROWS")
        banks.add_entries_bulk(session, actor="t", bank=bank,
                               entries=[banks.NewEntry("pdq", _hash(rng)) for _ in range(50)])
    first = Matcher(database, snapshot_dir=tmp_path, snapshot_min_rows=1, delta_limit=20,
                    snapshot_interval=0)
    first.load()
    first.pdq.background_merge = False
    loaded_seq = int(np.load(tmp_path / "pdq" / "seq.npy")[0])
    later = [_hash(rng) for _ in range(30)]
    for part in (later[:15], later[15:]):  # the second part takes the delta past its limit
        with database.unit_of_work() as session:
            bank = banks.get_bank(session, "GROWS")
            for value in part:
                banks.add_entry(session, actor="t", bank=bank,
                                entry=banks.NewEntry("pdq", value))
        assert first.refresh() == 15
    # The snapshot now holds the merged rows, as of the changes applied before the merge.
    assert int(np.load(tmp_path / "pdq" / "seq.npy")[0]) == loaded_seq + 15
    assert len(Segment.open(tmp_path / "pdq")) >= 70  # the merged rows are in the snapshot
    second = Matcher(database, snapshot_dir=tmp_path, snapshot_min_rows=1)
    second.load()
    assert all(len(second.lookup({"pdq": v})) == 1 for v in later)
    assert second.pdq.live_rows == 80


def test_a_bank_ramped_to_a_share_matches_that_share_the_same_way_every_time(
        database: Any) -> None:
    from childguard.media.matching import rollout_share

    rng = random.Random(11)
    values = [_hash(rng) for _ in range(400)]
    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="t", name="RAMP", match_ratio=0.25)
        banks.add_entries_bulk(session, actor="t", bank=bank,
                               entries=[banks.NewEntry("pdq", v) for v in values])
        banks.add_entry(session, actor="t", bank=bank, entry=banks.NewEntry("md5", "c" * 32))
    matcher = Matcher(database)
    matcher.load()
    matched = {v for v in values if matcher.lookup({"pdq": v})}
    assert 60 < len(matched) < 140  # about a quarter
    assert matched == {v for v in values if rollout_share(v) < 0.25}
    assert matched == {v for v in values if matcher.lookup({"pdq": v})}  # stable
    assert bool(matcher.lookup({"md5": "c" * 32})) == (rollout_share("c" * 32) < 0.25)
    with database.unit_of_work() as session:
        banks.update_bank(session, actor="t", bank=banks.get_bank(session, "RAMP"),
                          match_ratio=1.0)
    matcher.refresh()
    assert all(matcher.lookup({"pdq": v}) for v in values)


def test_a_quiet_poll_folds_a_large_delta_in(database: Any) -> None:
    rng = random.Random(12)
    with database.unit_of_work() as session:
        banks.create_bank(session, actor="t", name="BURST")
    matcher = Matcher(database, idle_compact_rows=100)
    matcher.load()
    matcher.pdq.background_merge = False
    burst = [_hash(rng) for _ in range(150)]
    with database.unit_of_work() as session:  # e.g. an import: below the delta's limit
        banks.add_entries_bulk(session, actor="t", bank=banks.get_bank(session, "BURST"),
                               entries=[banks.NewEntry("pdq", v) for v in burst])
    assert matcher.refresh() == 150
    assert len(matcher.pdq.main_segment) == 0  # still in the delta, scanned by every lookup
    assert matcher.refresh() == 0  # nothing new: the delta is merged into the main segment
    assert len(matcher.pdq.main_segment) == 150
    assert all(len(matcher.lookup({"pdq": v})) == 1 for v in burst)
