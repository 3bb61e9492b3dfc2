"""End-to-end filing against the local CyberTipline sandbox."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from reporting_helpers import Sandbox, crash_at
from sqlalchemy import select

from childguard.platform.db import Database
from childguard.platform.storage import AuditEntry, Job
from childguard.reporting import demo, filing, services
from childguard.reporting.storage import EvidenceItem, ReportRecord


def _file(database: Database, case_id: str = "case-e2e", **kw: object) -> str:
    with database.unit_of_work() as s:
        record = services.file_case(s, demo.full_snapshot(case_id, **kw),  # type: ignore[arg-type]
                                    actor="user:legal1")
        return record.id


def _record(database: Database, report_id: str) -> ReportRecord:
    with database.unit_of_work() as s:
        rec = s.get(ReportRecord, report_id)
        assert rec is not None
        s.expunge(rec)
        return rec


def test_a_reviewed_case_becomes_a_finished_report_with_its_files(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    report_id = _file(database, files=3)
    run_all_jobs()

    rec = _record(database, report_id)
    assert rec.status == "filed"
    finished = cybertip.state.finished()
    assert len(finished) == 1
    assert finished[0].id == rec.ncmec_report_id
    assert len(finished[0].files) == 3 and len(finished[0].file_details) == 3
    uploaded = sorted(finished[0].files.values())
    assert uploaded == sorted(demo.benign_image(i) for i in range(3))
    # the receipt is kept, and lists the files NCMEC holds
    assert rec.receipt_xml and "<reportDoneResponse>" in rec.receipt_xml
    for file_id in finished[0].files:
        assert file_id in rec.receipt_xml
    with database.unit_of_work() as s:
        kinds = sorted(e.kind for e in s.scalars(select(EvidenceItem)))
        assert kinds.count("receipt") == 1 and kinds.count("report_xml") == 1
        assert kinds.count("file") == 3 and kinds.count("file_details") == 3
        assert all(e.retain_until is not None for e in s.scalars(select(EvidenceItem)))


@pytest.mark.parametrize("step", ["after_submit", "after_upload", "before_finish",
                                  "after_finish"])
def test_a_killed_job_still_ends_in_exactly_one_finished_report(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int],
        step: str) -> None:
    filing.set_step_hook(crash_at(step))
    report_id = _file(database, case_id=f"case-crash-{step}")
    run_all_jobs()

    rec = _record(database, report_id)
    assert rec.status == "filed"
    assert len(cybertip.state.finished()) == 1
    assert cybertip.state.finished()[0].id == rec.ncmec_report_id
    # anything opened by the killed attempt was retracted, not left to be filed
    others = [r for r in cybertip.state.reports.values() if r.status != "finished"]
    assert all(r.status == "retracted" for r in others)
    if step == "after_finish":
        assert cybertip.state.calls.count("submit") == 1  # recovered via 5102, not refiled


def test_crash_after_every_upload_of_several_files_still_files_once(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    filing.set_step_hook(crash_at("after_upload", times=3))
    report_id = _file(database, files=2)
    run_all_jobs()
    assert _record(database, report_id).status == "filed"
    assert len(cybertip.state.finished()) == 1
    assert len(cybertip.state.finished()[0].files) == 2


def test_an_expired_report_is_started_again(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    from childguard.platform.jobs import Worker

    filing.set_step_hook(crash_at("after_submit"))
    report_id = _file(database)
    Worker(database).run_one()  # the attempt dies right after NCMEC returned the reportId
    stale = _record(database, report_id).ncmec_report_id
    assert stale is not None  # stored the moment it was returned
    later = datetime.now(UTC) + timedelta(hours=25)
    cybertip.state.clock = lambda: later  # NCMEC deletes unfinished reports after 24 h
    run_all_jobs()
    rec = _record(database, report_id)
    assert rec.status == "filed" and rec.ncmec_report_id != stale
    assert len(cybertip.state.finished()) == 1
    with database.unit_of_work() as s:
        restarts = [a for a in s.scalars(select(AuditEntry))
                    if a.action == "report.restart"]
    assert "expired" in restarts[0].details["reason"]


def test_server_errors_are_retried(database: Database, cybertip: Sandbox,
                                   run_all_jobs: Callable[[], int]) -> None:
    cybertip.state.fail_next["upload"] = 1000
    report_id = _file(database)
    run_all_jobs()
    assert _record(database, report_id).status == "filed"
    assert len(cybertip.state.finished()) == 1


@pytest.mark.parametrize("code", [2000, 3000, 4100])
def test_terminal_errors_stop_and_alert(database: Database, cybertip: Sandbox,
                                        run_all_jobs: Callable[[], int], code: int) -> None:
    alerts: list[str] = []
    filing.add_alert_hook(lambda msg, details: alerts.append(str(details["code"])))
    try:
        cybertip.state.fail_next["finish"] = code
        report_id = _file(database, case_id=f"case-terminal-{code}")
        run_all_jobs()
    finally:
        filing._alert_hooks.clear()
    rec = _record(database, report_id)
    assert rec.status == "failed"
    assert str(code) in (rec.error or "")
    assert alerts == [str(code)]
    assert cybertip.state.finished() == []
    assert cybertip.state.calls.count("submit") == 1  # not retried
    with database.unit_of_work() as s:
        assert s.scalar(select(Job)).status == "done"


def test_a_case_is_never_filed_twice(database: Database, cybertip: Sandbox,
                                     run_all_jobs: Callable[[], int]) -> None:
    from childguard.platform.errors import Conflict

    report_id = _file(database)
    with database.unit_of_work() as s, pytest.raises(Conflict):
        services.file_report(s, report_id, actor="user:legal1")
    with database.unit_of_work() as s, pytest.raises(Conflict):
        services.create_draft(s, demo.full_snapshot("case-e2e"), actor="user:legal1")
    run_all_jobs()
    run_all_jobs()
    assert len(cybertip.state.finished()) == 1


def test_a_worker_that_lost_its_lease_stands_down(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    """A second worker takes the job over mid-filing (the first one stalled past its
    lease); both talk to NCMEC, yet exactly one report is filed."""
    report_id = _file(database, files=2)
    fired = {"n": 0}

    def takeover(step: str) -> None:
        if step == "after_upload" and fired["n"] == 0:
            fired["n"] += 1
            assert filing.run(database, report_id) == "filed"  # the other worker

    filing.set_step_hook(takeover)
    run_all_jobs()
    assert _record(database, report_id).status == "filed"
    assert len(cybertip.state.finished()) == 1
    assert cybertip.state.calls.count("submit") == 2


def test_files_given_by_storage_reference_are_fetched_in_the_callers_transaction(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    stored = {"blob-0": demo.benign_image(0)}
    seen_sessions = []

    def resolver(session: object, ref: str) -> bytes:
        seen_sessions.append(session)
        return stored[ref]

    services.register_content_resolver(resolver)
    try:
        snap = demo.full_snapshot("case-ref", files=1)
        snap.files[0].content, snap.files[0].storage_ref = None, "blob-0"
        snap.files[0].hashes = {}
        with database.unit_of_work() as s:
            report_id = services.file_case(s, snap, actor="user:legal1").id
            assert seen_sessions == [s]
    finally:
        services.register_content_resolver(None)
    run_all_jobs()
    assert _record(database, report_id).status == "filed"
    assert list(cybertip.state.finished()[0].files.values()) == [stored["blob-0"]]


def test_a_file_known_only_by_its_hashes_is_described_not_uploaded(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    from childguard.platform.config import get_settings
    from childguard.reporting import actionability
    from childguard.reporting.builder import ReporterConfig, build

    snap = demo.full_snapshot("case-hash-only", files=2)
    snap.files[1].hashes = {"MD5": "0" * 32, "SHA256": "1" * 64}
    snap.files[1].content = None
    missing = actionability.check(build(snap, ReporterConfig.from_settings(get_settings()))
                                  ).missing
    assert any(m.id == "file_content" and "file-1.png" in m.detail for m in missing)
    with database.unit_of_work() as s:
        report_id = services.file_case(s, snap, actor="user:legal1").id
    run_all_jobs()
    assert _record(database, report_id).status == "filed"
    filed = cybertip.state.finished()[0]
    assert len(filed.files) == 1
    assert b"file-1.png was not retained by the service; hashes: MD5 " + b"0" * 32 in filed.xml


def test_a_failed_report_can_be_reopened_and_filed_once(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    cybertip.state.fail_next["submit"] = 2000  # wrong credentials: terminal
    report_id = _file(database, case_id="case-reopen")
    run_all_jobs()
    assert _record(database, report_id).status == "failed"
    with database.unit_of_work() as s:  # the operator fixed the credentials
        services.reopen_failed(s, report_id, actor="user:legal1")
        services.file_report(s, report_id, actor="user:legal1")
    run_all_jobs()
    assert _record(database, report_id).status == "filed"
    assert len(cybertip.state.finished()) == 1
