"""Console pages for managers and staff: transparency (with inline SVG charts), training
(and the gate in front of the review queues), risk assessments, wellness, user reports."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from childguard.api.deps import UNIT_OF_WORK
from childguard.insight import risk, training, transparency, wellness
from childguard.moderation import user_reports as intake
from childguard.platform.db import get_database, utcnow
from childguard.platform.errors import ChildguardError
from childguard.platform.storage import User
from childguard.web.render import (
    ConsoleContext,
    add_navigation,
    console_user,
    render,
    templates,
)

router = APIRouter(include_in_schema=False)

add_navigation("/console/training", "Training", None)
add_navigation("/console/insight/transparency", "Transparency", "insight:read")
add_navigation("/console/insight/risk", "Risk assessments", "insight:read")
add_navigation("/console/insight/wellness", "Wellness", "insight:read")
add_navigation("/console/user-reports", "User reports", "cases:read")


def user_reports_for_case(case_id: str) -> list[dict[str, Any]]:
    """For the case page (a template global): the reports about this case, with context."""
    with get_database().unit_of_work() as session:
        return [{"reference": r.reference, "category": intake.CATEGORIES[r.category][1],
                 "source": r.source, "trusted": r.trusted_flagger, "details": r.details,
                 "received": r.received_at.strftime("%Y-%m-%d %H:%M"),
                 "item": r.content_ref or r.reported_url or r.reported_account_id,
                 "danger": r.immediate_danger, "context": list(r.context or [])}
                for r in intake.reports_for_case(session, case_id)]


templates.env.globals["user_reports_for_case"] = user_reports_for_case


def training_gate(console: ConsoleContext) -> Response | None:
    """Send a reviewer whose required training is missing or stale to the training page."""
    with get_database().unit_of_work() as session:
        allowed, _missing = training.may_review(session, console.user.id)
    if allowed:
        return None
    return RedirectResponse("/console/training?blocked=1", status_code=303)


def _default_period() -> str:
    now = utcnow()
    return f"{now.year}-H{1 if now.month <= 6 else 2}"


# ----------------------------------------------------------------- charts


def bar_chart(title: str, data: dict[str, Any], *, width: int = 560) -> dict[str, Any]:
    """Geometry for a horizontal bar chart drawn as inline SVG by the template."""
    items = [(str(k), int(v or 0)) for k, v in data.items()]
    top = max([v for _, v in items] or [0]) or 1
    label_w, bar_h, gap = 230, 22, 8
    usable = width - label_w - 60
    bars = [{"label": k.replace("_", " "), "value": v, "y": i * (bar_h + gap),
             "w": max(2 if v else 0, round(usable * v / top)), "x": label_w}
            for i, (k, v) in enumerate(items)]
    return {"title": title, "bars": bars, "width": width, "bar_h": bar_h,
            "height": max(1, len(bars)) * (bar_h + gap), "id": "chart-" + "".join(
                c if c.isalnum() else "-" for c in title.lower())}


# ----------------------------------------------------------------- transparency


def _report(request: Request, session: Session, period: str) -> transparency.TransparencyReport:
    settings = request.app.state.settings
    return transparency.generate(session, transparency.parse_period(period),
                                 service=settings.report_platform_name,
                                 appeal_decision_days=settings.appeal_decision_days)


@router.get("/console/insight/transparency", response_class=HTMLResponse)
def transparency_page(request: Request, period: str | None = None,
                      console: ConsoleContext = Depends(console_user("insight:read")),
                      session: Session = UNIT_OF_WORK) -> Response:
    period = (period or _default_period()).strip()
    try:
        report = _report(request, session, period)
    except ChildguardError as exc:
        return render(request, "insight/transparency.html", {
            "period": period, "error": exc.message, "r": None}, console=console,
            status_code=422)
    data = report.as_dict()
    moderation = data["moderation"]
    charts = [
        bar_chart("Notices by category", data["notices"]["by_category"]),
        bar_chart("Notices by source", data["notices"]["by_source"]),
        bar_chart("Actions by type", moderation["actions_by_type"]),
        bar_chart("Detection: automated or user report", moderation["cases_opened_by_source"]),
        bar_chart("Decisions: automated or human", moderation["decisions_by_means"]),
        bar_chart("Appeals", {k: data["appeals"][k] for k in ("received", "upheld",
                                                              "reversed")}),
    ]
    return render(request, "insight/transparency.html", {
        "period": report.period.label, "r": data, "charts": charts, "rows": report.rows(),
        "error": None, "q": quote(report.period.label)}, console=console)


@router.get("/console/insight/transparency.csv")
def transparency_csv(request: Request, period: str,
                     console: ConsoleContext = Depends(console_user("insight:read")),
                     session: Session = UNIT_OF_WORK) -> Response:
    report = _report(request, session, period)
    return PlainTextResponse(report.to_csv(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f"attachment; filename=transparency-{report.period.label}.csv"})


@router.get("/console/insight/transparency.json")
def transparency_json(request: Request, period: str,
                      console: ConsoleContext = Depends(console_user("insight:read")),
                      session: Session = UNIT_OF_WORK) -> Response:
    report = _report(request, session, period)
    return PlainTextResponse(json.dumps(report.as_dict(), indent=2),
                             media_type="application/json")


# ----------------------------------------------------------------- training


@router.get("/console/training", response_class=HTMLResponse)
def training_page(request: Request, blocked: str | None = None, notice: str | None = None,
                  console: ConsoleContext = Depends(console_user()),
                  session: Session = UNIT_OF_WORK) -> Response:
    user = session.get(User, console.user.id)
    assert user is not None
    statuses = [s.as_dict() | {"summary": s.module.summary} for s in
                training.status_for(session, user)]
    allowed, missing = training.may_review(session, user.id)
    manager = console.principal.allows("insight:read")
    matrix = training.matrix(session) if manager else []
    session.commit()
    return render(request, "insight/training.html", {
        "modules": statuses, "may_review": allowed, "missing": missing,
        "blocked": bool(blocked), "notice": notice, "matrix": matrix, "manager": manager},
        console=console)


@router.get("/console/training/{module_id}", response_class=HTMLResponse)
def module_page(request: Request, module_id: str, error: str | None = None,
                console: ConsoleContext = Depends(console_user()),
                session: Session = UNIT_OF_WORK) -> Response:
    module = training.get_module(session, module_id)
    view = {"id": module.id, "title": module.title, "version": module.version,
            "body": module.body, "summary": module.summary,
            "question": module.check_question, "valid_days": module.valid_days}
    session.commit()
    return render(request, "insight/module.html", {"m": view, "error": error},
                  console=console)


@router.post("/console/training/{module_id}/complete")
def complete_module(module_id: str, answer: Annotated[str, Form()] = "",
                    console: ConsoleContext = Depends(console_user()),
                    session: Session = UNIT_OF_WORK) -> Response:
    user = session.get(User, console.user.id)
    assert user is not None
    try:
        module = training.complete(session, user, module_id, answer=answer,
                                   actor=console.actor)
    except ChildguardError as exc:
        session.rollback()
        return RedirectResponse(f"/console/training/{quote(module_id)}?error="
                                + quote(exc.message), status_code=303)
    return RedirectResponse("/console/training?notice=" + quote(
        f"Recorded: {module.module_id} done."), status_code=303)


# ----------------------------------------------------------------- risk assessments


@router.get("/console/insight/risk", response_class=HTMLResponse)
def risk_list(request: Request, notice: str | None = None,
              console: ConsoleContext = Depends(console_user("insight:read")),
              session: Session = UNIT_OF_WORK) -> Response:
    today = date.today()
    rows = [risk.as_dict(r) | {"due_soon": r.next_review_due <= today + timedelta(days=30),
                               "overdue": r.next_review_due < today}
            for r in risk.list_assessments(session)]
    reminders = [{"id": r.id, "message": r.message, "due_on": r.due_on.isoformat()}
                 for r in risk.open_reminders(session)]
    session.commit()
    return render(request, "insight/risk_list.html", {
        "rows": rows, "reminders": reminders, "notice": notice, "kinds": risk.KINDS,
        "can_write": console.principal.allows("insight:write"),
        "today": today.isoformat(),
        "next_year": (today + timedelta(days=365)).isoformat()}, console=console)


@router.get("/console/insight/risk/{assessment_id}", response_class=HTMLResponse)
def risk_page(request: Request, assessment_id: str, notice: str | None = None,
              console: ConsoleContext = Depends(console_user("insight:read")),
              session: Session = UNIT_OF_WORK) -> Response:
    row = risk.as_dict(risk.get_assessment(session, assessment_id))
    session.commit()
    return render(request, "insight/risk.html", {
        "a": row, "notice": notice, "can_write": console.principal.allows("insight:write"),
        "scale": risk.SCALE, "impact": risk.IMPACT}, console=console)


@router.get("/console/insight/risk/{assessment_id}/export.csv")
def risk_export(assessment_id: str,
                console: ConsoleContext = Depends(console_user("insight:read")),
                session: Session = UNIT_OF_WORK) -> Response:
    row = risk.get_assessment(session, assessment_id)
    return PlainTextResponse(risk.export_csv([row]), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition":
                                      f"attachment; filename=risk-{row.id}.csv"})


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]


@router.post("/console/insight/risk")
async def risk_create(request: Request,
                      console: ConsoleContext = Depends(console_user("insight:write")),
                      session: Session = UNIT_OF_WORK) -> Response:
    form = await request.form()

    def f(name: str) -> str:
        value = form.get(name)
        return value.strip() if isinstance(value, str) else ""

    risks = []
    for i in range(1, 4):
        if not f(f"harm{i}"):
            continue
        mitigations = ([{"measure": f(f"mitigation{i}"), "owner": f(f"mitigation_owner{i}")
                         or f("owner"), "status": f(f"mitigation_status{i}") or "planned"}]
                       if f(f"mitigation{i}") else [])
        risks.append({"harm": f(f"harm{i}"), "category": f(f"category{i}"),
                      "affected_rights": _split(f(f"rights{i}")),
                      "age_bands": _split(f(f"ages{i}")), "evidence": _split(f(f"evidence{i}")),
                      "likelihood": int(f(f"likelihood{i}") or 0),
                      "impact": int(f(f"impact{i}") or 0), "mitigations": mitigations})
    try:
        data = risk.parse({"title": f("title"), "kind": f("kind"), "scope": f("scope"),
                           "owner": f("owner"), "accountable_person": f("accountable_person"),
                           "conducted_on": f("conducted_on"),
                           "next_review_due": f("next_review_due"),
                           "trigger": f("trigger") or "annual", "risks": risks,
                           "notes": f("notes")})
        row = risk.create_assessment(session, data, actor=console.actor)
    except ChildguardError as exc:
        session.rollback()
        return RedirectResponse("/console/insight/risk?notice=" + quote(
            f"Not saved: {exc.message}"), status_code=303)
    return RedirectResponse(f"/console/insight/risk/{row.id}?notice=Saved", status_code=303)


@router.post("/console/insight/risk/{assessment_id}/approve")
def risk_approve(assessment_id: str,
                 console: ConsoleContext = Depends(console_user("insight:write")),
                 session: Session = UNIT_OF_WORK) -> Response:
    try:
        risk.approve(session, assessment_id, actor=console.actor)
        notice = "Approved"
    except ChildguardError as exc:
        session.rollback()
        notice = exc.message
    return RedirectResponse(f"/console/insight/risk/{assessment_id}?notice={quote(notice)}",
                            status_code=303)


@router.post("/console/insight/reminders/{reminder_id}/dismiss")
def reminder_dismiss(reminder_id: str,
                     console: ConsoleContext = Depends(console_user("insight:write")),
                     session: Session = UNIT_OF_WORK) -> Response:
    risk.dismiss_reminder(session, reminder_id, actor=console.actor)
    return RedirectResponse("/console/insight/risk?notice=Reminder+dismissed", status_code=303)


# ----------------------------------------------------------------- wellness, user reports


@router.get("/console/insight/wellness", response_class=HTMLResponse)
def wellness_page(request: Request, period: str | None = None,
                  console: ConsoleContext = Depends(console_user("insight:read")),
                  session: Session = UNIT_OF_WORK) -> Response:
    label = (period or _default_period()).strip()
    try:
        chosen = transparency.parse_period(label)
    except ChildguardError as exc:
        return render(request, "insight/wellness.html", {"period": label, "rows": [],
                                                         "error": exc.message},
                      console=console, status_code=422)
    rows = wellness.figures(session, chosen.start, chosen.end)
    session.commit()
    return render(request, "insight/wellness.html", {"period": chosen.label, "rows": rows,
                                                     "error": None}, console=console)


@router.get("/console/user-reports", response_class=HTMLResponse)
def user_reports_page(request: Request,
                      console: ConsoleContext = Depends(console_user("cases:read")),
                      session: Session = UNIT_OF_WORK) -> Response:
    rows = [{"reference": r.reference, "category": intake.CATEGORIES[r.category][1],
             "source": r.source, "trusted": r.trusted_flagger, "status": r.status,
             "outcome": r.outcome, "case_id": r.case_id, "duplicate": bool(r.duplicate_of),
             "received": r.received_at.strftime("%Y-%m-%d %H:%M"),
             "context": len(r.context or [])} for r in intake.list_reports(session, limit=300)]
    session.commit()
    return render(request, "insight/user_reports.html", {"rows": rows}, console=console)
