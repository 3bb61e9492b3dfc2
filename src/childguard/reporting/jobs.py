"""Background jobs of the reporting context."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from childguard.platform.jobs import JobContext, job
from childguard.reporting import filing


@job("reporting.file", max_attempts=30, backoff_seconds=30)
def file_report(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    """File one report with the CyberTipline (see :mod:`childguard.reporting.filing`).

    The handler commits its progress in its own short transactions (the reportId must be
    durable the moment NCMEC returns it), so it leaves the job's session untouched.
    """
    filing.run(ctx.database, str(payload["report_id"]), job_id=ctx.job_id,
               attempt=ctx.attempt)
