"""Parents over the API: consent, revocation, controls at work, summaries, alerts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.accounts.conftest import Esp



def _family(esp: Esp, **link: Any) -> dict[str, Any]:
    esp.minor("kid", age=11)
    esp.adult("mum")
    return esp.link_parent("mum", "kid", **link)


def test_linking_records_the_consent_method_and_tells_the_child(esp: Esp) -> None:
    created = _family(esp, third_party_disclosure=False)
    link = created["link"]
    assert link["status"] == "active"
    assert link["consent_method"] == "payment_transaction"
    assert link["consent_reference"] == "txn-kid"
    consents = esp.call("GET", "/v1/accounts/kid/consents")["consents"]
    kinds = {c["kind"]: c for c in consents}
    assert kinds["parental_consent"]["granted"] is True
    assert kinds["parental_consent"]["method"] == "payment_transaction"
    # COPPA 2025: consent to third-party disclosure is separate, and here refused.
    assert kinds["third_party_disclosure"]["granted"] is False
    state = esp.call("GET", "/v1/accounts/kid")
    assert state["supervised"] is True and state["parents"] == ["mum"]
    notices = esp.call("GET", "/v1/accounts/kid/notifications")["notifications"]
    assert notices[0]["title"] == "A parent is now supervising your account"


def test_linking_refuses_what_it_must(esp: Esp) -> None:
    esp.minor("kid", age=11)
    esp.minor("teen", age=16)
    esp.adult("grown")
    esp.adult("mum")
    cases = [
        ({"parent_id": "teen", "child_id": "kid"}, "a minor cannot be linked as a parent"),
        ({"parent_id": "mum", "child_id": "grown"}, "only accounts of minors"),
        ({"parent_id": "mum", "child_id": "kid", "evidence": {}}, "evidence.reference"),
        ({"parent_id": "mum", "child_id": "kid",
          "evidence": {"reference": "r", "id_number": "X1"}}, "never stores"),
        ({"parent_id": "mum", "child_id": "kid", "method": "email_plus",
          "third_party_disclosure": True}, "internal use only"),
    ]
    for extra, message in cases:
        body = {"method": "payment_transaction", "evidence": {"reference": "r"},
                "consent": "given", **extra}
        refused = esp.call("POST", "/v1/parents/links", expect=422, json=body)
        assert message in refused["error"]["message"], (extra, refused)
    esp.link_parent("mum", "kid")
    again = esp.call("POST", "/v1/parents/links", expect=409, json={
        "parent_id": "mum", "child_id": "kid", "method": "signed_form",
        "evidence": {"reference": "form-2"}, "consent": "given"})
    assert "already supervises" in again["error"]["message"]


def test_revoking_ends_supervision_and_withdraws_consent(esp: Esp) -> None:
    link = _family(esp)["link"]
    revoked = esp.call("POST", f"/v1/parents/links/{link['id']}/revoke",
                       json={"by": "parent", "reason": "changed my mind"})
    assert revoked["status"] == "revoked"
    state = esp.call("GET", "/v1/accounts/kid")
    assert state["supervised"] is False and state["controls"] is None
    consents = esp.call("GET", "/v1/accounts/kid/consents")["consents"]
    assert all(c["withdrawn_at"] for c in consents)
    notices = esp.call("GET", "/v1/accounts/kid/notifications")["notifications"]
    assert notices[0]["kind"] == "supervision_off"
    forbidden = esp.call("PUT", "/v1/parents/mum/children/kid/controls", expect=403,
                         json={"dm_limit": "nobody"})
    assert "does not supervise" in forbidden["error"]["message"]


def test_controls_change_what_the_rules_allow(esp: Esp) -> None:
    _family(esp)
    esp.minor("pal", age=11)
    esp.connect("kid", "pal")
    assert esp.check("pal", "message", "kid")["allowed"] is True
    # Messages off.
    esp.call("PUT", "/v1/parents/mum/children/kid/controls", json={"dm_limit": "nobody"})
    assert esp.check("pal", "message", "kid")["code"] == "dm_limit"
    assert esp.check("kid", "message", "pal")["code"] == "dm_limit"
    # The parent can always reach the child, and the child the parent.
    assert esp.check("mum", "message", "kid")["allowed"] is True
    assert esp.check("kid", "message", "mum")["allowed"] is True
    # Quiet hours around the current time.
    now = datetime.now(UTC)
    start = (now - timedelta(hours=1)).strftime("%H:%M")
    end = (now + timedelta(hours=1)).strftime("%H:%M")
    esp.call("PUT", "/v1/parents/mum/children/kid/controls",
             json={"quiet_hours_start": start, "quiet_hours_end": end})
    assert esp.check("pal", "message", "kid")["code"] == "quiet_hours"
    # Daily time limit reached.
    esp.call("PUT", "/v1/parents/mum/children/kid/controls", json={"daily_limit_minutes": 30})
    esp.call("POST", "/v1/accounts/kid/activity", expect=204,
             json={"counts": {"minutes_active": 31}})
    assert esp.check("kid", "send_media", "pal")["code"] == "daily_limit_reached"
    # Purchases wait for approval, and the parent is alerted.
    esp.adult("shop")
    esp.call("PUT", "/v1/parents/mum/children/kid/controls", json={})
    pay = esp.check("kid", "pay", "shop")
    assert (pay["code"], pay["requires_approval"]) == ("purchase_approval_required", "parent")
    esp.call("PUT", "/v1/parents/mum/children/kid/controls",
             json={"purchase_approval": False})
    assert esp.check("kid", "pay", "shop")["allowed"] is True
    alerts = esp.call("GET", "/v1/parents/mum/alerts")["alerts"]
    assert any(a["kind"] == "purchase_request" for a in alerts)
    # The child sees what changed.
    titles = [n["title"] for n in esp.call("GET", "/v1/accounts/kid/notifications")[
        "notifications"]]
    assert "A parent changed your settings" in titles


def test_bad_controls_are_refused_with_a_reason(esp: Esp) -> None:
    _family(esp)
    for body, message in [({"quiet_hours_start": "22:00"}, "both a start and an end"),
                          ({"timezone": "Mars/Olympus"}, "unknown timezone"),
                          ({"daily_limit_minutes": -5}, "daily_limit_minutes"),
                          ({"volume": 3}, "volume")]:
        refused = esp.call("PUT", "/v1/parents/mum/children/kid/controls", expect=422,
                           json=body)
        assert message in refused["error"]["message"], (body, refused)


def test_summary_counts_activity_and_never_holds_content(esp: Esp) -> None:
    _family(esp)
    esp.adult("stranger")
    esp.call("PUT", "/v1/parents/mum/children/kid/controls", json={})
    esp.call("POST", "/v1/accounts/kid/activity", expect=204,
             json={"counts": {"messages_sent": 5, "minutes_active": 40}})
    esp.call("PUT", "/v1/parents/mum/children/kid/controls", json={"contact_approval": True})
    for _ in range(3):  # an app retrying the same check counts once
        decision = esp.check("stranger", "message", "kid")
        # The stranger is stopped as an unconnected adult, not merely as unapproved.
        assert decision["code"] == "adult_to_unconnected_minor"
    assert esp.check("stranger", "follow", "kid")["allowed"] is False
    summary = esp.call("GET", "/v1/parents/mum/children/kid/summary")
    assert summary["totals"]["messages_sent"] == 5
    assert summary["totals"]["minutes_active"] == 40
    assert summary["totals"]["protections_applied"] == 2
    assert {p["what"] for p in summary["protections"]} == {
        "messages from adults they are not connected to",
        "adults they don't know trying to follow them"}
    refused = esp.call("POST", "/v1/accounts/kid/activity", expect=422,
                       json={"counts": {"messages_sent": 1}, "text": "hello"})
    assert "text" in refused["error"]["message"]
    refused = esp.call("POST", "/v1/accounts/kid/activity", expect=422,
                       json={"counts": {"message_text": 1}})
    assert "unknown activity kind" in refused["error"]["message"]
    assert "stranger" not in str(summary)


def test_alerts_reach_every_linked_parent_once_per_key(esp: Esp) -> None:
    _family(esp)
    esp.adult("dad")
    esp.link_parent("dad", "kid")
    body = {"kind": "safety_concern", "severity": "urgent", "dedupe_key": "case-7",
            "summary": "We stopped a conversation that showed signs of grooming."}
    sent = esp.call("POST", "/v1/parents/children/kid/alerts", expect=201, json=body)
    assert sent["parents_alerted"] == 2
    again = esp.call("POST", "/v1/parents/children/kid/alerts", expect=201, json=body)
    assert again["parents_alerted"] == 0
    for parent in ("mum", "dad"):
        alerts = esp.call("GET", f"/v1/parents/{parent}/alerts")["alerts"]
        assert [a["severity"] for a in alerts] == ["urgent"]
    esp.minor("alone")
    nobody = esp.call("POST", "/v1/parents/children/alone/alerts", expect=201, json=body)
    assert nobody["parents_alerted"] == 0


def test_pending_consent_flow_over_the_api(esp: Esp) -> None:
    esp.minor("kid", age=9)
    esp.adult("gran")
    created = esp.call("POST", "/v1/parents/links", expect=201, json={
        "parent_id": "gran", "child_id": "kid", "method": "video_conference",
        "evidence": {"reference": "call-88"}})
    assert created["link"]["status"] == "pending"
    assert "/parents/login?token=" in created["consent_url"]
    children = esp.call("GET", "/v1/parents/gran/children")["children"]
    assert children[0]["link"]["status"] == "pending"
    assert esp.call("GET", "/v1/accounts/kid")["supervised"] is False


def test_a_supervising_parent_can_vouch_for_the_childs_age(esp: Esp) -> None:
    esp.account("kid")  # no age given: unknown, so it cannot be linked yet
    esp.adult("mum")
    refused = esp.call("POST", "/v1/parents/links", expect=422, json={
        "parent_id": "mum", "child_id": "kid", "method": "signed_form",
        "evidence": {"reference": "form-1"}, "consent": "given"})
    assert "only accounts of minors" in refused["error"]["message"]
    esp.minor("kid", age=10)
    esp.link_parent("mum", "kid")
    vouched = esp.call("POST", "/v1/parents/mum/children/kid/age-vouch", expect=201,
                       json={"birth_date": "2016-03-01"})
    assert vouched["method"] == "parental_vouching"
    assert vouched["age"]["category"] == "minor"
    history = esp.call("GET", "/v1/accounts/kid/age-assurance")["results"]
    assert history[0]["provider"] == "parent:mum"
    esp.adult("stranger")
    esp.call("POST", "/v1/parents/stranger/children/kid/age-vouch", expect=403,
             json={"birth_date": "2000-01-01"})


def test_parent_pages_keep_parents_to_their_own_children(esp: Esp, client: Any) -> None:
    _family(esp)
    esp.minor("other-kid")
    esp.adult("other-mum")
    esp.link_parent("other-mum", "other-kid")
    link = esp.call("POST", "/v1/parents/mum/sign-in-links", expect=201, json={})
    token = link["url"].split("token=", 1)[1]
    client.cookies.clear()
    signed_in = client.post("/parents/login", data={"token": token}, follow_redirects=False)
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/parents/"
    own = client.get("/parents/children/kid")
    assert own.status_code == 200 and "kid" in own.text
    theirs = client.get("/parents/children/other-kid")
    assert theirs.status_code == 403
    no_csrf = client.post("/parents/children/kid/controls", data={"dm_limit": "nobody"})
    assert no_csrf.status_code == 403
    assert esp.call("GET", "/v1/accounts/kid")["controls"]["dm_limit"] == "contacts_only"
    reused = client.post("/parents/login", data={"token": token}, follow_redirects=False)
    assert reused.status_code == 401
    outside = esp.call("POST", "/v1/parents/mum/sign-in-links", expect=422,
                       json={"next": "https://evil.example/"})
    assert "under /parents/" in outside["error"]["message"]


def test_the_esp_learns_when_parental_consent_or_a_minimum_age_applies(esp: Esp) -> None:
    young = esp.minor("young", age=12, jurisdiction="US")
    assert young["parental_consent"]["required"] is True
    assert young["parental_consent"]["given"] is False
    assert young["below_minimum_age"] is True
    eu_teen = esp.minor("eu-teen", age=14, jurisdiction="EU")  # EU default consent age 16
    assert eu_teen["parental_consent"]["required"] is True
    assert eu_teen["below_minimum_age"] is False
    uk_teen = esp.minor("uk-teen", age=14, jurisdiction="UK")
    assert uk_teen["parental_consent"]["required"] is False
    esp.adult("mum")
    esp.link_parent("mum", "young")
    assert esp.call("GET", "/v1/accounts/young")["parental_consent"]["given"] is True


def test_a_parent_approves_or_declines_a_purchase(esp: Esp) -> None:
    _family(esp)
    esp.adult("shop")
    esp.adult("arcade")
    first = esp.check("kid", "pay", "shop")
    assert first["code"] == "purchase_approval_required"
    again = esp.check("kid", "pay", "shop")
    assert again["approval_request_id"] == first["approval_request_id"]  # one request
    alerts = esp.call("GET", "/v1/parents/mum/alerts")["alerts"]
    assert [a["kind"] for a in alerts] == ["purchase_request"]
    waiting = esp.call("GET", "/v1/parents/mum/children")["children"][0]["pending_purchases"]
    assert [w["payee_id"] for w in waiting] == ["shop"]
    decided = esp.call("POST", f"/v1/parents/mum/children/kid/purchases/"
                               f"{first['approval_request_id']}", json={"approve": True})
    assert decided["status"] == "approved"
    allowed = esp.check("kid", "pay", "shop")
    assert (allowed["allowed"], allowed["code"]) == (True, "purchase_approved")
    # The approval covers that payee only.
    other = esp.check("kid", "pay", "arcade")
    assert other["code"] == "purchase_approval_required"
    esp.call("POST", f"/v1/parents/mum/children/kid/purchases/{other['approval_request_id']}",
             json={"approve": False})
    assert esp.check("kid", "pay", "arcade")["allowed"] is False
    esp.call("POST", f"/v1/parents/mum/children/kid/purchases/{other['approval_request_id']}",
             expect=404, json={"approve": True})
    summary = esp.call("GET", "/v1/parents/mum/children/kid/summary")
    assert summary["totals"]["purchase_requests"] == 3
