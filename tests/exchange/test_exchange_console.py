"""The console page where people make the exchange's decisions."""

from __future__ import annotations

import re
from typing import Any


def _login(client: Any, username: str, password: str) -> str:
    page = client.post("/console/login", data={"username": username, "password": password},
                       follow_redirects=True)
    assert page.status_code == 200, page.text[:300]
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    return match.group(1) if match else ""


def test_a_person_approves_a_share_and_reviews_a_signal(client: Any, make_api_key: Any,
                                                        make_user: Any, tmp_path: Any,
                                                        database: Any) -> None:
    from childguard.exchange import services

    listing = tmp_path / "list.csv"
    listing.write_text("signal_type,value,description\n"
                       "email,made.up@example.org,asked teens for card codes (made up)\n")
    with database.unit_of_work() as session:
        collab_id = services.create_collab(session, name="partner", kind="file", actor="t",
                                           settings={"path": str(listing)}).id
    services.run_fetch(database, collab_id)
    key = make_api_key("exchange:write", name="analyst")
    share = client.post("/v1/exchange/shares", headers=key, json={
        "recipient": "lantern", "purpose": "confirmed sextortion account",
        "signals": [{"signal_type": "username", "value": "made_up_extorter"}]}).json()
    assert client.get("/console/exchange", follow_redirects=False).status_code in (303, 401)

    username, password = make_user("admin")
    _login(client, username, password)
    page = client.get("/console/exchange")
    assert page.status_code == 200
    assert "made.up@example.org" in page.text and "lantern" in page.text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore
    signal_id = re.search(r'/console/exchange/signals/([0-9a-f]+)', page.text).group(1)  # type: ignore
    done = client.post(f"/console/exchange/signals/{signal_id}", follow_redirects=True,
                       data={"csrf_token": csrf, "decision": "reject", "note": "no match"})
    assert "email rejected" in done.text
    done = client.post(f"/console/exchange/shares/{share['id']}", follow_redirects=True,
                       data={"csrf_token": csrf, "decision": "approve", "note": "checked"})
    assert "share to lantern approved" in done.text
    bundle = client.get(f"/v1/exchange/shares/{share['id']}/bundle", headers=key).json()
    assert bundle["type"] == "bundle"
    shares = client.get("/v1/exchange/shares", headers=key).json()["shares"]
    assert shares[0]["decided_by"] == f"user:{username}"
    # Without the CSRF token nothing changes.
    refused = client.post("/console/exchange/collabs/partner/dispute",
                          data={"note": "x", "disputed": "yes"})
    assert refused.status_code == 403
