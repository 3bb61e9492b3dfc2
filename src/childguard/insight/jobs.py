"""Insight's periodic jobs: user-report outcomes back to reporters, risk-review reminders,
overdue-appeal reminders, and clearing old rate-limit windows."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from childguard.platform.config import get_settings
from childguard.platform.db import utcnow
from childguard.platform.jobs import JobContext, every, job


@job("insight.report_outcomes")
def report_outcomes(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    from childguard.moderation import user_reports

    user_reports.sync_outcomes(session)


@job("insight.risk_reminders")
def risk_reminders(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    from childguard.insight import risk

    days = int(payload.get("days_before") or get_settings().risk_review_reminder_days)
    risk.send_review_reminders(session, today=utcnow().date(), days_before=days)


@job("insight.appeal_deadlines")
def appeal_deadlines(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    from childguard.insight import risk

    risk.remind_overdue_appeals(session, deadline_days=get_settings().appeal_decision_days)


@job("insight.rate_sweep")
def rate_sweep(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    from childguard.insight import ratelimit

    ratelimit.sweep(session)


every(60, "insight.report_outcomes")
every(6 * 3600, "insight.risk_reminders")
every(3600, "insight.appeal_deadlines")
every(24 * 3600, "insight.rate_sweep")
