"""Media tables: hash banks, their entries, and the change sequence matchers follow.

Every write that the matchers must see takes the next value of ``media_sequence`` and stamps
it on the rows it touches. The sequence row is locked by the increment until commit, so
writers commit in sequence order and a matcher that has applied everything up to ``n`` only
ever needs ``change_seq > n`` (no gaps, no full reloads).
"""

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
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from childguard.platform.db import Base, new_id, utcnow

BigId = BigInteger().with_variant(Integer(), "sqlite")


class MediaBank(Base):
    __tablename__ = "media_banks"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(32), default="own")
    source_detail: Mapped[str] = mapped_column(String(255), default="")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Share of content the bank is matched against (ramping a new list up; HMA's
    #: ``enabled_ratio``). Decided per hash value, so the same content always gets the
    #: same answer.
    match_ratio: Mapped[float] = mapped_column(Float, default=1.0, server_default="1")
    thresholds: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    change_seq: Mapped[int] = mapped_column(BigId, default=0, index=True)


class MediaEntry(Base):
    __tablename__ = "media_entries"
    __table_args__ = (
        UniqueConstraint("bank_id", "signal_type", "value_key"),
        Index("ix_media_entries_lookup", "signal_type", "value_key"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    bank_id: Mapped[str] = mapped_column(ForeignKey("media_banks.id"), index=True)
    signal_type: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)
    #: ``value`` itself when short (every hash but vPDQ), else its SHA-256: dedupe key.
    value_key: Mapped[str] = mapped_column(String(64))
    classification: Mapped[str | None] = mapped_column(String(8), default=None)
    source_id: Mapped[str | None] = mapped_column(String(255), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    added_by: Mapped[str] = mapped_column(String(160), default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    change_seq: Mapped[int] = mapped_column(BigId, default=0, index=True)


class MediaSequence(Base):
    __tablename__ = "media_sequence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigId, default=0)


class MediaImportJob(Base):
    """Progress of a streaming import, so an interrupted one resumes where it stopped."""

    __tablename__ = "media_imports"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    bank_id: Mapped[str] = mapped_column(ForeignKey("media_banks.id"), index=True)
    source_name: Mapped[str] = mapped_column(String(500))
    source_digest: Mapped[str] = mapped_column(String(64), index=True)
    format: Mapped[str] = mapped_column(String(32))
    records_done: Mapped[int] = mapped_column(BigId, default=0)
    added: Mapped[int] = mapped_column(BigId, default=0)
    duplicates: Mapped[int] = mapped_column(BigId, default=0)
    rejected: Mapped[int] = mapped_column(BigId, default=0)
    finished: Mapped[bool] = mapped_column(Boolean, default=False)
    started_by: Mapped[str] = mapped_column(String(160), default="")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
