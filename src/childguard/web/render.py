"""Jinja2 rendering shared by every page, and the console's login dependency.

Pages work without JavaScript. Every form carries the session's CSRF token; every POST is
checked against it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, FileSystemLoader

from childguard.api.deps import database
from childguard.platform import auth
from childguard.platform.db import Database
from childguard.platform.errors import ChildguardError
from childguard.platform.storage import ConsoleSession, User

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
SESSION_COOKIE = "cg_session"

templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
templates.env.loader = ChoiceLoader([FileSystemLoader(str(TEMPLATES_DIR))])

# Navigation entries: (path, label, scope). Contexts append theirs at import time.
NAVIGATION: list[tuple[str, str, str | None]] = [
    ("/console/queue", "Review queue", "cases:read"),
    ("/console/admin", "Administration", "admin"),
]


def add_navigation(path: str, label: str, scope: str | None) -> None:
    if all(p != path for p, _, _ in NAVIGATION):
        NAVIGATION.append((path, label, scope))


@dataclass
class ConsoleContext:
    """The logged-in console user for a request."""

    session_row: ConsoleSession
    user: User
    principal: auth.Principal

    @property
    def csrf_token(self) -> str:
        return self.session_row.csrf_token

    @property
    def actor(self) -> str:
        return self.principal.label


def render(request: Request, template: str, context: dict[str, Any] | None = None,
           status_code: int = 200, console: ConsoleContext | None = None) -> HTMLResponse:
    ctx: dict[str, Any] = {"request": request, "console": console, "nav": []}
    if console is not None:
        ctx["nav"] = [(p, label) for p, label, scope in NAVIGATION
                      if scope is None or console.principal.allows(scope)]
        ctx["csrf_token"] = console.csrf_token
    ctx.update(context or {})
    return templates.TemplateResponse(request, template, ctx, status_code=status_code)


def render_error(request: Request, status: int, message: str) -> Response:
    if status == 401 and request.url.path.startswith("/console"):
        return render(request, "console/login.html",
                      {"next": request.url.path, "error": None, "notice": message},
                      status_code=401)
    return render(request, "error.html", {"status": status, "message": message},
                  status_code=status)


class ConsoleAuthError(ChildguardError):
    pass


def _load_console_session(db: Database, token: str | None
                          ) -> tuple[ConsoleSession, User] | None:
    with db.unit_of_work() as session:
        loaded = auth.load_session(session, token)
        session.expunge_all()
        return loaded


def console_user(scope: str | None = None, *, allow_pending: bool = False
                 ) -> Callable[..., Awaitable[ConsoleContext]]:
    """A logged-in console user (second factor done) holding ``scope``.

    POST, PUT, PATCH and DELETE requests must carry the session's CSRF token in a
    ``csrf_token`` form field or an ``X-CSRF-Token`` header.
    """
    if scope is not None and scope not in auth.SCOPES:
        raise ValueError(f"unknown scope {scope!r}")

    async def dependency(request: Request, db: Database = Depends(database)) -> ConsoleContext:
        # The session lookup is blocking database work: keep it off the event loop.
        loaded = await run_in_threadpool(_load_console_session, db,
                                         request.cookies.get(SESSION_COOKIE))
        if loaded is None:
            raise ConsoleAuthError("please sign in", status=401, code="unauthenticated")
        row, user = loaded
        if not row.second_factor_done and not allow_pending:
            raise ConsoleAuthError("finish signing in with your authenticator code",
                                   status=401, code="second_factor_required")
        principal = auth.user_principal(user)
        if scope is not None and not principal.allows(scope):
            raise ConsoleAuthError(f"your role ({user.role}) cannot open this page",
                                   status=403, code="forbidden")
        if request.method in ("POST", "PUT", "PATCH", "DELETE"):
            presented = request.headers.get("x-csrf-token")
            if presented is None:
                form = await request.form()
                value = form.get("csrf_token")
                presented = value if isinstance(value, str) else None
            if not auth.csrf_matches(row, presented):
                raise ConsoleAuthError("the form expired or did not come from this site; "
                                       "reload the page and try again",
                                       status=403, code="csrf_failed")
        ctx = ConsoleContext(row, user, principal)
        request.state.principal = principal
        return ctx

    dependency.required_scope = scope or "console"  # type: ignore[attr-defined]
    dependency.console = True  # type: ignore[attr-defined]
    return dependency
