"""Plain files: a CSV or JSON Lines list of hashes or signals on this machine.

Columns (CSV header) or keys (JSONL): ``signal_type``, ``value`` and optionally ``id``
(the record key; default ``signal_type:value``), ``classification``, ``deleted``
(``true`` removes the record), ``tags`` (``;``-separated in CSV) and ``description``.
The checkpoint is the file's digest and the number of lines applied; a changed file is
read from the top again, which the store makes harmless.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from childguard.exchange.interface import (
    Exchange,
    ExchangeSettings,
    FetchBatch,
    Fingerprint,
    Opinion,
    Record,
    exchange,
)
from childguard.platform.errors import InvalidInput

TRUE = {"1", "true", "yes", "y"}


class FileSettings(ExchangeSettings):
    path: str = Field(min_length=1, description="Path of the CSV or JSONL file")
    format: Literal["csv", "jsonl", "auto"] = "auto"
    batch_size: int = Field(default=1000, ge=1, le=100_000)
    feedback_path: str | None = Field(default=None, description="Where opinions are appended "
                                      "(JSONL); default <path>.feedback.jsonl")


def parse_line(raw: dict[str, Any], line: int) -> Record:
    signal_type = str(raw.get("signal_type") or "").strip().lower()
    value = str(raw.get("value") or "").strip()
    if not signal_type or not value:
        raise InvalidInput(f"line {line}: signal_type and value are required")
    tags = raw.get("tags") or []
    if isinstance(tags, str):
        tags = [t for t in tags.split(";") if t.strip()]
    deleted = raw.get("deleted")
    return Record(key=str(raw.get("id") or f"{signal_type}:{value}"),
                  fingerprints=(Fingerprint(signal_type, value),),
                  classification=(str(raw["classification"]).strip() or None)
                  if raw.get("classification") else None,
                  deleted=deleted is True or str(deleted).strip().lower() in TRUE,
                  tags=tuple(str(t).strip() for t in tags),
                  description=str(raw.get("description") or "")[:2000])


@exchange
class FileExchange(Exchange):
    kind = "file"
    description = "A local CSV or JSON Lines file of hashes and signals"
    settings_model = FileSettings
    supports_feedback = True

    settings: FileSettings

    def _format(self, path: Path) -> str:
        if self.settings.format != "auto":
            return self.settings.format
        return "jsonl" if path.suffix.lower() in (".jsonl", ".ndjson", ".json") else "csv"

    def fetch(self, checkpoint: dict[str, Any]) -> Iterator[FetchBatch]:
        path = Path(self.settings.path)
        if not path.is_file():
            raise InvalidInput(f"no file at {path}")
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        done = int(checkpoint.get("lines", 0)) if checkpoint.get("digest") == digest else 0
        if checkpoint.get("digest") == digest and checkpoint.get("complete"):
            return
        text = data.decode("utf-8-sig")
        rows: Iterator[tuple[int, dict[str, Any]]]
        if self._format(path) == "jsonl":
            rows = ((n, json.loads(s)) for n, s in enumerate(text.splitlines(), 1)
                    if s.strip())
        else:
            rows = ((n + 1, r) for n, r in enumerate(csv.DictReader(io.StringIO(text)), 1))
        batch: list[Record] = []
        last = done
        for line, raw in rows:
            if line <= done:
                continue
            if not isinstance(raw, dict):
                raise InvalidInput(f"line {line}: expected an object")
            batch.append(parse_line(raw, line))
            last = line
            if len(batch) >= self.settings.batch_size:
                # A file is in order, so every applied batch can move the checkpoint.
                yield FetchBatch(batch, checkpoint={"digest": digest, "lines": last})
                batch = []
        yield FetchBatch(batch, checkpoint={"digest": digest, "lines": last, "complete": True})

    def send_feedback(self, record_key: str, signal_type: str, opinion: Opinion,
                      reasons: list[str]) -> None:
        target = Path(self.settings.feedback_path or f"{self.settings.path}.feedback.jsonl")
        with target.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"id": record_key, "signal_type": signal_type,
                                  "opinion": opinion, "reasons": reasons}) + "\n")
