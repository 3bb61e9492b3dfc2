"""Migrations that change stored moderation data, run against an old schema."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from childguard.moderation import actions
from childguard.platform.migrate import upgrade


def test_the_migration_seals_secrets_stored_in_plain_text(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "moderation_0001")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO moderation_webhooks (id, url, secret, kinds, backoff_seconds, "
            "max_attempts, active, created_by, created_at) VALUES ('ep1', "
            "'https://r.example/', 'plain-text-secret-0123', '[]', 5, 25, 1, 't', "
            "'2026-11-29 00:00:00')"))
    upgrade(url)
    with engine.begin() as conn:
        stored = conn.execute(sa.text("SELECT secret FROM moderation_webhooks")).scalar_one()
    engine.dispose()
    assert stored.startswith(actions.SEALED_PREFIX)
    assert actions.open_secret("ep1", stored) == "plain-text-secret-0123"


def test_the_migration_files_old_messages_under_their_conversation(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "moderation_0002")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO moderation_events (id, type, account_id, ip, port, occurred_at, "
            "utc_offset, device_ids, data, signals, signal_details, verdict, matched_rules, "
            "rule_version, received_at, submitted_by) VALUES ('m1', 'message.sent', 'a', "
            "'10.0.0.1', 1, '2026-11-29 00:00:00', '+00:00', '[]', "
            "'{\"conversation_id\": \"conv-9\", \"text\": \"hi\"}', '{}', '{}', 'allow', "
            "'[]', 1, '2026-11-29 00:00:00', 't')"))
    upgrade(url)
    with engine.begin() as conn:
        stored = conn.execute(sa.text(
            "SELECT conversation_id FROM moderation_events")).scalar_one()
    engine.dispose()
    assert stored == "conv-9"
