"""Is this report actionable? A scored checklist shown to the reviewer before filing.

Each item comes from the field checklist in the CyberTipline reference (what makes a
report something law enforcement can act on): it names the fields, says *why*
investigators need them, weighs them, and says when it applies (a conversation item only
for chat cases, file items only when files are reported). The score is the weight present
over the weight that applies, in percent; filing needs at least the configured minimum
(``report_min_actionability``). The check reads the built report, i.e. what NCMEC will
actually receive, not the snapshot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from childguard.reporting import model as m
from childguard.reporting.builder import BuiltReport


@dataclass(frozen=True)
class CheckResult:
    id: str
    label: str
    weight: int
    status: str  # "present" | "missing" | "not_applicable"
    why: str
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "weight": self.weight,
                "status": self.status, "why": self.why, "detail": self.detail}


@dataclass(frozen=True)
class Actionability:
    score: int
    minimum: int
    items: list[CheckResult]

    @property
    def passes(self) -> bool:
        return self.score >= self.minimum

    @property
    def missing(self) -> list[CheckResult]:
        return [i for i in self.items if i.status == "missing"]

    def as_dict(self) -> dict[str, Any]:
        return {"score": self.score, "minimum": self.minimum, "passes": self.passes,
                "missing": [i.id for i in self.missing],
                "items": [i.as_dict() for i in self.items]}


# A check returns (applies, present, detail).
Check = Callable[[BuiltReport], tuple[bool, bool, str]]


@dataclass(frozen=True)
class Item:
    id: str
    label: str
    weight: int
    why: str
    check: Check


def _user(b: BuiltReport) -> m.PersonOrUserReported | None:
    return b.report.person_or_user_reported


def _reported_files(b: BuiltReport) -> list[m.FileDetails]:
    return [f.details for f in b.files]


def _missing_files(b: BuiltReport, pred: Callable[[m.FileDetails], bool]) -> str:
    names = [f.details.file_name or f.key for f in b.files if not pred(f.details)]
    return ("missing for: " + ", ".join(names)) if names else ""


def _files_check(pred: Callable[[m.FileDetails], bool]) -> Check:
    def check(b: BuiltReport) -> tuple[bool, bool, str]:
        files = _reported_files(b)
        if not files:
            return False, False, ""
        detail = _missing_files(b, pred)
        return True, not detail, detail
    return check


def _incident_time(b: BuiltReport) -> tuple[bool, bool, str]:
    at = b.report.incident_summary.incident_date_time
    return True, at is not None and at.tzinfo is not None, ""


def _reporter_email(b: BuiltReport) -> tuple[bool, bool, str]:
    return True, bool(b.report.reporter.reporting_person.email), ""


def _legal_contact(b: BuiltReport) -> tuple[bool, bool, str]:
    r = b.report.reporter
    have = [n for n, v in (("contactPerson", r.contact_person),
                           ("companyTemplate", r.company_template),
                           ("legalURL", r.legal_url)) if v]
    missing = [n for n in ("contactPerson", "companyTemplate", "legalURL") if n not in have]
    return True, len(have) >= 2, ("missing: " + ", ".join(missing)) if missing else ""


def _esp_id(b: BuiltReport) -> tuple[bool, bool, str]:
    u = _user(b)
    return True, bool(u and u.esp_identifier), ""


def _identifiers(b: BuiltReport) -> tuple[bool, bool, str]:
    u = _user(b)
    return True, bool(u and (u.screen_name or u.display_name or u.profile_url)), ""


def _contact_data(b: BuiltReport) -> tuple[bool, bool, str]:
    u = _user(b)
    p = u.person if u else None
    if p is None or not (p.email or p.phone):
        return True, False, ""
    contacts: list[m.Email | m.Phone] = [*p.email, *p.phone]
    flagged = all(c.verified is not None for c in contacts)
    return True, flagged, "" if flagged else "verified flag not stated for every email/phone"


def _ip_events(b: BuiltReport) -> tuple[bool, bool, str]:
    u = _user(b)
    events = u.ip_capture_event if u else []
    if not events:
        return True, False, "no IP capture events"
    complete = [e for e in events if e.date_time and e.port and e.event_name]
    if not complete:
        return True, False, "IP events lack time, port or event name"
    return True, True, ""


def _registration_ip(b: BuiltReport) -> tuple[bool, bool, str]:
    u = _user(b)
    events = u.ip_capture_event if u else []
    return True, any(e.event_name is m.EventName.REGISTRATION for e in events), ""


def _devices(b: BuiltReport) -> tuple[bool, bool, str]:
    u = _user(b)
    return True, bool(u and u.device_id), ""


def _location(b: BuiltReport) -> tuple[bool, bool, str]:
    u = _user(b)
    if u is None:
        return True, False, ""
    has_address = bool(u.person and u.person.address)
    return True, bool(u.estimated_location or has_address), ""


def _child(b: BuiltReport) -> tuple[bool, bool, str]:
    people = [v.person for v in b.report.victim] + [r.person for r in
                                                    b.report.intended_recipient]
    if not people:
        return True, False, "no victim or intended recipient"
    with_age = [p for p in people if p and (p.age is not None or p.date_of_birth)]
    return True, bool(with_age), "" if with_age else "no age for the child"


def _conversation(b: BuiltReport) -> tuple[bool, bool, str]:
    chat_types = {m.IncidentType.ONLINE_ENTICEMENT, m.IncidentType.CHILD_SEX_TRAFFICKING,
                  m.IncidentType.UNSOLICITED_OBSCENE_MATERIAL}
    applies = b.has_conversation or b.report.incident_summary.incident_type in chat_types
    if not applies:
        return False, False, ""
    chats = [d.chat_im_incident for d in b.report.internet_details if d.chat_im_incident]
    return True, any(c.content for c in chats), ""


def _disabled(b: BuiltReport) -> tuple[bool, bool, str]:
    u = _user(b)
    if u is None:
        return False, False, ""
    state = u.account_permanently_disabled or u.account_temporarily_disabled
    return True, state is not None and state.user_notified is not None, ""


def _uploadable(b: BuiltReport) -> tuple[bool, bool, str]:
    if not b.files:
        return False, False, ""
    names = [f.details.file_name or f.key for f in b.files if not f.uploadable]
    return True, not names, ("not retained: " + ", ".join(names)) if names else ""


def _internet_details(b: BuiltReport) -> tuple[bool, bool, str]:
    return True, bool(b.report.internet_details), ""


ITEMS: list[Item] = [
    Item("incident_type", "Incident type", 10,
         "Routes the report and sets the legal theory (CSAM, enticement, trafficking).",
         lambda b: (True, True, "")),
    Item("incident_time", "Incident date and time with time zone", 10,
         "Investigators match it against ISP IP logs; without the time zone a subscriber "
         "lookup can point at the wrong person.", _incident_time),
    Item("reporter_email", "Reporting person's email", 4,
         "NCMEC's contact for questions about the report.", _reporter_email),
    Item("legal_contact", "24-hour contact, company template (legal process, retention), "
         "legal URL", 4,
         "Lets investigators send preservation letters or warrants quickly and know how long "
         "the data lasts.", _legal_contact),
    Item("esp_identifier", "Reported user's stable internal id (espIdentifier)", 10,
         "The key for every later subpoena or warrant; survives username changes.", _esp_id),
    Item("user_identifiers", "Screen name, display names, profile URL", 5,
         "Self-reported identifiers link the account across platforms.", _identifiers),
    Item("user_contact", "Reported user's emails/phones with verified flags", 5,
         "Verified contact data often leads to identification; the flag says how far to "
         "trust it.", _contact_data),
    Item("ip_events", "IP capture events with time, port and event type", 10,
         "IP plus exact time (and port, for carrier-grade NAT) is the main route to a "
         "subscriber and a location; the event type says which logs to subpoena.",
         _ip_events),
    Item("registration_ip", "Registration IP", 3,
         "The registration IP and time are often kept longest by access providers.",
         _registration_ip),
    Item("device_ids", "Device identifiers", 3,
         "Ties the suspect across accounts and devices.", _devices),
    Item("location", "Estimated location or address of the reported user", 8,
         "Decides jurisdiction: without a location NCMEC cannot route the report to the "
         "right agency.", _location),
    Item("child", "Victim or intended recipient with age", 8,
         "Finding and safeguarding the child is the point of triage; an adult offender with "
         "a minor raises priority.", _child),
    Item("internet_details", "Where it happened (internet details)", 4,
         "Tells investigators which service feature and which URLs to look at.",
         _internet_details),
    Item("conversation", "The complete conversation", 10,
         "Grooming, enticement and sextortion are proved by the text; the law asks for the "
         "complete communication.", _conversation),
    Item("account_status", "Account disabled state and whether the user was notified", 3,
         "Tells investigators whether the suspect may have been tipped off and whether the "
         "account is still live.", _disabled),
    Item("file_content", "Every reported file uploaded to NCMEC", 10,
         "The visual depiction is the evidence: NCMEC hashes it against known victims and "
         "makes it available to law enforcement; a file known only by its hashes cannot be "
         "reviewed.", _uploadable),
    Item("file_hashes", "MD5, SHA-1 and SHA-256 of each original file", 5,
         "Proves integrity and matches known series for victim identification.",
         _files_check(lambda d: {h.hash_type for h in d.original_file_hash}
                      >= {"MD5", "SHA1", "SHA256"})),
    Item("file_viewed", "Each file reviewed by a person (fileViewedByEsp)", 5,
         "A file the provider never viewed may need a warrant before investigators can open "
         "it (United States v. Wilson); reviewed files can be acted on at once.",
         _files_check(lambda d: bool(d.file_viewed_by_esp))),
    Item("upload_ip", "Upload IP event of each file", 8,
         "Ties this file to an IP, port and time at upload, which is stronger than the "
         "account's IPs; without it investigators cannot show who uploaded the file.",
         _files_check(lambda d: d.ip_capture_event is not None)),
    Item("upload_time", "Upload time and original file name of each file", 3,
         "Historical reference: when and how the content was uploaded.",
         _files_check(lambda d: bool(d.uploaded_to_esp_timestamp and d.original_file_name))),
]


def check(built: BuiltReport, minimum: int = 60) -> Actionability:
    results: list[CheckResult] = []
    applicable = present = 0
    for item in ITEMS:
        applies, ok, detail = item.check(built)
        if not applies:
            status = "not_applicable"
        else:
            applicable += item.weight
            if ok:
                present += item.weight
            status = "present" if ok else "missing"
        results.append(CheckResult(item.id, item.label, item.weight, status, item.why,
                                   detail if status == "missing" else ""))
    score = round(100 * present / applicable) if applicable else 0
    return Actionability(score=score, minimum=minimum, items=results)
