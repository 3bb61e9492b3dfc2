"""The CyberTipline sandbox behaves as the documented API; XSD pinning."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from reporting_helpers import Sandbox
from sqlalchemy import select

from childguard.platform.db import Database
from childguard.platform.storage import AuditEntry
from childguard.reporting import builder, demo, sandbox, xsd
from childguard.reporting.client import ApiError, CyberTiplineClient
from childguard.reporting.xml import to_xml

CFG = builder.ReporterConfig(platform="p", first_name="a", last_name="b",
                             email="ts@example.org")


@pytest.fixture
def live_sandbox() -> Iterator[tuple[str, sandbox.SandboxState]]:
    """The sandbox on a real socket, as ``childguard cybertip-sandbox`` serves it."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    state = sandbox.SandboxState("esp-user", "esp-pass")
    server = uvicorn.Server(uvicorn.Config(sandbox.create_app(state), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}/ispws", state
    server.should_exit = True
    thread.join(timeout=5)


def test_full_workflow_over_real_http(live_sandbox: tuple[str, sandbox.SandboxState]) -> None:
    url, state = live_sandbox
    client = CyberTiplineClient(url, "esp-user", "esp-pass")
    assert client.status().response_code == 0
    built = builder.build(demo.full_snapshot(files=1), CFG)
    report_id = client.submit(to_xml(built.report)).report_id
    assert isinstance(report_id, int)
    content = demo.benign_image(0)
    up = client.upload(report_id, content, "file-0.png")
    assert up.file_id and len(up.file_id) == 32
    import hashlib
    assert up.hash == hashlib.md5(content).hexdigest()  # noqa: S324
    details = built.files[0].details
    details.report_id, details.file_id = report_id, up.file_id
    client.fileinfo(to_xml(details))
    done, receipt = client.finish(report_id)
    assert done.file_ids == [up.file_id]
    assert state.finished()[0].files[up.file_id] == content
    with pytest.raises(ApiError) as err:
        client.retract(report_id)
    assert err.value.code == 5102 and err.value.request_id
    client.close()


def test_wrong_credentials_get_an_empty_401(
        live_sandbox: tuple[str, sandbox.SandboxState]) -> None:
    url, _ = live_sandbox
    response = httpx.get(f"{url}/status", auth=("esp-user", "wrong"))
    assert response.status_code == 401 and response.content == b""
    with pytest.raises(ApiError) as err:
        CyberTiplineClient(url, "esp-user", "wrong").status()
    assert err.value.code == 2000


def test_unfinished_reports_expire(cybertip: Sandbox) -> None:
    client = cybertip.client()
    now = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
    cybertip.state.clock = lambda: now
    report_id = client.submit(to_xml(builder.build(demo.full_snapshot(), CFG).report)
                              ).report_id
    assert report_id is not None
    cybertip.state.clock = lambda: now + timedelta(hours=23, minutes=59)
    client.upload(report_id, b"x", "x.png")  # still open; modified now
    cybertip.state.clock = lambda: now + timedelta(hours=25)  # 24 h and 1 h idle passed
    with pytest.raises(ApiError) as err:
        client.finish(report_id)
    assert err.value.code == 5001


def test_schema_order_and_malformed_xml(cybertip: Sandbox) -> None:
    client = cybertip.client()
    with pytest.raises(ApiError) as err:
        client.submit(b"<report><incidentSummary>")
    assert err.value.code == 4110
    with pytest.raises(ApiError) as err:
        client.submit(b"<report><reporter/><incidentSummary/></report>")
    assert err.value.code == 4100


def test_fileinfo_for_an_unknown_file_is_5002(cybertip: Sandbox) -> None:
    client = cybertip.client()
    built = builder.build(demo.full_snapshot(files=1), CFG)
    report_id = client.submit(to_xml(built.report)).report_id
    assert report_id is not None
    details = built.files[0].details
    details.report_id, details.file_id = report_id, "0" * 32
    with pytest.raises(ApiError) as err:
        client.fileinfo(to_xml(details))
    assert err.value.code == 5002


def test_ncmec_xsd_is_pinned_and_a_change_warned(database: Database, cybertip: Sandbox,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    content = cybertip.client().xsd()
    with database.unit_of_work() as s:
        first = xsd.record_xsd(s, content, source_url="sandbox", actor="test")
        assert not first.changed
    with database.unit_of_work() as s:
        assert not xsd.record_xsd(s, content, source_url="sandbox", actor="test").changed
        assert xsd.pinned_xsd(s) == content
    changed = content.replace(b"childguard's own schema", b"childguard's own schema v2")
    with database.unit_of_work() as s:
        result = xsd.record_xsd(s, changed, source_url="sandbox", actor="test")
    assert result.changed and result.previous_sha256 == first.sha256
    assert "XSD changed" in caplog.text
    with database.unit_of_work() as s:
        assert any(a.action == "reporting.xsd_changed" for a in s.scalars(select(AuditEntry)))


def test_drafts_validate_against_the_pinned_ncmec_xsd_too(database: Database,
                                                          cybertip: Sandbox) -> None:
    from childguard.platform.errors import InvalidInput
    from childguard.reporting import services

    stricter = cybertip.client().xsd().replace(
        b'<xs:element name="incidentType" type="incidentType"/>\n'
        b'      <xs:element name="platform" type="str256" minOccurs="0"/>',
        b'<xs:element name="incidentType" type="incidentType"/>')
    with database.unit_of_work() as s:
        xsd.record_xsd(s, stricter, source_url="sandbox", actor="test")
    with pytest.raises(InvalidInput) as err, database.unit_of_work() as s:
        services.create_draft(s, demo.full_snapshot(), actor="test")
    assert any(p.startswith("NCMEC XSD") and "platform" in p
               for p in err.value.details["problems"])


def test_daily_xsd_refresh_pins_ncmec_xsd(database: Database, cybertip: Sandbox,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from childguard.platform.jobs import JobContext
    from childguard.reporting import jobs

    monkeypatch.setattr(CyberTiplineClient, "from_settings",
                        classmethod(lambda cls, settings: cybertip.client()))
    with database.unit_of_work() as s:
        jobs.refresh_xsd(s, {}, JobContext("job", 1, None, database))
    with database.unit_of_work() as s:
        pin = xsd.current_pin(s)
        assert pin is not None and pin.content.encode() == cybertip.client().xsd()
