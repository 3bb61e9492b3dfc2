"""Turn a :class:`CaseSnapshot` into a CyberTipline report and one fileDetails per file.

The builder fills every field the snapshot supports, because the fields are what make a
report actionable (see :mod:`childguard.reporting.actionability`). It is pure: the clock
and the reporter's configuration are arguments, nothing is read or written.

Truthfulness rules it enforces:

* ``fileViewedByEsp`` is true only when the snapshot records who revealed the file and
  when; a hash-only match is reported as *not viewed* (that decides whether investigators
  need a warrant to open it).
* ``incidentDateTime`` always carries a time zone and is never in the future (NCMEC
  rejects it); it is clamped to one second before "now".
* ``industryClassification`` is sent only when the service declared the hash-sharing MOU,
  and never on a supplemental file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from childguard.platform.config import Settings
from childguard.reporting import model as m
from childguard.reporting.snapshot import (
    AccountInfo,
    CaseSnapshot,
    ContactInfo,
    DeviceInfo,
    FileInfo,
    IncidentKind,
    IpEvent,
    LocationInfo,
)

INCIDENT_TYPES: dict[str, m.IncidentType] = {
    IncidentKind.CSAM: m.IncidentType.CHILD_PORNOGRAPHY,
    IncidentKind.ENTICEMENT: m.IncidentType.ONLINE_ENTICEMENT,
    IncidentKind.SEXTORTION: m.IncidentType.ONLINE_ENTICEMENT,
    IncidentKind.TRAFFICKING: m.IncidentType.CHILD_SEX_TRAFFICKING,
    IncidentKind.SEX_TOURISM: m.IncidentType.CHILD_SEX_TOURISM,
    IncidentKind.MOLESTATION: m.IncidentType.CHILD_SEXUAL_MOLESTATION,
    IncidentKind.OBSCENE_TO_CHILD: m.IncidentType.UNSOLICITED_OBSCENE_MATERIAL,
    IncidentKind.MISLEADING_DOMAIN: m.IncidentType.MISLEADING_DOMAIN_NAME,
    IncidentKind.MISLEADING: m.IncidentType.MISLEADING_WORDS_OR_IMAGES,
}

_EVENTS = {"registration": m.EventName.REGISTRATION, "login": m.EventName.LOGIN,
           "upload": m.EventName.UPLOAD, "purchase": m.EventName.PURCHASE,
           "other": m.EventName.OTHER}

_REPORT_FLAGS = {"sextortion": "sextortion", "csam_solicitation": "csam_solicitation",
                 "minor_to_minor": "minor_to_minor_interaction",
                 "minor_to_minor_interaction": "minor_to_minor_interaction", "spam": "spam",
                 "sadistic_online_exploitation": "sadistic_online_exploitation"}

_FILE_FLAGS = {f.name for f in m.FileAnnotations.__dataclass_fields__.values()}

_CRYPTO_HASHES = {"MD5": "md5", "SHA1": "sha1", "SHA256": "sha256"}


class BuildError(ValueError):
    """The snapshot cannot become a report (e.g. an unknown incident type)."""


@dataclass(frozen=True)
class ReporterConfig:
    """The ``reporter`` block and the service-wide choices, from settings."""

    platform: str
    first_name: str
    last_name: str
    email: str
    phone: str | None = None
    contact_24h_phone: str | None = None
    contact_email: str | None = None
    company_template: str = ""
    legal_url: str | None = None
    terms_of_service: str | None = None
    hash_sharing_mou: bool = False

    @classmethod
    def from_settings(cls, s: Settings) -> ReporterConfig:
        return cls(platform=s.report_platform_name, first_name=s.reporter_first_name,
                   last_name=s.reporter_last_name, email=s.reporter_email,
                   phone=s.reporter_phone, contact_24h_phone=s.contact_24h_phone,
                   contact_email=s.contact_email, company_template=s.company_template,
                   legal_url=s.legal_url, terms_of_service=s.terms_of_service_url,
                   hash_sharing_mou=s.ncmec_hash_sharing_mou)


@dataclass
class PlannedFile:
    """One file to upload, with its fileDetails (reportId/fileId filled in at filing)."""

    key: str
    details: m.FileDetails
    sha256: str | None
    size: int | None
    viewed_by: str | None
    viewed_at: datetime | None
    uploadable: bool = True  # False when the service kept only hashes, not the bytes


@dataclass
class BuiltReport:
    report: m.Report
    files: list[PlannedFile]
    clipped: list[str] = field(default_factory=list)
    has_conversation: bool = False


# ----------------------------------------------------------------- small converters


def _event(kind: object) -> m.EventName | None:
    if kind is None:
        return None
    return _EVENTS.get(str(kind).lower(), m.EventName.OTHER)


def ip_event(e: IpEvent) -> m.IpCaptureEvent:
    return m.IpCaptureEvent(ip_address=e.ip, event_name=_event(e.event), date_time=e.at,
                            possible_proxy=e.possible_proxy, port=e.port)


def device(d: DeviceInfo) -> m.DeviceId:
    return m.DeviceId(id_type=d.id_type, id_value=d.id_value, event_name=_event(d.event),
                      date_time=d.at)


def _emails(items: list[ContactInfo]) -> list[m.Email]:
    out = []
    for c in items:
        kind = m.EmailType(c.kind) if c.kind and c.kind in m.EmailType._value2member_map_ \
            else None
        out.append(m.Email(value=c.value, type=kind, verified=c.verified,
                           verification_date=c.verified_at if c.verified else None))
    return out


def _phones(items: list[ContactInfo]) -> list[m.Phone]:
    out = []
    for c in items:
        kind = m.PhoneType(c.kind) if c.kind and c.kind in m.PhoneType._value2member_map_ \
            else None
        out.append(m.Phone(value=c.value, type=kind, verified=c.verified,
                           verification_date=c.verified_at if c.verified else None))
    return out


def _location(loc: LocationInfo | None) -> m.EstimatedLocation | None:
    if loc is None or not (loc.city or loc.region or loc.country_code):
        return None
    return m.EstimatedLocation(verified=loc.verified, timestamp=loc.at, city=loc.city,
                               region=loc.region,
                               country_code=loc.country_code.upper() if loc.country_code
                               else None)


def _person(a: AccountInfo) -> m.Person | None:
    person = m.Person(first_name=a.first_name, last_name=a.last_name, phone=_phones(a.phones),
                      email=_emails(a.emails), age=a.age,
                      age_assertion_discrepancy=True if a.age_sources_disagree else None,
                      date_of_birth=a.date_of_birth)
    empty = not (person.first_name or person.last_name or person.phone or person.email
                 or person.age is not None or person.date_of_birth)
    return None if empty else person


def _disabled(a: AccountInfo, permanent: bool) -> m.AccountDisabled | None:
    d = a.disabled
    if d is None or d.permanently != permanent:
        return None
    return m.AccountDisabled(value=True, disabled_date=d.disabled_at,
                             user_notified=d.user_notified,
                             user_notified_date=d.user_notified_at if d.user_notified else None,
                             reenabled_date=d.reenabled_at if not permanent else None)


def _age_note(a: AccountInfo) -> str | None:
    if a.age is None:
        return None
    note = f"Age {a.age}"
    if a.age_source:
        note += f" (source: {a.age_source.replace('_', ' ')})"
    if a.age_sources_disagree:
        note += "; age sources disagree"
    return note + "."


def _sorted_events(events: list[IpEvent]) -> list[m.IpCaptureEvent]:
    far_past = datetime(1970, 1, 1, tzinfo=UTC)
    return [ip_event(e) for e in sorted(events, key=lambda e: e.at or far_past)]


# ----------------------------------------------------------------- the builder


def incident_type_for(hint: str) -> m.IncidentType:
    try:
        return INCIDENT_TYPES[IncidentKind(str(hint).lower())]
    except (ValueError, KeyError):
        known = ", ".join(k.value for k in IncidentKind)
        raise BuildError(f"unknown incident type {hint!r}; expected one of {known}") from None


def incident_time(snapshot: CaseSnapshot, now: datetime) -> tuple[datetime, str]:
    """The incident time and what it means; never in the future, always zoned."""
    candidates: list[tuple[datetime, str]] = []
    if snapshot.incident_at:
        candidates.append((snapshot.incident_at, snapshot.incident_at_meaning
                           or "time of the incident as recorded by the service"))
    else:
        uploads = [f.uploaded_at for f in snapshot.files if f.uploaded_at]
        if uploads:
            candidates.append((min(uploads), "time the first reported file was uploaded"))
        if snapshot.messages:
            candidates.append((min(msg.at for msg in snapshot.messages),
                               "time the first message of the reported conversation was sent"))
        if snapshot.detected_at:
            candidates.append((snapshot.detected_at, "time the service detected the content"))
    if not candidates:
        candidates.append((snapshot.decision.decided_at,
                           "time the service's reviewer confirmed the incident"))
    at, meaning = min(candidates, key=lambda c: c[0])
    if at.tzinfo is None:
        raise BuildError("incident time has no time zone; snapshots carry aware datetimes")
    latest = now - timedelta(seconds=1)
    if at > latest:
        at, meaning = latest, meaning + " (clamped: recorded later than the filing clock)"
    return at, meaning


def transcript(snapshot: CaseSnapshot) -> str:
    """The complete conversation, one line per message, oldest first, UTC times."""
    names: dict[str, str] = {}
    for acc in [snapshot.reported, *snapshot.victims, *snapshot.recipients]:
        if acc is not None:
            names[acc.esp_id] = acc.screen_name or acc.esp_id
    lines = []
    for msg in sorted(snapshot.messages, key=lambda x: x.at):
        who = names.get(msg.sender_esp_id, msg.sender_esp_id)
        stamp = msg.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        line = f"[{stamp}] {who} ({msg.sender_esp_id}): {msg.text}"
        if msg.attachment_keys:
            line += f" [attachments: {', '.join(msg.attachment_keys)}]"
        lines.append(line)
    return "\n".join(lines)


def _internet_details(snapshot: CaseSnapshot, platform: str) -> list[m.InternetDetails]:
    details: list[m.InternetDetails] = []
    if snapshot.messages:
        details.append(m.InternetDetails(chat_im_incident=m.ChatImIncident(
            chat_client=snapshot.chat_client or platform,
            chat_room_name=snapshot.conversation_id,
            content=transcript(snapshot),
            additional_info=f"Complete conversation: {len(snapshot.messages)} messages.")))
    urls = list(snapshot.content_urls)
    urls += [f.location_url for f in snapshot.files if f.location_url and f.location_url
             not in urls]
    if urls:
        details.append(m.InternetDetails(web_page_incident=m.WebPageIncident(url=urls)))
    if not details and snapshot.reported and snapshot.reported.profile_url:
        details.append(m.InternetDetails(web_page_incident=m.WebPageIncident(
            url=[snapshot.reported.profile_url],
            additional_info="Profile of the reported user on the service.")))
    return details


def _reporter(cfg: ReporterConfig) -> m.Reporter:
    phones = [m.Phone(value=cfg.phone, type=m.PhoneType.BUSINESS)] if cfg.phone else []
    contact = None
    if cfg.contact_24h_phone or cfg.contact_email:
        contact = m.ContactPerson(
            first_name=cfg.first_name, last_name=cfg.last_name,
            phone=[m.Phone(value=cfg.contact_24h_phone, type=m.PhoneType.BUSINESS)]
            if cfg.contact_24h_phone else [],
            email=[m.Email(value=cfg.contact_email, type=m.EmailType.BUSINESS)]
            if cfg.contact_email else [])
    return m.Reporter(
        reporting_person=m.Person(first_name=cfg.first_name, last_name=cfg.last_name,
                                  phone=phones,
                                  email=[m.Email(value=cfg.email, type=m.EmailType.BUSINESS)]),
        contact_person=contact, company_template=cfg.company_template or None,
        terms_of_service=cfg.terms_of_service, legal_url=cfg.legal_url)


LOGINS_NEAR_INCIDENT = 10


def relevant_ip_events(events: list[IpEvent], incident_at: datetime) -> list[IpEvent]:
    """Registration, upload and purchase events, plus the logins nearest the incident.

    An account can have thousands of logins; investigators need the registration IP and
    the sessions around the incident (those are the logs they will subpoena).
    """
    logins = [e for e in events if str(e.event).lower() == "login"]
    others = [e for e in events if str(e.event).lower() != "login"]
    far = timedelta(days=36500)
    logins.sort(key=lambda e: abs((e.at - incident_at) if e.at else far))
    return others + logins[:LOGINS_NEAR_INCIDENT]


def _reported(snapshot: CaseSnapshot, incident_at: datetime) -> m.PersonOrUserReported | None:
    a = snapshot.reported
    if a is None:
        return None
    events = relevant_ip_events(list(a.ip_events), incident_at)
    seen = {(e.ip, e.at, str(e.event)) for e in events}
    for f in snapshot.files:
        if f.upload and (f.upload.ip, f.upload.at, str(f.upload.event)) not in seen:
            events.append(f.upload)
            seen.add((f.upload.ip, f.upload.at, str(f.upload.event)))
    return m.PersonOrUserReported(
        person=_person(a), esp_identifier=a.esp_id, esp_service=a.service,
        compromised_account=a.compromised, screen_name=a.screen_name,
        display_name=list(a.display_names), profile_url=[a.profile_url] if a.profile_url
        else [], profile_bio=a.profile_bio, ip_capture_event=_sorted_events(events),
        device_id=[device(d) for d in a.devices],
        prior_ct_reports=list(snapshot.prior_report_ids),
        account_temporarily_disabled=_disabled(a, permanent=False),
        account_permanently_disabled=_disabled(a, permanent=True),
        estimated_location=_location(a.location),
        all_emails_reported=True if a.all_emails_included else None,
        additional_info=_age_note(a))


def _victim(a: AccountInfo) -> m.Victim:
    return m.Victim(
        person=_person(a) or m.Person(), esp_identifier=a.esp_id, esp_service=a.service,
        compromised_account=a.compromised, screen_name=a.screen_name,
        display_name=list(a.display_names), profile_url=[a.profile_url] if a.profile_url
        else [], profile_bio=a.profile_bio, ip_capture_event=_sorted_events(a.ip_events),
        device_id=[device(d) for d in a.devices], school_name=a.school_name,
        estimated_location=_location(a.location), additional_info=_age_note(a))


def _recipient(a: AccountInfo) -> m.IntendedRecipient:
    return m.IntendedRecipient(
        person=_person(a), esp_identifier=a.esp_id, esp_service=a.service,
        compromised_account=a.compromised, screen_name=a.screen_name,
        display_name=list(a.display_names), profile_url=[a.profile_url] if a.profile_url
        else [], profile_bio=a.profile_bio, ip_capture_event=_sorted_events(a.ip_events),
        device_id=[device(d) for d in a.devices], estimated_location=_location(a.location),
        additional_info=_age_note(a))


def file_hashes(f: FileInfo) -> dict[str, str]:
    """Given hashes, plus MD5/SHA1/SHA256 computed from the original bytes when missing."""
    hashes = {k.upper().replace("-", ""): v for k, v in f.hashes.items()}
    if f.content is not None:
        for name, algo in _CRYPTO_HASHES.items():
            if name not in hashes:
                hashes[name] = hashlib.new(algo, f.content).hexdigest()
    return hashes


def file_details(f: FileInfo, cfg: ReporterConfig) -> m.FileDetails:
    hashes = file_hashes(f)
    supplemental = f.relevance.lower().startswith("supp")
    flags = {a for a in (x.lower() for x in f.annotations) if a in _FILE_FLAGS}
    if supplemental:
        flags.discard("potential_meme")
    annotations = m.FileAnnotations(**{name: True for name in flags}) if flags else None
    classification = None
    if cfg.hash_sharing_mou and not supplemental and f.bank_classification:
        classification = m.IndustryClassification(f.bank_classification.upper())
    crypto = [m.OriginalFileHash(value=hashes[n], hash_type=n) for n in _CRYPTO_HASHES
              if n in hashes]
    other = [m.NameValuePair(type=m.DetailsType.HASH, name=n, value=v)
             for n, v in sorted(hashes.items()) if n not in _CRYPTO_HASHES]
    details = [m.Details(name_value_pair=other)] if other else []
    if f.exif_viewed and f.exif:
        details.append(m.Details(name_value_pair=[
            m.NameValuePair(type=m.DetailsType.EXIF, name=k[:64], value=v)
            for k, v in sorted(f.exif.items())]))
    viewed = bool(f.viewed_by and f.viewed_at)
    return m.FileDetails(
        report_id=0, file_id="pending", file_name=f.file_name or f.key,
        original_file_name=f.original_file_name, uploaded_to_esp_timestamp=f.uploaded_at,
        location_of_file=f.location_url, file_viewed_by_esp=viewed,
        exif_viewed_by_esp=bool(f.exif_viewed), publicly_available=f.public,
        file_relevance=m.FileRelevance.SUPPLEMENTAL if supplemental
        else m.FileRelevance.REPORTED,
        file_annotations=annotations, industry_classification=classification,
        original_file_hash=crypto, ip_capture_event=ip_event(f.upload) if f.upload else None,
        device_id=[device(f.upload_device)] if f.upload_device else [], details=details,
        additional_info=[f.note] if f.note else [])


def _notes(snapshot: CaseSnapshot) -> str | None:
    """The report's free-text notes, plus a line for each file whose bytes the service did
    not keep (it cannot be uploaded, but its hashes and upload event still help)."""
    lines = [(snapshot.additional_info or "").strip()]
    for f in snapshot.files:
        if f.content is not None or f.storage_ref:
            continue
        hashes = ", ".join(f"{k} {v}" for k, v in sorted(file_hashes(f).items()))
        line = f"File {f.file_name or f.key} was not retained by the service; hashes: {hashes}"
        if f.upload:
            when = f.upload.at.isoformat() if f.upload.at else "unknown time"
            line += f"; uploaded from {f.upload.ip} port {f.upload.port} at {when}"
        lines.append(line + ".")
    text = "\n".join(x for x in lines if x)
    return text or None


def build(snapshot: CaseSnapshot, cfg: ReporterConfig, *, now: datetime | None = None
          ) -> BuiltReport:
    """Build the report and the per-file details for ``snapshot``."""
    now = now or datetime.now(UTC)
    kind = incident_type_for(str(snapshot.incident_type_hint))
    at, meaning = incident_time(snapshot, now)
    flags = {_REPORT_FLAGS[a.lower()] for a in snapshot.decision.annotations
             if a.lower() in _REPORT_FLAGS}
    if str(snapshot.incident_type_hint).lower() == IncidentKind.SEXTORTION:
        flags.add("sextortion")
    annotations = m.ReportAnnotations(**{f: True for f in flags}) if flags else None
    escalate = (snapshot.decision.escalate_reason or "").strip() or None
    le = snapshot.law_enforcement
    report = m.Report(
        batched_report=m.BatchedReport() if snapshot.viral_bundle else None,
        incident_summary=m.IncidentSummary(
            incident_type=kind, platform=cfg.platform, escalate_to_high_priority=escalate,
            report_annotations=annotations, incident_date_time=at,
            incident_date_time_description=meaning),
        internet_details=_internet_details(snapshot, cfg.platform),
        law_enforcement=m.LawEnforcement(
            agency_name=le.agency, case_number=le.case_number, reported_to_le=le.reported_to_le,
            served_legal_process_domestic=le.served_domestic) if le else None,
        reporter=_reporter(cfg),
        person_or_user_reported=_reported(snapshot, at),
        intended_recipient=[_recipient(a) for a in snapshot.recipients],
        victim=[_victim(a) for a in snapshot.victims],
        additional_info=_notes(snapshot),
    )
    files = []
    for f in snapshot.files:
        details = file_details(f, cfg)
        sha256 = file_hashes(f).get("SHA256")
        files.append(PlannedFile(key=f.key, details=details, sha256=sha256,
                                 size=len(f.content) if f.content is not None else None,
                                 viewed_by=f.viewed_by, viewed_at=f.viewed_at,
                                 uploadable=f.content is not None or bool(f.storage_ref)))
    clipped = m.clip_lengths(report)
    for planned in files:
        clipped += m.clip_lengths(planned.details)
    return BuiltReport(report=report, files=files, clipped=clipped,
                       has_conversation=bool(snapshot.messages))
