"""Hashing, matching and hash banks over HTTP (``/v1``).

``POST /v1/scan`` is the upload check: hashes, matches (with bank, entry, provenance and
distance) and the verdict in one call. Thin over :mod:`childguard.media`.
"""

from __future__ import annotations

import io
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from childguard.api.deps import UNIT_OF_WORK, database, requires
from childguard.api.hma import app_database, cached_principal, describe, hma_requires
from childguard.media import banks as services
from childguard.media import formats
from childguard.media.hashing import hash_media
from childguard.media.matching import Match, Matcher, get_matcher
from childguard.media.scanning import scan_bytes
from childguard.media.signals import SIGNAL_TYPES
from childguard.media.storage import MediaBank, MediaEntry
from childguard.platform import auth
from childguard.platform.app import FastRequest, json_bytes
from childguard.platform.db import Database
from childguard.platform.errors import ChildguardError, InvalidInput

router = APIRouter(tags=["media"])
scan_scope = requires("scan")
read_scope = requires("hashes:read")
write_scope = requires("banks:write")
# The lookup hot path: an async guard that answers from the key cache without a thread hop.
fast_read_scope = hma_requires("hashes:read")

BankName = Annotated[str, Path(min_length=1, max_length=100)]
MAX_UPLOAD = 64 * 1024 * 1024


def on_startup(app: Any) -> None:
    """Build this process's index from the database and follow changes from then on."""
    get_matcher(app.state.database).start()


def on_shutdown(app: Any) -> None:
    get_matcher(app.state.database).stop()


async def matcher_dep(db: Database = Depends(app_database)) -> Matcher:
    return get_matcher(db)


async def read_upload(file: UploadFile) -> bytes:
    data = await file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise InvalidInput(f"the upload is over {MAX_UPLOAD} bytes", code="media_too_large",
                           status=413)
    return data


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ------------------------------------------------------------------ hash, lookup, scan

@router.post("/v1/hash")
async def hash_upload(file: UploadFile = File(description="the image or video"),
                      content_type: Literal["photo", "video"] | None = Form(default=None),
                      mode: Literal["exact", "fast"] = Query(default="exact"),
                      dihedral: bool = Query(default=False,
                                             description="also the 8 rotations/flips of PDQ"),
                      principal: auth.Principal = Depends(scan_scope)) -> dict[str, Any]:
    """Every hash of an upload: PDQ (+ quality), MD5/SHA-1/SHA-256, vPDQ for videos."""
    data = await read_upload(file)
    result = await run_in_threadpool(hash_media, data, content_type=content_type, mode=mode,
                                     dihedral=dihedral)
    out = result.as_dict()
    return {"content_type": out["content_type"], "hashes": out["signals"],
            "pdq_quality": result.pdq.quality if result.pdq else None,
            "pdq_dihedral": result.pdq.dihedral if result.pdq and dihedral else None,
            "vpdq_frames": out["vpdq_frames"] or None, "format": out["format"],
            "width": out["width"], "height": out["height"], "size_bytes": out["size_bytes"],
            "mode": mode}


class LookupItem(Strict):
    signals: dict[str, str] = Field(description="signal type → value, e.g. {\"pdq\": \"...\"}")
    pdq_quality: int | None = Field(default=None, ge=0, le=100)


class LookupIn(Strict):
    signals: dict[str, str] | None = Field(default=None, description="one piece of content")
    items: list[LookupItem] | None = Field(default=None, max_length=1000,
                                           description="several pieces of content at once")
    banks: list[str] | None = Field(default=None, description="only these banks")


@router.post("/v1/lookup")
async def lookup(body: LookupIn, principal: auth.Principal = Depends(fast_read_scope),
                 matcher: Matcher = Depends(matcher_dep)) -> dict[str, Any]:
    """Matches of known hashes: each with bank, entry, metadata and distance."""
    if (body.signals is None) == (body.items is None):
        raise InvalidInput("send either signals (one item) or items (a batch)")
    matcher.ensure_fresh()
    items = body.items if body.items is not None else [LookupItem(signals=body.signals or {})]
    banks = set(body.banks) if body.banks is not None else None
    found: list[list[Match]] = [[] for _ in items]
    pdq_items = [i for i, it in enumerate(items) if set(it.signals) == {"pdq"}
                 and (it.pdq_quality is None or it.pdq_quality >= 50)]
    if len(pdq_items) > 1:  # one batched index search for the PDQ-only items
        hashes = [SIGNAL_TYPES["pdq"].validate(items[i].signals["pdq"]) for i in pdq_items]
        for i, matches in zip(pdq_items, matcher.lookup_pdq(hashes, banks), strict=True):
            found[i] = matches
    batched = set(pdq_items) if len(pdq_items) > 1 else set()
    for i, it in enumerate(items):
        if i not in batched:
            found[i] = matcher.lookup(it.signals, banks, pdq_quality=it.pdq_quality)
    described = iter(await describe([m for f in found for m in f], matcher))
    results = [[next(described) for _ in f] for f in found]
    if body.items is None:
        return {"matches": results[0]}
    return {"results": [{"matches": r} for r in results]}


async def fast_lookup(request: FastRequest) -> bytes | None:
    """``POST /v1/lookup`` of one item (``{"signals": {...}, "banks": [...]}``) for a cached
    key, when every match's provenance is cached; anything else takes the route above."""
    if cached_principal(request, "hashes:read") is None:
        return None
    try:
        body = json.loads(request.body)
    except ValueError:
        return None
    if not isinstance(body, dict) or not body.keys() <= {"signals", "banks"}:
        return None
    signals, banks = body.get("signals"), body.get("banks")
    if not isinstance(signals, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in signals.items()):
        return None
    if banks is not None and not (isinstance(banks, list)
                                  and all(isinstance(b, str) for b in banks)):
        return None
    matcher = get_matcher(request.app.state.database)
    matcher.ensure_fresh()
    try:
        matches = matcher.lookup(signals, set(banks) if banks is not None else None)
    except ChildguardError:
        return None
    described = matcher.describe_cached(matches)
    return None if described is None else json_bytes({"matches": described})


fast_routes = {("POST", "/v1/lookup"): fast_lookup}


@router.post("/v1/scan")
async def scan(request: Request, file: UploadFile = File(description="the image or video"),
               content_type: Literal["photo", "video"] | None = Form(default=None),
               banks: str | None = Form(default=None, description="comma-separated bank names"),
               mode: Literal["exact", "fast"] = Query(default="exact"),
               principal: auth.Principal = Depends(scan_scope),
               db: Database = Depends(database)) -> dict[str, Any]:
    """Upload check in one call: hashes, matches and the verdict."""
    data = await read_upload(file)
    matcher = get_matcher(db)
    bank_list = [b.strip() for b in banks.split(",") if b.strip()] if banks else None
    def run() -> dict[str, Any]:  # decoding and hashing must not block the event loop
        with db.unit_of_work() as session:
            return scan_bytes(session, matcher, data, content_type=content_type, mode=mode,
                              banks=bank_list, context={"principal": principal.label}).as_dict()

    return await run_in_threadpool(run)


@router.get("/v1/matcher/status")
def matcher_status(principal: auth.Principal = Depends(read_scope),
                   matcher: Matcher = Depends(matcher_dep)) -> dict[str, Any]:
    """This process's index: size, memory, how fresh."""
    return matcher.status()


# ------------------------------------------------------------------ banks

def bank_out(bank: MediaBank, counts: dict[str, dict[str, int]] | None = None) -> dict[str, Any]:
    return {"id": bank.id, "name": bank.name, "description": bank.description,
            "source": bank.source, "source_detail": bank.source_detail, "enabled": bank.enabled,
            "match_ratio": bank.match_ratio,
            "thresholds": services.effective_thresholds(bank),
            "created_by": bank.created_by, "created_at": bank.created_at.isoformat(),
            "updated_at": bank.updated_at.isoformat(),
            "entries": (counts or {}).get(bank.id, {"enabled": 0, "disabled": 0})}


def entry_out(entry: MediaEntry, bank: MediaBank | None = None) -> dict[str, Any]:
    return {"id": entry.id, "bank": bank.name if bank else None, "bank_id": entry.bank_id,
            "signal_type": entry.signal_type, "value": entry.value,
            "classification": entry.classification, "source_id": entry.source_id,
            "note": entry.note, "metadata": entry.extra, "enabled": entry.enabled,
            "added_by": entry.added_by, "added_at": entry.added_at.isoformat()}


class BankIn(Strict):
    name: str = Field(min_length=1, max_length=100)
    source: Literal["ncmec", "partner", "own", "exchange", "other"] = "own"
    source_detail: str = Field(default="", max_length=255,
                               description="e.g. the partner's name or the list's URL")
    description: str = Field(default="", max_length=5000)
    enabled: bool = True
    thresholds: dict[str, int] | None = Field(default=None,
                                              description="per signal type, e.g. {\"pdq\": 24}")
    match_ratio: float = Field(default=1.0, ge=0, le=1, description=(
        "share of content matched against this bank, to ramp a new list up; decided per "
        "hash, so the same content always gets the same answer"))


class BankPatch(Strict):
    name: str | None = Field(default=None, min_length=1, max_length=100)
    source: Literal["ncmec", "partner", "own", "exchange", "other"] | None = None
    source_detail: str | None = Field(default=None, max_length=255)
    description: str | None = Field(default=None, max_length=5000)
    enabled: bool | None = None
    thresholds: dict[str, int] | None = None
    match_ratio: float | None = Field(default=None, ge=0, le=1)


@router.get("/v1/banks")
def list_banks(principal: auth.Principal = Depends(read_scope),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    counts = services.entry_counts(session)
    return {"banks": [bank_out(b, counts) for b in services.list_banks(session)]}


@router.post("/v1/banks", status_code=201)
def create_bank(body: BankIn, principal: auth.Principal = Depends(write_scope),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    bank = services.create_bank(session, actor=principal.label, **body.model_dump())
    return bank_out(bank)


@router.get("/v1/banks/{name}")
def get_bank(name: BankName, principal: auth.Principal = Depends(read_scope),
             session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return bank_out(services.get_bank(session, name), services.entry_counts(session))


@router.patch("/v1/banks/{name}")
def update_bank(body: BankPatch, name: BankName,
                principal: auth.Principal = Depends(write_scope),
                session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    bank = services.update_bank(session, actor=principal.label,
                                bank=services.get_bank(session, name),
                                **body.model_dump(exclude_unset=True))
    return bank_out(bank)


@router.delete("/v1/banks/{name}", status_code=204)
def delete_bank(name: BankName, principal: auth.Principal = Depends(write_scope),
                session: Session = UNIT_OF_WORK) -> None:
    services.delete_bank(session, actor=principal.label, bank=services.get_bank(session, name))


class EntryIn(Strict):
    signal_type: str = Field(description="pdq, md5, sha1, sha256, vpdq, video_md5, ...")
    value: str
    classification: Literal["A1", "A2", "B1", "B2"] | None = None
    source_id: str | None = Field(default=None, max_length=255)
    note: str = Field(default="", max_length=2000)
    metadata: dict[str, Any] = Field(default_factory=dict)


class EntryPatch(Strict):
    enabled: bool
    note: str | None = Field(default=None, max_length=2000)


@router.get("/v1/banks/{name}/entries")
def list_entries(name: BankName, after_id: int = Query(default=0, ge=0),
                 limit: int = Query(default=100, ge=1, le=1000),
                 principal: auth.Principal = Depends(read_scope),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    bank = services.get_bank(session, name)
    rows = services.list_entries(session, bank, after_id=after_id, limit=limit)
    return {"entries": [entry_out(e, bank) for e in rows],
            "next_after_id": rows[-1].id if len(rows) == limit else None}


@router.post("/v1/banks/{name}/entries", status_code=201)
def add_entry(body: EntryIn, name: BankName, principal: auth.Principal = Depends(write_scope),
              session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    bank = services.get_bank(session, name)
    entry = services.add_entry(session, actor=principal.label, bank=bank, entry=services.NewEntry(
        signal_type=body.signal_type, value=body.value, classification=body.classification,
        source_id=body.source_id, note=body.note, extra=body.metadata))
    return entry_out(entry, bank)


@router.get("/v1/banks/{name}/entries/{entry_id}")
def get_entry(name: BankName, entry_id: int, principal: auth.Principal = Depends(read_scope),
              session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    bank = services.get_bank(session, name)
    return entry_out(services.get_entry(session, entry_id, bank), bank)


@router.patch("/v1/banks/{name}/entries/{entry_id}")
def update_entry(body: EntryPatch, name: BankName, entry_id: int,
                 principal: auth.Principal = Depends(write_scope),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Disable (or re-enable) an entry; it is never deleted, so the history stays."""
    bank = services.get_bank(session, name)
    entry = services.set_entry_enabled(session, actor=principal.label,
                                       entry=services.get_entry(session, entry_id, bank),
                                       enabled=body.enabled, note=body.note)
    return entry_out(entry, bank)


@router.post("/v1/banks/{name}/import")
async def import_entries(name: BankName, file: UploadFile = File(),
                         format: Literal["csv", "jsonl", "txt", "ncmec"] = Form(),
                         default_signal_type: str | None = Form(default=None),
                         principal: auth.Principal = Depends(write_scope),
                         db: Database = Depends(database)) -> dict[str, Any]:
    """Import a hash list (CSV, JSON lines, threatexchange text, NCMEC entries XML).
    Re-sending the same file resumes an interrupted import; present hashes are skipped."""
    import hashlib

    data = await file.read()
    report = formats.import_stream(db, bank_name=name, stream=io.BytesIO(data), fmt=format,
                                   actor=principal.label, source_name=file.filename or "upload",
                                   digest=hashlib.sha256(data).hexdigest(),
                                   default_signal_type=default_signal_type)
    return report.__dict__


@router.get("/v1/banks/{name}/export", response_class=StreamingResponse, responses={200: {
    "description": "the entries in the format asked for, streamed",
    "content": {media: {} for media in formats.EXPORT_MEDIA_TYPES.values()}}})
def export_entries(name: BankName,
                   format: Literal["csv", "jsonl", "txt", "ncmec"] = Query("jsonl"),
                   include_disabled: bool = Query(default=False),
                   principal: auth.Principal = Depends(read_scope),
                   db: Database = Depends(database)) -> StreamingResponse:
    """The bank's entries, streamed."""
    with db.unit_of_work() as session:
        bank_id = services.get_bank(session, name).id

    def body() -> Any:
        with db.read_only() as session:  # a long export must not hold SQLite's write lock
            bank = services.get_bank(session, bank_id)
            entries = services.iter_bank_entries(session, bank,
                                                 include_disabled=include_disabled)
            for line in formats.export_lines(entries, format):
                yield line.encode()

    return StreamingResponse(body(), media_type=formats.EXPORT_MEDIA_TYPES[format])
