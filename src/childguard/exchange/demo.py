"""``make run`` demo: a partner list applied from a local file, a share awaiting a second
person, and a sextortion payment scenario that ends in a held payout. Idempotent.

Everything is made up and benign: hashes are of random bytes, the account identifiers are
invented, and the conversation shows a threat and a payment demand, nothing else."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.exchange import services, sharing
from childguard.exchange.files import FileExchange, FileSettings
from childguard.exchange.storage import Collab, Share
from childguard.platform.config import get_settings

ACTOR = "demo"
COLLAB = "demo-partner-list"


def _partner_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for i in range(20):
        raw = f"childguard-demo-random-{i}".encode()
        rows.append({"id": f"demo-{i}", "signal_type": "md5",
                     "value": hashlib.md5(raw, usedforsecurity=False).hexdigest(),
                     "classification": "A2"})
        rows.append({"id": f"demo-{i}", "signal_type": "pdq",
                     "value": hashlib.sha256(raw).hexdigest()})
    rows.append({"id": "demo-acct-1", "signal_type": "email",
                 "value": "made.up.collector@example.org", "tags": ["sextortion"],
                 "description": "asked several teens for gift card codes (made-up example)"})
    rows.append({"id": "demo-kw-1", "signal_type": "keyword",
                 "value": "send the card codes to my other account"})
    return rows


def _scenario(start: datetime) -> list[dict[str, Any]]:
    def ev(i: int, kind: str, account: str, minutes: int, data: dict[str, Any]
           ) -> dict[str, Any]:
        return {"id": f"demo-fin-{i}", "type": kind, "account_id": account,
                "ip": "198.51.100.23", "port": 41000 + i,
                "occurred_at": (start + timedelta(minutes=minutes)).isoformat(), "data": data}

    def msg(i: int, sender: str, to: str, minutes: int, text: str) -> dict[str, Any]:
        return ev(i, "message.sent", sender, minutes, {
            "conversation_id": "demo-fin-conv", "message_id": f"demo-fin-msg-{i}",
            "recipient_ids": [to], "text": text})

    return [
        ev(1, "account.created", "demo-fin-teen", -400 * 24 * 60, {"birth_date": "2011-02-03"}),
        ev(2, "account.created", "demo-fin-stranger", -3 * 24 * 60,
           {"birth_date": "1993-07-08"}),
        msg(3, "demo-fin-stranger", "demo-fin-teen", 0, "hey, you play in the school band?"),
        msg(4, "demo-fin-stranger", "demo-fin-teen", 60,
            "I saved your pictures. Pay me or I will send them to your family and friends"),
        msg(5, "demo-fin-stranger", "demo-fin-teen", 65,
            "Send $100 in steam gift card codes. You have 2 hours"),
        ev(6, "payment.sent", "demo-fin-teen", 90, {
            "payment_id": "demo-fin-pay-1", "recipient_account_id": "demo-fin-stranger",
            "amount": "100.00", "currency": "USD", "memo": "gift card"}),
    ]


def seed_demo(session: Session) -> str:
    done: list[str] = []
    if session.scalar(select(Collab.id).where(Collab.name == COLLAB)) is None:
        path = get_settings().data_dir / "exchange-demo-partner-list.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(r) + "\n" for r in _partner_rows()))
        collab = services.create_collab(session, name=COLLAB, kind="file", actor=ACTOR,
                                        settings={"path": str(path)})
        source = FileExchange(FileSettings(path=str(path)))
        for batch in source.fetch({}):
            services.apply_records(session, collab, batch.records)
            if batch.checkpoint is not None:
                collab.checkpoint = batch.checkpoint
        done.append("partner list applied (40 hashes banked, 2 signals to review)")
    if session.scalar(select(Share.id).limit(1)) is None:
        sharing.propose_share(
            session, recipient="lantern-demo", actor="user:senior",
            purpose="Account confirmed for sextortion under policy 3.3 (demo)",
            signals=[{"signal_type": "email", "value": "made.up.extorter@example.org"},
                     {"signal_type": "username", "value": "demo_fin_stranger"}])
        done.append("a share awaits a second person's approval")
    try:
        from childguard.moderation.ingest import ingest
        from childguard.moderation.storage import EventRow

        if session.get(EventRow, "demo-fin-6") is None:
            start = datetime.now(UTC) - timedelta(days=1)
            ingest(session, _scenario(start), submitted_by="demo")
            done.append("sextortion payment held, case on the payee")
    except ImportError:
        pass
    return "; ".join(done) or "already present"
