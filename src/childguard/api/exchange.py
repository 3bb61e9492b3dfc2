"""Exchange API: collaborations and their fetches, feedback to sources, review of shared
signals and disputes, and signals shared out as STIX 2.1 (proposed, then approved by a
second person)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK, requires
from childguard.exchange import services, sharing
from childguard.exchange.interface import load_exchanges
from childguard.platform.auth import Principal
from childguard.platform.config import get_settings

router = APIRouter(prefix="/v1/exchange", tags=["exchange"])
WRITE = "exchange:write"


@router.get("/kinds", summary="The exchanges this service can talk to, with their settings")
def kinds(principal: Principal = Depends(requires(WRITE))) -> dict[str, Any]:
    return {"kinds": [{"kind": k, "description": c.description,
                       "supports_feedback": c.supports_feedback,
                       "settings": c.settings_model.model_json_schema()}
                      for k, c in sorted(load_exchanges().items())]}


# ----------------------------------------------------------------- collaborations


class CollabIn(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    kind: str = Field(min_length=1, max_length=32)
    settings: dict[str, Any] = Field(default_factory=dict)
    enabled: bool = True


class CollabPatch(BaseModel):
    enabled: bool | None = None
    settings: dict[str, Any] | None = None
    reset_checkpoint: bool = False


@router.post("/collabs", status_code=201, summary="Configure a collaboration")
def create_collab(body: CollabIn, principal: Principal = Depends(requires(WRITE)),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    collab = services.create_collab(session, name=body.name, kind=body.kind,
                                    settings=body.settings, actor=principal.label,
                                    enabled=body.enabled)
    return services.collab_view(session, collab)


@router.get("/collabs", summary="Configured collaborations with their fetch state")
def list_collabs(principal: Principal = Depends(requires(WRITE)),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"collabs": [services.collab_view(session, c)
                        for c in services.list_collabs(session)]}


@router.get("/collabs/{name}", summary="One collaboration")
def get_collab(name: str, principal: Principal = Depends(requires(WRITE)),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return services.collab_view(session, services.get_collab(session, name))


@router.patch("/collabs/{name}", summary="Enable, disable, change settings, reset checkpoint")
def patch_collab(name: str, body: CollabPatch, principal: Principal = Depends(requires(WRITE)),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    collab = services.update_collab(session, services.get_collab(session, name),
                                    actor=principal.label, enabled=body.enabled,
                                    settings=body.settings,
                                    reset_checkpoint=body.reset_checkpoint)
    return services.collab_view(session, collab)


@router.post("/collabs/{name}/fetch", status_code=202, summary="Fetch now (queued)")
def fetch_now(name: str, principal: Principal = Depends(requires(WRITE)),
              session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    collab = services.get_collab(session, name)
    services.request_fetch(session, collab, actor=principal.label)
    return {"queued": True, "collab": collab.name}


@router.get("/collabs/{name}/feedback-reasons",
            summary="Reasons the source accepts with negative feedback (NCMEC: reason guids)")
def feedback_reasons(name: str, signal_type: str = Query(min_length=1, max_length=32),
                     principal: Principal = Depends(requires(WRITE)),
                     session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    source = services.instance(services.get_collab(session, name))
    session.rollback()  # no transaction (on SQLite: no write lock) while the source answers
    return {"reasons": source.feedback_reasons(signal_type)}


class DisputeIn(BaseModel):
    note: str = Field(default="", max_length=2000)
    disputed: bool = True


@router.post("/collabs/{name}/dispute", summary="Dispute (or trust again) a source")
def dispute(name: str, body: DisputeIn, principal: Principal = Depends(requires(WRITE)),
            session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    collab = services.dispute_source(session, services.get_collab(session, name),
                                     note=body.note, actor=principal.label,
                                     disputed=body.disputed)
    return services.collab_view(session, collab)


# ----------------------------------------------------------------- feedback


class FeedbackIn(BaseModel):
    collab: str | None = Field(default=None, description="With record_key: one record")
    record_key: str | None = None
    signal_type: str = Field(min_length=1, max_length=32)
    value: str | None = Field(default=None, description="Without collab: every source that "
                              "shared this hash")
    opinion: Literal["affirmative", "negative"]
    reasons: list[str] = Field(default_factory=list, max_length=20)


@router.post("/feedback", status_code=202, summary="Tell a source what we think of a record")
def feedback(body: FeedbackIn, principal: Principal = Depends(requires(WRITE)),
             session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    if body.collab and body.record_key:
        rows = [services.record_feedback(
            session, services.get_collab(session, body.collab), record_key=body.record_key,
            signal_type=body.signal_type, opinion=body.opinion, reasons=body.reasons,
            actor=principal.label)]
    else:
        from childguard.platform.errors import InvalidInput

        if not body.value:
            raise InvalidInput("give collab and record_key, or the hash value")
        rows = services.feedback_for_hash(session, signal_type=body.signal_type,
                                          value=body.value, opinion=body.opinion,
                                          reasons=body.reasons, actor=principal.label)
    return {"queued": [r.id for r in rows]}


# ----------------------------------------------------------------- shared signals


@router.get("/signals", summary="Shared signals waiting for review (or in another state)")
def list_signals(state: str | None = Query(default="pending", max_length=16),
                 principal: Principal = Depends(requires(WRITE)),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"signals": [services.signal_view(session, s)
                        for s in services.list_signals(session, state=state or None)]}


class ReviewIn(BaseModel):
    decision: Literal["confirm", "reject"]
    note: str = Field(default="", max_length=2000)


@router.post("/signals/{signal_id}/review", summary="Confirm or reject a shared signal")
def review(signal_id: str, body: ReviewIn, principal: Principal = Depends(requires(WRITE)),
           session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    row = services.review_signal(session, signal_id, decision=body.decision, note=body.note,
                                 actor=principal.label)
    return services.signal_view(session, row)


# ----------------------------------------------------------------- sharing out


class SignalIn(BaseModel):
    signal_type: str = Field(min_length=1, max_length=32)
    value: str = Field(min_length=1, max_length=2000)
    description: str = Field(default="", max_length=1000)


class ShareIn(BaseModel):
    recipient: str = Field(min_length=1, max_length=160)
    purpose: str = Field(min_length=1, max_length=2000)
    signals: list[SignalIn] = Field(min_length=1, max_length=sharing.MAX_SIGNALS)


class DecisionIn(BaseModel):
    approve: bool
    note: str = Field(default="", max_length=2000)


@router.post("/shares", status_code=201, summary="Propose signals to share")
def propose(body: ShareIn, principal: Principal = Depends(requires(WRITE)),
            session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    share = sharing.propose_share(session, recipient=body.recipient, purpose=body.purpose,
                                  signals=[s.model_dump() for s in body.signals],
                                  actor=principal.label)
    return sharing.share_view(share)


@router.get("/shares", summary="What was shared with whom")
def shares(recipient: str | None = Query(default=None, max_length=160),
           principal: Principal = Depends(requires(WRITE)),
           session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"shares": [sharing.share_view(s)
                       for s in sharing.list_shares(session, recipient=recipient)]}


@router.get("/shares/{share_id}", summary="One share, with its STIX bundle once approved")
def get_share(share_id: str, principal: Principal = Depends(requires(WRITE)),
              session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return sharing.share_view(sharing.get_share(session, share_id), with_bundle=True)


@router.post("/shares/{share_id}/decision",
             summary="Approve (builds the STIX bundle) or reject; not by the proposer")
def decide(share_id: str, body: DecisionIn, principal: Principal = Depends(requires(WRITE)),
           session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    share = sharing.decide_share(session, share_id, approve=body.approve, note=body.note,
                                 actor=principal.label,
                                 identity_name=get_settings().report_platform_name)
    return sharing.share_view(share, with_bundle=True)


@router.get("/shares/{share_id}/bundle", summary="The STIX 2.1 bundle of an approved share")
def bundle(share_id: str, principal: Principal = Depends(requires(WRITE)),
           session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    from childguard.platform.errors import Conflict

    share = sharing.get_share(session, share_id)
    if share.bundle is None:
        raise Conflict(f"this share is {share.state}; only an approved share has a bundle")
    return dict(share.bundle)
