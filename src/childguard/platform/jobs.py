"""Durable background jobs that commit with the state change that causes them.

Why not a queue library: a job must be enqueued *in the same transaction* as the change
that causes it (a decision and its webhook, a report and its filing), on SQLite as on
PostgreSQL. Queue libraries open their own connection, so a crash between the two commits
would lose work or run it for a change that never happened. This table-backed queue is the
transactional-outbox pattern: ``enqueue`` adds a row in the caller's session.

Workers claim jobs with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (many workers on many
machines) and under SQLite's write lock in embedded mode. A claim is a lease: a worker that
dies stops renewing it and another worker takes the job over. A job's database effects
commit in the same transaction that marks it done, and only if the worker still holds the
lease, so a job killed half-way runs again and its effect happens once. Handlers with
effects outside the database get the job's idempotency key to pass along.
"""

from __future__ import annotations

import importlib
import logging
import os
import pkgutil
import socket
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from childguard.platform.db import Database, utcnow
from childguard.platform.storage import Job

log = logging.getLogger("childguard.jobs")


@dataclass(frozen=True)
class JobContext:
    job_id: str
    attempt: int
    idempotency_key: str | None
    database: Database

    def renew_lease(self, seconds: float | None = None) -> bool:
        """See :func:`renew_lease`."""
        return renew_lease(self.database, self.job_id, self.attempt, seconds)


def renew_lease(database: Database, job_id: str, attempt: int,
                seconds: float | None = None) -> bool:
    """Extend a running job's lease from now, for a handler that works longer than one lease
    (call it between steps). Returns False when this attempt no longer holds the job (its
    lease ran out and another worker took it): the handler should stop, since its effects
    will be rolled back anyway."""
    if seconds is None:
        from childguard.platform.config import get_settings

        seconds = get_settings().job_lease_seconds
    with database.unit_of_work() as session:
        result = session.execute(
            update(Job).where(Job.id == job_id, Job.status == "running",
                              Job.attempts == attempt)
            .values(locked_until=utcnow() + timedelta(seconds=seconds)))
        return bool(result.rowcount == 1)  # type: ignore[attr-defined]


Handler = Callable[[Session, dict[str, Any], JobContext], None]


@dataclass(frozen=True)
class JobSpec:
    name: str
    handler: Handler
    max_attempts: int
    backoff_seconds: float


@dataclass(frozen=True)
class Schedule:
    job_name: str
    every_seconds: int
    payload: dict[str, Any]


_registry: dict[str, JobSpec] = {}
_schedules: list[Schedule] = []
_wakeup = threading.Event()


def job(name: str, *, max_attempts: int = 8, backoff_seconds: float = 2.0
        ) -> Callable[[Handler], Handler]:
    """Register a job handler: ``handler(session, payload, ctx)``."""

    def register(fn: Handler) -> Handler:
        if name in _registry and _registry[name].handler is not fn:
            raise RuntimeError(f"job {name!r} registered twice")
        _registry[name] = JobSpec(name, fn, max_attempts, backoff_seconds)
        return fn

    return register


def every(seconds: int, job_name: str, payload: dict[str, Any] | None = None) -> None:
    """Run a registered job periodically; each period is enqueued once across all workers."""
    _schedules.append(Schedule(job_name, seconds, payload or {}))


def registered() -> dict[str, JobSpec]:
    return dict(_registry)


def load_job_modules() -> None:
    """Import ``childguard.<context>.jobs`` for every context so handlers register."""
    import childguard

    for info in pkgutil.iter_modules(childguard.__path__):
        if info.ispkg:
            try:
                importlib.import_module(f"childguard.{info.name}.jobs")
            except ModuleNotFoundError as exc:
                if exc.name != f"childguard.{info.name}.jobs":
                    raise


def enqueue(session: Session, name: str, payload: dict[str, Any] | None = None, *,
            key: str | None = None, delay_seconds: float = 0,
            max_attempts: int | None = None) -> Job | None:
    """Add a job in the caller's transaction. With ``key``, a second enqueue of the same
    key is a no-op (returns the existing job), which makes retries of the caller safe."""
    if name not in _registry:
        load_job_modules()
    spec = _registry.get(name)
    if spec is None:
        raise ValueError(f"no job named {name!r} is registered")
    if key is not None:
        existing = session.scalar(select(Job).where(Job.idempotency_key == key))
        if existing is not None:
            return existing
    row = Job(name=name, payload=payload or {}, idempotency_key=key,
              max_attempts=max_attempts or spec.max_attempts,
              run_after=utcnow() + timedelta(seconds=delay_seconds))
    if key is not None:
        # A concurrent enqueue of the same key may win; a savepoint keeps the caller's
        # transaction alive when it does.
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:
            return session.scalar(select(Job).where(Job.idempotency_key == key))
    else:
        session.add(row)
    session.flush()
    _wakeup.set()
    return row


class Worker:
    """Claims and runs jobs until stopped. Safe to run many at once."""

    def __init__(self, database: Database, *, lease_seconds: int = 60, poll_seconds: float = 1.0,
                 name: str | None = None):
        self.database = database
        self.lease = timedelta(seconds=lease_seconds)
        self.poll_seconds = poll_seconds
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"
        self._stop = threading.Event()
        self._last_schedule_check = 0.0

    def stop(self) -> None:
        self._stop.set()
        _wakeup.set()

    def _claim(self) -> Job | None:
        now = utcnow()
        ready = or_(and_(Job.status == "queued", Job.run_after <= now),
                    and_(Job.status == "running", Job.locked_until < now))
        with self.database.unit_of_work() as session:
            query = select(Job).where(ready).order_by(Job.run_after).limit(1)
            if not self.database.is_sqlite:
                query = query.with_for_update(skip_locked=True)
            row = session.scalar(query)
            if row is None:
                return None
            if row.status == "running" and row.attempts >= row.max_attempts:
                row.status = "dead"
                row.last_error = (row.last_error or "") + "\nlease expired on the last attempt"
                row.finished_at = now
                return None
            row.status = "running"
            row.attempts += 1
            row.locked_by = self.name
            row.locked_until = now + self.lease
            session.flush()
            session.expunge(row)
            return row

    def run_one(self) -> bool:
        """Claim and run one job; return False when nothing was ready."""
        row = self._claim()
        if row is None:
            return False
        spec = _registry.get(row.name)
        if spec is None:
            load_job_modules()
            spec = _registry.get(row.name)
        ctx = JobContext(row.id, row.attempts, row.idempotency_key, self.database)
        try:
            if spec is None:
                raise LookupError(f"no handler registered for job {row.name!r}")
            with self.database.unit_of_work() as session:
                spec.handler(session, dict(row.payload), ctx)
                done = session.execute(
                    update(Job)
                    .where(Job.id == row.id, Job.locked_by == self.name,
                           Job.attempts == row.attempts, Job.status == "running")
                    .values(status="done", finished_at=utcnow(), locked_until=None,
                            last_error=None)
                )
                if done.rowcount != 1:  # type: ignore[attr-defined]
                    # Our lease expired and someone else owns the job now: undo our effect.
                    raise _LeaseLost()
            log.info("job done", extra={"job": row.name, "job_id": row.id,
                                        "attempt": row.attempts})
        except _LeaseLost:
            log.warning("lease lost; effect rolled back", extra={"job_id": row.id})
        except Exception as exc:
            self._fail(row, spec, exc)
        return True

    def _fail(self, row: Job, spec: JobSpec | None, exc: Exception) -> None:
        error = "".join(traceback.format_exception_only(type(exc), exc)).strip()[-4000:]
        backoff = spec.backoff_seconds if spec else 2.0
        with self.database.unit_of_work() as session:
            current = session.get(Job, row.id)
            if current is None or current.locked_by != self.name:
                return
            current.last_error = error
            current.locked_until = None
            if current.attempts >= current.max_attempts:
                current.status = "dead"
                current.finished_at = utcnow()
                log.error("job dead", extra={"job": row.name, "job_id": row.id,
                                             "error": error})
            else:
                current.status = "queued"
                delay = min(backoff * (2 ** (current.attempts - 1)), 3600)
                current.run_after = utcnow() + timedelta(seconds=delay)
                log.warning("job failed; will retry", extra={
                    "job": row.name, "job_id": row.id, "attempt": current.attempts,
                    "retry_in_s": delay, "error": error})

    def enqueue_schedules(self) -> None:
        now = time.time()
        if now - self._last_schedule_check < 1.0 or not _schedules:
            return
        self._last_schedule_check = now
        for sched in _schedules:
            bucket = int(now // sched.every_seconds)
            with self.database.unit_of_work() as session:
                enqueue(session, sched.job_name, sched.payload,
                        key=f"schedule:{sched.job_name}:{bucket}")

    def run_forever(self) -> None:
        load_job_modules()
        log.info("worker started", extra={"worker": self.name})
        while not self._stop.is_set():
            try:
                self.enqueue_schedules()
                if self.run_one():
                    continue
            except Exception:
                log.exception("worker loop error")
            _wakeup.wait(self.poll_seconds)
            _wakeup.clear()

    def drain(self, limit: int = 10_000) -> int:
        """Run ready jobs until none is left (tests and the CLI)."""
        n = 0
        while n < limit and self.run_one():
            n += 1
        return n


class _LeaseLost(Exception):
    pass


class InProcessWorkers:
    """Embedded mode: worker threads inside the API process, same code as real workers."""

    def __init__(self, database: Database, threads: int = 1, lease_seconds: int = 60):
        self.workers = [Worker(database, lease_seconds=lease_seconds) for _ in range(threads)]
        self.threads: list[threading.Thread] = []

    def start(self) -> None:
        for worker in self.workers:
            t = threading.Thread(target=worker.run_forever, name="childguard-worker", daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()
        for t in self.threads:
            t.join(timeout=10)


def job_counts(session: Session) -> dict[str, int]:
    from sqlalchemy import func

    rows = session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
    return {status: count for status, count in rows}


def dead_jobs(session: Session, limit: int = 100) -> list[Job]:
    return list(session.scalars(
        select(Job).where(Job.status == "dead").order_by(Job.finished_at.desc()).limit(limit)))


def retry_dead(session: Session, job_id: str, *, actor: str) -> Job:
    from childguard.platform import audit
    from childguard.platform.errors import NotFound

    row = session.get(Job, job_id)
    if row is None or row.status != "dead":
        raise NotFound(f"no dead job {job_id!r}")
    row.status = "queued"
    row.attempts = 0
    row.run_after = utcnow()
    row.finished_at = None
    audit.record(session, actor=actor, action="job.retry", target_type="job", target_id=job_id,
                 details={"name": row.name})
    return row


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


__all__ = ["job", "every", "enqueue", "renew_lease", "Worker", "InProcessWorkers",
           "JobContext"]
