"""Every route is either public or guarded: 401 without credentials, 403 without the scope."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi.routing import APIRoute

from childguard.platform import auth
from childguard.platform.app import iter_api_routes


def _guard(route: APIRoute) -> Any:
    stack = list(route.dependant.dependencies)
    while stack:
        dep = stack.pop()
        if hasattr(dep.call, "required_scope"):
            return dep.call
        stack.extend(dep.dependencies)
    return None


def _routes(app: Any) -> list[APIRoute]:
    return iter_api_routes(app)


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "00000000000000000000000000000000", path)


def _role_without(scope: str) -> str:
    for role, scopes in auth.ROLES.items():
        if scope not in scopes and role != "admin":
            return role
    raise AssertionError(f"every role holds {scope}")


def _scope_other_than(scope: str) -> str:
    return next(s for s in auth.SCOPES if s not in (scope, "admin"))


def test_every_route_is_public_or_guarded(app: Any) -> None:
    unguarded = [f"{sorted(r.methods)} {r.path}" for r in _routes(app)
                 if not (r.openapi_extra or {}).get("x-public") and _guard(r) is None]
    assert not unguarded, f"routes without an auth requirement: {unguarded}"


def test_guarded_routes_refuse_missing_and_wrong_credentials(
        app: Any, client: Any, make_api_key: Callable[..., dict[str, str]],
        make_user: Callable[..., tuple[str, str]]) -> None:
    checked = 0
    keys: dict[str, dict[str, str]] = {}
    users: dict[str, tuple[str, str]] = {}  # one console user per role: argon2 is slow
    for route in _routes(app):
        guard = _guard(route)
        if guard is None:
            continue
        scope = guard.required_scope
        for method in sorted(route.methods - {"HEAD", "OPTIONS"}):
            url = _concrete(route.path)
            client.cookies.clear()
            anonymous = client.request(method, url)
            assert anonymous.status_code == 401, (method, route.path, anonymous.text)
            assert anonymous.json()["error"]["code"] in ("unauthenticated",
                                                         "second_factor_required")
            if getattr(guard, "console", False):
                if scope == "console":
                    continue
                role = _role_without(scope)
                if role not in users:
                    users[role] = make_user(role)
                username, password = users[role]
                login = client.post("/console/login",
                                    data={"username": username, "password": password},
                                    follow_redirects=False)
                assert login.status_code == 303
                wrong = client.request(method, url)
                client.cookies.clear()
            else:
                other = _scope_other_than(scope)
                headers = keys.setdefault(other, make_api_key([other]))
                wrong = client.request(method, url, headers=headers)
            assert wrong.status_code == 403, (method, route.path, wrong.text)
            assert wrong.json()["error"]["code"] == "forbidden"
            checked += 1
    assert checked >= 5


def test_unknown_and_revoked_keys_are_refused(client: Any, database: Any,
                                              make_api_key: Callable[..., dict[str, str]]) -> None:
    bad = client.get("/v1/admin/api-keys", headers={"Authorization": "Bearer cg_nope_nope"})
    assert bad.status_code == 401
    assert bad.json()["error"]["message"] == "unknown API key"
    malformed = client.get("/v1/admin/api-keys", headers={"X-API-Key": "hello"})
    assert malformed.status_code == 401
    assert "malformed" in malformed.json()["error"]["message"]

    headers = make_api_key(["admin"])
    listed = client.get("/v1/admin/api-keys", headers=headers)
    assert listed.status_code == 200
    key = listed.json()["keys"][0]
    assert key["last_used_at"] is not None
    assert "secret" not in str(key).lower()
    assert client.post(f"/v1/admin/api-keys/{key['id']}/revoke", headers=headers).status_code == 200
    after = client.get("/v1/admin/api-keys", headers=headers)
    assert after.status_code == 401
    assert "revoked" in after.json()["error"]["message"]
