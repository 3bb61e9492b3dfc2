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
import statistics
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from childguard.conversations.model import ConversationAssessor, Message, Participant

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
    label = data["label"]
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


def evaluate(conversations: Iterable[LabelledConversation],
             assessor: ConversationAssessor | None = None) -> dict[str, Any]:
    """Stream every conversation and compute the detection metrics."""
    assessor = assessor if assessor is not None else ConversationAssessor()
    from childguard.conversations.model import ConversationState

    tp = fp = fn = tn = 0
    shares: list[float] = []
    grooming_shares: list[float] = []
    per_label = {label: {"conversations": 0, "detected": 0} for label in LABELS}
    n_messages = 0
    started = time.perf_counter()
    for conv in conversations:
        state = ConversationState(conv.id, participants=dict(conv.participants))
        for message in conv.messages:
            assessor.update(state, message)
        n_messages += len(conv.messages)
        detected = state.first_alert_index is not None
        per_label[conv.label]["conversations"] += 1
        per_label[conv.label]["detected"] += int(detected)
        if conv.label in RISKY:
            if detected:
                tp += 1
                assert state.first_alert_index is not None
                share = (state.first_alert_index + 1) / max(1, len(conv.messages))
                shares.append(share)
                if conv.label == "grooming":
                    grooming_shares.append(share)
            else:
                fn += 1
        elif detected:
            fp += 1
        else:
            tn += 1
    elapsed = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    benign = fp + tn

    def _round(x: float | None) -> float | None:
        return None if x is None else round(x, 4)

    return {
        "conversations": tp + fp + fn + tn,
        "messages": n_messages,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(_f_beta(precision, recall, 1.0), 4),
        "f0_5": round(_f_beta(precision, recall, 0.5), 4),
        "benign_fpr": round(fp / benign, 4) if benign else None,
        "first_alert_share_median": _round(statistics.median(shares) if shares else None),
        "first_alert_share_p90": _round(_percentile(shares, 0.9)),
        "grooming_first_alert_share_median": _round(
            statistics.median(grooming_shares) if grooming_shares else None),
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "per_label": per_label,
        "messages_per_second": round(n_messages / elapsed, 1) if elapsed > 0 else None,
    }


def evaluate_file(path: Path, assessor: ConversationAssessor | None = None) -> dict[str, Any]:
    # Read everything first so a malformed line fails before any work is reported.
    conversations = list(read_jsonl(path))
    if not conversations:
        raise EvaluationInputError(f"{path}: no conversations in file")
    return evaluate(conversations, assessor)
