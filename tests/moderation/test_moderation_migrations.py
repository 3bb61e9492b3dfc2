"""Migrations that change stored moderation data, run against an old schema."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from childguard.moderation import actions
from childguard.platform.migrate import upgrade


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
