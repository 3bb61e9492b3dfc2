"""Cases and review: the queue, assignment, reveals, decisions, statements, appeals.

Each function is one use case over the caller's unit of work. Every state change that
matters writes an audit entry in the same transaction, and every decision that affects a
user writes a statement of reasons and the actions the service must carry out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from childguard.moderation import actions as action_service
from childguard.moderation import vault
from childguard.moderation.model import (
    APPEAL_OUTCOMES,
    APPEAL_WINDOW,
    CLAUSES,
    REVIEW_OUTCOMES,
    priority_label,
    statement_body,
)
from childguard.moderation.storage import (
    AccountFacts,
    Appeal,
    Case,
    ContentState,
    Decision,
    EventRow,
    MediaBlob,
    Reveal,
    Statement,
)
from childguard.platform import audit
from childguard.platform.db import new_id, utcnow
from childguard.platform.errors import Conflict, Forbidden, InvalidInput, NotFound

# A reviewer who has revealed this many items within an hour is prompted to take a break.
BREAK_AFTER_REVEALS_PER_HOUR = 15
# A reveal shows the original for this long; afterwards the item is blurred again.
REVEAL_TTL = timedelta(minutes=10)
OPEN_STATES = ("open", "in_review")


@dataclass(frozen=True)
class Reviewer:
    """Who is acting in the console (kept apart from the platform's ORM row)."""

    id: str
    username: str

    @property
    def actor(self) -> str:
        return f"user:{self.username}"


# ----------------------------------------------------------------- queue


def queue(session: Session, *, limit: int = 200, include_assigned: bool = True,
          name: str | None = None) -> list[Case]:
    """Open cases, most urgent first; ``name`` picks one queue (default, payments...)."""
    query = select(Case).where(Case.state.in_(OPEN_STATES))
    if name:
        query = query.where(Case.queue == name)
    if not include_assigned:
        query = query.where(Case.assigned_to.is_(None))
    return list(session.scalars(query.order_by(Case.priority, Case.sla_due_at, Case.opened_at)
                                .limit(limit)))


def queue_sizes(session: Session) -> dict[str, int]:
    rows = session.execute(select(Case.queue, func.count()).where(Case.state.in_(OPEN_STATES))
                           .group_by(Case.queue).order_by(Case.queue))
    return {str(q): int(n) for q, n in rows}


def open_appeals(session: Session, *, limit: int = 200) -> list[Appeal]:
    return list(session.scalars(select(Appeal).where(Appeal.state == "open")
                                .order_by(Appeal.created_at).limit(limit)))


def get_case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id!r}")
    return case


def case_summary(case: Case, now: datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    remaining = (case.sla_due_at - now).total_seconds()
    return {
        "id": case.id, "account_id": case.account_id, "state": case.state,
        "priority": case.priority, "priority_label": priority_label(case.priority,
                                                                    case.classification),
        "priority_reason": case.priority_reason, "classification": case.classification,
        "imminent": case.imminent, "queue": case.queue, "reasons": case.reasons,
        "opened_at": case.opened_at.isoformat(), "sla_due_at": case.sla_due_at.isoformat(),
        "sla_seconds_left": int(remaining), "sla_breached": remaining < 0,
        "assigned_to": case.assigned_to, "event_count": case.event_count,
        "decided_at": case.decided_at.isoformat() if case.decided_at else None,
    }


def assign(session: Session, case_id: str, reviewer: Reviewer, *, force: bool = False) -> Case:
    case = get_case(session, case_id)
    if case.state not in OPEN_STATES:
        raise Conflict(f"case is {case.state}; only open cases can be assigned")
    if case.assigned_to and case.assigned_to != reviewer.id and not force:
        raise Conflict("another reviewer has this case")
    if case.assigned_to != reviewer.id:
        case.assigned_to = reviewer.id
        case.assigned_at = utcnow()
        case.state = "in_review"
        audit.record(session, actor=reviewer.actor, action="moderation.case.assign",
                     target_type="case", target_id=case.id)
    return case


def release(session: Session, case_id: str, reviewer: Reviewer) -> Case:
    case = get_case(session, case_id)
    if case.assigned_to == reviewer.id and case.state == "in_review":
        case.assigned_to = None
        case.state = "open"
        audit.record(session, actor=reviewer.actor, action="moderation.case.release",
                     target_type="case", target_id=case.id)
    return case


# ----------------------------------------------------------------- the case page


def case_events(session: Session, case: Case, limit: int = 300) -> list[EventRow]:
    """The account's timeline: its own events and the case's, newest last."""
    rows = session.scalars(select(EventRow).where(
        or_(EventRow.account_id == case.account_id, EventRow.case_id == case.id))
        .order_by(EventRow.occurred_at.desc()).limit(limit))
    return sorted(rows, key=lambda e: e.occurred_at)


def media_items(session: Session, case: Case) -> list[dict[str, Any]]:
    refs = [str(r) for r in session.scalars(select(EventRow.content_ref).where(
        EventRow.case_id == case.id, EventRow.content_ref.like("media:%")))]
    if not refs:
        return []
    states = {c.content_ref: c.state for c in session.scalars(
        select(ContentState).where(ContentState.content_ref.in_(refs)))}
    blobs = {b for b in session.scalars(select(MediaBlob.content_ref)
                                        .where(MediaBlob.content_ref.in_(refs)))}
    events = {str(e.content_ref): e for e in session.scalars(
        select(EventRow).where(EventRow.content_ref.in_(refs)))}
    out = []
    for ref in dict.fromkeys(refs):
        ev = events[ref]
        out.append({"ref": ref, "state": states.get(ref, "published"), "has_file": ref in blobs,
                    "event_id": ev.id, "signals": ev.signals,
                    "matches": (ev.signal_details or {}).get("hash_matches", [])})
    return out


def conversation_excerpts(session: Session, case: Case, context: int = 3
                          ) -> list[dict[str, Any]]:
    """Messages of the conversations in the case, risky ones marked, with a little context."""
    conv_ids = {c for c in session.scalars(select(EventRow.conversation_id).where(
        EventRow.case_id == case.id, EventRow.type == "message.sent")) if c is not None}
    out = []
    for conv in sorted(conv_ids):
        # The latest 5,000 messages of the conversation, both sides, in order.
        msgs = list(session.scalars(select(EventRow).where(
            EventRow.conversation_id == conv, EventRow.type == "message.sent")
            .order_by(EventRow.occurred_at.desc(), EventRow.id.desc()).limit(5000)))[::-1]
        flagged = {(str(ind.get("sender")), str(ind.get("text")))
                   for m in msgs
                   for ind in ((m.signal_details or {}).get("conversation") or {}).get(
                       "top_indicators") or []}
        # A message is marked for what it shows itself (or for being the evidence the
        # assessment cites), not for the conversation's risk at the time it was sent.
        marked = [i for i, m in enumerate(msgs)
                  if (m.account_id, str(m.data.get("text", ""))) in flagged or _own(m)]
        keep = {j for i in marked for j in range(max(0, i - context),
                                                  min(len(msgs), i + context + 1))}
        # Ages the participants stated in the chat, as the latest assessment reports them.
        stated: dict[str, Any] = next((ages for m in reversed(msgs) if (ages := (
            (m.signal_details or {}).get("conversation") or {}).get("stated_ages"))), {})
        out.append({
            "conversation_id": conv,
            "stated_ages": stated,
            "messages": [{"index": i, "at": m.occurred_at.isoformat(), "sender": m.account_id,
                          "text": m.data.get("text", ""), "risky": i in marked,
                          "indicators": _own(m),
                          "alert_level": m.signals.get("conversation.alert_level")}
                         for i, m in enumerate(msgs) if i in keep or not marked],
            "total": len(msgs)})
    return out


def _own(message: EventRow) -> list[str]:
    """The indicators a message itself shows; for messages received before these were
    recorded, the ones the conversation had reached, if a rule matched the message."""
    own = message.signals.get("conversation.message_indicators")
    if own is not None:
        return list(own)
    return list(message.signals.get("conversation.indicators", [])) \
        if message.matched_rules else []


def case_view(session: Session, case_id: str) -> dict[str, Any]:
    case = get_case(session, case_id)
    facts = session.get(AccountFacts, case.account_id)
    decisions = list(session.scalars(select(Decision).where(Decision.case_id == case.id)
                                     .order_by(Decision.at)))
    reveals = list(session.scalars(select(Reveal).where(Reveal.case_id == case.id)
                                   .order_by(Reveal.at)))
    statements = list(session.scalars(select(Statement).where(Statement.case_id == case.id)
                                      .order_by(Statement.created_at)))
    appeals = list(session.scalars(select(Appeal).where(Appeal.case_id == case.id)
                                   .order_by(Appeal.created_at)))
    events = case_events(session, case)
    banks = sorted({m["bank"] for e in events
                    for m in (e.signal_details or {}).get("hash_matches", [])})
    return {"case": case, "summary": case_summary(case), "facts": facts, "events": events,
            "media": media_items(session, case), "banks": banks,
            "conversations": conversation_excerpts(session, case), "decisions": decisions,
            "reveals": reveals, "statements": statements, "appeals": appeals}


# ----------------------------------------------------------------- reveals and exposure


def reveal(session: Session, case_id: str, content_ref: str, reviewer: Reviewer, reason: str
           ) -> Reveal:
    """Unblur one item for one reviewer, with a logged reason (and only that item)."""
    reason = reason.strip()
    if len(reason) < 5:
        raise InvalidInput("say why you need to see this item (at least 5 characters)")
    case = get_case(session, case_id)
    in_case = session.scalar(select(func.count()).select_from(EventRow).where(
        EventRow.case_id == case.id, EventRow.content_ref == content_ref))
    if not in_case:
        raise NotFound(f"{content_ref!r} is not part of this case")
    row = Reveal(case_id=case.id, content_ref=content_ref, user_id=reviewer.id,
                 username=reviewer.username, reason=reason[:500])
    session.add(row)
    session.flush()
    audit.record(session, actor=reviewer.actor, action="moderation.media.reveal",
                 target_type="content", target_id=content_ref,
                 details={"case_id": case.id, "reason": reason[:500]})
    return row


def current_reveal(session: Session, case_id: str, reviewer_id: str) -> str | None:
    """The one item this reviewer may see unblurred right now (their latest reveal)."""
    latest = session.scalar(select(Reveal).where(Reveal.case_id == case_id,
                                                 Reveal.user_id == reviewer_id)
                            .order_by(Reveal.at.desc()).limit(1))
    if latest is None or not latest.content_ref or utcnow() - latest.at > REVEAL_TTL:
        return None
    return latest.content_ref


def reblur(session: Session, case_id: str, reviewer: Reviewer) -> None:
    """End the current reveal early (recorded as a reveal of nothing)."""
    ref = current_reveal(session, case_id, reviewer.id)
    if ref is not None:
        session.add(Reveal(case_id=case_id, content_ref="", user_id=reviewer.id,
                           username=reviewer.username, reason="blurred again"))


def exposure(session: Session, reviewer_id: str) -> dict[str, Any]:
    now = utcnow()

    def count(since: datetime) -> int:
        return int(session.scalar(select(func.count()).select_from(Reveal).where(
            Reveal.user_id == reviewer_id, Reveal.content_ref != "", Reveal.at >= since)) or 0)

    hour, day = count(now - timedelta(hours=1)), count(now - timedelta(hours=24))
    decided = int(session.scalar(select(func.count()).select_from(Decision).where(
        Decision.reviewer_id == reviewer_id, Decision.at >= now - timedelta(hours=24))) or 0)
    return {"reveals_last_hour": hour, "reveals_last_24h": day, "decisions_last_24h": decided,
            "break_due": hour >= BREAK_AFTER_REVEALS_PER_HOUR,
            "break_after": BREAK_AFTER_REVEALS_PER_HOUR}


def media_bytes(session: Session, content_ref: str) -> bytes:
    blob = session.get(MediaBlob, content_ref)
    if blob is None:
        raise NotFound("the file was not sent with the event (hashes only)")
    return vault.open_sealed(content_ref, blob.nonce, blob.ciphertext, blob.key_id)


# ----------------------------------------------------------------- decisions


def _case_content(session: Session, case: Case) -> list[str]:
    return list(dict.fromkeys(r for r in session.scalars(
        select(EventRow.content_ref).where(EventRow.case_id == case.id,
                                           EventRow.content_ref.is_not(None))
        .order_by(EventRow.occurred_at)) if r))


def _set_content_state(session: Session, refs: list[str], state: str, account_id: str,
                       by: str) -> None:
    now = utcnow()
    existing = {c.content_ref: c for c in session.scalars(
        select(ContentState).where(ContentState.content_ref.in_(refs)))}
    events = {str(e.content_ref): e.id for e in session.scalars(
        select(EventRow).where(EventRow.content_ref.in_(refs)))}
    for ref in refs:
        row = existing.get(ref)
        if row is None:
            row = ContentState(content_ref=ref, account_id=account_id,
                               event_id=events.get(ref, ""), state=state, history=[])
            session.add(row)
        row.state = state
        row.updated_at = now
        row.history = [*list(row.history or []), {"state": state, "at": now.isoformat(),
                                                  "by": by}]


def decide(session: Session, case_id: str, reviewer: Reviewer, *, outcome: str,
           clause: str | None, note: str = "", report_to_ncmec: bool = False) -> Decision:
    """A reviewer's decision: content state, account restriction, statement, actions."""
    if outcome not in REVIEW_OUTCOMES:
        raise InvalidInput(f"unknown outcome {outcome!r}",
                           details={"outcomes": list(REVIEW_OUTCOMES)})
    violation = outcome != "no_violation"
    if violation and clause not in CLAUSES:
        raise InvalidInput("name the terms-of-service clause that was violated",
                           details={"clauses": list(CLAUSES)})
    if not violation:
        clause = None
        if report_to_ncmec:
            raise InvalidInput("a case without a violation cannot be reported")
    case = get_case(session, case_id)
    if case.state not in OPEN_STATES:
        raise Conflict(f"case is already {case.state}")
    if case.assigned_to and case.assigned_to != reviewer.id:
        raise Conflict("another reviewer has this case; ask them or take it over first")
    refs = _case_content(session, case)
    label, state, restriction = REVIEW_OUTCOMES[outcome]
    decision = Decision(case_id=case.id, kind="review", outcome=outcome, clause=clause,
                        note=note[:4000], report_to_ncmec=report_to_ncmec,
                        reviewer_id=reviewer.id, reviewer=reviewer.actor,
                        content_refs=refs)
    session.add(decision)
    session.flush()
    if refs:
        _set_content_state(session, refs, state, case.account_id, reviewer.actor)
    emitted: list[dict[str, Any]] = []
    base = {"account_id": case.account_id, "case_id": case.id, "source": "human"}
    for ref in refs:
        emitted.append({**base, "kind": "remove_content" if violation else "restore_content",
                        "content_ref": ref, "details": {"decision_id": decision.id}})
    facts = session.get(AccountFacts, case.account_id)
    if violation and facts is not None:
        facts.violations = (facts.violations or 0) + 1
    if restriction:
        current = dict(facts.restrictions or {}) if facts else {}
        current[restriction] = {"since": utcnow().isoformat(), "decision": decision.id}
        if facts is not None:
            facts.restrictions = current
        emitted.append({**base, "kind": "restrict_account",
                        "details": {"restriction": restriction, "decision_id": decision.id}})
    statement = _statement_for_decision(session, case, decision, refs, label)
    emitted.append({**base, "kind": "statement_of_reasons",
                    "details": {"statement_id": statement.id, "statement": statement.body}})
    if report_to_ncmec:
        emitted.append({**base, "kind": "report_to_ncmec",
                        "details": {"decision_id": decision.id,
                                    "preserve": "keep the account's data: a report is being "
                                                "filed"}})
    action_service.emit(session, emitted)
    now = utcnow()
    case.state = "decided"
    case.decided_at = now
    case.closed_at = now
    case.open_key = None
    case.updated_at = now
    audit.record(session, actor=reviewer.actor, action="moderation.case.decide",
                 target_type="case", target_id=case.id,
                 details={"decision_id": decision.id, "outcome": outcome, "clause": clause,
                          "content": refs, "report_to_ncmec": report_to_ncmec})
    return decision


def _rule_of(session: Session, case: Case) -> tuple[str | None, int | None, bool]:
    ev = session.scalar(select(EventRow).where(EventRow.case_id == case.id)
                        .order_by(EventRow.occurred_at).limit(1))
    if ev is None or not ev.matched_rules:
        return None, None, False
    return str(ev.matched_rules[0]), ev.rule_version, True


def _statement_for_decision(session: Session, case: Case, decision: Decision,
                            refs: list[str], label: str) -> Statement:
    rule_id, version, automated_detection = _rule_of(session, case)
    statement_id = new_id()
    until = utcnow() + APPEAL_WINDOW if decision.outcome != "no_violation" else None
    clause = CLAUSES.get(decision.clause or "")
    facts = (f"A reviewer found that this breaks {clause.id} {clause.title}."
             if clause else "A reviewer found no violation; the content is published.")
    body = statement_body(what=label, action=decision.outcome, content_refs=refs,
                          clause=decision.clause, facts=facts, rule_id=rule_id,
                          rule_version=version, automated_detection=automated_detection,
                          automated_decision=False, appeal_until=until,
                          statement_id=statement_id)
    statement = Statement(id=statement_id, account_id=case.account_id, case_id=case.id,
                          decision_id=decision.id, body=body, appealable_until=until)
    session.add(statement)
    session.flush()
    return statement


# ----------------------------------------------------------------- appeals


def file_appeal(session: Session, statement_id: str, *, text: str, actor: str) -> Appeal:
    statement = session.get(Statement, statement_id)
    if statement is None:
        raise NotFound(f"no statement {statement_id!r}")
    if statement.appealable_until is None:
        raise Conflict("this decision cannot be appealed within the service")
    if utcnow() > statement.appealable_until:
        raise Conflict("the appeal window for this decision has closed")
    existing = session.scalar(select(Appeal).where(Appeal.statement_id == statement_id))
    if existing is not None:
        return existing  # filing twice is harmless
    decision = session.get(Decision, statement.decision_id) if statement.decision_id else None
    appeal = Appeal(statement_id=statement.id, case_id=statement.case_id,
                    account_id=statement.account_id, text=text.strip()[:5000],
                    excluded_reviewer_id=decision.reviewer_id if decision else None)
    session.add(appeal)
    session.flush()
    if statement.case_id:
        case = session.get(Case, statement.case_id)
        if case is not None and case.state == "decided":
            case.state = "appeal"
            case.updated_at = utcnow()
    audit.record(session, actor=actor, action="moderation.appeal.file", target_type="appeal",
                 target_id=appeal.id, details={"statement_id": statement.id})
    return appeal


def get_appeal(session: Session, appeal_id: str) -> Appeal:
    appeal = session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound(f"no appeal {appeal_id!r}")
    return appeal


def decide_appeal(session: Session, appeal_id: str, reviewer: Reviewer, *, outcome: str,
                  note: str = "") -> Decision:
    """A different reviewer upholds or reverses; a reversal restores what was removed."""
    if outcome not in APPEAL_OUTCOMES:
        raise InvalidInput(f"unknown appeal outcome {outcome!r}",
                           details={"outcomes": list(APPEAL_OUTCOMES)})
    appeal = get_appeal(session, appeal_id)
    if appeal.state != "open":
        raise Conflict(f"appeal already {appeal.state}")
    if appeal.excluded_reviewer_id == reviewer.id:
        raise Forbidden("an appeal must go to a different reviewer than the one who decided")
    statement = session.get(Statement, appeal.statement_id)
    assert statement is not None
    original = session.get(Decision, statement.decision_id) if statement.decision_id else None
    refs = list(original.content_refs) if original else list(statement.body.get("content", []))
    decision = Decision(case_id=appeal.case_id or "", kind="appeal", outcome=outcome,
                        clause=original.clause if original else None, note=note[:4000],
                        reviewer_id=reviewer.id, reviewer=reviewer.actor, content_refs=refs)
    if appeal.case_id:
        session.add(decision)
        session.flush()
    base = {"account_id": appeal.account_id, "case_id": appeal.case_id, "source": "human"}
    emitted: list[dict[str, Any]] = []
    if outcome == "reverse":
        if refs:
            _set_content_state(session, refs, "restored", appeal.account_id, reviewer.actor)
        for ref in refs:
            emitted.append({**base, "kind": "restore_content", "content_ref": ref,
                            "details": {"appeal_id": appeal.id}})
        facts = session.get(AccountFacts, appeal.account_id)
        if facts is not None:
            facts.violations = max(0, (facts.violations or 0) - 1)
            for restriction in sorted(facts.restrictions or {}):
                emitted.append({**base, "kind": "lift_restriction",
                                "details": {"restriction": restriction,
                                            "appeal_id": appeal.id}})
            facts.restrictions = {}
    appeal.state = "reversed" if outcome == "reverse" else "upheld"
    appeal.decided_by = reviewer.actor
    appeal.decided_at = utcnow()
    what = ("Your appeal was accepted: the decision is reversed and your content restored."
            if outcome == "reverse" else "Your appeal was reviewed and the decision stands.")
    statement_id = new_id()
    body = statement_body(what=what, action=f"appeal_{outcome}", content_refs=refs,
                          clause=decision.clause, facts=note or what, rule_id=None,
                          rule_version=None, automated_detection=False,
                          automated_decision=False, appeal_until=None,
                          statement_id=statement_id)
    outcome_statement = Statement(id=statement_id, account_id=appeal.account_id,
                                  case_id=appeal.case_id,
                                  decision_id=decision.id if appeal.case_id else None,
                                  body=body)
    session.add(outcome_statement)
    session.flush()
    emitted.append({**base, "kind": "statement_of_reasons",
                    "details": {"statement_id": statement_id, "statement": body,
                                "appeal_id": appeal.id}})
    action_service.emit(session, emitted)
    if appeal.case_id:
        case = session.get(Case, appeal.case_id)
        if case is not None and case.state == "appeal":
            case.state = "closed"
            case.updated_at = utcnow()
    audit.record(session, actor=reviewer.actor, action=f"moderation.appeal.{outcome}",
                 target_type="appeal", target_id=appeal.id,
                 details={"content": refs, "statement_id": statement.id})
    return decision
