"""Conversation risk as a service for other contexts (moderation) and the HTTP API.

The one call moderation needs, per message as it arrives::

    assess_message(conversation_id: str,
                   message: Message | Mapping[str, Any],
                   participants: Mapping[str, Participant | Mapping[str, Any]]
                                 | Sequence[str] | None = None,
                   *, state: ConversationState | Mapping[str, Any] | None = None,
                   ) -> Assessment

* ``message``: a :class:`~childguard.conversations.model.Message` or a mapping with ``text``,
  ``sender`` (or ``sender_id``) and optionally ``ts`` (or ``sent_at``), ISO-8601.
* ``participants``: account ids, or ids mapped to what is known about them (``age``,
  ``age_band`` one of under_13 / 13_15 / 16_17 / adult, ``account_age_days``,
  ``minor_contacts_7d``). Facts given later are merged in and earlier messages rescored.
* ``state``: optional persisted state (from :func:`conversation_state`); without it the
  conversation's state lives in an in-memory LRU of recent conversations, so a caller that
  needs durability across restarts or processes stores ``conversation_state(id)`` (plain JSON)
  and passes it back.

The returned :class:`~childguard.conversations.model.Assessment` has ``risk_score`` (0-1,
calibrated), ``alert_level`` (none / watch / alert / urgent, and the highest so far in
``max_alert_level``), ``stage``, ``top_indicators`` (each with the index, sender and text of the
message that showed it), ``suspected_sender`` and ``incident_type`` (enticement / sextortion /
trafficking). ``Assessment.model_dump()`` gives a JSON-ready dict that also carries ``score`` and
``indicators`` (names) for signal collectors.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from childguard.conversations.model import (
    Assessment,
    ConversationAssessor,
    ConversationState,
    Message,
    Participant,
    default_model,
)
from childguard.platform.config import get_settings
from childguard.platform.errors import InvalidInput

DEFAULT_CAPACITY = 50_000


class ConversationStore:
    """Thread-safe LRU of conversation states kept in memory."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self._states: OrderedDict[str, ConversationState] = OrderedDict()
        self.lock = threading.RLock()

    def get(self, conversation_id: str) -> ConversationState | None:
        with self.lock:
            state = self._states.get(conversation_id)
            if state is not None:
                self._states.move_to_end(conversation_id)
            return state

    def put(self, state: ConversationState) -> None:
        with self.lock:
            self._states[state.conversation_id] = state
            self._states.move_to_end(state.conversation_id)
            while len(self._states) > self.capacity:
                self._states.popitem(last=False)

    def drop(self, conversation_id: str) -> None:
        with self.lock:
            self._states.pop(conversation_id, None)

    def __len__(self) -> int:
        return len(self._states)


store = ConversationStore()
_assessors: dict[float | None, ConversationAssessor] = {}


def assessor(threshold: float | None = None) -> ConversationAssessor:
    """The shipped model, alerting at ``threshold`` if given, else at the deployment's
    ``conversation_alert_threshold`` if set, else at its own threshold."""
    if threshold is None:
        threshold = get_settings().conversation_alert_threshold
    found = _assessors.get(threshold)
    if found is None:
        found = _assessors[threshold] = ConversationAssessor(
            default_model().with_alert_threshold(threshold))
    return found


def _participant(value: Participant | Mapping[str, Any] | None) -> Participant:
    if value is None:
        return Participant()
    if isinstance(value, Participant):
        return value
    if not isinstance(value, Mapping):
        raise InvalidInput("a participant must be an object with optional age, age_band, "
                           "account_age_days, minor_contacts_7d")
    known = {"age", "age_band", "account_age_days", "minor_contacts_7d"}
    return Participant(**{k: value.get(k) for k in known})


def _participants(value: Mapping[str, Any] | Sequence[str] | None) -> dict[str, Participant]:
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return {str(pid): _participant(info) for pid, info in value.items()}
    if isinstance(value, str):
        raise InvalidInput("participants must be a list of ids or an object of id -> facts")
    return {str(pid): Participant() for pid in value}


def _message(value: Message | Mapping[str, Any]) -> Message:
    if isinstance(value, Message):
        return value
    sender = value.get("sender", value.get("sender_id"))
    text = value.get("text")
    if sender is None or not isinstance(text, str):
        raise InvalidInput("a message needs a sender (sender or sender_id) and a text")
    ts = value.get("ts", value.get("sent_at"))
    if isinstance(ts, str):
        try:
            ts = datetime.fromisoformat(ts.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput(f"message timestamp is not ISO-8601: {ts!r}")
    if ts is not None and not isinstance(ts, datetime):
        raise InvalidInput("message timestamp must be an ISO-8601 string")
    return Message(str(sender), text, ts)


def _merge(state: ConversationState, facts: dict[str, Participant]) -> bool:
    """Merge new participant facts; True when something the model uses changed."""
    changed = False
    for pid, new in facts.items():
        old = state.participants.get(pid)
        if old is None:
            state.participants[pid] = new
            changed = True
            continue
        for name in ("age", "age_band", "account_age_days", "minor_contacts_7d"):
            value = getattr(new, name)
            if value is not None and value != getattr(old, name):
                setattr(old, name, value)
                changed = True
    return changed


def _state_for(conversation_id: str,
               state: ConversationState | Mapping[str, Any] | None) -> ConversationState:
    if state is not None:
        restored = (state if isinstance(state, ConversationState)
                    else ConversationState.from_dict(dict(state)))
        if restored.conversation_id != conversation_id:
            raise InvalidInput("the state passed belongs to another conversation")
        store.put(restored)
        return restored
    existing = store.get(conversation_id)
    if existing is None:
        existing = ConversationState(conversation_id)
        store.put(existing)
    return existing


def assess_messages(conversation_id: str, messages: Sequence[Message | Mapping[str, Any]],
                    participants: Mapping[str, Any] | Sequence[str] | None = None, *,
                    state: ConversationState | Mapping[str, Any] | None = None) -> Assessment:
    """Fold a batch of messages into the conversation's state and assess it."""
    if not conversation_id:
        raise InvalidInput("conversation_id is required")
    parsed = [_message(m) for m in messages]  # validate everything before changing state
    facts = _participants(participants)
    engine = assessor()
    with store.lock:
        current = _state_for(conversation_id, state)
        if _merge(current, facts):
            current.forget_contexts()
            engine.set_participants(current, {})
        for message in parsed:
            engine.update(current, message)
        return engine.assessment(current)


def assess_message(conversation_id: str, message: Message | Mapping[str, Any],
                   participants: Mapping[str, Any] | Sequence[str] | None = None, *,
                   state: ConversationState | Mapping[str, Any] | None = None) -> Assessment:
    """Fold one message into the conversation's state and assess it (see module docstring)."""
    return assess_messages(conversation_id, [message], participants, state=state)


def conversation_state(conversation_id: str) -> dict[str, Any] | None:
    """The conversation's state as plain JSON, for a caller that persists it."""
    state = store.get(conversation_id)
    return state.to_dict() if state is not None else None


def forget_conversation(conversation_id: str) -> None:
    store.drop(conversation_id)


__all__ = [
    "Assessment",
    "ConversationStore",
    "assess_message",
    "assess_messages",
    "conversation_state",
    "forget_conversation",
    "store",
]
