"""User reports through the API: cases with context, duplicates, trusted flaggers,
throttling of unfounded reporters, outcomes sent back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from publichelpers import conversation, decide_case
from sqlalchemy import select

from childguard.moderation.storage import Case


def _setup(client: Any, make_api_key: Callable[..., dict[str, str]]) -> dict[str, str]:
    headers = make_api_key(["user-reports:write", "events:write", "cases:read"])
    r = client.post("/v1/events", json={"events": conversation()}, headers=headers)
    assert r.status_code == 200, r.text
    return headers


def test_reported_message_opens_case_with_surrounding_messages(client: Any, make_api_key: Any,
                                                               database: Any) -> None:
    headers = _setup(client, make_api_key)
    r = client.post("/v1/user-reports", headers=headers, json={
        "category": "grooming", "content_ref": "message:msg-e4", "reporter_account_id":
        "acct-kid", "details": "they asked me to keep secrets"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["reference"].startswith("CG-") and body["case_id"]
    status = client.get(f"/v1/user-reports/{body['reference']}", headers=headers).json()
    assert status["status"] == "received" and status["outcome"] is None
    case = client.get(f"/v1/cases/{body['case_id']}", headers=headers).json()
    assert case["account_id"] == "acct-adult"
    with database.unit_of_work() as session:
        from childguard.moderation import user_reports

        report = user_reports.get_by_reference(session, body["reference"])
        texts = [m["text"] for m in report.context]
        assert "let's keep our chats between us" in texts
        assert len(texts) == 6  # three before, the message, the two after it
        assert [m["reported"] for m in report.context].count(True) == 1


def test_duplicates_merge_and_outcome_comes_back(client: Any, make_api_key: Any,
                                                 database: Any) -> None:
    headers = _setup(client, make_api_key)
    refs = []
    for reporter in ("acct-kid", "acct-friend", "acct-other"):
        r = client.post("/v1/user-reports", headers=headers, json={
            "category": "grooming", "content_ref": "message:msg-e4",
            "reporter_account_id": reporter})
        assert r.status_code == 201
        refs.append(r.json())
    assert len({x["case_id"] for x in refs}) == 1
    assert [x["merged_with_earlier_report"] for x in refs] == [False, True, True]
    again = client.post("/v1/user-reports", headers=headers, json={
        "category": "grooming", "content_ref": "message:msg-e4",
        "reporter_account_id": "acct-kid"}).json()
    assert again["reference"] == refs[0]["reference"] and again["duplicate"]
    with database.unit_of_work() as session:
        assert session.scalar(select(Case).where(Case.id == refs[0]["case_id"])) is not None
    decide_case(database, refs[0]["case_id"], "remove_and_restrict")
    for x in refs:
        status = client.get(f"/v1/user-reports/{x['reference']}", headers=headers).json()
        assert status["status"] == "decided"
        assert status["outcome"] == "remove_and_restrict"
        assert "restricted" in status["outcome_message"]
        assert status["reports_about_this_item"] == 3
    actions = client.get("/v1/actions", headers=make_api_key("events:write"),
                         params={"settle_seconds": 0}).json()
    outcomes = [a for a in actions["actions"] if a["kind"] == "report_outcome"]
    assert sorted(a["details"]["reference"] for a in outcomes) == sorted(
        x["reference"] for x in refs)


def test_trusted_flagger_goes_first(client: Any, make_api_key: Any) -> None:
    headers = make_api_key(["user-reports:write", "cases:read"])
    flagger = make_api_key(["user-reports:write"], name="hotline")
    admin = make_api_key("admin")
    r = client.put("/v1/user-reports/reporters/key:hotline", headers=admin,
                   json={"trusted_flagger": True, "name": "A national hotline"})
    assert r.status_code == 200 and r.json()["trusted_flagger"]
    first = client.post("/v1/user-reports", headers=headers, json={
        "category": "child_sexual_exploitation", "reported_account_id": "acct-a"}).json()
    second = client.post("/v1/user-reports", headers=flagger, json={
        "category": "child_sexual_exploitation", "reported_account_id": "acct-b"}).json()
    assert second["trusted_flagger"] and not first["trusted_flagger"]
    queue = client.get("/v1/cases", headers=headers).json()
    ids = [c["id"] for c in (queue["cases"] if isinstance(queue, dict) else queue)]
    assert ids.index(second["case_id"]) < ids.index(first["case_id"])


def test_unfounded_reporter_is_warned_then_paused_with_a_record(client: Any, make_api_key: Any,
                                                                 database: Any) -> None:
    headers = make_api_key(["user-reports:write", "cases:read"])
    admin = make_api_key("admin")
    warnings = []
    for i in range(5):
        r = client.post("/v1/user-reports", headers=headers, json={
            "category": "other", "reported_account_id": f"acct-innocent-{i}",
            "reporter_account_id": "acct-noisy"})
        assert r.status_code == 201, r.text
        warnings.append(r.json()["warning"])
        decide_case(database, r.json()["case_id"], "no_violation")
        client.get(f"/v1/user-reports/{r.json()['reference']}", headers=headers)
    assert warnings[0] is None and warnings[4] is not None
    r = client.post("/v1/user-reports", headers=headers, json={
        "category": "other", "reported_account_id": "acct-innocent-9",
        "reporter_account_id": "acct-noisy"})
    assert r.status_code == 429
    assert "paused" in r.json()["error"]["message"]
    standing = client.get("/v1/user-reports/reporters/account:acct-noisy", headers=admin).json()
    assert standing["throttled_until"] and [h["what"] for h in standing["history"]] == [
        "warned", "throttled"]
    audit = client.get("/v1/admin/audit?action=moderation.reporter.throttle",
                       headers=admin)
    if audit.status_code == 200:
        assert "moderation.reporter.throttle" in audit.text
    other = client.post("/v1/user-reports", headers=headers, json={
        "category": "other", "reported_account_id": "acct-innocent-9",
        "reporter_account_id": "acct-careful"})
    assert other.status_code == 201


def test_bad_reports_are_refused_clearly(client: Any, make_api_key: Any) -> None:
    headers = make_api_key(["user-reports:write"])
    r = client.post("/v1/user-reports", headers=headers, json={"category": "spam",
                                                               "reported_account_id": "a"})
    assert r.status_code == 422 and "unknown category" in r.json()["error"]["message"]
    r = client.post("/v1/user-reports", headers=headers, json={"category": "grooming"})
    assert r.status_code == 422 and "say what you are reporting" in r.json()["error"]["message"]
    r = client.get("/v1/user-reports/CG-AAAA-BBBB-CCCC", headers=headers)
    assert r.status_code == 404
    assert client.post("/v1/user-reports", json={"category": "other"}).status_code == 401


def test_reviewer_sees_report_details_and_context_on_the_case_page(
        client: Any, make_api_key: Any, make_user: Any) -> None:
    headers = _setup(client, make_api_key)
    filed = client.post("/v1/user-reports", headers=headers, json={
        "category": "grooming", "content_ref": "message:msg-e4", "immediate_danger": True,
        "reporter_account_id": "acct-kid", "details": "they want to meet after school"}).json()
    username, password = make_user("reviewer")
    client.post("/console/login", data={"username": username, "password": password})
    page = client.get(f"/console/cases/{filed['case_id']}")
    assert page.status_code == 200
    assert "User reports (1)" in page.text and "they want to meet after school" in page.text
    assert "reported as urgent" in page.text
    assert "let&#39;s keep our chats between us (reported)" in page.text
    queue = client.get("/v1/cases", headers=headers).json()
    cases = queue["cases"] if isinstance(queue, dict) else queue
    assert next(c for c in cases if c["id"] == filed["case_id"])["imminent"] is True


def test_own_image_pdq_blocks_a_resized_copy(client: Any, make_api_key: Any) -> None:
    """Only hashes go in; a re-encoded, smaller copy of the picture is still caught."""
    import base64
    import hashlib
    import io
    from pathlib import Path

    import numpy as np
    from PIL import Image

    from childguard.media.hashing import pdq_of_pixels

    photo = Path(__file__).resolve().parents[1] / "media" / "data" / "dih" / \
        "bridge-1-original.jpg"  # Meta's benign reference photo of a bridge
    original = photo.read_bytes()
    with Image.open(photo) as im:
        pdq, _, _ = pdq_of_pixels(np.asarray(im.convert("RGB")))
        smaller = io.BytesIO()
        im.convert("RGB").resize((800, 502)).save(smaller, format="JPEG", quality=70)
    filed = client.post("/v1/user-reports", headers=make_api_key(["user-reports:write"]), json={
        "category": "my_own_image", "reporter_account_id": "acct-teen",
        "hashes": {"sha256": hashlib.sha256(original).hexdigest(), "pdq": pdq}})
    assert filed.status_code == 201, filed.text
    assert filed.json()["status"] == "hashes_added"
    copy = {"id": "copy-1", "type": "media.uploaded", "account_id": "acct-sharer",
            "ip": "203.0.113.9", "port": 51515, "occurred_at": "2026-11-29T09:00:00+00:00",
            "data": {"media_id": "m-copy", "file_b64": base64.b64encode(
                smaller.getvalue()).decode()}}
    result = client.post("/v1/events", json={"events": [copy]},
                         headers=make_api_key(["events:write"])).json()["results"][0]
    assert result["verdict"] in ("block", "hold") and "known-material-upload" in result["rules"]


def test_bursts_from_one_reporter_are_refused(client: Any, make_api_key: Any) -> None:
    from childguard.moderation.user_reports import REPORTS_PER_HOUR

    headers = make_api_key(["user-reports:write"])
    codes = [client.post("/v1/user-reports", headers=headers, json={
        "category": "other", "reported_account_id": f"acct-{i}",
        "reporter_account_id": "acct-burst"}).status_code for i in range(REPORTS_PER_HOUR + 1)]
    assert codes == [201] * REPORTS_PER_HOUR + [429]
    other = client.post("/v1/user-reports", headers=headers, json={
        "category": "other", "reported_account_id": "acct-0", "reporter_account_id": "acct-b"})
    assert other.status_code == 201


def test_outcome_job_tells_the_service_without_a_lookup(client: Any, make_api_key: Any,
                                                        database: Any, run_jobs: Any) -> None:
    from childguard.platform.jobs import enqueue

    headers = make_api_key(["user-reports:write", "events:write"])
    filed = client.post("/v1/user-reports", headers=headers, json={
        "category": "sextortion", "reported_account_id": "acct-threat",
        "reporter_account_id": "acct-teen"}).json()
    decide_case(database, filed["case_id"], "remove_and_suspend")
    with database.unit_of_work() as session:
        enqueue(session, "insight.report_outcomes", {}, key="test-outcomes")
    assert run_jobs() >= 1
    actions = client.get("/v1/actions", headers=headers,
                         params={"settle_seconds": 0}).json()["actions"]
    told = [a for a in actions if a["kind"] == "report_outcome"]
    assert len(told) == 1 and told[0]["details"]["reference"] == filed["reference"]
    assert told[0]["details"]["outcome"] == "remove_and_suspend"
