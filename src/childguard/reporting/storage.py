"""Tables of the reporting context: reports, evidence, holds, law-enforcement requests,
and the pinned NCMEC XSD.

Evidence rows are never deleted (an ORM guard refuses it); destruction wipes the ciphertext
and records the law-enforcement request that asked for it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, Mapper, ORMExecuteState, Session, mapped_column

from childguard.platform.db import Base, UTCDateTime, new_id, utcnow


class ReportRecord(Base):
    """One report of one case to one destination (the CyberTipline by default)."""

    __tablename__ = "reporting_reports"
    __table_args__ = (UniqueConstraint("case_id", "destination"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(String(128), index=True)
    destination: Mapped[str] = mapped_column(String(32), default="ncmec")
    account_id: Mapped[str | None] = mapped_column(String(255), nullable=True, index=True)
    # draft -> queued -> filing -> filed (NCMEC confirmed /finish) | failed (terminal error)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    incident_type: Mapped[str] = mapped_column(String(128))
    report_xml: Mapped[str] = mapped_column(Text)
    files: Mapped[list[Any]] = mapped_column(JSON, default=list)
    actionability: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    score: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    ncmec_report_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    progress: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    receipt_xml: Mapped[str | None] = mapped_column(Text, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    queued_by: Mapped[str | None] = mapped_column(String(160), nullable=True)
    filed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    detected_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class EvidenceItem(Base):
    """An encrypted piece of preserved evidence (file, XML sent, receipt, context)."""

    __tablename__ = "reporting_evidence"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    report_id: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("reporting_reports.id"), nullable=True, index=True)
    case_id: Mapped[str] = mapped_column(String(128), index=True)
    account_id: Mapped[str | None] = mapped_column(String(255), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(32))  # file|report_xml|file_details|receipt|context
    name: Mapped[str] = mapped_column(String(255), default="")
    content_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(64))
    nonce: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    ciphertext: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    retain_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    destroyed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    destroyed_by: Mapped[str | None] = mapped_column(String(160), nullable=True)
    destruction_request_id: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Hold(Base):
    """A preservation hold: while active, the account's data must not be deleted."""

    __tablename__ = "reporting_holds"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str | None] = mapped_column(String(255), nullable=True, index=True)
    case_id: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    report_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    legal_request_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reason: Mapped[str] = mapped_column(String(255))
    created_by: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    until: Mapped[datetime] = mapped_column(UTCDateTime())
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    released_by: Mapped[str | None] = mapped_column(String(160), nullable=True)


class LegalRequest(Base):
    """A law-enforcement request: preservation letter, subpoena, order, warrant..."""

    __tablename__ = "reporting_legal_requests"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    type: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(255))
    reference: Mapped[str | None] = mapped_column(String(128), nullable=True)
    officer: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    account_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    case_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    preserve_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    productions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class XsdPin(Base):
    """Each distinct XSD fetched from NCMEC's ``GET /xsd``; the newest is the pin."""

    __tablename__ = "reporting_xsd_pins"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    sha256: Mapped[str] = mapped_column(String(64))
    source_url: Mapped[str] = mapped_column(String(2083))
    content: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class EvidenceDeletionRefused(Exception):
    pass


@event.listens_for(EvidenceItem, "before_delete")
def _never_delete_evidence(_mapper: Mapper[Any], _conn: Any, target: EvidenceItem) -> None:
    # Evidence is exempt from every deletion path; destruction is a recorded act that
    # wipes the ciphertext (see evidence.destroy), never a row delete.
    raise EvidenceDeletionRefused(f"evidence {target.id} is preserved and cannot be deleted")


@event.listens_for(Session, "do_orm_execute")
def _never_bulk_delete_evidence(state: ORMExecuteState) -> None:
    # Covers ``session.execute(delete(EvidenceItem)...)``, which skips mapper events.
    if state.is_delete and state.bind_mapper is not None \
            and state.bind_mapper.class_ is EvidenceItem:
        raise EvidenceDeletionRefused("preserved evidence cannot be deleted")
