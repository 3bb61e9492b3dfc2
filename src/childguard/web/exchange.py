"""Console page of the exchange context: the human decisions.

Signals other members shared wait here for a person to confirm or reject them (a shared
signal is a lead, never a verdict), and signals proposed for sharing out wait for a second
person's approval before any STIX bundle exists. Sources can be disputed from here too.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK
from childguard.exchange import services, sharing
from childguard.platform.config import get_settings
from childguard.platform.errors import ChildguardError
from childguard.web.render import ConsoleContext, add_navigation, console_user, render

router = APIRouter(include_in_schema=False)
add_navigation("/console/exchange", "Exchange", "exchange:write")
PAGE = "/console/exchange"


def _back(*, error: str | None = None, notice: str | None = None) -> Response:
    query = f"error={quote(error)}" if error else f"notice={quote(notice or '')}"
    return RedirectResponse(f"{PAGE}?{query}", status_code=303)


@router.get(PAGE, response_class=HTMLResponse)
def exchange_page(request: Request, error: str | None = None, notice: str | None = None,
                  console: ConsoleContext = Depends(console_user("exchange:write")),
                  session: Session = UNIT_OF_WORK) -> Response:
    return render(request, "exchange/index.html", {
        "signals": [services.signal_view(session, s) for s in services.list_signals(session)],
        "shares": [sharing.share_view(s) for s in sharing.list_shares(session)],
        "collabs": [services.collab_view(session, c) for c in services.list_collabs(session)],
        "me": console.actor, "error": error, "notice": notice}, console=console)


@router.post(PAGE + "/signals/{signal_id}")
def review_signal(signal_id: str, decision: Annotated[str, Form()] = "",
                  note: Annotated[str, Form()] = "",
                  console: ConsoleContext = Depends(console_user("exchange:write")),
                  session: Session = UNIT_OF_WORK) -> Response:
    try:
        with session.begin_nested():
            row = services.review_signal(session, signal_id, decision=decision, note=note,
                                         actor=console.actor)
    except ChildguardError as exc:
        return _back(error=exc.message)
    return _back(notice=f"{row.signal_type} {row.state}; the source is told")


@router.post(PAGE + "/shares/{share_id}")
def decide_share(share_id: str, decision: Annotated[str, Form()] = "",
                 note: Annotated[str, Form()] = "",
                 console: ConsoleContext = Depends(console_user("exchange:write")),
                 session: Session = UNIT_OF_WORK) -> Response:
    try:
        with session.begin_nested():
            share = sharing.decide_share(session, share_id, approve=decision == "approve",
                                         note=note, actor=console.actor,
                                         identity_name=get_settings().report_platform_name)
    except ChildguardError as exc:
        return _back(error=exc.message)
    return _back(notice=f"share to {share.recipient} {share.state}")


@router.post(PAGE + "/collabs/{name}/dispute")
def dispute(name: str, note: Annotated[str, Form()] = "",
            disputed: Annotated[str, Form()] = "yes",
            console: ConsoleContext = Depends(console_user("exchange:write")),
            session: Session = UNIT_OF_WORK) -> Response:
    try:
        with session.begin_nested():
            collab = services.dispute_source(session, services.get_collab(session, name),
                                             note=note, actor=console.actor,
                                             disputed=disputed == "yes")
    except ChildguardError as exc:
        return _back(error=exc.message)
    state = "disputed" if collab.disputed else "trusted again"
    return _back(notice=f"{collab.name} {state}")
