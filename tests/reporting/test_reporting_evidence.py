"""The evidence vault, holds and the law-enforcement register."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from reporting_helpers import Sandbox
from sqlalchemy import delete, select

from childguard.platform import auth
from childguard.platform.db import Database, utcnow
from childguard.platform.errors import Forbidden
from childguard.platform.storage import AuditEntry
from childguard.reporting import demo, evidence, holds, legal, services
from childguard.reporting.storage import EvidenceDeletionRefused, EvidenceItem

LEGAL = auth.Principal(kind="user", id="u1", name="legal1", scopes=auth.ROLES["legal"],
                       role="legal")
REVIEWER = auth.Principal(kind="user", id="u2", name="rev1", scopes=auth.ROLES["reviewer"],
                          role="reviewer")


def _filed(database: Database, run_all_jobs: Callable[[], int], case_id: str = "case-ev"
           ) -> str:
    with database.unit_of_work() as s:
        report_id = services.file_case(s, demo.full_snapshot(case_id, files=1),
                                       actor="user:legal1").id
    run_all_jobs()
    return report_id


def _file_item(database: Database, case_id: str = "case-ev") -> str:
    with database.unit_of_work() as s:
        return next(e.id for e in evidence.list_for_case(s, case_id) if e.kind == "file")


def test_evidence_is_encrypted_at_rest(database: Database) -> None:
    content = demo.benign_image(7)
    with database.unit_of_work() as s:
        item = evidence.store(s, case_id="c1", kind="file", content=content, actor="test")
        item_id = item.id
    with database.unit_of_work() as s:
        row = s.get(EvidenceItem, item_id)
        assert row is not None and row.ciphertext is not None
        assert content not in row.ciphertext and row.ciphertext[:8] != content[:8]
        assert evidence.read(s, item_id, principal=LEGAL, purpose="test").content == content


def test_evidence_unreadable_without_the_legal_role(database: Database) -> None:
    with database.unit_of_work() as s:
        item_id = evidence.store(s, case_id="c1", kind="file", content=b"x", actor="t").id
    with database.unit_of_work() as s, pytest.raises(Forbidden):
        evidence.read(s, item_id, principal=REVIEWER, purpose="curious")
    with database.unit_of_work() as s:
        actions = [(a.action, a.actor) for a in s.scalars(select(AuditEntry))]
    assert ("evidence.read_denied", "user:rev1") in actions


def test_every_read_is_audited_with_its_purpose(database: Database) -> None:
    with database.unit_of_work() as s:
        item_id = evidence.store(s, case_id="c1", kind="file", content=b"x", actor="t").id
    with database.unit_of_work() as s:
        evidence.read(s, item_id, principal=LEGAL, purpose="subpoena 2026-17")
    with database.unit_of_work() as s:
        reads = [a for a in s.scalars(select(AuditEntry)) if a.action == "evidence.read"]
    assert reads[-1].actor == "user:legal1"
    assert reads[-1].details["purpose"] == "subpoena 2026-17"


def test_a_ciphertext_moved_to_another_row_does_not_decrypt(database: Database) -> None:
    with database.unit_of_work() as s:
        a = evidence.store(s, case_id="c1", kind="file", content=b"aaa", actor="t")
        b = evidence.store(s, case_id="c2", kind="file", content=b"aaa", actor="t")
        b.ciphertext, b.nonce = a.ciphertext, a.nonce
        b_id = b.id
    with pytest.raises(Exception), database.unit_of_work() as s:  # noqa: B017
        evidence.read(s, b_id, principal=LEGAL, purpose="test")


def test_filing_places_a_hold_of_at_least_a_year(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    _filed(database, run_all_jobs)
    with database.unit_of_work() as s:
        found = holds.active_holds_for_account(s, "user-1001")
        assert len(found) == 1
        assert found[0].until - utcnow() > timedelta(days=364)
        for item in evidence.list_for_case(s, "case-ev"):
            assert item.retain_until is not None
            assert item.retain_until - utcnow() > timedelta(days=364)


def test_user_data_deletion_does_not_delete_evidence(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    from childguard.accounts import privacy
    from childguard.accounts import services as accounts

    _filed(database, run_all_jobs)
    with database.unit_of_work() as s:
        accounts.upsert_account(s, "user-1001", actor="test")
    with database.unit_of_work() as s:
        record = privacy.delete_account(s, "user-1001", actor="user:dpo", reason="erasure")
        assert record.status == "held"  # the account's own data is kept too
    with database.unit_of_work() as s:
        items = evidence.list_for_case(s, "case-ev")
        assert {i.kind for i in items} >= {"file", "report_xml", "receipt", "context"}
        file_item = next(i for i in items if i.kind == "file")
        assert evidence.read(s, file_item.id, principal=LEGAL,
                             purpose="check").content == demo.benign_image(0)


def test_evidence_rows_refuse_every_delete(database: Database) -> None:
    with database.unit_of_work() as s:
        item_id = evidence.store(s, case_id="c1", kind="file", content=b"x", actor="t").id
    with pytest.raises(EvidenceDeletionRefused), database.unit_of_work() as s:
        s.delete(s.get(EvidenceItem, item_id))
        s.flush()
    with pytest.raises(EvidenceDeletionRefused), database.unit_of_work() as s:
        s.execute(delete(EvidenceItem).where(EvidenceItem.case_id == "c1"))
    with database.unit_of_work() as s:
        assert s.get(EvidenceItem, item_id) is not None


def test_destruction_only_on_a_recorded_request(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    _filed(database, run_all_jobs)
    item_id = _file_item(database)
    with database.unit_of_work() as s:
        subpoena = legal.record_request(s, type="subpoena", agency="Example PD",
                                        actor="user:legal1", case_ids=["case-ev"]).id
        destroy = legal.record_request(s, type="destruction_request", agency="Example PD",
                                       actor="user:legal1", case_ids=["case-ev"]).id
    with pytest.raises(Forbidden), database.unit_of_work() as s:
        evidence.destroy(s, item_id, legal_request_id=subpoena, principal=LEGAL)
    with database.unit_of_work() as s:
        evidence.destroy(s, item_id, legal_request_id=destroy, principal=LEGAL)
    with database.unit_of_work() as s:
        item = s.get(EvidenceItem, item_id)
        assert item is not None and item.ciphertext is None and item.sha256
        assert item.destruction_request_id == destroy


def test_a_preservation_letter_extends_holds(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    _filed(database, run_all_jobs)
    far = utcnow() + timedelta(days=900)
    with database.unit_of_work() as s:
        req = legal.record_request(s, type="preservation_letter", agency="Example PD",
                                   reference="PL-1", actor="user:legal1",
                                   account_ids=["user-1001", "user-3003"], preserve_until=far)
        req_id = req.id
    with database.unit_of_work() as s:
        assert holds.active_holds_for_account(s, "user-1001")[0].until >= far - timedelta(
            seconds=1)
        assert holds.active_holds_for_account(s, "user-3003")[0].legal_request_id == req_id
        legal.record_production(s, req_id, produced="subscriber info, IP logs",
                                actor="user:legal1", approved_by="user:gc")
    with database.unit_of_work() as s:
        got = legal.as_dict(legal.get_request(s, req_id))
        assert got["status"] == "produced"
        assert got["productions"][0]["approved_by"] == "user:gc"


def test_a_production_bundle_carries_the_evidence_and_its_hashes(
        database: Database, cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    import io
    import json
    import zipfile

    _filed(database, run_all_jobs)
    with database.unit_of_work() as s:
        items = {e.kind: e.id for e in evidence.list_for_case(s, "case-ev")}
        warrant = legal.record_request(s, type="warrant", agency="Example PD",
                                       reference="W-7", actor="user:legal1",
                                       case_ids=["case-ev"]).id
        other = legal.record_request(s, type="subpoena", agency="Example PD",
                                     actor="user:legal1", case_ids=["another-case"]).id
    wanted = [items["file"], items["receipt"]]
    with database.unit_of_work() as s:
        bundle = legal.production_bundle(s, warrant, wanted, principal=LEGAL)
    archive = zipfile.ZipFile(io.BytesIO(bundle))
    manifest = json.loads(archive.read("manifest.json"))
    assert [m["evidence_id"] for m in manifest["items"]] == wanted
    file_entry = manifest["items"][0]
    assert archive.read(file_entry["file"]) == demo.benign_image(0)
    with pytest.raises(Forbidden), database.unit_of_work() as s:
        legal.production_bundle(s, other, wanted, principal=LEGAL)
    with database.unit_of_work() as s:
        purposes = [a.details.get("purpose", "") for a in s.scalars(select(AuditEntry))
                    if a.action == "evidence.read"]
    assert sum("W-7" in p for p in purposes) == 2


def test_evidence_stays_readable_after_a_key_rotation(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import base64
    import secrets

    from childguard.platform.config import reset_settings_cache

    old, new = (base64.b64encode(secrets.token_bytes(32)).decode() for _ in range(2))
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_KEY", old)
    reset_settings_cache()
    with database.unit_of_work() as s:
        item_id = evidence.store(s, case_id="c1", kind="file", content=b"kept", actor="t").id
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_KEY", new)
    reset_settings_cache()
    with pytest.raises(Forbidden), database.unit_of_work() as s:
        evidence.read(s, item_id, principal=LEGAL, purpose="check")
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_PREVIOUS_KEYS", old)
    reset_settings_cache()
    with database.unit_of_work() as s:
        assert evidence.read(s, item_id, principal=LEGAL, purpose="check").content == b"kept"


def test_overdue_requests_are_flagged_daily(database: Database) -> None:
    from childguard.platform.jobs import JobContext
    from childguard.reporting import jobs

    with database.unit_of_work() as s:
        late = legal.record_request(s, type="subpoena", agency="Example PD",
                                    actor="user:legal1", account_ids=["user-1"],
                                    due_at=utcnow() - timedelta(days=1)).id
        legal.record_request(s, type="subpoena", agency="Example PD", actor="user:legal1",
                             account_ids=["user-2"], due_at=utcnow() + timedelta(days=5))
    with database.unit_of_work() as s:
        jobs.legal_deadlines(s, {}, JobContext("job", 1, None, database))
    with database.unit_of_work() as s:
        flagged = [a.target_id for a in s.scalars(select(AuditEntry))
                   if a.action == "legal.request_overdue"]
    assert flagged == [late]
