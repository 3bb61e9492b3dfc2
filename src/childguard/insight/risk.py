"""Risk assessments: one record shape for the UK Online Safety Act children's risk
assessment, the DSA Art. 28 review and Art. 34 systemic-risk assessment, and a child-rights
impact assessment (UNICEF D-CRIA). Each names its risks with evidence, likelihood and impact,
the mitigations with owners and status, who owns and approves it, and when it must be
reviewed; managers are reminded before that date.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.insight.storage import Reminder, RiskAssessment
from childguard.platform import audit
from childguard.platform.db import utcnow
from childguard.platform.errors import Conflict, InvalidInput, NotFound

KINDS: dict[str, str] = {
    "osa_children_access": "UK OSA children's access assessment",
    "osa_children_risk": "UK OSA children's risk assessment",
    "osa_illegal_content": "UK OSA illegal content risk assessment",
    "dsa_art28_review": "DSA Art. 28 protection of minors review",
    "dsa_art34_systemic": "DSA Art. 34 systemic-risk assessment",
    "cria": "Child-rights impact assessment (UNICEF D-CRIA)",
}
TRIGGERS = ("annual", "significant_change", "new_evidence", "first")
MITIGATION_STATUS = ("planned", "in_progress", "in_place", "effective")
SCALE = {1: "rare", 2: "unlikely", 3: "possible", 4: "likely", 5: "almost certain"}
IMPACT = {1: "minimal", 2: "minor", 3: "moderate", 4: "major", 5: "severe"}


def risk_level(likelihood: int, impact: int) -> str:
    score = likelihood * impact
    if score >= 16:
        return "critical"
    if score >= 10:
        return "high"
    if score >= 5:
        return "medium"
    return "low"


class MitigationIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    measure: str = Field(min_length=3, max_length=500)
    owner: str = Field(min_length=1, max_length=160)
    status: str = "planned"
    effectiveness: str = Field(default="", max_length=500)
    rights_impact: str = Field(default="", max_length=500,
                               description="The measure's own cost to children's rights")

    @model_validator(mode="after")
    def _status(self) -> MitigationIn:
        if self.status not in MITIGATION_STATUS:
            raise ValueError(f"status must be one of {', '.join(MITIGATION_STATUS)}")
        return self


class RiskIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    harm: str = Field(min_length=3, max_length=300)
    category: str = Field(default="", max_length=100)
    affected_rights: list[str] = Field(default_factory=list, max_length=20)
    age_bands: list[str] = Field(default_factory=list, max_length=10)
    risk_factors: list[str] = Field(default_factory=list, max_length=30)
    evidence: list[str] = Field(min_length=1, max_length=30)
    likelihood: int = Field(ge=1, le=5)
    impact: int = Field(ge=1, le=5)
    mitigations: list[MitigationIn] = Field(default_factory=list, max_length=30)
    residual_likelihood: int | None = Field(default=None, ge=1, le=5)
    residual_impact: int | None = Field(default=None, ge=1, le=5)


class AssessmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    title: str = Field(min_length=3, max_length=200)
    kind: str
    scope: str = Field(default="", max_length=5000)
    owner: str = Field(min_length=1, max_length=160)
    accountable_person: str = Field(default="", max_length=160)
    approver: str = Field(default="", max_length=160)
    conducted_on: date
    next_review_due: date
    trigger: str = "annual"
    user_base: dict[str, Any] = Field(default_factory=dict)
    risks: list[RiskIn] = Field(default_factory=list, max_length=100)
    notes: str = Field(default="", max_length=10000)

    @model_validator(mode="after")
    def _checks(self) -> AssessmentIn:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        if self.trigger not in TRIGGERS:
            raise ValueError(f"trigger must be one of {', '.join(TRIGGERS)}")
        if self.next_review_due <= self.conducted_on:
            raise ValueError("the next review must come after the assessment")
        return self


def parse(data: dict[str, Any]) -> AssessmentIn:
    try:
        return AssessmentIn.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        raise InvalidInput(f"{where}: {message}" if where else message,
                           details=[{"loc": list(e.get("loc", ())), "msg": e.get("msg")}
                                    for e in exc.errors()]) from None


def _risks(data: AssessmentIn) -> list[dict[str, Any]]:
    out = []
    for i, r in enumerate(data.risks, start=1):
        item = r.model_dump()
        item["id"] = f"R{i}"
        item["level"] = risk_level(r.likelihood, r.impact)
        if r.residual_likelihood and r.residual_impact:
            item["residual_level"] = risk_level(r.residual_likelihood, r.residual_impact)
        out.append(item)
    return out


def create_assessment(session: Session, data: AssessmentIn, *, actor: str) -> RiskAssessment:
    row = RiskAssessment(
        title=data.title, kind=data.kind, scope=data.scope, version=1, owner=data.owner,
        accountable_person=data.accountable_person, approver=data.approver,
        conducted_on=data.conducted_on, next_review_due=data.next_review_due,
        trigger=data.trigger, user_base=data.user_base, risks=_risks(data), notes=data.notes,
        status="draft", created_by=actor)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="insight.risk.create",
                 target_type="risk_assessment", target_id=row.id,
                 details={"kind": data.kind, "risks": len(data.risks),
                          "review_due": data.next_review_due.isoformat()})
    return row


def update_assessment(session: Session, assessment_id: str, data: AssessmentIn, *,
                      actor: str) -> RiskAssessment:
    row = get_assessment(session, assessment_id)
    row.title, row.kind, row.scope, row.owner = data.title, data.kind, data.scope, data.owner
    row.accountable_person, row.approver = data.accountable_person, data.approver
    row.conducted_on, row.next_review_due = data.conducted_on, data.next_review_due
    row.trigger, row.user_base, row.risks = data.trigger, data.user_base, _risks(data)
    row.notes = data.notes
    row.version += 1
    row.status = "draft"
    row.updated_at = utcnow()
    audit.record(session, actor=actor, action="insight.risk.update",
                 target_type="risk_assessment", target_id=row.id,
                 details={"version": row.version})
    return row


def approve(session: Session, assessment_id: str, *, actor: str) -> RiskAssessment:
    row = get_assessment(session, assessment_id)
    if row.status == "approved":
        raise Conflict("this version is already approved")
    if not row.risks:
        raise Conflict("an assessment needs at least one risk before approval")
    row.status = "approved"
    row.approver = row.approver or actor
    row.updated_at = utcnow()
    audit.record(session, actor=actor, action="insight.risk.approve",
                 target_type="risk_assessment", target_id=row.id,
                 details={"version": row.version})
    return row


def get_assessment(session: Session, assessment_id: str) -> RiskAssessment:
    row = session.get(RiskAssessment, assessment_id)
    if row is None:
        raise NotFound(f"no risk assessment {assessment_id!r}")
    return row


def list_assessments(session: Session) -> list[RiskAssessment]:
    return list(session.scalars(select(RiskAssessment).order_by(
        RiskAssessment.next_review_due)))


def as_dict(row: RiskAssessment) -> dict[str, Any]:
    return {"id": row.id, "title": row.title, "kind": row.kind,
            "kind_label": KINDS.get(row.kind, row.kind), "scope": row.scope,
            "version": row.version, "status": row.status, "owner": row.owner,
            "accountable_person": row.accountable_person, "approver": row.approver,
            "conducted_on": row.conducted_on.isoformat(),
            "next_review_due": row.next_review_due.isoformat(), "trigger": row.trigger,
            "user_base": row.user_base, "risks": row.risks, "notes": row.notes,
            "updated_at": row.updated_at.isoformat()}


EXPORT_COLUMNS = ["assessment_id", "title", "kind", "version", "status", "owner",
                  "next_review_due", "risk_id", "harm", "category", "affected_rights",
                  "age_bands", "evidence", "likelihood", "impact", "level", "mitigation",
                  "mitigation_owner", "mitigation_status", "residual_level"]


def export_csv(rows: list[RiskAssessment]) -> str:
    """One line per risk and mitigation (a risk without mitigations still gets a line)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in rows:
        for risk in row.risks or []:
            head = [row.id, row.title, row.kind, row.version, row.status, row.owner,
                    row.next_review_due.isoformat(), risk.get("id"), risk.get("harm"),
                    risk.get("category"), "; ".join(risk.get("affected_rights", [])),
                    "; ".join(risk.get("age_bands", [])), "; ".join(risk.get("evidence", [])),
                    risk.get("likelihood"), risk.get("impact"), risk.get("level")]
            mitigations = risk.get("mitigations") or [{}]
            for m in mitigations:
                writer.writerow([*head, m.get("measure", ""), m.get("owner", ""),
                                 m.get("status", ""), risk.get("residual_level", "")])
    return buffer.getvalue()


def send_review_reminders(session: Session, *, today: date, days_before: int) -> list[Reminder]:
    """A reminder for each assessment whose review falls due within ``days_before`` days
    (or is overdue), once per due date."""
    horizon = today + timedelta(days=days_before)
    made = []
    for row in session.scalars(select(RiskAssessment).where(
            RiskAssessment.next_review_due <= horizon)):
        if row.reminded_for == row.next_review_due:
            continue
        overdue = row.next_review_due < today
        when = "was due" if overdue else "is due"
        reminder = Reminder(subject_type="risk_assessment", subject_id=row.id,
                            due_on=row.next_review_due,
                            message=f"The review of '{row.title}' {when} on "
                                    f"{row.next_review_due.isoformat()} (owner: {row.owner})")
        session.add(reminder)
        row.reminded_for = row.next_review_due
        made.append(reminder)
        audit.record(session, actor="system:insight", action="insight.risk.reminder",
                     target_type="risk_assessment", target_id=row.id,
                     details={"due": row.next_review_due.isoformat(), "overdue": overdue})
    session.flush()
    return made


def remind_overdue_appeals(session: Session, *, deadline_days: int) -> list[Reminder]:
    """A reminder for each open appeal past its decision deadline (once per appeal)."""
    from childguard.moderation import casework

    now = utcnow()
    made = []
    for appeal in casework.open_appeals(session, limit=5000):
        due = appeal.created_at + timedelta(days=deadline_days)
        if due > now:
            continue
        exists = session.scalar(select(Reminder.id).where(
            Reminder.subject_type == "appeal", Reminder.subject_id == appeal.id))
        if exists is not None:
            continue
        reminder = Reminder(subject_type="appeal", subject_id=appeal.id, due_on=due.date(),
                            message=f"Appeal {appeal.id[:8]} is past its decision deadline "
                                    f"({due.date().isoformat()}); assign it to a reviewer "
                                    "who did not make the decision")
        session.add(reminder)
        made.append(reminder)
        audit.record(session, actor="system:insight", action="insight.appeal.overdue",
                     target_type="appeal", target_id=appeal.id,
                     details={"due": due.isoformat()})
    session.flush()
    return made


def open_reminders(session: Session) -> list[Reminder]:
    return list(session.scalars(select(Reminder).where(Reminder.dismissed_at.is_(None))
                                .order_by(Reminder.due_on)))


def dismiss_reminder(session: Session, reminder_id: str, *, actor: str) -> None:
    row = session.get(Reminder, reminder_id)
    if row is None:
        raise NotFound(f"no reminder {reminder_id!r}")
    row.dismissed_at = utcnow()
    audit.record(session, actor=actor, action="insight.reminder.dismiss",
                 target_type="reminder", target_id=row.id)
