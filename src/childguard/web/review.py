"""The review console: the queue, the case page, reveals, decisions and appeals.

Reviewers are protected by default: media are served blurred and in grayscale by the
server (the original bytes never reach the browser until a reveal is logged), only one item
is revealed at a time and only for a few minutes, and each reviewer sees their own exposure
with a break prompt.
"""

from __future__ import annotations

import io
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK
from childguard.moderation import casework
from childguard.moderation.model import APPEAL_OUTCOMES, REVIEW_OUTCOMES, TOS_CLAUSES
from childguard.moderation.storage import Statement
from childguard.platform import audit
from childguard.platform.errors import ChildguardError, Forbidden
from childguard.web.render import ConsoleContext, console_user, render

router = APIRouter(include_in_schema=False)

# Handlers commit before rendering: on SQLite every transaction holds the write lock, and a
# page whose transaction stayed open until the response was sent would make the browser's
# follow-up requests (its blurred images) wait on it.


def _reviewer(console: ConsoleContext) -> casework.Reviewer:
    return casework.Reviewer(id=console.user.id, username=console.user.username)


def _password_first(console: ConsoleContext) -> Response | None:
    if console.user.must_change_password:
        return RedirectResponse("/console/password", status_code=303)
    # insight (issue 8): no queue or case page until required training is done and current.
    from childguard.web.insight import training_gate

    return training_gate(console)


@router.get("/console/queue", response_class=HTMLResponse)
def queue_page(request: Request, notice: str | None = None, queue: str | None = None,
               console: ConsoleContext = Depends(console_user("cases:read")),
               session: Session = UNIT_OF_WORK) -> Response:
    redirect = _password_first(console)
    if redirect:
        return redirect
    cases = [casework.case_summary(c) for c in casework.queue(session, name=queue or None)]
    sizes = casework.queue_sizes(session)
    appeals = (casework.open_appeals(session) if console.principal.allows("appeals:review")
               else [])
    session.commit()
    return render(request, "review/queue.html", {
        "cases": cases, "appeals": appeals, "notice": notice, "queues": sizes,
        "current_queue": queue or "",
        "exposure": casework.exposure(session, console.user.id),
        "me": console.user.id}, console=console)


@router.get("/console/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: str, error: str | None = None,
              console: ConsoleContext = Depends(console_user("cases:read")),
              session: Session = UNIT_OF_WORK) -> Response:
    redirect = _password_first(console)
    if redirect:
        return redirect
    reviewer = _reviewer(console)
    case = casework.get_case(session, case_id)
    if (case.state in casework.OPEN_STATES and case.assigned_to is None
            and console.principal.allows("cases:review")):
        casework.assign(session, case_id, reviewer)
    view = casework.case_view(session, case_id)
    context = {**view, "revealed": casework.current_reveal(session, case_id, reviewer.id),
               "exposure": casework.exposure(session, reviewer.id), "clauses": TOS_CLAUSES,
               "outcomes": REVIEW_OUTCOMES, "error": error, "me": reviewer.id,
               "can_decide": console.principal.allows("cases:review")}
    session.commit()
    return render(request, "review/case.html", context, console=console)


@router.get("/console/cases/{case_id}/media/{content_ref}")
def case_media(case_id: str, content_ref: str, view: str = "blurred",
               console: ConsoleContext = Depends(console_user("cases:read")),
               session: Session = UNIT_OF_WORK) -> Response:
    """The blurred grayscale rendition, or the original only while this reviewer's logged
    reveal of exactly this item is current."""
    items = {m["ref"] for m in casework.media_items(session, casework.get_case(session, case_id))}
    if content_ref not in items:
        return Response(status_code=404)
    data = casework.media_bytes(session, content_ref)
    allowed = casework.current_reveal(session, case_id, console.user.id) == content_ref
    session.commit()
    if view == "original":
        if not allowed:
            raise Forbidden("reveal this item (with a reason) before viewing it")
        return Response(_reencode(data, blur=False), media_type="image/png",
                        headers={"Cache-Control": "no-store"})
    return Response(_reencode(data, blur=True), media_type="image/png",
                    headers={"Cache-Control": "no-store"})


def _reencode(data: bytes, *, blur: bool) -> bytes:
    """Re-encode as PNG without metadata; the default rendition is tiny, gray and blurred."""
    from PIL import Image, ImageFilter

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            frame = img.convert("RGB")
    except Exception:
        frame = Image.new("RGB", (64, 64), (128, 128, 128))
    if blur:
        frame = frame.convert("L")
        frame.thumbnail((48, 48))
        frame = frame.filter(ImageFilter.GaussianBlur(4)).resize((240, 240))
    out = io.BytesIO()
    frame.save(out, format="PNG")
    return out.getvalue()


@router.post("/console/cases/{case_id}/reveal")
def reveal_item(case_id: str, content_ref: Annotated[str, Form()] = "",
                reason: Annotated[str, Form()] = "",
                console: ConsoleContext = Depends(console_user("cases:read")),
                session: Session = UNIT_OF_WORK) -> Response:
    try:
        with session.begin_nested():
            casework.reveal(session, case_id, content_ref, _reviewer(console), reason)
    except ChildguardError as exc:
        return RedirectResponse(f"/console/cases/{case_id}?error={quote(exc.message)}#media",
                                status_code=303)
    return RedirectResponse(f"/console/cases/{case_id}#media", status_code=303)


@router.post("/console/cases/{case_id}/reblur")
def reblur_item(case_id: str, console: ConsoleContext = Depends(console_user("cases:read")),
                session: Session = UNIT_OF_WORK) -> Response:
    casework.reblur(session, case_id, _reviewer(console))
    return RedirectResponse(f"/console/cases/{case_id}#media", status_code=303)


@router.post("/console/cases/{case_id}/release")
def release_case(case_id: str, console: ConsoleContext = Depends(console_user("cases:review")),
                 session: Session = UNIT_OF_WORK) -> Response:
    casework.release(session, case_id, _reviewer(console))
    return RedirectResponse("/console/queue", status_code=303)


@router.post("/console/cases/{case_id}/decision")
def decide_case(case_id: str, outcome: Annotated[str, Form()] = "",
                clause: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "",
                report_to_ncmec: Annotated[str, Form()] = "",
                console: ConsoleContext = Depends(console_user("cases:review")),
                session: Session = UNIT_OF_WORK) -> Response:
    reviewer = _reviewer(console)
    try:
        with session.begin_nested():
            decision = casework.decide(session, case_id, reviewer, outcome=outcome,
                                       clause=clause or None, note=note,
                                       report_to_ncmec=report_to_ncmec == "yes")
    except ChildguardError as exc:
        return RedirectResponse(f"/console/cases/{case_id}?error={quote(exc.message)}#decide",
                                status_code=303)
    if decision.report_to_ncmec:
        from childguard.moderation import report

        target = report.open_draft(session, case_id, decision.id, actor=reviewer.actor)
        return RedirectResponse(target, status_code=303)
    notice = quote(f"Case decided: {REVIEW_OUTCOMES[outcome][0]}")
    return RedirectResponse(f"/console/queue?notice={notice}", status_code=303)


@router.get("/console/cases/{case_id}/report", response_class=HTMLResponse)
def report_draft_page(request: Request, case_id: str,
                      console: ConsoleContext = Depends(console_user("cases:read")),
                      session: Session = UNIT_OF_WORK) -> Response:
    from childguard.moderation import report

    snapshot = report.snapshot_dict(session, case_id)
    session.commit()
    return render(request, "review/report.html", {"case_id": case_id, "snapshot": snapshot},
                  console=console)


@router.get("/console/appeals/{appeal_id}", response_class=HTMLResponse)
def appeal_page(request: Request, appeal_id: str, error: str | None = None,
                console: ConsoleContext = Depends(console_user("appeals:review")),
                session: Session = UNIT_OF_WORK) -> Response:
    appeal = casework.get_appeal(session, appeal_id)
    statement = session.get(Statement, appeal.statement_id)
    view: dict[str, Any] = casework.case_view(session, appeal.case_id) if appeal.case_id else {}
    session.commit()
    return render(request, "review/appeal.html", {
        "appeal": appeal, "statement": statement, "view": view, "outcomes": APPEAL_OUTCOMES,
        "error": error, "same_reviewer": appeal.excluded_reviewer_id == console.user.id},
        console=console)


@router.post("/console/appeals/{appeal_id}/decision")
def decide_appeal(appeal_id: str, outcome: Annotated[str, Form()] = "",
                  note: Annotated[str, Form()] = "",
                  console: ConsoleContext = Depends(console_user("appeals:review")),
                  session: Session = UNIT_OF_WORK) -> Response:
    try:
        with session.begin_nested():
            casework.decide_appeal(session, appeal_id, _reviewer(console), outcome=outcome,
                                   note=note)
    except ChildguardError as exc:
        return RedirectResponse(f"/console/appeals/{appeal_id}?error={quote(exc.message)}",
                                status_code=303)
    notice = quote(f"Appeal decided: {APPEAL_OUTCOMES[outcome]}")
    return RedirectResponse(f"/console/queue?notice={notice}", status_code=303)


@router.get("/console/break", response_class=HTMLResponse)
def break_page(request: Request, console: ConsoleContext = Depends(console_user("cases:read")),
               session: Session = UNIT_OF_WORK) -> Response:
    audit.record(session, actor=console.actor, action="moderation.reviewer.break",
                 target_type="user", target_id=console.user.id)
    exposure = casework.exposure(session, console.user.id)
    session.commit()
    return render(request, "review/break.html", {"exposure": exposure}, console=console)
