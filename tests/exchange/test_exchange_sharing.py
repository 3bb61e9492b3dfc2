"""Sharing out: a second person approves, the STIX bundle parses back with stix2, and the
share is the record of what went to whom."""

from __future__ import annotations

import json
from typing import Any

import stix2

SIGNALS = [
    {"signal_type": "email", "value": "Offender.Example@example.org"},
    {"signal_type": "username", "value": "made_up_handle_42"},
    {"signal_type": "url", "value": "https://example.org/made-up-path"},
    {"signal_type": "keyword", "value": "send the gift card code"},
    {"signal_type": "md5", "value": "0f343b0931126a20f133d67c2b018a3b"},
    {"signal_type": "pdq", "value": "f" * 64},
]


def test_share_needs_a_second_person_and_exports_valid_stix(client: Any,
                                                           make_api_key: Any) -> None:
    proposer = make_api_key("exchange:write", name="analyst-a")
    approver = make_api_key("exchange:write", name="analyst-b")
    r = client.post("/v1/exchange/shares", headers=proposer, json={
        "recipient": "lantern", "purpose": "Sextortion accounts confirmed under policy 3.3",
        "signals": SIGNALS})
    assert r.status_code == 201, r.text
    share = r.json()
    assert share["state"] == "proposed" and share["bundle_id"] is None
    # No bundle before a decision, and the proposer cannot approve their own share.
    assert client.get(f"/v1/exchange/shares/{share['id']}/bundle",
                      headers=proposer).status_code == 409
    r = client.post(f"/v1/exchange/shares/{share['id']}/decision", headers=proposer,
                    json={"approve": True})
    assert r.status_code == 403
    r = client.post(f"/v1/exchange/shares/{share['id']}/decision", headers=approver,
                    json={"approve": True, "note": "checked each account"})
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "approved"
    bundle = client.get(f"/v1/exchange/shares/{share['id']}/bundle", headers=approver).json()
    parsed = stix2.parse(json.dumps(bundle), allow_custom=False)
    assert parsed.type == "bundle" and parsed.id == r.json()["bundle_id"]
    indicators = [o for o in parsed.objects if o.type == "indicator"]
    patterns = sorted(i.pattern for i in indicators)
    assert len(indicators) == len(SIGNALS)
    assert "[email-addr:value = 'offender.example@example.org']" in patterns
    assert "[user-account:account_login = 'made_up_handle_42']" in patterns
    assert any(i.pattern_type == "pcre" for i in indicators)
    assert all(i.object_marking_refs == [stix2.TLP_AMBER.id] for i in indicators)
    # The record: what went to whom, who decided.
    listed = client.get("/v1/exchange/shares?recipient=lantern", headers=approver).json()
    assert [s["id"] for s in listed["shares"]] == [share["id"]]
    record = listed["shares"][0]
    assert record["proposed_by"] == "api_key:analyst-a"
    assert record["decided_by"] == "api_key:analyst-b"
    assert len(record["signals"]) == len(SIGNALS)


def test_bad_signals_are_refused_and_a_rejected_share_has_no_bundle(
        client: Any, make_api_key: Any) -> None:
    headers = make_api_key("exchange:write", name="c")
    for bad, message in [({"signal_type": "md5", "value": "xyz"}, "32 hex"),
                         ({"signal_type": "email", "value": "not-an-email"}, "email"),
                         ({"signal_type": "ssn", "value": "1"}, "signal_type")]:
        r = client.post("/v1/exchange/shares", headers=headers, json={
            "recipient": "lantern", "purpose": "test", "signals": [bad]})
        assert r.status_code == 422, r.text
        assert message in r.json()["error"]["message"]
    a = make_api_key("exchange:write", name="a")
    b = make_api_key("exchange:write", name="b")
    share = client.post("/v1/exchange/shares", headers=a, json={
        "recipient": "partner-x", "purpose": "test", "signals": SIGNALS[:1]}).json()
    r = client.post(f"/v1/exchange/shares/{share['id']}/decision", headers=b,
                    json={"approve": False, "note": "not enough evidence"})
    assert r.json()["state"] == "rejected"
    assert client.get(f"/v1/exchange/shares/{share['id']}/bundle", headers=b
                      ).status_code == 409
    assert client.post(f"/v1/exchange/shares/{share['id']}/decision", headers=b,
                       json={"approve": True}).status_code == 409
