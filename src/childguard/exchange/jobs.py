"""Background jobs: scheduled fetches, their continuations, and feedback delivery."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.exchange import services
from childguard.exchange.storage import Collab
from childguard.platform import jobs
from childguard.platform.db import utcnow
from childguard.platform.jobs import JobContext, job

log = logging.getLogger("childguard.exchange.jobs")


@job("exchange.fetch", max_attempts=12, backoff_seconds=5.0)
def fetch(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    """Fetch one collaboration from its checkpoint. Pages commit on their own; this job's
    session only queues the continuation, so a worker that dies mid-fetch leaves the
    checkpoint where the last whole window ended and the rerun re-applies, harmlessly."""
    result = services.run_fetch(ctx.database, str(payload["collab_id"]))
    if result.skipped:
        # Another worker holds the collaboration; look again when its lease runs out, so a
        # worker that died mid-fetch is taken over from the checkpoint.
        attempt = int(payload.get("waited", 0)) + 1
        jobs.enqueue(session, "exchange.fetch", {**payload, "waited": attempt},
                     key=f"{ctx.idempotency_key or ctx.job_id}:wait:{attempt}",
                     delay_seconds=result.retry_after + 1)
        return
    if not result.complete:
        part = int(payload.get("part", 0)) + 1
        jobs.enqueue(session, "exchange.fetch", {"collab_id": payload["collab_id"],
                                                 "part": part},
                     key=f"{ctx.idempotency_key or ctx.job_id}:continue:{part}")


@job("exchange.fetch_all", max_attempts=3)
def fetch_all(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    """The schedule: one fetch per enabled collaboration per period."""
    bucket = utcnow().strftime("%Y%m%dT%H%M%S")
    for collab in session.scalars(select(Collab).where(Collab.enabled.is_(True))):
        jobs.enqueue(session, "exchange.fetch", {"collab_id": collab.id},
                     key=f"exchange.fetch:{collab.id}:{ctx.idempotency_key or bucket}")


@job("exchange.send_feedback", max_attempts=10, backoff_seconds=10.0)
def send_feedback(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    services.send_feedback(ctx.database, str(payload["feedback_id"]))


def _interval() -> int:
    try:
        from childguard.platform.config import get_settings

        return int(get_settings().exchange_fetch_interval_seconds)
    except Exception:  # settings not loadable (a tool importing the module): the default
        return 3600


jobs.every(_interval(), "exchange.fetch_all")
