"""The whole path in Chromium: a known-bank image is held, a reviewer reveals (logged) and
decides, the service's webhook receives the actions, the user appeals, a second reviewer
reverses, and the content is restored."""

from __future__ import annotations

import base64
import time
from typing import Any

import httpx
import pytest
from modhelpers import benign_image, media_event

from childguard.moderation import casework
from childguard.moderation.storage import ContentState
from childguard.platform import audit

pytestmark = pytest.mark.browser


def _sign_in(page: Any, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/console/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/console/queue")


def _wait_for(receiver: Any, run_jobs: Any, kinds: set[str], timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run_jobs()
        if kinds <= {b["action"]["kind"] for b in receiver.received}:
            return
        time.sleep(0.1)
    raise AssertionError(f"webhooks {kinds} not received: "
                         f"{[b['action']['kind'] for b in receiver.received]}")


def test_held_upload_reviewed_appealed_and_restored(
        live_server: Any, page: Any, make_api_key: Any, make_user: Any, known_bank: Any,
        receiver: Any, run_jobs: Any, database: Any) -> None:
    base = live_server.url
    headers = make_api_key("events:write")
    image = benign_image(2026)
    known_bank(image, "A2")
    api = httpx.Client(base_url=base, headers=headers, timeout=10)
    assert api.post("/v1/webhooks", json={"url": receiver.url, "secret": receiver.secret,
                                          "backoff_seconds": 0.1}).status_code == 201

    # 1. The service sends the upload; it is held and a case opens.
    result = api.post("/v1/events", json={"events": [
        media_event("upload-1", "acct-suspect", image=image, media_id="photo-1")]}).json()
    assert result["results"][0]["verdict"] == "hold"
    _wait_for(receiver, run_jobs, {"hold"})

    # 2. A reviewer signs in and finds the case at the top of the queue.
    first_user, password = make_user("reviewer")
    _sign_in(page, base, first_user, password)
    row = page.locator("tr.case-row").first
    assert "Known material (A2)" in row.inner_text() and "acct-suspect" in row.inner_text()
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    page.wait_for_url("**/console/cases/*")
    assert page.locator("#matched-banks").inner_text() == "known-test"

    # 3. Media are blurred by default; the original is refused until a logged reveal.
    blurred = page.locator("img.blurred-img")
    assert "view=original" not in (blurred.get_attribute("src") or "")
    case_url = page.url.split("#")[0]
    refused = page.request.get(f"{case_url}/media/media:photo-1?view=original")
    assert refused.status == 403
    page.keyboard.press("r")
    page.keyboard.type("confirm the bank match")
    page.get_by_role("button", name="Reveal this item").click()
    page.wait_for_selector("img.revealed")
    original = page.request.get(f"{case_url}/media/media:photo-1?view=original")
    assert original.status == 200 and original.body()[:4] == b"\x89PNG"
    assert "1" in page.locator("#exposure-hour").inner_text()

    # 4. The reviewer decides: remove, under clause 3.1.
    page.get_by_label("Remove the content", exact=True).check()
    page.get_by_label("Terms-of-service clause violated").select_option("3.1")
    page.get_by_role("button", name="Decide").click()
    page.wait_for_url("**/console/queue**")
    assert "Case decided" in page.locator("#notice").inner_text()
    with database.unit_of_work() as session:
        reveal = audit.recent(session, 1, action="moderation.media.reveal")[0]
        assert reveal.actor == f"user:{first_user}"
        assert reveal.details["reason"] == "confirm the bank match"
        assert session.get(ContentState, "media:photo-1").state == "removed"

    # 5. The service's receiver gets the removal and the statement of reasons.
    _wait_for(receiver, run_jobs, {"remove_content", "statement_of_reasons"})
    statement = next(b["action"]["details"] for b in receiver.received
                     if b["action"]["kind"] == "statement_of_reasons")
    assert statement["statement"]["why"]["clause"] == "3.1"

    # 6. The user appeals through the service.
    appeal = api.post("/v1/appeals", json={"statement_id": statement["statement_id"],
                                           "text": "It is a picture of shapes."}).json()
    assert appeal["state"] == "open"

    # 7. A second, senior reviewer reverses it.
    page.get_by_role("button", name="Sign out").click()
    second_user, password2 = make_user("senior-reviewer")
    _sign_in(page, base, second_user, password2)
    page.locator("a.open-appeal").first.click()
    page.wait_for_url("**/console/appeals/*")
    assert "It is a picture of shapes." in page.content()
    page.get_by_label("Reverse: restore everything").check()
    page.get_by_label("Reason given to the user").fill("The image is a generated pattern.")
    page.get_by_role("button", name="Decide appeal").click()
    page.wait_for_url("**/console/queue**")
    assert "Appeal decided" in page.locator("#notice").inner_text()

    # 8. The content is restored, recorded, and the service is told.
    _wait_for(receiver, run_jobs, {"restore_content", "lift_restriction"})
    with database.unit_of_work() as session:
        state = session.get(ContentState, "media:photo-1")
        assert state.state == "restored"
        assert casework.get_appeal(session, appeal["id"]).decided_by == f"user:{second_user}"
        assert audit.recent(session, 1, action="moderation.appeal.reverse")
    restored = [b for b in receiver.received if b["action"]["kind"] == "restore_content"]
    assert len(restored) == 1 and restored[0]["action"]["content_ref"] == "media:photo-1"
    seqs = [b["action"]["seq"] for b in receiver.received]
    assert len(seqs) == len(set(seqs))
    assert base64  # the file travelled base64-encoded in the event
