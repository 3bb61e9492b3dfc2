"""Moderation API: events in, actions out (polling and webhooks), rules, cases, appeals."""

from __future__ import annotations

import gc
import logging
from typing import Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK, requires
from childguard.moderation import actions as action_service
from childguard.moderation import casework, rulebook, signals
from childguard.moderation.ingest import MAX_BATCH, ingest
from childguard.moderation.storage import Appeal, EventRow, Statement, WebhookEndpoint
from childguard.platform.auth import Principal
from childguard.platform.errors import NotFound

router = APIRouter(prefix="/v1", tags=["moderation"])
log = logging.getLogger("childguard.moderation.api")


def on_startup(app: Any) -> None:
    """Warm what the first batch would otherwise pay for: plugins, the live rules and the
    bank index. Then freeze the startup heap out of the garbage collector's way, so the
    full collections that batches trigger stay short."""
    try:
        signals.load_plugins()
        with app.state.database.unit_of_work() as session:
            rulebook.active_ruleset(session)
        try:
            from childguard.media.matching import get_matcher
        except ModuleNotFoundError:
            pass
        else:
            get_matcher(app.state.database).ensure_fresh(0.0)
    except Exception as exc:  # an unmigrated database must not stop the process starting
        log.warning("moderation warm-up skipped", extra={"error": str(exc)})
    if getattr(app.state.settings, "environment", "") != "test":
        # Tests build many apps in one process; freezing there would keep their garbage.
        gc.collect()
        gc.freeze()
MAX_BIGINT = 2**63 - 1
MAX_INT = 2**31 - 1
Version = Path(ge=1, le=MAX_INT, description="Rule version number")


# ----------------------------------------------------------------- events


class EventBatch(BaseModel):
    events: list[Any] = Field(
        min_length=1, max_length=MAX_BATCH,
        description="Events; each is validated on its own, so one bad event is rejected "
                    "with its reasons and the others go through")


@router.post("/events", summary="Send a batch of platform events",
             response_model=None, responses={200: {"description": "One result per event"}})
def post_events(batch: EventBatch, principal: Principal = Depends(requires("events:write")),
                session: Session = UNIT_OF_WORK) -> JSONResponse:
    """Each result says ``accepted`` (with the verdict: allow, hold or block), ``duplicate``
    (the id was seen before; the original verdict is repeated) or ``rejected`` (with
    reasons). Resending a batch is safe."""
    results = ingest(session, batch.events, submitted_by=principal.label)
    counts = {s: sum(1 for r in results if r["status"] == s)
              for s in ("accepted", "duplicate", "rejected")}
    # The results are plain JSON already; skipping the generic encoder matters at volume.
    return JSONResponse({"results": results, **counts})


@router.get("/events/{event_id}", summary="One stored event with its signals and outcome")
def get_event(event_id: str, principal: Principal = Depends(requires("cases:read")),
              session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    row = session.get(EventRow, event_id)
    if row is None:
        raise NotFound(f"no event {event_id!r}")
    return {"id": row.id, "type": row.type, "account_id": row.account_id, "ip": row.ip,
            "port": row.port, "occurred_at": row.occurred_at.isoformat(),
            "utc_offset": row.utc_offset, "device_ids": row.device_ids, "data": row.data,
            "content_ref": row.content_ref, "signals": row.signals, "verdict": row.verdict,
            "rules": row.matched_rules, "rule_version": row.rule_version,
            "case_id": row.case_id, "received_at": row.received_at.isoformat()}


# ----------------------------------------------------------------- actions and webhooks


@router.get("/actions", summary="Poll the actions to carry out")
def get_actions(after: int = Query(0, ge=0, le=MAX_BIGINT,
                                description="The last seq you processed"),
                limit: int = Query(100, ge=1, le=1000), account_id: str | None = None,
                settle_seconds: float = Query(
                    5.0, ge=0, le=3600,
                    description="Hold back actions younger than this (PostgreSQL), so a "
                                "cursor never skips one whose transaction committed late"),
                principal: Principal = Depends(requires("events:write")),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    rows = action_service.poll(session, after, limit, account_id, settle_seconds)
    return {"actions": [action_service.action_payload(r) for r in rows],
            "next_after": rows[-1].seq if rows else after}


class WebhookIn(BaseModel):
    url: str = Field(max_length=2000)
    kinds: list[str] = Field(default_factory=list,
                             description="Action kinds to send; empty means all")
    secret: str | None = Field(default=None, min_length=16, max_length=128,
                               description="Signing secret; generated when omitted")
    backoff_seconds: float = Field(default=5.0, ge=0.01, le=3600,
                                   description="First retry delay; doubles each time")
    max_attempts: int = Field(default=25, ge=1, le=100)


def _endpoint(ep: WebhookEndpoint) -> dict[str, Any]:
    return {"id": ep.id, "url": ep.url, "kinds": ep.kinds, "active": ep.active,
            "backoff_seconds": ep.backoff_seconds, "max_attempts": ep.max_attempts,
            "created_at": ep.created_at.isoformat()}


@router.post("/webhooks", status_code=201, summary="Register a webhook receiver")
def post_webhook(body: WebhookIn, principal: Principal = Depends(requires("events:write")),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """The secret is returned once; deliveries are signed with HMAC-SHA256 over
    ``"<timestamp>." + body`` in ``X-Childguard-Signature: t=<timestamp>,v1=<hex>``."""
    ep, secret = action_service.add_endpoint(
        session, url=body.url, kinds=body.kinds, actor=principal.label, secret=body.secret,
        backoff_seconds=body.backoff_seconds, max_attempts=body.max_attempts)
    return {**_endpoint(ep), "secret": secret}


@router.get("/webhooks", summary="Registered webhook receivers")
def list_webhooks(principal: Principal = Depends(requires("events:write")),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    rows = session.scalars(select(WebhookEndpoint).order_by(WebhookEndpoint.created_at))
    return {"webhooks": [_endpoint(ep) for ep in rows]}


@router.delete("/webhooks/{endpoint_id}", summary="Stop sending to a receiver")
def delete_webhook(endpoint_id: str, principal: Principal = Depends(requires("events:write")),
                   session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    action_service.remove_endpoint(session, endpoint_id, actor=principal.label)
    return {"id": endpoint_id, "active": False}


@router.get("/webhooks/deliveries", summary="The delivery log")
def list_deliveries(endpoint_id: str | None = None, status: str | None = None,
                    limit: int = Query(100, ge=1, le=1000),
                    principal: Principal = Depends(requires("events:write")),
                    session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    out = []
    for d, attempts in action_service.delivery_log(session, endpoint_id=endpoint_id,
                                                   status=status, limit=limit):
        out.append({"id": d.id, "endpoint_id": d.endpoint_id, "action_seq": d.action_seq,
                    "status": d.status, "attempts": d.attempts,
                    "delivered_at": d.delivered_at.isoformat() if d.delivered_at else None,
                    "next_attempt_at": d.next_attempt_at.isoformat()
                    if d.next_attempt_at else None,
                    "log": [{"attempt": a.attempt, "at": a.at.isoformat(),
                             "status_code": a.status_code, "error": a.error,
                             "duration_ms": a.duration_ms} for a in attempts]})
    return {"deliveries": out}


@router.post("/webhooks/deliveries/{delivery_id}/redeliver",
             summary="Try a failed delivery again")
def redeliver(delivery_id: str, principal: Principal = Depends(requires("events:write")),
              session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    d = action_service.redeliver(session, delivery_id, actor=principal.label)
    return {"id": d.id, "status": d.status}


# ----------------------------------------------------------------- rules


class RulesIn(BaseModel):
    source: str = Field(min_length=1, max_length=500_000, description="The YAML rule file")
    note: str = Field(default="", max_length=500)
    activate: bool = False


class ShadowIn(BaseModel):
    source: str | None = Field(default=None, max_length=500_000)
    version: int | None = Field(default=None, ge=1, le=MAX_INT)
    hours: float = Field(default=24, gt=0, le=24 * 90)
    limit: int = Field(default=1000, ge=1, le=20_000)


@router.get("/rules", summary="Rule versions")
def list_rules(principal: Principal = Depends(requires("cases:read")),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"versions": [{"version": v.version, "status": v.status, "note": v.note,
                          "created_by": v.created_by, "created_at": v.created_at.isoformat()}
                         for v in rulebook.list_versions(session)]}


@router.get("/rules/signals", summary="Signals rules can use, with their types")
def list_signals(principal: Principal = Depends(requires("cases:read"))) -> dict[str, Any]:
    return {"signals": [{"name": s.name, "type": s.type, "description": s.description,
                         "events": sorted(s.events) if s.events else None}
                        for s in signals.catalog().values()]}


@router.get("/rules/{version}", summary="One rule version's source")
def get_rules(version: int = Version, principal: Principal = Depends(requires("cases:read")),
              session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    rulebook.active_ruleset(session)
    from childguard.moderation.storage import RuleVersion

    row = session.get(RuleVersion, version)
    if row is None:
        raise NotFound(f"no rule version {version}")
    return {"version": row.version, "status": row.status, "source": row.source,
            "note": row.note}


@router.post("/rules", status_code=201, summary="Add a rule version (checked first)")
def post_rules(body: RulesIn, principal: Principal = Depends(requires("admin")),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """A file with errors is refused with 422 and ``details.problems``: each with the line
    and the reason."""
    row = rulebook.add_version(session, body.source, actor=principal.label, note=body.note,
                               activate=body.activate)
    return {"version": row.version, "status": row.status}


@router.post("/rules/{version}/activate", summary="Make a version the live one")
def activate_rules(version: int = Version, principal: Principal = Depends(requires("admin")),
                   session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    row = rulebook.activate_version(session, version, actor=principal.label)
    return {"version": row.version, "status": row.status}


@router.post("/rules/shadow", summary="Run a candidate over recent events, act on nothing")
def shadow_rules(body: ShadowIn, principal: Principal = Depends(requires("cases:read")),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return rulebook.shadow_run(session, source=body.source, version=body.version,
                               hours=body.hours, limit=body.limit)


# ----------------------------------------------------------------- cases


@router.get("/cases", summary="The review queue, most urgent first")
def list_cases(limit: int = Query(100, ge=1, le=1000),
               principal: Principal = Depends(requires("cases:read")),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"cases": [casework.case_summary(c) for c in casework.queue(session, limit=limit)]}


@router.get("/cases/{case_id}", summary="One case")
def get_case(case_id: str, principal: Principal = Depends(requires("cases:read")),
             session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    view = casework.case_view(session, case_id)
    return {**view["summary"],
            "events": [{"id": e.id, "type": e.type, "occurred_at": e.occurred_at.isoformat(),
                        "verdict": e.verdict, "rules": e.matched_rules,
                        "content_ref": e.content_ref} for e in view["events"]],
            "media": view["media"], "banks": view["banks"],
            "decisions": [{"id": d.id, "kind": d.kind, "outcome": d.outcome,
                           "clause": d.clause, "at": d.at.isoformat()}
                          for d in view["decisions"]],
            "reveals": [{"content_ref": r.content_ref, "by": r.username,
                         "at": r.at.isoformat(), "reason": r.reason}
                        for r in view["reveals"] if r.content_ref],
            "statements": [s.id for s in view["statements"]]}


class DecisionIn(BaseModel):
    outcome: str
    clause: str | None = None
    note: str = Field(default="", max_length=4000)
    report_to_ncmec: bool = False


def _reviewer(principal: Principal) -> casework.Reviewer:
    return casework.Reviewer(id=principal.id, username=principal.name)


@router.post("/cases/{case_id}/decision", summary="Decide a case")
def decide_case(case_id: str, body: DecisionIn,
                principal: Principal = Depends(requires("cases:review")),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    decision = casework.decide(session, case_id, _reviewer(principal), outcome=body.outcome,
                               clause=body.clause, note=body.note,
                               report_to_ncmec=body.report_to_ncmec)
    return {"decision_id": decision.id, "outcome": decision.outcome,
            "content": decision.content_refs}


# ----------------------------------------------------------------- statements and appeals


@router.get("/statements/{statement_id}", summary="A statement of reasons")
def get_statement(statement_id: str, principal: Principal = Depends(requires("events:write")),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    row = session.get(Statement, statement_id)
    if row is None:
        raise NotFound(f"no statement {statement_id!r}")
    return {"id": row.id, "account_id": row.account_id, "created_at": row.created_at.isoformat(),
            **row.body}


class AppealIn(BaseModel):
    statement_id: str
    text: str = Field(default="", max_length=5000, description="The user's own words")


def _appeal(a: Appeal) -> dict[str, Any]:
    return {"id": a.id, "statement_id": a.statement_id, "case_id": a.case_id,
            "account_id": a.account_id, "state": a.state, "created_at": a.created_at.isoformat(),
            "decided_at": a.decided_at.isoformat() if a.decided_at else None}


@router.post("/appeals", status_code=201, summary="File a user's appeal of a decision")
def post_appeal(body: AppealIn, principal: Principal = Depends(requires("events:write")),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    appeal = casework.file_appeal(session, body.statement_id, text=body.text,
                                  actor=principal.label)
    return _appeal(appeal)


@router.get("/appeals/{appeal_id}", summary="Where an appeal stands")
def get_appeal(appeal_id: str, principal: Principal = Depends(requires("events:write")),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return _appeal(casework.get_appeal(session, appeal_id))


class AppealDecisionIn(BaseModel):
    outcome: str = Field(description="uphold or reverse")
    note: str = Field(default="", max_length=4000)


@router.post("/appeals/{appeal_id}/decision", summary="Decide an appeal (another reviewer)")
def decide_appeal(appeal_id: str, body: AppealDecisionIn,
                  principal: Principal = Depends(requires("appeals:review")),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    decision = casework.decide_appeal(session, appeal_id, _reviewer(principal),
                                      outcome=body.outcome, note=body.note)
    return {"decision_id": decision.id, "outcome": decision.outcome,
            "content": decision.content_refs}
