"""The report builder, XML order, validation and the actionability checklist."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from lxml import etree

from childguard.platform.config import load_settings
from childguard.reporting import actionability, builder, demo, model
from childguard.reporting.snapshot import CaseSnapshot, DecisionInfo, IncidentKind
from childguard.reporting.xml import SchemaInvalid, schema_problems, to_xml, validate

FULL_CONFIG = builder.ReporterConfig(
    platform="Example Chat", first_name="Trust", last_name="Safety",
    email="trust-safety@example.org", phone="+1 555 0100", contact_24h_phone="+1 555 0199",
    contact_email="le-response@example.org",
    company_template="Serve legal process via le-response@example.org. Retention: messages "
    "90 days, IP logs 1 year. 24-hour emergency line +1 555 0199.",
    legal_url="https://service.example.org/legal", terms_of_service="https://service.example.org/tos")


def _build(snapshot: CaseSnapshot, cfg: builder.ReporterConfig = FULL_CONFIG
           ) -> builder.BuiltReport:
    built = builder.build(snapshot, cfg)
    validate(to_xml(built.report))
    for f in built.files:
        validate(to_xml(f.details))
    return built


@pytest.mark.parametrize("kind", [k.value for k in IncidentKind])
def test_every_report_built_validates(kind: str) -> None:
    _build(demo.full_snapshot(kind=kind, files=2))


def test_text_only_enticement_report_needs_no_files() -> None:
    built = _build(demo.full_snapshot(kind="enticement", files=0))
    assert built.files == []
    doc = etree.fromstring(to_xml(built.report))
    assert doc.findtext("incidentSummary/incidentType") == \
        "Online Enticement of Children for Sexual Acts"
    content = doc.findtext("internetDetails/chatImIncident/content")
    assert content is not None and content.count("\n") == 11  # all 12 messages


def test_sextortion_is_a_presence_flag() -> None:
    doc = etree.fromstring(to_xml(_build(demo.full_snapshot(kind="sextortion")).report))
    flag = doc.find("incidentSummary/reportAnnotations/sextortion")
    assert flag is not None and flag.text is None and len(flag) == 0


def test_children_come_out_in_schema_order() -> None:
    doc = etree.fromstring(to_xml(_build(demo.full_snapshot()).report))
    assert [c.tag for c in doc] == ["incidentSummary", "internetDetails", "internetDetails",
                                    "reporter", "personOrUserReported", "intendedRecipient"]
    event = doc.find("personOrUserReported/ipCaptureEvent")
    assert [c.tag for c in event] == ["ipAddress", "eventName", "dateTime", "possibleProxy",
                                      "port"]


def test_out_of_order_elements_are_refused_by_the_schema() -> None:
    doc = etree.fromstring(to_xml(_build(demo.full_snapshot()).report))
    summary = doc.find("incidentSummary")
    summary.insert(0, summary.find("incidentDateTime"))  # move the time before the type
    problems = schema_problems(etree.tostring(doc))
    assert problems and "incidentDateTime" in problems[0]


def test_incident_time_is_zoned_and_never_in_the_future() -> None:
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    snap = demo.full_snapshot()
    snap.incident_at = now + timedelta(hours=5)
    built = builder.build(snap, FULL_CONFIG, now=now)
    at = built.report.incident_summary.incident_date_time
    assert at < now and at.tzinfo is not None
    assert to_xml(built.report).decode().count("2026-11-29T11:59:59Z") == 1


def test_unviewed_file_is_reported_as_not_viewed() -> None:
    snap = demo.full_snapshot(files=2)
    snap.files[1].viewed_by = None  # a hash match nobody looked at
    snap.files[1].viewed_at = None
    built = _build(snap)
    assert built.files[0].details.file_viewed_by_esp is True
    assert built.files[1].details.file_viewed_by_esp is False


def test_industry_classification_only_with_the_mou() -> None:
    snap = demo.full_snapshot(files=1)
    snap.files[0].bank_classification = "B2"
    assert _build(snap).files[0].details.industry_classification is None
    cfg = builder.ReporterConfig(**{**FULL_CONFIG.__dict__, "hash_sharing_mou": True})
    assert _build(snap, cfg).files[0].details.industry_classification is \
        model.IndustryClassification.B2
    snap.files[0].relevance = "supplemental"
    assert _build(snap, cfg).files[0].details.industry_classification is None


def test_file_details_carry_hashes_upload_ip_and_pdq() -> None:
    built = _build(demo.full_snapshot(files=1))
    doc = etree.fromstring(to_xml(built.files[0].details))
    assert [h.get("hashType") for h in doc.findall("originalFileHash")] == \
        ["MD5", "SHA1", "SHA256"]
    assert doc.findtext("ipCaptureEvent/ipAddress") == "198.51.100.7"
    assert doc.findtext("ipCaptureEvent/port") == "40000"
    assert doc.findtext("details/nameValuePair[name='PDQ']/value") == "0" * 64


def test_viral_bundle_is_a_batched_report() -> None:
    snap = demo.full_snapshot(kind="csam")
    snap.viral_bundle = True
    doc = etree.fromstring(to_xml(_build(snap).report))
    assert doc[0].tag == "batchedReport" and doc[0].get("reason") == "VIRAL_POTENTIAL_MEME"


def test_over_long_user_text_is_clipped_not_refused() -> None:
    snap = demo.full_snapshot()
    assert snap.reported is not None
    snap.reported.screen_name = "x" * 400
    built = _build(snap)
    assert built.clipped == ["Report/personOrUserReported/screenName"]


def test_unknown_incident_type_is_a_clear_error() -> None:
    snap = demo.full_snapshot()
    snap.incident_type_hint = "spam-ish"
    with pytest.raises(builder.BuildError, match="unknown incident type"):
        builder.build(snap, FULL_CONFIG)


def test_bare_snapshot_still_validates() -> None:
    now = datetime.now(UTC)
    snap = CaseSnapshot(case_id="c", incident_type_hint="csam",
                        decision=DecisionInfo(decision="report", decided_by="r",
                                              decided_at=now))
    built = _build(snap)
    assert built.report.incident_summary.incident_date_time < now


def test_schema_refuses_reporter_without_email() -> None:
    built = builder.build(demo.full_snapshot(), FULL_CONFIG)
    built.report.reporter.reporting_person.email = []
    with pytest.raises(SchemaInvalid):
        validate(to_xml(built.report))


# ----------------------------------------------------------------- actionability


def test_full_data_scores_100_percent() -> None:
    result = actionability.check(_build(demo.full_snapshot(files=3)), minimum=80)
    assert result.score == 100 and result.passes
    assert result.missing == []


def test_missing_upload_ip_is_flagged_with_the_reason() -> None:
    result = actionability.check(_build(demo.full_snapshot(with_upload_ip=False)), 95)
    assert [m.id for m in result.missing] == ["upload_ip"]
    item = result.missing[0]
    assert "file-0.png" in item.detail and "file-1.png" in item.detail
    assert "who uploaded" in item.why
    assert result.score < 100 and not result.passes


def test_missing_company_contact_and_location_are_named() -> None:
    snap = demo.full_snapshot()
    assert snap.reported is not None
    snap.reported.location = None
    cfg = builder.ReporterConfig(platform="p", first_name="a", last_name="b",
                                 email="ts@example.org")
    result = actionability.check(_build(snap, cfg), 60)
    missing = {m.id: m for m in result.missing}
    assert set(missing) == {"legal_contact", "location"}
    assert "jurisdiction" in missing["location"].why


def test_settings_feed_the_reporter_block() -> None:
    cfg = builder.ReporterConfig.from_settings(load_settings())
    assert cfg.email


def test_registration_upload_and_the_logins_nearest_the_incident() -> None:
    from childguard.reporting.snapshot import IpEvent

    snap = demo.full_snapshot(files=1)
    assert snap.reported is not None and snap.incident_at is not None
    logins = [IpEvent(ip=f"192.0.2.{i % 250}", event="login", port=1000 + i,
                      at=snap.incident_at - timedelta(hours=i)) for i in range(300)]
    snap.reported.ip_events += logins
    events = builder.build(snap, FULL_CONFIG).report.person_or_user_reported.ip_capture_event
    kinds = [e.event_name.value for e in events if e.event_name]
    assert kinds.count("Registration") == 1 and kinds.count("Upload") == 1
    assert kinds.count("Login") == builder.LOGINS_NEAR_INCIDENT
    nearest = {e.port for e in events if e.event_name is model.EventName.LOGIN}
    assert 1000 in nearest and 1299 not in nearest


def test_report_notes_over_3000_characters_are_clipped() -> None:
    snap = demo.full_snapshot()
    snap.additional_info = "placeholder note. " * 400
    built = _build(snap)
    assert built.report.additional_info is not None
    assert len(built.report.additional_info) == 3000
    assert "Report/additionalInfo" in built.clipped
