"""``childguard eval conversations FILE.jsonl``: metrics as JSON and a table, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from childguard.conversations.commands import register
from childguard.conversations.evaluate import Outcome, summarize


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """test root"""

    register(app)
    return app


def _conversation(cid: str, label: str, lines: list[tuple[str, str]],
                  ages: dict[str, int | None]) -> str:
    return json.dumps({
        "id": cid,
        "label": label,
        "participants": {pid: {"age": age} for pid, age in ages.items()},
        "messages": [{"sender": s, "text": t, "ts": f"2026-05-01T20:{i:02d}:00Z"}
                     for i, (s, t) in enumerate(lines)],
    })


def test_eval_prints_metrics_as_json_and_table(tmp_path: Path) -> None:
    grooming = [("a", "hi"), ("b", "hey"), ("a", "how old are you?"), ("b", "13"),
                ("a", "you're so mature for your age"),
                ("a", "don't tell your parents about us"), ("a", "add me on snap"),
                ("a", "send me a pic of you"), ("a", "meet me saturday, come alone"),
                ("b", "ok"), ("b", "lol"), ("a", "cool")]
    benign = [("a", "practice moved to 5"), ("b", "ok coach"), ("a", "bring water"),
              ("b", "will do")]
    path = tmp_path / "convs.jsonl"
    path.write_text("\n".join([
        _conversation("g1", "grooming", grooming, {"a": 34, "b": 13}),
        _conversation("b1", "benign", benign, {"a": None, "b": None}),
    ]) + "\n")
    result = CliRunner().invoke(_app(), ["eval", "conversations", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output[:result.output.index("\n}\n") + 2])
    assert data["conversations"] == 2
    assert data["recall"] == 1.0 and data["precision"] == 1.0
    assert data["benign_fpr"] == 0.0
    assert 0 < data["first_alert_share_median"] < 1
    for key in ("f1", "f0_5", "first_alert_share_p90"):
        assert key in data
    assert "F0.5" in result.output and "benign false-positive rate" in result.output


@pytest.mark.parametrize(("line", "message"), [
    ("not json", ":1: not valid JSON"),
    ('{"id": "x", "label": "spam", "participants": {}, "messages": []}', "'label' must be"),
    ('{"id": "x", "label": "benign", "participants": {}}', "missing key 'messages'"),
    ('{"id": "x", "label": "benign", "participants": {}, "messages": [{"text": "hi"}]}',
     "message 0 needs 'sender'"),
])
def test_bad_input_exits_non_zero_with_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n")
    result = CliRunner().invoke(_app(), ["eval", "conversations", str(path)])
    assert result.exit_code == 2
    assert message in result.output


def test_missing_file_exits_non_zero(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["eval", "conversations", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_metrics_arithmetic() -> None:
    outcomes = [
        Outcome("grooming", 10, 1),      # detected after 2 of 10
        Outcome("grooming", 10, 5),      # after 6 of 10
        Outcome("sextortion", 4, None),  # missed
        Outcome("benign", 8, 3),         # false alarm
        Outcome("benign", 8, None),
        Outcome("benign", 8, None),
        Outcome("benign", 8, None),
    ]
    r = summarize(outcomes)
    assert r["precision"] == round(2 / 3, 4)
    assert r["recall"] == round(2 / 3, 4)
    assert r["f1"] == round(2 / 3, 4)
    assert r["benign_fpr"] == 0.25
    assert r["first_alert_share_median"] == 0.4
    assert r["confusion"] == {"tp": 2, "fp": 1, "fn": 1, "tn": 3}
