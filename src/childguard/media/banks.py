"""Bank and entry use cases. Each takes the caller's Session (its unit of work).

Every change is audited in the same transaction and stamped with the next media change
sequence, which is how every matcher process learns about it within a second.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from childguard.media.signals import SIGNAL_TYPES, get_signal_type
from childguard.media.storage import MediaBank, MediaEntry, MediaSequence
from childguard.platform import audit
from childguard.platform.db import utcnow
from childguard.platform.errors import Conflict, InvalidInput, NotFound

BANK_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$")
SOURCES = ("ncmec", "partner", "own", "exchange", "other")
CLASSIFICATIONS = ("A1", "A2", "B1", "B2")


def next_change_seq(session: Session) -> int:
    """Take the next change number; the row lock orders concurrent writers by commit."""
    value = session.execute(
        update(MediaSequence).where(MediaSequence.id == 1)
        .values(value=MediaSequence.value + 1).returning(MediaSequence.value)
    ).scalar()
    if value is None:  # the row is seeded by the migration; recreate it if someone emptied it
        session.add(MediaSequence(id=1, value=1))
        session.flush()
        return 1
    return int(value)


def current_change_seq(session: Session) -> int:
    return int(session.scalar(select(MediaSequence.value).where(MediaSequence.id == 1)) or 0)


# ------------------------------------------------------------------ banks

def _validate_thresholds(thresholds: dict[str, Any] | None) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, value in (thresholds or {}).items():
        st = get_signal_type(name)
        if st.is_exact():
            raise InvalidInput(f"{name} matches exactly; it takes no threshold")
        if not isinstance(value, int) or isinstance(value, bool) or not \
                0 <= value <= (st.max_threshold or 0):
            raise InvalidInput(f"the {name} threshold must be an integer from 0 to "
                               f"{st.max_threshold}", details={"signal_type": name})
        out[name] = value
    return out


def _validate_ratio(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise InvalidInput("match_ratio is a share of content from 0 to 1")
    return float(value)


def effective_thresholds(bank: MediaBank) -> dict[str, int]:
    out = {n: st.default_threshold for n, st in SIGNAL_TYPES.items()
           if st.default_threshold is not None}
    out.update(bank.thresholds or {})
    return out


def get_bank(session: Session, name_or_id: str) -> MediaBank:
    bank = session.scalar(select(MediaBank).where(
        (MediaBank.name == name_or_id) | (MediaBank.id == name_or_id),
        MediaBank.deleted_at.is_(None)))
    if bank is None:
        raise NotFound(f"no bank named {name_or_id!r}")
    return bank


def list_banks(session: Session) -> list[MediaBank]:
    return list(session.scalars(select(MediaBank).where(MediaBank.deleted_at.is_(None))
                                .order_by(MediaBank.name)))


def entry_counts(session: Session) -> dict[str, dict[str, int]]:
    rows = session.execute(select(MediaEntry.bank_id, MediaEntry.enabled, func.count())
                           .group_by(MediaEntry.bank_id, MediaEntry.enabled))
    out: dict[str, dict[str, int]] = {}
    for bank_id, enabled, count in rows:
        out.setdefault(bank_id, {"enabled": 0, "disabled": 0})[
            "enabled" if enabled else "disabled"] = int(count)
    return out


def create_bank(session: Session, *, actor: str, name: str, source: str = "own",
                source_detail: str = "", description: str = "", enabled: bool = True,
                thresholds: dict[str, Any] | None = None, match_ratio: float = 1.0
                ) -> MediaBank:
    if not BANK_NAME.match(name or ""):
        raise InvalidInput("a bank name is 1-100 letters, digits, '_', '.', '-' "
                           "and starts with a letter, digit or '_'", details={"name": name})
    if source not in SOURCES:
        raise InvalidInput(f"source must be one of {', '.join(SOURCES)}")
    if session.scalar(select(MediaBank.id).where(MediaBank.name == name)):
        raise Conflict(f"a bank named {name!r} already exists")
    bank = MediaBank(name=name, source=source, source_detail=source_detail[:255],
                     description=description, enabled=enabled,
                     match_ratio=_validate_ratio(match_ratio),
                     thresholds=_validate_thresholds(thresholds), created_by=actor,
                     change_seq=next_change_seq(session))
    session.add(bank)
    session.flush()
    audit.record(session, actor=actor, action="media.bank_created", target_type="media_bank",
                 target_id=bank.id, details={"name": name, "source": source,
                                             "thresholds": bank.thresholds,
                                             "match_ratio": bank.match_ratio})
    return bank


def update_bank(session: Session, *, actor: str, bank: MediaBank, **changes: Any) -> MediaBank:
    allowed = {"name", "description", "source", "source_detail", "enabled", "thresholds",
               "match_ratio"}
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidInput(f"cannot change {', '.join(sorted(unknown))}")
    changes = {k: v for k, v in changes.items() if v is not None}
    if "name" in changes and changes["name"] != bank.name:
        if not BANK_NAME.match(changes["name"]):
            raise InvalidInput("invalid bank name")
        if session.scalar(select(MediaBank.id).where(MediaBank.name == changes["name"])):
            raise Conflict(f"a bank named {changes['name']!r} already exists")
    if "source" in changes and changes["source"] not in SOURCES:
        raise InvalidInput(f"source must be one of {', '.join(SOURCES)}")
    if "thresholds" in changes:
        changes["thresholds"] = _validate_thresholds(changes["thresholds"])
    if "match_ratio" in changes:
        changes["match_ratio"] = _validate_ratio(changes["match_ratio"])
    before = {k: getattr(bank, k) for k in changes}
    for key, value in changes.items():
        setattr(bank, key, value)
    bank.updated_at = utcnow()
    bank.change_seq = next_change_seq(session)
    audit.record(session, actor=actor, action="media.bank_updated", target_type="media_bank",
                 target_id=bank.id, details={"before": before, "after": changes})
    return bank


def delete_bank(session: Session, *, actor: str, bank: MediaBank) -> None:
    """Soft delete: the bank stops matching and disappears from lists; rows stay for audit."""
    seq = next_change_seq(session)
    bank.deleted_at = utcnow()
    bank.enabled = False
    bank.name = f"{bank.name}.deleted.{bank.id[:8]}"[:100]
    bank.change_seq = seq
    audit.record(session, actor=actor, action="media.bank_deleted", target_type="media_bank",
                 target_id=bank.id, details={})


# ------------------------------------------------------------------ entries

@dataclass
class NewEntry:
    signal_type: str
    value: str
    classification: str | None = None
    source_id: str | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True


def _value_key(value: str) -> str:
    return value if len(value) <= 64 else hashlib.sha256(value.encode()).hexdigest()


def _checked(entry: NewEntry) -> NewEntry:
    st = get_signal_type(entry.signal_type)
    entry.value = st.validate(entry.value)
    if entry.classification is not None:
        entry.classification = str(entry.classification).strip().upper() or None
        if entry.classification and entry.classification not in CLASSIFICATIONS:
            raise InvalidInput(f"classification must be one of {', '.join(CLASSIFICATIONS)}",
                               details={"classification": entry.classification})
    if len(entry.note) > 2000:
        raise InvalidInput("a note is at most 2000 characters")
    return entry


def add_entry(session: Session, *, actor: str, bank: MediaBank, entry: NewEntry) -> MediaEntry:
    entry = _checked(entry)
    key = _value_key(entry.value)
    existing = session.scalar(select(MediaEntry).where(
        MediaEntry.bank_id == bank.id, MediaEntry.signal_type == entry.signal_type,
        MediaEntry.value_key == key))
    if existing is not None:
        raise Conflict(f"this {entry.signal_type} hash is already in bank {bank.name!r}",
                       details={"entry_id": existing.id})
    row = MediaEntry(bank_id=bank.id, signal_type=entry.signal_type, value=entry.value,
                     value_key=key, classification=entry.classification,
                     source_id=entry.source_id, note=entry.note, extra=entry.extra,
                     added_by=actor, enabled=entry.enabled,
                     change_seq=next_change_seq(session))
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="media.entry_added", target_type="media_entry",
                 target_id=str(row.id), details={"bank": bank.name,
                                                 "signal_type": entry.signal_type,
                                                 "classification": entry.classification})
    return row


def add_entries_bulk(session: Session, *, actor: str, bank: MediaBank,
                     entries: Sequence[NewEntry], source: str = "") -> tuple[int, int]:
    """Insert many entries in one transaction: (added, duplicates). Already-present hashes
    are skipped, so re-running an interrupted import adds nothing twice."""
    by_key: dict[tuple[str, str], NewEntry] = {}
    for entry in entries:
        entry = _checked(entry)  # normalised (e.g. lower-case hex) so lookups find it
        by_key.setdefault((entry.signal_type, _value_key(entry.value)), entry)
    duplicates = len(entries) - len(by_key)
    existing: set[tuple[str, str]] = set()
    keys = list(by_key)
    for i in range(0, len(keys), 500):
        part = keys[i:i + 500]
        for signal_type in {k[0] for k in part}:
            values = [k[1] for k in part if k[0] == signal_type]
            existing.update(session.execute(select(MediaEntry.signal_type, MediaEntry.value_key)
                                            .where(MediaEntry.bank_id == bank.id,
                                                   MediaEntry.signal_type == signal_type,
                                                   MediaEntry.value_key.in_(values))).tuples())
    fresh = [(k, e) for k, e in by_key.items() if k not in existing]
    duplicates += len(by_key) - len(fresh)
    if fresh:
        seq = next_change_seq(session)
        now = utcnow()
        session.execute(insert(MediaEntry), [
            {"bank_id": bank.id, "signal_type": e.signal_type, "value": e.value,
             "value_key": k[1], "classification": e.classification, "source_id": e.source_id,
             "note": e.note, "extra": e.extra, "added_by": actor, "added_at": now,
             "enabled": e.enabled, "change_seq": seq} for k, e in fresh])
        audit.record(session, actor=actor, action="media.entries_imported",
                     target_type="media_bank", target_id=bank.id,
                     details={"bank": bank.name, "added": len(fresh), "source": source,
                              "first_value": fresh[0][1].value[:64]})
    return len(fresh), duplicates


def get_entry(session: Session, entry_id: int, bank: MediaBank | None = None) -> MediaEntry:
    row = session.get(MediaEntry, entry_id)
    if row is None or (bank is not None and row.bank_id != bank.id):
        raise NotFound(f"no entry {entry_id}" + (f" in bank {bank.name!r}" if bank else ""))
    return row


def set_entry_enabled(session: Session, *, actor: str, entry: MediaEntry, enabled: bool,
                      note: str | None = None) -> MediaEntry:
    before = entry.enabled
    entry.enabled = enabled
    if note is not None:
        entry.note = note[:2000]
    entry.change_seq = next_change_seq(session)
    audit.record(session, actor=actor,
                 action="media.entry_enabled" if enabled else "media.entry_disabled",
                 target_type="media_entry", target_id=str(entry.id),
                 details={"before": before, "note": note})
    return entry


def list_entries(session: Session, bank: MediaBank, *, after_id: int = 0, limit: int = 100,
                 include_disabled: bool = True) -> list[MediaEntry]:
    query = select(MediaEntry).where(MediaEntry.bank_id == bank.id, MediaEntry.id > after_id)
    if not include_disabled:
        query = query.where(MediaEntry.enabled.is_(True))
    return list(session.scalars(query.order_by(MediaEntry.id).limit(min(limit, 10_000))))


def iter_bank_entries(session: Session, bank: MediaBank, *, batch: int = 5000,
                      include_disabled: bool = False) -> Iterator[MediaEntry]:
    after = 0
    while True:
        rows = list_entries(session, bank, after_id=after, limit=batch,
                            include_disabled=include_disabled)
        if not rows:
            return
        yield from rows
        after = rows[-1].id


def find_entries(session: Session, signal_type: str, value: str) -> list[MediaEntry]:
    """Entries holding exactly this hash, in any bank (curation's "is it banked?")."""
    value = get_signal_type(signal_type).validate(value)
    return list(session.scalars(select(MediaEntry).where(
        MediaEntry.signal_type == signal_type, MediaEntry.value_key == _value_key(value))))


def is_unique_violation(exc: IntegrityError) -> bool:
    return "unique" in str(exc.orig).lower()


def ping(session: Session) -> None:
    session.execute(text("SELECT 1"))
