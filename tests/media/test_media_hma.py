"""Tools written for HMA 2.0 work unchanged against childguard's /h, /m and /c routes."""

from __future__ import annotations

import base64
import io
import time
from typing import Any

from mediadata import DATA


def _eventually(check: Any, timeout: float = 1.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := check()) and time.monotonic() < deadline:
        time.sleep(0.02)
    return value


def test_hma_workflow_bank_hash_match(client: Any, make_api_key: Any) -> None:
    headers = make_api_key(["scan", "hashes:read", "banks:write"])
    photo = (DATA / "dih" / "bridge-1-original.jpg").read_bytes()
    r = client.post("/c/banks", json={"name": "TEST_BANK"}, headers=headers)
    assert r.status_code == 200 and r.json() == {"name": "TEST_BANK",
                                                  "matching_enabled_ratio": 1.0}
    r = client.post("/h/hash", files={"photo": ("a.jpg", io.BytesIO(photo), "image/jpeg")},
                    headers=headers)
    assert r.status_code == 200, r.text
    pdq = r.json()["pdq"]
    assert len(pdq) == 64
    r = client.post("/c/bank/TEST_BANK/signal", json={"pdq": pdq, "note": "x"}, headers=headers)
    content_id = r.json()["id"]

    def lookup() -> dict[str, Any]:
        return client.get("/m/lookup", params={"signal_type": "pdq", "signal": pdq},
                          headers=headers).json()

    body = _eventually(lookup)
    assert body["TEST_BANK"][0]["bank_content_id"] == content_id
    assert body["TEST_BANK"][0]["distance"] == "0"
    r = client.get("/m/raw_lookup", params={"signal_type": "pdq", "signal": pdq,
                                            "include_distance": "true"}, headers=headers)
    assert r.json() == {"matches": [{"bank_content_id": content_id, "distance": 0}]}
    r = client.post("/m/lookup", files={"photo": ("a.jpg", io.BytesIO(photo), "image/jpeg")},
                    headers=headers)
    assert list(r.json()["pdq"]) == ["TEST_BANK"]
    r = client.put(f"/c/bank/TEST_BANK/content/{content_id}", json={"disable_until_ts": -1},
                   headers=headers)
    assert r.status_code == 200
    assert _eventually(lambda: lookup() == {})
    assert client.get("/m/index/status", headers=headers).json()["pdq"]["present"] is True
    r = client.post("/m/compare", json={"pdq": [pdq, pdq]}, headers=headers)
    assert r.json() == {"pdq": {"match": True, "distance": 0}}


def test_hma_tools_can_pass_the_key_as_basic_auth(client: Any, make_api_key: Any) -> None:
    bearer = make_api_key(["hashes:read"])["Authorization"].split(" ", 1)[1]
    basic = base64.b64encode(f"{bearer}:".encode()).decode()
    r = client.get("/c/banks", headers={"Authorization": f"Basic {basic}"})
    assert r.status_code == 200 and r.json() == []
    assert client.get("/c/banks").status_code == 401
    r = client.get("/h/hash", params={"url": "http://169.254.169.254/"},
                   headers={"Authorization": f"Bearer {bearer}"})
    assert r.status_code == 403  # needs the scan scope; URL fetching is off regardless


def test_hma_bank_an_upload_then_find_it(client: Any, make_api_key: Any) -> None:
    headers = make_api_key(["scan", "hashes:read", "banks:write"])
    photo = (DATA / "dih" / "bridge-2-rotate-90.jpg").read_bytes()
    client.post("/c/banks", json={"name": "UPLOADS"}, headers=headers)
    r = client.post("/c/bank/UPLOADS/content", headers=headers, data={"note": "benign"},
                    files={"photo": ("a.jpg", io.BytesIO(photo), "image/jpeg")})
    assert r.status_code == 200, r.text
    content_id, pdq = r.json()["id"], r.json()["signals"]["pdq"]
    r = client.get(f"/c/bank/UPLOADS/content/{content_id}", headers=headers)
    assert r.json()["signals"] == {"pdq": pdq} and r.json()["note"] == "benign"
    found = _eventually(lambda: client.get("/m/raw_lookup", params={
        "signal_type": "pdq", "signal": pdq}, headers=headers).json()["matches"])
    assert found == [content_id]


def test_hma_enabled_ratio_ramps_a_bank(client: Any, make_api_key: Any) -> None:
    headers = make_api_key(["hashes:read", "banks:write"])
    r = client.post("/c/banks", json={"name": "RAMPED", "enabled_ratio": 0.3}, headers=headers)
    assert r.json() == {"name": "RAMPED", "matching_enabled_ratio": 0.3}
    r = client.put("/c/bank/RAMPED", json={"enabled_ratio": 0}, headers=headers)
    assert r.json()["matching_enabled_ratio"] == 0.0
    r = client.put("/c/bank/RAMPED", json={"enabled": True}, headers=headers)
    assert r.json()["matching_enabled_ratio"] == 1.0
    assert client.get("/v1/banks/RAMPED", headers=headers).json()["match_ratio"] == 1.0
    r = client.put("/c/bank/RAMPED", json={"enabled_ratio": 1.5}, headers=headers)
    assert r.status_code == 422
