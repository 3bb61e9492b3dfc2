"""Background work of the accounts context: retention, and deletions waiting on holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from childguard.accounts import privacy
from childguard.platform.jobs import JobContext, every, job


@job("accounts.retention_sweep")
def retention_sweep(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    privacy.retention_sweep(session)


@job("accounts.resume_deletions")
def resume_deletions(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    privacy.resume_deletions(session)


every(6 * 3600, "accounts.retention_sweep")
every(3600, "accounts.resume_deletions")
