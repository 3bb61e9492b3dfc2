"""Evidence through a key rotation: destroyed items are skipped, damaged ones are not
re-sealed, and nothing changes when a key is missing."""

from __future__ import annotations

import base64

import pytest
from sqlalchemy import select

from childguard.platform import auth, reseal
from childguard.platform.config import reset_settings_cache
from childguard.platform.db import Database
from childguard.platform.errors import Conflict
from childguard.platform.keys import SettingsKeyProvider
from childguard.platform.storage import AuditEntry
from childguard.reporting import evidence, legal
from childguard.reporting.storage import EvidenceItem

KEY_A, KEY_B, KEY_C = (base64.b64encode(bytes([n]) * 32).decode() for n in (5, 6, 7))
ID_A, ID_B, ID_C = (SettingsKeyProvider.key_id_of(base64.b64decode(k))
                    for k in (KEY_A, KEY_B, KEY_C))
LEGAL = auth.Principal(kind="user", id="u1", name="legal1", scopes=auth.ROLES["legal"],
                       role="legal")


def use_keys(monkeypatch: pytest.MonkeyPatch, current: str, *previous: str) -> None:
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_KEY", current)
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_PREVIOUS_KEYS", ",".join(previous))
    reset_settings_cache()


def store(database: Database, content: bytes, case_id: str = "case-rot") -> str:
    with database.unit_of_work() as s:
        return evidence.store(s, case_id=case_id, kind="file", content=content,
                              actor="test").id


def row(database: Database, item_id: str) -> EvidenceItem:
    with database.unit_of_work() as s:
        item = s.get(EvidenceItem, item_id)
        assert item is not None
        return item


def read(database: Database, item_id: str) -> bytes:
    with database.unit_of_work() as s:
        return evidence.read(s, item_id, principal=LEGAL, purpose="rotation").content


def test_destroyed_evidence_is_skipped_and_the_rest_resealed(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_A)
    kept = store(database, b"kept evidence")
    gone = store(database, b"evidence to destroy")
    with database.unit_of_work() as s:
        request = legal.record_request(s, type="destruction_request", agency="Example PD",
                                       actor="user:legal1", case_ids=["case-rot"]).id
    with database.unit_of_work() as s:
        evidence.destroy(s, gone, legal_request_id=request, principal=LEGAL)

    use_keys(monkeypatch, KEY_B, KEY_A)
    outcome = reseal.reseal(database, actor="test")
    (kind,) = [k for k in outcome.kinds if k.kind == "evidence"]
    assert kind.resealed == {ID_A: 1} and outcome.ok
    assert row(database, kept).key_id == ID_B
    destroyed = row(database, gone)
    assert destroyed.key_id == ID_A and destroyed.ciphertext is None  # left as the record
    use_keys(monkeypatch, KEY_B)
    assert read(database, kept) == b"kept evidence"
    with database.unit_of_work() as s, pytest.raises(Conflict, match="was destroyed"):
        evidence.read(s, gone, principal=LEGAL, purpose="rotation")


def test_evidence_that_fails_its_integrity_check_is_not_resealed(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_A)
    good = store(database, b"good evidence")
    bad = store(database, b"evidence whose recorded hash no longer matches")
    with database.unit_of_work() as s:
        item = s.get(EvidenceItem, bad)
        assert item is not None
        item.sha256 = "0" * 64
    use_keys(monkeypatch, KEY_B, KEY_A)
    dry = reseal.reseal(database, actor="test", dry_run=True)
    assert not dry.ok and row(database, good).key_id == ID_A
    outcome = reseal.reseal(database, actor="test")
    (kind,) = [k for k in outcome.kinds if k.kind == "evidence"]
    assert kind.integrity_failures == [bad] and kind.resealed == {ID_A: 1}
    assert not outcome.ok
    assert row(database, good).key_id == ID_B
    assert row(database, bad).key_id == ID_A  # untouched: still needs key A to be examined
    with database.unit_of_work() as s:
        summary = s.scalars(select(AuditEntry).where(AuditEntry.action == "keys.reseal")
                            ).one().details
    assert summary["kinds"]["evidence"]["integrity_failures"] == 1


def test_nothing_changes_while_a_key_is_missing(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_A)
    under_a = store(database, b"sealed with A")
    use_keys(monkeypatch, KEY_B, KEY_A)
    under_b = store(database, b"sealed with B")
    # C is the key now; A is kept, B was forgotten.
    use_keys(monkeypatch, KEY_C, KEY_A)
    with pytest.raises(reseal.KeysNotConfigured) as raised:
        reseal.reseal(database, actor="test")
    assert f"1 evidence item sealed with key {ID_B}: that key is not configured" \
        in raised.value.message
    assert row(database, under_a).key_id == ID_A and row(database, under_b).key_id == ID_B
    dry = reseal.reseal(database, actor="test", dry_run=True)
    (kind,) = [k for k in dry.kinds if k.kind == "evidence"]
    assert kind.missing_keys == {ID_B: 1} and kind.resealed == {ID_A: 1}
    use_keys(monkeypatch, KEY_C, KEY_A, KEY_B)
    assert reseal.reseal(database, actor="test").total == 2
    use_keys(monkeypatch, KEY_C)
    assert read(database, under_a) == b"sealed with A"
    assert read(database, under_b) == b"sealed with B"


def test_the_old_key_id_and_errors_stay_importable_from_reporting(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_A)
    assert evidence.key_provider().current_key_id() == ID_A
    assert isinstance(evidence.key_provider(), evidence.SettingsKeyProvider)

    class Vault:
        def current_key_id(self) -> str:
            return "vault:transit/evidence:v3"

        def key(self, key_id: str) -> bytes:
            if key_id != "vault:transit/evidence:v3":
                raise evidence.KeyNotConfigured(key_id)
            return bytes(32)

    evidence.set_key_provider(Vault())
    try:
        item_id = store(database, b"under a key service")
        assert row(database, item_id).key_id == "vault:transit/evidence:v3"
        assert read(database, item_id) == b"under a key service"
    finally:
        evidence.set_key_provider(None)
    with database.unit_of_work() as s, pytest.raises(evidence.KeyNotConfigured) as raised:
        evidence.read(s, item_id, principal=LEGAL, purpose="after the service is gone")
    assert "vault:transit/evidence:v3" in raised.value.message
