"""Helpers for the user-report and public-page tests: benign events and a reviewer."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import numpy as np
from PIL import Image

from childguard.platform.db import Database


def benign_png(seed: int, size: int = 96) -> bytes:
    """A generated colour gradient with a seeded tint. Nothing else, ever."""
    rng = np.random.default_rng(seed)
    x = np.linspace(0, 1, size)
    pixels = np.stack([np.outer(x, np.ones(size)) * rng.uniform(60, 255),
                       np.outer(np.ones(size), x) * rng.uniform(60, 255),
                       np.full((size, size), rng.uniform(0, 255))], axis=-1).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(out, format="PNG")
    return out.getvalue()


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def message_event(event_id: str, sender: str, recipient: str, text: str, minute: int,
                  conversation: str = "conv-1") -> dict[str, Any]:
    return {"id": event_id, "type": "message.sent", "account_id": sender,
            "ip": "198.51.100.20", "port": 40000 + minute,
            "occurred_at": f"2026-11-20T10:{minute:02d}:00+00:00",
            "data": {"conversation_id": conversation, "message_id": f"msg-{event_id}",
                     "recipient_ids": [recipient], "text": text}}


def conversation(sender: str = "acct-adult", recipient: str = "acct-kid") -> list[dict[str, Any]]:
    """A short, non-explicit exchange; the middle message is the one a user reports."""
    lines = ["hi, how was school", "it was ok", "you seem mature for your age",
             "thanks i guess", "let's keep our chats between us", "why", "just because"]
    out = []
    for i, text in enumerate(lines):
        who, to = (sender, recipient) if i % 2 == 0 else (recipient, sender)
        out.append(message_event(f"e{i}", who, to, text, i))
    return out


def decide_case(database: Database, case_id: str, outcome: str, username: str = "rev1",
                user_id: str = "u-rev1") -> None:
    from childguard.moderation import casework

    clause = None if outcome == "no_violation" else "3.2"
    with database.unit_of_work() as session:
        casework.decide(session, case_id, casework.Reviewer(user_id, username),
                        outcome=outcome, clause=clause)
