"""Benign demo snapshots for tests, benchmarks and the sandbox demo.

Everything here is placeholder data: documentation IP ranges (192.0.2.0/24,
198.51.100.0/24), example.org addresses, generated colour-gradient images and a
non-explicit conversation that only shows risk *patterns* (age probing, secrecy, moving to
a private channel). Nothing harmful is ever generated.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from childguard.reporting.snapshot import (
    AccountInfo,
    CaseSnapshot,
    ContactInfo,
    DecisionInfo,
    DeviceInfo,
    DisabledInfo,
    FileInfo,
    IpEvent,
    IpEventKind,
    LocationInfo,
    MessageInfo,
)

BASE_TIME = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)

_LINES = [
    "hey, how old are you?",
    "I'm 13, why?",
    "just asking. don't tell your parents we talk, ok?",
    "why not?",
    "they wouldn't understand. let's move to a private app",
    "I'll send you a gift card if you keep this between us",
]


def benign_image(seed: int, size: int = 64) -> bytes:
    """A small PNG colour gradient, different per seed."""
    from PIL import Image

    img = Image.new("RGB", (size, size))
    px = img.load()
    assert px is not None
    for x in range(size):
        for y in range(size):
            px[x, y] = ((x * 4 + seed * 37) % 256, (y * 4 + seed * 11) % 256, (seed * 53) % 256)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def full_snapshot(case_id: str = "case-demo-1", *, files: int = 2, messages: int = 12,
                  kind: str = "enticement", with_upload_ip: bool = True) -> CaseSnapshot:
    """A case with every field the builder can use filled in (100% actionable)."""
    t = BASE_TIME
    reported = AccountInfo(
        esp_id="user-1001", screen_name="placeholder_user", display_names=["Placeholder User"],
        profile_url="https://service.example.org/u/placeholder_user",
        profile_bio="(placeholder bio)",
        emails=[ContactInfo(value="suspect@example.org", verified=True,
                            verified_at=t - timedelta(days=300), kind="Home")],
        phones=[ContactInfo(value="+1 555 0100", verified=False, kind="Mobile")],
        all_emails_included=True,
        ip_events=[
            IpEvent(ip="192.0.2.10", event=IpEventKind.REGISTRATION,
                    at=t - timedelta(days=300), port=51000, possible_proxy=False),
            IpEvent(ip="192.0.2.11", event=IpEventKind.LOGIN, at=t - timedelta(hours=2),
                    port=51123, possible_proxy=False),
        ],
        devices=[DeviceInfo(id_type="advertising id",
                            id_value="00000000-0000-4000-8000-000000000001",
                            event=IpEventKind.LOGIN, at=t - timedelta(hours=2))],
        location=LocationInfo(city="Springfield", region="IL", country_code="US", verified=False,
                              at=t - timedelta(hours=2)),
        disabled=DisabledInfo(permanently=True, disabled_at=t + timedelta(hours=3),
                              user_notified=False),
        age=34, age_source="self_declared",
    )
    child = AccountInfo(esp_id="user-2002", screen_name="placeholder_child",
                        display_names=["Child Placeholder"], age=13,
                        age_source="age_assurance",
                        location=LocationInfo(city="Springfield", region="IL",
                                              country_code="US"))
    msgs = [MessageInfo(at=t + timedelta(minutes=i),
                        sender_esp_id=reported.esp_id if i % 2 == 0 else child.esp_id,
                        text=_LINES[i % len(_LINES)]) for i in range(messages)]
    file_infos = []
    for i in range(files):
        content = benign_image(i)
        upload = (IpEvent(ip="198.51.100.7", event=IpEventKind.UPLOAD,
                          at=t + timedelta(minutes=30 + i), port=40000 + i,
                          possible_proxy=False) if with_upload_ip else None)
        file_infos.append(FileInfo(
            key=f"file-{i}", file_name=f"file-{i}.png", original_file_name=f"IMG_{i:04d}.png",
            content=content, content_type="image/png", hashes={"PDQ": f"{i:064x}"},
            uploaded_at=t + timedelta(minutes=30 + i), upload=upload,
            upload_device=DeviceInfo(id_type="advertising id",
                                     id_value="00000000-0000-4000-8000-000000000001",
                                     event=IpEventKind.UPLOAD,
                                     at=t + timedelta(minutes=30 + i)),
            location_url=f"https://cdn.service.example.org/m/{i}",
            viewed_by="reviewer:alice", viewed_at=t + timedelta(hours=1),
            exif_viewed=True, exif={"Make": "ExampleCam"}, public=False,
            bank_classification=None, annotations=[]))
    return CaseSnapshot(
        case_id=case_id, incident_type_hint=kind,
        decision=DecisionInfo(decision="report", decided_by="reviewer:alice",
                              decided_at=t + timedelta(hours=1), annotations=[]),
        reported=reported, victims=[], recipients=[child], messages=msgs,
        conversation_id="conv-77", chat_client="Example Chat", files=file_infos,
        incident_at=t, incident_at_meaning="time the first message was sent",
        detected_at=t + timedelta(minutes=45))


def seed_demo(session: object) -> str | None:
    """``make run`` demo: one benign draft report, so the console has something to show."""
    from sqlalchemy.orm import Session

    from childguard.reporting import services

    assert isinstance(session, Session)
    if services.report_for_case(session, "case-demo-1") is not None:
        return None
    record = services.create_draft(session, full_snapshot("case-demo-1"), actor="demo")
    return (f"a draft CyberTipline report ({record.score}% actionable) at "
            f"/console/reports/{record.id}; run `childguard cybertip-sandbox` to file it")
