"""The parent flow in Chromium: link with consent, set a control, the control blocks a
contact, the parent sees it in the summary and approves the contact."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

if TYPE_CHECKING:
    from tests.accounts.conftest import Esp


def _local(url: str, live: Any) -> str:
    parts = urlsplit(url)
    return f"{live.url}{parts.path}?{parts.query}" if parts.query else f"{live.url}{parts.path}"


@pytest.mark.browser
def test_parent_links_sets_a_control_and_sees_it_work(esp: Esp, live_server: Any,
                                                      page: Any) -> None:
    esp.minor("kid", age=12)
    esp.minor("pal", age=13)
    esp.adult("mum")
    created = esp.call("POST", "/v1/parents/links", expect=201, json={
        "parent_id": "mum", "child_id": "kid", "method": "payment_transaction",
        "evidence": {"reference": "txn-4417"}})
    assert created["link"]["status"] == "pending"

    # The parent opens the link, confirms, reads what supervision means and consents.
    page.goto(_local(created["consent_url"], live_server))
    page.click("#continue")
    assert "card or online payment" in page.inner_text("main")
    assert "txn-4417" in page.inner_text("main")
    page.click("#give-consent")
    assert "Tick the box" in page.inner_text("#consent-error")
    page.check("#agree")
    page.click("#give-consent")
    assert "now supervising" in page.inner_text("#notice")

    # The child is told that supervision is on.
    notices = esp.call("GET", "/v1/accounts/kid/notifications")["notifications"]
    assert [n["kind"] for n in notices] == ["supervision_on"]
    assert "cannot read your messages" in notices[0]["body"]

    # The parent asks to approve new contacts.
    page.check("#contact_approval")
    page.click("#save-controls")
    assert page.inner_text("#notice") == "Settings saved."
    assert page.is_checked("#contact_approval")

    # The service connects the child with someone new: it waits for the parent, and the
    # rules block the contact meanwhile.
    state = esp.connect("pal", "kid")
    assert state["status"] == "pending_parent"
    decision = esp.check("pal", "message", "kid")
    assert decision["allowed"] is False
    assert decision["code"] == "contact_pending_parent_approval"
    esp.call("POST", "/v1/accounts/kid/activity", expect=204,
             json={"counts": {"minutes_active": 25, "messages_sent": 4}})

    # The parent sees the summary (counts, no content) and the waiting contact.
    page.reload()
    assert page.inner_text("#minutes") == "25"
    assert page.inner_text("#protections-total") == "1"
    assert "contacts waiting for your approval" in page.inner_text("#protections")
    assert "pal" in page.inner_text("#pending")
    assert "Message content is never shown" in page.inner_text("#summary")
    page.click("a:has-text('Your children')")
    assert "A new contact is waiting for your approval." in page.inner_text("#alerts")
    assert "1 contact" in page.inner_text("#children")

    # Approving the contact opens the conversation.
    page.click("#children a:has-text('kid')")
    page.click("#pending button:has-text('Approve')")
    assert page.inner_text("#notice") == "Settings saved."
    assert esp.check("pal", "message", "kid")["allowed"] is True

    # Signing out ends the session.
    page.click("button:has-text('Sign out')")
    assert "signed out" in page.inner_text("h1")
    response = page.goto(f"{live_server.url}/parents/")
    assert response.status == 401

