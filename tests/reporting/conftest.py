"""Fixtures for the reporting tests: the CyberTipline sandbox and benign snapshots."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from reporting_helpers import Sandbox
from sqlalchemy import update

from childguard.platform.db import Database, utcnow
from childguard.platform.storage import Job
from childguard.reporting import filing


@pytest.fixture
def cybertip(database: Database) -> Iterator[Sandbox]:
    box = Sandbox()
    filing.set_client_factory(box.client)
    yield box
    filing.set_client_factory(None)
    filing.set_step_hook(None)


@pytest.fixture
def run_all_jobs(database: Database, run_jobs: Callable[[], int]) -> Callable[[], int]:
    """Run jobs, including ones waiting out a retry backoff (as time passing would)."""

    def run() -> int:
        total = 0
        for _ in range(20):
            with database.unit_of_work() as s:
                s.execute(update(Job).where(Job.status == "queued").values(run_after=utcnow()))
            n = run_jobs()
            total += n
            if n == 0:
                break
        return total

    return run
