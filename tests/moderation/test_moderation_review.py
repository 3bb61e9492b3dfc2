"""Decisions, statements of reasons, reveals and appeals (service level)."""

from __future__ import annotations

from typing import Any

import pytest
from modhelpers import benign_image, media_event
from sqlalchemy import select

from childguard.moderation import casework
from childguard.moderation.ingest import ingest
from childguard.moderation.storage import ActionRow, ContentState, Reveal
from childguard.platform import audit
from childguard.platform.errors import Forbidden, InvalidInput

FIRST = casework.Reviewer(id="u1", username="first")
SECOND = casework.Reviewer(id="u2", username="second")


def _held_case(database: Any, known_bank: Any) -> str:
    image = benign_image(77)
    known_bank(image, "A1")
    with database.unit_of_work() as session:
        result = ingest(session, [media_event("r-1", "acct-r", image=image)],
                        submitted_by="test")[0]
    assert result["verdict"] == "hold"
    return str(result["case_id"])


def _kinds(session: Any) -> list[str]:
    return [a.kind for a in session.scalars(select(ActionRow).order_by(ActionRow.seq))]


def test_decision_needs_a_clause_and_writes_a_statement_and_actions(
        database: Any, known_bank: Any) -> None:
    case_id = _held_case(database, known_bank)
    with database.unit_of_work() as session, pytest.raises(InvalidInput, match="clause"):
        casework.decide(session, case_id, FIRST, outcome="remove_content", clause=None)
    with database.unit_of_work() as session:
        casework.assign(session, case_id, FIRST)
        decision = casework.decide(session, case_id, FIRST, outcome="remove_and_restrict",
                                   clause="3.1", note="confirmed match")
        assert decision.content_refs == ["media:m-r-1"]
    with database.unit_of_work() as session:
        assert session.get(ContentState, "media:m-r-1").state == "removed"
        kinds = _kinds(session)
        assert kinds[-3:] == ["remove_content", "restrict_account", "statement_of_reasons"]
        statement = session.scalars(select(ActionRow).where(
            ActionRow.kind == "statement_of_reasons")).one().details["statement"]
        assert statement["why"]["clause"] == "3.1"
        assert statement["decided_by"] == "human reviewer"
        assert statement["automated_detection"] is True
        assert statement["rule"]["id"] == "known-material-upload"
        assert statement["appeal"]["until"]
        assert casework.get_case(session, case_id).state == "decided"


def test_reveals_are_logged_one_item_at_a_time_and_counted(
        database: Any, known_bank: Any) -> None:
    case_id = _held_case(database, known_bank)
    with database.unit_of_work() as session, pytest.raises(InvalidInput):
        casework.reveal(session, case_id, "media:m-r-1", FIRST, "")
    with database.unit_of_work() as session:
        casework.reveal(session, case_id, "media:m-r-1", FIRST, "confirm the bank match")
    with database.unit_of_work() as session:
        assert casework.current_reveal(session, case_id, FIRST.id) == "media:m-r-1"
        assert casework.current_reveal(session, case_id, SECOND.id) is None
        entry = audit.recent(session, 5, action="moderation.media.reveal")[0]
        assert entry.actor == "user:first" and entry.details["reason"] == \
            "confirm the bank match"
        assert casework.exposure(session, FIRST.id)["reveals_last_hour"] == 1
        casework.reblur(session, case_id, FIRST)
    with database.unit_of_work() as session:
        assert casework.current_reveal(session, case_id, FIRST.id) is None
        assert casework.exposure(session, FIRST.id)["reveals_last_hour"] == 1
        assert len(session.scalars(select(Reveal).where(Reveal.content_ref != "")).all()) == 1


def test_an_appeal_goes_to_another_reviewer_and_a_reversal_restores(
        database: Any, known_bank: Any) -> None:
    case_id = _held_case(database, known_bank)
    with database.unit_of_work() as session:
        casework.decide(session, case_id, FIRST, outcome="remove_and_suspend", clause="3.1")
    with database.unit_of_work() as session:
        statement_id = session.scalars(select(ActionRow).where(
            ActionRow.kind == "statement_of_reasons")).one().details["statement_id"]
        appeal = casework.file_appeal(session, statement_id, text="This is my own drawing.",
                                      actor="api_key:esp")
        again = casework.file_appeal(session, statement_id, text="again", actor="api_key:esp")
        assert again.id == appeal.id
        appeal_id = appeal.id
    with database.unit_of_work() as session, pytest.raises(Forbidden, match="different"):
        casework.decide_appeal(session, appeal_id, FIRST, outcome="reverse")
    with database.unit_of_work() as session:
        casework.decide_appeal(session, appeal_id, SECOND, outcome="reverse",
                               note="The image is a generated gradient.")
    with database.unit_of_work() as session:
        content = session.get(ContentState, "media:m-r-1")
        assert content.state == "restored"
        assert [h["state"] for h in content.history] == ["held", "removed", "restored"]
        kinds = _kinds(session)
        assert kinds[-3:] == ["restore_content", "lift_restriction", "lift_restriction"] or \
            kinds[-4:-1] == ["restore_content", "lift_restriction", "lift_restriction"]
        assert kinds[-1] == "statement_of_reasons"
        assert casework.get_appeal(session, appeal_id).state == "reversed"
        assert audit.recent(session, 1, action="moderation.appeal.reverse")


def test_many_reveals_prompt_a_break(database: Any, known_bank: Any) -> None:
    case_id = _held_case(database, known_bank)
    with database.unit_of_work() as session:
        for i in range(casework.BREAK_AFTER_REVEALS_PER_HOUR):
            casework.reveal(session, case_id, "media:m-r-1", FIRST, f"second look {i}")
    with database.unit_of_work() as session:
        exposure = casework.exposure(session, FIRST.id)
        assert exposure["break_due"] is True
        assert casework.exposure(session, SECOND.id)["break_due"] is False


def test_report_to_ncmec_builds_a_truthful_snapshot(database: Any, known_bank: Any) -> None:
    from childguard.moderation import report

    case_id = _held_case(database, known_bank)
    with database.unit_of_work() as session:
        casework.reveal(session, case_id, "media:m-r-1", FIRST, "confirm the bank match")
        decision = casework.decide(session, case_id, FIRST, outcome="remove_and_suspend",
                                   clause="3.1", report_to_ncmec=True)
        target = report.open_draft(session, case_id, decision.id, actor=FIRST.actor)
        assert target == f"/console/cases/{case_id}/report"
    with database.unit_of_work() as session:
        snapshot = report.build_snapshot(session, case_id)
        assert snapshot.reported.esp_id == "acct-r"
        upload = snapshot.reported.ip_events[0]
        assert (upload.ip, upload.port, str(upload.event)) == ("198.51.100.7", 50123, "upload")
        assert upload.at is not None and upload.at.utcoffset() is not None
        (file,) = snapshot.files
        assert file.viewed_by == "first" and file.viewed_at is not None
        assert file.hashes["MD5"] and file.bank_classification == "A1"
        assert str(snapshot.incident_type_hint) == "csam"
        page = report.snapshot_dict(session, case_id)
        assert page["report"] is not None and page["report"]["status"] == "draft"
        assert page["snapshot"]["files"][0]["viewed_by"] == "first"
