"""Console pages of insight: the training gate in front of the queues, transparency with
charts, risk assessments with reminders and export, wellness figures, the demo seed."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from insighthelpers import seed_activity

from childguard.insight import demo, risk


def _login(client: Any, username: str, password: str = "correct horse battery staple") -> None:
    r = client.post("/console/login", data={"username": username, "password": password},
                    follow_redirects=False)
    assert r.status_code == 303, r.text


def _csrf(client: Any, path: str) -> str:
    page = client.get(path)
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, page.text[:500]
    return match.group(1)


def test_reviewer_must_finish_training_before_the_queue(client: Any, database: Any,
                                                        make_user: Any) -> None:
    with database.unit_of_work() as session:
        demo.seed_demo(session)
    username, _ = make_user("reviewer")
    _login(client, username)
    blocked = client.get("/console/queue", follow_redirects=False)
    assert blocked.status_code == 303 and blocked.headers["location"].startswith(
        "/console/training")
    page = client.get(blocked.headers["location"])
    assert "Finish your required training" in page.text
    assert "Reviewing safely" in page.text
    token = _csrf(client, "/console/training/safe-review")
    wrong = client.post("/console/training/safe-review/complete",
                        data={"csrf_token": token, "answer": "all of them"})
    assert "not right" in wrong.text
    for module, answer in (("safe-review", "one"), ("reporting-duties", "One"),
                           ("grooming-signs", "yes")):
        client.post(f"/console/training/{module}/complete",
                    data={"csrf_token": token, "answer": answer})
    assert client.get("/console/queue", follow_redirects=False).status_code == 200
    assert "training is done and current" in client.get("/console/training").text


def test_new_module_version_makes_training_stale(client: Any, database: Any, make_user: Any,
                                                 make_api_key: Any) -> None:
    with database.unit_of_work() as session:
        demo.seed_demo(session)
    username, _ = make_user("senior-reviewer")
    headers = make_api_key(["insight:write", "insight:read"])
    for module in ("safe-review", "reporting-duties", "grooming-signs"):
        r = client.post("/v1/insight/training/completions", headers=headers,
                        json={"username": username, "module_id": module})
        assert r.status_code == 201
    assert r.json()["may_review"] is True
    changed = client.put("/v1/insight/training/modules/safe-review", headers=headers, json={
        "title": "Reviewing safely", "body": "A revised module body with new guidance.",
        "required_for": ["reviewer", "senior-reviewer"], "check_answer": "one"})
    assert changed.json()["version"] == 2
    status = client.get("/v1/insight/training/status", headers=headers).json()
    me = next(r for r in status["reviewers"] if r["username"] == username)
    assert me["may_review"] is False


def test_transparency_page_draws_charts(client: Any, database: Any, make_user: Any) -> None:
    seed_activity(database)
    username, _ = make_user("analyst")
    _login(client, username)
    page = client.get("/console/insight/transparency")
    assert page.status_code == 200
    assert page.text.count("<svg") >= 6 and 'role="img"' in page.text
    assert re.search(r'id="n-notices">5<', page.text)
    assert re.search(r'id="n-suspended">2<', page.text)
    csv_text = client.get("/console/insight/transparency.csv",
                          params={"period": re.search(r'name="period" value="([^"]+)"',
                                                      page.text).group(1)}).text
    assert "notices,received,total,5,count" in csv_text
    bad = client.get("/console/insight/transparency", params={"period": "nope"})
    assert bad.status_code == 422 and "2026-H1" in bad.text


def test_risk_assessment_reminder_and_export(client: Any, database: Any, make_api_key: Any,
                                             run_jobs: Any) -> None:
    headers = make_api_key(["insight:write", "insight:read"])
    today = date.today()
    body = {"title": "DSA systemic risk: recommender", "kind": "dsa_art34_systemic",
            "owner": "Policy lead", "conducted_on": (today - timedelta(days=360)).isoformat(),
            "next_review_due": (today + timedelta(days=10)).isoformat(),
            "risks": [{"harm": "Recommender pushes self-harm content to teens",
                       "category": "PPC", "evidence": ["internal audit"], "likelihood": 3,
                       "impact": 4, "mitigations": [{"measure": "Exclude from teen feeds",
                                                     "owner": "Feeds team"}]}]}
    r = client.post("/v1/insight/risk-assessments", headers=headers, json=body)
    assert r.status_code == 201, r.text
    assessment = r.json()
    assert assessment["risks"][0]["level"] == "high"
    bad = client.post("/v1/insight/risk-assessments", headers=headers,
                      json={**body, "kind": "vibes"})
    assert bad.status_code == 422 and "kind" in bad.json()["error"]["message"]
    with database.unit_of_work() as session:
        made = risk.send_review_reminders(session, today=today, days_before=30)
        again = risk.send_review_reminders(session, today=today, days_before=30)
    assert len(made) == 1 and again == []
    reminders = client.get("/v1/insight/reminders", headers=headers).json()["reminders"]
    assert "DSA systemic risk: recommender" in reminders[0]["message"]
    exported = client.get(f"/v1/insight/risk-assessments/{assessment['id']}/export",
                          headers=headers).text
    assert "Exclude from teen feeds" in exported and exported.startswith("assessment_id,")
    approved = client.post(f"/v1/insight/risk-assessments/{assessment['id']}/approve",
                           headers=headers).json()
    assert approved["status"] == "approved"


def test_demo_seed_is_idempotent(database: Any) -> None:
    with database.unit_of_work() as session:
        first = demo.seed_demo(session)
    with database.unit_of_work() as session:
        second = demo.seed_demo(session)
    assert first == second == "3 training modules, 1 risk assessment(s)"


def test_wellness_and_overdue_appeals(client: Any, database: Any,
                                                make_api_key: Any) -> None:
    from childguard.moderation import casework

    seed_activity(database)
    headers = make_api_key(["insight:read"])
    body = client.get("/v1/insight/wellness", headers=headers,
                      params={"period": str(date.today().year)}).json()
    rows = {r["username"]: r for r in body["reviewers"]}
    assert rows["u-rev1"]["decisions"] == 5  # reviewers without a console account keep their id
    text = str(body)
    assert "acct-" not in text and "media:" not in text
    with database.unit_of_work() as session:
        assert casework.exposure(session, "u-rev1")["decisions_last_24h"] == 5

    # The seeded month leaves one appeal open: once overdue, it is reminded once.
    from datetime import timedelta as td

    due = client.get("/v1/insight/appeals", headers=headers).json()
    assert len(due["appeals"]) == 1 and due["overdue"] == 0
    with database.unit_of_work() as session:
        appeal = casework.open_appeals(session)[0]
        appeal.created_at = appeal.created_at - td(days=8)
    with database.unit_of_work() as session:
        assert len(risk.remind_overdue_appeals(session, deadline_days=7)) == 1
        assert risk.remind_overdue_appeals(session, deadline_days=7) == []
    assert client.get("/v1/insight/appeals", headers=headers).json()["overdue"] == 1
    reminders = client.get("/v1/insight/reminders", headers=headers).json()["reminders"]
    assert "past its decision deadline" in reminders[0]["message"]
