"""Console pages without a browser: queues, blurred media, reveal with CSRF, roles."""

from __future__ import annotations

import re
from typing import Any

from modhelpers import benign_image, media_event


def _sign_in(client: Any, username: str, password: str) -> None:
    response = client.post("/console/login", data={"username": username, "password": password,
                                                   "next": "/console/queue"},
                           follow_redirects=False)
    assert response.status_code == 303, response.text


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


def test_queue_case_page_and_reveal(client: Any, make_api_key: Any, make_user: Any,
                                    known_bank: Any) -> None:
    image = benign_image(5)
    known_bank(image, "B1")
    headers = make_api_key("events:write")
    case_id = client.post("/v1/events", headers=headers, json={"events": [
        media_event("c-1", "acct-console", image=image, media_id="pic")]}).json()[
        "results"][0]["case_id"]
    _sign_in(client, *make_user("reviewer"))
    queue = client.get("/console/queue")
    assert queue.status_code == 200 and "Known material (B1)" in queue.text
    assert client.get("/console/queue", params={"queue": "payments"}).text.count(
        'class="case-row"') == 0
    page = client.get(f"/console/cases/{case_id}")
    assert page.status_code == 200
    assert f"/console/cases/{case_id}/media/media:pic\"" in page.text  # the blurred one
    assert "view=original" not in page.text
    blurred = client.get(f"/console/cases/{case_id}/media/media:pic")
    assert blurred.status_code == 200 and blurred.headers["cache-control"] == "no-store"
    assert client.get(f"/console/cases/{case_id}/media/media:pic",
                      params={"view": "original"}).status_code == 403
    no_csrf = client.post(f"/console/cases/{case_id}/reveal",
                          data={"content_ref": "media:pic", "reason": "check the match"})
    assert no_csrf.status_code == 403
    token = _csrf(page.text)
    short = client.post(f"/console/cases/{case_id}/reveal", follow_redirects=False,
                        data={"content_ref": "media:pic", "reason": "x", "csrf_token": token})
    assert "error=" in short.headers["location"]
    client.post(f"/console/cases/{case_id}/reveal",
                data={"content_ref": "media:pic", "reason": "check the match",
                      "csrf_token": token})
    assert client.get(f"/console/cases/{case_id}/media/media:pic",
                      params={"view": "original"}).status_code == 200
    page = client.get(f"/console/cases/{case_id}")
    assert "view=original" in page.text and "check the match" in page.text


def test_an_analyst_reads_but_cannot_decide(client: Any, make_user: Any) -> None:
    _sign_in(client, *make_user("analyst"))
    assert client.get("/console/queue").status_code == 200
    page = client.get("/console/queue")
    assert client.post("/console/cases/nope/decision",
                       data={"csrf_token": _csrf(page.text), "outcome": "remove_content"}
                       ).status_code == 403


def test_case_page_shows_the_conversation_and_the_ages_stated_in_it(
        client: Any, make_user: Any, database: Any) -> None:
    from childguard.moderation import casework
    from childguard.moderation.demo import seed_demo

    with database.unit_of_work() as session:
        seed_demo(session)
        case_id = next(c.id for c in casework.queue(session) if c.account_id == "demo-adult-1")
    _sign_in(client, *make_user("reviewer"))
    page = client.get(f"/console/cases/{case_id}")
    assert page.status_code == 200
    assert "Conversation excerpts" in page.text and "risk-flag" in page.text
    assert "Ages stated in the chat (unverified)" in page.text
