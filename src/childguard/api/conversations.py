"""``POST /v1/conversations/assess``: grooming / sextortion risk of a conversation, with reasons.

Thin over :mod:`childguard.conversations.services`. A batch continues the conversation's
in-memory state (so messages may arrive one at a time or many at once); ``reset`` starts over.
Other contexts call the service directly::

    from childguard.conversations.services import assess_message
    assess_message(conversation_id: str, message: Message | Mapping[str, Any],
                   participants: Mapping[str, Participant | Mapping] | Sequence[str] | None,
                   *, state: ConversationState | Mapping | None = None) -> Assessment

(``conversation_state(conversation_id)`` returns the state as JSON for a caller that persists
it and passes it back as ``state``.)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from childguard.api.deps import requires
from childguard.conversations import services
from childguard.conversations.indicators import detect_text
from childguard.conversations.model import Message, Participant
from childguard.platform import auth

router = APIRouter(prefix="/v1/conversations", tags=["conversations"])

AgeBand = Literal["under_13", "13_15", "16_17", "adult"]


class ParticipantIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    age: int | None = Field(default=None, ge=0, le=130, description="assured age in years")
    age_band: AgeBand | None = Field(default=None, description="age band when the age is not "
                                     "known exactly")
    account_age_days: int | None = Field(default=None, ge=0)
    minor_contacts_7d: int | None = Field(default=None, ge=0, description="distinct minors this "
                                          "account messaged in the last 7 days (fan-out)")


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sender: str = Field(min_length=1, max_length=200)
    text: str = Field(max_length=20_000)
    ts: datetime | None = Field(default=None, description="ISO-8601 send time")


class AssessIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conversation_id: str = Field(min_length=1, max_length=200)
    participants: dict[str, ParticipantIn] = Field(default_factory=dict)
    messages: list[MessageIn] = Field(min_length=1, max_length=2000)
    reset: bool = Field(default=False, description="forget earlier messages of this "
                        "conversation before assessing this batch")


@router.post("/assess")
def assess(body: AssessIn,
           principal: auth.Principal = Depends(requires("events:write"))) -> dict[str, Any]:
    """Assess a conversation: calibrated ``risk_score``, ``alert_level`` (none, watch, alert,
    urgent), grooming ``stage``, ``top_indicators`` with the messages that showed them,
    ``suspected_sender`` and the suggested ``incident_type`` (enticement, sextortion,
    trafficking). ``marked_messages`` lists this batch's messages that show indicators, by their
    index in the whole conversation; ``stated_ages`` the first age each participant stated in
    the chat, with the message (unverified context for reviewers; the score does not use it)."""
    if body.reset:
        services.forget_conversation(body.conversation_id)
    participants = {pid: Participant(**p.model_dump()) for pid, p in body.participants.items()}
    messages = [Message(m.sender, m.text, m.ts) for m in body.messages]
    result = services.assess_messages(body.conversation_id, messages, participants)
    first = result.messages_seen - len(messages)
    marked = []
    for offset, message in enumerate(messages):
        found = detect_text(message.text)
        if found:
            marked.append({"index": first + offset, "sender": message.sender,
                           "indicators": list(found)})
    data = result.to_dict()
    data["marked_messages"] = marked
    return data
