"""Parents over HTTP: consented links, controls, contact approval, summaries, alerts and
sign-in links for the parent pages.

The ESP calls these on the parent's behalf (inside its own app) or hands the parent a sign-in
link to childguard's parent pages (``/parents/``).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from childguard.accounts import parents, services
from childguard.accounts.model import ConsentMethod, Controls
from childguard.accounts.storage import ParentLink
from childguard.api.deps import UNIT_OF_WORK, requires
from childguard.platform import auth
from childguard.platform.errors import NotFound

router = APIRouter(prefix="/v1/parents", tags=["parents"])
# Commit before the response is sent: a client that reads right after a write sees it,
# and a failed commit is an error response, never a success already acknowledged.
write = requires("accounts:write")
read = requires("parents:read")

AccountId = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@+-]+$")]
LinkId = Annotated[str, Path(min_length=1, max_length=32)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LinkIn(Strict):
    parent_id: str = Field(min_length=1, max_length=128)
    child_id: str = Field(min_length=1, max_length=128)
    method: ConsentMethod = Field(description="how the ESP verified the parent (COPPA list)")
    evidence: dict[str, Any] = Field(
        description="a reference to the ESP's verification record, e.g. "
        "{\"reference\": \"txn-123\"}; never ID images or numbers")
    consent: Literal["pending", "given"] = Field(
        default="pending", description="pending: the parent consents on the parent pages "
        "(a sign-in link is returned); given: the ESP already collected consent")
    third_party_disclosure: bool = Field(
        default=False, description="separate consent to disclose the child's data to third "
        "parties (only with consent=given)")


@router.post("/links", status_code=201)
def create_link(request: Request, body: LinkIn, principal: auth.Principal = Depends(write),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Link a parent to a child after verifying the parent; consent makes it active."""
    if body.consent == "given":
        link = parents.link_with_consent(
            session, body.parent_id, body.child_id, method=body.method, evidence=body.evidence,
            third_party_disclosure=body.third_party_disclosure, actor=principal.label)
        return {"link": parents.link_dict(link), "consent_url": None}
    link = parents.request_link(session, body.parent_id, body.child_id, method=body.method,
                                evidence=body.evidence, actor=principal.label)
    url, expires = parents.issue_magic_link(session, request.app.state.settings,
                                            body.parent_id, actor=principal.label,
                                            next_path=f"/parents/consent/{link.id}")
    return {"link": parents.link_dict(link), "consent_url": url,
            "consent_url_expires_at": expires.isoformat()}


def _link(session: Session, link_id: str) -> ParentLink:
    link = session.get(ParentLink, link_id)
    if link is None:
        raise NotFound(f"no parent link {link_id!r}")
    return link


@router.get("/links/{link_id}")
def get_link(link_id: LinkId, principal: auth.Principal = Depends(read),
             session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return parents.link_dict(_link(session, link_id))


class RevokeIn(Strict):
    by: Literal["parent", "child", "service"]
    reason: str = Field(default="", max_length=1000)


@router.post("/links/{link_id}/revoke")
def revoke_link(body: RevokeIn, link_id: LinkId, principal: auth.Principal = Depends(write),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """End supervision (the parent withdraws consent, or the child or the service ends it)."""
    link = parents.revoke_link(session, link_id, by=body.by, reason=body.reason,
                               actor=principal.label)
    return parents.link_dict(link)


@router.get("/{parent_id}/children")
def list_children(parent_id: AccountId, principal: auth.Principal = Depends(read),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    services.get_account(session, parent_id)
    out = []
    for link in parents.links_of_parent(session, parent_id):
        entry: dict[str, Any] = {"link": parents.link_dict(link)}
        if link.status == "active":
            controls = services.controls_for(session, link.child_id)
            entry["controls"] = controls.model_dump(mode="json") if controls else None
            entry["pending_contacts"] = parents.pending_contacts(session, link.child_id)
            entry["pending_purchases"] = [parents.purchase_dict(r) for r in
                                          parents.pending_purchases(session, link.child_id)]
        out.append(entry)
    return {"children": out}


@router.get("/{parent_id}/children/{child_id}/controls")
def get_controls(parent_id: AccountId, child_id: AccountId,
                 principal: auth.Principal = Depends(read),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    parents.require_link(session, parent_id, child_id)
    controls = services.controls_for(session, child_id)
    return (controls or Controls()).model_dump(mode="json")


@router.put("/{parent_id}/children/{child_id}/controls")
def put_controls(body: Controls, parent_id: AccountId, child_id: AccountId,
                 principal: auth.Principal = Depends(write),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Set the child's controls as this parent (the child is told what changed)."""
    controls = parents.set_controls(session, parent_id, child_id, body,
                                    actor=principal.label)
    return controls.model_dump(mode="json")


class ContactDecisionIn(Strict):
    approve: bool


@router.post("/{parent_id}/children/{child_id}/contacts/{other_id}")
def decide_contact(body: ContactDecisionIn, parent_id: AccountId, child_id: AccountId,
                   other_id: AccountId, principal: auth.Principal = Depends(write),
                   session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Approve or decline a contact waiting for this parent's approval."""
    return parents.decide_contact(session, parent_id, child_id, other_id,
                                  approve=body.approve, actor=principal.label).as_dict()


@router.get("/{parent_id}/children/{child_id}/summary")
def summary(parent_id: AccountId, child_id: AccountId,
            days: int = Query(default=7, ge=1, le=90),
            principal: auth.Principal = Depends(read),
            session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Activity counts and protections applied; never any message content."""
    parents.require_link(session, parent_id, child_id)
    return parents.activity_summary(session, child_id, days=days).as_dict()


@router.get("/{parent_id}/alerts")
def list_alerts(parent_id: AccountId, unread_only: bool = False,
                principal: auth.Principal = Depends(read),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"alerts": [parents.alert_dict(a) for a in parents.alerts_for(
        session, parent_id, unread_only=unread_only)]}


class AlertIn(Strict):
    kind: str = Field(min_length=1, max_length=40, examples=sorted(services.ALERT_KINDS))
    summary: str = Field(min_length=1, max_length=300,
                         description="what happened in general terms; never quote messages")
    severity: Literal["info", "warning", "urgent"] = "info"
    dedupe_key: str | None = Field(default=None, max_length=160)


@router.post("/children/{child_id}/alerts", status_code=201)
def alert_parents(body: AlertIn, child_id: AccountId, principal: auth.Principal = Depends(write),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Alert the child's linked parents (e.g. when a rule says so)."""
    services.get_account(session, child_id)
    ids = services.notify_parent(session, child_id, services.ParentAlertIn(
        kind=body.kind, summary=body.summary, severity=body.severity,
        dedupe_key=body.dedupe_key), source=principal.label)
    return {"alert_ids": ids, "parents_alerted": len(ids)}


class SignInIn(Strict):
    next: str = Field(default="/parents/", max_length=255)


@router.post("/{parent_id}/sign-in-links", status_code=201)
def sign_in_link(request: Request, body: SignInIn, parent_id: AccountId,
                 principal: auth.Principal = Depends(write),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """A one-use link to the parent pages, for the ESP to deliver to the parent."""
    url, expires = parents.issue_magic_link(session, request.app.state.settings, parent_id,
                                            actor=principal.label, next_path=body.next)
    return {"url": url, "expires_at": expires.isoformat()}


class VouchIn(Strict):
    birth_date: date


@router.post("/{parent_id}/children/{child_id}/age-vouch", status_code=201)
def vouch(body: VouchIn, parent_id: AccountId, child_id: AccountId,
          principal: auth.Principal = Depends(write),
          session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """The supervising parent attests the child's date of birth (parental vouching)."""
    row = parents.vouch_for_age(session, parent_id, child_id, body.birth_date,
                                actor=principal.label)
    info = services.age_band(session, child_id)
    assert info is not None
    return {"result_id": row.id, "method": row.method, "confidence": row.confidence,
            "age": info.as_dict()}


class PurchaseDecisionIn(Strict):
    approve: bool


@router.post("/{parent_id}/children/{child_id}/purchases/{request_id}")
def decide_purchase(body: PurchaseDecisionIn, parent_id: AccountId, child_id: AccountId,
                    request_id: LinkId, principal: auth.Principal = Depends(write),
                    session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Approve a purchase (payments to that payee are allowed for 24 hours) or decline it."""
    request = parents.decide_purchase(session, parent_id, child_id, request_id,
                                      approve=body.approve, actor=principal.label)
    return parents.purchase_dict(request)
