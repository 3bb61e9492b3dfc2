"""User reports over HTTP: the in-app report button, status, outcome, trusted flaggers.

(``/v1/reports`` is the CyberTipline reports' address, so user reports live under
``/v1/user-reports``.)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK, requires
from childguard.insight.storage import Reporter, UserReport
from childguard.moderation import user_reports as intake
from childguard.platform.auth import Principal

router = APIRouter(prefix="/v1/user-reports", tags=["user reports"])


class ContextMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message_id: str | None = Field(default=None, max_length=128)
    sender: str | None = Field(default=None, max_length=128)
    at: datetime | None = None
    text: str = Field(default="", max_length=4000)
    reported: bool = False


class UserReportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    category: str = Field(description="child_sexual_exploitation, grooming, sextortion, "
                                      "my_own_image, self_harm or other")
    reported_account_id: str | None = Field(default=None, max_length=128)
    content_ref: str | None = Field(default=None, max_length=160,
                                    description="media:<media_id> or message:<message_id>")
    reported_url: str | None = Field(default=None, max_length=2000)
    details: str = Field(default="", max_length=5000)
    context: list[ContextMessage] = Field(default_factory=list, max_length=50,
                                          description="Messages around the reported one")
    immediate_danger: bool = Field(default=False,
                                   description="The reporter says a child is in danger now")
    hashes: dict[str, str] = Field(default_factory=dict,
                                   description="my_own_image only: sha256 (and pdq) computed "
                                               "on the device; never the image")
    reporter_account_id: str | None = Field(default=None, max_length=128)
    language: str = Field(default="en", max_length=8)


class ReporterIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    trusted_flagger: bool
    name: str = Field(default="", max_length=200)


def _reporter(row: Reporter) -> dict[str, Any]:
    return {"key": row.key, "trusted_flagger": row.trusted_flagger, "name": row.trusted_name,
            "reports": row.reports, "unfounded": row.unfounded,
            "warned_at": row.warned_at.isoformat() if row.warned_at else None,
            "throttled_until": row.throttled_until.isoformat() if row.throttled_until else None,
            "throttle_reason": row.throttle_reason, "history": row.history}


def _summary(r: UserReport) -> dict[str, Any]:
    return {"reference": r.reference, "category": r.category, "source": r.source,
            "status": r.status, "outcome": r.outcome, "case_id": r.case_id,
            "duplicate_of": r.duplicate_of, "trusted_flagger": r.trusted_flagger,
            "reported_account_id": r.reported_account_id, "content_ref": r.content_ref,
            "received_at": r.received_at.isoformat()}


@router.post("", status_code=201, summary="File a user's report (in-app report button)")
def post_user_report(body: UserReportIn,
                     principal: Principal = Depends(requires("user-reports:write")),
                     session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    key_of_service = f"key:{principal.name}"
    reporter_key = (f"account:{body.reporter_account_id}" if body.reporter_account_id
                    else key_of_service)
    filed = intake.file_user_report(
        session, intake.ReportInput(
            category=body.category, reported_account_id=body.reported_account_id,
            content_ref=body.content_ref, reported_url=body.reported_url, details=body.details,
            context=[c.model_dump(mode="json") for c in body.context],
            immediate_danger=body.immediate_danger, hashes=body.hashes,
            language=body.language),
        source="in_app", reporter_key=reporter_key, actor=principal.label,
        extra_reporter_keys=(key_of_service,))
    report = filed.report
    return {"reference": report.reference, "status": report.status,
            "case_id": report.case_id, "duplicate": filed.duplicate,
            "merged_with_earlier_report": report.duplicate_of is not None,
            "trusted_flagger": report.trusted_flagger, "warning": filed.warning,
            "status_url": f"/v1/user-reports/{report.reference}"}


@router.get("", summary="Recent user reports")
def list_user_reports(since: datetime | None = None, limit: int = Query(200, ge=1, le=1000),
                      principal: Principal = Depends(requires("cases:read")),
                      session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"reports": [_summary(r) for r in intake.list_reports(session, since=since,
                                                                 limit=limit)]}


@router.get("/reporters/{key:path}", summary="A reporter's standing")
def get_reporter(key: str, principal: Principal = Depends(requires("cases:read")),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return _reporter(intake.reporter(session, key))


@router.put("/reporters/{key:path}", summary="Mark or unmark a trusted flagger")
def put_reporter(key: str, body: ReporterIn, principal: Principal = Depends(requires("admin")),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return _reporter(intake.set_trusted_flagger(session, key, trusted=body.trusted_flagger,
                                                name=body.name, actor=principal.label))


@router.delete("/reporters/{key:path}/throttle", summary="Lift a reporter's suspension")
def lift_throttle(key: str, reason: str = Query(min_length=3, max_length=500),
                  principal: Principal = Depends(requires("admin")),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return _reporter(intake.lift_throttle(session, key, actor=principal.label, reason=reason))


@router.get("/{reference}", summary="Where a report stands, and its outcome")
def get_user_report(reference: str,
                    principal: Principal = Depends(requires("user-reports:write")),
                    session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return intake.status_view(session, intake.get_by_reference(session, reference))
