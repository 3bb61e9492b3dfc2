"""Conversation commands: ``childguard eval conversations FILE.jsonl``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

out = Console()
err = Console(stderr=True, soft_wrap=True)


def _eval_group(app: typer.Typer) -> typer.Typer:
    """The shared ``eval`` group: other contexts may add their own ``eval`` commands to it."""
    for group in app.registered_groups:
        if group.name == "eval" and group.typer_instance is not None:
            return group.typer_instance
    group_app = typer.Typer(help="Score detectors on labelled files.", no_args_is_help=True)
    app.add_typer(group_app, name="eval")
    return group_app


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.1f}" if value >= 100 else f"{value:.4f}"
    return str(value)


def results_table(results: dict[str, Any], title: str = "conversations") -> Table:
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    rows = [
        ("conversations", "conversations"),
        ("messages", "messages"),
        ("precision", "precision"),
        ("recall", "recall"),
        ("F1", "f1"),
        ("F0.5", "f0_5"),
        ("benign false-positive rate", "benign_fpr"),
        ("share read before first alert, median", "first_alert_share_median"),
        ("share read before first alert, p90", "first_alert_share_p90"),
        ("grooming: share before first alert, median", "grooming_first_alert_share_median"),
        ("messages per second", "messages_per_second"),
    ]
    for label, key in rows:
        table.add_row(label, _fmt(results.get(key)))
    return table


def _assessor(threshold: float | None) -> Any:
    """The assessor ``eval`` scores: the deployment's unless a threshold is given."""
    from childguard.conversations.services import assessor

    return assessor(threshold)


def _read(path: Path) -> list[Any]:
    from childguard.conversations.evaluate import EvaluationInputError, read_jsonl

    if not path.is_file():
        err.print(f"[red]no such file:[/red] {path}")
        raise typer.Exit(2)
    try:
        conversations = list(read_jsonl(path))
    except EvaluationInputError as exc:
        err.print(f"[red]invalid input:[/red] {exc}")
        raise typer.Exit(2)
    if not conversations:
        err.print(f"[red]invalid input:[/red] {path}: no conversations in file")
        raise typer.Exit(2)
    return conversations


def run_eval(path: Path, as_json_only: bool = False,
             threshold: float | None = None) -> dict[str, Any]:
    """Evaluate the shipped model on ``path``; prints JSON and a table. Raises typer.Exit(2)
    with a clear message on bad input."""
    from childguard.conversations.evaluate import evaluate

    results = evaluate(_read(path), _assessor(threshold))
    print(json.dumps(results, indent=2))
    if not as_json_only:
        out.print(results_table(results, title=f"conversations: {path.name}"))
    return results


def run_sweep(path: Path, max_fpr: float, as_json_only: bool = False) -> dict[str, Any]:
    """Metrics at a range of alert thresholds and the lowest one within ``max_fpr`` benign
    false positives; prints JSON and a table."""
    from childguard.conversations.evaluate import SWEEP_GRID, risk_curves, sweep

    assessor = _assessor(None)
    shipped = assessor.model.thresholds
    result = sweep(risk_curves(_read(path), assessor),
                   (*SWEEP_GRID, shipped["watch"], shipped["alert"]), max_fpr)
    result["current"] = {"watch": shipped["watch"], "alert": shipped["alert"]}
    print(json.dumps(result, indent=2))
    if not as_json_only:
        table = Table(title=f"alert threshold sweep: {path.name}")
        for col in ("threshold", "precision", "recall", "F0.5", "benign FPR",
                    "grooming 1st alert"):
            table.add_column(col, justify="right")
        table.add_column("", no_wrap=True, min_width=13)
        rec = result["recommended"]
        for row in result["rows"] + ([rec] if rec else []):
            note = ("recommended" if row is rec else
                    "current alert" if row["threshold"] == shipped["alert"] else
                    "current watch" if row["threshold"] == shipped["watch"] else "")
            table.add_row(f"{row['threshold']:.4f}", _fmt(row["precision"]), _fmt(row["recall"]),
                          _fmt(row["f0_5"]), _fmt(row["benign_fpr"]),
                          _fmt(row["grooming_first_alert_share_median"]), note)
        out.print(table)
        if rec is not None:
            out.print(f"lowest threshold with benign false-positive rate <= {max_fpr:g}: "
                      f"{rec['threshold']:.4f}; set CHILDGUARD_CONVERSATION_ALERT_THRESHOLD to "
                      "use it")
        else:
            out.print("no benign conversations in the file: a threshold cannot be recommended")
    return result


def register(app: typer.Typer) -> None:
    eval_app = _eval_group(app)

    @eval_app.command("conversations")
    def conversations(
        file: Annotated[Path, typer.Argument(help="JSONL file, one labelled conversation a line")],
        json_only: Annotated[bool, typer.Option("--json", help="print only the JSON")] = False,
        threshold: Annotated[float | None, typer.Option(
            "--threshold", min=0.0001, max=0.9999,
            help="alert threshold to score at (default: the deployment's)")] = None,
        sweep: Annotated[bool, typer.Option(
            "--sweep", help="score a range of alert thresholds and recommend the lowest "
            "within --max-fpr")] = False,
        max_fpr: Annotated[float, typer.Option(
            "--max-fpr", min=0.0, max=1.0,
            help="benign false-positive budget for the --sweep recommendation")] = 0.01,
    ) -> None:
        """Score grooming / sextortion detection on labelled conversations.

        Each line: {"id", "label": "grooming"|"sextortion"|"benign", "participants":
        {ID: {"age": N|null}}, "messages": [{"sender": ID, "text": STR, "ts": ISO-8601}]}.
        Prints precision, recall, F1, F0.5, the benign false-positive rate and, for detected
        risky conversations, the share read before the first alert (median, p90).
        With --sweep: the same at a range of alert thresholds, and the lowest threshold whose
        benign false-positive rate stays within --max-fpr (calibrate on your own traffic, then
        set CHILDGUARD_CONVERSATION_ALERT_THRESHOLD).
        """
        if sweep and threshold is not None:
            err.print("[red]invalid input:[/red] --sweep scores every threshold; drop "
                      "--threshold")
            raise typer.Exit(2)
        if sweep:
            run_sweep(file, max_fpr, as_json_only=json_only)
        else:
            run_eval(file, as_json_only=json_only, threshold=threshold)
