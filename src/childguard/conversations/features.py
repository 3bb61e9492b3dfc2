"""Feature extraction shared by training and streaming scoring.

Two levels:

* **message text features**: hashed word unigrams, word bigrams and in-word character 4-grams
  of the normalised message. Hashing keeps the shipped model small and needs no vocabulary;
  CRC32 is used because Python's ``hash`` is salted per process.
* **sender features**: a fixed-length vector describing one sender's behaviour so far in a
  conversation (indicators, text scores, stages) and the context (ages and their gap, who
  started, account age, fan-out to minors, time of day). The conversation's risk is the highest
  risk over its senders, which also names the suspected sender.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from childguard.conversations.indicators import INDICATORS, STAGE_OF, STAGES

TEXT_DIM_BITS: Final[int] = 18
TEXT_DIM: Final[int] = 1 << TEXT_DIM_BITS
_MASK: Final[int] = TEXT_DIM - 1


# Word-level feature ids repeat across messages, so they are memoised (bounded).
_WORD_IDS: dict[str, tuple[int, ...]] = {}
_BIGRAM_IDS: dict[str, int] = {}
_CACHE_LIMIT: Final[int] = 200_000


def _hash(gram: str) -> int:
    return zlib.crc32(gram.encode()) & _MASK


def _word_ids(tok: str) -> tuple[int, ...]:
    ids = _WORD_IDS.get(tok)
    if ids is None:
        padded = " " + tok + " "
        grams = {"w" + tok, *("c" + padded[j:j + 4] for j in range(len(padded) - 3))}
        ids = tuple(_hash(g) for g in grams)
        if len(_WORD_IDS) >= _CACHE_LIMIT:
            _WORD_IDS.clear()
        _WORD_IDS[tok] = ids
    return ids


def text_feature_ids(normalized: str) -> list[int]:
    """Distinct hashed feature ids of one normalised message: word unigrams, word bigrams and
    in-word character 4-grams."""
    tokens = normalized.split()
    out: set[int] = set()
    prev = ""
    for tok in tokens:
        out.update(_word_ids(tok))
        if prev:
            key = prev + " " + tok
            bid = _BIGRAM_IDS.get(key)
            if bid is None:
                bid = _hash("b" + key)
                if len(_BIGRAM_IDS) >= _CACHE_LIMIT:
                    _BIGRAM_IDS.clear()
                _BIGRAM_IDS[key] = bid
            out.add(bid)
        prev = tok
    return sorted(out)


ADULT_AGE: Final[int] = 18


@dataclass
class SenderState:
    """What one sender has shown so far; everything needed for the sender feature vector."""

    messages: int = 0
    indicator_counts: dict[str, int] = field(default_factory=dict)
    stages: set[str] = field(default_factory=set)
    text_logit_max: float = -10.0
    text_top: list[float] = field(default_factory=list)  # the 3 highest message logits
    risky_messages: int = 0  # messages whose text score is above 0.5
    indicator_messages: int = 0  # messages with at least one indicator
    late_night: int = 0
    # Indicators shown in a message with no protective cue in it ("not a word to grandpa, it's a
    # surprise" is secrecy *with* family; "don't tell your parents" is secrecy without).
    bare_counts: dict[str, int] = field(default_factory=dict)

    def update(self, indicators: Sequence[str], text_logit: float, hour: int | None,
               protective: Sequence[str] = ()) -> None:
        self.messages += 1
        for name in indicators:
            self.indicator_counts[name] = self.indicator_counts.get(name, 0) + 1
            self.stages.add(STAGE_OF[name])
            if not protective:
                self.bare_counts[name] = self.bare_counts.get(name, 0) + 1
        if indicators:
            self.indicator_messages += 1
        self.text_logit_max = max(self.text_logit_max, text_logit)
        if len(self.text_top) < 3:
            self.text_top.append(text_logit)
            self.text_top.sort(reverse=True)
        elif text_logit > self.text_top[-1]:
            self.text_top[-1] = text_logit
            self.text_top.sort(reverse=True)
        if text_logit > 0.0:
            self.risky_messages += 1
        if hour is not None and (hour >= 22 or hour < 6):
            self.late_night += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "messages": self.messages,
            "indicator_counts": dict(self.indicator_counts),
            "stages": sorted(self.stages),
            "text_logit_max": self.text_logit_max,
            "text_top": list(self.text_top),
            "risky_messages": self.risky_messages,
            "indicator_messages": self.indicator_messages,
            "late_night": self.late_night,
            "bare_counts": dict(self.bare_counts),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SenderState:
        return cls(
            messages=int(data["messages"]),
            indicator_counts={str(k): int(v) for k, v in data["indicator_counts"].items()},
            stages=set(data["stages"]),
            text_logit_max=float(data["text_logit_max"]),
            text_top=[float(x) for x in data["text_top"]],
            risky_messages=int(data["risky_messages"]),
            indicator_messages=int(data["indicator_messages"]),
            late_night=int(data["late_night"]),
            # States saved before bare counts existed: every indicator counts as bare.
            bare_counts={str(k): int(v) for k, v in
                         data.get("bare_counts", data["indicator_counts"]).items()},
        )


@dataclass
class SenderContext:
    """Facts about a sender and the people they talk to, each optional."""

    age: int | None = None
    other_min_age: int | None = None  # youngest other participant with a known age
    initiated: bool = False
    account_age_days: int | None = None
    minor_contacts_7d: int | None = None


# Expert severity of each indicator, from the research summarised in the design notes (risk
# assessment, secrecy, isolation, image requests, meetings and threats weigh most). Learned
# per-indicator weights only know the indicators the training families used often; this fixed
# prior lets a rarely seen indicator still count.
SEVERITY: Final[dict[str, float]] = {
    "age_probing": 1.0, "flattery_trust": 1.0, "risk_check": 2.0, "secrecy": 2.0,
    "isolation": 2.0, "gifts": 1.0, "money_currency": 0.5, "platform_move": 1.5,
    "photo_camera": 2.0, "meeting": 1.5, "travel_work": 2.0, "sextortion_threat": 3.0,
    "pressure_urgency": 1.0,
}

FEATURE_NAMES: Final[tuple[str, ...]] = (
    *(f"has_{name}" for name in INDICATORS),
    *(f"count_{name}" for name in INDICATORS),
    "distinct_indicators",
    "distinct_indicators_sq",
    "distinct_stages",
    "indicator_message_share",
    "text_max",
    "text_top3",
    "text_risky_messages",
    "messages",
    "sender_adult",
    "sender_minor",
    "other_minor",
    "other_adult",
    "adult_to_minor",
    "age_gap",
    "ages_unknown",
    "adult_to_minor_x_distinct",
    "minor_or_unknown_other_x_distinct",
    "initiated",
    "new_account",
    "fan_out",
    "late_night_share",
    "parent_inclusion",
    "parent_inclusion_count",
    "group_inclusion",
    "group_inclusion_count",
    "shared_family",
    "safety_advice",
    "others_distinct_indicators",
    "indicator_asymmetry",
    "severity",
    "severity_x_minor_or_unknown_other",
    "evidence",
    "evidence_x_minor_or_unknown_other",
    "bare_distinct",
    "bare_evidence_x_minor_or_unknown_other",
)
N_FEATURES: Final[int] = len(FEATURE_NAMES)


def _squash(x: float) -> float:
    return max(-6.0, min(6.0, x)) / 6.0


def sender_features(state: SenderState, ctx: SenderContext,
                    protective: dict[str, int] | None = None,
                    others_distinct: int = 0) -> list[float]:
    """The sender feature vector, in the order of :data:`FEATURE_NAMES`.

    ``protective`` counts protective cues anywhere in the conversation (by anyone);
    ``others_distinct`` is the most distinct indicators any other participant has shown. Risk
    behaviour in grooming is one-sided (one asks, the other answers); between friends or
    family it tends to be mutual."""
    protective = protective or {}
    parents = protective.get("parent_inclusion", 0)
    group = protective.get("group_inclusion", 0)
    counts = state.indicator_counts
    has = [1.0 if counts.get(name) else 0.0 for name in INDICATORS]
    cnt = [math.log1p(counts.get(name, 0)) for name in INDICATORS]
    distinct = sum(has)
    top = state.text_top
    top3 = sum(top) / 3.0 if top else -10.0
    if len(top) < 3:
        top3 = (sum(top) - 10.0 * (3 - len(top))) / 3.0
    sender_adult = 1.0 if ctx.age is not None and ctx.age >= ADULT_AGE else 0.0
    sender_minor = 1.0 if ctx.age is not None and ctx.age < ADULT_AGE else 0.0
    other_minor = 1.0 if ctx.other_min_age is not None and ctx.other_min_age < ADULT_AGE else 0.0
    other_adult = 1.0 if ctx.other_min_age is not None and ctx.other_min_age >= ADULT_AGE else 0.0
    adult_to_minor = sender_adult * other_minor
    gap = 0.0
    if ctx.age is not None and ctx.other_min_age is not None:
        gap = max(-3.0, min(3.0, (ctx.age - ctx.other_min_age) / 10.0))
    ages_unknown = 1.0 if ctx.age is None and ctx.other_min_age is None else 0.0
    new_account = 0.0
    if ctx.account_age_days is not None:
        new_account = 1.0 if ctx.account_age_days < 30 else -1.0
    fan_out = math.log1p(ctx.minor_contacts_7d) if ctx.minor_contacts_7d is not None else 0.0
    n = max(1, state.messages)
    severity = sum(SEVERITY[name] for name in counts) / 6.0
    # Cumulative evidence: repeated indicators add up, with diminishing returns, so two
    # supervision checks weigh more than one.
    evidence = sum(SEVERITY[name] * math.log2(1 + c) for name, c in counts.items()) / 6.0
    bare = state.bare_counts
    bare_evidence = sum(SEVERITY[name] * math.log2(1 + c) for name, c in bare.items()) / 6.0
    return [
        *has,
        *cnt,
        distinct / 4.0,
        (distinct / 4.0) ** 2,
        len(state.stages) / 3.0,
        state.indicator_messages / n,
        _squash(state.text_logit_max),
        _squash(top3),
        math.log1p(state.risky_messages),
        math.log1p(state.messages) / 3.0,
        sender_adult,
        sender_minor,
        other_minor,
        other_adult,
        adult_to_minor,
        gap,
        ages_unknown,
        adult_to_minor * distinct / 4.0,
        (1.0 - other_adult) * distinct / 4.0,
        1.0 if ctx.initiated else 0.0,
        new_account,
        fan_out,
        state.late_night / n,
        1.0 if parents else 0.0,
        math.log1p(parents),
        1.0 if group else 0.0,
        math.log1p(group),
        math.log1p(protective.get("shared_family", 0)),
        math.log1p(protective.get("safety_advice", 0)),
        others_distinct / 4.0,
        (distinct - others_distinct) / 4.0,
        severity,
        severity * (1.0 - other_adult),
        evidence,
        evidence * (1.0 - other_adult),
        len(bare) / 4.0,
        bare_evidence * (1.0 - other_adult),
    ]


__all__ = [
    "FEATURE_NAMES",
    "N_FEATURES",
    "STAGES",
    "TEXT_DIM",
    "SenderContext",
    "SenderState",
    "sender_features",
    "text_feature_ids",
]
