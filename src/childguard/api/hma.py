"""An HMA 2.0-compatible subset, so tools written for Meta's Hasher-Matcher-Actioner (such as
ROOST's Coop) can point at childguard unchanged.

Same paths, parameters and response shapes as HMA (``/h`` hashing, ``/m`` matching, ``/c``
curation). Differences, all additive: every route needs an API key (HMA has none; tools that
cannot send a header may put the key in the URL as ``https://<key>@host/``, i.e. HTTP Basic),
lookups honour per-bank thresholds, and matches carry provenance next to HMA's fields.
URL fetching (``?url=``) is not offered: send the bytes.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from childguard.api.deps import UNIT_OF_WORK
from childguard.media import banks as services
from childguard.media.hashing import hash_media
from childguard.media.matching import Match, Matcher, get_matcher
from childguard.media.signals import get_signal_type
from childguard.platform import auth
from childguard.platform.app import FastRequest, json_bytes
from childguard.platform.db import Database, get_database
from childguard.platform.errors import ChildguardError, Forbidden, InvalidInput, Unauthenticated

router = APIRouter(tags=["hma-compatible"])

# HMA's content types and the signal types it computes for each.
CONTENT_SIGNALS = {"photo": ("pdq",), "video": ("video_md5",)}


async def app_database(request: Request) -> Database:
    """The app's database without a thread hop (every sync dependency costs one)."""
    db = getattr(request.app.state, "database", None)
    return db if db is not None else get_database()


def _token(authorization: str, x_api_key: str | None) -> str:
    """The API key from a Bearer or Basic Authorization header, or X-API-Key."""
    token = x_api_key
    kind, _, value = authorization.partition(" ")
    if kind.lower() == "bearer":
        token = value.strip()
    elif kind.lower() == "basic":
        try:
            user, _, password = base64.b64decode(value).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            raise Unauthenticated("malformed Basic credentials")
        token = password or user
    if not token:
        raise Unauthenticated("this endpoint needs an API key (Bearer, X-API-Key, or "
                              "https://<key>@host/ as Basic)")
    return token


def cached_principal(request: FastRequest, scope: str) -> auth.Principal | None:
    """The caller, for a fast route: only from the key cache and only if it may ``scope``
    (otherwise the full route authenticates, or explains why not)."""
    headers = request.headers
    try:
        token = _token(headers.get(b"authorization", b"").decode("latin-1"),
                       (headers.get(b"x-api-key") or b"").decode("latin-1") or None)
    except Unauthenticated:
        return None
    principal = auth.cached_api_key(token)
    return principal if principal is not None and principal.allows(scope) else None


def hma_requires(scope: str) -> Any:
    """Like ``requires`` but also takes the key as HTTP Basic (user or password), and answers
    from the key cache without a thread hop (lookups are the hot path)."""
    if scope not in auth.SCOPES:
        raise ValueError(f"unknown scope {scope!r}")

    async def dependency(request: Request) -> auth.Principal:
        token = _token(request.headers.get("authorization", ""),
                       request.headers.get("x-api-key"))
        principal = auth.cached_api_key(token)
        if principal is None:
            db = getattr(request.app.state, "database", None) or get_database()

            def verify() -> auth.Principal:
                with db.unit_of_work() as session:
                    return auth.authenticate_api_key(session, token)

            principal = await run_in_threadpool(verify)
        if not principal.allows(scope):
            raise Forbidden(f"this API key lacks the {scope!r} scope",
                            details={"required_scope": scope})
        request.state.principal = principal
        return principal

    dependency.required_scope = scope  # type: ignore[attr-defined]
    dependency.__name__ = f"hma_requires_{scope.replace(':', '_')}"
    return dependency


scan_scope = hma_requires("scan")
read_scope = hma_requires("hashes:read")
write_scope = hma_requires("banks:write")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


async def _single_upload(request: Request) -> tuple[str, bytes]:
    form = await request.form()
    files = [(name, value) for name, value in form.multi_items() if isinstance(value, UploadFile)]
    if len(files) != 1:
        raise InvalidInput("send exactly one file; its form field names the content type "
                           "(photo or video)")
    name, upload = files[0]
    if name not in CONTENT_SIGNALS:
        raise InvalidInput(f"unknown content type {name!r}; use photo or video")
    assert isinstance(upload, UploadFile)
    return name, await upload.read()


def _hash_upload(content_type: str, data: bytes, types: str | None) -> dict[str, str]:
    result = hash_media(data, content_type=content_type)
    wanted = types.split(",") if types else list(CONTENT_SIGNALS[content_type])
    out = {}
    for name in wanted:
        value = result.signals.get(name.strip(), "")
        if name == "pdq" and result.pdq and result.pdq.quality < 50:
            value = ""  # HMA's convention for low-quality PDQ
        out[name.strip()] = value
    return out


# ------------------------------------------------------------------ /h

@router.post("/h/hash")
async def h_hash(request: Request, types: str | None = Query(default=None),
                 principal: auth.Principal = Depends(scan_scope)) -> dict[str, str]:
    """HMA: multipart upload, the field name is the content type (``photo=@x.jpg``)."""
    content_type, data = await _single_upload(request)
    return await run_in_threadpool(_hash_upload, content_type, data, types)


@router.get("/h/hash")
def h_hash_url(url: str = Query(), principal: auth.Principal = Depends(scan_scope)) -> None:
    """HMA hashes a URL here; childguard does not fetch remote media (no server-side request
    forgery surface). Upload the bytes with ``POST /h/hash`` instead."""
    raise InvalidInput("URL fetching is disabled on this server; POST the file to /h/hash",
                       code="url_fetch_disabled", status=400)


# ------------------------------------------------------------------ /m

def _banks_param(banks: str | None) -> set[str] | None:
    return {b.strip() for b in banks.split(",") if b.strip()} if banks else None


def _lookup(signal_type: str, signal: str, banks: set[str] | None, db: Database) -> list[Match]:
    value = get_signal_type(signal_type).validate(signal)
    matcher = get_matcher(db)
    matcher.ensure_fresh()
    return matcher.lookup({signal_type: value}, banks)


async def describe(matches: list[Match], matcher: Matcher) -> list[dict[str, Any]]:
    """Matches with provenance: from the matcher's cache on the event loop, or, when some
    entry's provenance must be read from the database, in a worker thread."""
    described = matcher.describe_cached(matches)
    if described is None:
        described = await run_in_threadpool(matcher.describe, matches)
    return described


def _by_bank(described: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for item in described:
        out.setdefault(item["bank"], []).append(
            {"bank_content_id": item["entry_id"], "distance": str(item["distance"]),
             "classification": item.get("classification"),
             "source_id": item.get("source_id")})
    return out


@router.get("/m/raw_lookup")
async def m_raw_lookup(signal_type: str = Query(), signal: str = Query(),
                 banks: str | None = Query(default=None),
                 include_distance: bool = Query(default=False),
                 principal: auth.Principal = Depends(read_scope),
                 db: Database = Depends(app_database)) -> dict[str, Any]:
    matches = _lookup(signal_type, signal, _banks_param(banks), db)
    if include_distance:
        return {"matches": [{"bank_content_id": m.entry_id, "distance": m.distance}
                            for m in matches]}
    return {"matches": [m.entry_id for m in matches]}


@router.get("/m/lookup")
async def m_lookup(signal_type: str = Query(), signal: str = Query(),
             banks: str | None = Query(default=None), seed: str | None = Query(default=None),
             principal: auth.Principal = Depends(read_scope),
             db: Database = Depends(app_database)) -> dict[str, list[dict[str, Any]]]:
    """``{"BANK": [{"bank_content_id": 1, "distance": "0"}]}`` as HMA answers."""
    matches = _lookup(signal_type, signal, _banks_param(banks), db)
    if not matches:
        return {}
    return _by_bank(await describe(matches, get_matcher(db)))


_FAST_LOOKUP_PARAMS = {"signal_type", "signal", "banks", "seed"}


async def fast_m_lookup(request: FastRequest) -> bytes | None:
    """``GET /m/lookup`` for a cached key and a well-formed hash whose matches' provenance
    is cached: no routing, dependency solving or validation layers (the hot path)."""
    if cached_principal(request, "hashes:read") is None:
        return None
    params = parse_qsl(request.query_string.decode("latin-1"), keep_blank_values=True)
    query = dict(params)
    if len(query) != len(params) or not query.keys() <= _FAST_LOOKUP_PARAMS:
        return None
    signal_type, signal = query.get("signal_type"), query.get("signal")
    if signal_type not in ("pdq", "md5", "sha1", "sha256") or signal is None:
        return None
    db = request.app.state.database
    try:
        matches = _lookup(signal_type, signal, _banks_param(query.get("banks")), db)
    except ChildguardError:
        return None
    if not matches:
        return b"{}"
    described = get_matcher(db).describe_cached(matches)
    return None if described is None else json_bytes(_by_bank(described))


fast_routes = {("GET", "/m/lookup"): fast_m_lookup}


@router.post("/m/lookup")
async def m_lookup_upload(request: Request, banks: str | None = Query(default=None),
                          principal: auth.Principal = Depends(scan_scope),
                          db: Database = Depends(app_database)) -> dict[str, Any]:
    """Hash and match an upload in one call: ``{"pdq": {"BANK": [...]}}``."""
    content_type, data = await _single_upload(request)

    def run() -> dict[str, Any]:
        signals = _hash_upload(content_type, data, None)
        matcher = get_matcher(db)
        return {signal_type: _by_bank(matcher.describe(_lookup(signal_type, value,
                                                               _banks_param(banks), db)))
                if value else {} for signal_type, value in signals.items()}

    return await run_in_threadpool(run)


@router.get("/m/index/status")
def m_index_status(signal_type: str | None = Query(default=None),
                   principal: auth.Principal = Depends(read_scope),
                   db: Database = Depends(app_database)) -> dict[str, Any]:
    matcher = get_matcher(db)
    status = matcher.status()
    built = datetime.now(UTC).timestamp() - status["seconds_since_refresh"]
    out = {"pdq": {"present": status["loaded"], "built_to": int(built),
                   "size": status["pdq_entries"]}}
    return {k: v for k, v in out.items() if signal_type in (None, k)}


@router.post("/m/compare")
def m_compare(body: dict[str, list[str]], principal: auth.Principal = Depends(read_scope)
              ) -> dict[str, Any]:
    """``{"pdq": [a, b]}`` → distance and whether it is a match at the default threshold."""
    out: dict[str, Any] = {}
    for name, pair in body.items():
        st = get_signal_type(name)
        if len(pair) != 2:
            raise InvalidInput(f"{name}: give exactly two hashes")
        a, b = st.validate(pair[0]), st.validate(pair[1])
        distance = st.distance(a, b)
        limit = st.default_threshold or 0
        out[name] = {"match": distance <= limit, "distance": distance}
    return out


# ------------------------------------------------------------------ /c

class HmaBankIn(Strict):
    name: str = Field(pattern=r"^[A-Z_][A-Z0-9_]*$")
    enabled: bool | None = None
    enabled_ratio: float | None = Field(default=None, ge=0, le=1)


class HmaBankPut(Strict):
    name: str | None = Field(default=None, pattern=r"^[A-Z_][A-Z0-9_]*$")
    enabled: bool | None = None
    enabled_ratio: float | None = Field(default=None, ge=0, le=1)


def _bank_json(bank: Any) -> dict[str, Any]:
    return {"name": bank.name,
            "matching_enabled_ratio": bank.match_ratio if bank.enabled else 0.0}


def _ratio_changes(enabled: bool | None, ratio: float | None) -> dict[str, Any]:
    """HMA's ``enabled`` is ratio 1 or 0; a ratio of 0 switches the bank off (keeping the
    share it had), any other ratio switches it on at that share."""
    if enabled is not None:
        ratio = 1.0 if enabled else 0.0
    if ratio is None:
        return {}
    return {"enabled": False} if ratio == 0 else {"enabled": True, "match_ratio": ratio}


@router.get("/c/banks")
def c_banks(principal: auth.Principal = Depends(read_scope),
            session: Session = UNIT_OF_WORK) -> list[dict[str, Any]]:
    return [_bank_json(b) for b in services.list_banks(session)]


@router.post("/c/banks")
def c_create_bank(body: HmaBankIn, principal: auth.Principal = Depends(write_scope),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    bank = services.create_bank(session, actor=principal.label, name=body.name,
                                **_ratio_changes(body.enabled, body.enabled_ratio))
    return _bank_json(bank)


@router.get("/c/bank/{bank_name}")
def c_get_bank(bank_name: str, principal: auth.Principal = Depends(read_scope),
               session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    return _bank_json(services.get_bank(session, bank_name))


@router.put("/c/bank/{bank_name}")
def c_update_bank(body: HmaBankPut, bank_name: str,
                  principal: auth.Principal = Depends(write_scope),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    bank = services.update_bank(session, actor=principal.label,
                                bank=services.get_bank(session, bank_name), name=body.name,
                                **_ratio_changes(body.enabled, body.enabled_ratio))
    return _bank_json(bank)


@router.delete("/c/bank/{bank_name}")
def c_delete_bank(bank_name: str, principal: auth.Principal = Depends(write_scope),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    services.delete_bank(session, actor=principal.label,
                         bank=services.get_bank(session, bank_name))
    return {"message": "Done"}


@router.post("/c/bank/{bank_name}/content")
async def c_add_content(bank_name: str, request: Request,
                        principal: auth.Principal = Depends(write_scope),
                        db: Database = Depends(app_database)) -> dict[str, Any]:
    """Bank an upload: every signal of its content type becomes an entry."""
    content_type, data = await _single_upload(request)
    form = await request.form()
    note = str(form.get("note") or "")[:255]
    hashed = await run_in_threadpool(_hash_upload, content_type, data, None)
    signals = {k: v for k, v in hashed.items() if v}
    if not signals:
        raise InvalidInput("the upload gave no usable hash (PDQ quality below 50?)")
    def store() -> list[int]:  # database writes stay off the event loop
        ids = []
        with db.unit_of_work() as session:
            bank = services.get_bank(session, bank_name)
            for signal_type, value in signals.items():
                entry = services.add_entry(session, actor=principal.label, bank=bank,
                                           entry=services.NewEntry(signal_type, value,
                                                                   note=note))
                ids.append(entry.id)
        return ids

    ids = await run_in_threadpool(store)
    return {"id": ids[0], "signals": signals}


@router.post("/c/bank/{bank_name}/signal")
def c_add_signal(bank_name: str, body: dict[str, str],
                 principal: auth.Principal = Depends(write_scope),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Bank a raw hash: ``{"pdq": "<hash>", "note": "..."}``."""
    note = body.pop("note", "")
    if len(body) != 1:
        raise InvalidInput("give exactly one signal type and its value")
    [(signal_type, value)] = body.items()
    bank = services.get_bank(session, bank_name)
    entry = services.add_entry(session, actor=principal.label, bank=bank,
                               entry=services.NewEntry(signal_type, value, note=note[:255]))
    return {"id": entry.id, "signals": {signal_type: entry.value}}


def _content_json(entry: Any, include_signals: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"id": entry.id, "disable_until_ts": -1 if not entry.enabled else 0,
                           "original_media_uri": None, "note": entry.note}
    if include_signals:
        out["signals"] = {entry.signal_type: entry.value}
    out["metadata"] = {"content_id": entry.source_id, "json": entry.extra,
                       "classification": entry.classification}
    return out


@router.get("/c/bank/{bank_name}/content/{content_id}")
def c_get_content(bank_name: str, content_id: int,
                  include_signals: bool = Query(default=True),
                  principal: auth.Principal = Depends(read_scope),
                  session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    bank = services.get_bank(session, bank_name)
    return _content_json(services.get_entry(session, content_id, bank), include_signals)


class ContentPut(Strict):
    disable_until_ts: int | None = None
    note: str | None = Field(default=None, max_length=255)


@router.put("/c/bank/{bank_name}/content/{content_id}")
def c_update_content(body: ContentPut, bank_name: str, content_id: int,
                     principal: auth.Principal = Depends(write_scope),
                     session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """HMA disables until a time; childguard disables until re-enabled (any future or -1
    timestamp disables, 0 or a past one enables)."""
    bank = services.get_bank(session, bank_name)
    entry = services.get_entry(session, content_id, bank)
    enabled = entry.enabled
    if body.disable_until_ts is not None:
        now = datetime.now(UTC).timestamp()
        enabled = not (body.disable_until_ts == -1 or body.disable_until_ts > now)
    services.set_entry_enabled(session, actor=principal.label, entry=entry, enabled=enabled,
                               note=body.note)
    return _content_json(entry)


@router.delete("/c/bank/{bank_name}/content/{content_id}")
def c_delete_content(bank_name: str, content_id: int,
                     principal: auth.Principal = Depends(write_scope),
                     session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Disabled, not erased: the audit trail keeps what was banked and when."""
    bank = services.get_bank(session, bank_name)
    services.set_entry_enabled(session, actor=principal.label,
                               entry=services.get_entry(session, content_id, bank),
                               enabled=False, note="deleted via HMA API")
    return {"deleted": 1}
