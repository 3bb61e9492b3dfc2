"""Migrations that change stored moderation data, run against an old schema."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from childguard.moderation import actions, vault
from childguard.platform.config import reset_settings_cache
from childguard.platform.migrate import alembic_config, upgrade


def _migrated(tmp_path: Path, revision: str, insert: str, select: str) -> str:
    """A database at ``revision`` with one row, upgraded to the latest; ``select``'s value."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, revision)
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(insert))
        upgrade(url)
        with engine.begin() as conn:
            return str(conn.execute(sa.text(select)).scalar_one())
    finally:
        engine.dispose()


def test_the_migration_seals_secrets_stored_in_plain_text(tmp_path: Path) -> None:
    stored = _migrated(
        tmp_path, "moderation_0001",
        "INSERT INTO moderation_webhooks (id, url, secret, kinds, backoff_seconds, "
        "max_attempts, active, created_by, created_at) VALUES ('ep1', 'https://r.example/', "
        "'plain-text-secret-0123', '[]', 5, 25, 1, 't', '2026-11-29 00:00:00')",
        "SELECT secret FROM moderation_webhooks")
    assert stored.startswith(actions.SEALED_PREFIX)
    assert actions.open_secret("ep1", stored) == "plain-text-secret-0123"


def test_the_migration_files_old_messages_under_their_conversation(tmp_path: Path) -> None:
    stored = _migrated(
        tmp_path, "moderation_0002",
        "INSERT INTO moderation_events (id, type, account_id, ip, port, occurred_at, "
        "utc_offset, device_ids, data, signals, signal_details, verdict, matched_rules, "
        "rule_version, received_at, submitted_by) VALUES ('m1', 'message.sent', 'a', "
        "'10.0.0.1', 1, '2026-11-29 00:00:00', '+00:00', '[]', "
        "'{\"conversation_id\": \"conv-9\", \"text\": \"hi\"}', '{}', '{}', 'allow', '[]', 1, "
        "'2026-11-29 00:00:00', 't')",
        "SELECT conversation_id FROM moderation_events")
    assert stored == "conv-9"


def test_media_stored_before_key_ids_opens_after_the_upgrade(
        tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    key = bytes(range(32))
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_KEY", base64.b64encode(key).decode())
    reset_settings_cache()
    nonce = bytes(12)
    sealed = AESGCM(key).encrypt(nonce, b"picture bytes", b"media:old")  # as 0003 sealed it
    key_id = _migrated(
        tmp_path, "moderation_0003",
        "INSERT INTO moderation_media (content_ref, event_id, nonce, ciphertext, hashes, size, "
        f"created_at) VALUES ('media:old', 'e1', X'{nonce.hex()}', X'{sealed.hex()}', '{{}}', "
        "13, '2026-11-29 00:00:00')",
        "SELECT coalesce(key_id, 'none') FROM moderation_media")
    assert key_id == "none"
    assert vault.open_sealed("media:old", nonce, sealed, None) == b"picture bytes"


def test_downgrading_keeps_webhook_secrets_readable_by_the_release_before(
        tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHILDGUARD_EVIDENCE_KEY", base64.b64encode(bytes(32)).decode())
    reset_settings_cache()
    url = f"sqlite:///{tmp_path / 'new.db'}"
    upgrade(url)
    stored = actions.seal_secret("ep1", "a-receivers-secret-0123")
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO moderation_webhooks (id, url, secret, kinds, backoff_seconds, "
                "max_attempts, active, created_by, created_at) VALUES ('ep1', "
                "'https://r.example/', :secret, '[]', 5, 25, 1, 't', '2026-11-29 00:00:00')"),
                {"secret": stored})
        command.downgrade(alembic_config(url), "moderation_0003")
        with engine.begin() as conn:
            old = conn.execute(sa.text("SELECT secret FROM moderation_webhooks")).scalar_one()
            columns = {c["name"] for c in sa.inspect(conn).get_columns("moderation_media")}
    finally:
        engine.dispose()
    assert old.startswith("sealed:v1:") and "key_id" not in columns
    raw = base64.b64decode(old[len("sealed:v1:"):])  # what the release before reads
    assert AESGCM(bytes(32)).decrypt(raw[:12], raw[12:], b"webhook:ep1") \
        == b"a-receivers-secret-0123"
