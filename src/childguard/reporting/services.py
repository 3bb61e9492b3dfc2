"""Use cases of the reporting context: draft, check, file, look up.

A draft is built from a :class:`CaseSnapshot`; its files, and the snapshot itself as
context, go straight into the evidence vault (encrypted), so the filing job reads bytes
from the vault and nothing depends on another context still having them. Filing enqueues
one durable job per case (idempotency key ``reporting.file:<destination>:<case>``) in the
same transaction that marks the report queued; a case is never filed twice (a unique
constraint on case and destination backs that up).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.platform import audit
from childguard.platform.config import Settings, get_settings
from childguard.platform.db import utcnow
from childguard.platform.errors import Conflict, InvalidInput, NotFound
from childguard.platform.jobs import enqueue
from childguard.reporting import actionability, evidence, xsd
from childguard.reporting.builder import BuildError, BuiltReport, ReporterConfig, build
from childguard.reporting.snapshot import CaseSnapshot
from childguard.reporting.storage import ReportRecord
from childguard.reporting.xml import SchemaInvalid, to_xml, validate

DESTINATION = "ncmec"
FILE_JOB = "reporting.file"

ContentResolver = Callable[[str], bytes] | Callable[[Session, str], bytes]
_content_resolver: ContentResolver | None = None


def register_content_resolver(resolver: ContentResolver | None) -> None:
    """Let the media/moderation context turn a snapshot's ``storage_ref`` into bytes.

    Prefer the two-argument form ``resolver(session, storage_ref)``: it reads in the
    caller's transaction. A one-argument resolver that opens its own unit of work would
    wait on the caller's write lock under SQLite.
    """
    global _content_resolver
    _content_resolver = resolver


def _call_resolver(session: Session, ref: str) -> bytes:
    assert _content_resolver is not None
    try:
        params = len(inspect.signature(_content_resolver).parameters)
    except (TypeError, ValueError):
        params = 1
    if params >= 2:
        return _content_resolver(session, ref)  # type: ignore[call-arg,arg-type]
    return _content_resolver(ref)  # type: ignore[call-arg,arg-type]


def _resolve(session: Session, snapshot: CaseSnapshot) -> None:
    for f in snapshot.files:
        if f.content is None and f.storage_ref:
            if _content_resolver is None:
                raise InvalidInput(f"file {f.key!r} has only a storage reference and no "
                                   "content resolver is registered")
            f.content = _call_resolver(session, f.storage_ref)
        # A file known only by its hashes stays in the report (its hashes and upload event
        # go into the notes); the actionability check names it as not uploaded.


def build_for(snapshot: CaseSnapshot, settings: Settings | None = None,
              now: datetime | None = None) -> tuple[BuiltReport, actionability.Actionability]:
    settings = settings or get_settings()
    try:
        built = build(snapshot, ReporterConfig.from_settings(settings), now=now)
    except BuildError as exc:
        raise InvalidInput(str(exc)) from None
    return built, actionability.check(built, settings.report_min_actionability)


def _validate_all(session: Session, built: BuiltReport) -> None:
    extra = [x for x in [xsd.pinned_xsd(session)] if x is not None]
    try:
        validate(to_xml(built.report), extra_xsds=extra)
        for planned in built.files:
            problems = planned.details.rule_problems()
            if problems:
                raise SchemaInvalid(problems)
            validate(to_xml(planned.details), extra_xsds=extra)
    except SchemaInvalid as exc:
        raise InvalidInput("the report does not validate against the CyberTipline schema",
                           details={"problems": exc.problems[:50]}) from None


def create_draft(session: Session, snapshot: CaseSnapshot, *, actor: str,
                 settings: Settings | None = None) -> ReportRecord:
    """Build, validate and store the report for a decided case (re-drafting replaces)."""
    settings = settings or get_settings()
    existing = session.scalar(select(ReportRecord).where(
        ReportRecord.case_id == snapshot.case_id, ReportRecord.destination == DESTINATION))
    if existing is not None and existing.status != "draft":
        raise Conflict(f"case {snapshot.case_id} is already {existing.status}; a case is "
                       "filed once", details={"report": existing.id})
    _resolve(session, snapshot)
    built, score = build_for(snapshot, settings)
    _validate_all(session, built)
    record = existing or ReportRecord(case_id=snapshot.case_id, destination=DESTINATION,
                                      created_by=actor, created_at=utcnow())
    record.account_id = snapshot.reported.esp_id if snapshot.reported else None
    record.incident_type = built.report.incident_summary.incident_type.value
    record.report_xml = to_xml(built.report).decode()
    record.actionability = score.as_dict()
    record.score = score.score
    record.warnings = [f"clipped to the documented length: {c}" for c in built.clipped]
    record.detected_at = snapshot.detected_at
    record.updated_at = utcnow()
    if existing is None:
        session.add(record)
        session.flush()
    already = {(e.kind, e.sha256): e.id for e in evidence.list_for_case(session,
                                                                         snapshot.case_id)
               if e.report_id == record.id}
    files = []
    by_key = {f.key: f for f in snapshot.files}
    for planned in built.files:
        info = by_key[planned.key]
        evidence_id = already.get(("file", planned.sha256 or ""))
        if info.content is None:
            evidence_id = None
        elif evidence_id is None:
            evidence_id = evidence.store(
                session, case_id=snapshot.case_id, kind="file", content=info.content,
                actor=actor, report_id=record.id, account_id=record.account_id,
                name=info.original_file_name or info.file_name or info.key,
                content_type=info.content_type or "application/octet-stream").id
        files.append({"key": planned.key, "evidence_id": evidence_id,
                      "uploadable": evidence_id is not None,
                      "name": planned.details.file_name, "sha256": planned.sha256,
                      "size": planned.size, "details_xml": to_xml(planned.details).decode(),
                      "viewed_by": planned.viewed_by,
                      "viewed_at": planned.viewed_at.isoformat() if planned.viewed_at
                      else None})
    record.files = files
    context = json.dumps(snapshot.to_dict(), sort_keys=True).encode()
    evidence.store(session, case_id=snapshot.case_id, kind="context", content=context,
                   actor=actor, report_id=record.id, account_id=record.account_id,
                   name="case snapshot", content_type="application/json")
    audit.record(session, actor=actor, action="report.draft", target_type="report",
                 target_id=record.id, details={"case_id": snapshot.case_id,
                                               "score": score.score,
                                               "files": len(files)})
    return record


def get_report(session: Session, report_id: str) -> ReportRecord:
    record = session.get(ReportRecord, report_id)
    if record is None:
        raise NotFound(f"no report {report_id!r}")
    return record


def report_for_case(session: Session, case_id: str) -> ReportRecord | None:
    return session.scalar(select(ReportRecord).where(ReportRecord.case_id == case_id,
                                                     ReportRecord.destination == DESTINATION))


def list_reports(session: Session, *, status: str | None = None, limit: int = 100
                 ) -> list[ReportRecord]:
    query = select(ReportRecord).order_by(ReportRecord.created_at.desc()).limit(limit)
    if status:
        query = query.where(ReportRecord.status == status)
    return list(session.scalars(query))


def file_report(session: Session, report_id: str, *, actor: str,
                override_reason: str | None = None, settings: Settings | None = None
                ) -> ReportRecord:
    """Queue the report for filing; refuse below the minimum score unless a reason is given."""
    settings = settings or get_settings()
    record = get_report(session, report_id)
    if record.status != "draft":
        raise Conflict(f"report {report_id} is already {record.status}")
    minimum = settings.report_min_actionability
    if record.score < minimum and not (override_reason or "").strip():
        raise Conflict(
            f"report scores {record.score}% actionable, below the minimum of {minimum}%; "
            "add the missing information or give a reason to file anyway",
            details={"missing": record.actionability.get("missing", []),
                     "score": record.score, "minimum": minimum})
    record.status = "queued"
    record.queued_at = utcnow()
    record.queued_by = actor
    record.updated_at = utcnow()
    enqueue(session, FILE_JOB, {"report_id": record.id},
            key=f"{FILE_JOB}:{record.destination}:{record.case_id}:{record.attempts}",
            max_attempts=30)
    audit.record(session, actor=actor, action="report.file", target_type="report",
                 target_id=record.id, details={"case_id": record.case_id,
                                               "score": record.score,
                                               "override_reason": override_reason})
    return record


def reopen_failed(session: Session, report_id: str, *, actor: str) -> ReportRecord:
    """After a terminal failure is fixed (credentials, data), make the report a draft again.

    The case was not filed (a terminal failure retracts what was opened), so filing it
    again cannot produce a second report.
    """
    record = get_report(session, report_id)
    if record.status != "failed":
        raise Conflict(f"report {report_id} is {record.status}, not failed")
    record.status = "draft"
    record.updated_at = utcnow()
    audit.record(session, actor=actor, action="report.reopen", target_type="report",
                 target_id=record.id, details={"previous_error": record.error})
    return record


def file_case(session: Session, snapshot: CaseSnapshot, *, actor: str,
              override_reason: str | None = None) -> ReportRecord:
    """Draft and queue in one step (moderation's "decide and report" path)."""
    record = create_draft(session, snapshot, actor=actor)
    return file_report(session, record.id, actor=actor, override_reason=override_reason)


def as_dict(record: ReportRecord, *, with_xml: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": record.id, "case_id": record.case_id, "destination": record.destination,
        "status": record.status, "incident_type": record.incident_type,
        "account_id": record.account_id, "score": record.score,
        "actionability": record.actionability, "warnings": record.warnings,
        "ncmec_report_id": record.ncmec_report_id, "error": record.error,
        "files": [{k: v for k, v in f.items() if k != "details_xml"} for f in record.files],
        "created_at": record.created_at.isoformat(),
        "queued_at": record.queued_at.isoformat() if record.queued_at else None,
        "filed_at": record.filed_at.isoformat() if record.filed_at else None,
        "receipt": record.receipt_xml,
    }
    if record.filed_at and record.detected_at:
        data["detection_to_report_seconds"] = int(
            (record.filed_at - record.detected_at.astimezone(UTC)).total_seconds())
    if with_xml:
        data["report_xml"] = record.report_xml
    return data
