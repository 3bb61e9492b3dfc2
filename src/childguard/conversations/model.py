"""Streaming grooming / sextortion risk per conversation.

A :class:`ConversationState` is updated once per message in roughly constant time: the message is
normalised, its indicators detected, its wording scored by a hashed n-gram logistic regression,
and the sender's running summary updated. The sender's feature vector then goes through a second
logistic regression whose output is calibrated (Platt scaling on family-held-out predictions) to
a probability. The conversation's risk is the highest risk among its senders, so the assessment
also names the suspected sender.

The state is plain data (:meth:`ConversationState.to_dict`) so a caller can persist it between
messages, and it keeps only the few message snippets that triggered indicators.

The weights ship inside the package (``weights.joblib``, written by
``python -m childguard.conversations.train``); nothing is downloaded at run time.
"""

from __future__ import annotations

import math
import operator
import threading
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import joblib
import numpy as np

from childguard.conversations.ages import might_state_age, self_stated_age
from childguard.conversations.features import (
    FEATURE_NAMES,
    N_FEATURES,
    SEVERITY,
    TEXT_DIM,
    SenderContext,
    SenderState,
    sender_features,
    text_feature_ids,
)
from childguard.conversations.indicators import (
    DESCRIPTIONS,
    INDICATORS,
    STAGE_OF,
    detect_all,
    normalize,
)

WEIGHTS_PATH: Final[Path] = Path(__file__).with_name("weights.joblib")
ALERT_LEVELS: Final[tuple[str, ...]] = ("none", "watch", "alert", "urgent")
_LEVEL_RANK: Final[dict[str, int]] = {name: i for i, name in enumerate(ALERT_LEVELS)}
AGE_BANDS: Final[dict[str, int]] = {
    "under_13": 11, "13_15": 14, "16_17": 16, "minor": 15, "adult": 25, "18_plus": 25,
}
_SNIPPET: Final[int] = 280
_HITS_PER_INDICATOR: Final[int] = 2


@dataclass
class Participant:
    """What the platform knows about one participant; every field is optional."""

    age: int | None = None
    age_band: str | None = None  # one of AGE_BANDS, used when the exact age is unknown
    account_age_days: int | None = None
    minor_contacts_7d: int | None = None  # fan-out: distinct minors this account messaged

    @property
    def effective_age(self) -> int | None:
        if self.age is not None:
            return self.age
        if self.age_band is not None:
            return AGE_BANDS.get(self.age_band)
        return None


@dataclass(frozen=True)
class Message:
    sender: str
    text: str
    ts: datetime | None = None


@dataclass(frozen=True)
class Evidence:
    """One indicator and the message that showed it."""

    indicator: str
    description: str
    stage: str
    message_index: int
    sender: str
    text: str


@dataclass(frozen=True)
class Assessment:
    conversation_id: str
    messages_seen: int
    risk_score: float
    alert_level: str
    max_alert_level: str
    first_alert_index: int | None
    stage: str | None
    stages_seen: dict[str, int]
    suspected_sender: str | None
    incident_type: str | None
    top_indicators: list[Evidence]
    indicators: list[str]  # every indicator the lead sender has shown, by weight
    # ages participants stated in the chat (unverified; reviewers weigh them, the model does
    # not): participant -> {"age", "message_index", "text"}
    stated_ages: dict[str, dict[str, Any]] = field(default_factory=dict)
    # the indicators the latest message itself showed (not the conversation's so far)
    message_indicators: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def model_dump(self) -> dict[str, Any]:
        """JSON-ready dict; ``score`` repeats ``risk_score`` for generic signal collectors."""
        data = self.to_dict()
        data["score"] = self.risk_score
        return data


# --------------------------------------------------------------------------------------------
# Weights
# --------------------------------------------------------------------------------------------


@dataclass
class RiskModel:
    text_weights: list[float]
    text_bias: float
    coef: list[float]
    intercept: float
    platt_a: float
    platt_b: float
    thresholds: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)

    def text_logit(self, normalized: str) -> float:
        return self.text_bias + sum(map(self.text_weights.__getitem__,
                                        text_feature_ids(normalized)))

    def probability(self, features: list[float]) -> float:
        if len(features) != len(self.coef):
            raise ValueError("feature vector does not match the model")
        z = self.intercept + sum(map(operator.mul, self.coef, features))
        s = self.platt_a * z + self.platt_b
        if s < -35.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-s))

    def level(self, probability: float, counts: dict[str, int], adult_to_minor: bool) -> str:
        t = self.thresholds
        if probability >= t["alert"]:
            severe = (
                "sextortion_threat" in counts
                or "travel_work" in counts
                or (adult_to_minor and "meeting" in counts)
            )
            # Urgent means imminent harm (a threat, a trip, a meeting with a child), which a
            # high score alone does not show.
            return "urgent" if severe else "alert"
        if probability >= t["watch"]:
            return "watch"
        return "none"

    def with_alert_threshold(self, alert: float | None) -> RiskModel:
        """A copy that alerts at ``alert`` (the shipped thresholds when ``None``); ``watch``
        never sits above ``alert``."""
        if alert is None:
            return self
        if not 0.0 < alert < 1.0:
            raise ValueError("the alert threshold must be between 0 and 1")
        thresholds = {**self.thresholds, "alert": float(alert),
                      "watch": min(self.thresholds["watch"], float(alert))}
        return replace(self, thresholds=thresholds)

    def indicator_weight(self, name: str) -> float:
        """How much a first sighting of indicator ``name`` adds to a sender's score through
        its own features (presence and log count), for ranking the reasons shown."""
        return (self.coef[FEATURE_NAMES.index(f"has_{name}")]
                + self.coef[FEATURE_NAMES.index(f"count_{name}")] * math.log(2.0))

    def save(self, path: Path = WEIGHTS_PATH) -> None:
        dense = np.asarray(self.text_weights, dtype=np.float32)
        idx = np.flatnonzero(dense).astype(np.int32)
        payload = {
            "format": 1,
            "text_dim": TEXT_DIM,
            "text_idx": idx,
            "text_w": dense[idx].astype(np.float16),
            "text_bias": float(self.text_bias),
            "feature_names": list(FEATURE_NAMES),
            "coef": [float(c) for c in self.coef],
            "intercept": float(self.intercept),
            "platt_a": float(self.platt_a),
            "platt_b": float(self.platt_b),
            "thresholds": dict(self.thresholds),
            "meta": self.meta,
        }
        joblib.dump(payload, path, compress=3)

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> RiskModel:
        payload = joblib.load(path)
        if payload.get("format") != 1 or payload["text_dim"] != TEXT_DIM:
            raise ValueError(f"{path}: unsupported conversation model format")
        if tuple(payload["feature_names"]) != FEATURE_NAMES:
            raise ValueError(f"{path}: model was trained on different features; retrain it")
        dense = np.zeros(TEXT_DIM, dtype=np.float64)
        dense[payload["text_idx"]] = payload["text_w"].astype(np.float64)
        return cls(
            text_weights=dense.tolist(),
            text_bias=float(payload["text_bias"]),
            coef=[float(c) for c in payload["coef"]],
            intercept=float(payload["intercept"]),
            platt_a=float(payload["platt_a"]),
            platt_b=float(payload["platt_b"]),
            thresholds={str(k): float(v) for k, v in payload["thresholds"].items()},
            meta=dict(payload["meta"]),
        )


_default_model: RiskModel | None = None
_default_lock = threading.Lock()


def default_model() -> RiskModel:
    """The model shipped with the package, loaded once."""
    global _default_model
    if _default_model is None:
        with _default_lock:
            if _default_model is None:
                if not WEIGHTS_PATH.exists():
                    raise RuntimeError(
                        "conversation model weights are missing; run "
                        "`python -m childguard.conversations.train`"
                    )
                _default_model = RiskModel.load()
    return _default_model


# --------------------------------------------------------------------------------------------
# Streaming state
# --------------------------------------------------------------------------------------------


def _hour(ts: datetime | str | None) -> int | None:
    if ts is None:
        return None
    if isinstance(ts, str):
        try:
            ts = datetime.fromisoformat(ts)
        except ValueError:
            return None
    return ts.hour


@dataclass
class ConversationState:
    """Everything the model remembers about one conversation; serialisable with to_dict()."""

    conversation_id: str
    participants: dict[str, Participant] = field(default_factory=dict)
    messages: int = 0
    initiator: str | None = None
    senders: dict[str, SenderState] = field(default_factory=dict)
    # sender -> indicator -> [(message_index, snippet)], first few occurrences only
    hits: dict[str, dict[str, list[tuple[int, str]]]] = field(default_factory=dict)
    sender_risk: dict[str, float] = field(default_factory=dict)
    stages_seen: dict[str, int] = field(default_factory=dict)
    current_stage: str | None = None
    max_level: str = "none"
    first_alert_index: int | None = None
    protective: dict[str, int] = field(default_factory=dict)
    # participant -> {"age", "message_index", "text"}: the first age they stated in the chat
    # (context for reviewers and reports; the model uses assured ages only, see ages.py)
    stated_ages: dict[str, dict[str, Any]] = field(default_factory=dict)
    last_age_question_by: str | None = None
    last_message_indicators: tuple[str, ...] = ()  # what the latest message itself showed
    _contexts: dict[str, SenderContext] = field(default_factory=dict, repr=False, compare=False)

    def context_for(self, sender: str) -> SenderContext:
        cached = self._contexts.get(sender)
        if cached is None:
            cached = self._contexts[sender] = self._build_context(sender)
        return cached

    def forget_contexts(self) -> None:
        """Call after changing ``participants`` so ages and roles are recomputed."""
        self._contexts.clear()

    def _build_context(self, sender: str) -> SenderContext:
        me = self.participants.get(sender)
        other_ages = [
            age
            for pid, p in self.participants.items()
            if pid != sender and (age := p.effective_age) is not None
        ]
        return SenderContext(
            age=me.effective_age if me else None,
            other_min_age=min(other_ages) if other_ages else None,
            initiated=self.initiator == sender,
            account_age_days=me.account_age_days if me else None,
            minor_contacts_7d=me.minor_contacts_7d if me else None,
        )

    def observe(self, sender: str, text: str, indicators: tuple[str, ...], text_logit: float,
                hour: int | None, protective: tuple[str, ...] = ()) -> list[float]:
        """Fold one message in and return the sender's new feature vector."""
        for name in protective:
            self.protective[name] = self.protective.get(name, 0) + 1
        index = self.messages
        self.messages += 1
        if self.initiator is None:
            self.initiator = sender
        if sender not in self.participants:
            self.participants[sender] = Participant()
            self._contexts.clear()
        elif self.messages == 1:
            self._contexts.clear()  # the initiator is known now
        state = self.senders.get(sender)
        if state is None:
            state = self.senders[sender] = SenderState()
        state.update(indicators, text_logit, hour, protective)
        if indicators:
            per_sender = self.hits.setdefault(sender, {})
            for name in indicators:
                seen = per_sender.setdefault(name, [])
                if len(seen) < _HITS_PER_INDICATOR:
                    seen.append((index, text[:_SNIPPET]))
                stage = STAGE_OF[name]
                self.stages_seen.setdefault(stage, index)
            self.current_stage = STAGE_OF[indicators[-1]]
        return self.features_for(sender)

    def features_for(self, sender: str) -> list[float]:
        """The sender's current feature vector."""
        others = max((len(s.indicator_counts) for pid, s in self.senders.items()
                      if pid != sender), default=0)
        return sender_features(self.senders[sender], self.context_for(sender), self.protective,
                               others)

    def others_of(self, sender: str) -> list[str]:
        return [pid for pid in self.senders if pid != sender]

    def to_dict(self) -> dict[str, Any]:
        return {
            "conversation_id": self.conversation_id,
            "participants": {pid: asdict(p) for pid, p in self.participants.items()},
            "messages": self.messages,
            "initiator": self.initiator,
            "senders": {pid: s.to_dict() for pid, s in self.senders.items()},
            "hits": {
                pid: {name: [[i, t] for i, t in items] for name, items in per.items()}
                for pid, per in self.hits.items()
            },
            "sender_risk": dict(self.sender_risk),
            "stages_seen": dict(self.stages_seen),
            "current_stage": self.current_stage,
            "max_level": self.max_level,
            "first_alert_index": self.first_alert_index,
            "protective": dict(self.protective),
            "stated_ages": {pid: dict(v) for pid, v in self.stated_ages.items()},
            "last_age_question_by": self.last_age_question_by,
            "last_message_indicators": list(self.last_message_indicators),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConversationState:
        return cls(
            conversation_id=str(data["conversation_id"]),
            participants={pid: Participant(**p) for pid, p in data["participants"].items()},
            messages=int(data["messages"]),
            initiator=data["initiator"],
            senders={pid: SenderState.from_dict(s) for pid, s in data["senders"].items()},
            hits={
                pid: {name: [(int(i), str(t)) for i, t in items] for name, items in per.items()}
                for pid, per in data["hits"].items()
            },
            sender_risk={str(k): float(v) for k, v in data["sender_risk"].items()},
            stages_seen={str(k): int(v) for k, v in data["stages_seen"].items()},
            current_stage=data["current_stage"],
            max_level=str(data["max_level"]),
            first_alert_index=data["first_alert_index"],
            protective={str(k): int(v) for k, v in data.get("protective", {}).items()},
            stated_ages={str(k): dict(v) for k, v in data.get("stated_ages", {}).items()},
            last_age_question_by=data.get("last_age_question_by"),
            last_message_indicators=tuple(data.get("last_message_indicators", ())),
        )


class ConversationAssessor:
    """Applies a :class:`RiskModel` to conversation states, one message at a time."""

    def __init__(self, model: RiskModel | None = None) -> None:
        self.model = model if model is not None else default_model()

    def update(self, state: ConversationState, message: Message) -> None:
        """Fold one message into ``state`` (cheap; no assessment object is built)."""
        normalized = normalize(message.text)
        indicators, protective = detect_all(normalized)
        text_logit = self.model.text_logit(normalized)
        features = state.observe(message.sender, message.text, indicators, text_logit,
                                 _hour(message.ts), protective)
        state.sender_risk[message.sender] = self.model.probability(features)
        self._note_stated_age(state, message, normalized, indicators)
        state.last_message_indicators = tuple(indicators)
        if indicators:  # the others' one-sidedness features changed too
            for pid in state.others_of(message.sender):
                state.sender_risk[pid] = self.model.probability(state.features_for(pid))
        level = self._level(state)
        if _LEVEL_RANK[level] > _LEVEL_RANK[state.max_level]:
            state.max_level = level
        if state.first_alert_index is None and _LEVEL_RANK[level] >= _LEVEL_RANK["alert"]:
            state.first_alert_index = state.messages - 1

    @staticmethod
    def _note_stated_age(state: ConversationState, message: Message, normalized: str,
                         indicators: tuple[str, ...]) -> None:
        """Remember the first age each participant states ("13, why" after an age question
        counts), for reviewers; cheap when the message cannot state one."""
        sender = message.sender
        if sender not in state.stated_ages and might_state_age(normalized):
            after_question = state.last_age_question_by not in (None, sender)
            age = self_stated_age(normalized, after_probe=after_question)
            if age is not None:
                state.stated_ages[sender] = {"age": age, "message_index": state.messages - 1,
                                             "text": message.text[:200]}
        if "age_probing" in indicators:
            state.last_age_question_by = sender
        elif state.last_age_question_by is not None and state.last_age_question_by != sender:
            state.last_age_question_by = None  # answered (or ignored) by someone else

    def set_participants(self, state: ConversationState,
                         participants: dict[str, Participant]) -> None:
        """Merge new participant facts and rescore every sender seen so far."""
        for pid, p in participants.items():
            state.participants[pid] = p
        state.forget_contexts()
        for pid in state.senders:
            state.sender_risk[pid] = self.model.probability(state.features_for(pid))

    def _lead(self, state: ConversationState) -> tuple[str | None, float]:
        if not state.sender_risk:
            return None, 0.0
        sender = max(state.sender_risk, key=lambda pid: state.sender_risk[pid])
        return sender, state.sender_risk[sender]

    def _level(self, state: ConversationState) -> str:
        sender, risk = self._lead(state)
        if sender is None:
            return "none"
        ctx = state.context_for(sender)
        adult_to_minor = (
            ctx.age is not None and ctx.age >= 18
            and ctx.other_min_age is not None and ctx.other_min_age < 18
        )
        return self.model.level(risk, state.senders[sender].indicator_counts, adult_to_minor)

    def assessment(self, state: ConversationState, top: int = 6) -> Assessment:
        sender, risk = self._lead(state)
        level = self._level(state)
        evidence: list[Evidence] = []
        incident: str | None = None
        ranked: list[str] = []
        if sender is not None:
            per = state.hits.get(sender, {})
            # Learned weight first; the expert severity breaks ties (several weights are 0).
            ranked = sorted(per, key=lambda name: (-self.model.indicator_weight(name),
                                                   -SEVERITY[name]))
            for name in ranked[:top]:
                index, text = per[name][0]
                evidence.append(Evidence(name, DESCRIPTIONS[name], STAGE_OF[name], index,
                                         sender, text))
            if _LEVEL_RANK[state.max_level] >= _LEVEL_RANK["watch"]:
                incident = suggest_incident_type(state.senders[sender].indicator_counts)
        return Assessment(
            conversation_id=state.conversation_id,
            messages_seen=state.messages,
            risk_score=round(risk, 4),
            alert_level=level,
            max_alert_level=state.max_level,
            first_alert_index=state.first_alert_index,
            stage=state.current_stage,
            stages_seen=dict(state.stages_seen),
            suspected_sender=sender if _LEVEL_RANK[level] > 0 else None,
            incident_type=incident,
            top_indicators=evidence,
            indicators=ranked if sender is not None else [],
            stated_ages={pid: dict(v) for pid, v in state.stated_ages.items()},
            message_indicators=list(state.last_message_indicators),
        )

    def assess(self, conversation_id: str, participants: dict[str, Participant],
               messages: list[Message]) -> Assessment:
        """Stream a whole conversation through a fresh state."""
        state = ConversationState(conversation_id, participants=dict(participants))
        for message in messages:
            self.update(state, message)
        return self.assessment(state)


def suggest_incident_type(counts: dict[str, int]) -> str:
    """CyberTipline incident type the evidence points to."""
    if "sextortion_threat" in counts:
        return "sextortion"
    if "travel_work" in counts and ("money_currency" in counts or "meeting" in counts):
        return "trafficking"
    return "enticement"


__all__ = [
    "ALERT_LEVELS",
    "INDICATORS",
    "N_FEATURES",
    "Assessment",
    "ConversationAssessor",
    "ConversationState",
    "Evidence",
    "Message",
    "Participant",
    "RiskModel",
    "default_model",
    "suggest_incident_type",
]
