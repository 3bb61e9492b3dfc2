"""Benign demo content for ``make run``: a few accounts, a held upload that matches a demo
bank of generated pictures, an ordinary upload, a non-explicit grooming-pattern
conversation, and a user report, so the queue has cases to open.

Everything is generated: the pictures are gradients and shapes, the conversation comes from
the conversations context's generator (risk patterns, never sexual content). Running it
twice creates nothing new: events have fixed ids and ingestion is idempotent.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import random
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from childguard.moderation.ingest import ingest
from childguard.moderation.storage import Case, EventRow

log = logging.getLogger("childguard.moderation.demo")

DEMO_BANK = "demo-known-benign"
CHILD, ADULT, PARENT, UPLOADER = "demo-child-14", "demo-adult-1", "demo-parent-1", \
    "demo-uploader-1"


def demo_image(seed: int, size: int = 160) -> bytes:
    """A generated picture (a gradient and a few shapes) as PNG bytes."""
    import numpy as np
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    ramp = np.linspace(0, 255, size, dtype=np.float64)
    pixels = np.stack([np.outer(ramp, np.ones(size)) * rng.uniform(0.3, 1),
                       np.outer(np.ones(size), ramp) * rng.uniform(0.3, 1),
                       np.full((size, size), rng.uniform(0, 255))], axis=-1)
    img = Image.fromarray(pixels.astype("uint8"), "RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(5):
        x0, y0 = (int(v) for v in rng.integers(0, size - 40, 2))
        box = (x0, y0, x0 + int(rng.integers(15, 40)), y0 + int(rng.integers(15, 40)))
        fill = tuple(int(c) for c in rng.integers(0, 255, 3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=fill)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def _add_demo_bank_entry(session: Session, image: bytes) -> bool:
    try:
        from childguard.media import banks
    except ModuleNotFoundError:
        return False
    try:
        bank = banks.get_bank(session, DEMO_BANK)
    except Exception:
        bank = banks.create_bank(session, actor="demo", name=DEMO_BANK, source="own",
                                 description="Generated pictures standing in for known "
                                             "material in the demo")
    md5 = hashlib.md5(image, usedforsecurity=False).hexdigest()
    if not banks.find_entries(session, "md5", md5):
        banks.add_entry(session, actor="demo", bank=bank, entry=banks.NewEntry(
            signal_type="md5", value=md5, classification="A2", note="demo (generated image)"))
    return True


def _conversation() -> list[tuple[str, str]]:
    """(sender, text) of one generated grooming-pattern conversation, adult → child."""
    try:
        from childguard.conversations.generator import RISK_FAMILIES, generate_conversation
    except ModuleNotFoundError:
        return [(ADULT, "hey, you play this game too? you're really good"),
                (CHILD, "thanks lol"),
                (ADULT, "how old are you? you seem mature for your age"),
                (CHILD, "14"),
                (ADULT, "don't tell your parents we talk, they wouldn't get it"),
                (ADULT, "let's move to another app, it's more private there")]
    convo = generate_conversation(RISK_FAMILIES[0], "en", random.Random(7), "demo")
    # The participant who sends the risky steps is the adult in this family.
    adult_id = next((m.sender for m in convo.messages if m.risk), convo.messages[0].sender)
    return [(ADULT if m.sender == adult_id else CHILD, m.text) for m in convo.messages]


def _event(event_id: str, kind: str, account: str, at: datetime, data: dict[str, Any],
           ip: str = "192.0.2.10") -> dict[str, Any]:
    return {"id": event_id, "type": kind, "account_id": account, "ip": ip, "port": 51000,
            "occurred_at": at.isoformat(), "device_ids": [f"{account}-phone"], "data": data}


def seed_demo(session: Session) -> str:
    if session.get(EventRow, "demo-mod-acct-child") is not None:
        return "demo events already present"
    known = demo_image(1)
    if _add_demo_bank_entry(session, known):
        # The bank index reads with its own connection; commit so it sees the new entry.
        session.commit()
    start = datetime.now(UTC) - timedelta(hours=2)
    today = start.date()
    events = [
        _event("demo-mod-acct-parent", "account.created", PARENT, start,
               {"birth_date": today.replace(year=today.year - 41).isoformat()}),
        _event("demo-mod-acct-child", "account.created", CHILD, start,
               {"birth_date": today.replace(year=today.year - 14).isoformat(),
                "parent_account_id": PARENT}),
        _event("demo-mod-acct-adult", "account.created", ADULT, start,
               {"birth_date": today.replace(year=today.year - 35).isoformat()}, "203.0.113.9"),
        _event("demo-mod-acct-uploader", "account.created", UPLOADER, start,
               {"birth_date": today.replace(year=today.year - 29).isoformat()}, "198.51.100.4"),
        _event("demo-mod-upload-known", "media.uploaded", UPLOADER,
               start + timedelta(minutes=5),
               {"media_id": "demo-photo-1", "file_b64": base64.b64encode(known).decode(),
                "where": "post", "visibility": "public"}, "198.51.100.4"),
        _event("demo-mod-upload-ordinary", "media.uploaded", UPLOADER,
               start + timedelta(minutes=6),
               {"media_id": "demo-photo-2",
                "file_b64": base64.b64encode(demo_image(2)).decode()}, "198.51.100.4"),
    ]
    for i, (sender, text) in enumerate(_conversation()):
        recipient = CHILD if sender == ADULT else ADULT
        events.append(_event(f"demo-mod-msg-{i:02d}", "message.sent", sender,
                             start + timedelta(minutes=10 + i),
                             {"conversation_id": "demo-conversation-1",
                              "message_id": f"demo-msg-{i:02d}", "recipient_ids": [recipient],
                              "text": text},
                             "203.0.113.9" if sender == ADULT else "192.0.2.10"))
    events.append(_event("demo-mod-report-1", "report.filed", CHILD,
                         start + timedelta(minutes=60),
                         {"report_id": "demo-report-1", "reported_account_id": ADULT,
                          "category": "grooming",
                          "text": "This person keeps asking me to keep secrets."}))
    results = ingest(session, events, submitted_by="demo")
    accepted = sum(1 for r in results if r["status"] == "accepted")
    rejected = [r for r in results if r["status"] == "rejected"]
    if rejected:
        log.warning("demo events rejected", extra={"results": rejected})
    cases = session.scalar(select(func.count()).select_from(Case)) or 0
    return f"{accepted} demo events, {cases} cases in the queue"
