"""Public pages, no account needed: report something, check a report, stop an image of
yourself being shared (hashed on the device), appeal a decision.

They work without JavaScript (only the on-device fingerprint of an image needs it), speak
English and Spanish (catalogues in ``templates/public/locale``; add a language by adding a
file), protect their forms with a signed double-submit token (a cookie and a form field that
must match and carry the server's signature), and are rate-limited per network address.
Reporters are never asked who they are; their address is kept only as a keyed hash.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from childguard.api.deps import PUBLIC, database
from childguard.insight import ratelimit
from childguard.moderation import casework
from childguard.moderation import user_reports as intake
from childguard.moderation.storage import Statement
from childguard.platform.config import Settings
from childguard.platform.db import Database
from childguard.platform.errors import ChildguardError, NotFound, TooManyRequests
from childguard.web.render import render

router = APIRouter(include_in_schema=False)

LOCALE_DIR = Path(__file__).resolve().parent / "templates" / "public" / "locale"
CSRF_COOKIE = "cg_public_csrf"
PUBLIC_CATEGORIES = ("child_sexual_exploitation", "grooming", "sextortion", "my_own_image",
                     "self_harm", "other")


@lru_cache(maxsize=1)
def catalogues() -> dict[str, dict[str, str]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(LOCALE_DIR.glob("*.json"))}


class Translator:
    def __init__(self, lang: str):
        self.lang = lang
        self.messages = catalogues()[lang]
        self.fallback = catalogues()["en"]

    def __call__(self, key: str, **values: Any) -> str:
        text = self.messages.get(key) or self.fallback.get(key) or key
        return text.format(**values) if values else text


def pick_language(request: Request, explicit: str | None = None) -> str:
    known = catalogues()
    for candidate in (explicit, request.query_params.get("lang")):
        if candidate and candidate in known:
            return candidate
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in known:
            return code
    return "en"


# ----------------------------------------------------------------- secrets, CSRF, limits


def _secret(settings: Settings) -> bytes:
    if settings.public_form_secret:
        return settings.public_form_secret.encode()
    return _file_secret(str(settings.data_dir))


@lru_cache(maxsize=8)
def _file_secret(data_dir: str) -> bytes:
    path = Path(data_dir) / "public-form-secret"
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        value = secrets.token_hex(32).encode()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first
            return path.read_bytes().strip()
        with os.fdopen(fd, "wb") as fh:
            fh.write(value)
        return value


def _sign(secret: bytes, nonce: str) -> str:
    return hmac.new(secret, f"csrf:{nonce}".encode(), hashlib.sha256).hexdigest()[:32]


def _valid_token(secret: bytes, token: str | None) -> bool:
    if not token or "." not in token:
        return False
    nonce, sig = token.split(".", 1)
    return bool(nonce) and hmac.compare_digest(_sign(secret, nonce), sig)


def _csrf_token(request: Request, secret: bytes) -> str:
    current = request.cookies.get(CSRF_COOKIE)
    if _valid_token(secret, current):
        return str(current)
    nonce = secrets.token_urlsafe(18)
    return f"{nonce}.{_sign(secret, nonce)}"


def _csrf_ok(request: Request, secret: bytes, presented: str) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE)
    return (_valid_token(secret, cookie) and bool(presented)
            and hmac.compare_digest(str(cookie), presented))


def _client_key(request: Request, secret: bytes) -> str:
    ip = request.client.host if request.client else "unknown"
    digest = hmac.new(secret, f"ip:{ip}".encode(), hashlib.sha256).hexdigest()[:24]
    return f"ip:{digest}"


def _settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def _page(request: Request, template: str, lang: str, context: dict[str, Any] | None = None,
          status_code: int = 200) -> Response:
    secret = _secret(_settings(request))
    token = _csrf_token(request, secret)
    t = Translator(lang)
    query = {k: v for k, v in request.query_params.items() if k != "lang"}
    other = "es" if lang == "en" else "en"
    ctx: dict[str, Any] = {
        "t": t, "lang": lang, "public_csrf": token,
        "other_lang": other, "other_lang_url": request.url.path + "?" + urlencode(
            {**query, "lang": other}),
        "categories": PUBLIC_CATEGORIES, "errors": {}, "values": {},
    }
    ctx.update(context or {})
    response = render(request, template, ctx, status_code=status_code)
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict",
                        secure=_settings(request).secure_cookies, path="/report",
                        max_age=12 * 3600)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _message(request: Request, lang: str, text: str, status_code: int) -> Response:
    return _page(request, "public/message.html", lang, {"message": text},
                 status_code=status_code)


def _guard_post(request: Request, db: Database, lang: str, token: str) -> Response | None:
    """CSRF first, then the per-address limit; a refusal is a clear page, never a stack."""
    settings = _settings(request)
    secret = _secret(settings)
    if not _csrf_ok(request, secret, token):
        return _message(request, lang, Translator(lang)("err_csrf"), 403)
    retry = ratelimit.hit(db, "post:" + _client_key(request, secret),
                          limit=settings.public_posts_per_hour)
    if retry is not None:
        response = _message(request, lang, Translator(lang)(
            "err_rate", minutes=max(1, retry // 60)), 429)
        response.headers["Retry-After"] = str(retry)
        return response
    return None


def _guard_lookup(request: Request, db: Database, lang: str) -> Response | None:
    settings = _settings(request)
    retry = ratelimit.hit(db, "lookup:" + _client_key(request, _secret(settings)),
                          limit=settings.public_lookups_per_hour)
    if retry is not None:
        response = _message(request, lang, Translator(lang)(
            "err_rate", minutes=max(1, retry // 60)), 429)
        response.headers["Retry-After"] = str(retry)
        return response
    return None


def _redirect(path: str, **params: str) -> Response:
    return RedirectResponse(path + "?" + urlencode(params), status_code=303)


def _day(value: datetime | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.strftime("%Y-%m-%d %H:%M UTC")


# ----------------------------------------------------------------- report something


@router.get("/report", openapi_extra=PUBLIC, response_class=HTMLResponse)
def report_form(request: Request, category: str | None = None) -> Response:
    lang = pick_language(request)
    values = {"category": category} if category in PUBLIC_CATEGORIES else {}
    return _page(request, "public/report.html", lang, {"values": values})


@router.post("/report", openapi_extra=PUBLIC, response_class=HTMLResponse)
def report_submit(request: Request, csrf_token: Annotated[str, Form()] = "",
                  lang: Annotated[str, Form()] = "", category: Annotated[str, Form()] = "",
                  account: Annotated[str, Form(max_length=128)] = "",
                  url: Annotated[str, Form(max_length=2000)] = "",
                  details: Annotated[str, Form(max_length=5000)] = "",
                  danger: Annotated[str, Form()] = "",
                  db: Database = Depends(database)) -> Response:
    lang = pick_language(request, lang)
    refused = _guard_post(request, db, lang, csrf_token)
    if refused is not None:
        return refused
    t = Translator(lang)
    values = {"category": category, "account": account, "url": url, "details": details,
              "danger": bool(danger)}
    errors: dict[str, str] = {}
    if category not in PUBLIC_CATEGORIES:
        errors["category"] = t("err_category")
    if category == "my_own_image":
        return _redirect("/report/my-image", lang=lang)
    if not account.strip() and not url.strip():
        errors["what"] = t("err_what")
    if errors:
        return _page(request, "public/report.html", lang, {"errors": errors, "values": values},
                     status_code=422)
    key = _client_key(request, _secret(_settings(request)))
    try:
        with db.unit_of_work() as session:
            filed = intake.file_user_report(
                session, intake.ReportInput(
                    category=category, reported_account_id=account or None,
                    reported_url=url or None, details=details, immediate_danger=bool(danger),
                    language=lang),
                source="public", reporter_key=key, actor=f"public:{key}")
            reference = filed.report.reference
    except TooManyRequests as exc:
        return _message(request, lang, exc.message, 429)
    except ChildguardError as exc:
        return _page(request, "public/report.html", lang, {
            "errors": {"form": t("err_generic", message=exc.message)}, "values": values},
            status_code=422)
    return _redirect("/report/status", ref=reference, lang=lang, new="1")


# ----------------------------------------------------------------- status


@router.get("/report/status", openapi_extra=PUBLIC, response_class=HTMLResponse)
def report_status(request: Request, ref: str = "", new: str = "",
                  db: Database = Depends(database)) -> Response:
    lang = pick_language(request)
    if not ref.strip():
        return _page(request, "public/status.html", lang, {"ref": "", "view": None})
    limited = _guard_lookup(request, db, lang)
    if limited is not None:
        return limited
    try:
        with db.unit_of_work() as session:
            view = intake.status_view(session, intake.get_by_reference(session, ref[:40]))
    except NotFound:
        return _page(request, "public/status.html", lang, {
            "ref": ref[:40], "view": None,
            "errors": {"ref": Translator(lang)("status_not_found")}}, status_code=404)
    view["received_day"] = _day(view["received_at"])
    view["outcome_day"] = _day(view["outcome_at"])
    return _page(request, "public/status.html", lang, {"ref": view["reference"], "view": view,
                                                        "new": new == "1"})


# ----------------------------------------------------------------- my own image


@router.get("/report/my-image", openapi_extra=PUBLIC, response_class=HTMLResponse)
def own_image_form(request: Request) -> Response:
    return _page(request, "public/own_image.html", pick_language(request))


@router.post("/report/my-image", openapi_extra=PUBLIC, response_class=HTMLResponse)
def own_image_submit(request: Request, csrf_token: Annotated[str, Form()] = "",
                     lang: Annotated[str, Form()] = "", sha256: Annotated[str, Form()] = "",
                     sha256_manual: Annotated[str, Form()] = "",
                     pdq: Annotated[str, Form()] = "",
                     where: Annotated[str, Form(max_length=2000)] = "",
                     db: Database = Depends(database)) -> Response:
    lang = pick_language(request, lang)
    refused = _guard_post(request, db, lang, csrf_token)
    if refused is not None:
        return refused
    t = Translator(lang)
    digest = (sha256 or sha256_manual).strip().lower()
    hashes = {"sha256": digest}
    if pdq.strip():
        hashes["pdq"] = pdq.strip().lower()
    where = where.strip()
    is_link = "/" in where or where.startswith("http")
    key = _client_key(request, _secret(_settings(request)))
    try:
        with db.unit_of_work() as session:
            filed = intake.file_user_report(
                session, intake.ReportInput(
                    category="my_own_image", hashes=hashes, language=lang,
                    reported_url=where if where and is_link else None,
                    reported_account_id=where if where and not is_link else None),
                source="public", reporter_key=key, actor=f"public:{key}")
            reference = filed.report.reference
    except TooManyRequests as exc:
        return _message(request, lang, exc.message, 429)
    except ChildguardError:
        return _page(request, "public/own_image.html", lang, {
            "errors": {"hash": t("err_hash")}, "values": {"where": where}}, status_code=422)
    return _redirect("/report/status", ref=reference, lang=lang, new="1")


# ----------------------------------------------------------------- appeals


def _statement_view(statement: Statement) -> dict[str, Any]:
    body = statement.body or {}
    why = body.get("why") or {}
    return {"id": statement.id, "what": body.get("what", ""), "facts": why.get("facts", ""),
            "clause": " ".join(x for x in (why.get("clause"), why.get("clause_title")) if x),
            "automated": bool(body.get("automated_decision")),
            "until": _day(statement.appealable_until),
            "open": statement.appealable_until is not None
            and statement.appealable_until > datetime.now(statement.appealable_until.tzinfo)}


@router.get("/report/appeal", openapi_extra=PUBLIC, response_class=HTMLResponse)
def appeal_form(request: Request, statement: str = "",
                db: Database = Depends(database)) -> Response:
    lang = pick_language(request)
    if not statement.strip():
        return _page(request, "public/appeal.html", lang, {"statement": None, "sid": ""})
    limited = _guard_lookup(request, db, lang)
    if limited is not None:
        return limited
    with db.unit_of_work() as session:
        row = session.get(Statement, statement.strip()[:32])
        view = _statement_view(row) if row is not None else None
    if view is None:
        return _page(request, "public/appeal.html", lang, {
            "statement": None, "sid": statement[:32],
            "errors": {"statement": Translator(lang)("statement_not_found")}}, status_code=404)
    return _page(request, "public/appeal.html", lang, {"statement": view, "sid": view["id"]})


@router.post("/report/appeal", openapi_extra=PUBLIC, response_class=HTMLResponse)
def appeal_submit(request: Request, csrf_token: Annotated[str, Form()] = "",
                  lang: Annotated[str, Form()] = "", statement: Annotated[str, Form()] = "",
                  text: Annotated[str, Form(max_length=5000)] = "",
                  db: Database = Depends(database)) -> Response:
    lang = pick_language(request, lang)
    refused = _guard_post(request, db, lang, csrf_token)
    if refused is not None:
        return refused
    t = Translator(lang)
    key = _client_key(request, _secret(_settings(request)))
    try:
        with db.unit_of_work() as session:
            appeal = casework.file_appeal(session, statement.strip()[:32], text=text,
                                          actor=f"public:{key}")
            appeal_id = appeal.id
    except NotFound:
        return _page(request, "public/appeal.html", lang, {
            "statement": None, "sid": statement[:32],
            "errors": {"statement": t("statement_not_found")}}, status_code=404)
    except ChildguardError:
        return _message(request, lang, t("appeal_closed"), 409)
    return _redirect("/report/appeal/status", appeal=appeal_id, lang=lang, new="1")


@router.get("/report/appeal/status", openapi_extra=PUBLIC, response_class=HTMLResponse)
def appeal_status(request: Request, appeal: str = "", new: str = "",
                  db: Database = Depends(database)) -> Response:
    lang = pick_language(request)
    if not appeal.strip():
        return _page(request, "public/appeal_status.html", lang, {"appeal": None, "aid": ""})
    limited = _guard_lookup(request, db, lang)
    if limited is not None:
        return limited
    days = _settings(request).appeal_decision_days
    try:
        with db.unit_of_work() as session:
            row = casework.get_appeal(session, appeal.strip()[:32])
            view = {"id": row.id, "state": row.state, "filed": _day(row.created_at),
                    "deadline": _day(row.created_at + timedelta(days=days)),
                    "decided": _day(row.decided_at)}
    except NotFound:
        return _page(request, "public/appeal_status.html", lang, {
            "appeal": None, "aid": appeal[:32],
            "errors": {"appeal": Translator(lang)("appeal_not_found")}}, status_code=404)
    return _page(request, "public/appeal_status.html", lang, {"appeal": view, "aid": view["id"],
                                                               "new": new == "1"})

