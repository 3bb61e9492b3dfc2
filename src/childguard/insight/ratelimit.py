"""Fixed-window rate limits kept in the database, so every API process shares them.

Each hit commits on its own (a refused request must still count), with an upsert that is
atomic on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from childguard.insight.storage import RateBucket
from childguard.platform.db import Database, utcnow


def _window(now: datetime, seconds: int) -> datetime:
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, tz=now.tzinfo)


def hit(database: Database, key: str, *, limit: int, window_seconds: int = 3600,
        now: datetime | None = None) -> int | None:
    """Count one request; return None when allowed, else seconds until the window resets."""
    now = now or utcnow()
    start = _window(now, window_seconds)
    with database.unit_of_work() as session:
        module = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        stmt = module.insert(RateBucket).values(key=key[:200], window_start=start, count=1)
        stmt = stmt.on_conflict_do_update(
            index_elements=["key", "window_start"],
            set_={"count": RateBucket.__table__.c.count + 1})
        count = session.scalar(stmt.returning(RateBucket.__table__.c.count))
    if count is not None and count > limit:
        return max(1, int((start + timedelta(seconds=window_seconds) - now).total_seconds()))
    return None


def sweep(session: Session, older_than: timedelta = timedelta(days=2)) -> int:
    """Drop old windows (run by a periodic job)."""
    result = session.execute(delete(RateBucket).where(
        RateBucket.window_start < utcnow() - older_than))
    return int(getattr(result, "rowcount", 0) or 0)
