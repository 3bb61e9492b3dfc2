"""Durable jobs: transactional enqueue, retries with backoff, dead letters, and a worker
killed in the middle of a job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from childguard.platform import jobs
from childguard.platform.db import Database, utcnow
from childguard.platform.storage import AuditEntry, Job

sys.path.insert(0, str(Path(__file__).parent))
import sample_jobs  # noqa: E402,F401  (registers the test handlers)

HERE = Path(__file__).parent


def _effects(database: Database, key: str) -> int:
    with database.unit_of_work() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "test.effect", AuditEntry.target_id == key)) or 0)


def _job(database: Database, job_id: str) -> Job:
    with database.unit_of_work() as session:
        row = session.get(Job, job_id)
        assert row is not None
        return row


def test_enqueue_commits_with_the_change_or_not_at_all(database: Database) -> None:
    with pytest.raises(RuntimeError), database.unit_of_work() as session:
        jobs.enqueue(session, "test.effect", {"key": "lost"})
        raise RuntimeError("the change failed")
    with database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Job)) == 0


def test_same_key_enqueues_once_and_runs_once(database: Database,
                                              run_jobs: Callable[[], int]) -> None:
    for _ in range(3):
        with database.unit_of_work() as session:
            jobs.enqueue(session, "test.effect", {"key": "k1"}, key="effect:k1")
    assert run_jobs() == 1
    assert _effects(database, "k1") == 1


def test_failures_retry_with_backoff_then_dead_letter_visible_to_admins(
        database: Database, client: Any, make_api_key: Callable[..., dict[str, str]]) -> None:
    with database.unit_of_work() as session:
        job_id = jobs.enqueue(session, "test.always_fails", {}).id  # type: ignore[union-attr]
    worker = jobs.Worker(database)
    assert worker.run_one()
    row = _job(database, job_id)
    assert row.status == "queued" and row.attempts == 1
    assert row.run_after > utcnow() - timedelta(seconds=1)
    assert "the receiving service said no" in (row.last_error or "")
    with database.unit_of_work() as session:
        session.execute(update(Job).values(run_after=utcnow() - timedelta(seconds=1)))
    assert worker.run_one()
    assert _job(database, job_id).status == "dead"

    headers = make_api_key("admin")
    summary = client.get("/v1/admin/jobs", headers=headers).json()
    assert summary["counts"]["dead"] == 1
    assert summary["dead"][0]["last_error"].endswith("the receiving service said no")
    retried = client.post(f"/v1/admin/jobs/{job_id}/retry", headers=headers)
    assert retried.status_code == 200 and retried.json()["status"] == "queued"


def _start_worker(database_url: str, tmp: Path) -> subprocess.Popen[bytes]:
    script = (
        f"import sys; sys.path.insert(0, {str(HERE)!r})\n"
        "import sample_jobs\n"
        "from childguard.platform.db import Database\n"
        "from childguard.platform.jobs import Worker\n"
        f"Worker(Database({database_url!r}), lease_seconds=2, poll_seconds=0.1).run_forever()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHILDGUARD_")}
    return subprocess.Popen([sys.executable, "-c", script], env=env, cwd=tmp,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_killed_worker_loses_nothing_and_the_effect_happens_once(
        database: Database, database_url: str, tmp_path: Path) -> None:
    marker = tmp_path / "stalled"
    with database.unit_of_work() as session:
        job_id = jobs.enqueue(session, "test.effect",  # type: ignore[union-attr]
                              {"key": "crash", "stall_marker": str(marker)}).id
    first = _start_worker(database_url, tmp_path)
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the worker never started the job"
        os.kill(first.pid, signal.SIGKILL)  # mid-job, before its transaction commits
        first.wait(10)
    finally:
        first.kill()
    assert _effects(database, "crash") == 0

    second = _start_worker(database_url, tmp_path)
    try:
        deadline = time.monotonic() + 30
        while _job(database, job_id).status != "done" and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait(10)
    row = _job(database, job_id)
    assert row.status == "done"
    assert row.attempts == 2
    assert _effects(database, "crash") == 1


def test_a_long_job_renews_its_lease_and_a_stale_attempt_cannot(
        database: Database, run_jobs: Callable[[], int]) -> None:
    with database.unit_of_work() as session:
        queued = jobs.enqueue(session, "test.long", {"key": "long"})
        assert queued is not None
        job_id = queued.id
    assert run_jobs() == 1
    with database.unit_of_work() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "test.effect", AuditEntry.target_id == "long")).one()
        assert entry.details == {"renewed": True}
    assert _job(database, job_id).status == "done"
    # The job is finished: no attempt holds it any more.
    assert jobs.renew_lease(database, job_id, attempt=1) is False
