"""Console sign-in: passwords, lockout, TOTP required per role, CSRF, sessions."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pyotp
from sqlalchemy import select

from childguard.platform.storage import AuditEntry

PASSWORD = "correct horse battery staple"


def _login(client: Any, username: str, password: str = PASSWORD) -> Any:
    return client.post("/console/login", data={"username": username, "password": password},
                       follow_redirects=False)


def _csrf(client: Any, path: str) -> str:
    page = client.get(path)
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def test_sign_in_reaches_queue_and_sign_out_ends_session(
        client: Any, make_user: Callable[..., tuple[str, str]]) -> None:
    username, _ = make_user("reviewer")
    response = _login(client, username)
    assert response.status_code == 303
    assert response.headers["location"] == "/console/queue"
    assert "httponly" in response.headers["set-cookie"].lower()
    queue = client.get("/console/queue")
    assert queue.status_code == 200 and "Review queue" in queue.text
    token = _csrf(client, "/console/queue")
    assert client.post("/console/logout", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    assert client.get("/console/queue").status_code == 401


def test_wrong_password_is_refused_then_locked_out(
        client: Any, database: Any, make_user: Callable[..., tuple[str, str]]) -> None:
    username, _ = make_user("reviewer")
    for _ in range(5):
        refused = _login(client, username, "wrong password!!")
        assert refused.status_code == 401
        assert "wrong username or password" in refused.text
    locked = _login(client, username)  # even the right password is refused now
    assert locked.status_code == 401
    assert "too many failed attempts" in locked.text
    with database.unit_of_work() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert actions.count("login.failed") == 5
    assert "login.locked_out" in actions


def test_unknown_user_gets_the_same_message(client: Any) -> None:
    response = _login(client, "nobody")
    assert response.status_code == 401
    assert "wrong username or password" in response.text


def test_forms_without_csrf_token_are_refused(
        client: Any, make_user: Callable[..., tuple[str, str]]) -> None:
    username, _ = make_user("admin")
    _login(client, username)
    refused = client.post("/console/admin/users", data={"username": "mallory", "role": "admin"})
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "csrf_failed"
    token = _csrf(client, "/console/admin")
    created = client.post("/console/admin/users",
                          data={"username": "newreviewer", "role": "reviewer",
                                "csrf_token": token})
    assert created.status_code == 200
    assert "One-time password" in created.text


def test_admin_requires_totp_for_a_role_and_the_user_enrols(
        client: Any, make_user: Callable[..., tuple[str, str]]) -> None:
    admin, _ = make_user("admin")
    _login(client, admin)
    token = _csrf(client, "/console/admin")
    client.post("/console/admin/roles/legal/totp", data={"required": "yes", "csrf_token": token})
    client.cookies.clear()

    legal, _ = make_user("legal")
    first = _login(client, legal)
    assert first.headers["location"].startswith("/console/2fa")
    # Half-signed-in sessions cannot open pages yet.
    assert client.get("/console/queue").status_code == 401
    enrol = client.get("/console/2fa")
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', enrol.text)
    assert secret
    token = _csrf(client, "/console/2fa")
    wrong = client.post("/console/2fa", data={"code": "000000", "csrf_token": token})
    assert wrong.status_code == 401
    code = pyotp.TOTP(secret.group(1)).now()
    ok = client.post("/console/2fa", data={"code": code, "csrf_token": token},
                     follow_redirects=False)
    assert ok.status_code == 303
    assert client.get("/console/queue").status_code == 200

    # Next time the code is asked for without showing the secret again.
    client.cookies.clear()
    _login(client, legal)
    again = client.get("/console/2fa")
    assert "totp-secret" not in again.text


def test_one_time_password_must_be_changed(client: Any, database: Any) -> None:
    from childguard.platform import auth

    with database.unit_of_work() as session:
        _, one_time = auth.create_user(session, username="fresh", role="reviewer", actor="t")
    response = _login(client, "fresh", one_time or "")
    assert response.headers["location"] == "/console/password"
    assert client.get("/console/queue", follow_redirects=False).status_code == 303
    token = _csrf(client, "/console/password")
    short = client.post("/console/password", data={"new_password": "short",
                                                    "confirm_password": "short",
                                                    "csrf_token": token})
    assert short.status_code == 422 and "12 characters" in short.text
    done = client.post("/console/password",
                       data={"new_password": "a brand new passphrase",
                             "confirm_password": "a brand new passphrase",
                             "csrf_token": token}, follow_redirects=False)
    assert done.status_code == 303
    assert client.get("/console/queue").status_code == 200


def test_role_change_ends_existing_sessions(
        client: Any, database: Any, make_user: Callable[..., tuple[str, str]],
        make_api_key: Callable[..., dict[str, str]]) -> None:
    username, _ = make_user("reviewer")
    _login(client, username)
    assert client.get("/console/queue").status_code == 200
    headers = make_api_key("admin")
    users = client.get("/v1/admin/users", headers=headers).json()["users"]
    user_id = next(u["id"] for u in users if u["username"] == username)
    changed = client.post(f"/v1/admin/users/{user_id}/role", json={"role": "analyst"},
                          headers=headers)
    assert changed.status_code == 200 and changed.json()["role"] == "analyst"
    assert client.get("/console/queue").status_code == 401


def test_the_console_address_printed_by_make_run_leads_to_sign_in(client: Any) -> None:
    """``make run`` and the README send people to /console: it must not be a 404."""
    for path in ("/console", "/console/", "/"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"] == "/console/queue"
    page = client.get("/console", headers={"Accept": "text/html"})
    assert "Sign in" in page.text
