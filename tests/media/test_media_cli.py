"""``childguard scan`` and ``childguard banks``: what an operator sees at the terminal."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import typer
from mediadata import DATA
from PIL import Image
from typer.testing import CliRunner

from childguard.media.commands import register
from childguard.media.hashing import hash_media

app = typer.Typer()
register(app)


def test_import_scan_export(database: Any, tmp_path: Path) -> None:
    runner = CliRunner()
    banked = DATA / "dih" / "bridge-1-original.jpg"
    pdq = hash_media(banked.read_bytes()).signals["pdq"]
    hash_list = tmp_path / "list.txt"
    hash_list.write_text(f"pdq {pdq}\nmd5 {'0' * 32}\n")
    r = runner.invoke(app, ["banks", "import", str(hash_list), "--bank", "OWN", "--create",
                            "--source", "own"])
    assert r.exit_code == 0, r.output
    assert "2 added" in r.output
    r = runner.invoke(app, ["banks", "import", str(hash_list), "--bank", "OWN"])
    assert "2 already present" in r.output  # re-running adds nothing twice
    r = runner.invoke(app, ["banks", "list"])
    assert "OWN" in r.output

    folder = tmp_path / "uploads"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(banked, folder / "sub" / "copy.jpg")
    Image.new("RGB", (80, 60), "teal").save(folder / "other.png")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff garbage")
    out = tmp_path / "matches.jsonl"
    r = runner.invoke(app, ["scan", str(folder), "-o", str(out), "--workers", "2"])
    assert r.exit_code == 1, r.output  # something matched
    records = [json.loads(line) for line in out.read_text().splitlines()]
    by_name = {Path(x["path"]).name: x for x in records}
    assert by_name["copy.jpg"]["status"] == "match"
    assert by_name["copy.jpg"]["matches"][0]["bank"] == "OWN"
    assert by_name["broken.jpg"]["status"] == "error"
    assert "other.png" not in by_name  # clean files are listed only with --all
    assert not Path(f"{out}.progress").exists()

    r = runner.invoke(app, ["banks", "export", "OWN", "--format", "txt"])
    assert f"pdq {pdq}" in r.output


def test_scan_resumes_after_interruption(database: Any, tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        Image.new("RGB", (40 + i, 40), (i * 60, 10, 10)).save(folder / f"{i}.png")
    out = tmp_path / "out.csv"
    out.write_text("path,status,signal_type,bank,entry_id,distance,classification,source_id,"
                   "error\n")
    Path(f"{out}.progress").write_text(f"{folder / '0.png'}\n{folder / '1.png'}\n")
    r = runner.invoke(app, ["scan", str(folder), "-o", str(out), "--format", "csv", "--all",
                            "--workers", "1"])
    assert r.exit_code == 0, r.output
    assert "resuming: 2 of 3" in r.output
    rows = out.read_text().splitlines()
    assert len(rows) == 2 and rows[1].endswith("2.png,clean,,,,,,,")
