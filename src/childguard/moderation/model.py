"""The plain domain of review: priorities, SLAs, terms-of-service clauses, outcomes and the
statement of reasons. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from childguard.moderation.signals import CLASSIFICATION_RANK

# Lower sorts first. Imminent risk to a child beats everything; known material is ordered
# by its industry classification (A1 most severe); new material next; the rest last.
TIER_BASE = {"imminent_risk": 0, "known_material": 10, "new_material": 20, "standard": 30}
SLA = {
    "imminent_risk": timedelta(hours=1),
    "known_material": timedelta(hours=24),
    "new_material": timedelta(hours=48),
    "standard": timedelta(hours=72),
}
CASE_STATES = ("open", "in_review", "decided", "appeal", "closed")


def priority_of(tier: str, classification: str | None) -> int:
    base = TIER_BASE[tier]
    if tier == "known_material":
        return base + CLASSIFICATION_RANK.get(classification or "", 4)
    return base


def tier_of(priority: int) -> str:
    for tier, base in sorted(TIER_BASE.items(), key=lambda kv: -kv[1]):
        if priority >= base:
            return tier
    return "imminent_risk"


def priority_label(priority: int, classification: str | None) -> str:
    tier = tier_of(priority)
    labels = {"imminent_risk": "Imminent risk", "known_material": "Known material",
              "new_material": "New material", "standard": "Standard"}
    label = labels[tier]
    if tier == "known_material" and classification:
        label += f" ({classification})"
    return label


def sla_due(tier: str, opened_at: datetime) -> datetime:
    return opened_at + SLA[tier]


@dataclass(frozen=True)
class Clause:
    id: str
    title: str
    text: str


# The terms-of-service clauses a reviewer can cite. Operators edit these to match their
# own terms; decisions store the clause id and the statement quotes the title.
TOS_CLAUSES: tuple[Clause, ...] = (
    Clause("3.1", "Child sexual abuse and exploitation material",
           "You may not upload, share or request sexual material involving anyone under 18."),
    Clause("3.2", "Grooming, enticement and luring",
           "You may not contact a child to build trust for sexual purposes, ask for secrecy, "
           "or try to move them to a private channel or to meet."),
    Clause("3.3", "Sextortion and threats",
           "You may not threaten to share images of someone or demand money or images."),
    Clause("3.4", "Sexualised contact with minors",
           "You may not send sexual messages or media to a child."),
    Clause("3.5", "Harassment and bullying",
           "You may not harass, bully or intimidate other people."),
    Clause("4.1", "Payments to minors",
           "You may not send money or gifts to a child to gain their trust or compliance."),
)
CLAUSES = {c.id: c for c in TOS_CLAUSES}

# Reviewer outcomes: (label, content state afterwards, account restriction or None).
REVIEW_OUTCOMES: dict[str, tuple[str, str, str | None]] = {
    "no_violation": ("No violation: publish the content", "restored", None),
    "remove_content": ("Remove the content", "removed", None),
    "remove_and_restrict": ("Remove and stop new direct messages", "removed",
                            "no_direct_messages"),
    "remove_and_suspend": ("Remove and suspend the account", "removed", "suspended"),
}
APPEAL_OUTCOMES = {"uphold": "Uphold the decision", "reverse": "Reverse: restore everything"}
APPEAL_WINDOW = timedelta(days=180)


def statement_body(*, what: str, action: str, content_refs: list[str], clause: str | None,
                   facts: str, rule_id: str | None, rule_version: int | None,
                   automated_detection: bool, automated_decision: bool,
                   appeal_until: datetime | None, statement_id: str) -> dict[str, Any]:
    """A statement of reasons, in the shape of DSA Art. 17: what was done, on what facts,
    under which term, whether automation was used, and how to appeal."""
    c = CLAUSES.get(clause or "")
    return {
        "what": what,
        "action": action,
        "content": content_refs,
        "why": {
            "facts": facts,
            "clause": c.id if c else None,
            "clause_title": c.title if c else None,
            "clause_text": c.text if c else None,
        },
        "rule": {"id": rule_id, "version": rule_version} if rule_id else None,
        "automated_detection": automated_detection,
        "automated_decision": automated_decision,
        "decided_by": "automated system" if automated_decision else "human reviewer",
        "appeal": ({"how": "Ask for a review in the app, or the service sends "
                           f"POST /v1/appeals with statement_id {statement_id}",
                    "until": appeal_until.isoformat()}
                   if appeal_until else {"how": "This decision is final within the service; "
                                         "out-of-court dispute settlement remains open.",
                                         "until": None}),
    }
