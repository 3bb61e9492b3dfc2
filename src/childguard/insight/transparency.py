"""Transparency reports for any period, generated from the audited case store.

What is counted follows DSA Art. 15 and 24 and the quantitative template of Implementing
Regulation (EU) 2024/2835 (orders, notices, own-initiative moderation, complaints,
suspensions), plus the reports filed with authorities that the Tech Coalition's TRUST
framework asks for. The CSV is long-format (one number per row: section, metric,
breakdown, value, unit), so each row maps onto one cell of the harmonised template.

Insight is a read model: it reads moderation's and the user-report tables (never writes
them) and asks the reporting context through its service functions.
"""

from __future__ import annotations

import csv
import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.insight.storage import Reporter, UserReport
from childguard.moderation.storage import ActionRow, Appeal, Case, Decision
from childguard.platform.errors import InvalidInput

# Actions that tell someone something rather than act on content or accounts.
NOTIFICATIONS = frozenset({"statement_of_reasons", "report_outcome", "case_opened"})
USER_REPORT_REASONS = ("user-report:", "trusted-flagger")


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime  # exclusive
    label: str

    def contains(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment < self.end


def _day(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


def parse_period(text: str) -> Period:
    """``2026``, ``2026-H1``, ``2026-Q3``, ``2026-05`` or ``2026-01-01..2026-06-30``."""
    value = text.strip().upper()
    try:
        if m := re.fullmatch(r"(\d{4})", value):
            y = int(m[1])
            return Period(_day(date(y, 1, 1)), _day(date(y + 1, 1, 1)), value)
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            y, h = int(m[1]), int(m[2])
            start = date(y, 1 if h == 1 else 7, 1)
            end = date(y, 7, 1) if h == 1 else date(y + 1, 1, 1)
            return Period(_day(start), _day(end), value)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            y, q = int(m[1]), int(m[2])
            end = date(y, 3 * q + 1, 1) if q < 4 else date(y + 1, 1, 1)
            return Period(_day(date(y, 3 * q - 2, 1)), _day(end), value)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            end = date(y, mo + 1, 1) if mo < 12 else date(y + 1, 1, 1)
            return Period(_day(date(y, mo, 1)), _day(end), value)
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", value):
            first, last = date.fromisoformat(m[1]), date.fromisoformat(m[2])
            if last < first:
                raise ValueError("the period ends before it starts")
            return Period(_day(first), _day(last + timedelta(days=1)), f"{first}..{last}")
    except ValueError as exc:
        raise InvalidInput(f"period {text!r}: {exc}") from None
    raise InvalidInput(f"period {text!r} is not one of 2026, 2026-H1, 2026-Q3, 2026-05 or "
                       "2026-01-01..2026-06-30")


def _median_hours(seconds: list[float]) -> float | None:
    return round(statistics.median(seconds) / 3600, 2) if seconds else None


def _counts(items: Any) -> dict[str, int]:
    return dict(sorted(Counter(items).items()))


@dataclass
class TransparencyReport:
    period: Period
    service: str
    generated_at: datetime
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"period": {"label": self.period.label, "start": self.period.start.isoformat(),
                           "end_exclusive": self.period.end.isoformat()},
                "service": self.service, "generated_at": self.generated_at.isoformat(),
                **self.sections}

    def rows(self) -> list[tuple[str, str, str, Any, str]]:
        """(section, metric, breakdown, value, unit), one number per row."""
        out: list[tuple[str, str, str, Any, str]] = []
        for section, metrics in self.sections.items():
            for metric, value in metrics.items():
                unit = "hours" if metric.startswith("median") else (
                    "percent" if metric.endswith("_percent") else "count")
                if isinstance(value, dict):
                    for breakdown, number in value.items():
                        out.append((section, metric, str(breakdown), number, unit))
                else:
                    out.append((section, metric, "total", value, unit))
        return out

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180
        writer.writerow(["period_start", "period_end", "service", "section", "metric",
                         "breakdown", "value", "unit"])
        start = self.period.start.date().isoformat()
        end = (self.period.end - timedelta(days=1)).date().isoformat()
        for section, metric, breakdown, value, unit in self.rows():
            writer.writerow([start, end, self.service, section, metric, breakdown,
                             "" if value is None else value, unit])
        return buffer.getvalue()


def _is_user_report_case(case: Case) -> bool:
    reasons = [str(r) for r in (case.reasons or [])]
    return bool(reasons) and all(r.startswith(USER_REPORT_REASONS) for r in reasons)


def generate(session: Session, period: Period, *, service: str = "",
             appeal_decision_days: int = 7) -> TransparencyReport:
    p = period
    report = TransparencyReport(period=p, service=service,
                                generated_at=datetime.now(UTC))

    # --- notices (Art. 16): user reports received in the period
    notices = list(session.scalars(select(UserReport).where(
        UserReport.received_at >= p.start, UserReport.received_at < p.end)))
    acted = [n for n in notices if n.outcome and n.outcome not in ("no_violation",)]
    notice_times = [(n.outcome_at - n.received_at).total_seconds() for n in notices
                    if n.outcome_at is not None and n.outcome != "hashes_added"]
    report.sections["notices"] = {
        "received": len(notices),
        "by_category": _counts(n.category for n in notices),
        "by_source": _counts("trusted_flagger" if n.trusted_flagger else n.source
                             for n in notices),
        "from_trusted_flaggers": sum(1 for n in notices if n.trusted_flagger),
        "merged_as_duplicates": sum(1 for n in notices if n.duplicate_of),
        "outcome": _counts(n.outcome or "pending" for n in notices),
        "action_taken": len(acted),
        "action_taken_on_terms_and_conditions": len(acted),
        "processed_by_automated_means": 0,
        "median_time_to_action": _median_hours(notice_times),
    }

    # --- own-initiative moderation: cases opened, actions, decisions
    cases = list(session.scalars(select(Case).where(Case.opened_at >= p.start,
                                                    Case.opened_at < p.end)))
    own = [c for c in cases if not _is_user_report_case(c)]
    methods: Counter[str] = Counter()
    for c in own:
        for reason in c.reasons or []:
            if not str(reason).startswith(USER_REPORT_REASONS):
                methods[str(reason)] += 1
    actions = list(session.scalars(select(ActionRow).where(
        ActionRow.created_at >= p.start, ActionRow.created_at < p.end)))
    measures = [a for a in actions if a.kind not in NOTIFICATIONS]
    decisions = list(session.scalars(select(Decision).where(
        Decision.at >= p.start, Decision.at < p.end, Decision.kind == "review")))
    decided_cases = list(session.scalars(select(Case).where(
        Case.decided_at >= p.start, Case.decided_at < p.end)))
    case_times = [(c.decided_at - c.opened_at).total_seconds() for c in decided_cases
                  if c.decided_at is not None]
    automated_blocks = sum(1 for a in measures if a.source == "automated"
                           and a.kind in ("block", "hold"))
    report.sections["moderation"] = {
        "cases_opened": len(cases),
        "cases_opened_by_source": {"automated_detection": len(own),
                                   "user_report": len(cases) - len(own)},
        "own_initiative_by_detection_rule": dict(sorted(methods.items())),
        "actions": len(measures),
        "actions_by_type": _counts(a.kind for a in measures),
        "actions_by_source": _counts(a.source for a in measures),
        "decisions": len(decisions),
        "decisions_by_outcome": _counts(d.outcome for d in decisions),
        "decisions_by_means": {"automated": automated_blocks + sum(
            1 for d in decisions if d.automated),
            "human": sum(1 for d in decisions if not d.automated)},
        "cases_decided": len(decided_cases),
        "median_time_to_action": _median_hours(case_times),
    }

    # --- complaints (Art. 20): appeals
    filed = list(session.scalars(select(Appeal).where(Appeal.created_at >= p.start,
                                                      Appeal.created_at < p.end)))
    decided = list(session.scalars(select(Appeal).where(Appeal.decided_at >= p.start,
                                                        Appeal.decided_at < p.end)))
    durations = [(a.decided_at - a.created_at).total_seconds() for a in decided
                 if a.decided_at is not None]
    deadline = timedelta(days=appeal_decision_days).total_seconds()
    report.sections["appeals"] = {
        "received": len(filed),
        "decided": len(decided),
        "upheld": sum(1 for a in decided if a.state == "upheld"),
        "reversed": sum(1 for a in decided if a.state == "reversed"),
        "pending_at_period_end": sum(1 for a in filed if a.decided_at is None
                                     or a.decided_at >= p.end),
        "decided_within_deadline": sum(1 for d in durations if d <= deadline),
        "median_decision_time": _median_hours(durations),
    }

    # --- suspensions (Art. 23) and other account measures
    suspended = {a.account_id for a in measures if a.kind == "restrict_account"
                 and (a.details or {}).get("restriction") == "suspended"}
    restrictions = _counts(str((a.details or {}).get("restriction")) for a in measures
                           if a.kind == "restrict_account")
    paused_reporters = 0
    for row in session.scalars(select(Reporter)):
        for entry in row.history or []:
            if entry.get("what") == "throttled" and p.contains(
                    datetime.fromisoformat(str(entry.get("at")))):
                paused_reporters += 1
    report.sections["suspensions"] = {
        "accounts_suspended": len(suspended),
        "account_restrictions_by_type": restrictions,
        "reporters_suspended_for_unfounded_notices": paused_reporters,
        "complainants_suspended_for_unfounded_complaints": 0,
    }

    report.sections["authorities"] = _authorities(session, p)
    return report


def _authorities(session: Session, p: Period) -> dict[str, Any]:
    """CyberTipline reports filed and law-enforcement requests, via reporting's services."""
    from childguard.reporting import legal
    from childguard.reporting import services as reporting

    filed = [r for r in reporting.list_reports(session, status="filed", limit=1_000_000)
             if p.contains(r.filed_at)]
    to_report = [(r.filed_at - r.detected_at).total_seconds() for r in filed
                 if r.filed_at is not None and r.detected_at is not None]
    requests = [r for r in legal.list_requests(session) if p.contains(r.received_at)]
    return {
        "cybertipline_reports_filed": len(filed),
        "cybertipline_reports_by_incident_type": _counts(r.incident_type for r in filed),
        "median_time_detection_to_report": _median_hours(to_report),
        "law_enforcement_requests": len(requests),
        "law_enforcement_requests_by_type": _counts(r.type for r in requests),
    }
