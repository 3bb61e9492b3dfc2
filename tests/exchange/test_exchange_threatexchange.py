"""A ThreatExchange-compatible source and plain files: hashes into banks, account signals
into review (never bans), reactions back, deletions, and a disputed source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from childguard.exchange import services
from childguard.exchange.storage import SharedSignal
from childguard.exchange.threatexchange_sandbox import ThreatExchangeSandbox, random_pdq
from childguard.platform.db import Database

pytest.importorskip("childguard.media.banks")

T0 = 1_750_000_000


def bank_counts(database: Database, name: str) -> dict[str, int]:
    from childguard.media import banks

    with database.unit_of_work() as session:
        bank = banks.get_bank(session, name)
        return banks.entry_counts(session).get(bank.id, {"enabled": 0, "disabled": 0})


def test_threat_updates_pages_deletes_and_reactions(
        database: Database, threatexchange: tuple[ThreatExchangeSandbox, str],
        monkeypatch: Any, run_jobs: Any) -> None:
    sandbox, url = threatexchange
    pdqs = [sandbox.add("1001", "HASH_PDQ", random_pdq(), at=T0 + i) for i in range(7)]
    email = sandbox.add("1001", "EMAIL_ADDRESS", "Made.Up.Offender@example.org", at=T0 + 10,
                        tags=["sextortion"], description="collects gift cards from teens")
    sandbox.add("1001", "HANDLE", "made_up_handle_42", at=T0 + 11)
    sandbox.add("1001", "DEBUG_STRING", "ignored", at=T0 + 12)
    clock = {"now": T0 + 100}
    monkeypatch.setattr("childguard.exchange.threatexchange.ThreatExchange.now",
                        lambda self: clock["now"])
    with database.unit_of_work() as session:
        collab = services.create_collab(session, name="te-partners", kind="threatexchange",
                                        actor="test", settings={
                                            "base_url": url, "privacy_group": "1001",
                                            "page_size": 3})
        collab_id = collab.id
    result = services.run_fetch(database, collab_id)
    assert result.complete and result.batches == 5  # 4 pages of 3, then the checkpoint
    assert result.stats.bank_added == 7 and result.stats.signals == 2
    assert result.stats.skipped == 1  # a type with no meaning here
    assert bank_counts(database, "exchange-te-partners")["enabled"] == 7
    # Account signals wait for a person; nothing is done to anyone because they arrived.
    with database.unit_of_work() as session:
        pending = services.list_signals(session)
        assert sorted(s.signal_type for s in pending) == ["email", "username"]
        mail = next(s for s in pending if s.signal_type == "email")
        assert mail.value == "made.up.offender@example.org"
        services.review_signal(session, mail.id, decision="confirm",
                               note="matches our own case 123", actor="user:senior")
    run_jobs()
    assert email.reactions == [{"reaction": "SAW_THIS_TOO", "reasons": "matches our own case 123"}]
    # The source removes one hash: the bank entry is disabled, not deleted.
    sandbox.delete("1001", pdqs[0].id, at=T0 + 150)
    clock["now"] = T0 + 200
    again = services.run_fetch(database, collab_id)
    assert again.stats.deleted == 1 and again.stats.added == 0
    assert bank_counts(database, "exchange-te-partners") == {"enabled": 6, "disabled": 1}
    with database.unit_of_work() as session:
        assert services.get_collab(session, collab_id).checkpoint == {"stop_time": T0 + 200}


def test_shared_signal_is_a_rule_input_until_its_source_is_disputed(
        client: Any, make_api_key: Any, database: Database, tmp_path: Path) -> None:
    listing = tmp_path / "partner.jsonl"
    listing.write_text("\n".join(json.dumps(r) for r in [
        {"signal_type": "keyword", "value": "send the card codes to my other account",
         "id": "kw-1"},
        {"signal_type": "username", "value": "made_up_collector"},
    ]) + "\n")
    admin = make_api_key("exchange:write")
    r = client.post("/v1/exchange/collabs", headers=admin, json={
        "name": "partner-file", "kind": "file", "settings": {"path": str(listing)}})
    assert r.status_code == 201, r.text
    services.run_fetch(database, r.json()["id"])
    esp = make_api_key(["events:write", "cases:read"])
    msg = {"id": "ev-kw-1", "type": "message.sent", "account_id": "acct-77",
           "ip": "198.51.100.4", "port": 40000, "occurred_at": "2026-11-20T10:00:00+00:00",
           "data": {"conversation_id": "c-9", "message_id": "m-9", "recipient_ids": ["acct-5"],
                    "text": "ok now SEND THE CARD CODES TO MY OTHER ACCOUNT"}}
    [res] = client.post("/v1/events", headers=esp, json={"events": [msg]}).json()["results"]
    # A match opens a case for a reviewer; it never blocks or restricts by itself.
    assert "shared-signal-match" in res["rules"]
    assert res["case_id"] and "restrict_account" not in res["actions"]
    assert res["verdict"] == "allow"
    signals = client.get("/v1/exchange/signals", headers=admin).json()["signals"]
    assert {s["signal_type"] for s in signals} == {"keyword", "username"}
    # Dispute the source: its signals stop feeding rules.
    r = client.post("/v1/exchange/collabs/partner-file/dispute", headers=admin,
                    json={"note": "three false positives this week"})
    assert r.json()["disputed"] is True
    msg2 = {**msg, "id": "ev-kw-2", "data": {**msg["data"], "message_id": "m-10"}}
    [res2] = client.post("/v1/events", headers=esp, json={"events": [msg2]}).json()["results"]
    assert "shared-signal-match" not in res2["rules"]
    assert client.get("/v1/exchange/signals", headers=admin).json()["signals"][0][
        "source_disputed"] is True


def test_csv_file_resumes_and_applies_deletions(database: Database, tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "hashes.csv"
    digests = [hashlib.md5(f"benign-{i}".encode(), usedforsecurity=False).hexdigest()
               for i in range(5)]
    path.write_text("signal_type,value,classification,id\n" + "".join(
        f"md5,{d},A2,row-{i}\n" for i, d in enumerate(digests)))
    with database.unit_of_work() as session:
        collab_id = services.create_collab(session, name="csv-list", kind="file", actor="t",
                                           settings={"path": str(path), "batch_size": 2}).id
    part = services.run_fetch(database, collab_id, max_batches=1)
    assert not part.complete and part.stats.added == 2
    with database.unit_of_work() as session:
        assert services.get_collab(session, collab_id).checkpoint["lines"] == 3
    rest = services.run_fetch(database, collab_id)
    assert rest.stats.added == 3 and rest.stats.duplicates == 0
    assert bank_counts(database, "exchange-csv-list") == {"enabled": 5, "disabled": 0}
    # The next version of the list removes one record.
    path.write_text("signal_type,value,id,deleted\n" f"md5,{digests[1]},row-1,true\n")
    gone = services.run_fetch(database, collab_id)
    assert gone.stats.deleted == 1
    assert bank_counts(database, "exchange-csv-list") == {"enabled": 4, "disabled": 1}
    with database.unit_of_work() as session:
        assert session.scalar(select(SharedSignal.id)) is None
    # A record added and removed within one page never reaches the bank.
    from childguard.exchange.interface import Fingerprint, Record

    fresh = hashlib.md5(b"benign-late", usedforsecurity=False).hexdigest()
    with database.unit_of_work() as session:
        collab = services.get_collab(session, collab_id)
        stats = services.apply_records(session, collab, [
            Record("late", (Fingerprint("md5", fresh),)), Record("late", deleted=True)])
    assert (stats.added, stats.deleted, stats.bank_added) == (1, 1, 0)
    assert bank_counts(database, "exchange-csv-list") == {"enabled": 4, "disabled": 1}


def test_unknown_kind_and_bad_settings_are_refused(client: Any, make_api_key: Any) -> None:
    admin = make_api_key("exchange:write")
    r = client.post("/v1/exchange/collabs", headers=admin, json={
        "name": "x", "kind": "carrier-pigeon"})
    assert r.status_code == 422 and "unknown exchange kind" in r.json()["error"]["message"]
    r = client.post("/v1/exchange/collabs", headers=admin, json={
        "name": "y", "kind": "ncmec", "settings": {"window_seconds": 5}})
    assert r.status_code == 422 and "window_seconds" in r.json()["error"]["message"]
    kinds = client.get("/v1/exchange/kinds", headers=admin).json()["kinds"]
    assert {k["kind"] for k in kinds} >= {"ncmec", "threatexchange", "file"}
