"""The review queue page. The moderation context fills it with cases."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from childguard.web.render import ConsoleContext, console_user, render

router = APIRouter(include_in_schema=False)


@router.get("/console/queue", response_class=HTMLResponse)
def queue_page(request: Request, console: ConsoleContext = Depends(console_user("cases:read"))
               ) -> Response:
    if console.user.must_change_password:
        return RedirectResponse("/console/password", status_code=303)
    return render(request, "console/queue.html", {"cases": []}, console=console)
