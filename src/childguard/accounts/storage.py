"""Tables owned by the accounts context (all prefixed ``accounts_``).

Accounts are the ESP's own users, keyed by the ESP's identifier. We keep only what safety
needs: a declared birth date, a jurisdiction, connections, assurance results, parental links
and controls, consents and terms acceptances. Never message content, never ID documents.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from childguard.platform.db import Base, UTCDateTime, new_id, utcnow

ACCOUNT_ID = 128


class Account(Base):
    __tablename__ = "accounts_registry"

    id: Mapped[str] = mapped_column(String(ACCOUNT_ID), primary_key=True)
    jurisdiction: Mapped[str] = mapped_column(String(8), default="UK")
    declared_birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    profile_public: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    location_sharing: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Connection(Base):
    """One row per unordered pair; ``account_a`` < ``account_b``."""

    __tablename__ = "accounts_connections"
    __table_args__ = (UniqueConstraint("account_a", "account_b"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_a: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    account_b: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    status: Mapped[str] = mapped_column(String(24))  # connected | pending_parent | blocked
    blocked_by: Mapped[str | None] = mapped_column(String(ACCOUNT_ID), nullable=True)
    approvals_needed: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AssuranceResult(Base):
    __tablename__ = "accounts_assurance_results"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    method: Mapped[str] = mapped_column(String(40))
    confidence: Mapped[str] = mapped_column(String(16))
    age_low: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age_high: Mapped[int | None] = mapped_column(Integer, nullable=True)
    estimated_age: Mapped[float | None] = mapped_column(nullable=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    provider: Mapped[str] = mapped_column(String(64))
    provider_reference: Mapped[str | None] = mapped_column(String(128), nullable=True)
    purpose: Mapped[str | None] = mapped_column(String(40), nullable=True)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ReassuranceTask(Base):
    __tablename__ = "accounts_reassurance_tasks"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | resolved
    reason: Mapped[str] = mapped_column(Text)
    stated_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    resolution: Mapped[str | None] = mapped_column(Text, nullable=True)


class JurisdictionPolicyRow(Base):
    __tablename__ = "accounts_jurisdiction_policies"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(160))


class ParentLink(Base):
    __tablename__ = "accounts_parent_links"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    parent_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    child_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    status: Mapped[str] = mapped_column(String(16))  # pending | active | revoked
    consent_method: Mapped[str] = mapped_column(String(40))
    consent_evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    third_party_disclosure: Mapped[bool] = mapped_column(Boolean, default=False)
    requested_by: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    consented_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(String(160), nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class ControlsRow(Base):
    __tablename__ = "accounts_controls"

    child_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), primary_key=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(160))


class ParentToken(Base):
    """Magic links (one use, minutes) and parent web sessions (hours); only hashes stored."""

    __tablename__ = "accounts_parent_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    parent_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # magic | session
    next_path: Mapped[str] = mapped_column(String(255), default="/parents/")
    csrf_token: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Notification(Base):
    """Messages for an account holder that the ESP shows in its app (e.g. supervision on)."""

    __tablename__ = "accounts_notifications"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ParentAlert(Base):
    __tablename__ = "accounts_parent_alerts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    parent_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    child_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(String(500))
    source: Mapped[str] = mapped_column(String(160))
    dedupe_key: Mapped[str | None] = mapped_column(String(160), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ActivityCounter(Base):
    """Daily counts per account and kind: what a summary needs, and nothing more."""

    __tablename__ = "accounts_activity_counters"

    account_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class ConsentRecord(Base):
    __tablename__ = "accounts_consents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    granted: Mapped[bool] = mapped_column(Boolean)
    method: Mapped[str | None] = mapped_column(String(40), nullable=True)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    given_by: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class TermsVersion(Base):
    __tablename__ = "accounts_terms_versions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    version: Mapped[str] = mapped_column(String(32), unique=True)
    material: Mapped[bool] = mapped_column(Boolean)
    summary: Mapped[str] = mapped_column(Text, default="")
    clauses: Mapped[list[Any]] = mapped_column(JSON)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    published_by: Mapped[str] = mapped_column(String(160))


class TermsAcceptance(Base):
    __tablename__ = "accounts_terms_acceptances"
    __table_args__ = (UniqueConstraint("account_id", "version"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    version: Mapped[str] = mapped_column(String(32))
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    channel: Mapped[str] = mapped_column(String(40), default="app")


class InterventionRecord(Base):
    __tablename__ = "accounts_interventions"
    __table_args__ = (Index("ix_accounts_interventions_situation_shown", "situation",
                            "shown_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    situation: Mapped[str] = mapped_column(String(40))
    jurisdiction: Mapped[str] = mapped_column(String(8))
    shown_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    response: Mapped[str | None] = mapped_column(String(40), nullable=True)


class DeletionRecord(Base):
    __tablename__ = "accounts_deletions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    status: Mapped[str] = mapped_column(String(16))  # completed | held
    report: Mapped[dict[str, Any]] = mapped_column(JSON)
    requested_by: Mapped[str] = mapped_column(String(160))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class PurchaseRequest(Base):
    """A supervised child's payment waiting for (or given) a parent's approval."""

    __tablename__ = "accounts_purchase_requests"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    child_id: Mapped[str] = mapped_column(String(ACCOUNT_ID), index=True)
    payee_id: Mapped[str] = mapped_column(String(ACCOUNT_ID))
    status: Mapped[str] = mapped_column(String(16), default="pending")  # approved | declined
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(160), nullable=True)
