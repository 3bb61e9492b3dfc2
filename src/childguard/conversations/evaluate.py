"""Score a detector on labelled conversations: ``childguard eval conversations FILE.jsonl``.

Input: one JSON object per line,
``{"id", "label": "grooming"|"sextortion"|"benign", "participants": {ID: {"age": N|null}},
"messages": [{"sender": ID, "text": STR, "ts": ISO-8601}]}``. Unknown extra keys are ignored
(``age_band``, ``account_age_days`` and ``minor_contacts_7d`` on a participant are used if given).

Each conversation is streamed message by message, as in production. A conversation counts as
detected when its alert level reaches ``alert`` at any message; for detected risky
conversations the share read before the first alert is ``(first alert index + 1) / messages``.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from childguard.conversations.model import (
    ConversationAssessor,
    ConversationState,
    Message,
    Participant,
)

LABELS = ("grooming", "sextortion", "benign")
RISKY = frozenset({"grooming", "sextortion"})


class EvaluationInputError(ValueError):
    """A line of the evaluation file does not follow the documented format."""


@dataclass(frozen=True)
class LabelledConversation:
    id: str
    label: str
    participants: dict[str, Participant]
    messages: list[Message]
    language: str | None = None


def _ts(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise EvaluationInputError(f"{where}: 'ts' must be an ISO-8601 string")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise EvaluationInputError(f"{where}: 'ts' is not ISO-8601: {value!r}")


def _optional_int(value: Any, where: str, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EvaluationInputError(f"{where}: '{name}' must be a number or null")
    return int(value)


def parse_record(data: Any, where: str = "record") -> LabelledConversation:
    """Validate one decoded JSON object and turn it into a conversation."""
    if not isinstance(data, dict):
        raise EvaluationInputError(f"{where}: expected a JSON object")
    for key in ("id", "label", "participants", "messages"):
        if key not in data:
            raise EvaluationInputError(f"{where}: missing key '{key}'")
    label = data["label"].strip().lower() if isinstance(data["label"], str) else data["label"]
    if label not in LABELS:
        raise EvaluationInputError(f"{where}: 'label' must be one of {', '.join(LABELS)}")
    raw_participants = data["participants"]
    if not isinstance(raw_participants, dict):
        raise EvaluationInputError(f"{where}: 'participants' must be an object of ID -> info")
    participants: dict[str, Participant] = {}
    for pid, info in raw_participants.items():
        info = info or {}
        if not isinstance(info, dict):
            raise EvaluationInputError(f"{where}: participant {pid!r} must be an object")
        band = info.get("age_band")
        participants[str(pid)] = Participant(
            age=_optional_int(info.get("age"), where, "age"),
            age_band=str(band) if band is not None else None,
            account_age_days=_optional_int(info.get("account_age_days"), where,
                                           "account_age_days"),
            minor_contacts_7d=_optional_int(info.get("minor_contacts_7d"), where,
                                            "minor_contacts_7d"),
        )
    raw_messages = data["messages"]
    if not isinstance(raw_messages, list):
        raise EvaluationInputError(f"{where}: 'messages' must be a list")
    messages: list[Message] = []
    for i, m in enumerate(raw_messages):
        if not isinstance(m, dict) or "sender" not in m or "text" not in m:
            raise EvaluationInputError(f"{where}: message {i} needs 'sender' and 'text'")
        if not isinstance(m["text"], str):
            raise EvaluationInputError(f"{where}: message {i} 'text' must be a string")
        messages.append(Message(str(m["sender"]), m["text"], _ts(m.get("ts"), f"{where} "
                                                                      f"message {i}")))
    language = data.get("language")
    return LabelledConversation(str(data["id"]), label, participants, messages,
                                str(language) if language is not None else None)


def read_jsonl(path: Path) -> Iterator[LabelledConversation]:
    """Conversations from a JSONL file; a bad line raises with its line number."""
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationInputError(f"{where}: not valid JSON ({exc.msg})")
            yield parse_record(data, where)


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _f_beta(precision: float, recall: float, beta: float) -> float:
    if precision == 0.0 and recall == 0.0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall)


@dataclass(frozen=True)
class Outcome:
    """How one labelled conversation went when streamed."""

    label: str
    messages: int
    first_alert_index: int | None
    language: str | None = None

    @property
    def detected(self) -> bool:
        return self.first_alert_index is not None


def stream(conversations: Iterable[LabelledConversation],
           assessor: ConversationAssessor | None = None) -> tuple[list[Outcome], float]:
    """Stream every conversation message by message; returns the outcomes and the CPU seconds
    spent (CPU time, so the figure is per core even on a busy machine)."""
    assessor = assessor if assessor is not None else ConversationAssessor()
    outcomes: list[Outcome] = []
    cpu = 0.0
    for conv in conversations:
        started = time.process_time()
        state = ConversationState(conv.id, participants=dict(conv.participants))
        for message in conv.messages:
            assessor.update(state, message)
        cpu += time.process_time() - started
        outcomes.append(Outcome(conv.label, len(conv.messages), state.first_alert_index,
                                conv.language))
    return outcomes, cpu


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def summarize(outcomes: Sequence[Outcome], cpu_seconds: float | None = None) -> dict[str, Any]:
    """Detection metrics over streamed outcomes (see the module docstring)."""
    tp = sum(1 for o in outcomes if o.label in RISKY and o.detected)
    fn = sum(1 for o in outcomes if o.label in RISKY and not o.detected)
    fp = sum(1 for o in outcomes if o.label not in RISKY and o.detected)
    tn = sum(1 for o in outcomes if o.label not in RISKY and not o.detected)
    shares = [(o.first_alert_index + 1) / max(1, o.messages) for o in outcomes
              if o.label in RISKY and o.first_alert_index is not None]
    grooming = [(o.first_alert_index + 1) / max(1, o.messages) for o in outcomes
                if o.label == "grooming" and o.first_alert_index is not None]
    per_label = {label: {"conversations": 0, "detected": 0} for label in LABELS}
    for o in outcomes:
        per_label[o.label]["conversations"] += 1
        per_label[o.label]["detected"] += int(o.detected)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    n_messages = sum(o.messages for o in outcomes)
    return {
        "conversations": len(outcomes),
        "messages": n_messages,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(_f_beta(precision, recall, 1.0), 4),
        "f0_5": round(_f_beta(precision, recall, 0.5), 4),
        "benign_fpr": round(fp / (fp + tn), 4) if fp + tn else None,
        "first_alert_share_median": _round(statistics.median(shares) if shares else None),
        "first_alert_share_p90": _round(_percentile(shares, 0.9)),
        "grooming_first_alert_share_median": _round(
            statistics.median(grooming) if grooming else None),
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "per_label": per_label,
        "messages_per_second": (round(n_messages / cpu_seconds, 1)
                                if cpu_seconds else None),
    }


def lowest_threshold_within(benign_peaks: Sequence[float], fpr_budget: float,
                            floor: float = 0.30, ceiling: float = 0.9999) -> float:
    """The lowest alert threshold (4 decimals) at which at most ``fpr_budget`` of the benign
    conversations, given by their highest risk, would alert."""
    peaks = sorted(benign_peaks, reverse=True)
    allowed = int(fpr_budget * len(peaks))
    limit = peaks[allowed] if allowed < len(peaks) else 0.0
    return min(ceiling, max(floor, math.floor(limit * 10_000 + 1) / 10_000))


def risk_curves(conversations: Iterable[LabelledConversation],
                assessor: ConversationAssessor | None = None
                ) -> list[tuple[LabelledConversation, list[float]]]:
    """Each conversation with its risk after every message (the highest sender's), streamed as
    in production; the basis of a threshold sweep."""
    assessor = assessor if assessor is not None else ConversationAssessor()
    out = []
    for conv in conversations:
        state = ConversationState(conv.id, participants=dict(conv.participants))
        curve = []
        for message in conv.messages:
            assessor.update(state, message)
            curve.append(max(state.sender_risk.values(), default=0.0))
        out.append((conv, curve))
    return out


SWEEP_GRID: tuple[float, ...] = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995,
                                 0.999)


def outcomes_at(curves: Sequence[tuple[LabelledConversation, list[float]]],
                threshold: float) -> list[Outcome]:
    """The outcome of each conversation had the alert threshold been ``threshold``."""
    return [Outcome(conv.label, len(curve),
                    next((i for i, p in enumerate(curve) if p >= threshold), None),
                    conv.language) for conv, curve in curves]


def sweep(curves: Sequence[tuple[LabelledConversation, list[float]]],
          thresholds: Iterable[float], max_fpr: float = 0.01) -> dict[str, Any]:
    """Detection metrics at each alert threshold, and the lowest threshold whose benign
    false-positive rate stays within ``max_fpr`` (``recommended``): how a deployment calibrates
    the alert level on its own labelled conversations."""
    def at(threshold: float) -> dict[str, Any]:
        return {"threshold": round(threshold, 4), **summarize(outcomes_at(curves, threshold))}

    benign = [max(curve, default=0.0) for conv, curve in curves if conv.label not in RISKY]
    recommended = lowest_threshold_within(benign, max_fpr) if benign else None
    rows = [at(t) for t in sorted(set(thresholds))]
    return {"max_fpr": max_fpr, "rows": rows,
            "recommended": at(recommended) if recommended is not None else None}


def evaluate(conversations: Iterable[LabelledConversation],
             assessor: ConversationAssessor | None = None) -> dict[str, Any]:
    """Stream every conversation and compute the detection metrics."""
    outcomes, cpu = stream(conversations, assessor)
    return summarize(outcomes, cpu)
