"""Tables of the insight context, and of moderation's user-report intake.

The user-report tables (``moderation_user_reports``, ``moderation_reporters``) belong to
moderation's intake (:mod:`childguard.moderation.user_reports`) but are declared and migrated
here, in the insight branch, so that two engineers never edit one migration file. Only the
intake module writes them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from childguard.platform.db import Base, UTCDateTime, new_id, utcnow

# ----------------------------------------------------------------- user reports (moderation)


class UserReport(Base):
    """One notice from a user (DSA Art. 16): what they reported, why, and where it went."""

    __tablename__ = "moderation_user_reports"
    __table_args__ = (Index("ix_moderation_user_reports_item", "item_key", "received_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    # What the reporter is given: short, unguessable, easy to read aloud.
    reference: Mapped[str] = mapped_column(String(24), unique=True)
    source: Mapped[str] = mapped_column(String(16))  # in_app | public
    category: Mapped[str] = mapped_column(String(40), index=True)
    reported_account_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    content_ref: Mapped[str | None] = mapped_column(String(160), nullable=True)
    reported_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    # The reported thing, normalised; reports with the same key merge into one case.
    item_key: Mapped[str] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[list[Any]] = mapped_column(JSON, default=list)
    hashes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reporter_key: Mapped[str] = mapped_column(String(200), index=True)
    trusted_flagger: Mapped[bool] = mapped_column(Boolean, default=False)
    immediate_danger: Mapped[bool] = mapped_column(Boolean, default=False,
                                                   server_default=false())
    language: Mapped[str] = mapped_column(String(8), default="en")
    case_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    duplicate_of: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="received")
    outcome: Mapped[str | None] = mapped_column(String(32), nullable=True)
    outcome_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    outcome_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    submitted_by: Mapped[str] = mapped_column(String(160), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class Reporter(Base):
    """What the service knows of a reporter: trusted flagger status, and throttling."""

    __tablename__ = "moderation_reporters"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    trusted_flagger: Mapped[bool] = mapped_column(Boolean, default=False)
    trusted_name: Mapped[str] = mapped_column(String(200), default="")
    reports: Mapped[int] = mapped_column(Integer, default=0)
    unfounded: Mapped[int] = mapped_column(Integer, default=0)
    warned_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    throttled_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    throttle_reason: Mapped[str] = mapped_column(String(500), default="")
    history: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


# ----------------------------------------------------------------- insight


class RateBucket(Base):
    """Fixed-window counters for the public pages (shared by every API process)."""

    __tablename__ = "insight_rate_buckets"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class TrainingModule(Base):
    __tablename__ = "insight_training_modules"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    # Roles that must hold a current completion before they may review.
    required_for: Mapped[list[Any]] = mapped_column(JSON, default=list)
    valid_days: Mapped[int] = mapped_column(Integer, default=365)
    check_question: Mapped[str] = mapped_column(String(500), default="")
    check_answer: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class TrainingCompletion(Base):
    __tablename__ = "insight_training_completions"
    __table_args__ = (UniqueConstraint("user_id", "module_id", "module_version"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(String(32), index=True)
    username: Mapped[str] = mapped_column(String(64))
    module_id: Mapped[str] = mapped_column(String(64))
    module_version: Mapped[int] = mapped_column(Integer)
    completed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(160), default="")


class RiskAssessment(Base):
    __tablename__ = "insight_risk_assessments"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    owner: Mapped[str] = mapped_column(String(160))
    accountable_person: Mapped[str] = mapped_column(String(160), default="")
    approver: Mapped[str] = mapped_column(String(160), default="")
    conducted_on: Mapped[date] = mapped_column(Date)
    next_review_due: Mapped[date] = mapped_column(Date, index=True)
    trigger: Mapped[str] = mapped_column(String(40), default="annual")
    user_base: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    risks: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | approved
    reminded_for: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Reminder(Base):
    """A reminder shown to managers in the console (a risk assessment's review is due)."""

    __tablename__ = "insight_reminders"
    __table_args__ = (UniqueConstraint("subject_type", "subject_id", "due_on"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(64))
    due_on: Mapped[date] = mapped_column(Date)
    message: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
