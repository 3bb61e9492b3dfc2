"""Exchange commands: the local sandboxes, and fetching from the command line."""

from __future__ import annotations

import time
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

out = Console()


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Hash-list and signal sharing: sandboxes, collaborations, fetch.",
                        no_args_is_help=True)
    app.add_typer(group, name="exchange")

    @group.command("sandbox-ncmec")
    def sandbox_ncmec(
        host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="port; the default matches "
                                               "exchange_ncmec_base_url")] = 8766,
        entries: Annotated[int, typer.Option(help="random entries to start with")] = 200,
        username: Annotated[str, typer.Option(help="Basic-auth user it accepts")] = "sandbox",
        password: Annotated[str, typer.Option(help="Basic-auth password it accepts")]
        = "sandbox",  # noqa: S107 - a local test double's documented default
    ) -> None:
        """Run a local NCMEC hash-sharing API v2 (test double) at http://HOST:PORT/hashsharing.

        Entries hold random fingerprints (never anything else), spread over the last 30
        days, and come back out of time order as the real API's do."""
        import uvicorn
        from starlette.applications import Starlette
        from starlette.routing import Mount

        from childguard.exchange.ncmec_sandbox import NCMECSandbox

        sandbox = NCMECSandbox(username=username, password=password)
        now = int(time.time())
        if entries:
            sandbox.add_random(entries, start=now - 30 * 86_400, end=now)
        out.print(f"NCMEC hash-sharing sandbox on http://{host}:{port}/hashsharing/v2 "
                  f"({entries} entries, user {username!r})")
        uvicorn.run(Starlette(routes=[Mount("/hashsharing", app=sandbox.app)]), host=host,
                    port=port, log_level="warning")

    @group.command("sandbox-threatexchange")
    def sandbox_threatexchange(
        host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="port; the default matches "
                                               "exchange_threatexchange_base_url")] = 8767,
        group_id: Annotated[str, typer.Option("--group", help="privacy group id")] = "1001",
        indicators: Annotated[int, typer.Option(help="random PDQ hashes to start with")] = 50,
    ) -> None:
        """Run a local ThreatExchange-compatible Graph API (test double)."""
        import uvicorn

        from childguard.exchange.threatexchange_sandbox import ThreatExchangeSandbox, random_pdq

        sandbox = ThreatExchangeSandbox(groups=(group_id,))
        now = int(time.time())
        for i in range(indicators):
            sandbox.add(group_id, "HASH_PDQ", random_pdq(), at=now - 86_400 + i)
        out.print(f"ThreatExchange sandbox on http://{host}:{port} (group {group_id}, token "
                  f"{sandbox.access_token!r})")
        uvicorn.run(sandbox.app, host=host, port=port, log_level="warning")

    @group.command("add")
    def add(name: Annotated[str, typer.Argument(help="collaboration name")],
            kind: Annotated[str, typer.Argument(help="ncmec, threatexchange or file")],
            setting: Annotated[list[str] | None, typer.Option(
                "--set", help="a setting as key=value (JSON values allowed); repeatable")]
            = None) -> None:
        """Configure a collaboration, e.g. ``exchange add ncmec-industry ncmec``."""
        import json

        from childguard.exchange import services
        from childguard.platform.db import get_database
        from childguard.platform.errors import ChildguardError

        settings: dict[str, object] = {}
        for item in setting or []:
            key, sep, raw = item.partition("=")
            if not sep:
                out.print(f"[red]--set {item!r}: expected key=value[/red]")
                raise typer.Exit(2)
            try:
                settings[key.strip()] = json.loads(raw)
            except json.JSONDecodeError:
                settings[key.strip()] = raw
        try:
            with get_database().unit_of_work() as session:
                collab = services.create_collab(session, name=name, kind=kind,
                                                settings=settings, actor="cli")
                out.print(f"collaboration {collab.name} ({collab.kind}) added; media hashes "
                          f"go to bank {services.bank_name(collab)}")
        except ChildguardError as exc:
            out.print(f"[red]{exc}[/red]")
            raise typer.Exit(1)

    @group.command("list")
    def list_collabs() -> None:
        """Configured collaborations and where their fetch stands."""
        from childguard.exchange import services
        from childguard.platform.db import get_database

        table = Table("name", "kind", "enabled", "records", "last fetch", "checkpoint",
                      "error")
        with get_database().unit_of_work() as session:
            for c in services.list_collabs(session):
                table.add_row(c.name, c.kind, "yes" if c.enabled else "no",
                              str(c.fetched_records),
                              c.last_fetch_at.isoformat(timespec="seconds")
                              if c.last_fetch_at else "-", str(c.checkpoint or "-"),
                              (c.last_error or "")[:60])
        out.print(table)

    @group.command("fetch")
    def fetch(name: Annotated[str, typer.Argument(help="collaboration name")]) -> None:
        """Fetch a collaboration now, to the end (resumes from its checkpoint)."""
        from childguard.exchange import services
        from childguard.platform.db import get_database
        from childguard.platform.errors import ChildguardError

        database = get_database()
        try:
            with database.unit_of_work() as session:
                collab_id = services.get_collab(session, name).id
            while True:
                result = services.run_fetch(database, collab_id)
                s = result.stats
                out.print(f"{name}: {s.records} records, {s.added} new, {s.duplicates} "
                          f"already held, {s.deleted} removed, {s.signals} signals for review")
                if result.complete:
                    break
        except ChildguardError as exc:
            out.print(f"[red]{exc}[/red]")
            raise typer.Exit(1)
        except Exception as exc:  # network errors: the checkpoint is safe, say so
            out.print(f"[red]{name}: {type(exc).__name__}: {exc}; the checkpoint is kept, "
                      "run again to resume[/red]")
            raise typer.Exit(1)
