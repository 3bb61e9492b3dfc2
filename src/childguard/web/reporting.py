"""Console pages of the reporting context: the report drafts and their actionability.

The legal team (``reports:write``) sees each draft's checklist before filing: what is
present, what is missing and why investigators need it, the files with whether a person
viewed them, and the XML that will be sent. Filing below the minimum score needs a reason,
which is audited with the filing.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from childguard.api.deps import db_session
from childguard.platform.config import get_settings
from childguard.platform.errors import ChildguardError
from childguard.reporting import services
from childguard.web.render import ConsoleContext, add_navigation, console_user, render

router = APIRouter(include_in_schema=False)
add_navigation("/console/reports", "Reports", "reports:write")


@router.get("/console/reports", response_class=HTMLResponse)
def reports_page(request: Request, notice: str | None = None,
                 console: ConsoleContext = Depends(console_user("reports:write")),
                 session: Session = Depends(db_session)) -> Response:
    reports = [services.as_dict(r) for r in services.list_reports(session)]
    return render(request, "reporting/list.html", {"reports": reports, "notice": notice},
                  console=console)


@router.get("/console/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, report_id: str, error: str | None = None,
                notice: str | None = None,
                console: ConsoleContext = Depends(console_user("reports:write")),
                session: Session = Depends(db_session)) -> Response:
    record = services.get_report(session, report_id)
    return render(request, "reporting/report.html", {
        "report": services.as_dict(record, with_xml=True), "error": error, "notice": notice,
        "minimum": get_settings().report_min_actionability}, console=console)


@router.post("/console/reports/{report_id}/file")
def file_report(report_id: str, override_reason: Annotated[str, Form()] = "",
                console: ConsoleContext = Depends(console_user("reports:write")),
                session: Session = Depends(db_session)) -> Response:
    try:
        with session.begin_nested():
            services.file_report(session, report_id, actor=console.actor,
                                 override_reason=override_reason or None)
    except ChildguardError as exc:
        return RedirectResponse(f"/console/reports/{report_id}?error={quote(exc.message)}",
                                status_code=303)
    notice = quote("Queued for filing with the CyberTipline; this page shows the receipt "
                   "once NCMEC confirms.")
    return RedirectResponse(f"/console/reports/{report_id}?notice={notice}", status_code=303)
