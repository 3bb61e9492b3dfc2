"""Job handlers used by the job tests (imported by the test and by real worker processes)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from childguard.platform import audit
from childguard.platform.jobs import JobContext, job


@job("test.effect", max_attempts=5, backoff_seconds=0.01)
def effect(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    """Writes one audit entry. When asked, announces itself and stalls before committing,
    so a test can kill the worker in the middle of the job."""
    audit.record(session, actor="job", action="test.effect", target_id=payload["key"],
                 details={"attempt": ctx.attempt})
    marker = payload.get("stall_marker")
    if marker and not Path(marker).exists():
        Path(marker).write_text(str(os.getpid()))
        time.sleep(120)


@job("test.always_fails", max_attempts=2, backoff_seconds=0.01)
def always_fails(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    raise RuntimeError("the receiving service said no")


@job("test.long", max_attempts=1)
def long_job(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    """A long handler keeps its lease between steps (before it writes: on SQLite the
    handler's own transaction holds the write lock once it has written)."""
    renewed = ctx.renew_lease(seconds=900)
    audit.record(session, actor="job", action="test.effect", target_id=payload["key"],
                 details={"renewed": renewed})
