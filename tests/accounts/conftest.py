"""Helpers for the accounts tests: an ESP integration talking to the API."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

SCOPES = ["accounts:write", "accounts:read", "policy:check", "parents:read"]


def birth_date_for(age: int) -> str:
    """A birth date giving ``age`` today, well away from the birthday."""
    today = date.today()
    if today.month > 2:
        return date(today.year - age, 1, 15).isoformat()
    return date(today.year - age - 1, 6, 15).isoformat()


class Esp:
    """What an integrating service does, in a few words per call."""

    def __init__(self, client: Any, headers: dict[str, str]):
        self.client = client
        self.headers = headers

    def call(self, method: str, url: str, expect: int | None = 200, **kw: Any) -> Any:
        response = self.client.request(method, url, headers=self.headers, **kw)
        if expect is not None:
            assert response.status_code == expect, (method, url, response.text)
        return response.json() if response.content else None

    def account(self, account_id: str, age: int | None = None, **fields: Any) -> Any:
        body = dict(fields)
        if age is not None:
            body["declared_birth_date"] = birth_date_for(age)
        return self.call("PUT", f"/v1/accounts/{account_id}", json=body)

    def minor(self, account_id: str, age: int = 14, **fields: Any) -> Any:
        return self.account(account_id, age, **fields)

    def adult(self, account_id: str, age: int = 35, **fields: Any) -> Any:
        """A self-declared adult whose age an ID check (sandbox) then verified."""
        self.account(account_id, age, **fields)
        self.call("POST", f"/v1/accounts/{account_id}/age-assurance/checks", expect=201,
                  json={"method": "id_document_liveness",
                        "evidence": {"simulated_age": age}})
        return self.call("GET", f"/v1/accounts/{account_id}")

    def connect(self, a: str, b: str, status: str = "connected") -> Any:
        return self.call("PUT", f"/v1/accounts/{a}/connections/{b}", json={"status": status})

    def check(self, actor: str, action: str, target: str) -> Any:
        return self.call("POST", "/v1/policy/check",
                         json={"actor_id": actor, "action": action, "target_id": target})

    def link_parent(self, parent: str, child: str, **extra: Any) -> Any:
        body = {"parent_id": parent, "child_id": child, "method": "payment_transaction",
                "evidence": {"reference": f"txn-{child}"}, "consent": "given", **extra}
        return self.call("POST", "/v1/parents/links", expect=201, json=body)


@pytest.fixture
def esp(client: Any, make_api_key: Callable[..., dict[str, str]]) -> Esp:
    return Esp(client, make_api_key(SCOPES, name="esp"))

