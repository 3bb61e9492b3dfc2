"""``childguard accounts ...``: what an operator sees at the terminal."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import typer
from typer.testing import CliRunner

from childguard.accounts import privacy, services
from childguard.accounts.commands import register
from childguard.platform.db import Database

app = typer.Typer()
register(app)


def test_retention_policy_and_held_deletions_from_the_cli(database: Database) -> None:
    from childguard.reporting.holds import place_hold
    from childguard.reporting.storage import Hold

    runner = CliRunner()
    shown = runner.invoke(app, ["accounts", "retention"])
    assert shown.exit_code == 0, shown.output
    assert "activity_counters" in shown.output and "90 days" in shown.output

    with database.unit_of_work() as session:
        services.upsert_account(session, "gone", actor="test")
        hold = place_hold(session, until=datetime.now(UTC) + timedelta(days=1), reason="test",
                          actor="test", account_id="gone")
        hold_id = hold.id
        assert privacy.delete_account(session, "gone", actor="test").status == "held"
    nothing = runner.invoke(app, ["accounts", "resume-deletions"])
    assert "completed 0 deletion(s)" in nothing.output
    with database.unit_of_work() as session:
        row: Any = session.get(Hold, hold_id)
        row.until = datetime.now(UTC) - timedelta(seconds=1)
    done = runner.invoke(app, ["accounts", "resume-deletions"])
    assert "completed 1 deletion(s)" in done.output


def test_policy_is_printed_as_editable_json(database: Database) -> None:
    runner = CliRunner()
    printed = runner.invoke(app, ["accounts", "policy", "eu"])
    assert printed.exit_code == 0, printed.output
    assert json.loads(printed.output)["digital_consent_age"] == 16
    missing = runner.invoke(app, ["accounts", "policy", "ZZ"])
    assert missing.exit_code == 1
    assert "no jurisdiction policy" in missing.output
