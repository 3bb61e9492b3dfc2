"""Accounts over HTTP: registry, connections, age assurance, terms, interventions, privacy.

Thin over :mod:`childguard.accounts.services` and friends; every route names its scope.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from childguard.accounts import privacy, services, terms
from childguard.accounts.model import FEATURES, AssuranceMethod, Confidence
from childguard.accounts.storage import AssuranceResult, ReassuranceTask
from childguard.api.deps import UNIT_OF_WORK, requires
from childguard.platform import auth

router = APIRouter(tags=["accounts"])
# Commit before the response is sent: a client that reads right after a write sees it,
# and a failed commit is an error response, never a success already acknowledged.
write = requires("accounts:write")
read = requires("accounts:read")

AccountId = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@+-]+$",
                                description="the ESP's own identifier for an account")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- registry

class AccountIn(Strict):
    jurisdiction: str | None = Field(default=None, pattern=r"^[A-Z]{2,8}$",
                                     description="policy to apply: UK, EU, US or a custom code")
    declared_birth_date: date | None = Field(
        default=None, description="what the user declared; recorded as a self-declaration")
    profile_public: bool | None = None
    location_sharing: bool | None = None


@router.put("/v1/accounts/{account_id}")
def upsert_account(body: AccountIn, account_id: AccountId,
                   principal: auth.Principal = Depends(write),
                   session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Create or update an account in the registry; answers its effective safety state."""
    services.upsert_account(session, account_id, actor=principal.label,
                            jurisdiction=body.jurisdiction,
                            declared_birth_date=body.declared_birth_date,
                            profile_public=body.profile_public,
                            location_sharing=body.location_sharing)
    return services.safety_state(session, account_id)


@router.get("/v1/accounts/{account_id}")
def get_account(account_id: AccountId, principal: auth.Principal = Depends(read),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """The account's age band, safety defaults, supervision and controls."""
    return services.safety_state(session, account_id)


class ConnectionIn(Strict):
    status: Literal["connected", "blocked", "none"] = Field(
        description="connected: both accepted; blocked: account_id blocks other_id; "
        "none: remove the connection (or the block account_id placed)")


@router.put("/v1/accounts/{account_id}/connections/{other_id}")
def set_connection(body: ConnectionIn, account_id: AccountId,
                   other_id: AccountId, principal: auth.Principal = Depends(write),
                   session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Record a connection or block. A supervised child's new contact may wait for a parent."""
    return services.set_connection(session, account_id, other_id, body.status,
                                   actor=principal.label).as_dict()


@router.get("/v1/accounts/{account_id}/connections")
def list_connections(account_id: AccountId, principal: auth.Principal = Depends(read),
                     session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    services.get_account(session, account_id)
    return {"connections": [c.as_dict() for c in services.connections_of(session, account_id)]}


class ActivityIn(Strict):
    day: date | None = None
    counts: dict[str, int] = Field(
        description="counts only, e.g. {\"messages_sent\": 3, \"minutes_active\": 20}; "
        "message content is never accepted")


@router.post("/v1/accounts/{account_id}/activity", status_code=204)
def record_activity(body: ActivityIn, account_id: AccountId,
                    principal: auth.Principal = Depends(write),
                    session: Session = UNIT_OF_WORK) -> None:
    """Daily activity counts for parents' summaries and daily time limits."""
    services.record_activity(session, account_id, body.counts, day=body.day)


@router.get("/v1/accounts/{account_id}/notifications")
def list_notifications(account_id: AccountId, unread_only: bool = False,
                       principal: auth.Principal = Depends(read),
                       session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Notices for the account holder, e.g. that a parent now supervises the account."""
    services.get_account(session, account_id)
    rows = services.notifications_for(session, account_id, unread_only=unread_only)
    return {"notifications": [{"id": n.id, "kind": n.kind, "title": n.title, "body": n.body,
                               "created_at": n.created_at.isoformat(),
                               "read": n.read_at is not None} for n in rows]}


# ---------------------------------------------------------------- age assurance

def _result_dict(row: AssuranceResult) -> dict[str, Any]:
    return {"id": row.id, "method": row.method, "confidence": row.confidence,
            "age_low": row.age_low, "age_high": row.age_high,
            "estimated_age": row.estimated_age,
            "birth_date": row.birth_date.isoformat() if row.birth_date else None,
            "provider": row.provider, "provider_reference": row.provider_reference,
            "purpose": row.purpose, "checked_at": row.checked_at.isoformat(),
            "expires_at": row.expires_at.isoformat() if row.expires_at else None}


@router.get("/v1/accounts/{account_id}/age-assurance")
def assurance_history(account_id: AccountId, principal: auth.Principal = Depends(read),
                      session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """The account's current age band and every assurance result, newest first."""
    services.get_account(session, account_id)
    info = services.age_band(session, account_id)
    assert info is not None
    return {"age": info.as_dict(),
            "results": [_result_dict(r) for r in services.assurance_history(session,
                                                                             account_id)]}


class CheckIn(Strict):
    method: AssuranceMethod
    provider: str | None = Field(default=None, max_length=64,
                                 description="registered provider name; default from settings")
    purpose: str | None = Field(default=None, description="feature whose gate to evaluate",
                                examples=list(FEATURES))
    evidence: dict[str, Any] = Field(
        default_factory=dict, description="provider inputs, e.g. the provider session "
        "reference; never images, ID numbers or card numbers")


@router.post("/v1/accounts/{account_id}/age-assurance/checks", status_code=201,
             responses={502: {"description": "the age-assurance provider is unavailable"}})
def run_check(request: Request, body: CheckIn, account_id: AccountId,
              principal: auth.Principal = Depends(write),
              session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Run a check with a provider, record the result and evaluate the purpose's gate."""
    row, result, gate = services.run_check(
        session, request.app.state.settings, account_id, method=body.method,
        actor=principal.label, evidence=body.evidence, provider_name=body.provider,
        purpose=body.purpose)
    info = services.age_band(session, account_id)
    assert info is not None
    return {"status": result.status, "detail": result.detail,
            "result": _result_dict(row) if row else None,
            "gate": gate.as_dict() if gate else None, "age": info.as_dict()}


class ResultIn(Strict):
    method: AssuranceMethod
    provider: str = Field(min_length=1, max_length=64)
    confidence: Confidence | None = None
    age_low: int | None = Field(default=None, ge=0, le=120)
    age_high: int | None = Field(default=None, ge=0, le=120)
    estimated_age: float | None = Field(default=None, ge=0, le=120)
    birth_date: date | None = None
    provider_reference: str | None = Field(default=None, max_length=128)
    purpose: str | None = Field(default=None, max_length=40)
    checked_at: datetime | None = None
    expires_at: datetime | None = None


@router.post("/v1/accounts/{account_id}/age-assurance/results", status_code=201)
def record_result(body: ResultIn, account_id: AccountId,
                  principal: auth.Principal = Depends(write),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Record a result the ESP obtained itself (its own provider integration)."""
    from childguard.platform.errors import InvalidInput

    for name in ("checked_at", "expires_at"):
        value = getattr(body, name)
        if value is not None and value.tzinfo is None:
            raise InvalidInput(f"{name} needs a timezone (e.g. 2026-01-01T10:00:00Z)")
    row = services.record_result(
        session, account_id, method=body.method, actor=principal.label,
        provider=body.provider, confidence=body.confidence, age_low=body.age_low,
        age_high=body.age_high, estimated_age=body.estimated_age, birth_date=body.birth_date,
        provider_reference=body.provider_reference, purpose=body.purpose,
        checked_at=body.checked_at, expires_at=body.expires_at)
    info = services.age_band(session, account_id)
    assert info is not None
    return {"result": _result_dict(row), "age": info.as_dict()}


@router.get("/v1/accounts/{account_id}/age-assurance/features/{feature}")
def check_feature(account_id: AccountId, feature: Annotated[str, Path(max_length=40)],
                  principal: auth.Principal = Depends(read),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Does the account's assurance meet what this feature needs in its jurisdiction?"""
    return services.check_feature(session, account_id, feature).as_dict()


class SignalIn(Strict):
    stated_age: int = Field(ge=0, le=120)
    source: str = Field(min_length=1, max_length=64,
                        description="where it was seen, e.g. conversations, profile_bio")


def _task_dict(task: ReassuranceTask) -> dict[str, Any]:
    return {"id": task.id, "account_id": task.account_id, "status": task.status,
            "reason": task.reason, "stated_age": task.stated_age, "source": task.source,
            "created_at": task.created_at.isoformat(),
            "resolved_at": task.resolved_at.isoformat() if task.resolved_at else None,
            "resolution": task.resolution}


@router.post("/v1/accounts/{account_id}/age-signals")
def age_signal(body: SignalIn, account_id: AccountId,
               principal: auth.Principal = Depends(write),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """An age stated in use; a contradiction opens a re-assurance task."""
    task = services.report_age_signal(session, account_id, body.stated_age, body.source,
                                      actor=principal.label)
    info = services.age_band(session, account_id)
    assert info is not None
    return {"contradiction": task is not None, "task": _task_dict(task) if task else None,
            "age": info.as_dict()}


@router.get("/v1/reassurance-tasks")
def list_tasks(status: Literal["open", "resolved"] | None = "open",
               limit: int = Query(default=100, ge=1, le=1000),
               principal: auth.Principal = Depends(read),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"tasks": [_task_dict(t) for t in services.reassurance_tasks(session, status,
                                                                        limit)]}


@router.get("/v1/jurisdictions")
def list_jurisdictions(principal: auth.Principal = Depends(read),
                       session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Age-assurance policies per jurisdiction (presets UK, EU, US, and custom ones)."""
    return {"jurisdictions": [{**p.model_dump(mode="json"), "version": v}
                              for p, v in services.list_policies(session)],
            "features": FEATURES}


@router.get("/v1/jurisdictions/{code}")
def get_jurisdiction(code: str = Path(pattern=r"^[A-Z]{2,8}$"),
                     principal: auth.Principal = Depends(read),
                     session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return services.get_policy(session, code).model_dump(mode="json")


@router.put("/v1/jurisdictions/{code}")
def put_jurisdiction(document: dict[str, Any], code: str = Path(pattern=r"^[A-Z]{2,8}$"),
                     principal: auth.Principal = Depends(write),
                     session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Replace (or add) a jurisdiction's policy; the whole document is validated first."""
    policy, version = services.update_policy(session, code, document, actor=principal.label)
    return {**policy.model_dump(mode="json"), "version": version}


# ---------------------------------------------------------------- terms

class ClauseIn(Strict):
    id: str = Field(min_length=1, max_length=40)
    title: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=5000)


class TermsIn(Strict):
    version: str = Field(min_length=1, max_length=32)
    material: bool = Field(description="material changes need every account to accept again")
    summary: str = Field(default="", max_length=2000)
    clauses: list[ClauseIn] = Field(min_length=1, max_length=200)


@router.get("/v1/terms")
def list_terms(principal: auth.Principal = Depends(read),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    rows = terms.list_terms(session)
    return {"current": rows[-1].version, "versions": [terms.terms_dict(r) for r in rows]}


@router.post("/v1/terms", status_code=201)
def publish_terms(body: TermsIn, principal: auth.Principal = Depends(write),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    terms.ensure_default_terms(session)
    row = terms.publish_terms(session, body.version, [c.model_dump() for c in body.clauses],
                              material=body.material, summary=body.summary,
                              actor=principal.label)
    return terms.terms_dict(row)


@router.get("/v1/terms/clauses/{clause_id}")
def get_clause(clause_id: str = Path(max_length=40), version: str | None = Query(
        default=None, max_length=32), principal: auth.Principal = Depends(read),
        session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """A clause's words, from the version in force or a given one, for citing in decisions."""
    return terms.clause(session, clause_id, version)


class AcceptIn(Strict):
    version: str = Field(min_length=1, max_length=32)
    channel: str = Field(default="app", max_length=40)


@router.post("/v1/accounts/{account_id}/terms-acceptances", status_code=201)
def accept_terms(body: AcceptIn, account_id: AccountId,
                 principal: auth.Principal = Depends(write),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    row = terms.accept_terms(session, account_id, body.version, channel=body.channel,
                             actor=principal.label)
    return {"version": row.version, "accepted_at": row.accepted_at.isoformat(),
            "status": terms.terms_status(session, account_id)}


@router.get("/v1/accounts/{account_id}/terms-status")
def terms_status(account_id: AccountId, principal: auth.Principal = Depends(read),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Whether the account must accept the terms (again) before continuing."""
    services.get_account(session, account_id)
    return terms.terms_status(session, account_id)


# ---------------------------------------------------------------- interventions

class InterventionIn(Strict):
    account_id: str = Field(min_length=1, max_length=128)
    situation: str = Field(min_length=1, max_length=40, examples=list(terms.SITUATIONS))
    jurisdiction: str | None = Field(default=None, pattern=r"^[A-Z]{2,8}$")


@router.post("/v1/interventions", status_code=201)
def show_intervention(body: InterventionIn, principal: auth.Principal = Depends(write),
                      session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """The safety prompt to show now (text, actions, local resources); counted as shown."""
    return terms.show_intervention(session, body.account_id, body.situation,
                                   jurisdiction=body.jurisdiction)


class AcknowledgeIn(Strict):
    response: str = Field(min_length=1, max_length=40)


@router.post("/v1/interventions/{intervention_id}/acknowledge")
def acknowledge(body: AcknowledgeIn, intervention_id: str = Path(max_length=32),
                principal: auth.Principal = Depends(write),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    row = terms.acknowledge_intervention(session, intervention_id, body.response)
    return {"id": row.id, "situation": row.situation, "response": row.response,
            "acknowledged_at": row.acknowledged_at.isoformat() if row.acknowledged_at
            else None}


@router.get("/v1/interventions/stats")
def intervention_stats(since: datetime | None = None,
                       principal: auth.Principal = Depends(read),
                       session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """How often each intervention was shown and acknowledged, and the answers chosen."""
    if since is not None and since.tzinfo is None:
        from childguard.platform.errors import InvalidInput

        raise InvalidInput("since needs a timezone (e.g. 2026-01-01T00:00:00Z)")
    return {"situations": terms.intervention_stats(session, since)}


# ---------------------------------------------------------------- privacy

@router.get("/v1/accounts/{account_id}/consents")
def list_consents(account_id: AccountId, principal: auth.Principal = Depends(read),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    services.get_account(session, account_id)
    return {"consents": privacy.export_account(session, account_id)["consents"]}


@router.get("/v1/accounts/{account_id}/export")
def export_account(account_id: AccountId, principal: auth.Principal = Depends(read),
                   session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Everything held about the account (subject-access request)."""
    return privacy.export_account(session, account_id)


@router.get("/v1/retention")
def retention(principal: auth.Principal = Depends(read)) -> dict[str, Any]:
    return {"data_classes": [{"name": d.name, "description": d.description,
                              "retention": d.retention, "days": d.days}
                             for d in privacy.RETENTION.values()]}


@router.delete("/v1/accounts/{account_id}")
def delete_account(account_id: AccountId,
                   reason: str = Query(default="user request", max_length=500),
                   principal: auth.Principal = Depends(write),
                   session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Delete the account's data; under a preservation hold, close it and keep the data,
    saying which hold keeps what until when."""
    record = privacy.delete_account(session, account_id, actor=principal.label, reason=reason)
    return privacy.deletion_dict(record)


@router.get("/v1/accounts/{account_id}/deletions")
def list_deletions(account_id: AccountId, principal: auth.Principal = Depends(read),
                   session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return {"deletions": [privacy.deletion_dict(r) for r in privacy.deletions_of(session,
                                                                                account_id)]}
