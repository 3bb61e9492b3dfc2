"""Events in: typed, validated one by one, idempotent, acted upon by the rules."""

from __future__ import annotations

from typing import Any

from modhelpers import benign_image, md5_of, media_event


def _post(client: Any, headers: dict[str, str], events: list[dict[str, Any]]) -> dict[str, Any]:
    response = client.post("/v1/events", json={"events": events}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_bad_event_is_rejected_with_reasons_and_does_not_sink_the_batch(
        client: Any, make_api_key: Any) -> None:
    headers = make_api_key("events:write")
    good = media_event("ev-good", "acct-1", md5="b" * 32)
    naive_time = media_event("ev-naive", "acct-1", md5="c" * 32,
                             occurred_at="2026-11-29T10:00:00")
    no_port = media_event("ev-noport", "acct-1", md5="d" * 32)
    del no_port["port"]
    neither = media_event("ev-empty", "acct-1")
    body = _post(client, headers, [good, naive_time, no_port, neither,
                                   {"id": "x", "type": "account.deleted"}, "not an object"])
    statuses = [r["status"] for r in body["results"]]
    assert statuses == ["accepted", "rejected", "rejected", "rejected", "rejected", "rejected"]
    assert body["accepted"] == 1 and body["rejected"] == 5
    reasons = [" ".join(r.get("errors", [])) for r in body["results"]]
    assert "occurred_at" in reasons[1] and "timezone" in reasons[1].lower()
    assert "port" in reasons[2]
    assert "file" in reasons[3] and "hashes" in reasons[3]
    assert "unknown event type" in reasons[4]


def test_resending_an_event_is_a_no_op_that_repeats_the_verdict(
        client: Any, make_api_key: Any, known_bank: Any) -> None:
    headers = make_api_key("events:write")
    image = benign_image(1)
    known_bank(image, "A1")
    event = media_event("ev-1", "acct-2", md5=md5_of(image))
    first = _post(client, headers, [event])["results"][0]
    assert first["status"] == "accepted" and first["verdict"] == "hold"
    assert first["case_id"]
    again = _post(client, headers, [event])["results"][0]
    assert again["status"] == "duplicate"
    assert again["verdict"] == "hold" and again["case_id"] == first["case_id"]
    actions = client.get("/v1/actions", headers=headers,
                         params={"settle_seconds": 0}).json()["actions"]
    assert [a["kind"] for a in actions].count("hold") == 1


def test_every_event_type_is_accepted_and_keeps_network_facts(
        client: Any, make_api_key: Any) -> None:
    headers = make_api_key(["events:write", "cases:read"])
    common = {"ip": "2001:db8::7", "port": 443, "occurred_at": "2026-11-29T08:00:00-05:00",
              "device_ids": ["idfa-1"]}
    events = [
        {"id": "a1", "type": "account.created", "account_id": "kid",
         "data": {"birth_date": "2013-05-01", "parent_account_id": "parent"}, **common},
        {"id": "a2", "type": "account.updated", "account_id": "kid",
         "data": {"verified": {"age_band": "13_15"}}, **common},
        {"id": "a3", "type": "account.login", "account_id": "kid", **common},
        {"id": "a4", "type": "message.sent", "account_id": "adult",
         "data": {"conversation_id": "c1", "message_id": "msg1", "recipient_ids": ["kid"],
                  "text": "hi, how was school?"}, **common},
        {"id": "a5", "type": "payment.sent", "account_id": "adult",
         "data": {"payment_id": "p1", "recipient_account_id": "kid", "amount": "25.00",
                  "currency": "USD"}, **common},
        {"id": "a6", "type": "report.filed", "account_id": "kid",
         "data": {"report_id": "r1", "reported_account_id": "adult", "category": "grooming"},
         **common},
    ]
    body = _post(client, headers, events)
    assert body["accepted"] == 6, body
    stored = client.get("/v1/events/a4", headers=headers).json()
    assert stored["ip"] == "2001:db8::7" and stored["port"] == 443
    assert stored["utc_offset"] == "-05:00" and stored["device_ids"] == ["idfa-1"]
    assert stored["signals"]["recipient.any_minor"] is True
    payment = client.get("/v1/events/a5", headers=headers).json()
    assert "adult-pays-minor" not in payment["rules"]  # the adult's age is unknown
    report = client.get("/v1/events/a6", headers=headers).json()
    assert report["rules"] == ["user-report-child-safety"] and report["case_id"]


def test_cases_group_per_account_and_sort_by_priority(
        client: Any, make_api_key: Any, known_bank: Any) -> None:
    headers = make_api_key(["events:write", "cases:read"])
    a1, b2 = benign_image(10), benign_image(11)
    known_bank(a1, "A1")
    known_bank(b2, "B2")
    _post(client, headers, [
        {"id": "r1", "type": "report.filed", "account_id": "reporter", "ip": "192.0.2.1",
         "port": 1, "occurred_at": "2026-11-29T10:00:00Z",
         "data": {"report_id": "rep1", "reported_account_id": "x",
                  "category": "child_sexual_exploitation"}},
        media_event("u-b2", "uploader-b2", md5=md5_of(b2)),
        media_event("u-a1", "uploader-a1", md5=md5_of(a1)),
        media_event("u-a1-again", "uploader-a1", md5=md5_of(a1), media_id="other"),
    ])
    cases = client.get("/v1/cases", headers=headers).json()["cases"]
    # A user report opens a case on the reported account, not on the reporter.
    assert [c["account_id"] for c in cases] == ["uploader-a1", "uploader-b2", "x"]
    assert cases[0]["priority_label"] == "Known material (A1)"
    assert cases[0]["event_count"] == 2
    assert cases[0]["sla_seconds_left"] > 0
