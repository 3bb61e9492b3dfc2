"""Reporting over HTTP: CyberTipline drafts, checks and filing; evidence; legal requests.

Thin over :mod:`childguard.reporting.services` and friends. Who may call what:
``reports:write`` drafts, checks and files; ``evidence:read`` (the legal role) reads the
vault, every read audited; ``legal:write`` records law-enforcement requests, productions
and destruction.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Any, Literal

import httpx
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK, requires
from childguard.platform import auth
from childguard.platform.config import get_settings
from childguard.platform.errors import InvalidInput, NotFound
from childguard.reporting import evidence, exports, holds, legal, services, xsd
from childguard.reporting.client import ApiError, CyberTiplineClient
from childguard.reporting.snapshot import CaseSnapshot
from childguard.reporting.storage import EvidenceItem
from childguard.reporting.xml import SchemaInvalid, to_xml, validate

router = APIRouter(prefix="/v1", tags=["reporting"])
reports_write = requires("reports:write")
evidence_read = requires("evidence:read")
legal_write = requires("legal:write")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SnapshotIn(Strict):
    snapshot: dict[str, Any] = Field(
        description="A CaseSnapshot (see childguard.reporting.snapshot) as JSON; datetimes "
        "ISO 8601 with time zone; file bytes as files[].content_base64")


def _snapshot(body: SnapshotIn) -> CaseSnapshot:
    data = dict(body.snapshot)
    files = []
    for f in data.get("files", []):
        f = dict(f)
        encoded = f.pop("content_base64", None)
        if encoded is not None:
            try:
                f["content"] = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                raise InvalidInput(f"file {f.get('key')!r}: content_base64 is not base64")
        files.append(f)
    data["files"] = files
    try:
        return CaseSnapshot.from_dict(data)
    except (TypeError, KeyError, ValueError) as exc:
        raise InvalidInput(f"not a valid case snapshot: {exc}") from None


@router.post("/reports/check", summary="Build a report without storing it: validity and "
             "actionability")
def check_report(body: SnapshotIn, principal: auth.Principal = Depends(reports_write),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    snapshot = _snapshot(body)
    built, score = services.build_for(snapshot)
    problems: list[str] = []
    try:
        validate(to_xml(built.report))
        for planned in built.files:
            problems += planned.details.rule_problems()
            validate(to_xml(planned.details))
    except SchemaInvalid as exc:
        problems += exc.problems
    return {"valid": not problems, "problems": problems, "actionability": score.as_dict(),
            "report_xml": to_xml(built.report).decode()}


@router.post("/reports", status_code=201, summary="Draft the CyberTipline report of a case")
def draft_report(body: SnapshotIn, principal: auth.Principal = Depends(reports_write),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    record = services.create_draft(session, _snapshot(body), actor=principal.label)
    return services.as_dict(record)


@router.get("/reports", summary="Reports, newest first")
def list_reports(status: Literal["draft", "queued", "filing", "filed", "failed"] | None
                 = None, principal: auth.Principal = Depends(reports_write),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"reports": [services.as_dict(r) for r in services.list_reports(session,
                                                                            status=status)]}


@router.get("/reports/{report_id}", summary="A report: status, actionability, receipt")
def get_report(report_id: str, principal: auth.Principal = Depends(reports_write),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return services.as_dict(services.get_report(session, report_id))


@router.get("/reports/{report_id}/xml", summary="The report XML as it will be (was) sent",
            response_class=Response)
def get_report_xml(report_id: str, principal: auth.Principal = Depends(reports_write),
                   session: Session = UNIT_OF_WORK) -> Response:
    record = services.get_report(session, report_id)
    return Response(record.report_xml, media_type="application/xml")


class FileIn(Strict):
    override_reason: str | None = Field(
        default=None, max_length=2000,
        description="Needed to file a report scoring below the actionability minimum")


@router.post("/reports/{report_id}/file", status_code=202,
             summary="File the report with the CyberTipline (a durable job)")
def file_report(report_id: str, body: FileIn | None = None,
                principal: auth.Principal = Depends(reports_write),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    record = services.file_report(session, report_id, actor=principal.label,
                                  override_reason=body.override_reason if body else None)
    return services.as_dict(record)


@router.post("/reports/{report_id}/reopen", summary="Make a failed report a draft again")
def reopen_report(report_id: str, principal: auth.Principal = Depends(reports_write),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return services.as_dict(services.reopen_failed(session, report_id,
                                                   actor=principal.label))


@router.post("/reports/exports/{destination}",
             summary="Render a case for another destination (e.g. the DSA statement of "
             "reasons, without personal data)")
def export_case(destination: str, body: SnapshotIn,
                principal: auth.Principal = Depends(reports_write),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    try:
        target = exports.destination(destination)
    except KeyError as exc:
        raise NotFound(str(exc.args[0])) from None
    rendered = target.render(_snapshot(body))
    payload = rendered.body.decode() if isinstance(rendered.body, bytes) else rendered.body
    return {"destination": rendered.destination, "media_type": rendered.media_type,
            "body": payload, "problems": rendered.problems}


@router.post("/reports/ncmec-xsd/refresh",
             summary="Fetch NCMEC's XSD (GET /xsd), pin its hash, warn when it changed")
def refresh_xsd(principal: auth.Principal = Depends(reports_write),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    settings = get_settings()
    client = CyberTiplineClient.from_settings(settings)
    try:
        content = client.xsd()
    except (ApiError, httpx.HTTPError, OSError) as exc:
        raise InvalidInput(f"could not fetch the XSD from {settings.ncmec_base_url}: {exc}")
    finally:
        client.close()
    result = xsd.record_xsd(session, content, source_url=settings.ncmec_base_url + "/xsd",
                            actor=principal.label)
    return {"sha256": result.sha256, "changed": result.changed,
            "previous_sha256": result.previous_sha256}


# ----------------------------------------------------------------- evidence


def _evidence_dict(item: EvidenceItem) -> dict[str, Any]:
    return {"id": item.id, "report_id": item.report_id, "case_id": item.case_id,
            "account_id": item.account_id, "kind": item.kind, "name": item.name,
            "content_type": item.content_type, "size": item.size, "sha256": item.sha256,
            "created_at": item.created_at.isoformat(),
            "retain_until": item.retain_until.isoformat() if item.retain_until else None,
            "destroyed_at": item.destroyed_at.isoformat() if item.destroyed_at else None,
            "destruction_request_id": item.destruction_request_id}


@router.get("/evidence", summary="Preserved evidence of a case (metadata only)")
def list_evidence(case_id: str = Query(min_length=1, max_length=128),
                  principal: auth.Principal = Depends(evidence_read),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"evidence": [_evidence_dict(e) for e in evidence.list_for_case(session, case_id)]}


@router.get("/evidence/{evidence_id}/content", response_class=Response,
            summary="Decrypt one item (legal role only; the read and its purpose are audited)")
def read_evidence(evidence_id: str, purpose: str = Query(min_length=3, max_length=500),
                  principal: auth.Principal = Depends(evidence_read),
                  session: Session = UNIT_OF_WORK) -> Response:
    found = evidence.read(session, evidence_id, principal=principal, purpose=purpose)
    return Response(found.content, media_type=found.item.content_type,
                    headers={"Cache-Control": "no-store",
                             "Content-Disposition": "attachment"})


class DestroyIn(Strict):
    legal_request_id: str = Field(min_length=1, max_length=32)


@router.post("/evidence/{evidence_id}/destroy",
             summary="Destroy preserved content on a recorded law-enforcement request")
def destroy_evidence(evidence_id: str, body: DestroyIn,
                     principal: auth.Principal = Depends(legal_write),
                     session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    item = evidence.destroy(session, evidence_id, legal_request_id=body.legal_request_id,
                            principal=principal)
    return _evidence_dict(item)


# ----------------------------------------------------------------- legal requests and holds


class LegalRequestIn(Strict):
    type: Literal["preservation_letter", "subpoena", "court_order", "warrant",
                  "emergency_disclosure", "destruction_request"]
    agency: str = Field(min_length=1, max_length=255)
    reference: str | None = Field(default=None, max_length=128)
    officer: dict[str, str] = Field(default_factory=dict)
    account_ids: list[str] = Field(default_factory=list, max_length=1000)
    case_ids: list[str] = Field(default_factory=list, max_length=1000)
    received_at: datetime | None = None
    due_at: datetime | None = None
    preserve_until: datetime | None = None
    notes: str = Field(default="", max_length=10_000)


@router.post("/legal-requests", status_code=201,
             summary="Record a law-enforcement request (preservation extends holds)")
def record_legal_request(body: LegalRequestIn, principal: auth.Principal = Depends(legal_write),
                         session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    for value in (body.received_at, body.due_at, body.preserve_until):
        if value is not None and value.tzinfo is None:
            raise InvalidInput("datetimes need a time zone")
    req = legal.record_request(session, type=body.type, agency=body.agency,
                               actor=principal.label, reference=body.reference,
                               officer=body.officer, account_ids=body.account_ids,
                               case_ids=body.case_ids, received_at=body.received_at,
                               due_at=body.due_at, preserve_until=body.preserve_until,
                               notes=body.notes)
    return legal.as_dict(req)


@router.get("/legal-requests", summary="The register of law-enforcement requests")
def list_legal_requests(status: Literal["open", "produced", "closed"] | None = None,
                        principal: auth.Principal = Depends(legal_write),
                        session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"requests": [legal.as_dict(r) for r in legal.list_requests(session,
                                                                        status=status)]}


@router.get("/legal-requests/{request_id}", summary="One law-enforcement request")
def get_legal_request(request_id: str, principal: auth.Principal = Depends(legal_write),
                      session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return legal.as_dict(legal.get_request(session, request_id))


class ProductionIn(Strict):
    produced: str = Field(min_length=1, max_length=5000)
    approved_by: str = Field(min_length=1, max_length=160)
    evidence_ids: list[str] = Field(default_factory=list)
    close: bool = False


@router.post("/legal-requests/{request_id}/productions",
             summary="Record what was produced and who approved it")
def record_production(request_id: str, body: ProductionIn,
                      principal: auth.Principal = Depends(legal_write),
                      session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    req = legal.record_production(session, request_id, produced=body.produced,
                                  actor=principal.label, approved_by=body.approved_by,
                                  evidence_ids=body.evidence_ids, close=body.close)
    return legal.as_dict(req)


class BundleIn(Strict):
    evidence_ids: list[str] = Field(min_length=1, max_length=1000)


@router.post("/legal-requests/{request_id}/bundle", response_class=Response,
             summary="A zip of named evidence for the request, with a SHA-256 manifest "
             "(needs evidence:read and legal:write; every item read is audited)")
def production_bundle(request_id: str, body: BundleIn,
                      principal: auth.Principal = Depends(evidence_read),
                      session: Session = UNIT_OF_WORK) -> Response:
    content = legal.production_bundle(session, request_id, body.evidence_ids,
                                      principal=principal)
    return Response(content, media_type="application/zip",
                    headers={"Cache-Control": "no-store",
                             "Content-Disposition": f'attachment; filename="{request_id}.zip"'})


@router.get("/holds", summary="Preservation holds in force for an account")
def account_holds(account_id: str = Query(min_length=1, max_length=255),
                  principal: auth.Principal = Depends(legal_write),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"account_id": account_id, "holds": [
        {"id": h.id, "case_id": h.case_id, "report_id": h.report_id, "reason": h.reason,
         "until": h.until.isoformat(), "legal_request_id": h.legal_request_id}
        for h in holds.active_holds_for_account(session, account_id)]}

