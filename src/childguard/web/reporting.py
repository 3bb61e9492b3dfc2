"""Console pages of the reporting context: the report drafts and their actionability.

The legal team (``reports:write``) sees each draft's checklist before filing: what is
present, what is missing and why investigators need it, the files with whether a person
viewed them, and the XML that will be sent. Filing below the minimum score needs a reason,
which is audited with the filing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK
from childguard.platform.config import get_settings
from childguard.platform.db import utcnow
from childguard.platform.errors import ChildguardError
from childguard.reporting import legal, services
from childguard.web.render import ConsoleContext, add_navigation, console_user, render

router = APIRouter(include_in_schema=False)
add_navigation("/console/reports", "Reports", "reports:write")
add_navigation("/console/legal", "Legal requests", "legal:write")


@router.get("/console/reports", response_class=HTMLResponse)
def reports_page(request: Request, notice: str | None = None,
                 console: ConsoleContext = Depends(console_user("reports:write")),
                 session: Session = UNIT_OF_WORK) -> Response:
    reports = [services.as_dict(r) for r in services.list_reports(session)]
    return render(request, "reporting/list.html", {"reports": reports, "notice": notice},
                  console=console)


@router.get("/console/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, report_id: str, error: str | None = None,
                notice: str | None = None,
                console: ConsoleContext = Depends(console_user("reports:write")),
                session: Session = UNIT_OF_WORK) -> Response:
    record = services.get_report(session, report_id)
    return render(request, "reporting/report.html", {
        "report": services.as_dict(record, with_xml=True), "error": error, "notice": notice,
        "minimum": get_settings().report_min_actionability}, console=console)


@router.post("/console/reports/{report_id}/file")
def file_report(report_id: str, override_reason: Annotated[str, Form()] = "",
                console: ConsoleContext = Depends(console_user("reports:write")),
                session: Session = UNIT_OF_WORK) -> Response:
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


@router.get("/console/legal", response_class=HTMLResponse)
def legal_page(request: Request, error: str | None = None, notice: str | None = None,
               console: ConsoleContext = Depends(console_user("legal:write")),
               session: Session = UNIT_OF_WORK) -> Response:
    now = utcnow()
    requests = []
    for req in legal.list_requests(session):
        row = legal.as_dict(req)
        row["overdue"] = bool(req.status == "open" and req.due_at and req.due_at < now)
        requests.append(row)
    return render(request, "reporting/legal.html", {
        "requests": requests, "types": legal.REQUEST_TYPES, "error": error,
        "notice": notice}, console=console)


def _date(value: str) -> datetime | None:
    if not value.strip():
        return None
    parsed = datetime.fromisoformat(value.strip())
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@router.post("/console/legal")
def record_legal_request(
        type: Annotated[str, Form()] = "", agency: Annotated[str, Form()] = "",
        reference: Annotated[str, Form()] = "", account_ids: Annotated[str, Form()] = "",
        case_ids: Annotated[str, Form()] = "", due_at: Annotated[str, Form()] = "",
        preserve_until: Annotated[str, Form()] = "", notes: Annotated[str, Form()] = "",
        console: ConsoleContext = Depends(console_user("legal:write")),
        session: Session = UNIT_OF_WORK) -> Response:
    try:
        with session.begin_nested():
            req = legal.record_request(
                session, type=type, agency=agency, actor=console.actor,
                reference=reference.strip() or None,
                account_ids=[a.strip() for a in account_ids.replace(",", "\n").splitlines()],
                case_ids=[c.strip() for c in case_ids.replace(",", "\n").splitlines()],
                due_at=_date(due_at), preserve_until=_date(preserve_until), notes=notes)
    except ValueError:
        return RedirectResponse("/console/legal?error=" + quote("dates are YYYY-MM-DD"),
                                status_code=303)
    except ChildguardError as exc:
        return RedirectResponse(f"/console/legal?error={quote(exc.message)}", status_code=303)
    notice = f"Recorded {legal.REQUEST_TYPES[req.type].lower()} from {req.agency}"
    if req.preserve_until:
        notice += f"; data held until {req.preserve_until.date().isoformat()}"
    return RedirectResponse(f"/console/legal?notice={quote(notice)}", status_code=303)
