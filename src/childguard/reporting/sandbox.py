"""A local CyberTipline sandbox: an ASGI app that behaves as the documented API does.

Used by the tests and the demo (``childguard cybertip-sandbox``) so nothing leaves the
machine. It follows the documentation: HTTP Basic auth (an empty-body 401 otherwise), the
seven endpoints under ``/ispws``, ``<reportResponse>``/``<reportDoneResponse>`` bodies with
NCMEC's response codes, a ``Request-ID`` header, XSD validation of ``/submit`` and
``/fileinfo`` (element order included: out-of-order children give 4100, unparseable XML
4110), and expiry of unfinished reports (24 hours after opening or 1 hour after the last
modification, whichever is later). State is in memory.

Tests can inject faults: ``state.fail_next["submit"] = 1000`` makes the next submit answer
with that code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import threading
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from lxml import etree
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from childguard.reporting.xml import (
    bundled_xsd_bytes,
    done_response_xml,
    response_xml,
    schema_problems,
)

OPEN_FOR = timedelta(hours=24)
IDLE_FOR = timedelta(hours=1)


@dataclass
class SandboxReport:
    id: int
    xml: bytes
    opened_at: datetime
    modified_at: datetime
    status: str = "open"  # open | finished | retracted
    files: dict[str, bytes] = field(default_factory=dict)
    file_names: dict[str, str] = field(default_factory=dict)
    file_details: dict[str, bytes] = field(default_factory=dict)
    finished_at: datetime | None = None

    def expired(self, now: datetime) -> bool:
        return self.status == "open" and now > max(self.opened_at + OPEN_FOR,
                                                    self.modified_at + IDLE_FOR)


class SandboxState:
    def __init__(self, username: str = "sandbox", password: str = "sandbox",  # noqa: S107 - test double
                 clock: Callable[[], datetime] | None = None):
        self.username = username
        self.password = password
        self.clock = clock or (lambda: datetime.now(UTC))
        self.reports: dict[int, SandboxReport] = {}
        self.fail_next: dict[str, int] = {}
        self.calls: list[str] = []
        self._ids = itertools.count(1_000_001)
        self.lock = threading.Lock()

    def finished(self) -> list[SandboxReport]:
        return [r for r in self.reports.values() if r.status == "finished"]

    def get(self, report_id: int) -> SandboxReport | None:
        report = self.reports.get(report_id)
        if report is not None and report.expired(self.clock()):
            del self.reports[report_id]  # NCMEC deletes expired unfinished reports
            return None
        return report


DESCRIPTIONS = {0: "Success", 1000: "Server error", 2000: "Authentication required",
                4000: "Invalid request", 4100: "Validation failed", 4110: "Malformed XML",
                5001: "Report does not exist", 5002: "File does not exist",
                5101: "Report already retracted", 5102: "Report already finished"}


def _xml(body: bytes, status: int = 200) -> Response:
    return Response(body, status_code=status, media_type="text/xml; charset=utf-8",
                    headers={"Request-ID": uuid.uuid4().hex})


def _code(code: int, description: str | None = None, **fields: object) -> Response:
    return _xml(response_xml(code, description or DESCRIPTIONS.get(code, "Error"), **fields))


def _authorised(state: SandboxState, request: Request) -> bool:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return False
    try:
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
    except (ValueError, UnicodeDecodeError):
        return False
    return (hmac.compare_digest(user, state.username)
            and hmac.compare_digest(password, state.password))


def _open_report(state: SandboxState, raw_id: object) -> SandboxReport | Response:
    try:
        report_id = int(str(raw_id))
    except ValueError:
        return _code(4000, "id must be a report id")
    report = state.get(report_id)
    if report is None:
        return _code(5001)
    if report.status == "retracted":
        return _code(5101)
    if report.status == "finished":
        return _code(5102)
    return report


def create_app(state: SandboxState | None = None) -> Starlette:
    state = state or SandboxState()

    def endpoint(name: str) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            if not _authorised(state, request):
                return Response(b"", status_code=401,
                                headers={"WWW-Authenticate": 'Basic realm="ispws"',
                                         "Request-ID": uuid.uuid4().hex})
            state.calls.append(name)
            forced = state.fail_next.pop(name, None)
            if forced is not None:
                return _code(forced)
            fields: dict[str, str] = {}
            body = b""
            upload: tuple[str, bytes] | None = None
            if request.method == "POST":
                if name in ("submit", "fileinfo"):
                    body = await request.body()
                else:
                    form = await request.form()
                    for key, value in form.multi_items():
                        if isinstance(value, str):
                            fields[key] = value
                        elif key == "file":
                            upload = (value.filename or "file", await value.read())
            with state.lock:
                return _dispatch(name, body, fields, upload)
        return run

    def _dispatch(name: str, body: bytes, fields: dict[str, str],
                  upload: tuple[str, bytes] | None) -> Response:
        now = state.clock()
        if name == "status":
            return _code(0)
        if name == "xsd":
            return Response(bundled_xsd_bytes(), media_type="application/xml")
        if name == "submit":
            problems = schema_problems(body)
            if problems and problems[0].startswith("malformed"):
                return _code(4110, problems[0])
            if problems:
                return _code(4100, "; ".join(problems)[:2000])
            if etree.fromstring(body).tag != "report":
                return _code(4000, "expected a <report> document")
            report = SandboxReport(id=next(state._ids), xml=body, opened_at=now,
                                   modified_at=now)
            state.reports[report.id] = report
            return _code(0, reportId=report.id)
        if name == "fileinfo":
            problems = schema_problems(body)
            if problems and problems[0].startswith("malformed"):
                return _code(4110, problems[0])
            if problems:
                return _code(4100, "; ".join(problems)[:2000])
            root = etree.fromstring(body)
            if root.tag != "fileDetails":
                return _code(4000, "expected a <fileDetails> document")
            found = _open_report(state, root.findtext("reportId"))
            if isinstance(found, Response):
                return found
            file_id = (root.findtext("fileId") or "").strip()
            if file_id not in found.files:
                return _code(5002)
            found.file_details[file_id] = body
            found.modified_at = now
            return _code(0, reportId=found.id, fileId=file_id)
        if "id" not in fields:
            return _code(4000, "form field 'id' is required")
        found = _open_report(state, fields["id"])
        if isinstance(found, Response):
            return found
        if name == "upload":
            if upload is None:
                return _code(4000, "multipart field 'file' is required")
            filename, content = upload
            file_id = uuid.uuid4().hex
            found.files[file_id] = content
            found.file_names[file_id] = filename
            found.modified_at = now
            return _code(0, reportId=found.id, fileId=file_id,
                         hash=hashlib.md5(content).hexdigest())  # noqa: S324 - NCMEC's receipt hash
        if name == "finish":
            found.status = "finished"
            found.finished_at = now
            return _xml(done_response_xml(found.id, list(found.files)))
        if name == "retract":
            found.status = "retracted"
            return _code(0, reportId=found.id)
        return _code(4000, "unknown endpoint")

    routes = []
    for prefix in ("/ispws", ""):
        routes += [
            Route(f"{prefix}/status", endpoint("status"), methods=["GET"]),
            Route(f"{prefix}/xsd", endpoint("xsd"), methods=["GET"]),
            Route(f"{prefix}/submit", endpoint("submit"), methods=["POST"]),
            Route(f"{prefix}/upload", endpoint("upload"), methods=["POST"]),
            Route(f"{prefix}/fileinfo", endpoint("fileinfo"), methods=["POST"]),
            Route(f"{prefix}/finish", endpoint("finish"), methods=["POST"]),
            Route(f"{prefix}/retract", endpoint("retract"), methods=["POST"]),
        ]
    app = Starlette(routes=routes)
    app.state.sandbox = state
    return app
