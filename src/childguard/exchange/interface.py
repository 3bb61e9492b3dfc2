"""The exchange interface: what every source of shared signals implements.

An exchange is a class registered with :func:`exchange`; adding an exchange means adding a
file with one class, nothing else changes (the same shape as python-threatexchange's
``SignalExchangeAPI``, written small):

* ``settings_model``: a pydantic model of the collaboration's settings (base URL, list,
  credentials...), checked when an operator configures it.
* ``fetch(checkpoint)``: yields :class:`FetchBatch` es, each a page of :class:`Record` s
  and, only where it is safe, the checkpoint to store once that page is applied. A source
  whose order is not trustworthy (NCMEC: entries are *not* in time order) yields
  ``checkpoint=None`` until a whole window is done, so a crash re-fetches the window rather
  than skipping entries; the store makes re-applied records no-ops.
* ``send_feedback(...)``: tells the source what we think of a record (seen, true or false
  positive); optional (``supports_feedback``).

Records name their fingerprints with childguard's signal-type names (``pdq``, ``md5``,
``video_md5``, ``email``, ``url``, ...). Media hashes go to banks; the others become shared
signals for review. The mapping from a source's own names is the exchange's job.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Literal

import httpx
from pydantic import BaseModel, ConfigDict

from childguard.platform.errors import InvalidInput

MEDIA_SIGNAL_TYPES = frozenset({"pdq", "md5", "sha1", "sha256", "video_md5", "video_sha256",
                                "vpdq", "photodna"})
"""Fingerprints that identify media and so belong in a hash bank."""

SHARED_SIGNAL_TYPES = frozenset({"email", "username", "url", "keyword", "domain", "phone",
                                 "crypto_wallet"})
"""Account and behaviour signals (Lantern's kinds): reviewed by a person before any use."""

Opinion = Literal["affirmative", "negative"]


@dataclass(frozen=True)
class Fingerprint:
    signal_type: str
    value: str


@dataclass(frozen=True)
class Record:
    """One entry at the source: its stable key, its fingerprints, or a tombstone."""

    key: str
    fingerprints: tuple[Fingerprint, ...] = ()
    classification: str | None = None
    deleted: bool = False
    at: datetime | None = None
    tags: tuple[str, ...] = ()
    description: str = ""


@dataclass
class FetchBatch:
    records: list[Record]
    checkpoint: dict[str, Any] | None = None
    """Store this once the batch is applied; None: not yet safe to move the checkpoint."""
    progress: dict[str, Any] = field(default_factory=dict)


class ExchangeSettings(BaseModel):
    """Settings every exchange accepts; subclasses add their own."""

    model_config = ConfigDict(extra="forbid")

    bank: str | None = None
    """Bank that receives media hashes; default ``exchange-<collab name>``."""


class Exchange(ABC):
    kind: ClassVar[str]
    description: ClassVar[str]
    settings_model: ClassVar[type[ExchangeSettings]] = ExchangeSettings
    supports_feedback: ClassVar[bool] = False
    bank_source: ClassVar[str] = "exchange"

    def __init__(self, settings: ExchangeSettings, *, http: httpx.Client | None = None):
        self.settings = settings
        self.http = http

    @abstractmethod
    def fetch(self, checkpoint: dict[str, Any]) -> Iterator[FetchBatch]:
        """Pages of records from ``checkpoint`` on, each with the checkpoint safe after it."""

    def send_feedback(self, record_key: str, signal_type: str, opinion: Opinion,
                      reasons: list[str]) -> None:
        raise InvalidInput(f"the {self.kind} exchange takes no feedback")

    def feedback_reasons(self, signal_type: str) -> list[dict[str, str]]:
        return []


EXCHANGES: dict[str, type[Exchange]] = {}


def exchange(cls: type[Exchange]) -> type[Exchange]:
    """Register an exchange class under its ``kind``."""
    if cls.kind in EXCHANGES and EXCHANGES[cls.kind] is not cls:
        raise RuntimeError(f"exchange kind {cls.kind!r} registered twice")
    EXCHANGES[cls.kind] = cls
    return cls


def load_exchanges() -> dict[str, type[Exchange]]:
    """The built-in exchanges register on import."""
    from childguard.exchange import files, ncmec, threatexchange  # noqa: F401

    return EXCHANGES


def get_exchange_class(kind: str) -> type[Exchange]:
    classes = load_exchanges()
    cls = classes.get(kind)
    if cls is None:
        raise InvalidInput(f"unknown exchange kind {kind!r}; known: {', '.join(sorted(classes))}")
    return cls


def value_key(value: str) -> str:
    return value if len(value) <= 64 else hashlib.sha256(value.encode()).hexdigest()


def normalise_signal(signal_type: str, value: str) -> str:
    """Comparable form: hex digests and account identifiers are case-insensitive."""
    value = value.strip()
    if signal_type in MEDIA_SIGNAL_TYPES - {"vpdq", "photodna"} or signal_type in (
            "email", "username", "domain"):
        return value.lower()
    if signal_type == "keyword":
        return " ".join(value.lower().split())
    return value
