"""``childguard accounts ...``: retention, held deletions, jurisdiction policies."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

out = Console()


def register(app: typer.Typer) -> None:
    accounts = typer.Typer(help="Accounts: age assurance, parents, terms, retention.",
                           no_args_is_help=True)
    app.add_typer(accounts, name="accounts")

    @accounts.command("retention")
    def retention(
        apply: Annotated[bool, typer.Option(help="Delete what is past its retention")] = False,
    ) -> None:
        """Show the retention of each data class; with --apply, purge what is past it."""
        from childguard.accounts.privacy import RETENTION, retention_sweep
        from childguard.platform.db import get_database

        table = Table("data class", "what", "kept")
        for item in RETENTION.values():
            table.add_row(item.name, item.description, item.retention)
        out.print(table)
        if apply:
            with get_database().unit_of_work() as session:
                removed = retention_sweep(session)
            out.print("removed: " + (", ".join(f"{k} {v}" for k, v in removed.items() if v)
                                     or "nothing"))

    @accounts.command("resume-deletions")
    def resume() -> None:
        """Finish deletions that waited for preservation holds which have now ended."""
        from childguard.accounts.privacy import resume_deletions
        from childguard.platform.db import get_database

        with get_database().unit_of_work() as session:
            done = resume_deletions(session)
        out.print(f"completed {len(done)} deletion(s)")

    @accounts.command("policy")
    def policy(code: Annotated[str, typer.Argument(help="Jurisdiction code, e.g. UK")]) -> None:
        """Print a jurisdiction's age-assurance policy as JSON (edit it over the API)."""
        from childguard.accounts.services import get_policy
        from childguard.platform.db import get_database
        from childguard.platform.errors import ChildguardError

        try:
            with get_database().unit_of_work() as session:
                document = get_policy(session, code.upper()).model_dump(mode="json")
        except ChildguardError as exc:
            Console(stderr=True).print(f"[red]{exc.message}[/red]")
            raise typer.Exit(1)
        print(json.dumps(document, indent=2))
