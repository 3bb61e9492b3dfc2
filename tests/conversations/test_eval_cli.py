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


def _calibration_file(tmp_path: Path) -> Path:
    """A small labelled set: generated risky and benign conversations from every family."""
    from childguard.conversations.generator import FAMILIES, generate

    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(c.to_record()) + "\n"
                            for c in generate(FAMILIES, per_family=1, seed=31337)))
    return path


def test_sweep_recommends_the_lowest_threshold_within_the_budget(tmp_path: Path) -> None:
    path = _calibration_file(tmp_path)
    result = CliRunner().invoke(_app(), ["eval", "conversations", str(path), "--sweep",
                                         "--max-fpr", "0.02", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    thresholds = [row["threshold"] for row in data["rows"]]
    assert thresholds == sorted(thresholds) and data["current"]["alert"] in thresholds
    recalls = [row["recall"] for row in data["rows"]]
    assert recalls == sorted(recalls, reverse=True)  # a higher threshold never finds more
    rec = data["recommended"]
    assert rec["benign_fpr"] <= 0.02
    # one step lower (just under the next benign peak) would break the budget
    lower = CliRunner().invoke(_app(), ["eval", "conversations", str(path), "--json",
                                        "--threshold", f"{rec['threshold'] - 0.0002:.4f}"])
    assert json.loads(lower.output)["benign_fpr"] > 0.02 or rec["threshold"] <= 0.3001


def test_threshold_option_and_setting_change_what_alerts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from childguard.conversations.services import assessor
    from childguard.platform.config import reset_settings_cache

    path = _calibration_file(tmp_path)

    def recall(*args: str) -> float:
        result = CliRunner().invoke(_app(), ["eval", "conversations", str(path), "--json",
                                             *args])
        assert result.exit_code == 0, result.output
        return float(json.loads(result.output)["recall"])

    shipped = recall()
    assert recall("--threshold", "0.5") > shipped
    monkeypatch.setenv("CHILDGUARD_CONVERSATION_ALERT_THRESHOLD", "0.5")
    reset_settings_cache()
    try:
        assert recall() == recall("--threshold", "0.5")  # eval scores the deployment's setting
        assert assessor().model.thresholds["alert"] == 0.5  # ...and so do the API and rules
        assert assessor().model.thresholds["watch"] <= 0.5
    finally:
        monkeypatch.delenv("CHILDGUARD_CONVERSATION_ALERT_THRESHOLD")
        reset_settings_cache()
    assert assessor().model.thresholds["alert"] > 0.9


@pytest.mark.parametrize("args", [["--sweep", "--threshold", "0.5"], ["--threshold", "1.5"],
                                  ["--threshold", "0"], ["--sweep", "--max-fpr", "2"]])
def test_bad_calibration_options_are_refused(tmp_path: Path, args: list[str]) -> None:
    path = _calibration_file(tmp_path)
    result = CliRunner().invoke(_app(), ["eval", "conversations", str(path), *args])
    assert result.exit_code == 2, result.output


def test_a_bad_threshold_setting_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from childguard.platform.config import load_settings

    monkeypatch.setenv("CHILDGUARD_CONVERSATION_ALERT_THRESHOLD", "1.2")
    with pytest.raises(Exception, match="(?i)conversation_alert_threshold"):
        load_settings()
