"""The register of law-enforcement requests.

Each request records its type, the agency and its reference, the deadline, the accounts and
cases it covers, what was produced (when, by whom, approved by whom) and its status. A
preservation letter (or any request with ``preserve_until``) extends the holds of the
accounts and cases it names, so their data outlives ordinary deletion.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.platform import audit
from childguard.platform.auth import Principal
from childguard.platform.db import utcnow
from childguard.platform.errors import Conflict, InvalidInput, NotFound
from childguard.reporting import holds
from childguard.reporting.storage import LegalRequest

REQUEST_TYPES = {
    "preservation_letter": "Preservation letter (18 U.S.C. 2703(f) or equivalent)",
    "subpoena": "Subpoena",
    "court_order": "Court order",
    "warrant": "Search warrant",
    "emergency_disclosure": "Emergency disclosure request",
    "destruction_request": "Request to destroy preserved material (18 U.S.C. 2258B(c))",
}

# A preservation letter preserves for 90 days, renewable once (2703(f)(2)).
DEFAULT_PRESERVATION_DAYS = 90


def record_request(session: Session, *, type: str, agency: str, actor: str,
                   reference: str | None = None, officer: dict[str, Any] | None = None,
                   account_ids: list[str] | None = None, case_ids: list[str] | None = None,
                   received_at: datetime | None = None, due_at: datetime | None = None,
                   preserve_until: datetime | None = None, notes: str = "") -> LegalRequest:
    if type not in REQUEST_TYPES:
        raise InvalidInput(f"unknown request type {type!r}",
                           details={"types": sorted(REQUEST_TYPES)})
    if not agency.strip():
        raise InvalidInput("name the requesting agency")
    account_ids = [a for a in (account_ids or []) if a]
    case_ids = [c for c in (case_ids or []) if c]
    if not account_ids and not case_ids:
        raise InvalidInput("a request must name at least one account or case")
    received_at = received_at or utcnow()
    if type == "preservation_letter" and preserve_until is None:
        preserve_until = received_at + timedelta(days=DEFAULT_PRESERVATION_DAYS)
    req = LegalRequest(type=type, agency=agency.strip()[:255], reference=reference,
                       officer=officer or {}, account_ids=account_ids, case_ids=case_ids,
                       received_at=received_at, due_at=due_at, preserve_until=preserve_until,
                       notes=notes, created_by=actor, created_at=utcnow())
    session.add(req)
    session.flush()
    audit.record(session, actor=actor, action="legal.request_record",
                 target_type="legal_request", target_id=req.id,
                 details={"type": type, "agency": req.agency, "reference": reference,
                          "accounts": account_ids, "cases": case_ids})
    if preserve_until is not None:
        holds.extend_holds(session, until=preserve_until, actor=actor,
                           reason=f"{REQUEST_TYPES[type]} from {req.agency}",
                           account_ids=account_ids, case_ids=case_ids,
                           legal_request_id=req.id)
    return req


def record_production(session: Session, request_id: str, *, produced: str, actor: str,
                      approved_by: str, evidence_ids: list[str] | None = None,
                      close: bool = False) -> LegalRequest:
    """Record what was handed over, and who approved it (two people: producer, approver)."""
    req = get_request(session, request_id)
    if req.status == "closed":
        raise Conflict("this request is closed")
    if not produced.strip():
        raise InvalidInput("describe what was produced")
    if not approved_by.strip():
        raise InvalidInput("a production needs an approver")
    entry = {"at": utcnow().isoformat(), "produced": produced, "by": actor,
             "approved_by": approved_by, "evidence_ids": evidence_ids or []}
    req.productions = [*req.productions, entry]
    req.status = "closed" if close else "produced"
    audit.record(session, actor=actor, action="legal.production", target_type="legal_request",
                 target_id=req.id, details=entry)
    return req


def get_request(session: Session, request_id: str) -> LegalRequest:
    req = session.get(LegalRequest, request_id)
    if req is None:
        raise NotFound(f"no law-enforcement request {request_id!r}")
    return req


def list_requests(session: Session, *, status: str | None = None) -> list[LegalRequest]:
    query = select(LegalRequest).order_by(LegalRequest.received_at.desc())
    if status:
        query = query.where(LegalRequest.status == status)
    return list(session.scalars(query))


def overdue(session: Session) -> list[LegalRequest]:
    now = utcnow()
    return [r for r in list_requests(session) if r.status == "open" and r.due_at
            and r.due_at < now]


def as_dict(req: LegalRequest) -> dict[str, Any]:
    return {"id": req.id, "type": req.type, "agency": req.agency, "reference": req.reference,
            "officer": req.officer, "account_ids": req.account_ids, "case_ids": req.case_ids,
            "received_at": req.received_at.isoformat(),
            "due_at": req.due_at.isoformat() if req.due_at else None,
            "preserve_until": req.preserve_until.isoformat() if req.preserve_until else None,
            "status": req.status, "productions": req.productions, "notes": req.notes}


def production_bundle(session: Session, request_id: str, evidence_ids: list[str], *,
                      principal: Principal) -> bytes:
    """A zip of the named evidence for a law-enforcement request, with a manifest of
    SHA-256 hashes; each item read is audited against the request.

    Only evidence of the cases or accounts the request names can be produced.
    """
    import io
    import json as jsonlib
    import zipfile

    from childguard.platform.errors import Forbidden
    from childguard.reporting import evidence
    from childguard.reporting.storage import EvidenceItem

    if not principal.allows("legal:write"):
        raise Forbidden("producing evidence needs the legal:write scope")
    req = get_request(session, request_id)
    if req.type == "destruction_request":
        raise InvalidInput("a destruction request does not ask for a production")
    if not evidence_ids:
        raise InvalidInput("name the evidence to produce")
    buffer = io.BytesIO()
    manifest = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for evidence_id in evidence_ids:
            item = session.get(EvidenceItem, evidence_id)
            if item is None:
                raise NotFound(f"no evidence {evidence_id!r}")
            if item.case_id not in req.case_ids and item.account_id not in req.account_ids:
                raise Forbidden(f"evidence {evidence_id} is outside what the request names")
            found = evidence.read(session, evidence_id, principal=principal,
                                  purpose=f"production for {req.type} {req.reference or ''} "
                                          f"({req.agency}), request {req.id}")
            name = f"{item.kind}/{item.id}-{item.name or 'item'}".replace("..", "_")
            archive.writestr(name, found.content)
            manifest.append({"file": name, "evidence_id": item.id, "case_id": item.case_id,
                             "kind": item.kind, "sha256": item.sha256,
                             "preserved_at": item.created_at.isoformat()})
        archive.writestr("manifest.json", jsonlib.dumps(
            {"request": as_dict(req), "items": manifest}, indent=2))
    return buffer.getvalue()
