"""Platform events as the ESP sends them: typed, validated one by one.

Every event names its actor (account id), the network origin (IP and source port), the
time with its time zone and, where known, device identifiers. Those facts are what make a
CyberTipline report actionable months later, so they are required at the door rather than
hoped for afterwards.

Validation never raises for a batch: :func:`parse_event` returns either an event or the
list of reasons it was refused, so one bad event cannot sink the others.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    IPvAnyAddress,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

EVENT_TYPES = (
    "media.uploaded",
    "message.sent",
    "account.created",
    "account.updated",
    "account.login",
    "payment.sent",
    "report.filed",
)

Identifier = Annotated[str, Field(min_length=1, max_length=128)]
_HEX = re.compile(r"^[0-9a-fA-F]+$")
# Precomputed hashes an ESP may send instead of the file, and their hex lengths.
HASH_LENGTHS = {"pdq": 64, "md5": 32, "sha1": 40, "sha256": 64}
MAX_FILE_BYTES = 20 * 1024 * 1024


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class MediaUploadedData(_Strict):
    media_id: Identifier
    file_b64: str | None = Field(default=None, description="The file, base64-encoded")
    hashes: dict[str, str] = Field(default_factory=dict,
                                   description="Precomputed hashes: pdq, md5, sha1, sha256")
    content_type: str | None = Field(default=None, max_length=128)
    where: str = Field(default="post", max_length=128,
                       description="Where it was posted: post, profile_photo, message, ...")
    visibility: Literal["public", "private"] = "public"
    conversation_id: str | None = Field(default=None, max_length=128)

    @field_validator("hashes")
    @classmethod
    def _known_hashes(cls, value: dict[str, str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, digest in value.items():
            kind = name.lower()
            if kind not in HASH_LENGTHS:
                raise ValueError(f"unknown hash type {name!r}; known: "
                                 f"{', '.join(sorted(HASH_LENGTHS))}")
            digest = digest.strip().lower()
            if len(digest) != HASH_LENGTHS[kind] or not _HEX.match(digest):
                raise ValueError(f"{kind} must be {HASH_LENGTHS[kind]} hex characters")
            out[kind] = digest
        return out

    @field_validator("file_b64")
    @classmethod
    def _decodable(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if len(value) > MAX_FILE_BYTES * 4 // 3 + 4:
            raise ValueError(f"file is larger than {MAX_FILE_BYTES} bytes")
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("file_b64 is not valid base64")
        return value

    @model_validator(mode="after")
    def _file_or_hashes(self) -> MediaUploadedData:
        if self.file_b64 is None and not self.hashes:
            raise ValueError("media.uploaded needs the file (file_b64) or its hashes")
        return self

    def file_bytes(self) -> bytes | None:
        return base64.b64decode(self.file_b64) if self.file_b64 is not None else None


class MessageSentData(_Strict):
    conversation_id: Identifier
    message_id: Identifier
    recipient_ids: list[Identifier] = Field(min_length=1, max_length=1000)
    text: str = Field(default="", max_length=20_000)
    attachments: list[Identifier] = Field(default_factory=list, max_length=100)


class AccountData(_Strict):
    birth_date: date | None = Field(default=None, description="Self-declared birth date")
    verified: dict[str, str | bool | int] = Field(
        default_factory=dict, description="Verified attributes, e.g. age_band, email")
    parent_account_id: str | None = Field(default=None, max_length=128)
    display_name: str | None = Field(default=None, max_length=256)


class LoginData(_Strict):
    success: bool = True
    method: str = Field(default="password", max_length=64)


class PaymentData(_Strict):
    payment_id: Identifier
    recipient_account_id: Identifier
    amount: Decimal = Field(gt=0, max_digits=18, decimal_places=4)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    memo: str = Field(default="", max_length=2000)


class ReportData(_Strict):
    report_id: Identifier
    reported_account_id: Identifier
    content_id: str | None = Field(default=None, max_length=128)
    category: str = Field(max_length=64)
    text: str = Field(default="", max_length=10_000)


class _EventBase(_Strict):
    id: Identifier = Field(description="The ESP's id for this event; resending it is a no-op")
    account_id: Identifier = Field(description="The acting account")
    ip: IPvAnyAddress
    port: int = Field(ge=0, le=65535, description="Source port (needed behind carrier NAT)")
    occurred_at: AwareDatetime = Field(description="When it happened, with its time zone")
    device_ids: list[Annotated[str, Field(min_length=1, max_length=256)]] = Field(
        default_factory=list, max_length=20)


class MediaUploaded(_EventBase):
    type: Literal["media.uploaded"]
    data: MediaUploadedData


class MessageSent(_EventBase):
    type: Literal["message.sent"]
    data: MessageSentData


class AccountCreated(_EventBase):
    type: Literal["account.created"]
    data: AccountData = Field(default_factory=AccountData)


class AccountUpdated(_EventBase):
    type: Literal["account.updated"]
    data: AccountData = Field(default_factory=AccountData)


class AccountLogin(_EventBase):
    type: Literal["account.login"]
    data: LoginData = Field(default_factory=LoginData)


class PaymentSent(_EventBase):
    type: Literal["payment.sent"]
    data: PaymentData


class ReportFiled(_EventBase):
    type: Literal["report.filed"]
    data: ReportData


Event = Annotated[
    MediaUploaded | MessageSent | AccountCreated | AccountUpdated | AccountLogin | PaymentSent
    | ReportFiled,
    Field(discriminator="type"),
]
_adapter: TypeAdapter[Event] = TypeAdapter(Event)


def _reason(err: Any) -> str:
    loc = ".".join(str(p) for p in err.get("loc", ()) if not str(p).startswith("function-"))
    # Pydantic puts the union tag in the location; drop it so paths read like the JSON.
    for tag in EVENT_TYPES:
        loc = loc.replace(f"{tag}.", "").replace(tag, "")
    msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{loc.strip('.')}: {msg}" if loc.strip(".") else msg


def parse_event(raw: Any) -> tuple[Event | None, list[str]]:
    """Validate one raw event: ``(event, [])`` or ``(None, reasons)``."""
    if not isinstance(raw, dict):
        return None, ["an event must be a JSON object"]
    kind = raw.get("type")
    if kind not in EVENT_TYPES:
        return None, [f"type: unknown event type {kind!r}; known: {', '.join(EVENT_TYPES)}"]
    try:
        return _adapter.validate_python(raw), []
    except ValidationError as exc:
        return None, [_reason(e) for e in exc.errors()]


def content_ref(event: Event) -> str | None:
    """The piece of content an event puts on the platform, if any (what a hold holds)."""
    if isinstance(event, MediaUploaded):
        return f"media:{event.data.media_id}"
    if isinstance(event, MessageSent):
        return f"message:{event.data.message_id}"
    return None


def subject_of(event: Event, signals: Mapping[str, Any] | None = None) -> str:
    """Whose case an event belongs to: the reported account for a user report, else the
    actor. Hook for exchange's payment measures: a payment whose ``payment.case_subject``
    signal is ``payee`` (a child paying an extorter) belongs on the payee's case."""
    if isinstance(event, ReportFiled):
        return event.data.reported_account_id
    if isinstance(event, PaymentSent) and signals and \
            signals.get("payment.case_subject") == "payee":
        return event.data.recipient_account_id
    return event.account_id


def stored_payload(event: Event) -> dict[str, Any]:
    """The event's data as kept: the file itself is stored apart (encrypted), not inline."""
    data = event.data.model_dump(mode="json")
    if isinstance(event, MediaUploaded):
        data.pop("file_b64", None)
        data["has_file"] = event.data.file_b64 is not None
    return data
