"""Exchange use cases: configure collaborations, fetch and apply, feedback, review of shared
signals and disputes. Functions take the caller's Session unless they manage their own
units of work (a fetch commits page by page so a crash loses at most one page of work).
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from childguard.exchange.banks import BankItem, bank_sink
from childguard.exchange.interface import (
    MEDIA_SIGNAL_TYPES,
    SHARED_SIGNAL_TYPES,
    Exchange,
    Record,
    get_exchange_class,
    normalise_signal,
    value_key,
)
from childguard.exchange.storage import Collab, Feedback, Item, SharedSignal
from childguard.platform import audit, jobs
from childguard.platform.db import Database, utcnow
from childguard.platform.errors import Conflict, InvalidInput, NotFound

log = logging.getLogger("childguard.exchange")

COLLAB_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
FETCH_TIME_BUDGET_SECONDS = 20.0
"""A fetch job stops after this long and queues its continuation, so a long list never
outlives the job's lease."""
FETCH_LEASE_MARGIN_SECONDS = 120.0
"""A collaboration's fetch lease outlasts the budget by this much (one slow page); a worker
that died leaves a lease that expires, and the next fetch takes over from the checkpoint."""


# ----------------------------------------------------------------- collaborations


def collab_actor(collab: Collab) -> str:
    return f"exchange:{collab.name}"


def bank_name(collab: Collab) -> str:
    return str(collab.settings.get("bank") or f"exchange-{collab.name}")


def check_settings(kind: str, settings: dict[str, Any]) -> dict[str, Any]:
    cls = get_exchange_class(kind)
    try:
        model = cls.settings_model.model_validate(settings)
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        raise InvalidInput(f"settings for a {kind} exchange: {'; '.join(problems)}",
                           details={"problems": problems})
    return model.model_dump(mode="json")


def create_collab(session: Session, *, name: str, kind: str, settings: dict[str, Any],
                  actor: str, enabled: bool = True) -> Collab:
    if not COLLAB_NAME.match(name or ""):
        raise InvalidInput("a collaboration name is 1-64 lower-case letters, digits, '_', '.', "
                           "'-'", details={"name": name})
    checked = check_settings(kind, settings)
    if session.scalar(select(Collab.id).where(Collab.name == name)):
        raise Conflict(f"a collaboration named {name!r} already exists")
    collab = Collab(name=name, kind=kind, settings=checked, enabled=enabled, created_by=actor,
                    checkpoint={})
    session.add(collab)
    session.flush()
    audit.record(session, actor=actor, action="exchange.collab_created", target_type="collab",
                 target_id=collab.id, details={"name": name, "kind": kind,
                                               "settings": _redacted(checked)})
    return collab


def _redacted(settings: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if k in ("password", "access_token") else v) for k, v in settings.items()}


def get_collab(session: Session, name_or_id: str, *, for_update: bool = False) -> Collab:
    query = select(Collab).where((Collab.name == name_or_id) | (Collab.id == name_or_id))
    collab = session.scalar(query.with_for_update() if for_update else query)
    if collab is None:
        raise NotFound(f"no collaboration named {name_or_id!r}")
    return collab


def list_collabs(session: Session) -> list[Collab]:
    return list(session.scalars(select(Collab).order_by(Collab.name)))


def update_collab(session: Session, collab: Collab, *, actor: str, enabled: bool | None = None,
                  settings: dict[str, Any] | None = None, reset_checkpoint: bool = False
                  ) -> Collab:
    details: dict[str, Any] = {}
    if enabled is not None and enabled != collab.enabled:
        collab.enabled = enabled
        details["enabled"] = enabled
    if settings is not None:
        collab.settings = check_settings(collab.kind, {**collab.settings, **settings})
        details["settings"] = _redacted(collab.settings)
    if reset_checkpoint:
        collab.checkpoint = {}
        details["checkpoint"] = "reset"
    if details:
        audit.record(session, actor=actor, action="exchange.collab_updated",
                     target_type="collab", target_id=collab.id, details=details)
    return collab


def collab_view(session: Session, collab: Collab) -> dict[str, Any]:
    return {"id": collab.id, "name": collab.name, "kind": collab.kind,
            "enabled": collab.enabled, "settings": _redacted(collab.settings),
            "bank": bank_name(collab), "checkpoint": collab.checkpoint,
            "fetched_records": collab.fetched_records,
            "last_fetch_at": collab.last_fetch_at.isoformat() if collab.last_fetch_at else None,
            "last_error": collab.last_error, "disputed": collab.disputed,
            "dispute_note": collab.dispute_note}


def instance(collab: Collab) -> Exchange:
    cls = get_exchange_class(collab.kind)
    return cls(cls.settings_model.model_validate(collab.settings))


# ----------------------------------------------------------------- applying records


@dataclass
class ApplyStats:
    records: int = 0
    added: int = 0
    duplicates: int = 0
    deleted: int = 0
    restored: int = 0
    signals: int = 0
    skipped: int = 0
    bank_added: int = 0
    bank_disabled: int = 0

    def merge(self, other: ApplyStats) -> None:
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)


def apply_records(session: Session, collab: Collab, records: Iterable[Record]) -> ApplyStats:
    """Apply one page: new fingerprints into the bank or the review list, tombstones disable.

    Re-applying a page changes nothing: every fingerprint is keyed by (collaboration,
    record, type, value) in ``exchange_items``."""
    stats = ApplyStats()
    records = list(records)
    if not records:
        return stats
    sink = bank_sink()
    actor = collab_actor(collab)
    bank = bank_name(collab)
    source = get_exchange_class(collab.kind).bank_source
    keys = sorted({r.key for r in records})
    Key = tuple[str, str, str]
    existing: dict[Key, Item] = {}
    for i in range(0, len(keys), 500):
        for item in session.scalars(select(Item).where(Item.collab_id == collab.id,
                                                       Item.record_key.in_(keys[i:i + 500]))):
            existing[(item.record_key, item.signal_type, item.value_key)] = item
    by_record: dict[str, list[Key]] = {}
    for key in existing:
        by_record.setdefault(key[0], []).append(key)
    fresh: dict[Key, dict[str, Any]] = {}  # inserted in one statement below
    new_bank: dict[Key, BankItem] = {}
    to_disable: list[Item] = []
    to_enable: list[Item] = []
    now = utcnow()
    bank_ready = False
    for record in records:
        stats.records += 1
        if record.deleted:
            gone = 0
            for key in by_record.get(record.key, []):
                if key in fresh and not fresh[key]["deleted"]:
                    fresh[key]["deleted"] = True  # added and removed within this page
                    new_bank.pop(key, None)
                    gone += 1
                    if fresh[key]["target"] == "signal":
                        _withdraw_signal(session, collab, key[1], key[2])
                elif key in existing and not existing[key].deleted:
                    it = existing[key]
                    it.deleted = True
                    it.updated_at = now
                    gone += 1
                    if it.target == "bank":
                        to_disable.append(it)
                    else:
                        _withdraw_signal(session, collab, it.signal_type, it.value_key)
            stats.deleted += 1 if gone else 0
            continue
        if not record.fingerprints:  # nothing this service can use (an unmapped type)
            stats.skipped += 1
            continue
        for fp in record.fingerprints:
            st = fp.signal_type
            if st in MEDIA_SIGNAL_TYPES and sink.supports(st):
                target = "bank"
            elif st in SHARED_SIGNAL_TYPES:
                target = "signal"
            else:
                stats.skipped += 1
                continue
            value = normalise_signal(st, fp.value)
            if target == "bank":
                try:
                    value = sink.validate(st, value)
                except Exception:
                    stats.skipped += 1
                    continue
            vk = value_key(value)
            key = (record.key, st, vk)
            known = existing.get(key)
            if known is not None:
                if known.deleted:
                    known.deleted = False
                    known.updated_at = now
                    stats.restored += 1
                    if known.target == "bank":
                        to_enable.append(known)
                else:
                    stats.duplicates += 1
                continue
            if key in fresh:
                stats.duplicates += 1
                continue
            fresh[key] = {"collab_id": collab.id, "record_key": record.key, "signal_type": st,
                          "value": value, "value_key": vk, "target": target,
                          "classification": record.classification, "deleted": False,
                          "source_time": record.at, "first_seen_at": now, "updated_at": now}
            by_record.setdefault(record.key, []).append(key)
            stats.added += 1
            if target == "bank":
                if not bank_ready:
                    sink.ensure_bank(session, name=bank, source=source, detail=collab.name,
                                     actor=actor)
                    bank_ready = True
                new_bank[key] = BankItem(st, value, record.key, _classification(record),
                                         {"collab": collab.name})
            else:
                stats.signals += _add_signal(session, collab, record, st, value, vk)
    if fresh:
        session.execute(insert(Item), list(fresh.values()))
    session.flush()
    if new_bank:
        stats.bank_added = sink.add(session, bank=bank, items=list(new_bank.values()),
                                    actor=actor,
                                    source=f"{collab.kind}:{collab.name}")
    for it in to_enable:
        sink.set_enabled(session, bank=bank, signal_type=it.signal_type, value=it.value,
                         enabled=True, actor=actor, note=f"re-added by {collab.name}")
    for it in to_disable:
        still_held = session.scalar(select(Item.id).where(
            Item.collab_id == collab.id, Item.signal_type == it.signal_type,
            Item.value_key == it.value_key, Item.deleted.is_(False)).limit(1))
        if still_held is None:  # another live record of the source holds the same hash
            stats.bank_disabled += sink.set_enabled(
                session, bank=bank, signal_type=it.signal_type, value=it.value, enabled=False,
                actor=actor, note=f"removed by the source ({collab.name} record "
                                  f"{it.record_key})")
    return stats


def _classification(record: Record) -> str | None:
    c = (record.classification or "").strip().upper()
    return c if c in ("A1", "A2", "B1", "B2") else None


def _add_signal(session: Session, collab: Collab, record: Record, signal_type: str, value: str,
                vk: str) -> int:
    row = session.scalar(select(SharedSignal).where(
        SharedSignal.collab_id == collab.id, SharedSignal.signal_type == signal_type,
        SharedSignal.value_key == vk))
    if row is not None:
        if row.state == "withdrawn":
            row.state = "pending"
        return 0
    session.add(SharedSignal(collab_id=collab.id, record_key=record.key,
                             signal_type=signal_type, value=value, value_key=vk,
                             tags=list(record.tags), description=record.description,
                             state="pending"))
    return 1


def _withdraw_signal(session: Session, collab: Collab, signal_type: str, vk: str) -> None:
    row = session.scalar(select(SharedSignal).where(
        SharedSignal.collab_id == collab.id, SharedSignal.signal_type == signal_type,
        SharedSignal.value_key == vk))
    if row is not None and row.state in ("pending", "confirmed"):
        row.state = "withdrawn"
        row.note = (row.note + "\n" if row.note else "") + "withdrawn by the source"


# ----------------------------------------------------------------- fetching


@dataclass
class FetchResult:
    collab: str
    batches: int
    complete: bool
    stats: ApplyStats
    checkpoint: dict[str, Any]
    skipped: bool = False
    """Another worker held the collaboration's fetch lease; nothing was done."""
    retry_after: float = 0.0
    """When skipped: seconds until that lease expires (its holder may have died)."""


def run_fetch(database: Database, collab_id: str, *, time_budget: float | None = None,
              max_batches: int | None = None, exchange: Exchange | None = None) -> FetchResult:
    """Fetch a collaboration from its checkpoint, page by page, each page its own unit of
    work. Network calls happen outside transactions. ``complete`` is False when the budget
    ran out first; the caller queues a continuation."""
    budget = FETCH_TIME_BUDGET_SECONDS if time_budget is None else time_budget
    owner = uuid.uuid4().hex
    lease = timedelta(seconds=budget + FETCH_LEASE_MARGIN_SECONDS)
    with database.unit_of_work() as session:
        collab = get_collab(session, collab_id, for_update=True)
        if not collab.enabled:
            raise InvalidInput(f"collaboration {collab.name!r} is disabled")
        now = utcnow()
        if collab.fetch_owner and collab.fetch_lease_until and collab.fetch_lease_until > now:
            # Another worker is fetching this collaboration; it will get everything.
            wait = (collab.fetch_lease_until - now).total_seconds()
            return FetchResult(collab.name, 0, True, ApplyStats(),
                               dict(collab.checkpoint or {}), skipped=True, retry_after=wait)
        collab.fetch_owner = owner
        collab.fetch_lease_until = now + lease
        checkpoint = dict(collab.checkpoint or {})
        name = collab.name
        ex = exchange or instance(collab)
    started = time.monotonic()
    total = ApplyStats()
    batches = 0
    complete = True
    try:
        for batch in ex.fetch(checkpoint):
            with database.unit_of_work() as session:
                collab = get_collab(session, collab_id, for_update=True)
                if collab.fetch_owner != owner:
                    raise Conflict(f"{name}: another worker took the fetch over")
                collab.fetch_lease_until = utcnow() + lease
                stats = apply_records(session, collab, batch.records)
                total.merge(stats)
                collab.fetched_records += stats.records
                collab.last_fetch_at = utcnow()
                collab.last_error = None
                if batch.checkpoint is not None:
                    collab.checkpoint = dict(batch.checkpoint)
                    checkpoint = dict(batch.checkpoint)
            batches += 1
            if (max_batches is not None and batches >= max_batches) or (
                    time.monotonic() - started > budget):
                complete = False
                break
    except Exception as exc:
        with database.unit_of_work() as session:
            collab = get_collab(session, collab_id)
            collab.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            _release(collab, owner)
        raise
    with database.unit_of_work() as session:
        _release(get_collab(session, collab_id), owner)
        audit.record(session, actor=f"exchange:{name}", action="exchange.fetched",
                     target_type="collab", target_id=collab_id,
                     details={**asdict(total), "batches": batches, "complete": complete})
    return FetchResult(name, batches, complete, total, checkpoint)


def _release(collab: Collab, owner: str) -> None:
    if collab.fetch_owner == owner:
        collab.fetch_owner = None
        collab.fetch_lease_until = None


def request_fetch(session: Session, collab: Collab, *, actor: str, key: str | None = None
                  ) -> None:
    if not collab.enabled:
        raise InvalidInput(f"collaboration {collab.name!r} is disabled")
    jobs.enqueue(session, "exchange.fetch", {"collab_id": collab.id},
                 key=key or f"exchange.fetch:{collab.id}:{utcnow().isoformat()}")
    audit.record(session, actor=actor, action="exchange.fetch_requested",
                 target_type="collab", target_id=collab.id)


# ----------------------------------------------------------------- feedback


def record_feedback(session: Session, collab: Collab, *, record_key: str, signal_type: str,
                    opinion: str, reasons: list[str], actor: str) -> Feedback:
    """Queue an opinion for the source; a job sends it (and retries until it is taken)."""
    if opinion not in ("affirmative", "negative"):
        raise InvalidInput("opinion is affirmative or negative")
    if not get_exchange_class(collab.kind).supports_feedback:
        raise InvalidInput(f"the {collab.kind} exchange takes no feedback")
    held = session.scalar(select(Item.id).where(Item.collab_id == collab.id,
                                                Item.record_key == record_key).limit(1))
    if held is None:
        raise NotFound(f"{collab.name} never sent a record {record_key!r}")
    if collab.kind == "ncmec" and opinion == "negative" and not reasons:
        raise InvalidInput("negative feedback to NCMEC needs at least one reason guid")
    row = Feedback(collab_id=collab.id, record_key=record_key, signal_type=signal_type,
                   opinion=opinion, reasons=list(reasons), actor=actor)
    session.add(row)
    session.flush()
    jobs.enqueue(session, "exchange.send_feedback", {"feedback_id": row.id},
                 key=f"exchange.feedback:{row.id}")
    audit.record(session, actor=actor, action="exchange.feedback", target_type="collab",
                 target_id=collab.id, details={"record": record_key, "signal_type": signal_type,
                                               "opinion": opinion, "reasons": reasons})
    return row


def feedback_for_hash(session: Session, *, signal_type: str, value: str, opinion: str,
                      reasons: list[str], actor: str) -> list[Feedback]:
    """A reviewer's verdict on a bank match, sent to every source that shared the hash."""
    vk = value_key(normalise_signal(signal_type, value))
    items = list(session.scalars(select(Item).where(Item.signal_type == signal_type,
                                                    Item.value_key == vk,
                                                    Item.deleted.is_(False))))
    if not items:
        raise NotFound(f"no exchange shared this {signal_type} hash")
    out = []
    for item in items:
        collab = session.get(Collab, item.collab_id)
        if collab is not None and get_exchange_class(collab.kind).supports_feedback:
            out.append(record_feedback(session, collab, record_key=item.record_key,
                                       signal_type=signal_type, opinion=opinion,
                                       reasons=reasons, actor=actor))
    return out


def send_feedback(database: Database, feedback_id: str) -> str:
    with database.unit_of_work() as session:
        row = session.get(Feedback, feedback_id)
        if row is None or row.status == "sent":
            return "skipped"
        collab = session.get(Collab, row.collab_id)
        assert collab is not None
        ex = instance(collab)
        args = (row.record_key, row.signal_type, row.opinion, list(row.reasons))
    ex.send_feedback(args[0], args[1], args[2], args[3])  # type: ignore[arg-type]
    with database.unit_of_work() as session:
        row = session.get(Feedback, feedback_id)
        assert row is not None
        row.status = "sent"
        row.sent_at = utcnow()
        row.error = None
    return "sent"


# ----------------------------------------------------------------- shared signals


REVIEW_DECISIONS = {"confirm": "confirmed", "reject": "rejected"}


def list_signals(session: Session, *, state: str | None = "pending", limit: int = 200
                 ) -> list[SharedSignal]:
    query = select(SharedSignal)
    if state:
        query = query.where(SharedSignal.state == state)
    return list(session.scalars(query.order_by(SharedSignal.received_at)
                                .limit(max(1, min(limit, 1000)))))


def signal_view(session: Session, row: SharedSignal) -> dict[str, Any]:
    collab = session.get(Collab, row.collab_id)
    return {"id": row.id, "source": collab.name if collab else None,
            "source_disputed": bool(collab and collab.disputed),
            "signal_type": row.signal_type, "value": row.value, "tags": row.tags,
            "description": row.description, "state": row.state,
            "reviewed_by": row.reviewed_by,
            "reviewed_at": row.reviewed_at.isoformat() if row.reviewed_at else None,
            "note": row.note, "received_at": row.received_at.isoformat()}


def review_signal(session: Session, signal_id: str, *, decision: str, note: str, actor: str,
                  send_opinion: bool = True) -> SharedSignal:
    """A person decides what a shared signal is worth here. Confirming makes it a rule
    input; nothing is banned because a signal arrived."""
    row = session.get(SharedSignal, signal_id)
    if row is None:
        raise NotFound(f"no shared signal {signal_id!r}")
    state = REVIEW_DECISIONS.get(decision)
    if state is None:
        raise InvalidInput("decision is confirm or reject")
    if row.state == "withdrawn":
        raise Conflict("the source withdrew this signal")
    row.state = state
    row.reviewed_by = actor
    row.reviewed_at = utcnow()
    row.note = note[:2000]
    audit.record(session, actor=actor, action=f"exchange.signal_{state}",
                 target_type="shared_signal", target_id=row.id,
                 details={"signal_type": row.signal_type, "note": note[:200]})
    collab = session.get(Collab, row.collab_id)
    if send_opinion and collab is not None and get_exchange_class(collab.kind
                                                                  ).supports_feedback:
        record_feedback(session, collab, record_key=row.record_key,
                        signal_type=row.signal_type,
                        opinion="affirmative" if state == "confirmed" else "negative",
                        reasons=[note[:200]] if note and collab.kind != "ncmec" else [],
                        actor=actor)
    return row


def dispute_source(session: Session, collab: Collab, *, note: str, actor: str,
                   disputed: bool = True) -> Collab:
    """Stop trusting a source: its signals no longer feed rules until the dispute is lifted.
    Its media hashes stay in their bank (disable the bank in media to stop matching)."""
    if disputed and not note.strip():
        raise InvalidInput("say why the source is disputed")
    collab.disputed = disputed
    collab.dispute_note = note[:2000]
    audit.record(session, actor=actor, action="exchange.source_disputed" if disputed
                 else "exchange.source_dispute_lifted", target_type="collab",
                 target_id=collab.id, details={"note": note[:500]})
    return collab


def active_signals(session: Session, signal_types: Iterable[str]) -> list[SharedSignal]:
    """Signals that may feed rules: pending or confirmed, from sources not disputed."""
    return list(session.scalars(
        select(SharedSignal).join(Collab, Collab.id == SharedSignal.collab_id)
        .where(SharedSignal.state.in_(("pending", "confirmed")),
               SharedSignal.signal_type.in_(list(signal_types)), Collab.disputed.is_(False))))


def items_for(session: Session, collab: Collab, record_key: str) -> list[Item]:
    return list(session.scalars(select(Item).where(Item.collab_id == collab.id,
                                                   Item.record_key == record_key)))

