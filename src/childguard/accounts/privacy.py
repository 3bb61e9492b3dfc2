"""Retention per data class, data export, and deletion that respects preservation holds.

Deletion asks the reporting context for active preservation holds on the account
(:func:`childguard.reporting.holds.active_holds_for_account`). Under a hold the account is
closed at once (nobody can interact with it, credentials stop working) but its data is kept,
and the deletion report says which hold keeps what and until when. The deletion completes
by itself (job ``accounts.resume_deletions``) once no hold is active.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from childguard.accounts import services
from childguard.accounts.storage import (
    Account,
    ActivityCounter,
    AssuranceResult,
    Connection,
    ConsentRecord,
    ControlsRow,
    DeletionRecord,
    InterventionRecord,
    Notification,
    ParentAlert,
    ParentLink,
    ParentToken,
    PurchaseRequest,
    ReassuranceTask,
    TermsAcceptance,
)
from childguard.platform import audit
from childguard.platform.db import Base, utcnow
from childguard.platform.errors import Conflict, NotFound


@dataclass(frozen=True)
class DataClass:
    name: str
    description: str
    retention: str  # what a person reads
    days: int | None  # purge this long after the row's reference time; None: account lifetime


RETENTION: dict[str, DataClass] = {d.name: d for d in [
    DataClass("registry", "account id, jurisdiction, declared birth date, settings",
              "while the account exists", None),
    DataClass("connections", "who is connected to or blocked by whom",
              "while the account exists", None),
    DataClass("age_assurance_results", "method, outcome, confidence, provider, time",
              "until 365 days after the result expires", 365),
    DataClass("reassurance_tasks", "contradicting age signals and their resolution",
              "365 days after resolution", 365),
    DataClass("parent_links", "parent-child links with the consent method and reference",
              "3 years after revocation (proof of consent)", 3 * 365),
    DataClass("consents", "consent records (parental consent, third-party disclosure)",
              "3 years after withdrawal (proof of consent)", 3 * 365),
    DataClass("parental_controls", "the controls a parent set", "while supervised", None),
    DataClass("purchase_requests", "payments a child asked to make and the parent's answer",
              "365 days", 365),
    DataClass("terms_acceptances", "which terms version was accepted when",
              "while the account exists", None),
    DataClass("notifications", "notices shown to the account holder", "180 days", 180),
    DataClass("parent_alerts", "alerts sent to parents (no message content)", "365 days",
              365),
    DataClass("activity_counters", "daily counts for parents' summaries (no content)",
              "90 days", 90),
    DataClass("interventions", "safety prompts shown and how they were answered", "365 days",
              365),
    DataClass("parent_tokens", "hashes of sign-in links and parent sessions",
              "until they expire", 0),
    DataClass("deletion_records", "what a deletion removed or kept, and why", "3 years",
              3 * 365),
]}


def retention_sweep(session: Session, now: datetime | None = None) -> dict[str, int]:
    """Delete what is past its retention. Accounts under a preservation hold are skipped."""
    now = now or utcnow()

    def before(name: str) -> datetime:
        days = RETENTION[name].days
        assert days is not None
        return now - timedelta(days=days)

    held = _held_accounts(session)
    removed: dict[str, int] = {}

    def purge(name: str, model: type[Base], *conditions: Any, account_col: Any = None) -> None:
        stmt = delete(model).where(*conditions)
        if account_col is not None and held:
            stmt = stmt.where(account_col.not_in(held))
        result = session.execute(stmt.execution_options(synchronize_session=False))
        removed[name] = int(getattr(result, "rowcount", 0) or 0)

    purge("age_assurance_results", AssuranceResult,
          AssuranceResult.expires_at.is_not(None),
          AssuranceResult.expires_at < before("age_assurance_results"),
          account_col=AssuranceResult.account_id)
    purge("reassurance_tasks", ReassuranceTask, ReassuranceTask.status == "resolved",
          ReassuranceTask.resolved_at < before("reassurance_tasks"),
          account_col=ReassuranceTask.account_id)
    purge("parent_links", ParentLink, ParentLink.status == "revoked",
          ParentLink.revoked_at < before("parent_links"), account_col=ParentLink.child_id)
    purge("consents", ConsentRecord, ConsentRecord.withdrawn_at.is_not(None),
          ConsentRecord.withdrawn_at < before("consents"), account_col=ConsentRecord.account_id)
    purge("notifications", Notification, Notification.created_at < before("notifications"),
          account_col=Notification.account_id)
    purge("parent_alerts", ParentAlert, ParentAlert.created_at < before("parent_alerts"),
          account_col=ParentAlert.child_id)
    purge("activity_counters", ActivityCounter,
          ActivityCounter.day < before("activity_counters").date(),
          account_col=ActivityCounter.account_id)
    purge("interventions", InterventionRecord,
          InterventionRecord.shown_at < before("interventions"),
          account_col=InterventionRecord.account_id)
    purge("purchase_requests", PurchaseRequest,
          PurchaseRequest.created_at < before("purchase_requests"),
          account_col=PurchaseRequest.child_id)
    purge("parent_tokens", ParentToken, ParentToken.expires_at < now)
    purge("deletion_records", DeletionRecord,
          DeletionRecord.requested_at < before("deletion_records"),
          DeletionRecord.status == "completed")
    session.flush()
    if any(removed.values()):
        audit.record(session, actor="system:retention", action="accounts.retention_sweep",
                     details={k: v for k, v in removed.items() if v})
    return removed


def _held_accounts(session: Session) -> list[str]:
    try:
        from childguard.reporting.storage import Hold
    except ImportError:  # pragma: no cover - reporting not installed
        return []
    now = utcnow()
    return [a for a in session.scalars(select(Hold.account_id).where(
        Hold.account_id.is_not(None), Hold.released_at.is_(None), Hold.until > now)) if a]


def active_holds(session: Session, account_id: str) -> list[dict[str, Any]]:
    """The reporting context's holds on the account, as plain facts for a report."""
    try:
        from childguard.reporting.holds import active_holds_for_account
    except ImportError:  # pragma: no cover - reporting not installed
        return []
    return [{"hold_id": h.id, "reason": h.reason, "until": h.until.isoformat(),
             "case_id": h.case_id, "report_id": h.report_id,
             "legal_request_id": h.legal_request_id}
            for h in active_holds_for_account(session, account_id)]


# ---------------------------------------------------------------- export

def _row(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    out = {}
    for column in obj.__table__.columns:
        if column.key in skip:
            continue
        value = getattr(obj, column.key)
        out[column.key] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


def export_account(session: Session, account_id: str) -> dict[str, Any]:
    """Everything this context holds about an account, for a subject-access request."""
    account = services.get_account(session, account_id)

    def rows(model: Any, *conditions: Any, skip: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        return [_row(r, skip) for r in session.scalars(select(model).where(*conditions))]

    return {
        "account": _row(account),
        "age": services.age_band(session, account_id).as_dict(),  # type: ignore[union-attr]
        "connections": [c.as_dict() for c in services.connections_of(session, account_id)],
        "age_assurance_results": rows(AssuranceResult,
                                      AssuranceResult.account_id == account_id),
        "reassurance_tasks": rows(ReassuranceTask, ReassuranceTask.account_id == account_id),
        "parent_links": rows(ParentLink, or_(ParentLink.child_id == account_id,
                                             ParentLink.parent_id == account_id)),
        "parental_controls": rows(ControlsRow, ControlsRow.child_id == account_id),
        "consents": rows(ConsentRecord, ConsentRecord.account_id == account_id),
        "terms_acceptances": rows(TermsAcceptance, TermsAcceptance.account_id == account_id),
        "notifications": rows(Notification, Notification.account_id == account_id),
        "parent_alerts": rows(ParentAlert, or_(ParentAlert.child_id == account_id,
                                               ParentAlert.parent_id == account_id)),
        "activity_counters": rows(ActivityCounter, ActivityCounter.account_id == account_id),
        "interventions": rows(InterventionRecord, InterventionRecord.account_id == account_id),
        "purchase_requests": rows(PurchaseRequest, PurchaseRequest.child_id == account_id),
        "retention": {name: d.retention for name, d in RETENTION.items()},
    }


# ---------------------------------------------------------------- deletion

def _erase(session: Session, account_id: str) -> dict[str, int]:
    def gone(model: Any, *conditions: Any) -> int:
        result = session.execute(delete(model).where(*conditions)
                                 .execution_options(synchronize_session=False))
        return int(getattr(result, "rowcount", 0) or 0)

    # Children lose a supervising parent whose account goes: they are told, as on revocation.
    for link in session.scalars(select(ParentLink).where(
            ParentLink.parent_id == account_id, ParentLink.status == "active")).all():
        services.notify_account(session, link.child_id, "supervision_off",
                                "Supervision has ended",
                                "A parent or carer no longer supervises your account.")
    counts = {
        "connections": gone(Connection, or_(Connection.account_a == account_id,
                                            Connection.account_b == account_id)),
        "age_assurance_results": gone(AssuranceResult,
                                      AssuranceResult.account_id == account_id),
        "reassurance_tasks": gone(ReassuranceTask, ReassuranceTask.account_id == account_id),
        "parent_links": gone(ParentLink, or_(ParentLink.child_id == account_id,
                                             ParentLink.parent_id == account_id)),
        "parental_controls": gone(ControlsRow, ControlsRow.child_id == account_id),
        "consents": gone(ConsentRecord, ConsentRecord.account_id == account_id),
        "terms_acceptances": gone(TermsAcceptance, TermsAcceptance.account_id == account_id),
        "notifications": gone(Notification, Notification.account_id == account_id),
        "parent_alerts": gone(ParentAlert, or_(ParentAlert.child_id == account_id,
                                               ParentAlert.parent_id == account_id)),
        "activity_counters": gone(ActivityCounter, ActivityCounter.account_id == account_id),
        "interventions": gone(InterventionRecord, InterventionRecord.account_id == account_id),
        "purchase_requests": gone(PurchaseRequest, PurchaseRequest.child_id == account_id),
        "parent_tokens": gone(ParentToken, ParentToken.parent_id == account_id),
    }
    return counts


def delete_account(session: Session, account_id: str, *, actor: str, reason: str = "",
                   now: datetime | None = None) -> DeletionRecord:
    """Delete an account's data, or close it and keep its data while a hold is active.

    Returns the deletion record; its ``report`` lists what was erased, what was kept and
    why (each hold's reason and end date).
    """
    now = now or utcnow()
    account = session.get(Account, account_id)
    if account is None or account.status == "deleted":
        raise NotFound(f"no account {account_id!r} in the registry")
    if account.status == "deletion_held":
        raise Conflict("this account's deletion is already waiting for a preservation hold",
                       details={"deletion": _latest_deletion(session, account_id)})
    holds = active_holds(session, account_id)
    if holds:
        tokens = session.execute(delete(ParentToken).where(ParentToken.parent_id == account_id)
                                 .execution_options(synchronize_session=False))
        account.status, account.closed_at, account.updated_at = "deletion_held", now, now
        kept = [{"data_class": name, "reason": "preservation hold",
                 "holds": [h["hold_id"] for h in holds]}
                for name in RETENTION if name not in ("parent_tokens", "deletion_records")]
        report = {
            "status": "held",
            "message": f"Account closed; its data is kept because of {len(holds)} active "
                       "preservation hold(s). Deletion completes when the holds end.",
            "holds": holds, "kept": kept,
            "erased": {"parent_tokens": int(getattr(tokens, "rowcount", 0) or 0)},
        }
        record = DeletionRecord(account_id=account_id, status="held", report=report,
                                requested_by=actor[:160], requested_at=now)
    else:
        erased = _erase(session, account_id)
        _tombstone(account, now)
        report = {"status": "completed", "message": "All account data was erased.",
                  "holds": [], "kept": [], "erased": erased}
        record = DeletionRecord(account_id=account_id, status="completed", report=report,
                                requested_by=actor[:160], requested_at=now, completed_at=now)
    report["reason"] = reason[:500]
    session.add(record)
    session.flush()
    audit.record(session, actor=actor, action=f"accounts.delete_{record.status}",
                 target_type="account", target_id=account_id,
                 details={"deletion_id": record.id, "holds": [h["hold_id"] for h in holds]})
    return record


def _tombstone(account: Account, now: datetime) -> None:
    account.status, account.declared_birth_date = "deleted", None
    account.profile_public, account.location_sharing = None, False
    account.closed_at = account.closed_at or now
    account.updated_at = now


def _latest_deletion(session: Session, account_id: str) -> dict[str, Any] | None:
    row = session.scalar(select(DeletionRecord).where(DeletionRecord.account_id == account_id)
                         .order_by(DeletionRecord.requested_at.desc()).limit(1))
    return deletion_dict(row) if row else None


def resume_deletions(session: Session, now: datetime | None = None) -> list[str]:
    """Complete held deletions whose holds have all ended; returns the account ids."""
    now = now or utcnow()
    done = []
    for record in session.scalars(select(DeletionRecord).where(
            DeletionRecord.status == "held")).all():
        if active_holds(session, record.account_id):
            continue
        erased = _erase(session, record.account_id)
        account = session.get(Account, record.account_id)
        if account is not None:
            _tombstone(account, now)
        record.status, record.completed_at = "completed", now
        record.report = {**record.report, "status": "completed", "kept": [],
                         "erased": erased,
                         "message": "The preservation holds ended; all account data was "
                                    "erased."}
        audit.record(session, actor="system:deletion", action="accounts.delete_completed",
                     target_type="account", target_id=record.account_id,
                     details={"deletion_id": record.id, "after_hold": True})
        done.append(record.account_id)
    session.flush()
    return done


def deletion_dict(record: DeletionRecord) -> dict[str, Any]:
    return {"id": record.id, "account_id": record.account_id, "status": record.status,
            "requested_at": record.requested_at.isoformat(),
            "completed_at": record.completed_at.isoformat() if record.completed_at else None,
            **{k: v for k, v in record.report.items() if k != "status"}}


def deletions_of(session: Session, account_id: str) -> list[DeletionRecord]:
    return list(session.scalars(select(DeletionRecord).where(
        DeletionRecord.account_id == account_id).order_by(DeletionRecord.requested_at)))
