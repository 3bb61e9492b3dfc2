"""Tables owned by exchange: collaborations and their checkpoints, what each fetch brought in,
imported signals under review, feedback sent, signals shared out, and the payment ledger the
financial measures score against."""

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

from childguard.platform.db import Base, UTCDateTime, new_id, utcnow

_BIGINT = BigInteger().with_variant(Integer, "sqlite")


class Collab(Base):
    """One configured exchange: which API, where, its settings and its fetch checkpoint."""

    __tablename__ = "exchange_collabs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # Opaque to everyone but the exchange class; only ever advanced after a whole window.
    checkpoint: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    fetched_records: Mapped[int] = mapped_column(_BIGINT, default=0)
    last_fetch_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    dispute_note: Mapped[str] = mapped_column(Text, default="")
    # One fetch at a time per collaboration: a worker holds this lease while it fetches.
    fetch_owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    fetch_lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_by: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Item(Base):
    """One fingerprint an exchange gave us, keyed by the source's record id. The unique key is
    what makes a re-fetched page (after a crash, or a page seen twice) a no-op."""

    __tablename__ = "exchange_items"
    __table_args__ = (
        UniqueConstraint("collab_id", "record_key", "signal_type", "value_key"),
        Index("ix_exchange_items_record", "collab_id", "record_key"),
    )

    id: Mapped[int] = mapped_column(_BIGINT, primary_key=True, autoincrement=True)
    collab_id: Mapped[str] = mapped_column(ForeignKey("exchange_collabs.id"))
    record_key: Mapped[str] = mapped_column(String(255))
    signal_type: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)
    value_key: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(16))  # bank | signal
    classification: Mapped[str | None] = mapped_column(String(8), nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    source_time: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SharedSignal(Base):
    """A non-media signal another member shared (email, username, URL, keyword, ...).

    It is a lead, never a verdict: it waits for a reviewer (``pending``), and only a
    ``confirmed`` or ``pending`` signal feeds rules; ``rejected`` and ``disputed`` do not."""

    __tablename__ = "exchange_signals"
    __table_args__ = (UniqueConstraint("collab_id", "signal_type", "value_key"),
                      Index("ix_exchange_signals_lookup", "signal_type", "value_key"))

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    collab_id: Mapped[str] = mapped_column(ForeignKey("exchange_collabs.id"))
    record_key: Mapped[str] = mapped_column(String(255))
    signal_type: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)
    value_key: Mapped[str] = mapped_column(String(64))
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="pending")
    reviewed_by: Mapped[str | None] = mapped_column(String(160), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Feedback(Base):
    """An opinion we send back to a source (seen / true positive / false positive)."""

    __tablename__ = "exchange_feedback"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    collab_id: Mapped[str] = mapped_column(ForeignKey("exchange_collabs.id"), index=True)
    record_key: Mapped[str] = mapped_column(String(255))
    signal_type: Mapped[str] = mapped_column(String(32))
    opinion: Mapped[str] = mapped_column(String(16))  # affirmative | negative
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="queued")  # queued | sent | failed
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    actor: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Share(Base):
    """Signals we decided to share: proposed, approved by a second person, then exported as
    one STIX 2.1 bundle to one recipient. The row is the record of what went to whom."""

    __tablename__ = "exchange_shares"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    recipient: Mapped[str] = mapped_column(String(160))
    purpose: Mapped[str] = mapped_column(Text, default="")
    signals: Mapped[list[Any]] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(16), default="proposed")
    proposed_by: Mapped[str] = mapped_column(String(160))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(160), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    bundle_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    bundle: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    exported_count: Mapped[int] = mapped_column(Integer, default=0)


class PayContact(Base):
    """What the financial measures know about a pair of accounts that talked: when they
    first did, and when a threat or a payment demand was last seen between them."""

    __tablename__ = "exchange_pay_contacts"

    pair_key: Mapped[str] = mapped_column(String(260), primary_key=True)
    first_contact_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_threat_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_demand_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    threat_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    instruments: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Payment(Base):
    """A payment as scored, kept to see patterns across payments (fan-in, fan-out)."""

    __tablename__ = "exchange_payments"
    __table_args__ = (Index("ix_exchange_payments_payee", "payee", "at"),
                      Index("ix_exchange_payments_payer", "payer", "at"))

    payment_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(128))
    payer: Mapped[str] = mapped_column(String(128))
    payee: Mapped[str] = mapped_column(String(128))
    amount: Mapped[float] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    payer_minor: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    payee_minor: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    instrument: Mapped[str] = mapped_column(String(16), default="p2p")
    red_flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    score: Mapped[float] = mapped_column(Float, default=0.0)
