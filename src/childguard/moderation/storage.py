"""Tables owned by moderation: events, accounts as seen, rules, actions, cases, review."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from childguard.platform.db import Base, UTCDateTime, new_id, utcnow

_BIGINT = BigInteger().with_variant(Integer, "sqlite")


class EventRow(Base):
    """One event as received, with the signals and the outcome it got (kept for reports)."""

    __tablename__ = "moderation_events"
    __table_args__ = (
        Index("ix_moderation_events_account_time", "account_id", "occurred_at"),
        Index("ix_moderation_events_received", "received_at"),
        Index("ix_moderation_events_conversation", "conversation_id", "occurred_at"),
    )

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    account_id: Mapped[str] = mapped_column(String(128))
    ip: Mapped[str] = mapped_column(String(64))
    port: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The sender's own offset ("+02:00"): reports cite local time as the ESP recorded it.
    utc_offset: Mapped[str] = mapped_column(String(8), default="+00:00")
    device_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    content_ref: Mapped[str | None] = mapped_column(String(160), nullable=True)
    #: A message's conversation (also in ``data``), indexed: the case page reads a whole
    #: conversation, both sides, without scanning every message event.
    conversation_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    signals: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    signal_details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    verdict: Mapped[str] = mapped_column(String(16), default="allow")
    matched_rules: Mapped[list[Any]] = mapped_column(JSON, default=list)
    rule_version: Mapped[int] = mapped_column(Integer, default=0)
    case_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    submitted_by: Mapped[str] = mapped_column(String(160), default="")


class MediaBlob(Base):
    """An uploaded file kept for review, encrypted at rest (AES-GCM)."""

    __tablename__ = "moderation_media"

    content_ref: Mapped[str] = mapped_column(String(160), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(128))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    #: The key that sealed it (``platform.keys``); NULL on blobs stored before key ids were
    #: recorded, which open with the current key or a previous one.
    key_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    content_type: Mapped[str | None] = mapped_column(String(128), nullable=True)
    hashes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    size: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AccountFacts(Base):
    """What moderation has learned about an account from its events and decisions."""

    __tablename__ = "moderation_accounts"

    account_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    birth_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    verified_age_band: Mapped[str | None] = mapped_column(String(16), nullable=True)
    parent_account_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    restrictions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    violations: Mapped[int] = mapped_column(Integer, default=0)


class ContentState(Base):
    """Where a piece of content stands: published, held, blocked, removed or restored."""

    __tablename__ = "moderation_content"

    content_ref: Mapped[str] = mapped_column(String(160), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(128), index=True)
    event_id: Mapped[str] = mapped_column(String(128))
    state: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    history: Mapped[list[Any]] = mapped_column(JSON, default=list)


class RuleVersion(Base):
    __tablename__ = "moderation_rule_versions"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # draft | active | retired
    note: Mapped[str] = mapped_column(String(500), default="")
    created_by: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ActionRow(Base):
    """An action the service must carry out; ``seq`` is the polling cursor."""

    __tablename__ = "moderation_actions"

    seq: Mapped[int] = mapped_column(_BIGINT, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(32), unique=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(40))
    account_id: Mapped[str] = mapped_column(String(128), index=True)
    content_ref: Mapped[str | None] = mapped_column(String(160), nullable=True)
    event_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    case_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    source: Mapped[str] = mapped_column(String(16))  # automated | human
    rule_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    rule_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Case(Base):
    __tablename__ = "moderation_cases"
    __table_args__ = (Index("ix_moderation_cases_queue", "state", "priority", "opened_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(String(128), index=True)
    # Equal to account_id while the case is open, NULL once closed: at most one open case
    # per account, enforced by the database even under concurrent ingestion.
    open_key: Mapped[str | None] = mapped_column(String(128), unique=True, nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="open")
    priority: Mapped[int] = mapped_column(Integer)
    priority_reason: Mapped[str] = mapped_column(String(64))
    classification: Mapped[str | None] = mapped_column(String(8), nullable=True)
    imminent: Mapped[bool] = mapped_column(Boolean, default=False)
    queue: Mapped[str] = mapped_column(String(64), default="default")
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sla_due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    first_event_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    assigned_to: Mapped[str | None] = mapped_column(String(32), nullable=True)
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    event_count: Mapped[int] = mapped_column(Integer, default=0)


class Reveal(Base):
    """A reviewer unblurred one item: who, when, why. ``fileViewedByEsp`` comes from here."""

    __tablename__ = "moderation_reveals"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("moderation_cases.id"), index=True)
    content_ref: Mapped[str] = mapped_column(String(160), index=True)
    user_id: Mapped[str] = mapped_column(String(32), index=True)
    username: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(500))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Decision(Base):
    __tablename__ = "moderation_decisions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("moderation_cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # review | appeal
    outcome: Mapped[str] = mapped_column(String(32))
    clause: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    report_to_ncmec: Mapped[bool] = mapped_column(Boolean, default=False)
    report_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reviewer_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reviewer: Mapped[str] = mapped_column(String(160))
    automated: Mapped[bool] = mapped_column(Boolean, default=False)
    content_refs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Statement(Base):
    """A statement of reasons sent to the affected user (what, why, rule, who, appeal)."""

    __tablename__ = "moderation_statements"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(String(128), index=True)
    case_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    decision_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    action_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    body: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    appealable_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Appeal(Base):
    __tablename__ = "moderation_appeals"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    statement_id: Mapped[str] = mapped_column(ForeignKey("moderation_statements.id"),
                                              unique=True)
    case_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    account_id: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | upheld | reversed
    excluded_reviewer_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(160), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class WebhookEndpoint(Base):
    __tablename__ = "moderation_webhooks"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    url: Mapped[str] = mapped_column(String(2000))
    #: The signing secret, sealed with the evidence key and bound to the endpoint id:
    #: ``sealed:v2:<key id>:`` + base64 of nonce and AES-GCM ciphertext (``sealed:v1:``,
    #: without the key id, before key ids were recorded); see ``moderation.actions``.
    secret: Mapped[str] = mapped_column(String(512))
    kinds: Mapped[list[Any]] = mapped_column(JSON, default=list)  # empty: every kind
    backoff_seconds: Mapped[float] = mapped_column(Float, default=5.0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=25)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class WebhookDelivery(Base):
    __tablename__ = "moderation_webhook_deliveries"
    __table_args__ = (Index("ix_moderation_webhook_deliveries_ep_action", "endpoint_id",
                            "action_seq", unique=True),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    endpoint_id: Mapped[str] = mapped_column(ForeignKey("moderation_webhooks.id"))
    action_seq: Mapped[int] = mapped_column(_BIGINT)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class WebhookAttempt(Base):
    """The delivery log: one row per HTTP attempt."""

    __tablename__ = "moderation_webhook_attempts"

    id: Mapped[int] = mapped_column(_BIGINT, primary_key=True, autoincrement=True)
    delivery_id: Mapped[str] = mapped_column(ForeignKey("moderation_webhook_deliveries.id"),
                                             index=True)
    attempt: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
