"""User reports in: notices from users (in-app buttons, the public report page) become cases.

A report names what it is about (an account, a piece of content, or a web address), a
category, optional details and, for in-app reports, the surrounding messages. Intake:

- finds the subject account (from the content's event when only the content is named),
  opens or updates that account's one open case, and ties the reported content and the
  conversation around it to the case, so the reviewer sees the context;
- merges duplicates: a second report of the same item joins the first report's case (each
  reporter still gets their own reference number to follow it);
- puts trusted flaggers first (DSA Art. 22): their reports carry half the SLA and sort ahead
  of equal-priority cases;
- throttles reporters who keep sending unfounded reports (DSA Art. 23): a warning first,
  then a suspension of intake for a while, recorded on the reporter and in the audit log;
- for "my own image" reports, adds only the hashes (computed on the person's device) to the
  self-reported bank, so later uploads of that image are blocked.

Outcomes flow back when the case is decided (:func:`sync_outcomes`, run by a job): the
report's status changes, in-app reports get a ``report_outcome`` action for the service to
pass on, and unfounded reports count against their reporter.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from childguard.insight.storage import Reporter, UserReport
from childguard.moderation import actions as action_service
from childguard.moderation.ingest import insert_ignoring_conflicts
from childguard.moderation.model import SLA, priority_of
from childguard.moderation.storage import Case, Decision, EventRow
from childguard.platform import audit
from childguard.platform.db import new_id, utcnow
from childguard.platform.errors import InvalidInput, NotFound, TooManyRequests

# category -> (case tier, label). Tiers follow moderation's queue order.
CATEGORIES: dict[str, tuple[str, str]] = {
    "child_sexual_exploitation": ("new_material", "Child sexual exploitation"),
    "grooming": ("new_material", "Grooming or an adult trying to get close to a child"),
    "sextortion": ("new_material", "Sextortion: threats to share images, demands"),
    "my_own_image": ("new_material", "An image of me is being shared"),
    "self_harm": ("standard", "Self-harm or suicide"),
    "other": ("standard", "Something else"),
}
SOURCES = ("in_app", "public")
SELF_REPORTED_BANK = "self-reported"
# Unfounded reports (decided "no violation") within the window before a warning, and before
# intake from that reporter is suspended; how long a suspension lasts.
UNFOUNDED_WINDOW = timedelta(days=90)
WARN_AFTER_UNFOUNDED = 3
THROTTLE_AFTER_UNFOUNDED = 5
THROTTLE_FOR = timedelta(days=30)
# A burst limit per reporter (trusted flaggers are exempt): more than this in an hour is
# refused, without counting against the reporter's standing.
REPORTS_PER_HOUR = 20
CONTEXT_MESSAGES = 3  # messages kept on either side of a reported message
_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
OUTCOME_LABELS = {
    "no_violation": "We reviewed the report and found no breach of our rules.",
    "remove_content": "We removed the content.",
    "remove_and_restrict": "We removed the content and restricted the account.",
    "remove_and_suspend": "We removed the content and suspended the account.",
    "hashes_added": "The fingerprints of your image are on our block list: uploads of it "
                    "are stopped.",
}


@dataclass
class ReportInput:
    category: str
    reported_account_id: str | None = None
    content_ref: str | None = None
    reported_url: str | None = None
    details: str = ""
    context: list[dict[str, Any]] = field(default_factory=list)
    immediate_danger: bool = False
    hashes: dict[str, str] = field(default_factory=dict)
    language: str = "en"


@dataclass
class Filed:
    report: UserReport
    duplicate: bool
    warning: str | None


def new_reference() -> str:
    raw = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(12))
    return f"CG-{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_reference(value: str) -> str:
    raw = "".join(c for c in value.upper() if c.isalnum())
    raw = raw.removeprefix("CG")
    return f"CG-{raw[:4]}-{raw[4:8]}-{raw[8:12]}" if len(raw) == 12 else value.strip().upper()


def _clean(value: str | None, limit: int) -> str | None:
    value = (value or "").strip()
    return value[:limit] or None


def item_key(data: ReportInput) -> str:
    if data.content_ref:
        return f"content:{data.content_ref}"
    if data.reported_url:
        url = data.reported_url.strip().lower().rstrip("/")
        for prefix in ("https://", "http://", "www."):
            url = url.removeprefix(prefix)
        return "url:" + hashlib.sha256(url.encode()).hexdigest()[:40]
    if data.reported_account_id:
        return f"account:{data.reported_account_id}"
    if data.hashes.get("sha256"):
        return f"hashes:{data.hashes['sha256']}"
    raise InvalidInput("say what you are reporting: an account, a piece of content or a link")


def _validate(data: ReportInput) -> ReportInput:
    if data.category not in CATEGORIES:
        raise InvalidInput(f"unknown category {data.category!r}",
                           details={"categories": list(CATEGORIES)})
    data.reported_account_id = _clean(data.reported_account_id, 128)
    data.content_ref = _clean(data.content_ref, 160)
    data.reported_url = _clean(data.reported_url, 2000)
    data.details = (data.details or "").strip()[:5000]
    data.language = (data.language or "en")[:8]
    if data.content_ref and ":" not in data.content_ref:
        raise InvalidInput("content_ref looks like media:<id> or message:<id>")
    hashes: dict[str, str] = {}
    for name, value in (data.hashes or {}).items():
        name = name.lower()
        value = str(value).strip().lower()
        length = {"sha256": 64, "pdq": 64, "md5": 32}.get(name)
        if length is None or len(value) != length or \
                any(c not in "0123456789abcdef" for c in value):
            raise InvalidInput(f"{name}: expected {length or 'a known'} hexadecimal characters"
                               if length else f"unknown hash type {name!r}")
        hashes[name] = value
    data.hashes = hashes
    if data.category == "my_own_image" and not hashes:
        raise InvalidInput("a report of your own image needs the image's fingerprint (sha256); "
                           "the page computes it on your device")
    if hashes and data.category != "my_own_image":
        raise InvalidInput("hashes are only taken with the my_own_image category")
    if len(data.context) > 50:
        raise InvalidInput("send at most 50 context messages")
    item_key(data)  # raises when nothing is named
    return data


# ----------------------------------------------------------------- reporters


def reporter(session: Session, key: str) -> Reporter:
    row = session.get(Reporter, key)
    if row is None:
        row = Reporter(key=key, history=[], reports=0, unfounded=0, trusted_flagger=False,
                       trusted_name="", throttle_reason="")
        session.add(row)
        session.flush()
    return row


def set_trusted_flagger(session: Session, key: str, *, trusted: bool, name: str, actor: str
                        ) -> Reporter:
    row = reporter(session, key)
    row.trusted_flagger = trusted
    row.trusted_name = name[:200]
    row.updated_at = utcnow()
    row.history = [*list(row.history or []), {"at": utcnow().isoformat(),
                                              "what": "trusted" if trusted else "untrusted",
                                              "by": actor}]
    audit.record(session, actor=actor, action="moderation.reporter.trusted_flagger",
                 target_type="reporter", target_id=key, details={"trusted": trusted,
                                                                 "name": name})
    return row


def lift_throttle(session: Session, key: str, *, actor: str, reason: str) -> Reporter:
    row = reporter(session, key)
    row.throttled_until = None
    row.unfounded = 0
    row.history = [*list(row.history or []), {"at": utcnow().isoformat(), "what": "lifted",
                                              "by": actor, "reason": reason[:500]}]
    audit.record(session, actor=actor, action="moderation.reporter.unthrottle",
                 target_type="reporter", target_id=key, details={"reason": reason[:500]})
    return row


def _check_standing(row: Reporter, now: datetime) -> str | None:
    if row.throttled_until is not None and row.throttled_until > now:
        days = max(1, (row.throttled_until - now).days)
        raise TooManyRequests(
            "reports from you are paused for about "
            f"{days} more day(s) because many earlier reports were unfounded. If a child is "
            "in immediate danger, call your local emergency number.",
            code="reporter_suspended",
            details={"until": row.throttled_until.isoformat()})
    if row.warned_at is not None:
        return ("Several of your earlier reports did not break our rules. Please report only "
                "what you believe breaks them; repeated unfounded reports pause reporting.")
    return None


# ----------------------------------------------------------------- cases and context


def _subject_account(session: Session, data: ReportInput) -> str | None:
    if data.reported_account_id:
        return data.reported_account_id
    if data.content_ref:
        owner = session.scalar(select(EventRow.account_id)
                               .where(EventRow.content_ref == data.content_ref).limit(1))
        if owner:
            return str(owner)
    return None


def _message_context(session: Session, content_ref: str) -> list[dict[str, Any]]:
    """The reported message and the messages around it in its conversation."""
    ev = session.scalar(select(EventRow).where(EventRow.content_ref == content_ref).limit(1))
    if ev is None or ev.type != "message.sent":
        return []
    conv = ev.data.get("conversation_id")
    window = timedelta(days=7)
    rows = [e for e in session.scalars(
        select(EventRow).where(EventRow.type == "message.sent",
                               EventRow.occurred_at >= ev.occurred_at - window,
                               EventRow.occurred_at <= ev.occurred_at + window)
        .order_by(EventRow.occurred_at).limit(5000)) if e.data.get("conversation_id") == conv]
    at = next((i for i, e in enumerate(rows) if e.id == ev.id), 0)
    keep = rows[max(0, at - CONTEXT_MESSAGES):at + CONTEXT_MESSAGES + 1]
    return [{"message_id": e.data.get("message_id"), "sender": e.account_id,
             "at": e.occurred_at.isoformat(), "text": str(e.data.get("text", ""))[:2000],
             "reported": e.id == ev.id, "event_id": e.id} for e in keep]


def _attach_events(session: Session, case: Case, content_ref: str | None,
                   context: list[dict[str, Any]]) -> None:
    """Tie the reported content and its context to the case (if no other case has them),
    so the case page shows them and a decision acts on the reported content."""
    ids = [c["event_id"] for c in context if c.get("event_id")]
    query = select(EventRow).where(EventRow.case_id.is_(None))
    if content_ref:
        rows = list(session.scalars(query.where(
            (EventRow.content_ref == content_ref) | EventRow.id.in_(ids or [""]))))
    elif ids:
        rows = list(session.scalars(query.where(EventRow.id.in_(ids))))
    else:
        rows = []
    for row in rows:
        row.case_id = case.id
    if rows:
        case.event_count = (case.event_count or 0) + len(rows)


def _open_or_update_case(session: Session, subject: str, tier: str, reason: str,
                         trusted: bool, now: datetime) -> Case:
    """Moderation's rule: at most one open case per account (``open_key``)."""
    priority = priority_of(tier, None)
    due = now + (SLA[tier] / 2 if trusted else SLA[tier])
    insert_ignoring_conflicts(session, Case.__table__, [{
        "id": new_id(), "account_id": subject, "open_key": subject, "state": "open",
        "priority": priority, "priority_reason": tier, "classification": None,
        "imminent": tier == "imminent_risk", "queue": "user-reports", "reasons": [],
        "opened_at": now, "sla_due_at": due, "updated_at": now, "first_event_at": now,
        "event_count": 0}], ["open_key"])
    case = session.scalar(select(Case).where(Case.open_key == subject))
    assert case is not None
    if priority < case.priority:
        case.priority = priority
        case.priority_reason = tier
    if tier == "imminent_risk":
        case.imminent = True
    case.sla_due_at = min(case.sla_due_at, due)
    reasons = list(case.reasons or [])
    for r in (reason, "trusted-flagger") if trusted else (reason,):
        if r not in reasons:
            reasons.append(r)
    case.reasons = reasons[:50]
    case.updated_at = now
    return case


def _add_to_self_reported_bank(session: Session, report: UserReport, actor: str) -> None:
    from childguard.media import banks  # the media context's bank service

    try:
        bank = banks.get_bank(session, SELF_REPORTED_BANK)
    except NotFound:
        bank = banks.create_bank(
            session, actor=actor, name=SELF_REPORTED_BANK, source="own",
            description="Take It Down-style: fingerprints people sent of their own images, "
                        "computed on their device. Uploads that match are blocked.")
    entries = [banks.NewEntry(signal_type=name, value=value, source_id=report.reference,
                              note="self-reported (hash only; the image was never sent)")
               for name, value in sorted(report.hashes.items())]
    banks.add_entries_bulk(session, actor=actor, bank=bank, entries=entries,
                           source=f"user report {report.reference}")


# ----------------------------------------------------------------- intake


def file_user_report(session: Session, data: ReportInput, *, source: str, reporter_key: str,
                     actor: str, extra_reporter_keys: tuple[str, ...] = ()) -> Filed:
    """Take one report; return it (or the reporter's earlier report of the same item)."""
    if source not in SOURCES:
        raise InvalidInput(f"unknown source {source!r}")
    data = _validate(data)
    now = utcnow()
    who = reporter(session, reporter_key)
    warning = _check_standing(who, now)
    trusted = who.trusted_flagger or any(
        (r := session.get(Reporter, k)) is not None and r.trusted_flagger
        for k in extra_reporter_keys)
    if not trusted:
        recent = int(session.scalar(select(func.count()).select_from(UserReport).where(
            UserReport.reporter_key == reporter_key,
            UserReport.received_at >= now - timedelta(hours=1))) or 0)
        if recent >= REPORTS_PER_HOUR:
            raise TooManyRequests(f"at most {REPORTS_PER_HOUR} reports an hour from one "
                                  "reporter; please try again later",
                                  details={"retry_after_seconds": 3600})
    key = item_key(data)
    mine = session.scalar(select(UserReport).where(
        UserReport.item_key == key, UserReport.reporter_key == reporter_key,
        UserReport.category == data.category, UserReport.status.in_(("received", "in_review",
                                                                      "hashes_added"))))
    if mine is not None:
        return Filed(mine, duplicate=True, warning=warning)
    primary = session.scalar(select(UserReport).where(
        UserReport.item_key == key, UserReport.duplicate_of.is_(None),
        UserReport.status.in_(("received", "in_review"))).order_by(UserReport.received_at))
    context = list(data.context)
    if data.content_ref and data.content_ref.startswith("message:") and not context:
        context = _message_context(session, data.content_ref)
    report = UserReport(
        id=new_id(), reference=new_reference(), source=source, category=data.category,
        reported_account_id=_subject_account(session, data), content_ref=data.content_ref,
        reported_url=data.reported_url, item_key=key, details=data.details,
        context=[{k: v for k, v in c.items()} for c in context][:50], hashes=data.hashes,
        reporter_key=reporter_key, trusted_flagger=trusted, language=data.language,
        immediate_danger=data.immediate_danger,
        status="received", submitted_by=actor[:160], received_at=now,
        duplicate_of=primary.id if primary is not None else None)
    tier = "imminent_risk" if data.immediate_danger else CATEGORIES[data.category][0]
    subject = report.reported_account_id
    reason = f"user-report:{data.category}"
    case: Case | None = None
    if primary is not None and primary.case_id:
        existing = session.get(Case, primary.case_id)
        if existing is not None and existing.open_key is not None:
            case = _open_or_update_case(session, existing.account_id, tier, reason, trusted,
                                        now)
        else:  # the first report's case was decided meanwhile: this one starts afresh
            report.duplicate_of = None
    if case is None and (data.category != "my_own_image" or subject):
        subject = subject or "item:" + hashlib.sha256(key.encode()).hexdigest()[:24]
        case = _open_or_update_case(session, subject, tier, reason, trusted, now)
    if case is not None:
        report.case_id = case.id
        _attach_events(session, case, data.content_ref, context)
    session.add(report)
    who.reports = (who.reports or 0) + 1
    who.updated_at = now
    session.flush()
    if data.hashes:
        _add_to_self_reported_bank(session, report, actor)
        if case is None:
            report.status = "hashes_added"
            report.outcome = "hashes_added"
            report.outcome_at = now
    audit.record(session, actor=actor, action="moderation.user_report.file",
                 target_type="user_report", target_id=report.id,
                 details={"reference": report.reference, "category": report.category,
                          "source": source, "item": key, "case_id": report.case_id,
                          "duplicate_of": report.duplicate_of, "trusted_flagger": trusted,
                          "hashes": sorted(data.hashes)})
    return Filed(report, duplicate=False, warning=warning)


# ----------------------------------------------------------------- status and outcomes


def get_by_reference(session: Session, reference: str) -> UserReport:
    report = session.scalar(select(UserReport).where(
        UserReport.reference == normalise_reference(reference)))
    if report is None:
        raise NotFound("no report with that reference number; check it and try again")
    return report


def _decision_for(session: Session, report: UserReport) -> Decision | None:
    if not report.case_id:
        return None
    return session.scalar(select(Decision).where(
        Decision.case_id == report.case_id, Decision.kind == "review")
        .order_by(Decision.at.desc()).limit(1))


def sync_outcomes(session: Session, reports: list[UserReport] | None = None,
                  *, actor: str = "system:user-reports") -> int:
    """Bring reports up to date with their cases; returns how many got an outcome."""
    if reports is None:
        reports = list(session.scalars(select(UserReport).where(
            UserReport.status.in_(("received", "in_review")),
            UserReport.case_id.is_not(None)).limit(2000)))
    done = 0
    now = utcnow()
    for report in reports:
        if report.status not in ("received", "in_review") or not report.case_id:
            continue
        decision = _decision_for(session, report)
        case = session.get(Case, report.case_id)
        if decision is None:
            if case is not None and case.state == "in_review" and report.status != "in_review":
                report.status = "in_review"
            continue
        report.status = "decided"
        report.outcome = decision.outcome
        report.outcome_at = decision.at
        done += 1
        if report.source == "in_app":
            action_service.emit(session, [{
                "kind": "report_outcome", "account_id": report.reported_account_id or "",
                "case_id": report.case_id, "source": "human",
                "details": {"reference": report.reference, "outcome": decision.outcome,
                            "message": OUTCOME_LABELS.get(decision.outcome, ""),
                            "reporter": report.reporter_key}}])
            report.outcome_sent_at = now
        if decision.outcome == "no_violation":
            _count_unfounded(session, report, now, actor)
    return done


def _count_unfounded(session: Session, report: UserReport, now: datetime, actor: str) -> None:
    who = reporter(session, report.reporter_key)
    recent = int(session.scalar(select(func.count()).select_from(UserReport).where(
        UserReport.reporter_key == report.reporter_key, UserReport.outcome == "no_violation",
        UserReport.received_at >= now - UNFOUNDED_WINDOW)) or 0)
    who.unfounded = recent
    decided = int(session.scalar(select(func.count()).select_from(UserReport).where(
        UserReport.reporter_key == report.reporter_key, UserReport.outcome.is_not(None),
        UserReport.received_at >= now - UNFOUNDED_WINDOW)) or 0)
    if who.trusted_flagger:
        return  # trusted flaggers are reviewed by a person, never suspended automatically
    if recent >= WARN_AFTER_UNFOUNDED and who.warned_at is None:
        who.warned_at = now
        who.history = [*list(who.history or []), {"at": now.isoformat(), "what": "warned",
                                                  "unfounded": recent}]
        audit.record(session, actor=actor, action="moderation.reporter.warn",
                     target_type="reporter", target_id=who.key,
                     details={"unfounded": recent, "decided": decided})
    if recent >= THROTTLE_AFTER_UNFOUNDED and recent * 5 >= decided * 4 and (
            who.throttled_until is None or who.throttled_until <= now):
        who.throttled_until = now + THROTTLE_FOR
        who.throttle_reason = (f"{recent} of {decided} reports in {UNFOUNDED_WINDOW.days} days "
                               "were manifestly unfounded (DSA Art. 23)")
        who.history = [*list(who.history or []), {"at": now.isoformat(), "what": "throttled",
                                                  "until": who.throttled_until.isoformat(),
                                                  "reason": who.throttle_reason}]
        audit.record(session, actor=actor, action="moderation.reporter.throttle",
                     target_type="reporter", target_id=who.key,
                     details={"unfounded": recent, "decided": decided,
                              "until": who.throttled_until.isoformat()})
    who.updated_at = now


def status_view(session: Session, report: UserReport) -> dict[str, Any]:
    """What the reporter may see: their report's state and outcome, nothing about others."""
    sync_outcomes(session, [report])
    merged = int(session.scalar(select(func.count()).select_from(UserReport).where(
        UserReport.case_id == report.case_id)) or 0) if report.case_id else 1
    return {
        "reference": report.reference, "category": report.category,
        "category_label": CATEGORIES[report.category][1], "source": report.source,
        "received_at": report.received_at.isoformat(), "status": report.status,
        "outcome": report.outcome, "outcome_message": OUTCOME_LABELS.get(report.outcome or ""),
        "outcome_at": report.outcome_at.isoformat() if report.outcome_at else None,
        "trusted_flagger": report.trusted_flagger, "reports_about_this_item": merged,
        "case_id": report.case_id, "duplicate_of": report.duplicate_of,
    }


def reports_for_case(session: Session, case_id: str) -> list[UserReport]:
    return list(session.scalars(select(UserReport).where(UserReport.case_id == case_id)
                                .order_by(UserReport.received_at)))


def list_reports(session: Session, *, since: datetime | None = None, limit: int = 200
                 ) -> list[UserReport]:
    query = select(UserReport).order_by(UserReport.received_at.desc()).limit(limit)
    if since is not None:
        query = query.where(UserReport.received_at >= since)
    return list(session.scalars(query))

