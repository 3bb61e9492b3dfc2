"""``childguard scan`` and ``childguard banks ...``.

``scan`` hashes on every core (a process pool) and matches in the parent against the same
in-memory index the API uses. Finished files are appended to a progress file next to the
output, so an interrupted scan started again with the same arguments skips what it has done.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

MEDIA_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic",
                  ".heif", ".avif", ".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi", ".mpg",
                  ".mpeg", ".ts", ".3gp", ".flv", ".wmv"}

err = Console(stderr=True)


def _database() -> Any:
    from childguard.platform.config import ConfigError, get_settings
    from childguard.platform.db import get_database

    try:
        return get_database(get_settings())
    except ConfigError as exc:
        err.print(f"configuration error: {exc}")
        raise typer.Exit(2)


def iter_media(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    p = Path(root) / name
                    if p.suffix.lower() in MEDIA_SUFFIXES:
                        yield p
        elif path.exists():
            yield path
        else:
            err.print(f"[yellow]skipping {path}: no such file or folder[/yellow]")


def _hash_file(args: tuple[str, str]) -> dict[str, Any]:
    """Runs in a worker process: hash one file, never raise."""
    from childguard.media.hashing import hash_media
    from childguard.platform.errors import ChildguardError

    path, mode = args
    try:
        data = Path(path).read_bytes()
        result = hash_media(data, mode=mode)  # type: ignore[arg-type]
        return {"path": path, "signals": result.signals, "content_type": result.content_type,
                "pdq_quality": result.pdq.quality if result.pdq else None}
    except ChildguardError as exc:
        return {"path": path, "error": exc.message}
    except OSError as exc:
        return {"path": path, "error": f"cannot read: {exc.strerror}"}


class _Writer:
    def __init__(self, fh: IO[str], fmt: str) -> None:
        self.fh, self.fmt = fh, fmt
        self.csv = csv.writer(fh) if fmt == "csv" else None
        if self.csv is not None and fh.tell() == 0:
            self.csv.writerow(["path", "status", "signal_type", "bank", "entry_id", "distance",
                               "classification", "source_id", "error"])

    def write(self, record: dict[str, Any]) -> None:
        if self.csv is None:
            self.fh.write(json.dumps(record, separators=(",", ":")) + "\n")
        elif record["matches"]:
            for m in record["matches"]:
                self.csv.writerow([record["path"], record["status"], m["signal_type"],
                                   m["bank"], m["entry_id"], m["distance"],
                                   m.get("classification") or "", m.get("source_id") or "", ""])
        else:
            self.csv.writerow([record["path"], record["status"], "", "", "", "", "", "",
                               record.get("error") or ""])
        self.fh.flush()


def register(app: typer.Typer) -> None:
    banks_app = typer.Typer(help="Hash banks: lists of known material.", no_args_is_help=True)
    app.add_typer(banks_app, name="banks")

    @app.command("scan")
    def scan(
        paths: Annotated[list[Path], typer.Argument(help="files or folders to scan")],
        output: Annotated[Path | None, typer.Option("--output", "-o",
                                                    help="write results here (default: "
                                                    "stdout)")] = None,
        fmt: Annotated[str, typer.Option("--format", help="jsonl or csv")] = "jsonl",
        mode: Annotated[str, typer.Option(help="exact or fast PDQ")] = "exact",
        banks: Annotated[str | None, typer.Option(help="comma-separated bank names")] = None,
        workers: Annotated[int, typer.Option(help="hashing processes (0: all cores)")] = 0,
        everything: Annotated[bool, typer.Option("--all", help="also list files without a "
                                                 "match")] = False,
        restart: Annotated[bool, typer.Option(help="ignore the progress of an earlier "
                                              "run")] = False,
    ) -> None:
        """Scan images and videos against the banks; exit code 1 if anything matched."""
        from childguard.media.matching import get_matcher

        if fmt not in ("jsonl", "csv") or mode not in ("exact", "fast"):
            err.print("--format is jsonl or csv; --mode is exact or fast")
            raise typer.Exit(2)
        files = list(iter_media(paths))
        done: set[str] = set()
        progress_file = Path(f"{output}.progress") if output else None
        if progress_file and progress_file.exists():
            if restart:
                progress_file.unlink()
            else:
                done = set(progress_file.read_text().splitlines())
        todo = [str(p) for p in files if str(p) not in done]
        if done:
            err.print(f"resuming: {len(files) - len(todo)} of {len(files)} files already done")
        matcher = get_matcher(_database())
        bank_set = {b.strip() for b in banks.split(",")} if banks else None
        out_fh = output.open("a" if done else "w", newline="") if output else sys.stdout
        progress_fh = progress_file.open("a" if done else "w") if progress_file else None
        writer = _Writer(out_fh, fmt)
        counts = {"matched": 0, "clean": 0, "errors": 0}

        try:
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeRemainingColumn(), console=err) as bar, \
                    ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
                task = bar.add_task("scanning", total=len(todo))
                for item in pool.map(_hash_file, [(p, mode) for p in todo], chunksize=4):
                    record: dict[str, Any] = {"path": item["path"], "matches": []}
                    if "error" in item:
                        record.update(status="error", error=item["error"])
                        counts["errors"] += 1
                    else:
                        matcher.ensure_fresh()
                        found = matcher.lookup(item["signals"], bank_set,
                                               pdq_quality=item["pdq_quality"])
                        record.update(status="match" if found else "clean",
                                      hashes=item["signals"],
                                      matches=matcher.describe(found))
                        counts["matched" if found else "clean"] += 1
                    if record["status"] != "clean" or everything:
                        writer.write(record)
                    if progress_fh:
                        progress_fh.write(item["path"] + "\n")
                        progress_fh.flush()
                    bar.advance(task)
        finally:
            if output:
                out_fh.close()
            if progress_fh:
                progress_fh.close()
        err.print(f"{len(todo)} scanned: {counts['matched']} matched, {counts['clean']} clean, "
                  f"{counts['errors']} unreadable")
        if progress_file and progress_file.exists():
            progress_file.unlink()  # finished: a new run starts from scratch
        if counts["matched"]:
            raise typer.Exit(1)

    @banks_app.command("list")
    def list_banks() -> None:
        """Banks with their source, state, thresholds and entry counts."""
        from childguard.media import banks as services

        with _database().unit_of_work() as session:
            counts = services.entry_counts(session)
            table = Table("name", "source", "enabled", "pdq threshold", "entries", "disabled")
            for bank in services.list_banks(session):
                c = counts.get(bank.id, {"enabled": 0, "disabled": 0})
                table.add_row(bank.name, bank.source + (f" ({bank.source_detail})"
                                                        if bank.source_detail else ""),
                              "yes" if bank.enabled else "no",
                              str(services.effective_thresholds(bank)["pdq"]),
                              str(c["enabled"]), str(c["disabled"]))
        Console().print(table)

    @banks_app.command("import")
    def import_bank(
        file: Annotated[Path, typer.Argument(help="the hash list", exists=True,
                                             dir_okay=False)],
        bank: Annotated[str, typer.Option(help="bank to import into")],
        fmt: Annotated[str | None, typer.Option("--format", help="csv, jsonl, txt, ncmec "
                                                "(default: from the file name)")] = None,
        signal_type: Annotated[str | None, typer.Option(help="for txt files of bare "
                                                        "hashes")] = None,
        create: Annotated[bool, typer.Option(help="create the bank if missing")] = False,
        source: Annotated[str, typer.Option(help="provenance of a created bank")] = "other",
        source_detail: Annotated[str, typer.Option(help="e.g. the partner's name")] = "",
    ) -> None:
        """Import a hash list, streaming; an interrupted import resumes when run again."""
        from childguard.media import banks as services
        from childguard.media.formats import import_file
        from childguard.platform.errors import ChildguardError, NotFound

        database = _database()
        actor = f"cli:{os.environ.get('USER', 'operator')}"
        try:
            with database.unit_of_work() as session:
                try:
                    services.get_bank(session, bank)
                except NotFound:
                    if not create:
                        raise
                    services.create_bank(session, actor=actor, name=bank, source=source,
                                         source_detail=source_detail)
            size = file.stat().st_size
            with Progress(TextColumn("importing"), BarColumn(), TextColumn("{task.fields[n]} "
                          "records"), console=err) as bar:
                task = bar.add_task("import", total=size, n=0)

                def progress(records: int) -> None:
                    bar.update(task, n=records)

                report = import_file(database, bank_name=bank, path=file, fmt=fmt, actor=actor,
                                     default_signal_type=signal_type, progress=progress)
                bar.update(task, completed=size)
        except ChildguardError as exc:
            err.print(f"[red]{exc.message}[/red]")
            raise typer.Exit(2)
        if report.resumed_from:
            err.print(f"resumed after record {report.resumed_from}")
        for problem in report.problems[:10]:
            err.print(f"[yellow]{problem}[/yellow]")
        err.print(f"{report.records} records: {report.added} added, {report.duplicates} "
                  f"already present, {report.rejected} rejected")

    @banks_app.command("export")
    def export_bank(
        bank: Annotated[str, typer.Argument(help="bank name")],
        fmt: Annotated[str, typer.Option("--format", help="csv, jsonl, txt or ncmec")
                       ] = "jsonl",
        output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
        include_disabled: Annotated[bool, typer.Option()] = False,
    ) -> None:
        """Write a bank's entries (stdout by default)."""
        from childguard.media import banks as services
        from childguard.media.formats import export_lines
        from childguard.platform.errors import ChildguardError

        try:
            with _database().read_only() as session:
                row = services.get_bank(session, bank)
                fh = output.open("w") if output else sys.stdout
                try:
                    for line in export_lines(services.iter_bank_entries(
                            session, row, include_disabled=include_disabled), fmt):
                        fh.write(line)
                finally:
                    if output:
                        fh.close()
        except ChildguardError as exc:
            err.print(f"[red]{exc.message}[/red]")
            raise typer.Exit(2)
