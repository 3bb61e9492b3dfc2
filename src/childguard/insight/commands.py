"""Insight commands: transparency reports and risk-assessment exports from the shell."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

out = Console()
err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    @app.command("transparency")
    def transparency(
        period: Annotated[str, typer.Option(
            help="2026, 2026-H1, 2026-Q3, 2026-05 or 2026-01-01..2026-06-30")],
        format: Annotated[str, typer.Option(
            "--format", help="table (on screen), csv (EU template shape) or json")] = "table",
        output: Annotated[Path | None, typer.Option(
            help="write to this file instead of the screen")] = None,
    ) -> None:
        """A transparency report for a period, from the audited case store."""
        from childguard.insight import transparency as tr
        from childguard.platform.config import get_settings
        from childguard.platform.db import get_database
        from childguard.platform.errors import ChildguardError

        if format not in ("table", "csv", "json"):
            err.print(f"--format must be table, csv or json (got {format!r})")
            raise typer.Exit(2)
        settings = get_settings()
        try:
            chosen = tr.parse_period(period)
        except ChildguardError as exc:
            err.print(exc.message)
            raise typer.Exit(2) from None
        with get_database(settings).unit_of_work() as session:
            report = tr.generate(session, chosen, service=settings.report_platform_name,
                                 appeal_decision_days=settings.appeal_decision_days)
        if format == "table" and output is None:
            table = Table(title=f"Transparency report {chosen.label}")
            for column in ("section", "metric", "breakdown", "value"):
                table.add_column(column)
            for section, metric, breakdown, value, _unit in report.rows():
                table.add_row(section, metric, breakdown, "" if value is None else str(value))
            out.print(table)
            return
        text = report.to_csv() if format == "csv" else json.dumps(report.as_dict(), indent=2)
        if output is None:
            print(text, end="" if format == "csv" else "\n")
        else:
            output.write_text(text, encoding="utf-8")
            out.print(f"written {output}")

    @app.command("risk-export")
    def risk_export(
        assessment: Annotated[str, typer.Argument(help="assessment id, or 'all'")] = "all",
        format: Annotated[str, typer.Option("--format", help="json or csv")] = "json",
    ) -> None:
        """Export risk assessments (risks, evidence, likelihood, impact, mitigations)."""
        from childguard.insight import risk
        from childguard.platform.db import get_database
        from childguard.platform.errors import ChildguardError

        if format not in ("json", "csv"):
            err.print(f"--format must be json or csv (got {format!r})")
            raise typer.Exit(2)
        try:
            with get_database().unit_of_work() as session:
                rows = (risk.list_assessments(session) if assessment == "all"
                        else [risk.get_assessment(session, assessment)])
                text = (risk.export_csv(rows) if format == "csv"
                        else json.dumps([risk.as_dict(r) for r in rows], indent=2))
        except ChildguardError as exc:
            err.print(exc.message)
            raise typer.Exit(1) from None
        print(text)
