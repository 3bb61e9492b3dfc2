"""From a decided case to a CyberTipline report draft (the reporting context builds it).

Moderation owns what the report needs: the account's events with IP, port, time and
devices, the files with their hashes, who revealed each file and when (that, and only that,
makes ``fileViewedByEsp`` true), and the conversation. This module turns them into
reporting's :class:`CaseSnapshot` and hands it over; reporting never reads our tables.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.moderation import casework
from childguard.moderation.signals import band_of
from childguard.moderation.storage import AccountFacts, Decision, EventRow, MediaBlob, Reveal
from childguard.platform.errors import ChildguardError

log = logging.getLogger("childguard.moderation.report")

_IP_EVENT = {"account.created": "registration", "account.login": "login",
             "media.uploaded": "upload", "payment.sent": "purchase"}
_HASH_NAMES = {"md5": "MD5", "sha1": "SHA1", "sha256": "SHA256", "pdq": "PDQ"}


def build_snapshot(session: Session, case_id: str, decision_id: str | None = None, *,
                   with_content: bool = False) -> Any:
    """The reporting context's CaseSnapshot for a case (with the files' bytes, decrypted in
    this unit of work, when ``with_content``)."""
    from childguard.reporting import snapshot as snap

    case = casework.get_case(session, case_id)
    decision = (session.get(Decision, decision_id) if decision_id else session.scalar(
        select(Decision).where(Decision.case_id == case.id, Decision.kind == "review")
        .order_by(Decision.at.desc()).limit(1)))
    events = casework.case_events(session, case, limit=2000)
    own = [e for e in events if e.account_id == case.account_id]
    facts = session.get(AccountFacts, case.account_id)
    reported = snap.AccountInfo(
        esp_id=case.account_id,
        ip_events=[snap.IpEvent(ip=e.ip, port=e.port, at=e.occurred_at,
                                event=_IP_EVENT.get(e.type, "other")) for e in own],
        devices=[snap.DeviceInfo(id_type="device id", id_value=d, at=e.occurred_at,
                                 event=_IP_EVENT.get(e.type, "other"))
                 for e in own for d in (e.device_ids or [])][:50],
    )
    if facts is not None:
        band, assured = band_of(facts, case.opened_at.date())
        reported.age_source = "age_assurance" if assured else (
            "self_declared" if facts.birth_date else None)
        if facts.restrictions and "suspended" in facts.restrictions:
            reported.disabled = snap.DisabledInfo(permanently=False)
    reveals: dict[str, Reveal] = {}
    for r in session.scalars(select(Reveal).where(Reveal.case_id == case.id,
                                                  Reveal.content_ref != "")
                             .order_by(Reveal.at)):
        reveals.setdefault(r.content_ref, r)  # the first view is the one that counts
    files = []
    classification = None
    for e in events:
        if e.case_id != case.id or not e.content_ref or e.type != "media.uploaded":
            continue
        blob = session.get(MediaBlob, e.content_ref)
        hashes = {_HASH_NAMES[k]: v for k, v in ((e.signal_details or {}).get("hashes")
                                                 or e.data.get("hashes") or {}).items()
                  if k in _HASH_NAMES}
        matches = (e.signal_details or {}).get("hash_matches", [])
        file_class = next((m.get("classification") for m in matches
                           if m.get("classification")), None)
        classification = classification or file_class
        seen = reveals.get(e.content_ref)
        files.append(snap.FileInfo(
            key=e.content_ref, file_name=f"{e.data.get('media_id', e.id)}",
            storage_ref=e.content_ref if blob is not None and not with_content else None,
            content=casework.media_bytes(session, e.content_ref)
            if blob is not None and with_content else None,
            content_type=blob.content_type if blob is not None else None, hashes=hashes,
            uploaded_at=e.occurred_at,
            upload=snap.IpEvent(ip=e.ip, port=e.port, at=e.occurred_at, event="upload"),
            viewed_by=seen.username if seen else None, viewed_at=seen.at if seen else None,
            public=e.data.get("visibility") == "public", bank_classification=file_class))
    messages = [snap.MessageInfo(at=e.occurred_at, sender_esp_id=e.account_id,
                                 text=str(e.data.get("text", "")),
                                 attachment_keys=[f"media:{a}" for a in
                                                  e.data.get("attachments", [])])
                for e in events if e.type == "message.sent"]
    conversation = next((e.data.get("conversation_id") for e in events
                         if e.type == "message.sent"), None)
    if files:
        hint = snap.IncidentKind.CSAM
    elif _sextortion(case, events):
        hint = snap.IncidentKind.SEXTORTION
    elif case.imminent or any(r.startswith("grooming") for r in case.reasons or []):
        hint = snap.IncidentKind.ENTICEMENT
    else:
        hint = snap.IncidentKind.CSAM if classification else snap.IncidentKind.ENTICEMENT
    first = next((e for e in events if e.case_id == case.id), None)
    return snap.CaseSnapshot(
        case_id=case.id, incident_type_hint=hint,
        decision=snap.DecisionInfo(
            decision="remove_and_report", decided_by=decision.reviewer if decision else "",
            decided_at=decision.at if decision else case.updated_at,
            escalate_reason="imminent risk to a child" if case.imminent else None,
            notes=decision.note if decision else None),
        reported=reported, messages=messages, conversation_id=conversation, files=files,
        incident_at=first.occurred_at if first else None,
        incident_at_meaning="upload" if files else "message sent",
        detected_at=first.received_at if first else case.opened_at)


def _sextortion(case: Any, events: list[EventRow]) -> bool:
    """Sextortion: exchange's payment rules fired (a child paid after a threat), or a
    message on the timeline carried the conversations context's threat indicator."""
    if any(str(r).startswith("payment-sextortion") for r in case.reasons or []):
        return True
    for e in events:
        s = e.signals or {}
        if "payment_after_threat" in (s.get("payment.red_flags") or []) or \
                "sextortion_threat" in (s.get("conversation.indicators") or []):
            return True
    return False


def open_draft(session: Session, case_id: str, decision_id: str, *, actor: str) -> str:
    """Hand the case to reporting; return the console page of the draft."""
    try:
        from childguard.reporting import services as reporting

        snapshot = build_snapshot(session, case_id, decision_id, with_content=True)
        with session.begin_nested():
            record = reporting.create_draft(session, snapshot, actor=actor)
        decision = session.get(Decision, decision_id)
        if decision is not None:
            decision.report_id = record.id
    except (ImportError, ChildguardError, ValueError) as exc:
        log.warning("report draft not created", extra={"case_id": case_id,
                                                        "error": str(exc)})
    return f"/console/cases/{case_id}/report"


def snapshot_dict(session: Session, case_id: str) -> dict[str, Any]:
    """What the draft page shows: the report record if reporting made one, and the facts."""
    out: dict[str, Any] = {"report": None, "error": None, "snapshot": None}
    decision = session.scalar(select(Decision).where(Decision.case_id == case_id,
                                                     Decision.kind == "review")
                              .order_by(Decision.at.desc()).limit(1))
    try:
        out["snapshot"] = build_snapshot(session, case_id).to_dict()
    except (ImportError, ChildguardError) as exc:
        out["error"] = str(exc)
    if decision is not None and decision.report_id:
        try:
            from childguard.reporting.storage import ReportRecord

            record = session.get(ReportRecord, decision.report_id)
            if record is not None:
                out["report"] = {"id": record.id, "status": record.status,
                                 "score": record.score, "actionability": record.actionability,
                                 "files": record.files}
        except ImportError:
            pass
    events = session.scalars(select(EventRow.id).where(EventRow.case_id == case_id))
    out["event_ids"] = list(events)
    return out
