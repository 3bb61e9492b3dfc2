"""The reporting API as an integrating service and the legal team use it."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from typing import Any

from reporting_helpers import Sandbox

from childguard.reporting import demo


def _snapshot_json(case_id: str = "case-api", **kw: Any) -> dict[str, Any]:
    data = demo.full_snapshot(case_id, **kw).to_dict(with_content=True)
    for f in data["files"]:
        f["content_base64"] = base64.b64encode(bytes.fromhex(f.pop("content"))).decode()
    return data


def test_draft_check_file_and_status(client: Any, make_api_key: Callable[..., dict[str, str]],
                                     cybertip: Sandbox, run_all_jobs: Callable[[], int]
                                     ) -> None:
    headers = make_api_key(["reports:write"])
    checked = client.post("/v1/reports/check", json={"snapshot": _snapshot_json()},
                          headers=headers)
    assert checked.status_code == 200, checked.text
    assert checked.json()["valid"] is True

    created = client.post("/v1/reports", json={"snapshot": _snapshot_json()}, headers=headers)
    assert created.status_code == 201, created.text
    report = created.json()
    assert report["status"] == "draft" and report["score"] >= 90
    xml = client.get(f"/v1/reports/{report['id']}/xml", headers=headers)
    assert xml.text.startswith("<?xml") and "<incidentType>" in xml.text

    filed = client.post(f"/v1/reports/{report['id']}/file", json={}, headers=headers)
    assert filed.status_code == 202 and filed.json()["status"] == "queued"
    again = client.post(f"/v1/reports/{report['id']}/file", json={}, headers=headers)
    assert again.status_code == 409
    run_all_jobs()
    status = client.get(f"/v1/reports/{report['id']}", headers=headers).json()
    assert status["status"] == "filed"
    assert status["ncmec_report_id"] == cybertip.state.finished()[0].id
    assert "reportDoneResponse" in status["receipt"]


def test_low_score_needs_a_reason_to_file(client: Any,
                                          make_api_key: Callable[..., dict[str, str]],
                                          cybertip: Sandbox) -> None:
    headers = make_api_key(["reports:write"])
    snap = _snapshot_json("case-thin", files=0, messages=0)
    snap["reported"] = None
    snap["recipients"] = []
    report = client.post("/v1/reports", json={"snapshot": snap}, headers=headers).json()
    refused = client.post(f"/v1/reports/{report['id']}/file", json={}, headers=headers)
    assert refused.status_code == 409
    assert "esp_identifier" in refused.json()["error"]["details"]["missing"]
    forced = client.post(f"/v1/reports/{report['id']}/file",
                         json={"override_reason": "imminent risk, file what we have"},
                         headers=headers)
    assert forced.status_code == 202


def test_evidence_needs_the_legal_role(client: Any,
                                       make_api_key: Callable[..., dict[str, str]],
                                       cybertip: Sandbox,
                                       run_all_jobs: Callable[[], int]) -> None:
    writer = make_api_key(["reports:write"], name="moderation-service")
    legal = make_api_key(["evidence:read", "legal:write"], name="legal-team")
    report = client.post("/v1/reports", json={"snapshot": _snapshot_json()},
                         headers=writer).json()
    client.post(f"/v1/reports/{report['id']}/file", json={}, headers=writer)
    run_all_jobs()

    assert client.get("/v1/evidence", params={"case_id": "case-api"},
                      headers=writer).status_code == 403
    listing = client.get("/v1/evidence", params={"case_id": "case-api"}, headers=legal)
    assert listing.status_code == 200
    item = next(e for e in listing.json()["evidence"] if e["kind"] == "file")
    url = f"/v1/evidence/{item['id']}/content"
    assert client.get(url, params={"purpose": "review"}, headers=writer).status_code == 403
    got = client.get(url, params={"purpose": "warrant W-1"}, headers=legal)
    assert got.status_code == 200 and got.content == demo.benign_image(0)
    assert got.headers["cache-control"] == "no-store"

    holds = client.get("/v1/holds", params={"account_id": "user-1001"}, headers=legal).json()
    assert len(holds["holds"]) == 1


def test_legal_request_register(client: Any,
                                make_api_key: Callable[..., dict[str, str]]) -> None:
    legal = make_api_key(["legal:write"])
    created = client.post("/v1/legal-requests", headers=legal, json={
        "type": "preservation_letter", "agency": "Example County Sheriff",
        "reference": "PL-2026-9", "account_ids": ["user-1001"],
        "due_at": "2026-12-10T17:00:00+00:00"})
    assert created.status_code == 201, created.text
    req = created.json()
    assert req["preserve_until"] is not None  # a preservation letter preserves by default
    holds = client.get("/v1/holds", params={"account_id": "user-1001"}, headers=legal).json()
    assert holds["holds"][0]["legal_request_id"] == req["id"]
    produced = client.post(f"/v1/legal-requests/{req['id']}/productions", headers=legal,
                           json={"produced": "preservation confirmed",
                                 "approved_by": "general counsel", "close": True})
    assert produced.json()["status"] == "closed"
    bad = client.post("/v1/legal-requests", headers=legal,
                      json={"type": "letter", "agency": "x", "account_ids": ["a"]})
    assert bad.status_code == 422


def _login(client: Any, username: str, password: str) -> str:
    page = client.post("/console/login", data={"username": username, "password": password},
                       follow_redirects=True)
    assert page.status_code == 200, page.text[:500]
    return _csrf(page.text)


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    return match.group(1) if match else ""


def test_console_shows_the_checklist_and_files(
        client: Any, make_user: Callable[..., tuple[str, str]], database: Any,
        cybertip: Sandbox, run_all_jobs: Callable[[], int]) -> None:
    from childguard.reporting import services

    with database.unit_of_work() as s:
        report_id = services.create_draft(
            s, demo.full_snapshot("case-console", with_upload_ip=False),
            actor="test").id
    reviewer = make_user("reviewer")
    _login(client, *reviewer)
    assert client.get(f"/console/reports/{report_id}").status_code == 403
    client.cookies.clear()

    _login(client, *make_user("legal"))
    page = client.get(f"/console/reports/{report_id}")
    assert page.status_code == 200
    assert "Upload IP event of each file" in page.text
    assert "who uploaded the file" in page.text
    assert "viewed by reviewer:alice" in page.text
    filed = client.post(f"/console/reports/{report_id}/file",
                        data={"csrf_token": _csrf(page.text)},
                        follow_redirects=True)
    assert "Queued for filing" in filed.text
    run_all_jobs()
    page = client.get(f"/console/reports/{report_id}")
    assert "reportDoneResponse" in page.text and ">filed<" in page.text


def test_exports_and_clear_errors(client: Any, make_api_key: Callable[..., dict[str, str]],
                                  monkeypatch: Any) -> None:
    from childguard.platform.config import reset_settings_cache

    headers = make_api_key(["reports:write"])
    # The DSA statement of reasons carries no personal data.
    got = client.post("/v1/reports/exports/dsa-transparency-database",
                      json={"snapshot": _snapshot_json()}, headers=headers)
    assert got.status_code == 200, got.text
    body = got.json()["body"]
    assert body["category"] == "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"
    assert body["category_specification"] == ["KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS"]
    for personal in ("user-1001", "user-2002", "placeholder", "suspect@example.org",
                     "192.0.2", "198.51.100", "case-api", "gift card", "Springfield"):
        assert personal not in str(body)
    assert got.json()["problems"] == []
    # Every destination shares the one interface.
    got = client.post("/v1/reports/exports/ncmec-cybertipline",
                      json={"snapshot": _snapshot_json()}, headers=headers)
    assert got.status_code == 200 and got.json()["problems"] == []
    assert got.json()["body"].startswith("<?xml")
    assert client.post("/v1/reports/exports/nowhere", json={"snapshot": _snapshot_json()},
                       headers=headers).status_code == 404
    # A bad snapshot is a clear 422.
    bad = client.post("/v1/reports", json={"snapshot": {"case_id": "x"}}, headers=headers)
    assert bad.status_code == 422 and "snapshot" in bad.json()["error"]["message"]
    # An unreachable CyberTipline endpoint is a clear 422, not a 500.
    monkeypatch.setenv("CHILDGUARD_NCMEC_BASE_URL", "http://127.0.0.1:9/ispws")
    reset_settings_cache()
    got = client.post("/v1/reports/ncmec-xsd/refresh", headers=headers)
    assert got.status_code == 422
    assert "could not fetch the XSD" in got.json()["error"]["message"]


def test_console_legal_register(client: Any, make_user: Callable[..., tuple[str, str]]
                                ) -> None:
    _login(client, *make_user("legal"))
    page = client.get("/console/legal")
    assert page.status_code == 200 and "No requests recorded" in page.text
    done = client.post("/console/legal", follow_redirects=True, data={
        "csrf_token": _csrf(page.text), "type": "preservation_letter",
        "agency": "Example County Sheriff", "reference": "PL-9",
        "account_ids": "user-1001\nuser-1002", "due_at": "2026-01-01"})
    assert "Recorded preservation letter" in done.text and "data held until" in done.text
    assert "Example County Sheriff" in done.text and "overdue" in done.text
    bad = client.post("/console/legal", follow_redirects=True, data={
        "csrf_token": _csrf(done.text), "type": "subpoena", "agency": "X"})
    assert "at least one account or case" in bad.text
