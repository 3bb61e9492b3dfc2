"""Accounts use cases. Each function takes the caller's ``Session`` (its unit of work).

Other contexts call these (never the tables):

``policy_check(session, actor_id, action, target_id) -> PolicyDecision``
    "May A do X to B?" for ``message``, ``follow``, ``view_profile``, ``send_media``, ``pay``.
    The decision has ``allowed``, a stable ``code``, a readable ``reason``, the terms clauses it
    cites, ``requires_approval`` ("target" or "parent") and the safety ``intervention`` to show
    (with ``intervention_for``, the account to show it to). Accounts not in the registry are
    treated as of unknown age. The same function backs ``POST /v1/policy/check``.
``age_band(session, account_id) -> AgeBandInfo | None``
    Band (``under_13``, ``13_15``, ``16_17``, ``adult``, ``unknown``), category (``minor``,
    ``adult``, ``unknown``), confidence, method, bounds; ``None`` for unregistered accounts.
``is_minor(session, account_id) -> bool``
``linked_parents(session, child_id) -> list[str]``
    Account ids of parents with an active, consented link.
``notify_parent(session, child_id, alert) -> list[str]``
    Alert every linked parent (``ParentAlertIn``: kind, summary, severity, dedupe_key). A
    summary says what happened in general terms and never quotes messages.
``report_age_signal(session, account_id, stated_age, source) -> ReassuranceTask | None``
    A stated age seen in use (e.g. a self-declared adult telling others they are 13); opens a
    re-assurance task when it contradicts what we hold, and the account is treated as of
    unknown age until it is re-assured.
``controls_for(session, child_id) -> Controls | None``
``clause(session, clause_id)`` lives in :mod:`childguard.accounts.terms`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from childguard.accounts.model import (
    ADULT_AGE,
    DEFAULT_JURISDICTION,
    FORBIDDEN_EVIDENCE_KEYS,
    METHODS,
    AgeBandInfo,
    AgeCategory,
    AssuranceMethod,
    AssuranceOutcome,
    Confidence,
    Controls,
    GateOutcome,
    GateStatus,
    JurisdictionPolicy,
    age_on,
    categorise,
    contradicts,
    default_expiry,
    evaluate_gate,
    preset_policies,
)
from childguard.accounts.policy import Action, Party, PolicyDecision, Relation, decide
from childguard.accounts.providers import CheckRequest, CheckResult, get_provider
from childguard.accounts.storage import (
    Account,
    ActivityCounter,
    AssuranceResult,
    Connection,
    ControlsRow,
    JurisdictionPolicyRow,
    Notification,
    ParentAlert,
    ParentLink,
    PurchaseRequest,
    ReassuranceTask,
)
from childguard.platform import audit
from childguard.platform.config import Settings
from childguard.platform.db import new_id, utcnow
from childguard.platform.errors import Conflict, InvalidInput, NotFound

_ACCOUNT_ID = re.compile(r"^[A-Za-z0-9._:@+-]{1,128}$")


def check_account_id(account_id: str) -> str:
    if not _ACCOUNT_ID.match(account_id or ""):
        raise InvalidInput("account ids are 1-128 characters: letters, digits and . _ : @ + -",
                           details={"account_id": (account_id or "")[:140]})
    return account_id


# ---------------------------------------------------------------- jurisdiction policies

_PRESETS = preset_policies()  # validated once; policies are never mutated in place


def get_policy(session: Session, code: str) -> JurisdictionPolicy:
    # Cached for the unit of work: a policy check reads it for both parties.
    cache: dict[str, JurisdictionPolicy] = session.info.setdefault("accounts.policies", {})
    if code in cache:
        return cache[code]
    row = session.get(JurisdictionPolicyRow, code)
    if row is not None:
        policy = JurisdictionPolicy.model_validate(row.document)
    elif code in _PRESETS:
        policy = _PRESETS[code]
    else:
        raise NotFound(f"no jurisdiction policy {code!r}",
                       details={"known": sorted(set(_PRESETS) | _custom_codes(session))})
    cache[code] = policy
    return policy


def _custom_codes(session: Session) -> set[str]:
    return set(session.scalars(select(JurisdictionPolicyRow.code)))


def list_policies(session: Session) -> list[tuple[JurisdictionPolicy, int]]:
    codes = sorted(set(_PRESETS) | _custom_codes(session))
    out = []
    for code in codes:
        row = session.get(JurisdictionPolicyRow, code)
        out.append((get_policy(session, code), row.version if row else 0))
    return out


def update_policy(session: Session, code: str, document: dict[str, Any], *, actor: str
                  ) -> tuple[JurisdictionPolicy, int]:
    """Replace a jurisdiction's policy; validated whole, so a bad edit is refused with why."""
    from pydantic import ValidationError

    if document.get("code", code) != code:
        raise InvalidInput("the policy's code must match the URL")
    try:
        policy = JurisdictionPolicy.model_validate({**document, "code": code})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "policy"
        raise InvalidInput(f"{where}: {err['msg']}",
                           details=[{"loc": list(e["loc"]), "msg": e["msg"]}
                                    for e in exc.errors()])
    row = session.get(JurisdictionPolicyRow, code)
    if row is None:
        row = JurisdictionPolicyRow(code=code, document={}, version=0, updated_by=actor)
        session.add(row)
    row.document = policy.model_dump(mode="json")
    session.info.pop("accounts.policies", None)
    row.version = (row.version or 0) + 1
    row.updated_at = utcnow()
    row.updated_by = actor
    session.flush()
    audit.record(session, actor=actor, action="accounts.policy_update",
                 target_type="jurisdiction", target_id=code, details={"version": row.version})
    return policy, row.version


# ---------------------------------------------------------------- registry and connections

def get_account(session: Session, account_id: str) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.status == "deleted":
        raise NotFound(f"no account {account_id!r} in the registry")
    return account


def upsert_account(session: Session, account_id: str, *, actor: str,
                   jurisdiction: str | None = None, declared_birth_date: date | None = None,
                   profile_public: bool | None = None, location_sharing: bool | None = None,
                   now: datetime | None = None) -> Account:
    """Create or update an account; a (changed) declared birth date is a self-declaration."""
    now = now or utcnow()
    check_account_id(account_id)
    account = session.get(Account, account_id)
    if account is not None and account.status in ("deleted", "deletion_held"):
        raise Conflict(f"account {account_id!r} was deleted and cannot be changed")
    if jurisdiction is not None:
        get_policy(session, jurisdiction)
    created = account is None
    if account is None:
        account = Account(id=account_id, jurisdiction=jurisdiction or DEFAULT_JURISDICTION,
                          status="active", created_at=now, updated_at=now)
        session.add(account)
    elif jurisdiction is not None:
        account.jurisdiction = jurisdiction
    if declared_birth_date is not None:
        if declared_birth_date > now.date():
            raise InvalidInput("declared_birth_date is in the future")
        if age_on(declared_birth_date, now.date()) > 120:
            raise InvalidInput("declared_birth_date is more than 120 years ago")
        if declared_birth_date != account.declared_birth_date:
            before = None if created else age_band(session, account_id, now=now)
            account.declared_birth_date = declared_birth_date
            session.flush()
            record_result(session, account_id, method=AssuranceMethod.SELF_DECLARATION,
                          birth_date=declared_birth_date, provider="self", actor=actor,
                          checked_at=now, now=now)
            if before is not None and before.category is AgeCategory.MINOR \
                    and age_on(declared_birth_date, now.date()) >= ADULT_AGE:
                _open_task(session, account_id, stated_age=age_on(declared_birth_date,
                                                                  now.date()),
                           source="declared_birth_date",
                           reason="declared birth date changed from a minor's to an adult's",
                           actor=actor)
    info = age_band(session, account_id, now=now) if not created or declared_birth_date \
        else None
    if profile_public is not None:
        if profile_public and info is not None and info.is_minor and info.age_high is not None \
                and info.age_high < 13:
            raise InvalidInput("profiles of children under 13 stay private")
        account.profile_public = profile_public
    if location_sharing is not None:
        if location_sharing and (info is None or info.category is not AgeCategory.ADULT) \
                and not linked_parents(session, account_id):
            raise InvalidInput("location sharing stays off for accounts not assured as adults "
                               "unless a parent supervises the account")
        account.location_sharing = location_sharing
    account.updated_at = now
    session.flush()
    audit.record(session, actor=actor, action="accounts.upsert" if not created
                 else "accounts.create", target_type="account", target_id=account_id,
                 details={"jurisdiction": account.jurisdiction,
                          "birth_date_declared": declared_birth_date is not None})
    return account


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def connection_between(session: Session, a: str, b: str) -> Connection | None:
    x, y = _pair(a, b)
    return session.scalar(select(Connection).where(Connection.account_a == x,
                                                   Connection.account_b == y))


@dataclass(frozen=True)
class ConnectionState:
    account_id: str
    other_id: str
    status: str  # connected | pending_parent | blocked | declined_by_parent | none
    waiting_for_parents_of: list[str]
    blocked_by: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"account_id": self.account_id, "other_id": self.other_id,
                "status": self.status, "waiting_for_parents_of": self.waiting_for_parents_of,
                "blocked_by": self.blocked_by}


def _state(conn: Connection | None, a: str, b: str) -> ConnectionState:
    if conn is None:
        return ConnectionState(a, b, "none", [])
    return ConnectionState(a, b, conn.status, list(conn.approvals_needed or []),
                           conn.blocked_by)


def set_connection(session: Session, account_id: str, other_id: str, status: str, *,
                   actor: str, now: datetime | None = None) -> ConnectionState:
    """Connect, block or disconnect two accounts.

    Connecting a supervised child whose parent asked for contact approval leaves the contact
    ``pending_parent`` and alerts the parents; the rules treat it as not connected until then.
    """
    now = now or utcnow()
    if account_id == other_id:
        raise InvalidInput("an account cannot connect to itself")
    if status not in ("connected", "blocked", "none"):
        raise InvalidInput("status must be connected, blocked or none")
    get_account(session, account_id)
    get_account(session, other_id)
    conn = connection_between(session, account_id, other_id)
    if status == "none":
        if conn is not None and not (conn.status == "blocked"
                                     and conn.blocked_by not in (None, account_id)):
            session.delete(conn)
            conn = None
        session.flush()
        audit.record(session, actor=actor, action="accounts.disconnect", target_type="account",
                     target_id=account_id, details={"other": other_id})
        return _state(conn, account_id, other_id)
    if conn is None:
        x, y = _pair(account_id, other_id)
        conn = Connection(account_a=x, account_b=y, status="new", created_at=now,
                          approvals_needed=[])
        session.add(conn)
    elif conn.status == "blocked" and status == "connected":
        raise Conflict("these accounts are blocked; unblock (status none) before connecting")
    if status == "blocked":
        conn.status, conn.blocked_by, conn.approvals_needed = "blocked", account_id, []
    elif conn.status != "connected":
        needing = [c for c in (account_id, other_id)
                   if (ctrl := controls_for(session, c)) is not None and ctrl.contact_approval
                   and is_minor(session, c, now=now)]
        conn.approvals_needed = needing
        conn.status = "pending_parent" if needing else "connected"
        for child in needing:
            other = other_id if child == account_id else account_id
            notify_parent(session, child, ParentAlertIn(
                kind="contact_request", severity="info",
                summary="A new contact is waiting for your approval.",
                dedupe_key=f"contact:{other}"), source=actor, now=now)
            count_activity(session, child, {"contact_requests": 1}, day=now.date())
        if not needing:
            for child in (account_id, other_id):
                if is_minor(session, child, now=now):
                    count_activity(session, child, {"new_contacts": 1}, day=now.date())
    conn.updated_at = now
    session.flush()
    audit.record(session, actor=actor, action=f"accounts.connection_{conn.status}",
                 target_type="account", target_id=account_id, details={"other": other_id})
    return _state(conn, account_id, other_id)


def connections_of(session: Session, account_id: str) -> list[ConnectionState]:
    rows = session.scalars(select(Connection).where(or_(
        Connection.account_a == account_id, Connection.account_b == account_id)))
    out = []
    for row in rows:
        other = row.account_b if row.account_a == account_id else row.account_a
        out.append(_state(row, account_id, other))
    return sorted(out, key=lambda s: s.other_id)


# ---------------------------------------------------------------- age assurance

def _outcome(row: AssuranceResult) -> AssuranceOutcome:
    return AssuranceOutcome(
        method=AssuranceMethod(row.method), confidence=Confidence(row.confidence),
        checked_at=row.checked_at, expires_at=row.expires_at, age_low=row.age_low,
        age_high=row.age_high, estimated_age=row.estimated_age, birth_date=row.birth_date,
        provider=row.provider, result_id=row.id)


def assurance_history(session: Session, account_id: str) -> list[AssuranceResult]:
    return list(session.scalars(select(AssuranceResult)
                                .where(AssuranceResult.account_id == account_id)
                                .order_by(AssuranceResult.checked_at.desc(),
                                          AssuranceResult.created_at.desc())))


def _open_tasks(session: Session, account_id: str) -> list[ReassuranceTask]:
    return list(session.scalars(select(ReassuranceTask).where(
        ReassuranceTask.account_id == account_id, ReassuranceTask.status == "open")))


def age_band(session: Session, account_id: str, *, now: datetime | None = None
             ) -> AgeBandInfo | None:
    account = session.get(Account, account_id)
    if account is None or account.status == "deleted":
        return None
    now = now or utcnow()
    policy = get_policy(session, account.jurisdiction)
    outcomes = [_outcome(r) for r in assurance_history(session, account_id)]
    return categorise(policy, outcomes, now, under_review=bool(_open_tasks(session, account_id)))


def is_minor(session: Session, account_id: str, *, now: datetime | None = None) -> bool:
    info = age_band(session, account_id, now=now)
    return info is not None and info.is_minor


def record_result(session: Session, account_id: str, *, method: AssuranceMethod, actor: str,
                  provider: str, confidence: Confidence | None = None,
                  age_low: int | None = None, age_high: int | None = None,
                  estimated_age: float | None = None, birth_date: date | None = None,
                  provider_reference: str | None = None, purpose: str | None = None,
                  checked_at: datetime | None = None, expires_at: datetime | None = None,
                  now: datetime | None = None) -> AssuranceResult:
    """Add one result to an account's history (from a provider, or one the ESP ran)."""
    now = now or utcnow()
    get_account(session, account_id)
    if age_low is None and age_high is None and estimated_age is None and birth_date is None:
        raise InvalidInput("a result needs an outcome: age_low/age_high, estimated_age or "
                           "birth_date")
    if age_low is not None and age_high is not None and age_low > age_high:
        raise InvalidInput("age_low is above age_high")
    for name, value in (("age_low", age_low), ("age_high", age_high),
                        ("estimated_age", estimated_age)):
        if value is not None and not 0 <= value <= 120:
            raise InvalidInput(f"{name} must be between 0 and 120")
    if birth_date is not None and birth_date > now.date():
        raise InvalidInput("birth_date is in the future")
    checked_at = checked_at or now
    if checked_at > now + timedelta(minutes=5):
        raise InvalidInput("checked_at is in the future")
    ceiling = METHODS[method].max_confidence
    confidence = confidence or ceiling
    if confidence.rank > ceiling.rank:
        confidence = ceiling  # a provider cannot claim more than its method supports
    if expires_at is None:
        expires_at = default_expiry(method, checked_at)
    before = age_band(session, account_id, now=now)
    row = AssuranceResult(
        account_id=account_id, method=method.value, confidence=confidence.value,
        age_low=age_low, age_high=age_high, estimated_age=estimated_age, birth_date=birth_date,
        provider=provider[:64], provider_reference=provider_reference, purpose=purpose,
        checked_at=checked_at, expires_at=expires_at, recorded_by=actor[:160])
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="accounts.age_result", target_type="account",
                 target_id=account_id, details={"method": method.value,
                                                "confidence": confidence.value,
                                                "provider": provider, "result_id": row.id})
    if method is not AssuranceMethod.SELF_DECLARATION and confidence.rank >= \
            Confidence.STANDARD.rank:
        for task in _open_tasks(session, account_id):
            task.status, task.resolved_at = "resolved", now
            task.resolution = f"re-assured by {method.value} ({confidence.value})"
            audit.record(session, actor=actor, action="accounts.reassurance_resolved",
                         target_type="account", target_id=account_id,
                         details={"task_id": task.id, "result_id": row.id})
    elif before is not None:
        stated = _single_age(_outcome(row), now)
        if stated is not None and contradicts(before, int(stated)):
            _open_task(session, account_id, stated_age=int(stated), source=method.value,
                       reason=f"{method.value} gives {int(stated)}, contradicting "
                              f"{before.category.value} ({before.reason})", actor=actor)
    return row


def _single_age(outcome: AssuranceOutcome, now: datetime) -> float | None:
    low, high = outcome.bounds_at(now)
    if low is not None and low == high:
        return low
    return high if low is None else None


def run_check(session: Session, settings: Settings, account_id: str, *,
              method: AssuranceMethod, actor: str, evidence: dict[str, Any] | None = None,
              provider_name: str | None = None, purpose: str | None = None,
              now: datetime | None = None
              ) -> tuple[AssuranceResult | None, CheckResult, GateOutcome | None]:
    """Ask a provider for a check, record the result, evaluate the purpose's gate."""
    now = now or utcnow()
    account = get_account(session, account_id)
    policy = get_policy(session, account.jurisdiction)
    if purpose is not None and purpose not in policy.requirements:
        raise InvalidInput(f"unknown purpose {purpose!r}",
                           details={"known": sorted(policy.requirements)})
    if method in (AssuranceMethod.SELF_DECLARATION, AssuranceMethod.PARENTAL_VOUCHING):
        raise InvalidInput(f"{method.value} is recorded directly, not run by a provider")
    evidence = clean_evidence(evidence or {})
    provider = get_provider(provider_name or settings.age_assurance_provider, settings)
    if method not in provider.methods:
        raise InvalidInput(f"provider {provider.name!r} does not offer {method.value}",
                           details={"offers": sorted(m.value for m in provider.methods)})
    threshold = policy.requirements[purpose].min_age if purpose else ADULT_AGE
    reference = new_id()
    result = provider.check(CheckRequest(account_id=account_id, method=method,
                                         reference=reference, threshold=threshold,
                                         evidence=evidence))
    row: AssuranceResult | None = None
    if result.status == "completed":
        row = record_result(session, account_id, method=method, actor=actor,
                            provider=result.provider, confidence=result.confidence,
                            age_low=result.age_low, age_high=result.age_high,
                            estimated_age=result.estimated_age, birth_date=result.birth_date,
                            provider_reference=result.reference, purpose=purpose, now=now)
    else:
        audit.record(session, actor=actor, action="accounts.age_check_failed",
                     target_type="account", target_id=account_id,
                     details={"method": method.value, "provider": result.provider,
                              "detail": result.detail[:200]})
    gate = check_feature(session, account_id, purpose, now=now) if purpose else None
    return row, result, gate


def clean_evidence(evidence: dict[str, Any]) -> dict[str, Any]:
    bad = sorted(k for k in evidence if k.lower() in FORBIDDEN_EVIDENCE_KEYS)
    if bad:
        raise InvalidInput(f"childguard never stores identity documents, card numbers or "
                           f"images; remove {', '.join(bad)} and send the provider's "
                           f"reference instead")
    return evidence


def check_feature(session: Session, account_id: str, feature: str, *,
                  now: datetime | None = None) -> GateOutcome:
    now = now or utcnow()
    account = get_account(session, account_id)
    policy = get_policy(session, account.jurisdiction)
    if feature not in policy.requirements:
        raise NotFound(f"jurisdiction {policy.code} has no requirement for {feature!r}",
                       details={"features": sorted(policy.requirements)})
    outcomes = [_outcome(r) for r in assurance_history(session, account_id)]
    gate = evaluate_gate(policy, feature, outcomes, now)
    if gate.status is GateStatus.PASSED and _open_tasks(session, account_id):
        return GateOutcome(feature, GateStatus.ESCALATE,
                           "age is under review after contradicting signals; re-assure with "
                           "a stronger method", gate.offer_methods or
                           policy.escalation.get(AssuranceMethod.SELF_DECLARATION, []))
    return gate


def _open_task(session: Session, account_id: str, *, stated_age: int | None, source: str,
               reason: str, actor: str) -> ReassuranceTask:
    existing = _open_tasks(session, account_id)
    if existing:
        return existing[0]
    task = ReassuranceTask(account_id=account_id, status="open", reason=reason[:1000],
                           stated_age=stated_age, source=source[:64])
    session.add(task)
    session.flush()
    audit.record(session, actor=actor, action="accounts.reassurance_task",
                 target_type="account", target_id=account_id,
                 details={"task_id": task.id, "source": source, "stated_age": stated_age})
    return task


def report_age_signal(session: Session, account_id: str, stated_age: int, source: str, *,
                      actor: str = "system", now: datetime | None = None
                      ) -> ReassuranceTask | None:
    """A stated age seen in use; open a re-assurance task if it contradicts what we hold."""
    if not 0 <= stated_age <= 120:
        raise InvalidInput("stated_age must be between 0 and 120")
    info = age_band(session, account_id, now=now)
    if info is None:
        raise NotFound(f"no account {account_id!r} in the registry")
    if not contradicts(info, stated_age):
        return None
    return _open_task(session, account_id, stated_age=stated_age, source=source,
                      reason=f"stated age {stated_age} ({source}) contradicts "
                             f"{info.category.value}: {info.reason}", actor=actor)


def reassurance_tasks(session: Session, status: str | None = "open", limit: int = 100
                      ) -> list[ReassuranceTask]:
    query = select(ReassuranceTask).order_by(ReassuranceTask.created_at.desc()).limit(limit)
    if status:
        query = query.where(ReassuranceTask.status == status)
    return list(session.scalars(query))


# ---------------------------------------------------------------- parents (read side)

def active_links(session: Session, *, child_id: str | None = None,
                 parent_id: str | None = None) -> list[ParentLink]:
    query = select(ParentLink).where(ParentLink.status == "active")
    if child_id is not None:
        query = query.where(ParentLink.child_id == child_id)
    if parent_id is not None:
        query = query.where(ParentLink.parent_id == parent_id)
    return list(session.scalars(query.order_by(ParentLink.consented_at)))


def linked_parents(session: Session, child_id: str) -> list[str]:
    return [link.parent_id for link in active_links(session, child_id=child_id)]


def controls_for(session: Session, child_id: str) -> Controls | None:
    """The child's controls while at least one parent supervises them, else ``None``."""
    if not active_links(session, child_id=child_id):
        return None
    row = session.get(ControlsRow, child_id)
    return Controls.model_validate(row.document) if row else Controls()


@dataclass(frozen=True)
class ParentAlertIn:
    kind: str
    summary: str
    severity: str = "info"
    dedupe_key: str | None = None


ALERT_KINDS = {"contact_request", "blocked_contact", "safety_concern", "purchase_request",
               "time_limit", "supervision", "age_review", "other"}
ALERT_SEVERITIES = {"info", "warning", "urgent"}


def notify_parent(session: Session, child_id: str, alert: ParentAlertIn | dict[str, Any], *,
                  source: str = "system", now: datetime | None = None) -> list[str]:
    """Alert the child's linked parents; returns the new alert ids (none if unsupervised).

    A repeated ``dedupe_key`` for the same child on the same day does not alert again.
    """
    if isinstance(alert, dict):
        alert = ParentAlertIn(**alert)
    if alert.kind not in ALERT_KINDS:
        raise InvalidInput(f"unknown alert kind {alert.kind!r}",
                           details={"known": sorted(ALERT_KINDS)})
    if alert.severity not in ALERT_SEVERITIES:
        raise InvalidInput(f"severity must be one of {', '.join(sorted(ALERT_SEVERITIES))}")
    summary = alert.summary.strip()
    if not summary or len(summary) > 300:
        raise InvalidInput("an alert summary is 1-300 characters and never quotes messages")
    now = now or utcnow()
    ids = []
    day_start = datetime.combine(now.date(), datetime.min.time(), tzinfo=now.tzinfo)
    for parent_id in linked_parents(session, child_id):
        if alert.dedupe_key and session.scalar(select(ParentAlert.id).where(
                ParentAlert.parent_id == parent_id, ParentAlert.child_id == child_id,
                ParentAlert.dedupe_key == alert.dedupe_key,
                ParentAlert.created_at >= day_start)):
            continue
        row = ParentAlert(parent_id=parent_id, child_id=child_id, kind=alert.kind,
                          severity=alert.severity, summary=summary, source=source[:160],
                          dedupe_key=alert.dedupe_key, created_at=now)
        session.add(row)
        session.flush()
        ids.append(row.id)
    if ids:
        audit.record(session, actor=source, action="accounts.parent_alert",
                     target_type="account", target_id=child_id,
                     details={"kind": alert.kind, "alerts": len(ids)})
    return ids


def notify_account(session: Session, account_id: str, kind: str, title: str, body: str,
                   now: datetime | None = None) -> Notification:
    row = Notification(account_id=account_id, kind=kind, title=title[:200], body=body,
                       created_at=now or utcnow())
    session.add(row)
    session.flush()
    return row


def notifications_for(session: Session, account_id: str, *, unread_only: bool = False
                      ) -> list[Notification]:
    query = select(Notification).where(Notification.account_id == account_id)
    if unread_only:
        query = query.where(Notification.read_at.is_(None))
    return list(session.scalars(query.order_by(Notification.created_at.desc())))


# ---------------------------------------------------------------- activity counters

ACTIVITY_KINDS = {"messages_sent", "messages_received", "media_sent", "media_received",
                  "minutes_active", "purchases", "logins"}
_INTERNAL_KINDS = ("blocked:", "contact_requests", "new_contacts", "purchase_requests")


def count_activity(session: Session, account_id: str, counts: dict[str, int], *, day: date
                   ) -> None:
    """Add to daily counters with one upsert each, so concurrent requests never collide."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    for kind, amount in counts.items():
        if amount == 0:
            continue
        stmt = insert(ActivityCounter).values(account_id=account_id, day=day, kind=kind,
                                              count=amount)
        stmt = stmt.on_conflict_do_update(
            index_elements=["account_id", "day", "kind"],
            set_={"count": ActivityCounter.count + stmt.excluded["count"]})
        session.execute(stmt)


def record_activity(session: Session, account_id: str, counts: dict[str, int], *,
                    day: date | None = None) -> None:
    """Counts the ESP reports (messages sent, minutes active...). Counts only: no content."""
    get_account(session, account_id)
    unknown = sorted(set(counts) - ACTIVITY_KINDS)
    if unknown:
        raise InvalidInput(f"unknown activity kind(s): {', '.join(unknown)}",
                           details={"known": sorted(ACTIVITY_KINDS)})
    if any(v < 0 or v > 100_000 for v in counts.values()):
        raise InvalidInput("activity counts are between 0 and 100000")
    count_activity(session, account_id, counts, day=day or utcnow().date())


def minutes_today(session: Session, account_id: str, now: datetime) -> int:
    value = session.scalar(select(ActivityCounter.count).where(
        ActivityCounter.account_id == account_id, ActivityCounter.day == now.date(),
        ActivityCounter.kind == "minutes_active"))
    return int(value or 0)


# ---------------------------------------------------------------- policy checks

def _party(session: Session, account_id: str, now: datetime) -> Party:
    account = session.get(Account, account_id)
    if account is None or account.status == "deleted":
        return Party(account_id, AgeCategory.UNKNOWN, profile_public=False,
                     active=account is None)
    info = age_band(session, account_id, now=now)
    assert info is not None
    category = info.category
    public = account.profile_public if account.profile_public is not None \
        else category is AgeCategory.ADULT
    controls = controls_for(session, account_id) if category is AgeCategory.MINOR else None
    return Party(account_id, category, profile_public=public,
                 active=account.status == "active", controls=controls,
                 minutes_today=minutes_today(session, account_id, now) if controls else 0)


PURCHASE_APPROVAL_HOURS = 24


def _relation(session: Session, actor_id: str, target_id: str, *, action: Action,
              now: datetime) -> Relation:
    conn = connection_between(session, actor_id, target_id)
    approved = action is Action.PAY and session.scalar(select(PurchaseRequest.id).where(
        PurchaseRequest.child_id == actor_id, PurchaseRequest.payee_id == target_id,
        PurchaseRequest.status == "approved",
        PurchaseRequest.decided_at >= now - timedelta(hours=PURCHASE_APPROVAL_HOURS))
        .limit(1)) is not None
    links = session.execute(select(ParentLink.parent_id, ParentLink.child_id).where(
        ParentLink.status == "active",
        or_((ParentLink.parent_id == actor_id) & (ParentLink.child_id == target_id),
            (ParentLink.parent_id == target_id) & (ParentLink.child_id == actor_id)))).all()
    return Relation(
        connected=conn is not None and conn.status == "connected",
        pending_parent_approval=conn is not None and conn.status == "pending_parent",
        blocked=conn is not None and conn.status == "blocked",
        actor_is_parent=any(parent == actor_id for parent, _ in links),
        target_is_parent=any(parent == target_id for parent, _ in links),
        purchase_approved=approved)


def policy_check(session: Session, actor_id: str, action: Action | str, target_id: str, *,
                 now: datetime | None = None, record: bool = True) -> PolicyDecision:
    """May ``actor_id`` do ``action`` to ``target_id``? See the module docstring."""
    from childguard.accounts import terms

    now = now or utcnow()
    try:
        action = Action(action)
    except ValueError:
        raise InvalidInput(f"unknown action {action!r}",
                           details={"known": [a.value for a in Action]})
    if actor_id == target_id:
        raise InvalidInput("actor and target are the same account")
    actor, target = _party(session, actor_id, now), _party(session, target_id, now)
    decision = decide(action, actor, target,
                      _relation(session, actor_id, target_id, action=action, now=now), now)
    extra: dict[str, Any] = {"cited": terms.cite(session, decision.clauses)}
    if decision.code == "age_assurance_required":
        account = session.get(Account, actor_id)
        if account is not None:
            gate = check_feature(session, actor_id, "payments", now=now)
            extra["offer_methods"] = [m.value for m in gate.offer_methods]
    from dataclasses import replace

    if record and decision.code == "purchase_approval_required":
        extra["approval_request_id"] = _purchase_request(session, actor_id, target_id, now)
    decision = replace(decision, **extra)
    if record:
        _count_decision(session, decision, actor, target, now)
    return decision


def _purchase_request(session: Session, child_id: str, payee_id: str, now: datetime) -> str:
    """The pending request for this child paying this payee; a new one alerts the parents."""
    pending = session.scalar(select(PurchaseRequest).where(
        PurchaseRequest.child_id == child_id, PurchaseRequest.payee_id == payee_id,
        PurchaseRequest.status == "pending"))
    if pending is not None:
        return pending.id
    request = PurchaseRequest(child_id=child_id, payee_id=payee_id, status="pending",
                              created_at=now)
    session.add(request)
    session.flush()
    notify_parent(session, child_id, ParentAlertIn(
        kind="purchase_request", summary="Your child asked to make a purchase.",
        dedupe_key=f"purchase:{request.id}"), now=now)
    count_activity(session, child_id, {"purchase_requests": 1}, day=now.date())
    return request.id


def _count_decision(session: Session, decision: PolicyDecision, actor: Party, target: Party,
                    now: datetime) -> None:
    """Minors' summaries show how often protections worked, by rule, never with content.

    One counter per rule, other account and day: a summary counts the people a protection
    stopped, not how often an app retried the same check.
    """
    if decision.allowed:
        return
    for party, other in ((actor, target), (target, actor)):
        if party.is_minor and party.controls is not None:
            other_key = hashlib.sha256(other.account_id.encode()).hexdigest()[:16]
            count_activity(session, party.account_id,
                           {f"blocked:{decision.code}:{other_key}": 1}, day=now.date())


def recommendation_allowed(session: Session, candidate_id: str, viewer_id: str) -> bool:
    """Minors and unassured accounts are not recommended to possible adults, and accounts
    of unknown age (possible adults) are not recommended to minors."""
    now = utcnow()
    candidate, viewer = _party(session, candidate_id, now), _party(session, viewer_id, now)
    if not candidate.active:
        return False
    if viewer.is_minor and candidate.category is AgeCategory.UNKNOWN:
        return False
    return not (candidate.protected and viewer.possibly_adult)


def safety_state(session: Session, account_id: str) -> dict[str, Any]:
    """The account's effective safety settings, for the ESP to apply in its product."""
    account = get_account(session, account_id)
    info = age_band(session, account_id)
    assert info is not None
    protected = info.category is not AgeCategory.ADULT
    public = account.profile_public if account.profile_public is not None else not protected
    controls = controls_for(session, account_id) if info.is_minor else None
    policy = get_policy(session, account.jurisdiction)
    young = info.age_high if info.is_minor else None
    consent_needed = young is not None and young < policy.digital_consent_age
    return {
        "account_id": account.id, "jurisdiction": account.jurisdiction,
        "status": account.status, "age": info.as_dict(),
        "below_minimum_age": young is not None and young < policy.minimum_age,
        "parental_consent": {
            "required": consent_needed, "given": controls is not None,
            "why": f"under {policy.digital_consent_age} in {policy.code}, a parent must "
                   "consent to the processing of the child's data" if consent_needed else None,
        },
        "defaults": {
            "profile_public": public,
            "location_sharing": account.location_sharing,
            "direct_messages_from_unconnected_adults": not protected,
            "recommended_to_adults": not protected,
        },
        "supervised": controls is not None,
        "parents": linked_parents(session, account_id),
        "controls": controls.model_dump(mode="json") if controls else None,
        "open_reassurance_tasks": [t.id for t in _open_tasks(session, account_id)],
    }
