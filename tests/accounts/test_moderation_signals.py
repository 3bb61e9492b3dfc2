"""What moderation's rules learn from the accounts context about an event."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from childguard.accounts.moderation_plugin import AccountSafety
from childguard.moderation.events import parse_event
from childguard.moderation.signals import PROVIDERS, Pending, catalog
from childguard.platform.db import Database

if TYPE_CHECKING:
    from tests.accounts.conftest import Esp


def _message(sender: str, recipients: list[str], attachments: list[str] | None = None) -> Any:
    event, problems = parse_event({
        "id": f"evt-{sender}-{len(recipients)}", "type": "message.sent", "account_id": sender,
        "ip": "192.0.2.10", "port": 4000, "occurred_at": datetime.now(UTC).isoformat(),
        "data": {"conversation_id": "c1", "message_id": "m1", "recipient_ids": recipients,
                 "text": "hello", "attachments": attachments or []}})
    assert event is not None, problems
    return event


def test_rules_see_assured_ages_and_the_policy_answer(esp: Esp, database: Database) -> None:
    assert "accounts.policy_allowed" in catalog()
    assert sum(isinstance(p, AccountSafety) for p in PROVIDERS) == 1
    esp.minor("kid")
    esp.minor("pal")
    esp.adult("stranger")
    esp.adult("mum")
    esp.link_parent("mum", "kid")
    esp.connect("kid", "pal")
    stranger = Pending(_message("stranger", ["kid", "pal"]))
    friend = Pending(_message("pal", ["kid"], attachments=["photo-1"]))
    with database.unit_of_work() as session:
        AccountSafety().collect(session, [stranger, friend])
    assert stranger.signals["accounts.sender_category"] == "adult"
    assert stranger.signals["accounts.policy_allowed"] is False
    assert stranger.signals["accounts.policy_codes"] == ["adult_to_unconnected_minor"]
    assert stranger.signals["accounts.minor_recipients"] == 2
    assert stranger.details["accounts_policy"]["action"] == "message"
    assert friend.signals["accounts.sender_category"] == "minor"
    assert friend.signals["accounts.policy_allowed"] is True
    # Moderation's look does not count towards the parents' summary.
    summary = esp.call("GET", "/v1/parents/mum/children/kid/summary")
    assert summary["totals"]["protections_applied"] == 0


def test_services_without_a_registry_get_no_accounts_signals(database: Database) -> None:
    item = Pending(_message("someone", ["someone-else"]))
    with database.unit_of_work() as session:
        AccountSafety().collect(session, [item])
    assert not any(name.startswith("accounts.") for name in item.signals)
