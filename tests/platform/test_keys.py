"""The deployment key: settings checked at start-up, development key files, key-service
providers, and a re-seal that survives being interrupted."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from childguard.moderation import actions, vault
from childguard.platform import keys, reseal
from childguard.platform.config import ConfigError, load_settings, reset_settings_cache
from childguard.platform.db import Database
from childguard.platform.errors import InvalidInput
from childguard.platform.storage import AuditEntry
from childguard.reporting import evidence
from childguard.reporting.storage import EvidenceItem

KEY_A, KEY_B = (base64.b64encode(bytes([n]) * 32).decode() for n in (1, 2))
ID_A, ID_B = (keys.SettingsKeyProvider.key_id_of(base64.b64decode(k)) for k in (KEY_A, KEY_B))


def use_keys(monkeypatch: pytest.MonkeyPatch, current: str | None, *previous: str) -> None:
    if current is None:
        monkeypatch.delenv("CHILDGUARD_EVIDENCE_KEY", raising=False)
    else:
        monkeypatch.setenv("CHILDGUARD_EVIDENCE_KEY", current)
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_PREVIOUS_KEYS", ",".join(previous))
    reset_settings_cache()


@pytest.mark.parametrize(("name", "value", "message"), [
    ("CHILDGUARD_EVIDENCE_KEY", "not-a-key!", "is not valid base64"),
    ("CHILDGUARD_EVIDENCE_KEY", base64.b64encode(b"k" * 16).decode(),
     "must decode to 32 bytes, not 16"),
    ("CHILDGUARD_EVIDENCE_PREVIOUS_KEYS", f"{KEY_A}, c2hvcnQ=",
     "entry 2 must decode to 32 bytes, not 5"),
])
def test_a_wrong_key_stops_the_process_without_printing_it(
        monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as raised:
        load_settings()
    assert str(raised.value).startswith(f"{name}: ") and message in str(raised.value)
    assert value not in str(raised.value) and KEY_A not in str(raised.value)


def test_previous_keys_are_read_in_order_with_their_source(
        settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_B, f" {KEY_A} ", KEY_B)  # spaces, and the current key again
    provider = keys.key_provider()
    assert provider.current_key_id() == ID_B
    assert keys.previous_key_ids(provider) == [ID_A]
    assert [(k.key_id, k.current, k.source) for k in provider.configured_keys()] == [  # type: ignore[attr-defined]
        (ID_B, True, "CHILDGUARD_EVIDENCE_KEY"),
        (ID_A, False, "CHILDGUARD_EVIDENCE_PREVIOUS_KEYS entry 1")]
    with pytest.raises(keys.KeyNotConfigured, match="settings:000000000000"):
        provider.key("settings:000000000000")


def test_development_key_files(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, None)
    data_dir = Path(settings.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "moderation-media.key").write_text(KEY_A + "\n")
    provider = keys.key_provider()
    dev_id = provider.current_key_id()
    dev_file = data_dir / "evidence.key"
    assert dev_file.stat().st_mode & 0o777 == 0o600
    assert dev_id == keys.SettingsKeyProvider.key_id_of(base64.b64decode(dev_file.read_text()))
    assert keys.previous_key_ids(provider) == [ID_A]
    # Setting a key keeps the generated one readable, as a previous key.
    use_keys(monkeypatch, KEY_B)
    provider = keys.key_provider()
    assert provider.current_key_id() == ID_B
    assert keys.previous_key_ids(provider) == [dev_id, ID_A]
    # A damaged key file is named, never silently skipped.
    (data_dir / "moderation-media.key").write_text("garbage")
    reset_settings_cache()
    with pytest.raises(InvalidInput, match="moderation-media.key is not valid base64"):
        keys.key_provider().current_key_id()


def test_production_needs_a_key(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHILDGUARD_ENVIRONMENT", "production")
    use_keys(monkeypatch, None)
    with pytest.raises(InvalidInput, match="CHILDGUARD_EVIDENCE_KEY must be set in production"):
        vault.seal("media:x", b"data")
    assert not (Path(settings.data_dir) / "evidence.key").exists()


class KeyService:
    """What a KMS-backed provider looks like: versioned key ids, old versions kept."""

    def __init__(self, version: int, keep: tuple[int, ...] = ()) -> None:
        self.version, self.keep = version, keep

    def current_key_id(self) -> str:
        return f"kms:alias/childguard:v{self.version}"

    def previous_key_ids(self) -> list[str]:
        return [f"kms:alias/childguard:v{v}" for v in self.keep]

    def key(self, key_id: str) -> bytes:
        versions = {self.version, *self.keep}
        for v in versions:
            if key_id == f"kms:alias/childguard:v{v}":
                return bytes([v]) * 32
        raise keys.KeyNotConfigured(key_id)


def test_a_key_service_seals_everything_and_rotates(database: Database) -> None:
    keys.set_key_provider(KeyService(1))
    try:
        with database.unit_of_work() as s:
            item_id = evidence.store(s, case_id="c", kind="file", content=b"e", actor="t").id
        blob = vault.seal("media:k", b"picture")
        secret = actions.seal_secret("ep-k", "a-signing-secret-0123")
        assert blob.key_id == "kms:alias/childguard:v1"
        assert secret.startswith("sealed:v2:kms:alias/childguard:v1:")

        keys.set_key_provider(KeyService(2, keep=(1,)))
        assert vault.open_sealed("media:k", blob.nonce, blob.ciphertext, blob.key_id) \
            == b"picture"
        assert actions.open_secret("ep-k", secret) == "a-signing-secret-0123"
        outcome = reseal.reseal(database, actor="test")
        assert outcome.ok and outcome.total == 1
        keys.set_key_provider(KeyService(2))
        with database.unit_of_work() as s:
            row = s.get(EvidenceItem, item_id)
            assert row is not None and row.key_id == "kms:alias/childguard:v2"
            assert evidence.read_for_filing(s, item_id) == b"e"
        use = reseal.usage(database)
        assert [(k.key_id, k.current) for k in use.configured] == [
            ("kms:alias/childguard:v2", True)]
    finally:
        keys.set_key_provider(None)


def test_a_key_id_too_long_to_record_is_refused() -> None:
    class Verbose(KeyService):
        def current_key_id(self) -> str:
            return "kms:" + "x" * 80

        def key(self, key_id: str) -> bytes:
            return bytes(32)

    keys.set_key_provider(Verbose(1))
    try:
        with pytest.raises(InvalidInput, match="must be 1 to 64 characters"):
            vault.seal("media:x", b"data")
    finally:
        keys.set_key_provider(None)


def test_an_interrupted_reseal_continues_where_it_stopped(
        database: Database, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    use_keys(monkeypatch, KEY_A)
    contents = [f"evidence {n}".encode() for n in range(5)]
    with database.unit_of_work() as s:
        ids = [evidence.store(s, case_id="c", kind="file", content=c, actor="t").id
               for c in contents]
    use_keys(monkeypatch, KEY_B, KEY_A)

    real_seal = keys.seal
    calls = {"n": 0}

    def crash_on_the_third(*args: Any, **kwargs: Any) -> keys.Sealed:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("the machine went down")
        return real_seal(*args, **kwargs)

    monkeypatch.setattr(keys, "seal", crash_on_the_third)
    with pytest.raises(RuntimeError):
        reseal.reseal(database, actor="test", batch_size=2)
    monkeypatch.setattr(keys, "seal", real_seal)

    def key_ids() -> list[str]:
        with database.unit_of_work() as s:
            return [s.get(EvidenceItem, i).key_id for i in ids]  # type: ignore[union-attr]

    # The first batch committed; the second was rolled back whole.
    assert sorted(key_ids()) == [ID_A, ID_A, ID_A, ID_B, ID_B]
    outcome = reseal.reseal(database, actor="test", batch_size=2)
    assert outcome.ok and outcome.total == 3
    assert key_ids() == [ID_B] * 5
    use_keys(monkeypatch, KEY_B)
    with database.unit_of_work() as s:
        assert [evidence.read_for_filing(s, i) for i in ids] == contents
        batches = [e.details["resealed"] for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "keys.reseal.batch")
            .order_by(AuditEntry.seq))]
    assert batches == [2, 2, 1]  # what was audited is exactly what was written


def test_a_bad_batch_size_is_refused(database: Database) -> None:
    with pytest.raises(InvalidInput, match="between 1 and 10000"):
        reseal.reseal(database, actor="test", batch_size=0)
