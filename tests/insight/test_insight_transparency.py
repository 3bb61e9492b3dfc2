"""A transparency report over seeded activity agrees with the case store, counted here
independently with SQL aggregates; the CSV, JSON, CLI and console agree with each other."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from typing import Any

import pytest
from insighthelpers import seed_activity
from sqlalchemy import func, select

from childguard.insight.transparency import parse_period
from childguard.platform.db import Base, utcnow

NOTIFY = ("statement_of_reasons", "report_outcome", "case_opened")


def _count(session: Any, table: str, column: str, start: datetime, end: datetime,
           *where: Any) -> int:
    t = Base.metadata.tables[table]
    return int(session.scalar(select(func.count()).select_from(t).where(
        t.c[column] >= start, t.c[column] < end, *where)) or 0)


def _period_now() -> str:
    now = utcnow()
    return f"{now.year}-H{1 if now.month <= 6 else 2}"


def test_numbers_agree_with_the_case_store(client: Any, database: Any,
                                           make_api_key: Any) -> None:
    seed_activity(database)
    label = _period_now()
    period = parse_period(label)
    s, e = period.start, period.end
    got = client.get("/v1/insight/transparency", params={"period": label},
                     headers=make_api_key(["insight:read"]))
    assert got.status_code == 200, got.text
    report = got.json()
    with database.unit_of_work() as session:
        reports = Base.metadata.tables["moderation_user_reports"]
        cases = Base.metadata.tables["moderation_cases"]
        actions = Base.metadata.tables["moderation_actions"]
        decisions = Base.metadata.tables["moderation_decisions"]
        appeals = Base.metadata.tables["moderation_appeals"]
        filed = Base.metadata.tables["reporting_reports"]
        notices = _count(session, "moderation_user_reports", "received_at", s, e)
        by_category = dict(session.execute(
            select(reports.c.category, func.count()).where(
                reports.c.received_at >= s, reports.c.received_at < e)
            .group_by(reports.c.category)).all())
        opened = _count(session, "moderation_cases", "opened_at", s, e)
        by_kind = dict(session.execute(
            select(actions.c.kind, func.count()).where(
                actions.c.created_at >= s, actions.c.created_at < e,
                actions.c.kind.not_in(NOTIFY)).group_by(actions.c.kind)).all())
        human = _count(session, "moderation_decisions", "at", s, e,
                       decisions.c.kind == "review", decisions.c.automated.is_(False))
        decided = _count(session, "moderation_cases", "decided_at", s, e)
        appeals_in = _count(session, "moderation_appeals", "created_at", s, e)
        reversed_ = _count(session, "moderation_appeals", "decided_at", s, e,
                           appeals.c.state == "reversed")
        upheld = _count(session, "moderation_appeals", "decided_at", s, e,
                        appeals.c.state == "upheld")
        suspended_accounts = {a for a, d in session.execute(
            select(actions.c.account_id, actions.c.details).where(
                actions.c.created_at >= s, actions.c.created_at < e,
                actions.c.kind == "restrict_account"))
            if (d or {}).get("restriction") == "suspended"}
        tips = _count(session, "reporting_reports", "filed_at", s, e,
                      filed.c.status == "filed")
        requests = _count(session, "reporting_legal_requests", "received_at", s, e)
        assert session.scalar(select(func.count()).select_from(cases)) >= opened

    assert report["notices"]["received"] == notices == 5  # the old one is in another period
    assert report["notices"]["by_category"] == by_category
    assert report["notices"]["merged_as_duplicates"] == 1
    assert report["moderation"]["cases_opened"] == opened
    assert report["moderation"]["cases_opened_by_source"] == {
        "automated_detection": 2, "user_report": opened - 2}
    assert report["moderation"]["actions_by_type"] == by_kind
    assert report["moderation"]["actions"] == sum(by_kind.values())
    assert report["moderation"]["decisions_by_means"]["human"] == human == 5
    assert report["moderation"]["cases_decided"] == decided
    assert report["moderation"]["median_time_to_action"] is not None
    assert report["appeals"]["received"] == appeals_in == 3
    assert (report["appeals"]["reversed"], report["appeals"]["upheld"]) == (reversed_,
                                                                            upheld) == (1, 1)
    assert report["appeals"]["pending_at_period_end"] == 1
    assert report["suspensions"]["accounts_suspended"] == len(suspended_accounts) == 2
    assert report["authorities"]["cybertipline_reports_filed"] == tips == 2
    assert report["authorities"]["law_enforcement_requests"] == requests == 2
    assert report["authorities"]["median_time_detection_to_report"] == pytest.approx(5.5)

    # The CSV carries the same numbers, one per row, in RFC 4180.
    text = client.get("/v1/insight/transparency", params={"period": label, "format": "csv"},
                      headers=make_api_key(["insight:read"])).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0].keys() >= {"section", "metric", "breakdown", "value", "unit"}
    cell = {(r["section"], r["metric"], r["breakdown"]): r["value"] for r in rows}
    assert cell[("notices", "received", "total")] == str(notices)
    assert cell[("appeals", "reversed", "total")] == "1"
    assert cell[("notices", "by_category", "grooming")] == str(by_category["grooming"])


def test_other_periods_bad_periods_and_the_cli(client: Any, database: Any, make_api_key: Any,
                                               tmp_path: Any) -> None:
    seed_activity(database)
    headers = make_api_key(["insight:read"])
    now = utcnow()
    old = client.get("/v1/insight/transparency",
                     params={"period": f"{now.year - 1}"}, headers=headers).json()
    assert old["notices"]["received"] == 0 and old["moderation"]["cases_opened"] == 0
    whole = client.get("/v1/insight/transparency", headers=headers, params={
        "period": f"{now.year - 1}-01-01..{now.year}-12-31"}).json()
    assert whole["notices"]["received"] == 6
    bad = client.get("/v1/insight/transparency", params={"period": "last week"},
                     headers=headers)
    assert bad.status_code == 422 and "2026-H1" in bad.json()["error"]["message"]
    assert client.get("/v1/insight/transparency", params={"period": "2026"},
                      headers=make_api_key(["cases:read"])).status_code == 403


def test_cli_writes_csv_and_json(database: Any, tmp_path: Any, settings: Any) -> None:
    from typer.testing import CliRunner

    from childguard.cli import _register_context_commands, app

    _register_context_commands()
    seed_activity(database)
    runner = CliRunner()
    label = _period_now()
    out = tmp_path / "t.json"
    result = runner.invoke(app, ["transparency", "--period", label, "--format", "json",
                                 "--output", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["notices"]["received"] == 5 and data["period"]["label"] == label
    result = runner.invoke(app, ["transparency", "--period", label, "--format", "csv"])
    assert result.exit_code == 0 and "notices,received,total,5,count" in result.output
    result = runner.invoke(app, ["transparency", "--period", "someday"])
    assert result.exit_code == 2 and "2026-H1" in result.output
