"""Seeded activity for the insight tests: benign uploads matched against a bank, user
reports, decisions, appeals, law-enforcement requests and filed reports."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from PIL import Image
from sqlalchemy import select

from childguard.platform.db import Database, utcnow


def benign_png(seed: int, size: int = 64) -> bytes:
    """A generated gradient. Nothing else, ever."""
    rng = np.random.default_rng(seed)
    x = np.linspace(0, 1, size)
    pixels = np.stack([np.outer(x, np.ones(size)) * rng.uniform(60, 255),
                       np.outer(np.ones(size), x) * rng.uniform(60, 255),
                       np.full((size, size), rng.uniform(0, 255))], axis=-1).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(out, format="PNG")
    return out.getvalue()


def upload(event_id: str, account: str, image: bytes) -> dict[str, Any]:
    return {"id": event_id, "type": "media.uploaded", "account_id": account,
            "ip": "203.0.113.5", "port": 50000, "occurred_at": utcnow().isoformat(),
            "data": {"media_id": f"m-{event_id}",  # hashes only: the fast path ESPs use
                     "hashes": {"md5": hashlib.md5(image, usedforsecurity=False).hexdigest()}}}


def seed_activity(database: Database, *, shift_old: timedelta = timedelta(days=200)
                  ) -> dict[str, Any]:
    """A small, realistic month: returns ids the tests use."""
    from childguard.media import banks
    from childguard.moderation import casework, ingest
    from childguard.moderation import user_reports as intake
    from childguard.moderation.storage import Statement
    from childguard.reporting import legal
    from childguard.reporting.storage import ReportRecord

    known = benign_png(1)
    with database.unit_of_work() as session:
        bank = banks.create_bank(session, actor="test", name="known-test")
        banks.add_entry(session, actor="test", bank=bank, entry=banks.NewEntry(
            signal_type="md5", value=hashlib.md5(known, usedforsecurity=False).hexdigest(),
            classification="A2"))
    with database.unit_of_work() as session:
        ingest.ingest(session, [upload("u1", "acct-1", known), upload("u2", "acct-2", known),
                                upload("u3", "acct-3", benign_png(2))], submitted_by="test")
    reports = []
    with database.unit_of_work() as session:
        for i, (category, account, who) in enumerate([
                ("grooming", "acct-4", "account:kid-1"),
                ("grooming", "acct-4", "account:kid-2"),  # same item: merges
                ("sextortion", "acct-5", "account:kid-3"),
                ("other", "acct-6", "account:adult-1"),
                ("self_harm", "acct-7", "ip:abc")]):
            filed = intake.file_user_report(
                session, intake.ReportInput(category=category, reported_account_id=account),
                source="in_app" if i < 4 else "public", reporter_key=who, actor="test")
            reports.append(filed.report.reference)
        old = intake.file_user_report(
            session, intake.ReportInput(category="other", reported_account_id="acct-old"),
            source="public", reporter_key="ip:old", actor="test")
        old.report.received_at = utcnow() - shift_old
    reviewer = casework.Reviewer("u-rev1", "rev1")
    second = casework.Reviewer("u-rev2", "rev2")
    outcomes = {"acct-1": "remove_and_suspend", "acct-2": "remove_content",
                "acct-4": "remove_and_restrict", "acct-6": "no_violation",
                "acct-5": "remove_and_suspend"}
    with database.unit_of_work() as session:
        for case in casework.queue(session):
            if case.account_id in outcomes:
                outcome = outcomes[case.account_id]
                casework.decide(session, case.id, reviewer, outcome=outcome,
                                clause=None if outcome == "no_violation" else "3.1")
    with database.unit_of_work() as session:
        intake.sync_outcomes(session)
    with database.unit_of_work() as session:
        statements = {s.account_id: s.id for s in session.scalars(
            select(Statement).where(Statement.decision_id.is_not(None)))}
        a1 = casework.file_appeal(session, statements["acct-2"], text="mistake", actor="t")
        a2 = casework.file_appeal(session, statements["acct-4"], text="not me", actor="t")
        casework.file_appeal(session, statements["acct-5"], text="please", actor="t")
    with database.unit_of_work() as session:
        casework.decide_appeal(session, a1.id, second, outcome="reverse")
        casework.decide_appeal(session, a2.id, second, outcome="uphold")
    with database.unit_of_work() as session:
        legal.record_request(session, type="preservation_letter", agency="Police",
                             actor="test", account_ids=["acct-1"])
        legal.record_request(session, type="subpoena", agency="Police", actor="test",
                             account_ids=["acct-2"])
        now = utcnow()
        for n, status in enumerate(["filed", "filed", "draft"]):
            session.add(ReportRecord(case_id=f"c-{n}", destination="ncmec", status=status,
                                     incident_type="Child Pornography (possession, "
                                                   "manufacture, and distribution)",
                                     report_xml="<report/>", created_by="test",
                                     detected_at=now - timedelta(hours=5 + n),
                                     filed_at=now if status == "filed" else None))
    return {"references": reports, "at": datetime.now()}
