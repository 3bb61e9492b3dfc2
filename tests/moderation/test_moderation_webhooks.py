"""Actions reach the service by polling and by signed webhooks that survive an outage."""

from __future__ import annotations

import time
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from modhelpers import benign_image, md5_of, media_event
from sqlalchemy import select

from childguard.moderation import actions, rulebook
from childguard.moderation.storage import WebhookAttempt, WebhookDelivery


def test_signatures_cover_timestamp_and_body() -> None:
    header = actions.sign("s" * 20, 1_700_000_000, b'{"a":1}')
    assert actions.verify_signature("s" * 20, header, b'{"a":1}', now=1_700_000_010)
    assert not actions.verify_signature("s" * 20, header, b'{"a":2}', now=1_700_000_010)
    assert not actions.verify_signature("t" * 20, header, b'{"a":1}', now=1_700_000_010)
    assert not actions.verify_signature("s" * 20, header, b'{"a":1}', now=1_700_009_999)


def test_a_receiver_down_for_a_while_gets_everything_once(
        client: Any, make_api_key: Any, known_bank: Any, receiver: Any, run_jobs: Any,
        database: Any) -> None:
    headers = make_api_key("events:write")
    hook = client.post("/v1/webhooks", headers=headers, json={
        "url": receiver.url, "secret": receiver.secret, "backoff_seconds": 0.02,
        "max_attempts": 30}).json()
    images = [benign_image(40 + i) for i in range(3)]
    for image in images:
        known_bank(image, "A2")
    receiver.failing = True  # answers 503 first
    client.post("/v1/events", headers=headers, json={"events": [
        media_event(f"w-{i}", f"acct-w{i}", md5=md5_of(img)) for i, img in enumerate(images)]})
    run_jobs()
    receiver.stop()  # then refuses connections altogether
    for _ in range(2):
        time.sleep(0.15)
        run_jobs()
    assert receiver.received == []
    with database.unit_of_work() as session:
        failed_attempts = session.scalars(select(WebhookAttempt)).all()
        assert {a.status_code for a in failed_attempts} >= {503, None}
        assert all(a.error for a in failed_attempts)
    receiver.failing = False
    receiver.start()  # back on the same port
    deadline = time.monotonic() + 20
    expected = len(client.get("/v1/actions", headers=headers,
                              params={"settle_seconds": 0}).json()["actions"])
    while len(receiver.received) < expected and time.monotonic() < deadline:
        run_jobs()
        time.sleep(0.1)
    for _ in range(3):  # more runs deliver nothing twice
        run_jobs()
        time.sleep(0.1)
    seqs = [body["action"]["seq"] for body in receiver.received]
    assert len(seqs) == expected == len(set(seqs))
    assert {body["action"]["kind"] for body in receiver.received} == {
        "hold", "restrict_account"}
    assert receiver.bad_signatures == 0
    log = client.get("/v1/webhooks/deliveries", headers=headers,
                     params={"endpoint_id": hook["id"]}).json()["deliveries"]
    assert {d["status"] for d in log} == {"delivered"}
    assert all(len(d["log"]) >= 2 and d["log"][-1]["status_code"] == 200 for d in log)
    with database.unit_of_work() as session:
        assert all(d.delivered_at for d in session.scalars(select(WebhookDelivery)))


def test_polling_pages_through_actions(client: Any, make_api_key: Any, known_bank: Any
                                       ) -> None:
    headers = make_api_key(["events:write", "admin"])
    source = rulebook.default_source().replace("      - hold\n      - open_case: {priority: known",
                                               "      - block\n      - open_case: {priority: known",
                                               1)
    assert client.post("/v1/rules", headers=headers,
                       json={"source": source, "activate": True}).status_code == 201
    image = benign_image(7)
    known_bank(image)
    client.post("/v1/events", headers=headers,
                json={"events": [media_event("p-1", "acct-p", md5=md5_of(image))]})
    first = client.get("/v1/actions", headers=headers,
                       params={"limit": 1, "settle_seconds": 0}).json()
    assert len(first["actions"]) == 1 and first["actions"][0]["kind"] == "block"
    assert first["actions"][0]["rule"] == {"id": "known-material-upload", "version": 2}
    rest = client.get("/v1/actions", headers=headers,
                      params={"after": first["next_after"], "settle_seconds": 0}).json()
    assert {a["kind"] for a in rest["actions"]} == {"statement_of_reasons", "restrict_account"}
    statement_action = next(a for a in rest["actions"] if a["kind"] == "statement_of_reasons")
    statement = client.get(f"/v1/statements/{statement_action['details']['statement_id']}",
                           headers=headers).json()
    assert statement["automated_decision"] is True
    assert statement["rule"]["id"] == "known-material-upload"
    assert "appeals" in statement["appeal"]["how"]


def test_signing_secrets_are_sealed_at_rest(client: Any, make_api_key: Any,
                                            database: Any) -> None:
    from childguard.moderation.storage import WebhookEndpoint

    secret = "a-receivers-secret-0123456789"
    hook = client.post("/v1/webhooks", headers=make_api_key("events:write"), json={
        "url": "https://receiver.example/hook", "secret": secret}).json()
    with database.unit_of_work() as session:
        stored = session.get(WebhookEndpoint, hook["id"]).secret
    assert secret not in stored and stored.startswith(actions.SEALED_PREFIX)
    assert actions.open_secret(hook["id"], stored) == secret
    with pytest.raises(InvalidTag):  # bound to its endpoint: copied elsewhere, it won't open
        actions.open_secret("another-endpoint", stored)

