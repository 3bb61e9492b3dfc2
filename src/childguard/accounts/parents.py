"""Parents: consented links, controls, contact approval, summaries and parent sign-in.

A link starts *pending* when the ESP has verified the parent by a COPPA method and recorded
the method and a reference to its evidence (never the ID or card itself). It becomes *active*
when the parent gives consent (on the parent pages, or directly through the API when the ESP
ran the whole consent flow), and the child is told that supervision is on. Either side (or the
ESP) can revoke it; consent records keep the history.

Parents sign in to the parent pages with a magic link the ESP delivers (issued through the
API): one use, short-lived, exchanged for a session cookie. Only hashes of tokens are stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from childguard.accounts import services
from childguard.accounts.model import (
    CONSENT_METHOD_NOTES,
    INTERNAL_USE_ONLY,
    AgeBandInfo,
    AgeCategory,
    ConsentMethod,
    Controls,
)
from childguard.accounts.storage import (
    ActivityCounter,
    ConsentRecord,
    ControlsRow,
    ParentAlert,
    ParentLink,
    ParentToken,
    PurchaseRequest,
)
from childguard.platform import audit
from childguard.platform.config import Settings
from childguard.platform.db import utcnow
from childguard.platform.errors import Conflict, Forbidden, InvalidInput, NotFound


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


# ---------------------------------------------------------------- links and consent

def request_link(session: Session, parent_id: str, child_id: str, *,
                 method: ConsentMethod, evidence: dict[str, Any], actor: str,
                 now: datetime | None = None) -> ParentLink:
    """A pending link: the ESP verified the parent with ``method``; consent comes next."""
    now = now or utcnow()
    if parent_id == child_id:
        raise InvalidInput("an account cannot supervise itself")
    services.get_account(session, parent_id)
    services.get_account(session, child_id)
    parent_info = services.age_band(session, parent_id, now=now)
    if parent_info is not None and parent_info.category is AgeCategory.MINOR:
        raise InvalidInput("a minor cannot be linked as a parent")
    child_info = services.age_band(session, child_id, now=now)
    if child_info is None or not child_info.is_minor:
        raise InvalidInput("only accounts of minors can be supervised; this account is "
                           f"{child_info.category.value if child_info else 'unknown'}")
    evidence = services.clean_evidence(evidence)
    if not str(evidence.get("reference", "")).strip():
        raise InvalidInput("evidence.reference is required: the ESP's record of the "
                           f"{method.value} verification (e.g. a transaction or form id)")
    existing = session.scalar(select(ParentLink).where(
        ParentLink.parent_id == parent_id, ParentLink.child_id == child_id,
        ParentLink.status.in_(("pending", "active"))))
    if existing is not None:
        if existing.status == "active":
            raise Conflict("this parent already supervises this child",
                           details={"link_id": existing.id})
        existing.consent_method, existing.consent_evidence = method.value, evidence
        return existing
    link = ParentLink(parent_id=parent_id, child_id=child_id, status="pending",
                      consent_method=method.value, consent_evidence=evidence,
                      requested_by=actor[:160], created_at=now)
    session.add(link)
    session.flush()
    audit.record(session, actor=actor, action="accounts.parent_link_request",
                 target_type="account", target_id=child_id,
                 details={"link_id": link.id, "parent": parent_id, "method": method.value})
    return link


def give_consent(session: Session, link_id: str, *, parent_id: str,
                 third_party_disclosure: bool, actor: str, now: datetime | None = None
                 ) -> ParentLink:
    """The parent consents: the link becomes active and the child is told."""
    now = now or utcnow()
    link = session.get(ParentLink, link_id)
    if link is None or link.parent_id != parent_id:
        raise NotFound("no such consent request for this parent")
    if link.status != "pending":
        raise Conflict(f"this link is {link.status}, not waiting for consent")
    method = ConsentMethod(link.consent_method)
    if third_party_disclosure and method in INTERNAL_USE_ONLY:
        raise InvalidInput(f"{method.value} consent covers internal use only; disclosure to "
                           "third parties needs a stronger method")
    link.status, link.consented_at = "active", now
    link.third_party_disclosure = third_party_disclosure
    evidence = {"link_id": link.id, "parent_id": parent_id,
                "reference": link.consent_evidence.get("reference"),
                "method_note": CONSENT_METHOD_NOTES[method]}
    session.add(ConsentRecord(account_id=link.child_id, kind="parental_consent", granted=True,
                              method=method.value, evidence=evidence, given_by=actor[:160],
                              created_at=now))
    # COPPA (2025): consent to disclose to third parties is separate and optional.
    session.add(ConsentRecord(account_id=link.child_id, kind="third_party_disclosure",
                              granted=third_party_disclosure, method=method.value,
                              evidence={"link_id": link.id}, given_by=actor[:160],
                              created_at=now))
    if session.get(ControlsRow, link.child_id) is None:
        session.add(ControlsRow(child_id=link.child_id,
                                document=Controls().model_dump(mode="json"),
                                updated_by=actor[:160], updated_at=now))
    services.notify_account(
        session, link.child_id, "supervision_on", "A parent is now supervising your account",
        "A parent or carer can now see a summary of how you use the app and set some limits. "
        "They cannot read your messages. If you have questions, talk to them, or look at "
        "your settings to see what is on.", now=now)
    session.flush()
    audit.record(session, actor=actor, action="accounts.parent_link_active",
                 target_type="account", target_id=link.child_id,
                 details={"link_id": link.id, "parent": parent_id, "method": method.value,
                          "third_party_disclosure": third_party_disclosure})
    return link


def link_with_consent(session: Session, parent_id: str, child_id: str, *,
                      method: ConsentMethod, evidence: dict[str, Any],
                      third_party_disclosure: bool, actor: str) -> ParentLink:
    """For ESPs that ran the whole verifiable-consent flow themselves."""
    link = request_link(session, parent_id, child_id, method=method, evidence=evidence,
                        actor=actor)
    return give_consent(session, link.id, parent_id=parent_id,
                        third_party_disclosure=third_party_disclosure, actor=actor)


def revoke_link(session: Session, link_id: str, *, by: str, reason: str, actor: str,
                now: datetime | None = None) -> ParentLink:
    now = now or utcnow()
    link = session.get(ParentLink, link_id)
    if link is None:
        raise NotFound(f"no parent link {link_id!r}")
    if link.status == "revoked":
        return link
    was_active = link.status == "active"
    link.status, link.revoked_at, link.revoked_by = "revoked", now, by[:160]
    link.revoke_reason = reason[:1000]
    for record in session.scalars(select(ConsentRecord).where(
            ConsentRecord.account_id == link.child_id, ConsentRecord.withdrawn_at.is_(None),
            ConsentRecord.kind.in_(("parental_consent", "third_party_disclosure")))):
        if record.evidence.get("link_id") == link.id:
            record.withdrawn_at = now
    if was_active:
        services.notify_account(
            session, link.child_id, "supervision_off", "Supervision has ended",
            "A parent or carer no longer supervises your account.", now=now)
    session.flush()
    audit.record(session, actor=actor, action="accounts.parent_link_revoked",
                 target_type="account", target_id=link.child_id,
                 details={"link_id": link.id, "by": by, "reason": reason[:200]})
    return link


def require_link(session: Session, parent_id: str, child_id: str) -> ParentLink:
    link = session.scalar(select(ParentLink).where(
        ParentLink.parent_id == parent_id, ParentLink.child_id == child_id,
        ParentLink.status == "active"))
    if link is None:
        raise Forbidden("this parent does not supervise this child")
    return link


def links_of_parent(session: Session, parent_id: str, *, include_pending: bool = True
                    ) -> list[ParentLink]:
    statuses = ("pending", "active") if include_pending else ("active",)
    return list(session.scalars(select(ParentLink).where(
        ParentLink.parent_id == parent_id, ParentLink.status.in_(statuses))
        .order_by(ParentLink.created_at)))


def link_dict(link: ParentLink) -> dict[str, Any]:
    return {"id": link.id, "parent_id": link.parent_id, "child_id": link.child_id,
            "status": link.status, "consent_method": link.consent_method,
            "consent_reference": link.consent_evidence.get("reference"),
            "third_party_disclosure": link.third_party_disclosure,
            "created_at": link.created_at.isoformat(),
            "consented_at": link.consented_at.isoformat() if link.consented_at else None,
            "revoked_at": link.revoked_at.isoformat() if link.revoked_at else None,
            "revoked_by": link.revoked_by, "revoke_reason": link.revoke_reason}


# ---------------------------------------------------------------- controls and contacts

def set_controls(session: Session, parent_id: str, child_id: str, controls: Controls, *,
                 actor: str, now: datetime | None = None) -> Controls:
    now = now or utcnow()
    require_link(session, parent_id, child_id)
    row = session.get(ControlsRow, child_id)
    before = Controls.model_validate(row.document) if row else Controls()
    if row is None:
        row = ControlsRow(child_id=child_id, document={}, updated_by=actor[:160])
        session.add(row)
    row.document = controls.model_dump(mode="json")
    row.updated_at, row.updated_by = now, actor[:160]
    changed = sorted(k for k, v in controls.model_dump().items()
                     if before.model_dump()[k] != v)
    if changed:
        services.notify_account(
            session, child_id, "controls_changed", "A parent changed your settings",
            "Changed: " + ", ".join(c.replace("_", " ") for c in changed) + ".", now=now)
    session.flush()
    audit.record(session, actor=actor, action="accounts.controls_set", target_type="account",
                 target_id=child_id, details={"parent": parent_id, "changed": changed})
    return controls


def pending_contacts(session: Session, child_id: str) -> list[str]:
    from childguard.accounts.storage import Connection

    rows = session.scalars(select(Connection).where(
        Connection.status == "pending_parent",
        or_(Connection.account_a == child_id, Connection.account_b == child_id)))
    return sorted(r.account_b if r.account_a == child_id else r.account_a for r in rows
                  if child_id in (r.approvals_needed or []))


def decide_contact(session: Session, parent_id: str, child_id: str, other_id: str, *,
                   approve: bool, actor: str, now: datetime | None = None
                   ) -> services.ConnectionState:
    now = now or utcnow()
    require_link(session, parent_id, child_id)
    conn = services.connection_between(session, child_id, other_id)
    if conn is None or conn.status != "pending_parent" or \
            child_id not in (conn.approvals_needed or []):
        raise NotFound("no contact waiting for this parent's approval")
    if approve:
        conn.approvals_needed = [c for c in conn.approvals_needed if c != child_id]
        if not conn.approvals_needed:
            conn.status = "connected"
            services.count_activity(session, child_id, {"new_contacts": 1}, day=now.date())
    else:
        conn.status, conn.approvals_needed = "declined_by_parent", []
    conn.updated_at = now
    session.flush()
    audit.record(session, actor=actor, action="accounts.contact_" +
                 ("approved" if approve else "declined"), target_type="account",
                 target_id=child_id, details={"parent": parent_id, "other": other_id})
    return services.ConnectionState(child_id, other_id, conn.status,
                                    list(conn.approvals_needed or []))


# ---------------------------------------------------------------- summaries and alerts

BLOCK_LABELS = {
    "adult_to_unconnected_minor": "messages from adults they are not connected to",
    "contact_approval_required": "people you have not approved as contacts yet",
    "contact_pending_parent_approval": "contacts waiting for your approval",
    "minor_not_discoverable": "adults they don't know trying to follow them",
    "dm_limit": "messages stopped because messages are off",
    "dm_limit_contacts_only": "messages from people who are not contacts",
    "quiet_hours": "messages during quiet hours",
    "daily_limit_reached": "messages after the daily time limit",
    "media_needs_connection": "pictures or videos from people who are not contacts",
    "private_profile": "profile views by people who are not contacts",
    "payment_to_minor": "payments or gifts from people who are not a parent",
    "purchase_approval_required": "purchases waiting for your approval",
    "minor_to_unconnected_adult": "messages to adults they are not connected to",
    "unassured_target": "messages to accounts whose age is not confirmed",
}


@dataclass(frozen=True)
class Summary:
    child_id: str
    start: date
    end: date
    minutes_by_day: dict[str, int]
    totals: dict[str, int]
    protections: list[tuple[str, int]]  # (label, count)
    pending_contacts: int
    age: AgeBandInfo | None

    def as_dict(self) -> dict[str, Any]:
        return {"child_id": self.child_id, "start": self.start.isoformat(),
                "end": self.end.isoformat(), "minutes_by_day": self.minutes_by_day,
                "totals": self.totals,
                "protections": [{"what": label, "count": n} for label, n in self.protections],
                "pending_contacts": self.pending_contacts,
                "age_band": self.age.band.value if self.age else None}


def activity_summary(session: Session, child_id: str, *, days: int = 7,
                     today: date | None = None) -> Summary:
    """Counts over the last ``days``; by construction it holds no message content."""
    if not 1 <= days <= 90:
        raise InvalidInput("days must be between 1 and 90")
    end = today or utcnow().date()
    start = end - timedelta(days=days - 1)
    rows = session.scalars(select(ActivityCounter).where(
        ActivityCounter.account_id == child_id, ActivityCounter.day >= start,
        ActivityCounter.day <= end))
    minutes: dict[str, int] = {}
    totals: dict[str, int] = {k: 0 for k in sorted(services.ACTIVITY_KINDS)}
    totals.update({"new_contacts": 0, "contact_requests": 0, "purchase_requests": 0,
                   "protections_applied": 0})
    blocked: dict[str, int] = {}
    for row in rows:
        if row.kind == "minutes_active":
            minutes[row.day.isoformat()] = minutes.get(row.day.isoformat(), 0) + row.count
        if row.kind.startswith("blocked:"):
            # One row per rule, other account and day; its count is the attempts.
            label = BLOCK_LABELS.get(row.kind.split(":")[1], "other protections")
            blocked[label] = blocked.get(label, 0) + 1
            totals["protections_applied"] += 1
        elif row.kind in totals:
            totals[row.kind] += row.count
    return Summary(child_id, start, end, minutes, totals,
                   sorted(blocked.items(), key=lambda kv: (-kv[1], kv[0])),
                   len(pending_contacts(session, child_id)),
                   services.age_band(session, child_id))


def alerts_for(session: Session, parent_id: str, *, unread_only: bool = False,
               limit: int = 100) -> list[ParentAlert]:
    query = select(ParentAlert).where(ParentAlert.parent_id == parent_id)
    if unread_only:
        query = query.where(ParentAlert.read_at.is_(None))
    return list(session.scalars(query.order_by(ParentAlert.created_at.desc()).limit(limit)))


def mark_alerts_read(session: Session, parent_id: str, now: datetime | None = None) -> int:
    n = 0
    for alert in alerts_for(session, parent_id, unread_only=True, limit=1000):
        alert.read_at = now or utcnow()
        n += 1
    return n


def alert_dict(alert: ParentAlert) -> dict[str, Any]:
    return {"id": alert.id, "child_id": alert.child_id, "kind": alert.kind,
            "severity": alert.severity, "summary": alert.summary,
            "created_at": alert.created_at.isoformat(),
            "read": alert.read_at is not None}



# ---------------------------------------------------------------- parent sign-in

def issue_magic_link(session: Session, settings: Settings, parent_id: str, *, actor: str,
                     next_path: str = "/parents/", now: datetime | None = None
                     ) -> tuple[str, datetime]:
    """A one-use sign-in link for the parent pages; the ESP delivers it to the parent."""
    now = now or utcnow()
    services.get_account(session, parent_id)
    if not next_path.startswith("/parents/") or "//" in next_path or "\\" in next_path:
        raise InvalidInput("next must be a path under /parents/")
    token = secrets.token_urlsafe(32)
    expires = now + timedelta(minutes=settings.parent_link_minutes)
    session.add(ParentToken(token_hash=_sha256(token), parent_id=parent_id, kind="magic",
                            next_path=next_path[:255], expires_at=expires, created_at=now))
    session.flush()
    audit.record(session, actor=actor, action="accounts.parent_magic_link",
                 target_type="account", target_id=parent_id, details={"next": next_path})
    base = settings.public_base_url.rstrip("/")
    return f"{base}/parents/login?token={token}", expires


def redeem_magic_link(session: Session, settings: Settings, token: str,
                      now: datetime | None = None) -> tuple[str, str]:
    """Exchange a magic link for a session token; returns (session token, next path)."""
    now = now or utcnow()
    row = session.get(ParentToken, _sha256(token or ""))
    if row is None or row.kind != "magic":
        raise Forbidden("this sign-in link is not valid; ask for a new one", status=401,
                        code="unauthenticated")
    if row.used_at is not None:
        raise Forbidden("this sign-in link was already used; ask for a new one", status=401,
                        code="unauthenticated")
    if row.expires_at <= now:
        raise Forbidden("this sign-in link has expired; ask for a new one", status=401,
                        code="unauthenticated")
    row.used_at = now
    session_token = secrets.token_urlsafe(32)
    session.add(ParentToken(token_hash=_sha256(session_token), parent_id=row.parent_id,
                            kind="session", csrf_token=secrets.token_urlsafe(24),
                            created_at=now,
                            expires_at=now + timedelta(hours=settings.parent_session_hours)))
    session.flush()
    audit.record(session, actor=f"parent:{row.parent_id}", action="accounts.parent_login",
                 target_type="account", target_id=row.parent_id)
    return session_token, row.next_path


def load_parent_session(session: Session, token: str | None,
                        now: datetime | None = None) -> ParentToken | None:
    if not token:
        return None
    row = session.get(ParentToken, _sha256(token))
    if row is None or row.kind != "session" or row.expires_at <= (now or utcnow()):
        return None
    if row.used_at is not None:  # signed out
        return None
    return row


def end_parent_session(session: Session, token: str) -> None:
    row = session.get(ParentToken, _sha256(token))
    if row is not None and row.kind == "session":
        row.used_at = utcnow()


def csrf_ok(row: ParentToken, presented: str | None) -> bool:
    return bool(presented) and bool(row.csrf_token) and hmac.compare_digest(
        row.csrf_token or "", presented or "")


def require_parent_session(session: Session, token: str | None) -> ParentToken:
    row = load_parent_session(session, token)
    if row is None:
        raise Forbidden("please sign in with the link you were sent", status=401,
                        code="unauthenticated")
    return row


def vouch_for_age(session: Session, parent_id: str, child_id: str, birth_date: date, *,
                  actor: str) -> Any:
    """A supervising parent attests the child's date of birth (parental vouching)."""
    from childguard.accounts.model import AssuranceMethod

    require_link(session, parent_id, child_id)
    return services.record_result(session, child_id, method=AssuranceMethod.PARENTAL_VOUCHING,
                                  birth_date=birth_date, provider=f"parent:{parent_id}",
                                  actor=actor)


def pending_purchases(session: Session, child_id: str) -> list[PurchaseRequest]:
    return list(session.scalars(select(PurchaseRequest).where(
        PurchaseRequest.child_id == child_id, PurchaseRequest.status == "pending")
        .order_by(PurchaseRequest.created_at)))


def decide_purchase(session: Session, parent_id: str, child_id: str, request_id: str, *,
                    approve: bool, actor: str, now: datetime | None = None) -> PurchaseRequest:
    """Approve (payments to that payee are allowed for 24 hours) or decline a purchase."""
    require_link(session, parent_id, child_id)
    request = session.get(PurchaseRequest, request_id[:32])
    if request is None or request.child_id != child_id or request.status != "pending":
        raise NotFound("no purchase waiting for this parent's approval")
    request.status = "approved" if approve else "declined"
    request.decided_at, request.decided_by = now or utcnow(), actor[:160]
    session.flush()
    audit.record(session, actor=actor, action=f"accounts.purchase_{request.status}",
                 target_type="account", target_id=child_id,
                 details={"request_id": request.id, "payee": request.payee_id})
    return request


def purchase_dict(request: PurchaseRequest) -> dict[str, Any]:
    return {"id": request.id, "child_id": request.child_id, "payee_id": request.payee_id,
            "status": request.status, "created_at": request.created_at.isoformat(),
            "decided_at": request.decided_at.isoformat() if request.decided_at else None}
