"""A small synchronous client for the CyberTipline reporting web service.

Synchronous because it runs inside a durable job (one report, one worker thread). The base
URL is configuration: the local sandbox (``childguard cybertip-sandbox``), NCMEC's test
environment or production. Every non-zero ``responseCode`` raises :class:`ApiError`
carrying the code and NCMEC's ``Request-ID`` (quote it when contacting NCMEC).
"""

from __future__ import annotations

import httpx

from childguard.platform.config import Settings
from childguard.reporting.model import ReportDoneResponse, ReportResponse
from childguard.reporting.xml import parse_response

# Codes worth another try later; everything else is a problem a person must fix.
RETRYABLE_CODES = frozenset({1000, 1100, 1110, 1111, 1300})
ALERT_CODES = frozenset({2000, 3000, 3100, 3300, 4000, 4100, 4110, 4200})


class ApiError(Exception):
    def __init__(self, code: int, description: str, *, request_id: str | None = None,
                 http_status: int | None = None):
        super().__init__(f"CyberTipline error {code}: {description}"
                         + (f" (Request-ID {request_id})" if request_id else ""))
        self.code = code
        self.description = description
        self.request_id = request_id
        self.http_status = http_status

    @property
    def retryable(self) -> bool:
        return self.code in RETRYABLE_CODES


class CyberTiplineClient:
    def __init__(self, base_url: str, username: str, password: str, *, timeout: float = 30.0,
                 http: httpx.Client | None = None):
        self.base_url = base_url.rstrip("/")
        self.http = http or httpx.Client(timeout=timeout)
        self.auth = httpx.BasicAuth(username, password)

    @classmethod
    def from_settings(cls, settings: Settings) -> CyberTiplineClient:
        return cls(settings.ncmec_base_url, settings.ncmec_username, settings.ncmec_password,
                   timeout=settings.ncmec_timeout_seconds)

    def close(self) -> None:
        self.http.close()

    # ------------------------------------------------------------- plumbing

    def _check(self, response: httpx.Response) -> bytes:
        request_id = response.headers.get("Request-ID")
        if response.status_code == 401 or (response.status_code >= 400 and not response.content):
            code = 2000 if response.status_code == 401 else 1000 \
                if response.status_code >= 500 else 4000
            raise ApiError(code, response.reason_phrase or f"HTTP {response.status_code}",
                           request_id=request_id, http_status=response.status_code)
        return response.content

    def _parse(self, response: httpx.Response) -> tuple[ReportResponse | ReportDoneResponse,
                                                        bytes]:
        body = self._check(response)
        parsed = parse_response(body)
        if parsed.response_code != 0:
            description = getattr(parsed, "response_description", "") or "error"
            raise ApiError(parsed.response_code, description,
                           request_id=response.headers.get("Request-ID"),
                           http_status=response.status_code)
        return parsed, body

    def _report_response(self, response: httpx.Response) -> ReportResponse:
        parsed, _ = self._parse(response)
        if not isinstance(parsed, ReportResponse):
            raise ApiError(4000, "unexpected response document")
        return parsed

    # ------------------------------------------------------------- endpoints

    def status(self) -> ReportResponse:
        return self._report_response(self.http.get(f"{self.base_url}/status", auth=self.auth))

    def xsd(self) -> bytes:
        return self._check(self.http.get(f"{self.base_url}/xsd", auth=self.auth))

    def submit(self, report_xml: bytes) -> ReportResponse:
        return self._report_response(self.http.post(
            f"{self.base_url}/submit", content=report_xml, auth=self.auth,
            headers={"Content-Type": "text/xml; charset=utf-8"}))

    def upload(self, report_id: int, content: bytes, filename: str) -> ReportResponse:
        return self._report_response(self.http.post(
            f"{self.base_url}/upload", data={"id": str(report_id)},
            files={"file": (filename, content)}, auth=self.auth))

    def fileinfo(self, details_xml: bytes) -> ReportResponse:
        return self._report_response(self.http.post(
            f"{self.base_url}/fileinfo", content=details_xml, auth=self.auth,
            headers={"Content-Type": "text/xml; charset=utf-8"}))

    def finish(self, report_id: int) -> tuple[ReportDoneResponse, bytes]:
        parsed, body = self._parse(self.http.post(
            f"{self.base_url}/finish", data={"id": str(report_id)}, auth=self.auth))
        if not isinstance(parsed, ReportDoneResponse):
            raise ApiError(4000, "expected a reportDoneResponse")
        return parsed, body

    def retract(self, report_id: int) -> ReportResponse:
        return self._report_response(self.http.post(
            f"{self.base_url}/retract", data={"id": str(report_id)}, auth=self.auth))
