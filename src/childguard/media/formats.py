"""Hash-list formats in and out, streamed.

* ``csv``: header row; columns ``signal_type,value`` plus optional ``classification``,
  ``source_id``, ``note``, ``enabled``, ``metadata`` (JSON).
* ``jsonl``: one JSON object a line with the same keys.
* ``txt``: python-threatexchange's ``local_file`` exchange and ``threatexchange hash`` output:
  ``<signal_type> <value>`` a line, or bare values with a default signal type.
* ``ncmec``: the NCMEC hash-sharing API's entry XML (``<image>``/``<video>`` elements with
  ``id``, ``member``, ``classification`` and ``fingerprints``); PhotoDNA, TMK and other
  fingerprints we cannot match are counted and skipped, deleted entries are reported.
  Exported the same way: entries sharing a ``source_id`` form one NCMEC entry with several
  fingerprints, disabled ones (with ``include_disabled``) become ``deletedImage`` /
  ``deletedVideo`` tombstones, and what the format cannot carry (vPDQ) is counted in a
  closing comment rather than dropped silently.

Imports stream: memory stays flat however large the file, and a stopped import resumes at the
record where it stopped (see :func:`import_file`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from childguard.media import banks as bank_services
from childguard.media.banks import NewEntry
from childguard.media.storage import MediaEntry, MediaImportJob
from childguard.platform.db import Database, utcnow
from childguard.platform.errors import InvalidInput

FORMATS = ("csv", "jsonl", "txt", "ncmec")
EXPORT_FORMATS = ("csv", "jsonl", "txt", "ncmec")
EXPORT_MEDIA_TYPES = {"csv": "text/csv", "jsonl": "application/x-ndjson", "txt": "text/plain",
                      "ncmec": "application/xml"}
NCMEC_NAMESPACE = "https://hashsharing.ncmec.org/hashsharing/v2"
CSV_COLUMNS = ("signal_type", "value", "classification", "source_id", "note", "enabled",
               "metadata")

_NCMEC_FINGERPRINTS = {"md5": "md5", "sha1": "sha1", "pdq": "pdq", "sha256": "sha256"}
_NCMEC_VIDEO_FINGERPRINTS = {"md5": "video_md5", "sha1": "sha1", "sha256": "video_sha256"}
# signal type -> (NCMEC entry kind, fingerprint element) for export
_NCMEC_EXPORT = {**{st: ("image", tag) for tag, st in _NCMEC_FINGERPRINTS.items()},
                 **{st: ("video", tag) for tag, st in _NCMEC_VIDEO_FINGERPRINTS.items()
                    if st.startswith("video_")}}


@dataclass
class Record:
    """One parsed record: an entry, or why it was skipped."""

    number: int
    entry: NewEntry | None = None
    problem: str | None = None


def _truthy(value: Any) -> bool:
    return str(value).strip().lower() not in ("0", "false", "no", "disabled", "")


def _entry_from_mapping(row: dict[str, Any]) -> NewEntry:
    signal_type = str(row.get("signal_type") or "").strip().lower()
    value = row.get("value") or row.get("hash") or row.get("signal")
    if not signal_type or not value:
        raise InvalidInput("needs signal_type and value")
    metadata = row.get("metadata") or {}
    if isinstance(metadata, str):
        metadata = json.loads(metadata) if metadata.strip() else {}
    enabled = row.get("enabled")
    return NewEntry(signal_type=signal_type,
                    value=value if isinstance(value, str) else json.dumps(value),
                    classification=(row.get("classification") or None),
                    source_id=(str(row["source_id"]) if row.get("source_id") else None),
                    note=str(row.get("note") or ""), extra=dict(metadata),
                    enabled=True if enabled in (None, "") else _truthy(enabled))


def parse_csv(lines: Iterable[str]) -> Iterator[Record]:
    reader = csv.DictReader(lines)
    if not reader.fieldnames or "signal_type" not in reader.fieldnames or not (
            {"value", "hash"} & set(reader.fieldnames)):
        raise InvalidInput("a CSV hash list needs a header with signal_type and value columns")
    for number, row in enumerate(reader, start=1):
        try:
            yield Record(number, _entry_from_mapping(row))
        except (InvalidInput, ValueError) as exc:
            yield Record(number, problem=str(exc))


def parse_jsonl(lines: Iterable[str]) -> Iterator[Record]:
    number = 0
    for line in lines:
        if not line.strip():
            continue
        number += 1
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("each line must be a JSON object")
            yield Record(number, _entry_from_mapping(row))
        except (InvalidInput, ValueError) as exc:
            yield Record(number, problem=str(exc))


def parse_txt(lines: Iterable[str], default_signal_type: str | None = None) -> Iterator[Record]:
    number = 0
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        number += 1
        signal_type, _, value = text.partition(" ")
        if not value:
            if default_signal_type is None:
                yield Record(number, problem="line has no signal type; pass one for bare hashes")
                continue
            signal_type, value = default_signal_type, signal_type
        yield Record(number, NewEntry(signal_type=signal_type.lower(), value=value.strip()))


def parse_ncmec(stream: IO[bytes]) -> Iterator[Record]:
    from lxml import etree

    number = 0
    # NCMEC's documents are in its v2 namespace; older dumps and hand-made files are not.
    tags = ("{*}image", "{*}video", "{*}deletedImage", "{*}deletedVideo")
    parser = etree.iterparse(stream, events=("end",), tag=tags, resolve_entities=False,
                             no_network=True, huge_tree=False, load_dtd=False)
    try:
        for _, element in parser:
            tag = etree.QName(element).localname
            number += 1
            entry_id = element.findtext("{*}id") or None
            member = element.find("{*}member")
            member_id = member.get("id") if member is not None else None
            if tag.startswith("deleted"):
                yield Record(number, problem=f"entry {entry_id} was deleted by NCMEC")
            else:
                names = _NCMEC_VIDEO_FINGERPRINTS if tag == "video" else _NCMEC_FINGERPRINTS
                fingerprints = element.find("{*}fingerprints")
                found = False
                skipped = []
                for fp in (fingerprints if fingerprints is not None else []):
                    kind = etree.QName(fp).localname.lower()
                    value = (fp.text or "").strip()
                    if not value:
                        continue
                    if kind not in names:
                        skipped.append(kind)
                        continue
                    found = True
                    yield Record(number, NewEntry(
                        signal_type=names[kind], value=value,
                        classification=element.findtext("{*}classification") or None,
                        source_id=entry_id,
                        extra={"ncmec_member_id": member_id, "ncmec_entry_type": tag,
                               **({"skipped_fingerprints": skipped} if skipped else {})}))
                if not found:
                    yield Record(number, problem=f"entry {entry_id} has no fingerprint we can "
                                 f"match ({', '.join(skipped) or 'none'})")
            element.clear()
    except etree.XMLSyntaxError as exc:
        raise InvalidInput(f"the NCMEC file is not well-formed XML: {exc}")


def parse(fmt: str, stream: IO[bytes], default_signal_type: str | None = None
          ) -> Iterator[Record]:
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "ncmec":
        return parse_ncmec(stream)
    lines = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    if fmt == "csv":
        return parse_csv(lines)
    if fmt == "jsonl":
        return parse_jsonl(lines)
    return parse_txt(lines, default_signal_type)


def guess_format(path: str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"json": "jsonl", "ndjson": "jsonl", "xml": "ncmec", "tsv": "csv"}.get(
        suffix, suffix if suffix in FORMATS else "txt")


# ------------------------------------------------------------------ export

def export_lines(entries: Iterable[MediaEntry], fmt: str) -> Iterator[str]:
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(f"unknown export format {fmt!r}; use {', '.join(EXPORT_FORMATS)}")
    if fmt == "ncmec":
        yield from _export_ncmec(entries)
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        yield buf.getvalue()
    for e in entries:
        if fmt == "txt":
            yield f"{e.signal_type} {e.value}\n"
        elif fmt == "jsonl":
            yield json.dumps({"signal_type": e.signal_type, "value": e.value,
                              "classification": e.classification, "source_id": e.source_id,
                              "note": e.note, "enabled": e.enabled, "metadata": e.extra,
                              "added_by": e.added_by, "added_at": e.added_at.isoformat()},
                             separators=(",", ":")) + "\n"
        else:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow(
                [e.signal_type, e.value, e.classification or "", e.source_id or "", e.note,
                 "true" if e.enabled else "false", json.dumps(e.extra) if e.extra else ""])
            yield buf.getvalue()


def _ncmec_entry(kind: str, group: list[MediaEntry]) -> str:
    from xml.sax.saxutils import escape, quoteattr

    first = group[0]
    entry_id = first.source_id or f"childguard-{first.id}"
    member = (first.extra or {}).get("ncmec_member_id")
    parts = [f"<id>{escape(entry_id)}</id>"]
    if member:
        parts.append(f"<member id={quoteattr(str(member))}/>")
    parts.append(f"<timestamp>{first.added_at.isoformat()}</timestamp>")
    if not first.enabled:
        return f" <deleted{kind.title()}>{''.join(parts)}</deleted{kind.title()}>\n"
    if first.classification:
        parts.append(f"<classification>{escape(first.classification)}</classification>")
    fingerprints = "".join(f"<{_NCMEC_EXPORT[e.signal_type][1]}>{escape(e.value)}"
                           f"</{_NCMEC_EXPORT[e.signal_type][1]}>" for e in group)
    parts.append(f"<fingerprints>{fingerprints}</fingerprints>")
    return f" <{kind}>{''.join(parts)}</{kind}>\n"


def _export_ncmec(entries: Iterable[MediaEntry]) -> Iterator[str]:
    """NCMEC hash-sharing entries: images while streaming; videos (rarer) after them."""
    yield f'<?xml version="1.0" encoding="UTF-8"?>\n<queryResult xmlns="{NCMEC_NAMESPACE}">\n'
    yield "<images>\n"
    videos: list[str] = []
    skipped: dict[str, int] = {}
    group: list[MediaEntry] = []
    group_key: tuple[Any, ...] | None = None

    def flush() -> Iterator[str]:
        if group:
            kind = _NCMEC_EXPORT[group[0].signal_type][0]
            xml = _ncmec_entry(kind, group)
            if kind == "image":
                yield xml
            else:
                videos.append(xml)

    for e in entries:
        if e.signal_type not in _NCMEC_EXPORT:
            skipped[e.signal_type] = skipped.get(e.signal_type, 0) + 1
            continue
        kind = _NCMEC_EXPORT[e.signal_type][0]
        # Entries imported from one NCMEC entry share its id: they go out as one again.
        key = (kind, e.source_id, e.enabled) if e.source_id else ("entry", e.id)
        if key != group_key:
            yield from flush()
            group, group_key = [], key
        group.append(e)
    yield from flush()
    yield "</images>\n<videos>\n"
    yield from videos
    yield "</videos>\n"
    if skipped:
        counts = ", ".join(f"{n} {st}" for st, n in sorted(skipped.items()))
        yield f"<!-- not exported, no NCMEC fingerprint type: {counts} -->\n"
    yield "</queryResult>\n"


# ------------------------------------------------------------------ streaming import

@dataclass
class ImportReport:
    job_id: str
    records: int
    added: int
    duplicates: int
    rejected: int
    resumed_from: int
    problems: list[str]


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def import_stream(database: Database, *, bank_name: str, stream: IO[bytes], fmt: str,
                  actor: str, source_name: str, digest: str,
                  default_signal_type: str | None = None, batch_size: int = 5000,
                  progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import in batches, one transaction each, recording progress with every batch; an
    import of the same content into the same bank resumes after the last committed batch."""
    with database.unit_of_work() as session:
        bank = bank_services.get_bank(session, bank_name)
        job = session.scalar(select(MediaImportJob).where(
            MediaImportJob.bank_id == bank.id, MediaImportJob.source_digest == digest,
            MediaImportJob.finished.is_(False)).order_by(MediaImportJob.started_at.desc()))
        if job is None:
            job = MediaImportJob(bank_id=bank.id, source_name=source_name[:500],
                                 source_digest=digest, format=fmt, started_by=actor)
            session.add(job)
            session.flush()
        job_id, skip = job.id, job.records_done
        bank_id = bank.id
    problems: list[str] = []
    counts = {"records": 0, "added": 0, "duplicates": 0, "rejected": 0}
    pending: list[NewEntry] = []
    last_number = skip

    def flush(done_through: int) -> None:
        with database.unit_of_work() as session:
            bank = bank_services.get_bank(session, bank_id)
            added, dupes = (bank_services.add_entries_bulk(
                session, actor=actor, bank=bank, entries=pending, source=source_name)
                if pending else (0, 0))
            job = session.get(MediaImportJob, job_id)
            assert job is not None
            job.records_done = done_through
            job.added += added
            job.duplicates += dupes
            job.rejected = counts["rejected"] + (job.rejected if skip else 0)
            job.updated_at = utcnow()
        counts["added"] += added
        counts["duplicates"] += dupes
        pending.clear()
        if progress:
            progress(done_through)

    for record in parse(fmt, stream, default_signal_type):
        if record.number <= skip:
            continue
        if record.number != last_number and len(pending) >= batch_size:
            flush(last_number)
        last_number = record.number
        counts["records"] = record.number
        if record.entry is None:
            counts["rejected"] += 1
            if len(problems) < 100:
                problems.append(f"record {record.number}: {record.problem}")
            continue
        try:
            pending.append(bank_services._checked(record.entry))
        except InvalidInput as exc:
            counts["rejected"] += 1
            if len(problems) < 100:
                problems.append(f"record {record.number}: {exc.message}")
    flush(last_number)
    with database.unit_of_work() as session:
        job = session.get(MediaImportJob, job_id)
        assert job is not None
        job.finished = True
    return ImportReport(job_id=job_id, records=last_number, added=counts["added"],
                        duplicates=counts["duplicates"], rejected=counts["rejected"],
                        resumed_from=skip, problems=problems)


def import_file(database: Database, *, bank_name: str, path: Path, fmt: str | None = None,
                actor: str, default_signal_type: str | None = None, batch_size: int = 5000,
                progress: Callable[[int], None] | None = None) -> ImportReport:
    fmt = fmt or guess_format(str(path))
    with path.open("rb") as fh:
        return import_stream(database, bank_name=bank_name, stream=fh, fmt=fmt, actor=actor,
                             source_name=str(path), digest=file_digest(path),
                             default_signal_type=default_signal_type, batch_size=batch_size,
                             progress=progress)
