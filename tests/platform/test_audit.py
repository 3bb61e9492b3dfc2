"""The audit log is append-only and tamper-evident."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from childguard.platform import audit, auth
from childguard.platform.db import Database


def _verify_cli(database_url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHILDGUARD_")}
    env["CHILDGUARD_DATABASE_URL"] = database_url
    return subprocess.run([sys.executable, "-m", "childguard.cli", "audit", "verify"], env=env,
                          capture_output=True, text=True, timeout=60)


def _seed(database: Database, n: int = 5) -> None:
    with database.unit_of_work() as session:
        auth.create_user(session, username="auditee", role="reviewer",
                         password="a long enough password", actor="test")
    for i in range(n):
        with database.unit_of_work() as session:
            audit.record(session, actor="test", action="case.decide", target_type="case",
                         target_id=f"c{i}", details={"decision": "violating", "n": i})


@pytest.fixture
def unguarded(database: Database) -> Iterator[Database]:
    """An attacker with database access removes the append-only triggers first."""
    with database.engine.begin() as conn:
        if database.is_sqlite:
            conn.execute(text("DROP TRIGGER platform_audit_no_update"))
            conn.execute(text("DROP TRIGGER platform_audit_no_delete"))
        else:
            conn.execute(text("ALTER TABLE platform_audit_log DISABLE TRIGGER USER"))
    yield database
    if not database.is_sqlite:  # SQLite files are per test; the PostgreSQL one is shared
        with database.engine.begin() as conn:
            conn.execute(text("ALTER TABLE platform_audit_log ENABLE TRIGGER USER"))


def test_intact_chain_verifies(database: Database, database_url: str) -> None:
    _seed(database)
    result = _verify_cli(database_url)
    assert result.returncode == 0, result.stderr
    assert "intact: 6 entries" in result.stdout


def test_database_refuses_updates_and_deletes(database: Database) -> None:
    _seed(database, 1)
    for statement in ("UPDATE platform_audit_log SET actor = 'x'",
                      "DELETE FROM platform_audit_log"):
        try:
            with database.engine.begin() as conn:
                conn.execute(text(statement))
        except Exception as exc:
            assert "append-only" in str(exc)
        else:
            raise AssertionError(f"{statement} was allowed")


def test_edited_row_is_named(unguarded: Database, database_url: str) -> None:
    database = unguarded
    _seed(database)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE platform_audit_log SET actor = 'someone-else' WHERE seq = 3"))
    result = _verify_cli(database_url)
    assert result.returncode == 1
    assert "broken at entry 3" in result.stderr


def test_deleted_rows_are_named_in_the_middle_and_at_the_end(unguarded: Database,
                                                             database_url: str) -> None:
    database = unguarded
    _seed(database)
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM platform_audit_log WHERE seq = 6"))
    result = _verify_cli(database_url)
    assert result.returncode == 1
    assert "entry 6" in result.stderr
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM platform_audit_log WHERE seq = 2"))
    result = _verify_cli(database_url)
    assert result.returncode == 1
    assert "entry 2" in result.stderr
