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


def run_eval(path: Path, as_json_only: bool = False) -> dict[str, Any]:
    """Evaluate the shipped model on ``path``; prints JSON and a table. Raises typer.Exit(2)
    with a clear message on bad input."""
    from childguard.conversations.evaluate import EvaluationInputError, evaluate_file

    if not path.is_file():
        err.print(f"[red]no such file:[/red] {path}")
        raise typer.Exit(2)
    try:
        results = evaluate_file(path)
    except EvaluationInputError as exc:
        err.print(f"[red]invalid input:[/red] {exc}")
        raise typer.Exit(2)
    print(json.dumps(results, indent=2))
    if not as_json_only:
        out.print(results_table(results, title=f"conversations: {path.name}"))
    return results


def register(app: typer.Typer) -> None:
    eval_app = _eval_group(app)

    @eval_app.command("conversations")
    def conversations(
        file: Annotated[Path, typer.Argument(help="JSONL file, one labelled conversation a line")],
        json_only: Annotated[bool, typer.Option("--json", help="print only the JSON")] = False,
    ) -> None:
        """Score grooming / sextortion detection on labelled conversations.

        Each line: {"id", "label": "grooming"|"sextortion"|"benign", "participants":
        {ID: {"age": N|null}}, "messages": [{"sender": ID, "text": STR, "ts": ISO-8601}]}.
        Prints precision, recall, F1, F0.5, the benign false-positive rate and, for detected
        risky conversations, the share read before the first alert (median, p90).
        """
        run_eval(file, as_json_only=json_only)
