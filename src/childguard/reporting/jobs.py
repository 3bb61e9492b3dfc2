"""Background jobs of the reporting context."""

from __future__ import annotations

import logging
from typing import Any

import httpx
from sqlalchemy.orm import Session

from childguard.platform.jobs import JobContext, every, job
from childguard.reporting import filing

log = logging.getLogger("childguard.reporting")


@job("reporting.file", max_attempts=30, backoff_seconds=30)
def file_report(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    """File one report with the CyberTipline (see :mod:`childguard.reporting.filing`).

    The handler commits its progress in its own short transactions (the reportId must be
    durable the moment NCMEC returns it), so it leaves the job's session untouched.
    """
    filing.run(ctx.database, str(payload["report_id"]), job_id=ctx.job_id,
               attempt=ctx.attempt)


@job("reporting.refresh_xsd", max_attempts=1)
def refresh_xsd(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    """Fetch NCMEC's XSD once a day; pin it and warn (log + audit) when it changed.

    Unreachable endpoints (no credentials yet, sandbox not running) only log a warning:
    validation against the project's own XSD goes on regardless.
    """
    from childguard.platform.config import get_settings
    from childguard.reporting import xsd
    from childguard.reporting.client import ApiError, CyberTiplineClient

    settings = get_settings()
    client = CyberTiplineClient.from_settings(settings)
    try:
        content = client.xsd()
    except (ApiError, httpx.HTTPError, OSError) as exc:
        log.warning("could not fetch NCMEC's XSD", extra={"error": str(exc)})
        return
    finally:
        client.close()
    xsd.record_xsd(session, content, source_url=settings.ncmec_base_url + "/xsd",
                   actor="system:reporting.refresh_xsd")


every(24 * 3600, "reporting.refresh_xsd")


@job("reporting.legal_deadlines", max_attempts=1)
def legal_deadlines(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    """Once a day, flag open law-enforcement requests past their deadline (log + audit)."""
    from childguard.platform import audit
    from childguard.reporting import legal

    for req in legal.overdue(session):
        log.warning("law-enforcement request overdue",
                    extra={"legal_request": req.id, "agency": req.agency,
                           "due_at": req.due_at.isoformat() if req.due_at else None})
        audit.record(session, actor="system:reporting.legal_deadlines",
                     action="legal.request_overdue", target_type="legal_request",
                     target_id=req.id, details={"agency": req.agency,
                                                "due_at": str(req.due_at)})


every(24 * 3600, "reporting.legal_deadlines")
