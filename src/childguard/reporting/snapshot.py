"""What the reporting context needs to know about a decided case: a plain snapshot.

The moderation context owns cases, decisions, events and reveals. When a reviewer decides
that a case must be reported, moderation builds a :class:`CaseSnapshot` from its own
tables and hands it to :func:`childguard.reporting.services.create_draft`. Reporting never
reads moderation's tables; everything the report builder uses is in here, so the snapshot
is also the record of *what the service knew* when it reported (it is stored, encrypted,
in the evidence vault as "reasonably accessible context").

How to fill it (moderation's adapter):

* ``CaseSnapshot.case_id`` is moderation's case id; one case is filed at most once.
* ``incident_type_hint`` is one of :class:`IncidentKind` (``"csam"``, ``"enticement"``,
  ``"trafficking"``, ``"sextortion"``, ``"obscene_to_child"``, ``"misleading"``...);
  text-only cases (enticement, sextortion, trafficking) need no files.
* ``decision`` is what the reviewer decided (``DecisionInfo``): ``decided_by``
  (a reviewer label, never shown outside the service), ``decided_at`` (aware datetime),
  plus optional ``escalate_reason`` (only when a child is at imminent risk) and
  annotations (``sextortion``, ``csam_solicitation``, ``minor_to_minor``...).
* ``reported`` is the suspect account (``AccountInfo``): ``esp_id`` (stable internal id,
  the key for legal process), screen/display names, ``profile_url``, ``emails`` and
  ``phones`` with ``verified`` + ``verified_at``, ``ip_events`` (each ``IpEvent``: ip,
  port, ``event`` = registration/login/upload/purchase/other, ``at``, ``possible_proxy``),
  ``devices``, ``location`` (``LocationInfo``), ``disabled`` (``DisabledInfo``, with
  whether and when the user was notified), optional ``age`` and its ``age_source``.
* ``victims`` and ``recipients`` are ``AccountInfo`` too, with ``age`` and ``age_source``
  (``"age_assurance"``, ``"self_declared"``, ``"conversation"``, ``"reviewer_estimate"``).
* ``messages`` is the complete conversation for chat cases (``MessageInfo``: at, sender
  esp id, text, attachment file keys); ``conversation_id``/``chat_client`` name it.
* ``files`` are the reported media (``FileInfo``): ``key`` (moderation's id), ``content``
  bytes **or** ``storage_ref`` (resolved through
  :func:`childguard.reporting.services.register_content_resolver`; prefer a resolver
  taking ``(session, storage_ref)`` so it reads in the caller's transaction), or neither
  when the service kept only hashes (the file is then described in the report's notes and
  the actionability check names it as not uploaded), ``hashes``
  (``{"MD5": ..., "SHA1": ..., "SHA256": ..., "PDQ": ...}`` of the *original* bytes; the
  cryptographic ones are computed from the bytes when missing), ``upload`` (the
  ``IpEvent`` of the upload), ``viewed_by`` + ``viewed_at`` (set only when a reviewer
  revealed the file: this decides ``fileViewedByEsp``), ``exif_viewed``, ``public``,
  ``bank_classification`` (A1/A2/B1/B2; sent only when the service declared the hash-
  sharing MOU), ``annotations`` (``generative_ai``, ``viral``, ``potential_meme``...),
  ``relevance`` (``"reported"`` or ``"supplemental"``).
* ``viral_bundle`` marks a batch of viral/meme duplicates (``batchedReport``).
* ``prior_report_ids`` are earlier CyberTipline report ids for the same user.

All datetimes must be timezone-aware. The snapshot is plain data: no I/O, no ORM objects.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class IncidentKind(StrEnum):
    CSAM = "csam"
    ENTICEMENT = "enticement"
    SEXTORTION = "sextortion"
    TRAFFICKING = "trafficking"
    SEX_TOURISM = "sex_tourism"
    MOLESTATION = "molestation"
    OBSCENE_TO_CHILD = "obscene_to_child"
    MISLEADING_DOMAIN = "misleading_domain"
    MISLEADING = "misleading"


class IpEventKind(StrEnum):
    REGISTRATION = "registration"
    LOGIN = "login"
    UPLOAD = "upload"
    PURCHASE = "purchase"
    OTHER = "other"


@dataclass(kw_only=True)
class IpEvent:
    ip: str
    event: IpEventKind | str = IpEventKind.OTHER
    at: datetime | None = None
    port: int | None = None
    possible_proxy: bool | None = None


@dataclass(kw_only=True)
class ContactInfo:
    value: str
    verified: bool | None = None
    verified_at: datetime | None = None
    kind: str | None = None  # email: Home/Work/Business/Recovery; phone: Mobile/Home/...


@dataclass(kw_only=True)
class DeviceInfo:
    id_type: str  # IMEI, IDFA, advertising id, browser fingerprint...
    id_value: str
    event: IpEventKind | str | None = None
    at: datetime | None = None


@dataclass(kw_only=True)
class LocationInfo:
    city: str | None = None
    region: str | None = None
    country_code: str | None = None
    verified: bool | None = None
    at: datetime | None = None


@dataclass(kw_only=True)
class DisabledInfo:
    permanently: bool
    disabled_at: datetime | None = None
    user_notified: bool = False
    user_notified_at: datetime | None = None
    reenabled_at: datetime | None = None


@dataclass(kw_only=True)
class AccountInfo:
    esp_id: str
    screen_name: str | None = None
    display_names: list[str] = field(default_factory=list)
    profile_url: str | None = None
    profile_bio: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    emails: list[ContactInfo] = field(default_factory=list)
    phones: list[ContactInfo] = field(default_factory=list)
    all_emails_included: bool = False
    ip_events: list[IpEvent] = field(default_factory=list)
    devices: list[DeviceInfo] = field(default_factory=list)
    location: LocationInfo | None = None
    disabled: DisabledInfo | None = None
    age: int | None = None
    age_source: str | None = None
    date_of_birth: date | None = None
    age_sources_disagree: bool = False
    compromised: bool | None = None
    school_name: str | None = None
    service: str | None = None  # which of the ESP's products


@dataclass(kw_only=True)
class MessageInfo:
    at: datetime
    sender_esp_id: str
    text: str
    attachment_keys: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class FileInfo:
    key: str
    file_name: str | None = None
    original_file_name: str | None = None
    content: bytes | None = None
    storage_ref: str | None = None
    content_type: str | None = None
    hashes: dict[str, str] = field(default_factory=dict)
    uploaded_at: datetime | None = None
    upload: IpEvent | None = None
    upload_device: DeviceInfo | None = None
    location_url: str | None = None
    viewed_by: str | None = None
    viewed_at: datetime | None = None
    exif_viewed: bool = False
    exif: dict[str, str] = field(default_factory=dict)
    public: bool | None = None
    bank_classification: str | None = None
    annotations: list[str] = field(default_factory=list)
    relevance: str = "reported"
    note: str | None = None


@dataclass(kw_only=True)
class DecisionInfo:
    decision: str  # e.g. "report", "remove_and_report"
    decided_by: str
    decided_at: datetime
    escalate_reason: str | None = None
    annotations: list[str] = field(default_factory=list)
    notes: str | None = None
    source: str = "voluntary"  # voluntary | user_notice | trusted_flagger | authority
    automated_detection: bool = False
    automated_decision: str = "not_automated"  # fully | partially | not_automated


@dataclass(kw_only=True)
class LawEnforcementInfo:
    agency: str
    case_number: str | None = None
    reported_to_le: bool | None = None
    served_domestic: bool | None = None


@dataclass(kw_only=True)
class CaseSnapshot:
    case_id: str
    incident_type_hint: IncidentKind | str
    decision: DecisionInfo
    reported: AccountInfo | None = None
    victims: list[AccountInfo] = field(default_factory=list)
    recipients: list[AccountInfo] = field(default_factory=list)
    messages: list[MessageInfo] = field(default_factory=list)
    conversation_id: str | None = None
    chat_client: str | None = None
    content_urls: list[str] = field(default_factory=list)
    files: list[FileInfo] = field(default_factory=list)
    incident_at: datetime | None = None
    incident_at_meaning: str | None = None  # "upload", "message sent", "detection"...
    detected_at: datetime | None = None
    viral_bundle: bool = False
    prior_report_ids: list[int] = field(default_factory=list)
    law_enforcement: LawEnforcementInfo | None = None
    additional_info: str | None = None

    def to_dict(self, *, with_content: bool = False) -> dict[str, Any]:
        """JSON-ready form (datetimes as ISO strings); file bytes left out by default."""
        data = asdict(self)
        if not with_content:
            for f in data["files"]:
                f["content"] = None
        return _jsonable(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaseSnapshot:
        def dt(v: Any) -> datetime | None:
            return datetime.fromisoformat(v) if isinstance(v, str) else v

        def ip(d: dict[str, Any] | None) -> IpEvent | None:
            return None if d is None else IpEvent(**{**d, "at": dt(d.get("at"))})

        def dev(d: dict[str, Any] | None) -> DeviceInfo | None:
            return None if d is None else DeviceInfo(**{**d, "at": dt(d.get("at"))})

        def contact(d: dict[str, Any]) -> ContactInfo:
            return ContactInfo(**{**d, "verified_at": dt(d.get("verified_at"))})

        def account(d: dict[str, Any] | None) -> AccountInfo | None:
            if d is None:
                return None
            loc = d.get("location")
            dis = d.get("disabled")
            dob = d.get("date_of_birth")
            return AccountInfo(**{
                **d,
                "emails": [contact(e) for e in d.get("emails", [])],
                "phones": [contact(p) for p in d.get("phones", [])],
                "ip_events": [ip(e) for e in d.get("ip_events", [])],
                "devices": [dev(x) for x in d.get("devices", [])],
                "location": None if loc is None else LocationInfo(**{**loc,
                                                                     "at": dt(loc.get("at"))}),
                "disabled": None if dis is None else DisabledInfo(**{
                    **dis, "disabled_at": dt(dis.get("disabled_at")),
                    "user_notified_at": dt(dis.get("user_notified_at")),
                    "reenabled_at": dt(dis.get("reenabled_at"))}),
                "date_of_birth": date.fromisoformat(dob) if isinstance(dob, str) else dob,
            })

        files = []
        for f in data.get("files", []):
            content = f.get("content")
            files.append(FileInfo(**{
                **f, "content": bytes.fromhex(content) if isinstance(content, str) else content,
                "uploaded_at": dt(f.get("uploaded_at")), "viewed_at": dt(f.get("viewed_at")),
                "upload": ip(f.get("upload")), "upload_device": dev(f.get("upload_device"))}))
        d = data["decision"]
        le = data.get("law_enforcement")
        return cls(**{
            **data,
            "decision": DecisionInfo(**{**d, "decided_at": dt(d["decided_at"])}),
            "reported": account(data.get("reported")),
            "victims": [account(v) for v in data.get("victims", [])],
            "recipients": [account(r) for r in data.get("recipients", [])],
            "messages": [MessageInfo(**{**m, "at": dt(m["at"])})
                         for m in data.get("messages", [])],
            "files": files,
            "incident_at": dt(data.get("incident_at")),
            "detected_at": dt(data.get("detected_at")),
            "law_enforcement": None if le is None else LawEnforcementInfo(**le),
        })


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, StrEnum):
        return str(value)
    return value
