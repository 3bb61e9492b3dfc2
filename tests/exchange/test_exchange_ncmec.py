"""NCMEC hash sharing against its sandbox: windows, paging out of time order, a crash in
the middle of a window, tombstones, feedback."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from childguard.exchange import services
from childguard.exchange.ncmec_sandbox import NCMECSandbox
from childguard.exchange.storage import Collab, Feedback, Item
from childguard.platform.db import Database

pytest.importorskip("childguard.media.banks")

T0 = 1_700_000_000
DAY = 86_400


def make_collab(database: Database, url: str, **settings: Any) -> str:
    with database.unit_of_work() as session:
        collab = services.create_collab(
            session, name="ncmec-industry", kind="ncmec", actor="test",
            settings={"base_url": url + "/", "start_time": T0, "window_seconds": 10 * DAY,
                      **settings})
        return collab.id


def bank_counts(database: Database) -> dict[str, int]:
    from childguard.media import banks

    with database.unit_of_work() as session:
        bank = banks.get_bank(session, "exchange-ncmec-industry")
        return banks.entry_counts(session).get(bank.id, {"enabled": 0, "disabled": 0})


def fetch_all(database: Database, collab_id: str) -> services.FetchResult:
    return services.run_fetch(database, collab_id, time_budget=60)


def test_full_fetch_pages_windows_and_maps_fingerprints(
        database: Database, ncmec: tuple[NCMECSandbox, str], monkeypatch: Any) -> None:
    sandbox, url = ncmec
    sandbox.add_random(25, start=T0, end=T0 + 30 * DAY)
    sandbox.add_random(5, start=T0, end=T0 + 30 * DAY, kind="video")
    monkeypatch.setattr("childguard.exchange.ncmec.NCMECExchange.now",
                        lambda self: T0 + 40 * DAY)
    collab_id = make_collab(database, url)
    # Small pages so every window needs several requests.
    sandbox.page_size = 4
    result = fetch_all(database, collab_id)
    assert result.complete
    assert result.stats.records == 30
    with database.unit_of_work() as session:
        collab = session.get(Collab, collab_id)
        assert collab is not None and collab.checkpoint["from"] == T0 + 40 * DAY
        types = dict(session.execute(select(Item.signal_type, func.count())
                                     .group_by(Item.signal_type)).tuples().all())
    # Images give md5, sha1 and pdq (PhotoDNA has no matcher here); videos give video_md5.
    assert types["pdq"] == 25 and types["md5"] == 25 and types["video_md5"] == 5
    assert bank_counts(database)["enabled"] == 25 * 3 + 5
    # Fetching again brings nothing new and adds nothing twice.
    again = fetch_all(database, collab_id)
    assert again.stats.added == 0
    assert bank_counts(database)["enabled"] == 80
    # Wrong credentials are refused by the API and recorded on the collaboration.
    import httpx

    with database.unit_of_work() as session:
        wrong = services.create_collab(session, name="ncmec-wrong", kind="ncmec", actor="t",
                                       settings={"base_url": url, "password": "wrong"}).id
    with pytest.raises(httpx.HTTPStatusError, match="401"):
        fetch_all(database, wrong)
    with database.unit_of_work() as session:
        assert "401" in (services.get_collab(session, wrong).last_error or "")


def test_interrupted_fetch_resumes_from_the_window_without_duplicates(
        database: Database, ncmec: tuple[NCMECSandbox, str], monkeypatch: Any,
        run_jobs: Any) -> None:
    import httpx

    sandbox, url = ncmec
    sandbox.add_random(40, start=T0, end=T0 + 5 * DAY)
    sandbox.page_size = 5  # one 10-day window of 8 pages
    monkeypatch.setattr("childguard.exchange.ncmec.NCMECExchange.now",
                        lambda self: T0 + 10 * DAY)
    collab_id = make_collab(database, url)
    sandbox.fail_requests = {4}  # the API fails in the middle of the window
    with pytest.raises(httpx.HTTPStatusError):
        fetch_all(database, collab_id)
    with database.unit_of_work() as session:
        collab = session.get(Collab, collab_id)
        assert collab is not None
        # Three pages were applied, but the window was not finished: no checkpoint, since
        # the entries are not in time order and anything could still be missing.
        assert collab.checkpoint == {}
        assert "503" in (collab.last_error or "")
        partial = session.scalar(select(func.count(func.distinct(Item.record_key))))
    assert partial == 15
    # The scheduled job picks it up again from the checkpoint.
    from childguard.platform import jobs

    with database.unit_of_work() as session:
        jobs.enqueue(session, "exchange.fetch_all", {}, key="schedule:exchange.fetch_all:1")
    assert run_jobs() == 2  # the schedule, then the collaboration's fetch
    with database.unit_of_work() as session:
        collab = session.get(Collab, collab_id)
        assert collab is not None and collab.checkpoint["from"] == T0 + 10 * DAY
        assert collab.last_error is None
        records = session.scalar(select(func.count(func.distinct(Item.record_key))))
        rows = session.scalar(select(func.count(Item.id)))
    assert records == 40 and rows == 120  # every entry once, each of its 3 fingerprints once
    assert bank_counts(database) == {"enabled": 120, "disabled": 0}


def test_killed_between_pages_then_resumed(database: Database,
                                           ncmec: tuple[NCMECSandbox, str],
                                           monkeypatch: Any) -> None:
    sandbox, url = ncmec
    sandbox.add_random(30, start=T0, end=T0 + 25 * DAY)
    sandbox.page_size = 4
    monkeypatch.setattr("childguard.exchange.ncmec.NCMECExchange.now",
                        lambda self: T0 + 30 * DAY)
    collab_id = make_collab(database, url)
    first = services.run_fetch(database, collab_id, max_batches=5)  # stop like a killed worker
    assert not first.complete
    rest = fetch_all(database, collab_id)
    assert rest.complete
    assert first.stats.added + rest.stats.added == 90
    assert bank_counts(database)["enabled"] == 90


def test_deleted_entry_disables_its_bank_entries(database: Database,
                                                 ncmec: tuple[NCMECSandbox, str],
                                                 monkeypatch: Any) -> None:
    sandbox, url = ncmec
    entries = sandbox.add_random(6, start=T0, end=T0 + 5 * DAY)
    clock = {"now": T0 + 10 * DAY}
    monkeypatch.setattr("childguard.exchange.ncmec.NCMECExchange.now",
                        lambda self: clock["now"])
    collab_id = make_collab(database, url)
    fetch_all(database, collab_id)
    assert bank_counts(database) == {"enabled": 18, "disabled": 0}
    gone = entries[0]
    sandbox.delete(gone.member_id, gone.id, timestamp=T0 + 12 * DAY)
    clock["now"] = T0 + 20 * DAY
    result = fetch_all(database, collab_id)
    assert result.stats.deleted == 1 and result.stats.bank_disabled == 3
    assert bank_counts(database) == {"enabled": 15, "disabled": 3}
    from childguard.media import banks

    with database.unit_of_work() as session:
        found = banks.find_entries(session, "pdq", gone.fingerprints["pdq"])
        assert [e.enabled for e in found] == [False]
        assert found[0].source_id == f"{gone.member_id}/{gone.id}"  # provenance kept


def test_affirmative_and_negative_feedback_reach_the_source(
        database: Database, ncmec: tuple[NCMECSandbox, str], monkeypatch: Any,
        run_jobs: Any, client: Any, make_api_key: Any) -> None:
    from childguard.platform.errors import InvalidInput

    sandbox, url = ncmec
    a, b = sandbox.add_random(2, start=T0, end=T0 + DAY)
    monkeypatch.setattr("childguard.exchange.ncmec.NCMECExchange.now",
                        lambda self: T0 + 2 * DAY)
    collab_id = make_collab(database, url)
    fetch_all(database, collab_id)
    with database.unit_of_work() as session:
        collab = services.get_collab(session, collab_id)
        reasons = services.instance(collab).feedback_reasons("pdq")
        assert reasons and all(r["guid"] for r in reasons)
        services.record_feedback(session, collab, record_key=f"{a.member_id}/{a.id}",
                                 signal_type="pdq", opinion="affirmative", reasons=[],
                                 actor="user:senior")
        with pytest.raises(InvalidInput, match="reason"):
            services.record_feedback(session, collab, record_key=f"{b.member_id}/{b.id}",
                                     signal_type="md5", opinion="negative", reasons=[],
                                     actor="user:senior")
        services.record_feedback(session, collab, record_key=f"{b.member_id}/{b.id}",
                                 signal_type="md5", opinion="negative",
                                 reasons=[reasons[0]["guid"]], actor="user:senior")
    run_jobs()
    assert a.feedback == [{"member": 1, "fp_type": "PDQ", "opinion": "affirmative",
                           "reasons": []}]
    assert b.feedback == [{"member": 1, "fp_type": "MD5", "opinion": "negative",
                           "reasons": [reasons[0]["guid"]]}]
    with database.unit_of_work() as session:
        assert {f.status for f in session.scalars(select(Feedback))} == {"sent"}
    # Over the API: the reasons, and a reviewer's verdict on a hash sent to its source.
    headers = make_api_key("exchange:write")
    r = client.get("/v1/exchange/collabs/ncmec-industry/feedback-reasons?signal_type=pdq",
                   headers=headers)
    assert r.status_code == 200 and r.json()["reasons"] == reasons
    r = client.post("/v1/exchange/feedback", headers=headers, json={
        "signal_type": "sha1", "value": a.fingerprints["sha1"].upper(),
        "opinion": "affirmative"})
    assert r.status_code == 202 and len(r.json()["queued"]) == 1
    run_jobs()
    assert a.feedback[-1]["fp_type"] == "SHA1"


def test_one_fetch_at_a_time_and_a_dead_workers_lease_is_taken_over(
        database: Database, ncmec: tuple[NCMECSandbox, str], monkeypatch: Any,
        run_jobs: Any) -> None:
    from datetime import timedelta

    from childguard.platform import jobs
    from childguard.platform.db import utcnow
    from childguard.platform.storage import Job

    sandbox, url = ncmec
    sandbox.add_random(5, start=T0, end=T0 + DAY)
    monkeypatch.setattr("childguard.exchange.ncmec.NCMECExchange.now",
                        lambda self: T0 + 2 * DAY)
    collab_id = make_collab(database, url)
    with database.unit_of_work() as session:  # a worker that died while fetching
        collab = session.get(Collab, collab_id)
        assert collab is not None
        collab.fetch_owner = "dead-worker"
        collab.fetch_lease_until = utcnow() + timedelta(seconds=30)
    busy = fetch_all(database, collab_id)
    assert busy.skipped and busy.stats.records == 0 and 0 < busy.retry_after <= 30
    with database.unit_of_work() as session:
        jobs.enqueue(session, "exchange.fetch", {"collab_id": collab_id}, key="fetch-1")
    assert run_jobs() == 1
    with database.unit_of_work() as session:  # the job waits for the lease, not forever
        waiting = session.scalar(select(Job).where(Job.idempotency_key == "fetch-1:wait:1"))
        assert waiting is not None and waiting.status == "queued"
        collab = session.get(Collab, collab_id)
        assert collab is not None
        collab.fetch_lease_until = utcnow() - timedelta(seconds=1)  # the lease ran out
        waiting.run_after = utcnow()
    assert run_jobs() == 1
    with database.unit_of_work() as session:
        collab = session.get(Collab, collab_id)
        assert collab is not None and collab.fetch_owner is None
        assert session.scalar(select(func.count(func.distinct(Item.record_key)))) == 5

