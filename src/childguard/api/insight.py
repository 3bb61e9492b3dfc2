"""Insight over HTTP: transparency reports, risk assessments, training, wellness, appeals
against their deadline."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK, requires
from childguard.insight import risk, training, transparency, wellness
from childguard.moderation import casework
from childguard.platform.auth import Principal
from childguard.platform.db import utcnow
from childguard.platform.errors import InvalidInput, NotFound
from childguard.platform.storage import User

router = APIRouter(prefix="/v1/insight", tags=["insight"])

_CSV: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {}, "application/json": {}}}}


@router.get("/transparency", summary="Transparency report for a period (JSON or CSV)",
            responses=_CSV)
def get_transparency(request: Request,
                     period: str = Query(description="2026, 2026-H1, 2026-Q3, 2026-05 or "
                                                     "2026-01-01..2026-06-30"),
                     format: str = Query("json", pattern="^(json|csv)$"),
                     principal: Principal = Depends(requires("insight:read")),
                     session: Session = UNIT_OF_WORK) -> Any:
    settings = request.app.state.settings
    report = transparency.generate(session, transparency.parse_period(period),
                                   service=settings.report_platform_name,
                                   appeal_decision_days=settings.appeal_decision_days)
    if format == "csv":
        return PlainTextResponse(report.to_csv(), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": "attachment; filename="
                                          f"transparency-{report.period.label}.csv"})
    return report.as_dict()


# ----------------------------------------------------------------- risk assessments


@router.get("/risk-assessments", summary="Risk assessments, soonest review first")
def list_risk(principal: Principal = Depends(requires("insight:read")),
              session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"assessments": [risk.as_dict(r) for r in risk.list_assessments(session)],
            "kinds": risk.KINDS}


@router.post("/risk-assessments", status_code=201, summary="Record a risk assessment")
def create_risk(body: dict[str, Any], principal: Principal = Depends(requires("insight:write")),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return risk.as_dict(risk.create_assessment(session, risk.parse(body),
                                               actor=principal.label))


@router.get("/risk-assessments/{assessment_id}", summary="One risk assessment")
def get_risk(assessment_id: str, principal: Principal = Depends(requires("insight:read")),
             session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return risk.as_dict(risk.get_assessment(session, assessment_id))


@router.put("/risk-assessments/{assessment_id}", summary="Revise (a new version, as draft)")
def update_risk(assessment_id: str, body: dict[str, Any],
                principal: Principal = Depends(requires("insight:write")),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return risk.as_dict(risk.update_assessment(session, assessment_id, risk.parse(body),
                                               actor=principal.label))


@router.post("/risk-assessments/{assessment_id}/approve", summary="Sign off this version")
def approve_risk(assessment_id: str, principal: Principal = Depends(requires("insight:write")),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return risk.as_dict(risk.approve(session, assessment_id, actor=principal.label))


@router.get("/risk-assessments/{assessment_id}/export", summary="Export (CSV or JSON)",
            responses=_CSV)
def export_risk(assessment_id: str, format: str = Query("csv", pattern="^(json|csv)$"),
                principal: Principal = Depends(requires("insight:read")),
                session: Session = UNIT_OF_WORK) -> Any:
    row = risk.get_assessment(session, assessment_id)
    if format == "json":
        return risk.as_dict(row)
    return PlainTextResponse(risk.export_csv([row]), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition":
                                      f"attachment; filename=risk-{row.id}.csv"})


@router.get("/reminders", summary="Open reminders (risk reviews coming due)")
def list_reminders(principal: Principal = Depends(requires("insight:read")),
                   session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"reminders": [{"id": r.id, "subject_type": r.subject_type,
                           "subject_id": r.subject_id, "due_on": r.due_on.isoformat(),
                           "message": r.message, "created_at": r.created_at.isoformat()}
                          for r in risk.open_reminders(session)]}


# ----------------------------------------------------------------- training


class ModuleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=3, max_length=200)
    summary: str = Field(default="", max_length=2000)
    body: str = Field(min_length=10, max_length=50000)
    required_for: list[str] = Field(default_factory=list)
    valid_days: int = Field(default=365, ge=1, le=3650)
    check_question: str = Field(default="", max_length=500)
    check_answer: str = Field(default="", max_length=200)


class CompletionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=64)
    module_id: str = Field(min_length=1, max_length=64)


@router.get("/training/modules", summary="Training modules")
def list_modules(principal: Principal = Depends(requires("insight:read")),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"modules": [{"id": m.id, "title": m.title, "version": m.version,
                         "summary": m.summary, "required_for": m.required_for,
                         "valid_days": m.valid_days} for m in training.list_modules(session)]}


@router.put("/training/modules/{module_id}", summary="Create or change a module")
def put_module(module_id: str, body: ModuleIn,
               principal: Principal = Depends(requires("insight:write")),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    m = training.upsert_module(session, module_id=module_id, actor=principal.label,
                               **body.model_dump())
    return {"id": m.id, "title": m.title, "version": m.version, "required_for": m.required_for}


@router.get("/training/status", summary="Every reviewer's training, and whether they may review")
def training_status(principal: Principal = Depends(requires("insight:read")),
                    session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"reviewers": training.matrix(session)}


@router.post("/training/completions", status_code=201,
             summary="Record a completion (for example training done elsewhere)")
def record_completion(body: CompletionIn,
                      principal: Principal = Depends(requires("insight:write")),
                      session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    user = session.scalar(select(User).where(User.username == body.username.lower()))
    if user is None:
        raise NotFound(f"no user {body.username!r}")
    module = training.get_module(session, body.module_id)
    row = training.record_completion(session, user, module, actor=principal.label)
    allowed, missing = training.may_review(session, user.id)
    return {"username": user.username, "module_id": module.id, "version": module.version,
            "completed_at": row.completed_at.isoformat(), "may_review": allowed,
            "missing": missing}


# ----------------------------------------------------------------- wellness, appeals


@router.get("/wellness", summary="Per-reviewer exposure and breaks (no content named)")
def get_wellness(period: str = Query("2026", description="as for transparency"),
                 principal: Principal = Depends(requires("insight:read")),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    chosen = transparency.parse_period(period)
    return {"period": chosen.label,
            "reviewers": wellness.figures(session, chosen.start, chosen.end)}


@router.get("/appeals", summary="Open appeals against their decision deadline")
def appeals_due(request: Request, principal: Principal = Depends(requires("insight:read")),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    days = request.app.state.settings.appeal_decision_days
    if days < 1:
        raise InvalidInput("appeal_decision_days must be positive")
    now = utcnow()
    out = []
    for a in casework.open_appeals(session, limit=1000):
        due = a.created_at + timedelta(days=days)
        out.append({"id": a.id, "case_id": a.case_id, "filed_at": a.created_at.isoformat(),
                    "due_at": due.isoformat(), "overdue": due < now,
                    "excluded_reviewer_id": a.excluded_reviewer_id})
    return {"deadline_days": days, "appeals": out,
            "overdue": sum(1 for a in out if a["overdue"])}

