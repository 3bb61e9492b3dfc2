"""The demo seed gives the queue benign cases and is idempotent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from childguard.moderation import casework
from childguard.moderation.demo import seed_demo
from childguard.moderation.storage import ActionRow, Case, EventRow


def _counts(session: Any) -> tuple[int, int, int]:
    return tuple(int(session.scalar(select(func.count()).select_from(t)) or 0)
                 for t in (EventRow, Case, ActionRow))  # type: ignore[return-value]


def test_seed_demo_creates_cases_once(database: Any) -> None:
    with database.unit_of_work() as session:
        summary = seed_demo(session)
    assert "demo events" in summary
    with database.unit_of_work() as session:
        first = _counts(session)
        cases = {c.account_id: c for c in casework.queue(session)}
        assert cases["demo-uploader-1"].priority_reason == "known_material"
        assert "demo-adult-1" in cases  # the report (and the conversation) on the adult
        adult = cases["demo-adult-1"]
        assert adult.imminent and adult.priority_reason == "imminent_risk"
        view = casework.case_view(session, adult.id)
        assert view["conversations"], "the conversation shows in the adult's case"
        assert any(m["risky"] for m in view["conversations"][0]["messages"])
        # both sides of the conversation, though only the adult's events are in the case
        assert {m["sender"] for m in view["conversations"][0]["messages"]} >= {
            "demo-adult-1", "demo-child-14"}
        # messages are marked for what they show themselves: the adult's small talk after
        # the alert ("brb", "hmm") is not
        from childguard.conversations.indicators import detect_text

        messages = view["conversations"][0]["messages"]
        start = next(i for i, m in enumerate(messages) if m["risky"])
        small_talk = [m for m in messages[start + 1:]
                      if m["sender"] == "demo-adult-1" and not detect_text(m["text"])]
        assert small_talk and not any(m["risky"] for m in small_talk)
        assert all(m["indicators"] == sorted(detect_text(m["text"])) for m in messages)
        # the age the child gave in the chat is shown to the reviewer, with the message
        assert "demo-child-14" in view["conversations"][0]["stated_ages"]
        notices = session.scalars(select(ActionRow).where(
            ActionRow.kind == "notify_parent")).all()
        assert {(n.details["child_account_id"], n.details["parent_account_id"])
                for n in notices} == {("demo-child-14", "demo-parent-1")}
        kinds = {a.kind for a in session.scalars(select(ActionRow))}
        assert {"hold", "escalate_imminent_risk", "restrict_account"} <= kinds
    with database.unit_of_work() as session:
        assert seed_demo(session) == "demo events already present"
    with database.unit_of_work() as session:
        assert _counts(session) == first
