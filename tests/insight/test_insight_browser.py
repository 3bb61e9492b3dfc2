"""The insight console pages in Chromium: charts render and an axe-core audit finds no
serious or critical WCAG problems."""

from __future__ import annotations

from typing import Any

import pytest
from insighthelpers import seed_activity

from childguard.insight import demo

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def test_console_insight_pages_pass_axe(live_server: Any, page: Any, database: Any,
                                        make_user: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    seed_activity(database)
    with database.unit_of_work() as session:
        demo.seed_demo(session)
    username, password = make_user("admin")
    page.goto(f"{live_server.url}/console/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    axe = Axe()
    problems = []
    for path in ("/console/insight/transparency", "/console/training/safe-review",
                 "/console/insight/risk", "/console/insight/wellness"):
        page.goto(live_server.url + path)
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        problems += [(path, v["id"], v["help"]) for v in results.response["violations"]
                     if v["impact"] in ("serious", "critical")]
    page.goto(f"{live_server.url}/console/insight/transparency")
    assert page.locator("svg[role=img]").count() >= 6
    assert page.locator("#n-notices").inner_text() == "5"
    page.get_by_role("link", name="Risk assessments").click()
    page.get_by_role("link", name="Children's risk assessment: direct messages and uploads").click()
    assert page.locator("#risks tbody tr").count() == 2
    assert problems == []
