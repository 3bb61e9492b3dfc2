"""The audit log: append-only and hash-chained.

Each entry's hash covers its own content and the previous entry's hash, so editing or deleting
any row breaks every later link and :func:`verify_chain` names the first bad one. Writers are
serialised (an advisory lock on PostgreSQL, the write lock on SQLite) so two processes never
chain onto the same predecessor.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from childguard.platform.db import utcnow
from childguard.platform.storage import AuditEntry, AuditHead

GENESIS = "0" * 64
_AUDIT_LOCK_ID = 0x0C41D6A0  # arbitrary constant naming the audit chain's advisory lock


def _digest(prev_hash: str, seq: int, at: datetime, actor: str, action: str,
            target_type: str, target_id: str, details: dict[str, Any]) -> str:
    body = json.dumps(
        [seq, at.isoformat(timespec="microseconds"), actor, action, target_type, target_id,
         details],
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str,
    )
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    target_type: str = "",
    target_id: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction; it commits (or not) with the change."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _AUDIT_LOCK_ID})
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq = (last.seq + 1) if last else 1
    prev = last.entry_hash if last else GENESIS
    at = utcnow()
    details = json.loads(json.dumps(details or {}, default=str))
    entry = AuditEntry(
        seq=seq, at=at, actor=actor[:160], action=action, target_type=target_type,
        target_id=str(target_id)[:160], details=details, prev_hash=prev,
        entry_hash=_digest(prev, seq, at, actor[:160], action, target_type,
                           str(target_id)[:160], details),
    )
    session.add(entry)
    head = session.get(AuditHead, 1)
    if head is None:
        session.add(AuditHead(id=1, seq=seq, entry_hash=entry.entry_hash))
    else:
        head.seq, head.entry_hash = seq, entry.entry_hash
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    reason: str


def iter_entries(session: Session, batch: int = 5000) -> Iterator[AuditEntry]:
    after = 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        after = rows[-1].seq


def verify_chain(session: Session) -> tuple[int, ChainProblem | None]:
    """Walk the whole chain; return (entries checked, first problem or None)."""
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    for entry in iter_entries(session):
        if entry.seq != expected_seq:
            return count, ChainProblem(expected_seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev_hash:
            return count, ChainProblem(entry.seq, "does not link to the previous entry")
        want = _digest(prev_hash, entry.seq, entry.at, entry.actor, entry.action,
                       entry.target_type, entry.target_id, entry.details)
        if want != entry.entry_hash:
            return count, ChainProblem(entry.seq, "content does not match its hash")
        prev_hash = entry.entry_hash
        expected_seq += 1
        count += 1
    # The head row remembers the newest link, so deleting entries from the end shows too.
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != count or head.entry_hash != prev_hash):
        return count, ChainProblem(count + 1 if head.seq > count else head.seq,
                                   f"entries after {count} are missing (head says {head.seq})")
    return count, None


def recent(session: Session, limit: int = 100, action: str | None = None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if action:
        query = query.where(AuditEntry.action == action)
    return list(session.scalars(query))
