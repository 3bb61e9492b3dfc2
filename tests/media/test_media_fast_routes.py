"""The hot lookups (``GET /m/lookup``, ``POST /v1/lookup``) have fast routes that skip the
framework's routing and dependency layers. They must answer exactly as the declared routes,
and hand everything unusual to them."""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

Handler = Callable[[Any], Awaitable[bytes | None]]


def _near(value: str, bits: int, rng: random.Random) -> str:
    number = int(value, 16)
    for bit in rng.sample(range(256), bits):
        number ^= 1 << bit
    return format(number, "064x")


@pytest.fixture
def fast_answers(app: Any) -> list[bool]:
    """Records, per request that reached a fast route, whether it answered it."""
    routes = next(m.kwargs["fast_routes"] for m in app.user_middleware
                  if "fast_routes" in m.kwargs)
    answered: list[bool] = []

    def spy(handler: Handler) -> Handler:
        async def wrapped(request: Any) -> bytes | None:
            answer = await handler(request)
            answered.append(answer is not None)
            return answer
        return wrapped

    for key in list(routes):
        routes[key] = spy(routes[key])
    return answered


def test_fast_lookups_answer_as_the_declared_routes(client: Any, make_api_key: Any,
                                                     fast_answers: list[bool]) -> None:
    rng = random.Random(3)
    headers = make_api_key(["hashes:read", "banks:write"])
    value = format(rng.getrandbits(256), "064x")
    assert client.post("/v1/banks", json={"name": "KNOWN"}, headers=headers).status_code == 201
    r = client.post("/v1/banks/KNOWN/entries", headers=headers, json={
        "signal_type": "pdq", "value": value, "classification": "A1",
        "source_id": "list-9", "note": "confirmed", "metadata": {"case": "c-1"}})
    assert r.status_code == 201, r.text
    query = _near(value, 12, rng)
    params = {"signal_type": "pdq", "signal": query}

    deadline = time.monotonic() + 2
    while not (first := client.get("/m/lookup", params=params, headers=headers).json()):
        assert time.monotonic() < deadline, "the new entry never matched"
        time.sleep(0.02)
    # The provenance was not cached yet: the declared route answered (and cached it) ...
    assert fast_answers[-1] is False
    second = client.get("/m/lookup", params=params, headers=headers)
    # ... and now the fast route answers, with the same body.
    assert fast_answers[-1] is True
    assert second.status_code == 200 and second.json() == first
    assert first["KNOWN"][0]["distance"] == "12"
    assert first["KNOWN"][0]["classification"] == "A1"
    assert second.headers["x-request-id"]

    single = {"signals": {"pdq": query}}
    declared = client.post("/v1/lookup", json={"items": [single]}, headers=headers)
    fast = client.post("/v1/lookup", json=single, headers=headers)
    assert fast_answers[-1] is True
    assert fast.json()["matches"] == declared.json()["results"][0]["matches"]
    match = fast.json()["matches"][0]
    assert (match["note"], match["source_id"], match["metadata"]) == \
        ("confirmed", "list-9", {"case": "c-1"})

    # No match: answered fast, and the same as the declared route would.
    other = format(rng.getrandbits(256), "064x")
    r = client.get("/m/lookup", params={"signal_type": "pdq", "signal": other},
                   headers=headers)
    assert fast_answers[-1] is True and r.status_code == 200 and r.json() == {}
    r = client.post("/v1/lookup", json={"signals": {"pdq": other}, "banks": ["KNOWN"]},
                    headers=headers)
    assert fast_answers[-1] is True and r.json() == {"matches": []}


def test_unusual_lookups_take_the_declared_routes(client: Any, make_api_key: Any,
                                                  fast_answers: list[bool]) -> None:
    reader = make_api_key(["hashes:read"])
    client.get("/m/lookup", params={"signal_type": "pdq", "signal": "0" * 64}, headers=reader)
    writer_only = make_api_key(["banks:write"])
    cases = [
        # (method, path, request arguments, expected status, expected error code)
        ("GET", "/m/lookup", {"params": {"signal_type": "pdq", "signal": "xyz"},
                              "headers": reader}, 422, "invalid_hash"),
        ("GET", "/m/lookup", {"params": {"signal_type": "pdq", "signal": "0" * 64},
                              "headers": writer_only}, 403, "forbidden"),
        ("GET", "/m/lookup", {"params": {"signal_type": "pdq", "signal": "0" * 64}},
         401, "unauthenticated"),
        ("POST", "/v1/lookup", {"json": {"signals": {"pdq": "0" * 64}, "extra": 1},
                                "headers": reader}, 422, "invalid_input"),
        ("POST", "/v1/lookup", {"json": {"signals": {"pdq": 5}}, "headers": reader},
         422, "invalid_input"),
        ("POST", "/v1/lookup", {"content": b"{not json", "headers": {
            **reader, "Content-Type": "application/json"}}, 422, "invalid_input"),
    ]
    for method, path, kwargs, status, code in cases:
        r = client.request(method, path, **kwargs)
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), (kwargs, r.text)
        assert fast_answers[-1] is False
    # A batch is not a fast-route shape: its body, already read, reaches the declared route.
    r = client.post("/v1/lookup", json={"items": [{"signals": {"pdq": "0" * 64}}] * 3},
                    headers=reader)
    assert r.status_code == 200 and r.json() == {"results": [{"matches": []}] * 3}
    assert fast_answers[-1] is False
