"""Parent pages (``/parents/``): consent, controls, contact approval, activity summary, alerts.

Parents are not console users. They arrive through a one-use sign-in link the ESP delivers
(issued by ``POST /v1/parents/{id}/sign-in-links`` or with a consent request); the link opens
a confirmation page whose button exchanges it for a session cookie scoped to ``/parents``,
so mail scanners that prefetch links cannot use it up. Every form carries a CSRF token.
"""

from __future__ import annotations

from datetime import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from childguard.accounts import parents, services
from childguard.accounts.model import CONSENT_METHOD_NOTES, ConsentMethod, ContentFilter, Controls
from childguard.accounts.storage import ParentLink, ParentToken
from childguard.api.deps import PUBLIC, UNIT_OF_WORK, database
from childguard.platform.db import Database
from childguard.platform.errors import ChildguardError, Forbidden, InvalidInput, NotFound
from childguard.web.render import render

router = APIRouter(include_in_schema=False)
# Commit before the response is sent: a client that reads right after a write sees it,
# and a failed commit is an error response, never a success already acknowledged.
PARENT_COOKIE = "cg_parent"


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/parents/") and "//" not in target and "\\" not in target:
        return target
    return "/parents/"


def parent_session(request: Request, db: Database = Depends(database)) -> ParentToken:
    """The signed-in parent; POSTs must carry the session's CSRF token."""
    token = request.cookies.get(PARENT_COOKIE)
    with db.unit_of_work() as session:
        row = parents.load_parent_session(session, token)
        if row is not None:
            session.expunge(row)
    if row is None:
        if request.headers.get("authorization") or request.headers.get("x-api-key"):
            raise Forbidden("parent pages need a parent's sign-in link, not an API key")
        raise Forbidden("please sign in with the link you were sent", status=401,
                        code="unauthenticated")
    request.state.parent_id = row.parent_id
    return row


async def _check_csrf(request: Request, row: ParentToken) -> None:
    form = await request.form()
    value = form.get("csrf_token")
    if not parents.csrf_ok(row, value if isinstance(value, str) else None):
        raise Forbidden("the form expired or did not come from this site; reload the page "
                        "and try again", code="csrf_failed")


async def parent_form(request: Request,
                      row: ParentToken = Depends(parent_session)) -> ParentToken:
    await _check_csrf(request, row)
    return row


parent_session.required_scope = "parent-session"  # type: ignore[attr-defined]
parent_form.required_scope = "parent-session"  # type: ignore[attr-defined]


def _page(request: Request, template: str, row: ParentToken | None,
          context: dict[str, Any], status_code: int = 200) -> Response:
    ctx = {"parent_id": row.parent_id if row else None,
           "csrf_token": row.csrf_token if row else None, **context}
    return render(request, f"parents/{template}", ctx, status_code=status_code)


# ---------------------------------------------------------------- sign-in

@router.get("/parents/login", openapi_extra=PUBLIC, response_class=HTMLResponse)
def login_page(request: Request, token: str = "") -> Response:
    return _page(request, "login.html", None, {"token": token[:200], "error": None})


@router.post("/parents/login", openapi_extra=PUBLIC, response_class=HTMLResponse)
def login(request: Request, token: Annotated[str, Form(max_length=200)] = "",
          session: Session = UNIT_OF_WORK) -> Response:
    try:
        session_token, next_path = parents.redeem_magic_link(session,
                                                             request.app.state.settings, token)
    except ChildguardError as exc:
        session.rollback()
        return _page(request, "login.html", None, {"token": "", "error": exc.message},
                     status_code=401)
    settings = request.app.state.settings
    response = RedirectResponse(_safe_next(next_path), status_code=303)
    response.set_cookie(PARENT_COOKIE, session_token, httponly=True, samesite="lax",
                        secure=settings.secure_cookies, path="/parents",
                        max_age=settings.parent_session_hours * 3600)
    return response


@router.post("/parents/logout")
def logout(request: Request, row: ParentToken = Depends(parent_form),
           session: Session = UNIT_OF_WORK) -> Response:
    parents.end_parent_session(session, request.cookies.get(PARENT_COOKIE, ""))
    response = RedirectResponse("/parents/signed-out", status_code=303)
    response.delete_cookie(PARENT_COOKIE, path="/parents")
    return response


@router.get("/parents/signed-out", openapi_extra=PUBLIC, response_class=HTMLResponse)
def signed_out(request: Request) -> Response:
    return _page(request, "signed_out.html", None, {})


# ---------------------------------------------------------------- home

@router.get("/parents/", response_class=HTMLResponse)
def home(request: Request, row: ParentToken = Depends(parent_session),
         session: Session = UNIT_OF_WORK) -> Response:
    links = parents.links_of_parent(session, row.parent_id)
    children = []
    for link in links:
        info = services.age_band(session, link.child_id)
        children.append({"link": link, "band": info.band.value if info else "unknown",
                         "pending": len(parents.pending_contacts(session, link.child_id))
                         if link.status == "active" else 0})
    alerts = parents.alerts_for(session, row.parent_id, limit=20)
    return _page(request, "home.html", row, {"children": children, "alerts": alerts})


@router.post("/parents/alerts/read")
def alerts_read(row: ParentToken = Depends(parent_form),
                session: Session = UNIT_OF_WORK) -> Response:
    parents.mark_alerts_read(session, row.parent_id)
    return RedirectResponse("/parents/", status_code=303)


# ---------------------------------------------------------------- consent

def _own_link(session: Session, link_id: str, parent_id: str) -> ParentLink:
    link = session.get(ParentLink, link_id[:32])
    if link is None or link.parent_id != parent_id:
        raise NotFound("no such request for you")
    return link


@router.get("/parents/consent/{link_id}", response_class=HTMLResponse)
def consent_page(request: Request, link_id: str, row: ParentToken = Depends(parent_session),
                 session: Session = UNIT_OF_WORK) -> Response:
    link = _own_link(session, link_id, row.parent_id)
    if link.status == "active":
        return RedirectResponse(f"/parents/children/{link.child_id}", status_code=303)
    method = ConsentMethod(link.consent_method)
    return _page(request, "consent.html", row, {
        "link": link, "method_note": CONSENT_METHOD_NOTES[method],
        "internal_only": method.value in ("email_plus", "text_plus"), "error": None})


@router.post("/parents/consent/{link_id}", response_class=HTMLResponse)
def give_consent(request: Request, link_id: str,
                 agree: Annotated[str, Form()] = "",
                 third_party: Annotated[str, Form()] = "",
                 row: ParentToken = Depends(parent_form),
                 session: Session = UNIT_OF_WORK) -> Response:
    link = _own_link(session, link_id, row.parent_id)
    if agree != "yes":
        method = ConsentMethod(link.consent_method)
        return _page(request, "consent.html", row, {
            "link": link, "method_note": CONSENT_METHOD_NOTES[method],
            "internal_only": method.value in ("email_plus", "text_plus"),
            "error": "Tick the box to give your consent, or close this page to decline."},
            status_code=422)
    parents.give_consent(session, link.id, parent_id=row.parent_id,
                         third_party_disclosure=third_party == "yes",
                         actor=f"parent:{row.parent_id}")
    return RedirectResponse(f"/parents/children/{link.child_id}?linked=1", status_code=303)


# ---------------------------------------------------------------- a child

def _child_page(request: Request, session: Session, row: ParentToken, child_id: str, *,
                notice: str | None = None, error: str | None = None,
                form: Controls | None = None, status_code: int = 200) -> Response:
    link = parents.require_link(session, row.parent_id, child_id)
    controls = form or services.controls_for(session, child_id) or Controls()
    summary = parents.activity_summary(session, child_id, days=7)
    return _page(request, "child.html", row, {
        "link": link, "child_id": child_id, "controls": controls, "summary": summary,
        "pending": parents.pending_contacts(session, child_id), "notice": notice,
        "purchases": parents.pending_purchases(session, child_id),
        "error": error, "filters": [f.value for f in ContentFilter],
        "other_parents": [p for p in services.linked_parents(session, child_id)
                          if p != row.parent_id]}, status_code=status_code)


@router.get("/parents/children/{child_id}", response_class=HTMLResponse)
def child_page(request: Request, child_id: str, linked: int = 0, saved: int = 0,
               row: ParentToken = Depends(parent_session),
               session: Session = UNIT_OF_WORK) -> Response:
    notice = ("You are now supervising this account. We told your child that supervision "
              "is on." if linked else "Settings saved." if saved else None)
    return _child_page(request, session, row, child_id, notice=notice)


def _time(value: str, label: str) -> time | None:
    if not value:
        return None
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{label}: use HH:MM")


@router.post("/parents/children/{child_id}/controls", response_class=HTMLResponse)
def save_controls(request: Request, child_id: str,
                  contact_approval: Annotated[str, Form()] = "",
                  dm_limit: Annotated[str, Form()] = "contacts_only",
                  quiet_hours_start: Annotated[str, Form()] = "",
                  quiet_hours_end: Annotated[str, Form()] = "",
                  timezone: Annotated[str, Form(max_length=64)] = "UTC",
                  daily_limit_minutes: Annotated[str, Form()] = "",
                  content_filter: Annotated[str, Form()] = "strict",
                  purchase_approval: Annotated[str, Form()] = "",
                  row: ParentToken = Depends(parent_form),
                  session: Session = UNIT_OF_WORK) -> Response:
    try:
        limit = int(daily_limit_minutes) if daily_limit_minutes.strip() else None
        controls = Controls.model_validate({
            "contact_approval": contact_approval == "on", "dm_limit": dm_limit,
            "quiet_hours_start": _time(quiet_hours_start, "Quiet hours start"),
            "quiet_hours_end": _time(quiet_hours_end, "Quiet hours end"),
            "timezone": timezone.strip() or "UTC", "daily_limit_minutes": limit,
            "content_filter": content_filter, "purchase_approval": purchase_approval == "on"})
    except (ValueError, ValidationError, InvalidInput) as exc:
        if isinstance(exc, ValidationError):
            message = "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
        elif isinstance(exc, InvalidInput):
            message = exc.message
        else:
            message = "Daily limit: enter a number of minutes"
        return _child_page(request, session, row, child_id, error=message, status_code=422)
    parents.set_controls(session, row.parent_id, child_id, controls,
                         actor=f"parent:{row.parent_id}")
    return RedirectResponse(f"/parents/children/{child_id}?saved=1", status_code=303)


@router.post("/parents/children/{child_id}/contacts/{other_id}")
def contact_decision(child_id: str, other_id: str, decision: Annotated[str, Form()] = "",
                     row: ParentToken = Depends(parent_form),
                     session: Session = UNIT_OF_WORK) -> Response:
    if decision not in ("approve", "decline"):
        raise InvalidInput("decision must be approve or decline")
    parents.decide_contact(session, row.parent_id, child_id, other_id,
                           approve=decision == "approve", actor=f"parent:{row.parent_id}")
    return RedirectResponse(f"/parents/children/{child_id}?saved=1", status_code=303)


@router.post("/parents/children/{child_id}/purchases/{request_id}")
def purchase_decision(child_id: str, request_id: str, decision: Annotated[str, Form()] = "",
                      row: ParentToken = Depends(parent_form),
                      session: Session = UNIT_OF_WORK) -> Response:
    if decision not in ("approve", "decline"):
        raise InvalidInput("decision must be approve or decline")
    parents.decide_purchase(session, row.parent_id, child_id, request_id,
                            approve=decision == "approve", actor=f"parent:{row.parent_id}")
    return RedirectResponse(f"/parents/children/{child_id}?saved=1", status_code=303)


@router.post("/parents/children/{child_id}/revoke")
def revoke(child_id: str, row: ParentToken = Depends(parent_form),
           session: Session = UNIT_OF_WORK) -> Response:
    link = parents.require_link(session, row.parent_id, child_id)
    parents.revoke_link(session, link.id, by="parent", reason="withdrawn on the parent pages",
                        actor=f"parent:{row.parent_id}")
    return RedirectResponse("/parents/", status_code=303)
