"""One case, several destinations: a small interface every export implements.

A destination turns a :class:`CaseSnapshot` into its own document (``render``) and, when
it has an endpoint, delivers it (``send``). The CyberTipline is filed through the durable
job in :mod:`childguard.reporting.filing`; other destinations register here by adding a
class, not by editing a switch. Shipped: the DSA statement of reasons for the EU
Transparency Database (Art. 24(5)), which must carry **no personal data**: it is built
only from categories, dates and fixed texts, never from names, ids, addresses or content.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from childguard.reporting.snapshot import CaseSnapshot, IncidentKind

EEA = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
       "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE",
       "SI", "SK"]


@dataclass
class Export:
    destination: str
    media_type: str
    body: dict[str, Any] | bytes
    problems: list[str] = field(default_factory=list)


class Destination(Protocol):
    name: str

    def render(self, snapshot: CaseSnapshot) -> Export: ...

    def send(self, export: Export) -> dict[str, Any]: ...


_destinations: dict[str, Destination] = {}


def register_destination(destination: Destination) -> None:
    _destinations[destination.name] = destination


def destinations() -> dict[str, Destination]:
    return dict(_destinations)


def destination(name: str) -> Destination:
    try:
        return _destinations[name]
    except KeyError:
        raise KeyError(f"no export destination {name!r}; known: {sorted(_destinations)}")


# ----------------------------------------------------------------- DSA statement of reasons

_KEYWORDS = {
    IncidentKind.CSAM: "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
    IncidentKind.ENTICEMENT: "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
    IncidentKind.SEXTORTION: "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
    IncidentKind.TRAFFICKING: "KEYWORD_HUMAN_TRAFFICKING",
}
_FACTS = {
    "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL": "The content was identified as child sexual abuse "
    "material and removed; the account was actioned and the incident reported to the "
    "competent authority.",
    "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS": "Communications were identified as the "
    "solicitation or sexual enticement of a minor; the content was removed, the account "
    "was actioned and the incident reported to the competent authority.",
    "KEYWORD_HUMAN_TRAFFICKING": "The content was identified as related to the trafficking "
    "of a minor; it was removed, the account was actioned and the incident reported to the "
    "competent authority.",
}
_SOURCES = {"voluntary": "SOURCE_VOLUNTARY", "user_notice": "SOURCE_ARTICLE_16",
            "trusted_flagger": "SOURCE_TRUSTED_FLAGGER",
            "authority": "SOURCE_TYPE_OTHER_NOTIFICATION"}
_AUTOMATED = {"fully": "AUTOMATED_DECISION_FULLY", "partially": "AUTOMATED_DECISION_PARTIALLY",
              "not_automated": "AUTOMATED_DECISION_NOT_AUTOMATED"}


class DsaStatementOfReasons:
    """Statement of reasons for the DSA Transparency Database (``POST /api/v1/statement``)."""

    name = "dsa-transparency-database"

    def __init__(self, base_url: str | None = None, token: str | None = None,
                 puid_salt: str = "childguard", territorial_scope: list[str] | None = None):
        self.base_url = base_url
        self.token = token
        self.puid_salt = puid_salt
        self.territorial_scope = territorial_scope or EEA

    def render(self, snapshot: CaseSnapshot) -> Export:
        kind = IncidentKind(str(snapshot.incident_type_hint).lower())
        keyword = _KEYWORDS.get(kind, "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL")
        content_types = set()
        for f in snapshot.files:
            ctype = (f.content_type or "").split("/")[0]
            content_types.add({"image": "CONTENT_TYPE_IMAGE", "video": "CONTENT_TYPE_VIDEO",
                               "audio": "CONTENT_TYPE_AUDIO"}.get(ctype, "CONTENT_TYPE_OTHER"))
        if snapshot.messages or not content_types:
            content_types.add("CONTENT_TYPE_TEXT")
        dates = [f.uploaded_at for f in snapshot.files if f.uploaded_at]
        dates += [m.at for m in snapshot.messages]
        if snapshot.incident_at:
            dates.append(snapshot.incident_at)
        content_date = min(dates) if dates else snapshot.decision.decided_at
        # The PUID must be unique per platform but must not identify anyone: a salted hash
        # of the case id (not of any user id).
        puid = hashlib.sha256(f"{self.puid_salt}:{snapshot.case_id}".encode()).hexdigest()
        body: dict[str, Any] = {
            "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"],
            "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT",
            "illegal_content_legal_ground": "Directive 2011/93/EU on combating the sexual "
            "abuse and sexual exploitation of children",
            "illegal_content_explanation": _FACTS[keyword],
            "content_type": sorted(content_types),
            "category": "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
            "category_specification": [keyword],
            "territorial_scope": list(self.territorial_scope),
            "content_date": content_date.date().isoformat(),
            "application_date": snapshot.decision.decided_at.date().isoformat(),
            "decision_facts": _FACTS[keyword],
            "source_type": _SOURCES.get(snapshot.decision.source, "SOURCE_VOLUNTARY"),
            "automated_detection": "Yes" if snapshot.decision.automated_detection else "No",
            "automated_decision": _AUTOMATED.get(snapshot.decision.automated_decision,
                                                 "AUTOMATED_DECISION_NOT_AUTOMATED"),
            "account_type": "ACCOUNT_TYPE_PRIVATE",
            "puid": puid,
        }
        disabled = snapshot.reported.disabled if snapshot.reported else None
        if disabled is not None:
            body["decision_account"] = ("DECISION_ACCOUNT_TERMINATED" if disabled.permanently
                                        else "DECISION_ACCOUNT_SUSPENDED")
        return Export(self.name, "application/json", body, problems=self.problems(body))

    @staticmethod
    def problems(body: dict[str, Any]) -> list[str]:
        problems = []
        if not any(body.get(k) for k in ("decision_visibility", "decision_monetary",
                                         "decision_provision", "decision_account")):
            problems.append("at least one decision (visibility/monetary/provision/account)")
        if len(body["decision_facts"]) > 5000:
            problems.append("decision_facts is limited to 5000 characters")
        if len(body["puid"]) > 500:
            problems.append("puid is limited to 500 characters")
        return problems

    def send(self, export: Export) -> dict[str, Any]:
        if not self.base_url or not self.token:
            raise RuntimeError("the DSA Transparency Database is not configured")
        response = httpx.post(f"{self.base_url.rstrip('/')}/api/v1/statement",
                              json=export.body, timeout=30,
                              headers={"Authorization": f"Bearer {self.token}"})
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result


class CyberTiplineExport:
    """The CyberTipline report as XML (preview; filing goes through the durable job)."""

    name = "ncmec-cybertipline"

    def render(self, snapshot: CaseSnapshot) -> Export:
        from childguard.platform.config import get_settings
        from childguard.reporting.builder import ReporterConfig, build
        from childguard.reporting.xml import schema_problems, to_xml

        built = build(snapshot, ReporterConfig.from_settings(get_settings()))
        document = to_xml(built.report)
        problems = schema_problems(document)
        for planned in built.files:
            problems += planned.details.rule_problems()
        return Export(self.name, "application/xml", document, problems=problems)

    def send(self, export: Export) -> dict[str, Any]:
        raise RuntimeError("CyberTipline reports are filed by services.file_report (a durable "
                           "job: submit, upload, fileinfo, finish), never sent directly")


register_destination(DsaStatementOfReasons())
register_destination(CyberTiplineExport())
