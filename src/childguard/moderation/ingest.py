"""Events in: validate one by one, collect signals for the batch, run the active rules,
store the events, open or update cases and emit actions, all in one transaction.

The caller's transaction is the unit: when it commits, the events, their outcomes, the
cases and the queued webhook deliveries exist together; when it fails, none do and the ESP
can resend the batch (event ids make resending harmless).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from childguard.moderation import actions as action_service
from childguard.moderation import rulebook, vault
from childguard.moderation.bulk import insert_rows
from childguard.moderation.events import (
    Event,
    MediaUploaded,
    MessageSent,
    content_ref,
    parse_event,
    stored_payload,
    subject_of,
)
from childguard.moderation.model import APPEAL_WINDOW, priority_of, sla_due, statement_body
from childguard.moderation.rules import ActionSpec, Outcome
from childguard.moderation.signals import FACTS_KEY, Pending, collect_all, prepare
from childguard.moderation.storage import (
    AccountFacts,
    Case,
    ContentState,
    EventRow,
    MediaBlob,
    Statement,
)
from childguard.platform.db import new_id, utcnow
from childguard.platform.errors import InvalidInput

MAX_BATCH = 1000
log = logging.getLogger("childguard.moderation.ingest")


def insert_ignoring_conflicts(session: Session, table: Table | Any, rows: list[dict[str, Any]],
                              keys: list[str], returning: Any = None) -> list[Any]:
    """INSERT ... ON CONFLICT DO NOTHING on both backends; returns the RETURNING values."""
    name = returning.key if returning is not None else None
    return insert_rows(session, table, rows, conflict_keys=keys, returning=name)


@dataclass
class CaseNeed:
    tier: str
    classification: str | None
    imminent: bool
    reasons: list[str] = field(default_factory=list)
    first_at: datetime | None = None
    events: int = 0
    queue: str = "default"

    @property
    def priority(self) -> int:
        return priority_of(self.tier, self.classification)


def ingest(session: Session, raw_events: Sequence[Any], *, submitted_by: str
           ) -> list[dict[str, Any]]:
    """Take a batch; return one result per event, in order (accepted, duplicate, rejected)."""
    if len(raw_events) > MAX_BATCH:
        raise InvalidInput(f"a batch holds at most {MAX_BATCH} events; got {len(raw_events)}")
    results: list[dict[str, Any]] = [{} for _ in raw_events]
    valid: list[tuple[int, Event]] = []
    first_index: dict[str, int] = {}
    for i, raw in enumerate(raw_events):
        event, errors = parse_event(raw)
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        if event is None:
            results[i] = {"index": i, "id": raw_id, "status": "rejected", "errors": errors}
            continue
        if event.id in first_index:
            results[i] = {"index": i, "id": event.id, "status": "rejected",
                          "errors": [f"id: repeats event {first_index[event.id]} of this batch"]}
            continue
        first_index[event.id] = i
        valid.append((i, event))

    prepare(session, [e for _, e in valid])
    known: dict[str, Any] = {}
    if valid:
        known = {r.id: r for r in session.execute(
            select(EventRow.id, EventRow.verdict, EventRow.matched_rules, EventRow.case_id)
            .where(EventRow.id.in_([e.id for _, e in valid])))}
    fresh: list[tuple[int, Pending]] = []
    for i, event in valid:
        seen_row = known.get(event.id)
        if seen_row is not None:
            results[i] = _duplicate(i, seen_row)
            continue
        file = event.data.file_bytes() if isinstance(event, MediaUploaded) else None
        hashes = dict(event.data.hashes) if isinstance(event, MediaUploaded) else {}
        fresh.append((i, Pending(event=event, file=file, hashes=hashes)))
    if not fresh:
        return results

    pending = [p for _, p in fresh]
    _ensure_accounts(session, pending)
    version, ruleset = rulebook.active_ruleset(session)
    collect_all(session, pending, ruleset.signals())
    outcomes = [ruleset.evaluate(p.event.type, p.signals) for p in pending]

    cases = _upsert_cases(session, _case_needs(pending, outcomes))
    now = utcnow()
    event_rows: list[dict[str, Any]] = []
    for p, outcome in zip(pending, outcomes, strict=True):
        ev = p.event
        case = cases.get(subject_of(ev, p.signals)) if _opens_case(outcome) else None
        offset = ev.occurred_at.strftime("%z")
        event_rows.append({
            "id": ev.id, "type": ev.type, "account_id": ev.account_id, "ip": str(ev.ip),
            "port": ev.port, "occurred_at": ev.occurred_at,
            "utc_offset": f"{offset[:3]}:{offset[3:]}" if offset else "+00:00",
            "device_ids": list(ev.device_ids), "data": stored_payload(ev),
            "content_ref": content_ref(ev),
            "conversation_id": getattr(ev.data, "conversation_id", None),
            "signals": p.signals,
            "signal_details": {**p.details, "hashes": p.hashes} if p.hashes else p.details,
            "verdict": outcome.verdict, "matched_rules": list(outcome.matched),
            "rule_version": version, "case_id": case.id if case else None,
            "received_at": now, "submitted_by": submitted_by[:160]})
    inserted = set(insert_ignoring_conflicts(session, EventRow.__table__, event_rows, ["id"],
                                             returning=EventRow.id))

    emitted: list[dict[str, Any]] = []
    blobs: list[dict[str, Any]] = []
    states: list[dict[str, Any]] = []
    statements: list[Statement] = []
    # The account signals loaded these rows for the batch.
    facts: dict[str, AccountFacts] = session.info.pop(FACTS_KEY, None) or {}
    descriptions = {r.id: r.description for r in ruleset.rules}
    for (i, p), outcome, row in zip(fresh, outcomes, event_rows, strict=True):
        ev = p.event
        if ev.id not in inserted:  # a concurrent request stored it first
            results[i] = {"index": i, "id": ev.id, "status": "duplicate",
                          "verdict": outcome.verdict}
            continue
        ref = row["content_ref"]
        if p.file is not None and ref:
            sealed = vault.seal(ref, p.file)
            blobs.append({"content_ref": ref, "event_id": ev.id, "nonce": sealed.nonce,
                          "ciphertext": sealed.ciphertext, "key_id": sealed.key_id,
                          "size": len(p.file), "hashes": p.hashes,
                          "content_type": getattr(ev.data, "content_type", None),
                          "created_at": now})
        if ref and outcome.verdict in ("hold", "block"):
            state = "held" if outcome.verdict == "hold" else "blocked"
            states.append({"content_ref": ref, "account_id": ev.account_id, "event_id": ev.id,
                           "state": state, "updated_at": now,
                           "history": [{"state": state, "at": now.isoformat(),
                                        "by": "automated", "rule": _rule_for(outcome,
                                                                             outcome.verdict)}]})
        emitted.extend(_actions_for(ev, ref, outcome, version, row["case_id"],
                                    facts.get(ev.account_id), facts, statements, now,
                                    descriptions, bool(p.signals.get("hash.matched")),
                                    lambda child: _linked_parents(session, child, facts)))
        results[i] = {"index": i, "id": ev.id, "status": "accepted", "verdict": outcome.verdict,
                      "rules": list(outcome.matched),
                      "actions": sorted({a.kind for _, a in outcome.actions}),
                      "case_id": row["case_id"]}
    insert_ignoring_conflicts(session, MediaBlob.__table__, blobs, ["content_ref"])
    insert_ignoring_conflicts(session, ContentState.__table__, states, ["content_ref"])
    session.add_all(statements)
    if statements:
        session.flush()
    _alert_parents(session, [a for a in emitted if a["kind"] == "notify_parent"])
    action_service.emit(session, emitted)
    return results


def _linked_parents(session: Session, child: str, facts: dict[str, AccountFacts]) -> list[str]:
    """Parents linked to a child: from the accounts context (consented links) and from the
    account events the service sent us."""
    parents: list[str] = []
    row = facts.get(child) or session.get(AccountFacts, child)
    if row is not None and row.parent_account_id:
        parents.append(row.parent_account_id)
    try:
        from childguard.accounts import services as accounts

        with session.begin_nested():
            parents += [p for p in accounts.linked_parents(session, child) if p not in parents]
    except Exception as exc:  # no accounts context, or no such account there
        log.debug("no linked parents from accounts", extra={"error": str(exc)})
    return parents


def _alert_parents(session: Session, notices: list[dict[str, Any]]) -> None:
    """Put the alert in the parents' inbox of the accounts context (it never quotes the
    conversation); the service also gets the notify_parent action."""
    if not notices:
        return
    try:
        from childguard.accounts import services as accounts
    except ModuleNotFoundError:
        return
    for child in sorted({str(n["details"]["child_account_id"]) for n in notices}):
        notice = next(n for n in notices if n["details"]["child_account_id"] == child)
        try:
            with session.begin_nested():
                accounts.notify_parent(session, child, {
                    "kind": "safety_concern", "severity": "urgent",
                    "summary": str(notice["details"]["message"])[:300],
                    "dedupe_key": f"moderation:{notice.get('rule_id')}:{notice.get('case_id')}"},
                    source="moderation")
        except Exception as exc:
            log.warning("parent alert not stored", extra={"error": str(exc)})


def _duplicate(i: int, row: Any) -> dict[str, Any]:
    return {"index": i, "id": row.id, "status": "duplicate", "verdict": row.verdict,
            "rules": list(row.matched_rules or []), "case_id": row.case_id}


def _ensure_accounts(session: Session, pending: Iterable[Pending]) -> None:
    """Make sure every acting account has a facts row (first seen = its earliest event).

    On PostgreSQL the missing rows are inserted and committed in a short transaction of their
    own: they are harmless if the batch later fails, and concurrent batches that meet the same
    new account then do not queue behind each other's whole transaction."""
    first_seen: dict[str, datetime] = {}
    for p in pending:
        at = p.event.occurred_at
        if p.event.account_id not in first_seen or at < first_seen[p.event.account_id]:
            first_seen[p.event.account_id] = at
    have = set(session.scalars(select(AccountFacts.account_id)
                               .where(AccountFacts.account_id.in_(list(first_seen)))))
    rows = [{"account_id": a, "first_seen_at": at, "restrictions": {}, "violations": 0}
            for a, at in first_seen.items() if a not in have]
    if not rows:
        return
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        with Session(bind) as own:
            # Nothing is acknowledged on these rows alone (the batch's own commit is the
            # durable one), so this commit need not wait for the disk.
            own.execute(text("SET LOCAL synchronous_commit TO OFF"))
            insert_ignoring_conflicts(own, AccountFacts.__table__, rows, ["account_id"])
            own.commit()
    else:
        insert_ignoring_conflicts(session, AccountFacts.__table__, rows, ["account_id"])


def _opens_case(outcome: Outcome) -> bool:
    return any(a.kind in ("open_case", "escalate_imminent_risk") for _, a in outcome.actions)


def _case_needs(pending: Sequence[Pending], outcomes: Sequence[Outcome]) -> dict[str, CaseNeed]:
    needs: dict[str, CaseNeed] = {}
    for p, outcome in zip(pending, outcomes, strict=True):
        if not _opens_case(outcome):
            continue
        for rule_id, action in outcome.actions:
            if action.kind == "escalate_imminent_risk":
                tier, queue = "imminent_risk", "default"
            elif action.kind == "open_case":
                tier, queue = str(action.params["priority"]), str(
                    action.params.get("queue", "default"))
            else:
                continue
            classification = p.signals.get("hash.classification") \
                if tier == "known_material" else None
            candidate = CaseNeed(tier, classification, tier == "imminent_risk", queue=queue)
            subject = subject_of(p.event, p.signals)
            need = needs.get(subject)
            if need is None or candidate.priority < need.priority:
                if need is not None:
                    candidate.reasons, candidate.first_at = need.reasons, need.first_at
                    candidate.events = need.events
                    candidate.imminent = candidate.imminent or need.imminent
                needs[subject] = need = candidate
            if rule_id not in need.reasons:
                need.reasons.append(rule_id)
        need = needs[subject_of(p.event, p.signals)]
        need.events += 1
        if need.first_at is None or p.event.occurred_at < need.first_at:
            need.first_at = p.event.occurred_at
    return needs


def _upsert_cases(session: Session, needs: dict[str, CaseNeed]) -> dict[str, Case]:
    """One open case per account: create the missing ones, raise priority of the others."""
    if not needs:
        return {}
    accounts = sorted(needs)  # a fixed lock order keeps concurrent batches from deadlocking
    now = utcnow()
    postgres = session.get_bind().dialect.name == "postgresql"

    def load() -> dict[str, Case]:
        query = select(Case).where(Case.open_key.in_(accounts)).order_by(Case.open_key)
        if postgres:
            query = query.with_for_update()
        return {c.account_id: c for c in session.scalars(query)}

    cases = load()
    missing = [a for a in accounts if a not in cases]
    if missing:
        rows = []
        for account in missing:
            need = needs[account]
            rows.append({"id": new_id(), "account_id": account, "open_key": account,
                         "state": "open", "priority": need.priority,
                         "priority_reason": need.tier, "classification": need.classification,
                         "imminent": need.imminent, "queue": need.queue, "reasons": [],
                         "opened_at": now, "sla_due_at": sla_due(need.tier, now),
                         "updated_at": now, "first_event_at": need.first_at,
                         "event_count": 0})
        insert_ignoring_conflicts(session, Case.__table__, rows, ["open_key"])
        cases = load()
    for account in accounts:
        case, need = cases[account], needs[account]
        if need.priority < case.priority:
            case.priority = need.priority
            case.priority_reason = need.tier
            case.classification = need.classification or case.classification
            case.sla_due_at = min(case.sla_due_at, sla_due(need.tier, now))
        case.imminent = case.imminent or need.imminent
        case.reasons = (list(case.reasons or []) + [r for r in need.reasons
                                                    if r not in (case.reasons or [])])[:50]
        case.event_count = (case.event_count or 0) + need.events
        case.updated_at = now
    return cases


def _rule_for(outcome: Outcome, kind: str) -> str | None:
    for rule_id, action in outcome.actions:
        if action.kind == kind:
            return rule_id
    return None


def _actions_for(ev: Event, ref: str | None, outcome: Outcome, version: int,
                 case_id: str | None, me: AccountFacts | None,
                 facts: dict[str, AccountFacts], statements: list[Statement],
                 now: datetime, descriptions: dict[str, str], known_material: bool,
                 parents_of: Callable[[str], list[str]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(kind: str, rule_id: str | None, details: dict[str, Any] | None = None,
            account_id: str | None = None) -> None:
        out.append({"kind": kind, "account_id": account_id or ev.account_id,
                    "content_ref": ref, "event_id": ev.id, "case_id": case_id,
                    "source": "automated", "rule_id": rule_id, "rule_version": version,
                    "details": details or {}, "created_at": now})

    if outcome.verdict in ("hold", "block") and ref:
        rule_id = _rule_for(outcome, outcome.verdict)
        add(outcome.verdict, rule_id, {"reason": "pending human review"
                                       if outcome.verdict == "hold" else "blocked by rule"})
        if outcome.verdict == "block":
            facts_text = descriptions.get(rule_id or "", "") or "An automated rule applied."
            statement = _automated_statement(ev, ref, rule_id, version, case_id, now,
                                             facts_text, "3.1" if known_material else None)
            statements.append(statement)
            add("statement_of_reasons", rule_id, {"statement_id": statement.id,
                                                  "statement": statement.body})
    seen: set[tuple[str, str]] = set()
    for rule_id, action in outcome.actions:
        # A plug-in action (hold_payout...) is carried out once per event, whichever rules ask.
        key = (action.kind, "" if action.kind in action_service.PLUGIN_ACTIONS
               else str(sorted(action.params.items())))
        if key in seen:
            continue
        seen.add(key)
        if action.kind == "restrict_account":
            details = _restrict(me, action, rule_id, now)
            if details is not None:
                add("restrict_account", rule_id, details)
        elif action.kind == "escalate_imminent_risk":
            add("escalate_imminent_risk", rule_id,
                {"reason": action.params.get("reason", "imminent risk")})
        elif action.kind == "notify_parent":
            for child, parent in _parents_to_notify(ev, facts, parents_of):
                add("notify_parent", rule_id,
                    {"parent_account_id": parent, "child_account_id": child,
                     "message": action.params.get("message", "Please check in with your child"
                                                  " about a conversation.")},
                    account_id=child)
        elif action.kind in action_service.PLUGIN_ACTIONS:
            # Actions other contexts register (exchange: hold_payout, freeze_balance) name
            # the account they concern and their details; moderation stores and delivers them.
            account, extra = action_service.PLUGIN_ACTIONS[action.kind](ev, dict(action.params))
            add(action.kind, rule_id, extra, account_id=account)
    return out


def _restrict(me: AccountFacts | None, action: ActionSpec, rule_id: str, now: datetime
              ) -> dict[str, Any] | None:
    restriction = str(action.params["restriction"])
    days = action.params.get("days")
    if me is not None:
        current = dict(me.restrictions or {})
        if restriction in current:
            return None  # already in force; do not tell the service twice
        current[restriction] = {"since": now.isoformat(), "rule": rule_id, "days": days}
        me.restrictions = current
    return {"restriction": restriction, "days": days}


def _parents_to_notify(ev: Event, facts: dict[str, AccountFacts],
                       parents_of: Callable[[str], list[str]]) -> list[tuple[str, str]]:
    children = [ev.account_id]
    if isinstance(ev, MessageSent):
        children += list(ev.data.recipient_ids)
    return [(child, parent) for child in children for parent in parents_of(child)]


def _automated_statement(ev: Event, ref: str, rule_id: str | None, version: int,
                         case_id: str | None, now: datetime, facts: str, clause: str | None
                         ) -> Statement:
    statement_id = new_id()
    until = now + APPEAL_WINDOW
    body = statement_body(
        what=f"Your upload {ref} was blocked and not published.", action="block",
        content_refs=[ref], clause=clause, facts=facts,
        rule_id=rule_id, rule_version=version, automated_detection=True,
        automated_decision=True, appeal_until=until, statement_id=statement_id)
    return Statement(id=statement_id, account_id=ev.account_id, case_id=case_id, body=body,
                     appealable_until=until, created_at=now)
