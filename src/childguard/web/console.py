"""The console shell: sign-in with a second factor, sign-out, password change, the queue
page frame, the administration page (users, roles, API keys, 2FA policy, jobs, audit) and
the evidence key page (what each configured key still seals)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.api.deps import PUBLIC, UNIT_OF_WORK
from childguard.platform import audit, auth, jobs, reseal
from childguard.platform.errors import ChildguardError
from childguard.platform.storage import ApiKey, User
from childguard.web.render import SESSION_COOKIE, ConsoleContext, console_user, render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    # Only local console paths; never an open redirect.
    if target and target.startswith("/console/") and not target.startswith("//"):
        return target
    return "/console/queue"


@router.get("/", openapi_extra=PUBLIC)
@router.get("/console", openapi_extra=PUBLIC)
@router.get("/console/", openapi_extra=PUBLIC)
def home() -> Response:
    """The service root and the console's own address (the one ``make run`` prints) lead to
    the queue, which asks for a sign-in first."""
    return RedirectResponse("/console/queue", status_code=303)


@router.get("/console/login", openapi_extra=PUBLIC, response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> Response:
    return render(request, "console/login.html", {"next": _safe_next(next), "error": None})


@router.post("/console/login", openapi_extra=PUBLIC, response_class=HTMLResponse)
def login(request: Request, username: Annotated[str, Form()] = "",
          password: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "",
          session: Session = UNIT_OF_WORK) -> Response:
    settings = request.app.state.settings
    client = request.client.host if request.client else None
    try:
        result = auth.verify_password_login(
            session, settings, username=username, password=password, ip=client,
            user_agent=request.headers.get("user-agent"))
    except ChildguardError as exc:
        session.commit()  # keep the failure count and the audit entry
        return render(request, "console/login.html",
                      {"next": _safe_next(next), "error": exc.message, "username": username},
                      status_code=401)
    if result.needs_second_factor:
        target = "/console/2fa?next=" + _safe_next(next)
    elif result.user.must_change_password:
        target = "/console/password"
    else:
        target = _safe_next(next)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(SESSION_COOKIE, result.session_token, httponly=True, samesite="strict",
                        secure=settings.secure_cookies, max_age=settings.session_hours * 3600)
    return response


@router.get("/console/2fa", response_class=HTMLResponse)
def second_factor_form(request: Request, next: str | None = None,
                       console: ConsoleContext = Depends(console_user(allow_pending=True)),
                       session: Session = UNIT_OF_WORK) -> Response:
    user = session.get(User, console.user.id)
    assert user is not None
    enrol = not user.totp_enabled
    secret = uri = None
    if enrol:
        secret = auth.begin_totp_enrolment(user)
        uri = auth.totp_uri(user)
    return render(request, "console/totp.html", {"enrol": enrol, "secret": secret, "uri": uri,
                                                 "next": _safe_next(next), "error": None},
                  console=console)


@router.post("/console/2fa", response_class=HTMLResponse)
def second_factor(request: Request, code: Annotated[str, Form()] = "",
                  next: Annotated[str, Form()] = "",
                  console: ConsoleContext = Depends(console_user(allow_pending=True)),
                  session: Session = UNIT_OF_WORK) -> Response:
    user = session.get(User, console.user.id)
    row = session.merge(console.session_row)
    assert user is not None
    try:
        auth.complete_second_factor(session, row, user, code, request.app.state.settings)
    except ChildguardError as exc:
        session.commit()
        return render(request, "console/totp.html",
                      {"enrol": not user.totp_enabled, "secret": user.totp_secret,
                       "uri": auth.totp_uri(user) if user.totp_secret else None,
                       "next": _safe_next(next), "error": exc.message},
                      status_code=401, console=console)
    target = "/console/password" if user.must_change_password else _safe_next(next)
    return RedirectResponse(target, status_code=303)


@router.get("/console/password", response_class=HTMLResponse)
def password_form(request: Request, console: ConsoleContext = Depends(console_user())
                  ) -> Response:
    return render(request, "console/password.html", {"error": None}, console=console)


@router.post("/console/password", response_class=HTMLResponse)
def change_password(request: Request, new_password: Annotated[str, Form()] = "",
                    confirm_password: Annotated[str, Form()] = "",
                    console: ConsoleContext = Depends(console_user()),
                    session: Session = UNIT_OF_WORK) -> Response:
    user = session.get(User, console.user.id)
    assert user is not None
    error = None
    if new_password != confirm_password:
        error = "the two passwords differ"
    else:
        try:
            auth.change_password(session, user, new_password, actor=console.actor)
        except ChildguardError as exc:
            error = exc.message
    if error:
        return render(request, "console/password.html", {"error": error}, status_code=422,
                      console=console)
    return RedirectResponse("/console/queue", status_code=303)


@router.post("/console/logout")
def logout(request: Request, console: ConsoleContext = Depends(console_user(allow_pending=True)),
           session: Session = UNIT_OF_WORK) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        auth.end_session(session, token)
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _require_password_changed(console: ConsoleContext) -> Response | None:
    if console.user.must_change_password:
        return RedirectResponse("/console/password", status_code=303)
    return None


# ------------------------------------------------------------------ administration

def _admin_page(request: Request, console: ConsoleContext, session: Session,
                **extra: object) -> Response:
    users = session.scalars(select(User).order_by(User.username)).all()
    keys = session.scalars(select(ApiKey).order_by(ApiKey.created_at.desc())).all()
    policies = {role: auth.role_requires_totp(session, role) for role in auth.ROLES}
    ctx: dict[str, object] = {
        "users": users, "keys": keys, "roles": sorted(auth.ROLES), "scopes": auth.SCOPES,
        "policies": policies, "job_counts": jobs.job_counts(session),
        "dead_jobs": jobs.dead_jobs(session, 20), "audit_recent": audit.recent(session, 20),
        "error": None, "notice": None}
    ctx.update(extra)
    status = 422 if extra.get("error") else 200
    return render(request, "console/admin.html", ctx, console=console, status_code=status)


@router.get("/console/admin", response_class=HTMLResponse)
def admin_page(request: Request, console: ConsoleContext = Depends(console_user("admin")),
               session: Session = UNIT_OF_WORK) -> Response:
    return _require_password_changed(console) or _admin_page(request, console, session)


@router.get("/console/admin/evidence-key", response_class=HTMLResponse)
def evidence_key_page(request: Request,
                      console: ConsoleContext = Depends(console_user("admin"))) -> Response:
    """``childguard evidence-key status`` in the console: key ids, roles, sources and
    counts from the database alone (nothing is decrypted, no key material is shown)."""
    redirect = _require_password_changed(console)
    if redirect:
        return redirect
    try:
        use = reseal.usage(request.app.state.database)
    except ChildguardError as exc:
        return render(request, "console/evidence_key.html", {"use": None, "error": exc.message},
                      console=console, status_code=exc.status)
    return render(request, "console/evidence_key.html", {
        "use": use, "error": None, "reseal_command": reseal.RESEAL_COMMAND,
        "rows": [{"kind": kind, "key": reseal.key_label(key_id), "count": n,
                  "state": use.state(key_id)} for kind, key_id, n in use.rows()],
        "not_configured": reseal.NOT_CONFIGURED,
        "missing": reseal.describe_missing(use) if use.missing() else None,
        "droppable": [reseal.drop_advice(key) for key in use.droppable()]}, console=console)


@router.post("/console/admin/users", response_class=HTMLResponse)
def admin_create_user(request: Request, username: Annotated[str, Form()] = "",
                      role: Annotated[str, Form()] = "reviewer",
                      console: ConsoleContext = Depends(console_user("admin")),
                      session: Session = UNIT_OF_WORK) -> Response:
    try:
        with session.begin_nested():
            user, one_time = auth.create_user(session, username=username, role=role,
                                              actor=console.actor)
    except ChildguardError as exc:
        return _admin_page(request, console, session, error=exc.message)
    return _admin_page(request, console, session,
                       notice=f"User {user.username} created. One-time password (shown once): "
                              f"{one_time}")


@router.post("/console/admin/users/{user_id}/role", response_class=HTMLResponse)
def admin_set_role(request: Request, user_id: str, role: Annotated[str, Form()] = "",
                   console: ConsoleContext = Depends(console_user("admin")),
                   session: Session = UNIT_OF_WORK) -> Response:
    user = session.get(User, user_id)
    if user is None:
        return _admin_page(request, console, session, error="no such user")
    try:
        auth.set_role(session, user, role, actor=console.actor)
    except ChildguardError as exc:
        return _admin_page(request, console, session, error=exc.message)
    return _admin_page(request, console, session, notice=f"{user.username} is now {role}.")


@router.post("/console/admin/users/{user_id}/unlock", response_class=HTMLResponse)
def admin_unlock(request: Request, user_id: str,
                 console: ConsoleContext = Depends(console_user("admin")),
                 session: Session = UNIT_OF_WORK) -> Response:
    user = session.get(User, user_id)
    if user is None:
        return _admin_page(request, console, session, error="no such user")
    user.locked_until = None
    user.failed_logins = 0
    audit.record(session, actor=console.actor, action="user.unlock", target_type="user",
                 target_id=user.id)
    return _admin_page(request, console, session, notice=f"{user.username} unlocked.")


@router.post("/console/admin/roles/{role}/totp", response_class=HTMLResponse)
def admin_role_totp(request: Request, role: str, required: Annotated[str, Form()] = "no",
                    console: ConsoleContext = Depends(console_user("admin")),
                    session: Session = UNIT_OF_WORK) -> Response:
    try:
        auth.set_role_totp_requirement(session, role, required == "yes", actor=console.actor)
    except ChildguardError as exc:
        return _admin_page(request, console, session, error=exc.message)
    return _admin_page(request, console, session,
                       notice=f"Two-factor authentication {'required' if required == 'yes' else 'optional'} for {role}.")  # noqa: E501


@router.post("/console/admin/keys", response_class=HTMLResponse)
async def admin_create_key(request: Request,
                           console: ConsoleContext = Depends(console_user("admin")),
                           session: Session = UNIT_OF_WORK) -> Response:
    form = await request.form()
    name = str(form.get("name") or "")
    scopes = [str(s) for s in form.getlist("scopes")]
    try:
        with session.begin_nested():
            key, secret = auth.create_api_key(session, name=name, scopes=scopes,
                                              actor=console.actor)
    except ChildguardError as exc:
        return _admin_page(request, console, session, error=exc.message)
    return _admin_page(request, console, session, new_key=secret,
                       notice=f"API key {key.name} created. Copy it now; it is shown once.")


@router.post("/console/admin/keys/{key_id}/revoke", response_class=HTMLResponse)
def admin_revoke_key(request: Request, key_id: str,
                     console: ConsoleContext = Depends(console_user("admin")),
                     session: Session = UNIT_OF_WORK) -> Response:
    try:
        key = auth.revoke_api_key(session, key_id, actor=console.actor)
    except ChildguardError as exc:
        return _admin_page(request, console, session, error=exc.message)
    return _admin_page(request, console, session, notice=f"API key {key.name} revoked.")


@router.post("/console/admin/jobs/{job_id}/retry", response_class=HTMLResponse)
def admin_retry_job(request: Request, job_id: str,
                    console: ConsoleContext = Depends(console_user("admin")),
                    session: Session = UNIT_OF_WORK) -> Response:
    try:
        jobs.retry_dead(session, job_id, actor=console.actor)
    except ChildguardError as exc:
        return _admin_page(request, console, session, error=exc.message)
    return _admin_page(request, console, session, notice="Job queued again.")
