"""The CyberTipline ``report`` and ``fileDetails`` trees as plain, typed dataclasses.

Each class lists its fields **in XSD sequence order**: NCMEC rejects out-of-order children
with response code 4100, so the serialiser (:mod:`childguard.reporting.xml`) simply walks
the fields in declaration order. Each field carries its XML shape in its metadata:

* ``el("tag")``      a child element (a list field repeats it; ``None``/``[]`` omits it),
* ``attr("name")``   an attribute of this element,
* ``flag("tag")``    a presence flag: ``True`` writes the empty element ``<tag/>``,
* ``text()``         the element's own text (simple content with attributes).

``max_len`` mirrors the documented length limits; :func:`length_problems` reports any
value over its limit so the builder can clip free text before the XSD would refuse it.
The model does no I/O.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

# ----------------------------------------------------------------- field shapes


def el(tag: str, *, max_len: int | None = None, many: bool = False) -> Any:
    meta = {"kind": "el", "tag": tag, "max_len": max_len}
    if many:
        return field(default_factory=list, metadata=meta)
    return field(default=None, metadata=meta)


def req(tag: str, *, max_len: int | None = None) -> Any:
    """A required child element (no default: the constructor demands it)."""
    return field(metadata={"kind": "el", "tag": tag, "max_len": max_len})


def attr(name: str, *, max_len: int | None = None) -> Any:
    return field(default=None, metadata={"kind": "attr", "tag": name, "max_len": max_len})


def flag(tag: str) -> Any:
    return field(default=False, metadata={"kind": "flag", "tag": tag, "max_len": None})


def text(*, max_len: int | None = None) -> Any:
    return field(metadata={"kind": "text", "tag": "", "max_len": max_len})


_shape_cache: dict[type, tuple[tuple[str, str, str, int | None], ...]] = {}


def shape(cls: type) -> tuple[tuple[str, str, str, int | None], ...]:
    """``(attribute, kind, tag, max_len)`` for each field of a model class, in order."""
    cached = _shape_cache.get(cls)
    if cached is None:
        cached = tuple((f.name, f.metadata["kind"], f.metadata["tag"], f.metadata["max_len"])
                       for f in dataclasses.fields(cls))
        _shape_cache[cls] = cached
    return cached


# ----------------------------------------------------------------- enumerations


class IncidentType(StrEnum):
    CHILD_PORNOGRAPHY = "Child Pornography (possession, manufacture, and distribution)"
    CHILD_SEX_TRAFFICKING = "Child Sex Trafficking"
    CHILD_SEX_TOURISM = "Child Sex Tourism"
    CHILD_SEXUAL_MOLESTATION = "Child Sexual Molestation"
    MISLEADING_DOMAIN_NAME = "Misleading Domain Name"
    MISLEADING_WORDS_OR_IMAGES = "Misleading Words or Digital Images on the Internet"
    ONLINE_ENTICEMENT = "Online Enticement of Children for Sexual Acts"
    UNSOLICITED_OBSCENE_MATERIAL = "Unsolicited Obscene Material Sent to a Child"


class EventName(StrEnum):
    LOGIN = "Login"
    REGISTRATION = "Registration"
    PURCHASE = "Purchase"
    UPLOAD = "Upload"
    OTHER = "Other"
    UNKNOWN = "Unknown"


class AddressType(StrEnum):
    HOME = "Home"
    BUSINESS = "Business"
    BILLING = "Billing"
    SHIPPING = "Shipping"
    TECHNICAL = "Technical"


class PhoneType(StrEnum):
    MOBILE = "Mobile"
    HOME = "Home"
    BUSINESS = "Business"
    WORK = "Work"
    FAX = "Fax"
    INTERNET = "Internet"
    RECOVERY = "Recovery"


class EmailType(StrEnum):
    HOME = "Home"
    WORK = "Work"
    BUSINESS = "Business"
    RECOVERY = "Recovery"


class AssociatedAccountType(StrEnum):
    BILLING = "Billing"
    LINKED = "Linked"
    BUSINESS = "Business"
    CREATOR = "Creator"
    PARENT_GUARDIAN = "Parent/Guardian"
    OTHER = "Other"


class FileRelevance(StrEnum):
    REPORTED = "Reported"
    SUPPLEMENTAL = "Supplemental Reported"


class IndustryClassification(StrEnum):
    """Industry Classification System: letter = apparent age, digit = content rank."""

    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"


class DetailsType(StrEnum):
    EXIF = "EXIF"
    HASH = "HASH"


class BatchedReportReason(StrEnum):
    VIRAL_POTENTIAL_MEME = "VIRAL_POTENTIAL_MEME"


# ----------------------------------------------------------------- shared types


@dataclass(kw_only=True, slots=True)
class Email:
    value: str = text(max_len=255)
    type: EmailType | None = attr("type")
    verified: bool | None = attr("verified")
    verification_date: datetime | None = attr("verificationDate")


@dataclass(kw_only=True, slots=True)
class Phone:
    value: str = text(max_len=50)
    type: PhoneType | None = attr("type")
    verified: bool | None = attr("verified")
    verification_date: datetime | None = attr("verificationDate")
    country_calling_code: str | None = attr("countryCallingCode")
    extension: str | None = attr("extension", max_len=10)


@dataclass(kw_only=True, slots=True)
class Address:
    type: AddressType | None = attr("type")
    address: str | None = el("address", max_len=255)
    city: str | None = el("city", max_len=100)
    zip_code: str | None = el("zipCode", max_len=20)
    state: str | None = el("state")
    non_usa_state: str | None = el("nonUsaState", max_len=100)
    country: str | None = el("country")


@dataclass(kw_only=True, slots=True)
class Person:
    first_name: str | None = el("firstName", max_len=100)
    last_name: str | None = el("lastName", max_len=100)
    phone: list[Phone] = el("phone", many=True)
    email: list[Email] = el("email", many=True)
    address: list[Address] = el("address", many=True)
    age: int | None = el("age")
    age_assertion_discrepancy: bool | None = el("ageAssertionDiscrepancy")
    date_of_birth: date | None = el("dateOfBirth")


@dataclass(kw_only=True, slots=True)
class ContactPerson:
    first_name: str | None = el("firstName", max_len=100)
    last_name: str | None = el("lastName", max_len=100)
    phone: list[Phone] = el("phone", many=True)
    email: list[Email] = el("email", many=True)
    address: list[Address] = el("address", many=True)


@dataclass(kw_only=True, slots=True)
class IpCaptureEvent:
    ip_address: str = req("ipAddress")
    event_name: EventName | None = el("eventName")
    date_time: datetime | None = el("dateTime")
    possible_proxy: bool | None = el("possibleProxy")
    port: int | None = el("port")


@dataclass(kw_only=True, slots=True)
class DeviceId:
    id_type: str = req("idType", max_len=255)
    id_value: str = req("idValue", max_len=2083)
    event_name: EventName | None = el("eventName")
    date_time: datetime | None = el("dateTime")


@dataclass(kw_only=True, slots=True)
class AccountDisabled:
    """``accountTemporarilyDisabled`` / ``accountPermanentlyDisabled``: whether the account
    is off, and whether (and when) the user was told, which investigators need to know
    to judge whether the suspect has been tipped off."""

    value: bool = text()
    disabled_date: datetime | None = attr("disabledDate")
    user_notified: bool | None = attr("userNotified")
    user_notified_date: datetime | None = attr("userNotifiedDate")
    reenabled_date: datetime | None = attr("reenabledDate")


@dataclass(kw_only=True, slots=True)
class EstimatedLocation:
    verified: bool | None = attr("verified")
    timestamp: datetime | None = attr("timestamp")
    city: str | None = el("city", max_len=255)
    region: str | None = el("region", max_len=255)
    country_code: str | None = el("countryCode")


@dataclass(kw_only=True, slots=True)
class AssociatedAccount:
    type: AssociatedAccountType | None = attr("type")
    third_party_user: bool | None = attr("thirdPartyUser")
    platform: str | None = el("platform", max_len=256)
    first_name: str | None = el("firstName", max_len=256)
    middle_name: str | None = el("middleName", max_len=256)
    last_name: str | None = el("lastName", max_len=256)
    approximate_age: int | None = el("approximateAge")
    date_of_birth: date | None = el("dateOfBirth")
    phone: list[Phone] = el("phone", many=True)
    email: list[Email] = el("email", many=True)
    address: list[Address] = el("address", many=True)
    esp_service: str | None = el("espService", max_len=256)
    esp_identifier: str | None = el("espIdentifier", max_len=256)
    profile_url: list[str] = el("profileUrl", many=True)
    screen_name: str | None = el("screenName", max_len=256)
    display_name: list[str] = el("displayName", many=True)
    profile_bio: str | None = el("profileBio")
    group_identifier: str | None = el("groupIdentifier", max_len=256)
    compromised_account: bool | None = el("compromisedAccount")
    account_temporarily_disabled: AccountDisabled | None = el("accountTemporarilyDisabled")
    account_permanently_disabled: AccountDisabled | None = el("accountPermanentlyDisabled")
    ip_capture_event: list[IpCaptureEvent] = el("ipCaptureEvent", many=True)
    device_id: list[DeviceId] = el("deviceId", many=True)
    prior_ct_reports: list[int] = el("priorCTReports", many=True)
    additional_info: str | None = el("additionalInfo")


# ----------------------------------------------------------------- incident summary


@dataclass(kw_only=True, slots=True)
class BatchedReport:
    reason: BatchedReportReason = field(
        default=BatchedReportReason.VIRAL_POTENTIAL_MEME,
        metadata={"kind": "attr", "tag": "reason", "max_len": None})


@dataclass(kw_only=True, slots=True)
class ReportAnnotations:
    sextortion: bool = flag("sextortion")
    csam_solicitation: bool = flag("csamSolicitation")
    minor_to_minor_interaction: bool = flag("minorToMinorInteraction")
    spam: bool = flag("spam")
    sadistic_online_exploitation: bool = flag("sadisticOnlineExploitation")

    def any(self) -> bool:
        return (self.sextortion or self.csam_solicitation or self.minor_to_minor_interaction
                or self.spam or self.sadistic_online_exploitation)


@dataclass(kw_only=True, slots=True)
class IncidentSummary:
    incident_type: IncidentType = req("incidentType")
    platform: str | None = el("platform", max_len=256)
    escalate_to_high_priority: str | None = el("escalateToHighPriority", max_len=3000)
    report_annotations: ReportAnnotations | None = el("reportAnnotations")
    incident_date_time: datetime = req("incidentDateTime")
    incident_date_time_description: str | None = el("incidentDateTimeDescription",
                                                    max_len=3000)


# ----------------------------------------------------------------- internet details


@dataclass(kw_only=True, slots=True)
class WebPageIncident:
    third_party_hosted_content: bool | None = attr("thirdPartyHostedContent")
    url: list[str] = el("url", many=True)
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class EmailIncident:
    email_address: list[Email] = el("emailAddress", many=True)
    content: str | None = el("content")
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class NewsgroupIncident:
    name: str | None = el("name", max_len=255)
    email_address: list[Email] = el("emailAddress", many=True)
    content: str | None = el("content")
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class ChatImIncident:
    chat_client: str | None = el("chatClient", max_len=255)
    chat_room_name: str | None = el("chatRoomName", max_len=255)
    content: str | None = el("content")
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class OnlineGamingIncident:
    game_name: str | None = el("gameName", max_len=255)
    console: str | None = el("console", max_len=255)
    content: str | None = el("content")
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class CellPhoneIncident:
    phone_number: Phone | None = el("phoneNumber")
    latitude: float | None = el("latitude")
    longitude: float | None = el("longitude")
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class NonInternetIncident:
    location_name: str | None = el("locationName", max_len=255)
    incident_address: list[Address] = el("incidentAddress", many=True)
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class Peer2PeerIncident:
    client: str | None = el("client", max_len=255)
    ip_capture_event: list[IpCaptureEvent] = el("ipCaptureEvent", many=True)
    file_names: str | None = el("fileNames")
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class InternetDetails:
    """Exactly one of the incident kinds is set (the XSD has a choice here)."""

    web_page_incident: WebPageIncident | None = el("webPageIncident")
    email_incident: EmailIncident | None = el("emailIncident")
    newsgroup_incident: NewsgroupIncident | None = el("newsgroupIncident")
    chat_im_incident: ChatImIncident | None = el("chatImIncident")
    online_gaming_incident: OnlineGamingIncident | None = el("onlineGamingIncident")
    cell_phone_incident: CellPhoneIncident | None = el("cellPhoneIncident")
    non_internet_incident: NonInternetIncident | None = el("nonInternetIncident")
    peer2peer_incident: Peer2PeerIncident | None = el("peer2peerIncident")

    def kinds(self) -> list[str]:
        return [name for name, _k, _t, _m in shape(InternetDetails)
                if getattr(self, name) is not None]


# ----------------------------------------------------------------- parties


@dataclass(kw_only=True, slots=True)
class ServedLegalProcessInternational:
    value: bool = text()
    flea_country: str | None = attr("fleaCountry")


@dataclass(kw_only=True, slots=True)
class LawEnforcement:
    agency_name: str = req("agencyName", max_len=255)
    case_number: str | None = el("caseNumber", max_len=100)
    officer_contact: ContactPerson | None = el("officerContact")
    reported_to_le: bool | None = el("reportedToLe")
    served_legal_process_domestic: bool | None = el("servedLegalProcessDomestic")
    served_legal_process_international: ServedLegalProcessInternational | None = el(
        "servedLegalProcessInternational")


@dataclass(kw_only=True, slots=True)
class Reporter:
    reporting_person: Person = req("reportingPerson")
    contact_person: ContactPerson | None = el("contactPerson")
    company_template: str | None = el("companyTemplate")
    terms_of_service: str | None = el("termsOfService")
    legal_url: str | None = el("legalURL", max_len=2083)


@dataclass(kw_only=True, slots=True)
class PersonOrUserReported:
    person: Person | None = el("personOrUserReportedPerson")
    vehicle_description: str | None = el("vehicleDescription", max_len=300)
    esp_identifier: str | None = el("espIdentifier", max_len=255)
    esp_service: str | None = el("espService", max_len=100)
    compromised_account: bool | None = el("compromisedAccount")
    screen_name: str | None = el("screenName", max_len=256)
    display_name: list[str] = el("displayName", many=True)
    profile_url: list[str] = el("profileUrl", many=True)
    profile_bio: str | None = el("profileBio")
    ip_capture_event: list[IpCaptureEvent] = el("ipCaptureEvent", many=True)
    device_id: list[DeviceId] = el("deviceId", many=True)
    third_party_user_reported: bool | None = el("thirdPartyUserReported")
    prior_ct_reports: list[int] = el("priorCTReports", many=True)
    group_identifier: str | None = el("groupIdentifier", max_len=255)
    account_temporarily_disabled: AccountDisabled | None = el("accountTemporarilyDisabled")
    account_permanently_disabled: AccountDisabled | None = el("accountPermanentlyDisabled")
    estimated_location: EstimatedLocation | None = el("estimatedLocation")
    all_emails_reported: bool | None = el("allEmailsReported")
    associated_account: list[AssociatedAccount] = el("associatedAccount", many=True)
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class IntendedRecipient:
    person: Person | None = el("intendedRecipientPerson")
    esp_identifier: str | None = el("espIdentifier", max_len=255)
    esp_service: str | None = el("espService", max_len=100)
    compromised_account: bool | None = el("compromisedAccount")
    screen_name: str | None = el("screenName", max_len=256)
    display_name: list[str] = el("displayName", many=True)
    profile_url: list[str] = el("profileUrl", many=True)
    profile_bio: str | None = el("profileBio")
    ip_capture_event: list[IpCaptureEvent] = el("ipCaptureEvent", many=True)
    device_id: list[DeviceId] = el("deviceId", many=True)
    prior_ct_reports: list[int] = el("priorCTReports", many=True)
    group_identifier: str | None = el("groupIdentifier", max_len=255)
    account_temporarily_disabled: AccountDisabled | None = el("accountTemporarilyDisabled")
    account_permanently_disabled: AccountDisabled | None = el("accountPermanentlyDisabled")
    estimated_location: EstimatedLocation | None = el("estimatedLocation")
    all_emails_reported: bool | None = el("allEmailsReported")
    associated_account: list[AssociatedAccount] = el("associatedAccount", many=True)
    additional_info: str | None = el("additionalInfo")


@dataclass(kw_only=True, slots=True)
class Victim:
    person: Person = req("victimPerson")
    esp_identifier: str | None = el("espIdentifier", max_len=255)
    esp_service: str | None = el("espService", max_len=100)
    compromised_account: bool | None = el("compromisedAccount")
    screen_name: str | None = el("screenName", max_len=256)
    display_name: list[str] = el("displayName", many=True)
    profile_url: list[str] = el("profileUrl", many=True)
    profile_bio: str | None = el("profileBio")
    ip_capture_event: list[IpCaptureEvent] = el("ipCaptureEvent", many=True)
    device_id: list[DeviceId] = el("deviceId", many=True)
    school_name: str | None = el("schoolName", max_len=255)
    prior_ct_reports: list[int] = el("priorCTReports", many=True)
    account_temporarily_disabled: AccountDisabled | None = el("accountTemporarilyDisabled")
    account_permanently_disabled: AccountDisabled | None = el("accountPermanentlyDisabled")
    estimated_location: EstimatedLocation | None = el("estimatedLocation")
    all_emails_reported: bool | None = el("allEmailsReported")
    associated_account: list[AssociatedAccount] = el("associatedAccount", many=True)
    additional_info: str | None = el("additionalInfo")


# ----------------------------------------------------------------- the report


@dataclass(kw_only=True, slots=True)
class Report:
    """``<report>``: what ``POST /submit`` takes."""

    batched_report: BatchedReport | None = el("batchedReport")
    incident_summary: IncidentSummary = req("incidentSummary")
    internet_details: list[InternetDetails] = el("internetDetails", many=True)
    law_enforcement: LawEnforcement | None = el("lawEnforcement")
    reporter: Reporter = req("reporter")
    person_or_user_reported: PersonOrUserReported | None = el("personOrUserReported")
    intended_recipient: list[IntendedRecipient] = el("intendedRecipient", many=True)
    victim: list[Victim] = el("victim", many=True)
    additional_info: str | None = el("additionalInfo", max_len=3000)


# ----------------------------------------------------------------- file details


@dataclass(kw_only=True, slots=True)
class FileAnnotations:
    anime_drawing_virtual_hentai: bool = flag("animeDrawingVirtualHentai")
    potential_meme: bool = flag("potentialMeme")
    viral: bool = flag("viral")
    possible_self_production: bool = flag("possibleSelfProduction")
    physical_harm: bool = flag("physicalHarm")
    violence_gore: bool = flag("violenceGore")
    bestiality: bool = flag("bestiality")
    live_streaming: bool = flag("liveStreaming")
    infant: bool = flag("infant")
    generative_ai: bool = flag("generativeAi")


@dataclass(kw_only=True, slots=True)
class OriginalFileHash:
    value: str = text()
    hash_type: str = field(metadata={"kind": "attr", "tag": "hashType", "max_len": 64})


@dataclass(kw_only=True, slots=True)
class NameValuePair:
    type: DetailsType | None = attr("type")
    name: str = req("name", max_len=64)
    value: str = req("value")


@dataclass(kw_only=True, slots=True)
class Details:
    name_value_pair: list[NameValuePair] = el("nameValuePair", many=True)


@dataclass(kw_only=True, slots=True)
class FileDetails:
    """``<fileDetails>``: what ``POST /fileinfo`` takes for one uploaded file."""

    report_id: int = req("reportId")
    file_id: str = req("fileId")
    file_name: str | None = el("fileName")
    original_file_name: str | None = el("originalFileName", max_len=2056)
    uploaded_to_esp_timestamp: datetime | None = el("uploadedToEspTimestamp")
    location_of_file: str | None = el("locationOfFile", max_len=2083)
    file_viewed_by_esp: bool | None = el("fileViewedByEsp")
    exif_viewed_by_esp: bool | None = el("exifViewedByEsp")
    publicly_available: bool | None = el("publiclyAvailable")
    file_relevance: FileRelevance | None = el("fileRelevance")
    file_annotations: FileAnnotations | None = el("fileAnnotations")
    industry_classification: IndustryClassification | None = el("industryClassification")
    original_file_hash: list[OriginalFileHash] = el("originalFileHash", many=True)
    ip_capture_event: IpCaptureEvent | None = el("ipCaptureEvent")
    device_id: list[DeviceId] = el("deviceId", many=True)
    details: list[Details] = el("details", many=True)
    additional_info: list[str] = el("additionalInfo", many=True)

    def rule_problems(self) -> list[str]:
        """Rules the XSD cannot express but NCMEC enforces at ``/finish``."""
        problems = []
        if self.file_relevance is FileRelevance.SUPPLEMENTAL:
            if self.industry_classification is not None:
                problems.append("a supplemental file may not carry an industry classification")
            if self.file_annotations is not None and self.file_annotations.potential_meme:
                problems.append("a supplemental file may not be annotated potentialMeme")
        return problems


# ----------------------------------------------------------------- responses


@dataclass(kw_only=True, slots=True)
class ReportResponse:
    response_code: int
    response_description: str = ""
    report_id: int | None = None
    file_id: str | None = None
    hash: str | None = None


@dataclass(kw_only=True, slots=True)
class ReportDoneResponse:
    response_code: int
    report_id: int | None = None
    file_ids: list[str] = field(default_factory=list)


# ----------------------------------------------------------------- checks


def length_problems(obj: Any, path: str = "") -> list[str]:
    """Every string longer than its documented limit, as ``path: n > limit``."""
    problems: list[str] = []
    tag_path = path or type(obj).__name__
    for name, kind, tag, max_len in shape(type(obj)):
        value = getattr(obj, name)
        if value is None:
            continue
        here = f"{tag_path}/{tag or 'text()'}" if kind != "attr" else f"{tag_path}/@{tag}"
        items = value if isinstance(value, list) else [value]
        for item in items:
            if dataclasses.is_dataclass(item):
                problems.extend(length_problems(item, here))
            elif max_len is not None and isinstance(item, str) and len(item) > max_len:
                problems.append(f"{here}: {len(item)} characters > {max_len}")
    return problems


def clip_lengths(obj: Any, path: str = "") -> list[str]:
    """Shorten, in place, every string over its documented limit; return what was cut.

    Free text from users (names, bios) can exceed NCMEC's limits; a clipped value with a
    note beats a report refused with 4100.
    """
    clipped: list[str] = []
    tag_path = path or type(obj).__name__
    for name, kind, tag, max_len in shape(type(obj)):
        value = getattr(obj, name)
        if value is None:
            continue
        here = f"{tag_path}/{tag or 'text()'}" if kind != "attr" else f"{tag_path}/@{tag}"
        if isinstance(value, list):
            for i, item in enumerate(value):
                if dataclasses.is_dataclass(item):
                    clipped.extend(clip_lengths(item, here))
                elif max_len is not None and isinstance(item, str) and len(item) > max_len:
                    value[i] = item[:max_len]
                    clipped.append(here)
        elif dataclasses.is_dataclass(value):
            clipped.extend(clip_lengths(value, here))
        elif max_len is not None and isinstance(value, str) and len(value) > max_len:
            setattr(obj, name, value[:max_len])
            clipped.append(here)
    return clipped
