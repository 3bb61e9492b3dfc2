"""``POST /v1/conversations/assess`` as an ESP would call it."""

from __future__ import annotations

from typing import Any

import pytest

from childguard.conversations import services

RISKY_BATCH = [
    {"sender": "u1", "text": "how old are you?", "ts": "2026-05-01T22:00:00Z"},
    {"sender": "u2", "text": "13", "ts": "2026-05-01T22:01:00Z"},
    {"sender": "u1", "text": "you're really mature for your age",
     "ts": "2026-05-01T22:02:00Z"},
    {"sender": "u1", "text": "dont tell ur parents we talk ok", "ts": "2026-05-01T22:03:00Z"},
    {"sender": "u1", "text": "add me on snap, send me a pic of you",
     "ts": "2026-05-01T22:04:00Z"},
]


def _body(cid: str, messages: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"conversation_id": cid,
            "participants": {"u1": {"age": 29}, "u2": {"age_band": "13_15"}},
            "messages": messages, **extra}


@pytest.fixture(autouse=True)
def _fresh_store() -> None:
    services.store._states.clear()


def test_assess_returns_risk_reasons_and_marked_messages(client: Any,
                                                        make_api_key: Any) -> None:
    headers = make_api_key(["events:write"])
    r = client.post("/v1/conversations/assess", json=_body("api-1", RISKY_BATCH),
                    headers=headers)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["alert_level"] in ("alert", "urgent")
    assert data["suspected_sender"] == "u1"
    assert data["incident_type"] == "enticement"
    assert 0.0 <= data["risk_score"] <= 1.0
    indicators = {e["indicator"]: e for e in data["top_indicators"]}
    assert indicators["secrecy"]["message_index"] == 3
    assert indicators["secrecy"]["text"] == RISKY_BATCH[3]["text"]
    marked = {m["index"] for m in data["marked_messages"]}
    assert {0, 2, 3, 4} <= marked and 1 not in marked


def test_batches_continue_the_same_conversation(client: Any, make_api_key: Any) -> None:
    headers = make_api_key(["events:write"])
    first = client.post("/v1/conversations/assess", json=_body("api-2", RISKY_BATCH[:2]),
                        headers=headers).json()
    second = client.post("/v1/conversations/assess", json=_body("api-2", RISKY_BATCH[2:]),
                         headers=headers).json()
    assert first["messages_seen"] == 2 and second["messages_seen"] == 5
    assert second["risk_score"] > first["risk_score"]
    assert {m["index"] for m in second["marked_messages"]} == {2, 3, 4}
    reset = client.post("/v1/conversations/assess",
                        json=_body("api-2", RISKY_BATCH[:1], reset=True), headers=headers)
    assert reset.json()["messages_seen"] == 1


def test_needs_an_api_key_with_the_events_scope(client: Any, make_api_key: Any) -> None:
    body = _body("api-3", RISKY_BATCH)
    assert client.post("/v1/conversations/assess", json=body).status_code == 401
    wrong = make_api_key(["cases:read"])
    assert client.post("/v1/conversations/assess", json=body, headers=wrong).status_code == 403


BAD_BODIES = [
    {"conversation_id": "x", "messages": []},
    {"conversation_id": "", "messages": [{"sender": "a", "text": "hi"}]},
    {"conversation_id": "x", "messages": [{"sender": "a", "text": "hi", "ts": "yesterday"}]},
    {"conversation_id": "x", "participants": {"a": {"age": -1}},
     "messages": [{"sender": "a", "text": "hi"}]},
    {"conversation_id": "x", "participants": {"a": {"age_band": "teen"}},
     "messages": [{"sender": "a", "text": "hi"}]},
]


def test_bad_input_is_a_clear_4xx(client: Any, make_api_key: Any) -> None:
    headers = make_api_key(["events:write"])
    for body in BAD_BODIES:
        r = client.post("/v1/conversations/assess", json=body, headers=headers)
        assert r.status_code == 422, body
        assert "error" in r.json()


def test_service_call_shape_used_by_moderation() -> None:
    msg = {"message_id": "m1", "sender_id": "a", "text": "how old r u? dont tell anyone",
           "sent_at": "2026-05-01T23:00:00+00:00", "recipient_ids": ["b"]}
    result = services.assess_message("svc-1", msg, ["a", "b"])
    dumped = result.model_dump()
    assert dumped["score"] == result.risk_score
    assert "secrecy" in dumped["indicators"]
    state = services.conversation_state("svc-1")
    assert state is not None and state["messages"] == 1
    services.forget_conversation("svc-1")
    again = services.assess_message("svc-1", msg, ["a", "b"], state=state)
    assert again.messages_seen == 2


def test_the_in_memory_store_forgets_the_least_recently_used() -> None:
    store = services.ConversationStore(capacity=2)
    for cid in ("a", "b"):
        store.put(services.ConversationState(cid))
    assert store.get("a") is not None  # "a" is now the most recently used
    store.put(services.ConversationState("c"))
    assert store.get("b") is None
    assert store.get("a") is not None and store.get("c") is not None
