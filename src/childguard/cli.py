"""``childguard`` command line: serve, worker, db, users, API keys, audit, the evidence key,
demo.

Contexts add their own commands in ``childguard/<context>/commands.py`` with
``register(app: typer.Typer)``; they are found at start-up.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

import childguard
from childguard.platform.config import ConfigError, Settings, get_settings

if TYPE_CHECKING:
    from childguard.platform.reseal import KeyUsage

app = typer.Typer(help="childguard: child-safety platform for online services.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
users_app = typer.Typer(help="Console users.", no_args_is_help=True)
keys_app = typer.Typer(help="API keys for service integrations.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
evidence_key_app = typer.Typer(
    help="The key sealing evidence, media kept for review and webhook secrets "
    "(CHILDGUARD_EVIDENCE_KEY): what each key still seals, and re-sealing after a rotation.",
    no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(keys_app, name="apikeys")
app.add_typer(audit_app, name="audit")
app.add_typer(evidence_key_app, name="evidence-key")

out = Console()
err = Console(stderr=True)


def settings() -> Settings:
    try:
        return get_settings()
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        raise typer.Exit(2)


def _database():  # type: ignore[no-untyped-def]
    from childguard.platform.db import get_database

    return get_database(settings())


def _ensure_migrated() -> None:
    from childguard.platform.migrate import pending

    s = settings()
    missing = pending(s.database_url)
    if missing:
        err.print(f"[red]the database is not up to date[/red] (missing {', '.join(missing)}); "
                  "run: childguard db upgrade")
        raise typer.Exit(2)


@app.command()
def version() -> None:
    """Print the version."""
    out.print(childguard.__version__)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on")] = None,
    port: Annotated[int | None, typer.Option(help="Port")] = None,
    workers: Annotated[int | None, typer.Option(help="API processes")] = None,
    upgrade: Annotated[bool, typer.Option(help="Migrate the database first")] = False,
) -> None:
    """Serve the API and the console."""
    import uvicorn

    s = settings()
    if upgrade:
        from childguard.platform.migrate import upgrade as do_upgrade

        do_upgrade(s.database_url)
    _ensure_migrated()
    n = workers or s.api_workers
    out.print(f"childguard serving on http://{host or s.host}:{port or s.port} "
              f"({n} process{'es' if n > 1 else ''}, database {_redact(s.database_url)})")
    uvicorn.run("childguard.platform.asgi:app", host=host or s.host, port=port or s.port,
                workers=n, log_level="warning", access_log=False, proxy_headers=True)


@app.command()
def worker(
    once: Annotated[bool, typer.Option(help="Run the ready jobs, then exit")] = False,
    poll: Annotated[float, typer.Option(help="Seconds between polls when idle")] = 1.0,
) -> None:
    """Run a background-job worker (run as many as you like, on as many machines)."""
    import signal

    from childguard.platform.jobs import Worker, load_job_modules
    from childguard.platform.logs import configure_logging

    s = settings()
    configure_logging(s.log_level, s.log_json)
    _ensure_migrated()
    load_job_modules()
    w = Worker(_database(), lease_seconds=s.job_lease_seconds, poll_seconds=poll)
    if once:
        n = w.drain()
        out.print(f"ran {n} job(s)")
        return
    signal.signal(signal.SIGTERM, lambda *_: w.stop())
    try:
        w.run_forever()
    except KeyboardInterrupt:
        w.stop()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply all migrations (every context's) to the configured database."""
    from childguard.platform.migrate import pending, upgrade

    s = settings()
    upgrade(s.database_url)
    left = pending(s.database_url)
    out.print(f"database {_redact(s.database_url)} is up to date" if not left
              else f"[red]still pending: {left}[/red]")


@db_app.command("status")
def db_status() -> None:
    """Show whether migrations are pending."""
    from childguard.platform.migrate import pending

    left = pending(settings().database_url)
    out.print("up to date" if not left else f"pending: {', '.join(left)}")
    raise typer.Exit(0 if not left else 1)


@users_app.command("create")
def users_create(
    username: str,
    role: Annotated[str, typer.Option(help="admin, reviewer, senior-reviewer, legal, analyst, "
                                           "parent-support")] = "reviewer",
) -> None:
    """Create a console user; prints a one-time password they must change at first sign-in."""
    from childguard.platform import auth
    from childguard.platform.errors import ChildguardError

    _ensure_migrated()
    try:
        with _database().unit_of_work() as session:
            user, one_time = auth.create_user(session, username=username, role=role,
                                              actor="cli")
    except ChildguardError as exc:
        err.print(f"[red]error:[/red] {exc.message}")
        raise typer.Exit(1)
    out.print(f"created {user.username} ({user.role}); one-time password: {one_time}")


@users_app.command("list")
def users_list() -> None:
    """List console users."""
    from sqlalchemy import select

    from childguard.platform.storage import User

    _ensure_migrated()
    table = Table("username", "role", "2FA", "locked", "last sign-in")
    with _database().unit_of_work() as session:
        for u in session.scalars(select(User).order_by(User.username)):
            table.add_row(u.username, u.role, "on" if u.totp_enabled else "off",
                          str(u.locked_until or ""), str(u.last_login_at or "never"))
    out.print(table)


@keys_app.command("create")
def apikeys_create(
    name: str,
    scope: Annotated[list[str], typer.Option("--scope", "-s",
                                             help="Repeat for each scope, e.g. -s scan")],
) -> None:
    """Create an API key; the key is printed once and stored only as a hash."""
    from childguard.platform import auth
    from childguard.platform.errors import ChildguardError

    _ensure_migrated()
    try:
        with _database().unit_of_work() as session:
            key, secret = auth.create_api_key(session, name=name, scopes=scope, actor="cli")
    except ChildguardError as exc:
        err.print(f"[red]error:[/red] {exc.message}")
        raise typer.Exit(1)
    out.print(f"created key {key.name} (id {key.id}, scopes {', '.join(key.scopes)})")
    print(secret)


@keys_app.command("revoke")
def apikeys_revoke(key: Annotated[str, typer.Argument(help="Key id or prefix")]) -> None:
    """Revoke an API key (it stops working within seconds everywhere)."""
    from childguard.platform import auth
    from childguard.platform.errors import ChildguardError

    _ensure_migrated()
    try:
        with _database().unit_of_work() as session:
            row = auth.revoke_api_key(session, key, actor="cli")
    except ChildguardError as exc:
        err.print(f"[red]error:[/red] {exc.message}")
        raise typer.Exit(1)
    out.print(f"revoked {row.name} ({row.id})")


@keys_app.command("list")
def apikeys_list() -> None:
    """List API keys (never their secrets)."""
    from sqlalchemy import select

    from childguard.platform.storage import ApiKey

    _ensure_migrated()
    table = Table("id", "name", "prefix", "scopes", "last used", "status")
    with _database().unit_of_work() as session:
        for k in session.scalars(select(ApiKey).order_by(ApiKey.created_at)):
            table.add_row(k.id, k.name, k.prefix, ", ".join(k.scopes),
                          str(k.last_used_at or "never"),
                          "revoked" if k.revoked_at else "active")
    out.print(table)


@audit_app.command("verify")
def audit_verify() -> None:
    """Walk the hash chain; exit 1 and name the first bad entry if anything was altered."""
    from childguard.platform.audit import verify_chain

    _ensure_migrated()
    with _database().unit_of_work() as session:
        count, problem = verify_chain(session)
    if problem:
        err.print(f"[red]audit chain broken at entry {problem.seq}:[/red] {problem.reason} "
                  f"({count} entries before it are intact)")
        raise typer.Exit(1)
    out.print(f"audit chain intact: {count} entries")


@evidence_key_app.command("generate")
def evidence_key_generate() -> None:
    """Print a new random key (base64 of 32 bytes) for CHILDGUARD_EVIDENCE_KEY."""
    from childguard.platform.keys import new_key_text

    print(new_key_text())


@evidence_key_app.command("status")
def evidence_key_status() -> None:
    """Show the configured keys and how much each still seals; exit 1 if something is
    sealed with a key that is not configured. Reads the database only (decrypts nothing)."""
    from childguard.platform import reseal
    from childguard.platform.errors import ChildguardError

    _ensure_migrated()
    try:
        use = reseal.usage(_database())
    except ChildguardError as exc:
        err.print(f"[red]error:[/red] {escape(exc.message)}")
        raise typer.Exit(1)
    keys_table = Table("key id", "role", "source", "sealed values")
    for key in use.configured:
        keys_table.add_row(escape(key.key_id), "current" if key.current else "previous",
                           escape(key.source), str(use.in_use(key.key_id)))
    out.print(keys_table)
    _print_usage(use)
    if use.missing():
        err.print(f"[red]{escape(reseal.describe_missing(use))}[/red]")
        raise typer.Exit(1)
    if use.to_reseal:
        out.print(f"{use.to_reseal} value(s) are not sealed under the current key "
                  f"{escape(use.current_key_id)}: run `{reseal.RESEAL_COMMAND}`")
    else:
        out.print(f"everything is sealed under the current key {escape(use.current_key_id)}")
    _print_droppable(use)


def _print_usage(use: KeyUsage) -> None:
    from childguard.platform import reseal

    table = Table("kind", "key id", "count", "")
    for kind, key_id, n in use.rows():
        state = use.state(key_id)
        note = f"[red]{state}[/red]" if state == reseal.NOT_CONFIGURED else state
        table.add_row(kind, escape(reseal.key_label(key_id)), str(n), note)
    out.print(table)


def _print_droppable(use: KeyUsage) -> None:
    from childguard.platform import reseal

    for key in use.droppable():
        out.print(escape(reseal.drop_advice(key)))


@evidence_key_app.command("reseal")
def evidence_key_reseal(
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Open and check everything that would be re-sealed; change nothing")
    ] = False,
    batch_size: Annotated[int, typer.Option(
        help="Values per transaction", min=1, max=10_000)] = 100,
) -> None:
    """Re-encrypt everything not sealed under the current key (evidence, moderation media,
    webhook secrets), a batch per transaction; safe to rerun after an interruption.

    After a rotation (new CHILDGUARD_EVIDENCE_KEY, old one in
    CHILDGUARD_EVIDENCE_PREVIOUS_KEYS, every process restarted), run this; when it
    succeeds the old key can be removed."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from childguard.platform import reseal
    from childguard.platform.errors import ChildguardError

    _ensure_migrated()
    database = _database()
    try:
        use = reseal.usage(database)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      console=err, transient=True) as bar:
            tasks = {kind: bar.add_task(f"{'checking' if dry_run else 're-sealing'} {kind}",
                                        total=use.outside_current(kind))
                     for kind in use.counts if use.outside_current(kind)}

            def progress(kind: str, n: int) -> None:
                if kind in tasks:
                    bar.advance(tasks[kind], n)

            outcome = reseal.reseal(database, actor="cli", dry_run=dry_run,
                                    batch_size=batch_size, progress=progress)
    except ChildguardError as exc:
        err.print(f"[red]error:[/red] {escape(exc.message)}")
        raise typer.Exit(1)
    table = Table("kind", "from key", "would re-seal" if dry_run else "re-sealed")
    for kind in outcome.kinds:
        for key_id, n in sorted(kind.resealed.items()):
            table.add_row(kind.kind, escape(key_id), str(n))
    if outcome.total:
        out.print(table)
    verb = "would re-seal" if dry_run else "re-sealed"
    out.print(f"{verb} {outcome.total} value(s) under {escape(outcome.current_key_id)}"
              + (" (dry run: nothing was changed)" if dry_run else ""))
    for kind in outcome.kinds:
        for key_id, n in sorted(kind.missing_keys.items()):
            err.print(f"[red]{kind.counted(n)} sealed with key {escape(key_id)}, which is not "
                      "configured[/red]")
        if kind.unreadable:
            err.print(f"[red]{kind.counted(len(kind.unreadable))} open with no configured key: "
                      f"{escape(', '.join(kind.unreadable[:20]))}[/red]")
        if kind.integrity_failures:
            err.print(f"[red]{kind.counted(len(kind.integrity_failures))} failed the "
                      f"integrity check and stay as they are: "
                      f"{escape(', '.join(kind.integrity_failures[:20]))}[/red]")
        if kind.changed_meanwhile:
            out.print(f"{kind.counted(kind.changed_meanwhile)} changed while this ran; "
                      "run the command again to pick them up")
    if not outcome.ok:
        from childguard.platform.keys import PREVIOUS_KEYS_SETTING

        err.print("[red]not everything could be re-sealed: keep every previous key[/red] "
                  f"(add a missing key to {PREVIOUS_KEYS_SETTING} and run this again)")
        raise typer.Exit(1)
    if dry_run:
        return
    after = reseal.usage(database)
    if after.to_reseal:
        out.print(f"{after.to_reseal} value(s) are still not under the current key (written "
                  "by a process still running with the old key?); restart every process "
                  "with the new key and run this again")
        return
    out.print(f"everything is sealed under the current key {escape(after.current_key_id)}")
    _print_droppable(after)


@app.command()
def demo(upgrade: Annotated[bool, typer.Option(help="Migrate first")] = True) -> None:
    """Seed demo data (idempotent) and print the demo credentials."""
    from childguard.platform.demo import seed

    s = settings()
    if upgrade:
        from childguard.platform.migrate import upgrade as do_upgrade

        do_upgrade(s.database_url)
    seed(_database(), out)


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in creds else f"{scheme}://{user}@{host}"
    return url


def _register_context_commands() -> None:
    for info in pkgutil.iter_modules(childguard.__path__):
        if not info.ispkg:
            continue
        try:
            module = importlib.import_module(f"childguard.{info.name}.commands")
        except ModuleNotFoundError as exc:
            if exc.name == f"childguard.{info.name}.commands":
                continue
            raise
        register = getattr(module, "register", None)
        if register:
            register(app)


def main() -> None:
    try:
        get_settings()  # validate every setting before any command runs
        _register_context_commands()
        app()
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
