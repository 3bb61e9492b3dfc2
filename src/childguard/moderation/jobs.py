"""Background work of moderation: webhook deliveries."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from childguard.moderation import actions
from childguard.platform.jobs import JobContext, job


# Retries are scheduled by the handler itself (per endpoint policy, logged per attempt), so
# the job queue's own retry only covers crashes of the handler.
@job("moderation.deliver_webhook", max_attempts=5, backoff_seconds=5.0)
def deliver_webhook(session: Session, payload: dict[str, Any], ctx: JobContext) -> None:
    read_session = ctx.database.sessions()
    try:
        actions.deliver(session, str(payload["delivery_id"]), read_session=read_session)
    finally:
        read_session.close()
