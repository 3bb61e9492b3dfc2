"""Rule versions: the shipped default, new versions by API, activation, and shadow runs.

Versions are immutable once stored; exactly one is active. The compiled rule set of a
version is cached per process (versions never change, so the cache never goes stale); each
ingest batch asks the database which version is active, so activating a version takes
effect everywhere on the next batch.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from childguard.moderation import signals
from childguard.moderation.rules import RuleSet, RuleSetError, parse_rules
from childguard.moderation.storage import EventRow, RuleVersion
from childguard.platform import audit
from childguard.platform.db import utcnow
from childguard.platform.errors import InvalidInput, NotFound

DEFAULT_RULES_PATH = Path(__file__).with_name("default_rules.yaml")
# Keyed by version and activation time: version numbers restart in a fresh database.
_cache: dict[tuple[int, str], RuleSet] = {}
_cache_lock = threading.Lock()


def compile_rules(source: str) -> RuleSet:
    """Parse and check; a refused file raises InvalidInput listing line and reason."""
    try:
        return parse_rules(source, signals.catalog())
    except RuleSetError as exc:
        first = exc.problems[0]
        more = f" (and {len(exc.problems) - 1} more)" if len(exc.problems) > 1 else ""
        raise InvalidInput(f"rules refused: line {first.line}: {first.message}{more}",
                           code="invalid_rules",
                           details={"problems": [{"line": p.line, "message": p.message}
                                                 for p in exc.problems]})


def default_source() -> str:
    return DEFAULT_RULES_PATH.read_text(encoding="utf-8")


def _compiled(key: tuple[int, str], source: str) -> RuleSet:
    ruleset = _cache.get(key)
    if ruleset is None:
        ruleset = compile_rules(source)
        with _cache_lock:
            _cache[key] = ruleset
    return ruleset


def active_ruleset(session: Session) -> tuple[int, RuleSet]:
    """The active version and its rules; installs the shipped default the first time."""
    active = session.execute(select(RuleVersion.version, RuleVersion.activated_at)
                             .where(RuleVersion.status == "active")).first()
    if active is None:
        _install_default(session)
        active = session.execute(select(RuleVersion.version, RuleVersion.activated_at)
                                 .where(RuleVersion.status == "active")).one()
    version = int(active.version)
    key = (version, active.activated_at.isoformat() if active.activated_at else "")
    cached = _cache.get(key)
    if cached is not None:
        return version, cached
    source = session.scalar(select(RuleVersion.source).where(RuleVersion.version == version))
    assert source is not None
    return version, _compiled(key, source)


def _install_default(session: Session) -> None:
    source = default_source()
    compile_rules(source)
    try:
        with session.begin_nested():
            session.add(RuleVersion(version=1, source=source, status="active",
                                    note="shipped default", created_by="system",
                                    activated_at=utcnow()))
    except IntegrityError:
        pass  # another process installed it first


def add_version(session: Session, source: str, *, actor: str, note: str = "",
                activate: bool = False) -> RuleVersion:
    compile_rules(source)
    active_ruleset(session)  # make sure version 1 exists before numbering the next
    latest = session.scalar(select(func.max(RuleVersion.version))) or 0
    row = RuleVersion(version=latest + 1, source=source, status="draft", note=note[:500],
                      created_by=actor)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="moderation.rules.add", target_type="rules",
                 target_id=str(row.version), details={"note": note[:200]})
    if activate:
        activate_version(session, row.version, actor=actor)
    return row


def activate_version(session: Session, version: int, *, actor: str) -> RuleVersion:
    row = session.get(RuleVersion, version)
    if row is None:
        raise NotFound(f"no rule version {version}")
    compile_rules(row.source)
    if row.status != "active":
        session.execute(update(RuleVersion).where(RuleVersion.status == "active")
                        .values(status="retired"))
        row.status = "active"
        row.activated_at = utcnow()
        audit.record(session, actor=actor, action="moderation.rules.activate",
                     target_type="rules", target_id=str(version))
    return row


def list_versions(session: Session) -> list[RuleVersion]:
    active_ruleset(session)
    return list(session.scalars(select(RuleVersion).order_by(RuleVersion.version.desc())))


def shadow_run(session: Session, *, source: str | None = None, version: int | None = None,
               hours: float = 24, limit: int = 1000, examples: int = 50) -> dict[str, Any]:
    """Evaluate a candidate over recent events' stored signals and report how its outcomes
    differ from the active version's on the same signals. Nothing is acted upon."""
    if (source is None) == (version is None):
        raise InvalidInput("give either the rules source or a stored version number")
    if version is not None:
        stored = session.get(RuleVersion, version)
        if stored is None:
            raise NotFound(f"no rule version {version}")
        source = stored.source
    assert source is not None
    candidate = compile_rules(source)
    base_version, baseline = active_ruleset(session)
    limit = max(1, min(limit, 20_000))
    since = utcnow() - timedelta(hours=hours)
    rows = session.execute(
        select(EventRow.id, EventRow.type, EventRow.account_id, EventRow.signals)
        .where(EventRow.received_at >= since)
        .order_by(EventRow.received_at.desc()).limit(limit)).all()
    transitions: Counter[str] = Counter()
    gained: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    changed: list[dict[str, Any]] = []
    changed_count = 0
    seen: set[str] = set()
    for row in rows:
        seen.update(row.signals or {})
        before = baseline.evaluate(row.type, row.signals or {})
        after = candidate.evaluate(row.type, row.signals or {})
        b, a = before.summary(), after.summary()
        for rule in set(after.matched) - set(before.matched):
            gained[rule] += 1
        for rule in set(before.matched) - set(after.matched):
            lost[rule] += 1
        if b["verdict"] != a["verdict"]:
            transitions[f"{b['verdict']}->{a['verdict']}"] += 1
        if b["verdict"] != a["verdict"] or b["actions"] != a["actions"]:
            changed_count += 1
            if len(changed) < examples:
                changed.append({"event_id": row.id, "type": row.type,
                                "account_id": row.account_id, "active": b, "candidate": a})
    return {
        "active_version": base_version,
        "candidate_version": version,
        "events_evaluated": len(rows),
        "events_changed": changed_count,
        "verdict_transitions": dict(transitions),
        "rules_newly_matching": dict(gained),
        "rules_no_longer_matching": dict(lost),
        "examples": changed,
        # Signals the candidate reads that no evaluated event recorded (a plugin's signal no
        # live rule used yet, or one these event types never carry): its rules could not fire.
        "signals_not_recorded": sorted(candidate.signals() - seen),
    }
