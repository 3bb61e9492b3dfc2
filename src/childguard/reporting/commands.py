"""Reporting commands: the local CyberTipline sandbox, a demo filing, XSD pinning."""

from __future__ import annotations

from typing import Annotated

import httpx
import typer
from rich.console import Console
from rich.table import Table

out = Console()


def register(app: typer.Typer) -> None:
    @app.command("cybertip-sandbox")
    def cybertip_sandbox(
        host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="port; the default matches ncmec_base_url")]
        = 8765,
        username: Annotated[str, typer.Option(help="Basic-auth user it accepts")] = "sandbox",
        password: Annotated[str, typer.Option(help="Basic-auth password it accepts")]
        = "sandbox",  # noqa: S107 - a local test double's documented default
    ) -> None:
        """Run a local CyberTipline web service (test double) at http://HOST:PORT/ispws.

        It behaves as the documented API does (Basic auth, every endpoint, response codes,
        schema-order validation, expiry of unfinished reports) and keeps reports in memory.
        Point CHILDGUARD_NCMEC_BASE_URL at it (the default does).
        """
        import uvicorn

        from childguard.reporting.sandbox import SandboxState, create_app

        out.print(f"CyberTipline sandbox on http://{host}:{port}/ispws "
                  f"(user {username!r}); reports are kept in memory")
        uvicorn.run(create_app(SandboxState(username, password)), host=host, port=port,
                    log_level="warning")

    @app.command("cybertip-status")
    def cybertip_status() -> None:
        """Check the credentials against the configured CyberTipline endpoint (GET /status)."""
        from childguard.platform.config import get_settings
        from childguard.reporting.client import ApiError, CyberTiplineClient

        settings = get_settings()
        client = CyberTiplineClient.from_settings(settings)
        try:
            response = client.status()
        except (ApiError, httpx.HTTPError, OSError) as exc:
            out.print(f"[red]{settings.ncmec_base_url}: {exc}[/red]")
            raise typer.Exit(1)
        finally:
            client.close()
        out.print(f"{settings.ncmec_base_url}: responseCode {response.response_code} "
                  f"({response.response_description})")

    @app.command("cybertip-xsd")
    def cybertip_xsd() -> None:
        """Fetch NCMEC's XSD (GET /xsd), pin its hash and warn when it changed."""
        from childguard.platform.config import get_settings
        from childguard.platform.db import get_database
        from childguard.reporting import xsd
        from childguard.reporting.client import ApiError, CyberTiplineClient

        settings = get_settings()
        client = CyberTiplineClient.from_settings(settings)
        try:
            content = client.xsd()
        except (ApiError, httpx.HTTPError, OSError) as exc:
            out.print(f"[red]could not fetch the XSD: {exc}[/red]")
            raise typer.Exit(1)
        finally:
            client.close()
        with get_database(settings).unit_of_work() as session:
            result = xsd.record_xsd(session, content,
                                    source_url=settings.ncmec_base_url + "/xsd",
                                    actor="cli")
        state = "[yellow]CHANGED[/yellow]" if result.changed else "pinned"
        out.print(f"NCMEC XSD sha256 {result.sha256} {state}")

    @app.command("cybertip-check")
    def cybertip_check(
        files: Annotated[int, typer.Option(help="benign demo files")] = 2,
        messages: Annotated[int, typer.Option(help="demo conversation length")] = 12,
    ) -> None:
        """Build the benign demo case's report and print its actionability checklist."""
        from childguard.reporting import demo, services

        built, score = services.build_for(demo.full_snapshot(files=files, messages=messages))
        table = Table("item", "weight", "status", "why")
        for item in score.items:
            table.add_row(item.label, str(item.weight), item.status, item.why)
        out.print(table)
        out.print(f"actionability {score.score}% (minimum {score.minimum}%)")
