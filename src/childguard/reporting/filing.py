"""Filing one report with the CyberTipline, crash-safe: submit → upload → fileinfo → finish.

It runs as one durable job per case (``reporting.file``), because NCMEC deletes an
unfinished report an hour after its last change. Every step's outcome is committed in its
own short transaction *as soon as NCMEC answers* (above all the ``reportId``), so a crash
at any point leaves a record of how far the filing got. A later attempt that finds a
stored ``reportId`` recovers with the retract semantics:

* retract succeeds → the old report was unfinished and is now cancelled: start again;
* ``5102`` (already finished) → it was filed: record it as finished, never file again;
* ``5001`` (does not exist, i.e. expired) or ``5101`` (already retracted) → start again.

Response codes 1000/11xx/1300 and network errors are retried by the job (with backoff);
2000, 3000, 4100 and the other client errors are terminal: the open report is retracted,
the record is marked ``failed`` with NCMEC's message and Request-ID, and an alert is raised.
On ``/finish`` the receipt is stored (it is the proof of reporting), the XML sent and the
receipt go into the evidence vault, and the preservation hold starts.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
from lxml import etree

from childguard.platform import audit, jobs
from childguard.platform.config import get_settings
from childguard.platform.db import Database, utcnow
from childguard.reporting import evidence, holds, xsd
from childguard.reporting.client import ApiError, CyberTiplineClient
from childguard.reporting.storage import ReportRecord
from childguard.reporting.xml import SchemaInvalid, validate

log = logging.getLogger("childguard.reporting")
SYSTEM = "system:reporting.file"

ClientFactory = Callable[[], CyberTiplineClient]
_client_factory: ClientFactory | None = None
_step_hook: Callable[[str], None] | None = None
_alert_hooks: list[Callable[[str, dict[str, Any]], None]] = []


def set_client_factory(factory: ClientFactory | None) -> None:
    """Point filing at another endpoint (tests and the demo use the sandbox)."""
    global _client_factory
    _client_factory = factory


def set_step_hook(hook: Callable[[str], None] | None) -> None:
    """Called at each step boundary (``after_submit``, ``after_upload``, ``before_finish``,
    ``after_finish``); tests raise here to simulate a worker killed at that point."""
    global _step_hook
    _step_hook = hook


def add_alert_hook(hook: Callable[[str, dict[str, Any]], None]) -> None:
    """Called on terminal filing failures (e-mail, pager, chat); exceptions are logged."""
    _alert_hooks.append(hook)


def _client() -> CyberTiplineClient:
    if _client_factory is not None:
        return _client_factory()
    return CyberTiplineClient.from_settings(get_settings())


def _step(name: str) -> None:
    if _step_hook is not None:
        _step_hook(name)


class RetryLater(Exception):
    """Stop this attempt; the job runs again after its backoff."""


def _alert(message: str, details: dict[str, Any]) -> None:
    log.error(message, extra=details)
    for hook in _alert_hooks:
        try:
            hook(message, details)
        except Exception:
            log.exception("alert hook failed")


def _with_ids(details_xml: str, report_id: int, file_id: str) -> bytes:
    root = etree.fromstring(details_xml.encode())
    root.find("reportId").text = str(report_id)  # type: ignore[union-attr]
    root.find("fileId").text = file_id  # type: ignore[union-attr]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


class _Lease:
    """Keeps the job's lease while a long filing runs (many or large files), so no other
    worker takes the job over and races this one."""

    def __init__(self, database: Database, job_id: str | None, attempt: int | None):
        self.database = database
        self.job_id = job_id
        self.attempt = attempt

    def renew(self) -> None:
        if self.job_id is not None and self.attempt is not None:
            jobs.renew_lease(self.database, self.job_id, self.attempt)


def run(database: Database, report_id: str, *, job_id: str | None = None,
        attempt: int | None = None) -> str:
    """File the report; return its final status for this attempt (or raise to retry)."""
    client = _client()
    try:
        return _run(database, client, report_id, _Lease(database, job_id, attempt))
    finally:
        client.close()


def _run(database: Database, client: CyberTiplineClient, report_id: str,
         lease: _Lease) -> str:
    with database.unit_of_work() as s:
        rec = s.get(ReportRecord, report_id)
        if rec is None:
            log.warning("filing job for an unknown report", extra={"report": report_id})
            return "missing"
        if rec.status not in ("queued", "filing"):
            return rec.status
        stale_id = rec.ncmec_report_id
        rec.status = "filing"
        rec.attempts += 1
        rec.updated_at = utcnow()
        report_xml = rec.report_xml.encode()
        files = list(rec.files)
        ncmec_xsd = xsd.pinned_xsd(s)
    extra = [ncmec_xsd] if ncmec_xsd else []

    ncmec_id: int | None = None
    try:
        if stale_id is not None and _recover(database, client, report_id, stale_id):
            return "filed"
        validate(report_xml, extra_xsds=extra)
        submitted = client.submit(report_xml)
        ncmec_id = submitted.report_id
        if ncmec_id is None:
            raise ApiError(1000, "submit returned no reportId")
        _save(database, report_id, ncmec_report_id=ncmec_id,
              progress={"uploaded": {}, "details": {}}, action="report.submitted",
              details={"ncmec_report_id": ncmec_id})
        _step("after_submit")

        for f in files:
            if not f.get("evidence_id"):
                continue  # known by hashes only: described in the report's notes
            lease.renew()
            with database.unit_of_work() as s:
                content = evidence.read_for_filing(s, f["evidence_id"])
            uploaded = client.upload(ncmec_id, content, f.get("name") or f["key"])
            md5 = hashlib.md5(content).hexdigest()  # noqa: S324 - NCMEC's receipt hash
            if uploaded.hash and uploaded.hash.lower() != md5:
                raise ApiError(1111, f"NCMEC received {f['key']} with MD5 {uploaded.hash}, "
                               f"expected {md5}")
            if not uploaded.file_id:
                raise ApiError(1110, "upload returned no fileId")
            details = _with_ids(f["details_xml"], ncmec_id, uploaded.file_id)
            _update_progress(database, report_id, ncmec_id, f["key"], uploaded.file_id, None)
            _step("after_upload")
            validate(details, extra_xsds=extra)
            client.fileinfo(details)
            _update_progress(database, report_id, ncmec_id, f["key"], uploaded.file_id,
                             details.decode())

        lease.renew()
        _step("before_finish")
        done, receipt = client.finish(ncmec_id)
        _finished(database, report_id, receipt=receipt.decode(), file_ids=done.file_ids)
        _step("after_finish")
        return "filed"
    except ApiError as exc:
        if exc.code == 5102 and ncmec_id is not None:
            _finished(database, report_id, receipt=None, file_ids=[])
            return "filed"
        if exc.code == 5001 and ncmec_id is not None:
            _save(database, report_id, ncmec_report_id=None, progress={},
                  action="report.expired", details={"ncmec_report_id": ncmec_id})
            raise RetryLater(f"report {ncmec_id} expired at NCMEC; starting again") from exc
        if exc.code == 5101 and ncmec_id is not None:
            # Another attempt (which took over an expired lease) retracted this report
            # and is filing afresh; this one stands down.
            raise RetryLater(f"report {ncmec_id} was retracted by a newer attempt") from exc
        if exc.retryable:
            raise
        _terminal(database, client, report_id, ncmec_id, exc)
        return "failed"
    except SchemaInvalid as exc:
        _terminal(database, client, report_id, ncmec_id,
                  ApiError(4100, "local validation failed: " + "; ".join(exc.problems[:5])))
        return "failed"
    except httpx.TransportError:
        raise


def _recover(database: Database, client: CyberTiplineClient, report_id: str,
             stale_id: int) -> bool:
    """Decide what happened to a report a previous attempt opened; True if it was filed."""
    try:
        client.retract(stale_id)
        reason = "retracted the unfinished report of an interrupted attempt"
    except ApiError as exc:
        if exc.code == 5102:
            _finished(database, report_id, receipt=None, file_ids=[], recovered=True)
            return True
        if exc.code not in (5001, 5101):
            raise
        reason = ("the report of an interrupted attempt had expired" if exc.code == 5001
                  else "the report of an interrupted attempt was already retracted")
    _save(database, report_id, ncmec_report_id=None, progress={}, action="report.restart",
          details={"stale_ncmec_report_id": stale_id, "reason": reason})
    return False


def _save(database: Database, report_id: str, *, ncmec_report_id: int | None,
          progress: dict[str, Any], action: str, details: dict[str, Any]) -> None:
    with database.unit_of_work() as s:
        rec = s.get(ReportRecord, report_id)
        assert rec is not None
        rec.ncmec_report_id = ncmec_report_id
        rec.progress = progress
        rec.updated_at = utcnow()
        audit.record(s, actor=SYSTEM, action=action, target_type="report",
                     target_id=report_id, details=details)


def _update_progress(database: Database, report_id: str, ncmec_id: int, key: str,
                     file_id: str, details_xml: str | None) -> None:
    with database.unit_of_work() as s:
        rec = s.get(ReportRecord, report_id)
        assert rec is not None
        if rec.ncmec_report_id != ncmec_id:
            raise RetryLater(f"report {ncmec_id} was superseded by a newer attempt")
        progress = dict(rec.progress or {})
        uploaded = dict(progress.get("uploaded", {}))
        uploaded[key] = file_id
        progress["uploaded"] = uploaded
        if details_xml is not None:
            described = dict(progress.get("details", {}))
            described[key] = details_xml
            progress["details"] = described
        rec.progress = progress
        rec.updated_at = utcnow()


def _finished(database: Database, report_id: str, *, receipt: str | None,
              file_ids: list[str], recovered: bool = False) -> None:
    settings = get_settings()
    with database.unit_of_work() as s:
        rec = s.get(ReportRecord, report_id)
        assert rec is not None
        if rec.status == "filed":
            return
        now = utcnow()
        rec.status = "filed"
        rec.filed_at = now
        rec.updated_at = now
        rec.error = None
        if receipt is not None:
            rec.receipt_xml = receipt
        elif recovered:
            rec.error = ("filed by an earlier attempt that stopped before its receipt was "
                         "stored; NCMEC confirmed the report is finished (5102)")
        rec.progress = {**(rec.progress or {}), "file_ids": file_ids}
        evidence.store(s, case_id=rec.case_id, kind="report_xml",
                       content=rec.report_xml.encode(), actor=SYSTEM, report_id=rec.id,
                       account_id=rec.account_id, name="report.xml",
                       content_type="text/xml")
        for key, details in (rec.progress.get("details") or {}).items():
            evidence.store(s, case_id=rec.case_id, kind="file_details",
                           content=details.encode(), actor=SYSTEM, report_id=rec.id,
                           account_id=rec.account_id, name=f"fileDetails-{key}.xml",
                           content_type="text/xml")
        if receipt is not None:
            evidence.store(s, case_id=rec.case_id, kind="receipt", content=receipt.encode(),
                           actor=SYSTEM, report_id=rec.id, account_id=rec.account_id,
                           name="receipt.xml", content_type="text/xml")
        days = settings.evidence_retention_days
        evidence.start_retention(s, rec.id, days=days)
        holds.place_hold(s, until=now + timedelta(days=days), actor=SYSTEM,
                         account_id=rec.account_id, case_id=rec.case_id, report_id=rec.id,
                         reason=f"CyberTipline report {rec.ncmec_report_id} filed "
                         "(18 U.S.C. 2258A(h) preservation)")
        audit.record(s, actor=SYSTEM, action="report.finished", target_type="report",
                     target_id=rec.id, details={"ncmec_report_id": rec.ncmec_report_id,
                                                "case_id": rec.case_id,
                                                "recovered": recovered})


def _terminal(database: Database, client: CyberTiplineClient, report_id: str,
              ncmec_id: int | None, exc: ApiError) -> None:
    if ncmec_id is not None:
        try:
            client.retract(ncmec_id)
        except (ApiError, httpx.HTTPError):
            log.warning("could not retract after a terminal error",
                        extra={"ncmec_report_id": ncmec_id})
    message = str(exc)
    with database.unit_of_work() as s:
        rec = s.get(ReportRecord, report_id)
        assert rec is not None
        rec.status = "failed"
        rec.error = message
        rec.ncmec_report_id = None
        rec.updated_at = utcnow()
        audit.record(s, actor=SYSTEM, action="report.filing_failed", target_type="report",
                     target_id=report_id, details={"code": exc.code, "message": message,
                                                   "request_id": exc.request_id})
        case_id = rec.case_id
    _alert("CyberTipline filing failed and needs a person",
           {"report": report_id, "case_id": case_id, "code": exc.code, "error": message,
            "request_id": exc.request_id})
