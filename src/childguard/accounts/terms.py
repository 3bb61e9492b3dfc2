"""Terms of service, clauses that decisions cite, and in-product safety interventions.

Terms are versioned; each version is a list of clauses with stable ids (``csea``,
``grooming``...). A *material* version needs every account to accept again; a non-material
one (typo fixes) does not. Decisions cite clause ids and :func:`cite` resolves them against
the current version, so a statement of reasons can quote the exact words in force.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from childguard.accounts.storage import (
    Account,
    InterventionRecord,
    TermsAcceptance,
    TermsVersion,
)
from childguard.platform import audit
from childguard.platform.db import utcnow
from childguard.platform.errors import Conflict, InvalidInput, NotFound

DEFAULT_VERSION = "1.0"

DEFAULT_CLAUSES: list[dict[str, str]] = [
    {"id": "csea", "title": "Child sexual exploitation and abuse is prohibited",
     "text": "You must not create, share, request or link to any content that sexually "
             "exploits or abuses children, or that sexualises minors. We remove it, keep the "
             "evidence the law requires and report it to the authorities (in the US, to "
             "NCMEC's CyberTipline)."},
    {"id": "grooming", "title": "No grooming or enticement",
     "text": "You must not contact a child to build trust for a sexual purpose, ask a child "
             "for images, for secrecy or to move to another service, or arrange to meet a "
             "child you know only online."},
    {"id": "sextortion", "title": "No sextortion",
     "text": "You must not threaten to share intimate images of anyone, or demand money, "
             "images or anything else under such a threat."},
    {"id": "minimum-age", "title": "Minimum age",
     "text": "You must be old enough to use the service where you live; younger children "
             "need a parent's verified consent."},
    {"id": "age-accuracy", "title": "Tell the truth about your age",
     "text": "You must give your real date of birth and must not pretend to be older or "
             "younger than you are. We may ask you to confirm your age."},
    {"id": "minor-safety", "title": "Safety settings for young people",
     "text": "Accounts of people under 18 are private by default; adults cannot message, "
             "follow or send media to young people they are not connected to; location "
             "sharing is off; and young people are not recommended to adults."},
    {"id": "payments-minors", "title": "Payments and gifts involving young people",
     "text": "Only a linked parent may send money or gifts to a young person; purchases by a "
             "young person may need a parent's approval."},
    {"id": "parental-supervision", "title": "Parental supervision",
     "text": "A parent who gave verified consent can supervise a young person's account. "
             "The young person is always told, and parents never see message content."},
    {"id": "harassment", "title": "No bullying or harassment",
     "text": "You must not bully, threaten or harass anyone."},
    {"id": "reporting", "title": "Reporting and appeals",
     "text": "You can report content or accounts at any time; we tell you what we decided "
             "and you can appeal our decisions."},
]

_CLAUSE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_VERSION = re.compile(r"^[0-9A-Za-z.\-]{1,32}$")


def ensure_default_terms(session: Session) -> TermsVersion:
    """The version in force; the default terms are published the first time they are needed."""
    current = current_terms(session)
    if current is not None:
        return current
    return publish_terms(session, DEFAULT_VERSION, DEFAULT_CLAUSES, material=True,
                         summary="First published terms.", actor="system")


def current_terms(session: Session) -> TermsVersion | None:
    return session.scalar(select(TermsVersion).order_by(TermsVersion.published_at.desc(),
                                                        TermsVersion.version.desc()).limit(1))


def publish_terms(session: Session, version: str, clauses: list[dict[str, str]], *,
                  material: bool, actor: str, summary: str = "",
                  now: datetime | None = None) -> TermsVersion:
    if not _VERSION.match(version):
        raise InvalidInput("a terms version is 1-32 letters, digits, dots or dashes")
    if session.scalar(select(TermsVersion.id).where(TermsVersion.version == version)):
        raise Conflict(f"terms version {version!r} already exists; versions are immutable")
    seen: set[str] = set()
    cleaned = []
    for clause in clauses:
        cid = str(clause.get("id", ""))
        if not _CLAUSE_ID.match(cid):
            raise InvalidInput(f"clause id {cid!r}: use 1-40 lowercase letters, digits, dashes")
        if cid in seen:
            raise InvalidInput(f"clause id {cid!r} appears twice")
        title, text = str(clause.get("title", "")).strip(), str(clause.get("text", "")).strip()
        if not title or not text:
            raise InvalidInput(f"clause {cid!r} needs a title and a text")
        seen.add(cid)
        cleaned.append({"id": cid, "title": title[:200], "text": text[:5000]})
    if "csea" not in seen:
        raise InvalidInput("terms must keep the 'csea' clause prohibiting child sexual "
                           "exploitation and abuse")
    row = TermsVersion(version=version, material=material, summary=summary[:2000],
                       clauses=cleaned, published_by=actor[:160],
                       published_at=now or utcnow())
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="accounts.terms_publish", target_type="terms",
                 target_id=version, details={"material": material, "clauses": sorted(seen)})
    return row


def list_terms(session: Session) -> list[TermsVersion]:
    ensure_default_terms(session)
    return list(session.scalars(select(TermsVersion).order_by(TermsVersion.published_at)))


def clause(session: Session, clause_id: str, version: str | None = None) -> dict[str, str]:
    """One clause, from a given version or the one in force; decisions quote it."""
    terms = ensure_default_terms(session) if version is None else session.scalar(
        select(TermsVersion).where(TermsVersion.version == version))
    if terms is None:
        raise NotFound(f"no terms version {version!r}")
    for item in terms.clauses:
        if item["id"] == clause_id:
            return {**item, "version": terms.version}
    raise NotFound(f"terms {terms.version} have no clause {clause_id!r}",
                   details={"clauses": [c["id"] for c in terms.clauses]})


def cite(session: Session, clause_ids: Iterable[str]) -> list[dict[str, str]]:
    ids = list(clause_ids)
    if not ids:
        return []
    terms = ensure_default_terms(session)
    by_id = {c["id"]: c for c in terms.clauses}
    return [{"id": cid, "title": by_id[cid]["title"], "version": terms.version}
            for cid in ids if cid in by_id]


def accept_terms(session: Session, account_id: str, version: str, *, actor: str,
                 channel: str = "app", now: datetime | None = None) -> TermsAcceptance:
    account = session.get(Account, account_id)
    if account is None or account.status != "active":
        raise NotFound(f"no active account {account_id!r}")
    ensure_default_terms(session)
    if not session.scalar(select(TermsVersion.id).where(TermsVersion.version == version)):
        raise NotFound(f"no terms version {version!r}")
    existing = session.scalar(select(TermsAcceptance).where(
        TermsAcceptance.account_id == account_id, TermsAcceptance.version == version))
    if existing is not None:
        return existing
    row = TermsAcceptance(account_id=account_id, version=version, channel=channel[:40],
                          accepted_at=now or utcnow())
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="accounts.terms_accept", target_type="account",
                 target_id=account_id, details={"version": version, "channel": channel})
    return row


def terms_status(session: Session, account_id: str) -> dict[str, Any]:
    """Whether the account must (re-)accept: it has not accepted the latest material
    version or anything published after it."""
    current = ensure_default_terms(session)
    versions = list(session.scalars(select(TermsVersion).order_by(TermsVersion.published_at)))
    material = [v for v in versions if v.material]
    baseline = material[-1] if material else versions[0]
    acceptable = {v.version for v in versions if v.published_at >= baseline.published_at}
    accepted = list(session.scalars(select(TermsAcceptance).where(
        TermsAcceptance.account_id == account_id).order_by(TermsAcceptance.accepted_at)))
    latest = accepted[-1].version if accepted else None
    needs = not any(a.version in acceptable for a in accepted)
    if not accepted:
        reason = "the account has not accepted any terms"
    elif needs:
        reason = f"terms {baseline.version} changed materially since {latest} was accepted"
    else:
        reason = "up to date"
    return {"account_id": account_id, "current_version": current.version,
            "accepted_version": latest, "needs_acceptance": needs,
            "required_version": baseline.version if needs else None, "reason": reason}


def terms_dict(row: TermsVersion) -> dict[str, Any]:
    return {"version": row.version, "material": row.material, "summary": row.summary,
            "published_at": row.published_at.isoformat(), "clauses": row.clauses}


# ---------------------------------------------------------------- safety interventions

RESOURCES: dict[str, list[dict[str, str]]] = {
    "UK": [
        {"name": "Childline", "contact": "0800 1111", "url": "https://www.childline.org.uk/"},
        {"name": "Report Remove (Childline and IWF)",
         "url": "https://www.childline.org.uk/info-advice/bullying-abuse-safety/"
                "online-mobile-safety/remove-nude-image-shared-online/"},
        {"name": "CEOP Safety Centre", "url": "https://www.ceop.police.uk/safety-centre/"},
    ],
    "US": [
        {"name": "NCMEC CyberTipline", "contact": "1-800-843-5678",
         "url": "https://report.cybertip.org/"},
        {"name": "Take It Down (NCMEC)", "url": "https://takeitdown.ncmec.org/"},
        {"name": "988 Suicide & Crisis Lifeline", "contact": "988",
         "url": "https://988lifeline.org/"},
    ],
    "EU": [
        {"name": "Insafe helplines (Better Internet for Kids)",
         "url": "https://better-internet-for-kids.europa.eu/en/helplines"},
        {"name": "Child helpline 116 111", "contact": "116 111",
         "url": "https://childhelplineinternational.org/"},
        {"name": "Take It Down (NCMEC)", "url": "https://takeitdown.ncmec.org/"},
    ],
}

SITUATIONS: dict[str, dict[str, Any]] = {
    "unknown_adult_contact": {
        "audience": "child",
        "title": "Someone you don't know tried to message you",
        "body": "We stopped a message from someone you are not connected to. People online "
                "are not always who they say they are. You never have to reply, keep "
                "secrets, send photos, or move to another app. If something feels wrong, "
                "tell an adult you trust.",
        "actions": ["block", "report", "talk_to_trusted_adult", "dismiss"],
    },
    "before_sending_image": {
        "audience": "sender",
        "title": "Before you send this picture",
        "body": "Once a picture is sent you can't control where it goes. If anyone is "
                "pressuring you or threatening to share pictures of you, it is not your "
                "fault: stop replying, keep the messages, and get help. You can ask for "
                "pictures to be taken down.",
        "actions": ["send_anyway", "cancel", "get_help"],
    },
    "threat_to_share_images": {
        "audience": "anyone",
        "title": "You are not alone",
        "body": "If someone threatens to share pictures of you unless you pay or send more, "
                "do not pay and do not send more. Block them, report them, and keep the "
                "messages. Services can help take pictures down.",
        "actions": ["block", "report", "get_help", "dismiss"],
    },
}


def show_intervention(session: Session, account_id: str, situation: str, *,
                      jurisdiction: str | None = None, now: datetime | None = None
                      ) -> dict[str, Any]:
    """The intervention to show now, with resources for the account's jurisdiction."""
    if situation not in SITUATIONS:
        raise InvalidInput(f"unknown situation {situation!r}",
                           details={"known": sorted(SITUATIONS)})
    account = session.get(Account, account_id)
    code = jurisdiction or (account.jurisdiction if account else "UK")
    row = InterventionRecord(account_id=account_id, situation=situation,
                             jurisdiction=code[:8], shown_at=now or utcnow())
    session.add(row)
    session.flush()
    spec = SITUATIONS[situation]
    return {"id": row.id, "situation": situation, "title": spec["title"], "body": spec["body"],
            "actions": spec["actions"], "resources": RESOURCES.get(code, RESOURCES["UK"]),
            "shown_at": row.shown_at.isoformat()}


def acknowledge_intervention(session: Session, intervention_id: str, response: str, *,
                             now: datetime | None = None) -> InterventionRecord:
    row = session.get(InterventionRecord, intervention_id)
    if row is None:
        raise NotFound(f"no intervention {intervention_id!r}")
    allowed = SITUATIONS[row.situation]["actions"]
    if response not in allowed:
        raise InvalidInput(f"response must be one of {', '.join(allowed)}")
    if row.acknowledged_at is not None:
        raise Conflict("this intervention was already acknowledged")
    row.acknowledged_at, row.response = now or utcnow(), response
    session.flush()
    return row


def intervention_stats(session: Session, since: datetime | None = None
                       ) -> dict[str, dict[str, Any]]:
    query = select(InterventionRecord.situation, InterventionRecord.response,
                   func.count(InterventionRecord.id),
                   func.count(InterventionRecord.acknowledged_at)).group_by(
        InterventionRecord.situation, InterventionRecord.response)
    if since is not None:
        query = query.where(InterventionRecord.shown_at >= since)
    stats: dict[str, dict[str, Any]] = {
        s: {"shown": 0, "acknowledged": 0, "responses": {}} for s in SITUATIONS}
    for situation, response, shown, acknowledged in session.execute(query):
        entry = stats.setdefault(situation, {"shown": 0, "acknowledged": 0, "responses": {}})
        entry["shown"] += shown
        entry["acknowledged"] += acknowledged
        if response:
            entry["responses"][response] = entry["responses"].get(response, 0) + acknowledged
    return stats
