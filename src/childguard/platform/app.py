"""Assembles the web application: API routers, console pages, middleware, error shape.

Routers are discovered: every module in ``childguard.api`` and ``childguard.web`` that has a
``router`` is included, so a context adds endpoints by adding a file. Such a module may also
define ``on_startup(app)`` / ``on_shutdown(app)`` (for example to warm an in-memory index),
and ``fast_routes``: answers for the commonest form of a hot endpoint (see
:class:`FastRequest`), tried before the framework's routing and dependency machinery.
"""

from __future__ import annotations

import importlib
import json
import logging
import pkgutil
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from sqlalchemy import text
from sqlalchemy.exc import DataError as DBDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import childguard
from childguard.platform.config import Settings, get_settings
from childguard.platform.db import Database, get_database
from childguard.platform.errors import ChildguardError
from childguard.platform.logs import configure_logging, request_id_var

log = logging.getLogger("childguard.http")

REQUESTS = Counter("childguard_http_requests_total", "HTTP requests",
                   ["method", "route", "status"])
LATENCY = Histogram("childguard_http_request_seconds", "HTTP request latency", ["route"],
                    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5))


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


@dataclass(frozen=True)
class FastRequest:
    """What a fast route sees: the raw request, read whole."""

    app: Any  # the FastAPI app (its ``state`` holds the database and settings)
    headers: dict[bytes, bytes]  # lower-case names, as ASGI gives them
    query_string: bytes
    body: bytes


#: A fast route answers 200 with JSON bytes, or ``None`` to hand the request to the full
#: route: anything unusual (missing or uncached credentials, a parameter it does not know,
#: invalid input, data it would have to read from the database) goes there, so errors,
#: documentation and behaviour stay those of the declared route.
FastHandler = Callable[[FastRequest], Awaitable[bytes | None]]


def json_bytes(content: Any) -> bytes:
    """JSON exactly as the framework's JSONResponse renders it."""
    return json.dumps(content, ensure_ascii=False, allow_nan=False, indent=None,
                      separators=(",", ":")).encode("utf-8")


class RequestMiddleware:
    """Request ids, body size limit, metrics and access logs, as plain ASGI (cheap); and the
    fast routes."""

    def __init__(self, app: ASGIApp, max_body: int,
                 fast_routes: dict[tuple[str, str], FastHandler] | None = None):
        self.app = app
        self.max_body = max_body
        self.fast_routes = fast_routes or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        rid = headers.get(b"x-request-id", b"").decode("latin-1")[:64] or uuid.uuid4().hex
        token = request_id_var.set(rid)
        started = time.perf_counter()
        status_holder = {"status": 500}
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await _send_json(send, 413, error_body(
                "payload_too_large", f"request body exceeds {self.max_body} bytes"), rid)
            request_id_var.reset(token)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _TooLarge()
            return message

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(b"x-request-id",
                                                                  rid.encode())]
            await send(message)

        downstream: Receive = limited_receive
        try:
            fast = self.fast_routes.get((scope["method"], scope["path"]))
            if fast is not None:
                body = await _read_body(limited_receive)
                answer = await fast(FastRequest(scope.get("app"), headers,
                                                scope.get("query_string", b""), body))
                if answer is not None:
                    status_holder["status"] = 200
                    await send({"type": "http.response.start", "status": 200, "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(answer)).encode()),
                        (b"x-request-id", rid.encode())]})
                    await send({"type": "http.response.body", "body": answer})
                    return
                downstream = _replay(body, receive)
            await self.app(scope, downstream, send_wrapper)
        except _TooLarge:
            status_holder["status"] = 413
            await _send_json(send, 413, error_body(
                "payload_too_large", f"request body exceeds {self.max_body} bytes"), rid)
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            route_path = getattr(route, "path", None) or (
                scope["path"] if (scope["method"], scope["path"]) in self.fast_routes
                else "unmatched")
            REQUESTS.labels(scope["method"], route_path, str(status_holder["status"])).inc()
            LATENCY.labels(route_path).observe(elapsed)
            if status_holder["status"] >= 500:
                log.error("request", extra={"method": scope["method"], "path": scope["path"],
                                            "status": status_holder["status"],
                                            "ms": round(elapsed * 1000, 2)})
            elif log.isEnabledFor(logging.DEBUG):
                log.debug("request", extra={"method": scope["method"], "path": scope["path"],
                                            "status": status_holder["status"],
                                            "ms": round(elapsed * 1000, 2)})
            request_id_var.reset(token)


class _TooLarge(Exception):
    pass


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that gives the already read body once, then defers to the server."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay


async def _send_json(send: Send, status: int, body: dict[str, Any], rid: str) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(data)).encode()),
                            (b"x-request-id", rid.encode())]})
    await send({"type": "http.response.body", "body": data})


ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {
        "type": "object",
        "required": ["code", "message"],
        "properties": {"code": {"type": "string"}, "message": {"type": "string"},
                       "details": {}},
    }},
}
_ERROR_STATUSES = {
    "400": "Bad request", "401": "No or invalid credentials",
    "403": "Credentials lack the needed scope", "404": "Not found", "409": "Conflict",
    "413": "Request body too large", "422": "Invalid input", "429": "Rate limited",
}


def document_errors(spec: dict[str, Any]) -> dict[str, Any]:
    """Declare the one error body on every operation (replacing FastAPI's own 422 shape)."""
    spec.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    ref = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            public = operation.get("x-public", False)
            for status, description in _ERROR_STATUSES.items():
                if public and status in ("401", "403"):
                    continue
                existing = operation["responses"].get(status, {})
                operation["responses"][status] = {
                    "description": existing.get("description", description), **ref}
    spec.get("components", {}).get("schemas", {}).pop("HTTPValidationError", None)
    spec.get("components", {}).get("schemas", {}).pop("ValidationError", None)
    return spec


def iter_api_routes(app: FastAPI) -> list[APIRoute]:
    """Every endpoint of the app, including those of included routers (FastAPI keeps
    included routers as lazy branches, so ``app.routes`` alone does not list them)."""
    found: list[APIRoute] = []
    stack: list[Any] = list(app.routes)
    while stack:
        route = stack.pop(0)
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "original_router"):
            stack.extend(route.original_router.routes)
        elif hasattr(route, "routes") and not isinstance(route, Mount):
            stack.extend(route.routes)
    return found


def _add_routes(app: FastAPI, router: Any) -> None:
    """Put a context's routes straight into the app's route list.

    ``include_router`` keeps each router as a lazily evaluated branch that is re-examined on
    every request; with a dozen routers that cost ~2 ms per request before any work was
    done. Our routers carry their prefixes and dependencies on their routes already (an
    ``APIRouter(prefix=...)`` applies them when a route is declared), so the routes can be
    appended as they are and matched in one flat pass."""
    for route in router.routes:
        if isinstance(route, APIRoute | Mount) or not hasattr(route, "original_router"):
            app.router.routes.append(route)
        else:
            _add_routes(app, route.original_router)


def _discover(package: str) -> list[ModuleType]:
    pkg = importlib.import_module(package)
    modules = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "deps":
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        if hasattr(module, "router"):
            modules.append(module)
    return modules


def create_app(settings: Settings | None = None, database: Database | None = None,
               *, start_workers: bool | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_json)
    modules = _discover("childguard.api") + _discover("childguard.web")
    run_workers = settings.jobs_in_process if start_workers is None else start_workers

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        workers = None
        for module in modules:
            hook = getattr(module, "on_startup", None)
            if hook:
                hook(app)
        if run_workers:
            from childguard.platform.jobs import InProcessWorkers

            workers = InProcessWorkers(app.state.database,
                                       lease_seconds=settings.job_lease_seconds)
            workers.start()
        try:
            yield
        finally:
            if workers:
                workers.stop()
            for module in modules:
                hook = getattr(module, "on_shutdown", None)
                if hook:
                    hook(app)

    app = FastAPI(
        title="childguard",
        version=childguard.__version__,
        description="Child-safety platform API: events, hash matching, cases, reports.",
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.database = database or get_database(settings)

    @app.exception_handler(ChildguardError)
    async def _domain_error(request: Request, exc: ChildguardError) -> Response:
        return _error_response(request, exc.status, error_body(exc.code, exc.message,
                                                               exc.details))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
                   for e in exc.errors()]
        first = details[0] if details else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"] if p != "body") or "request"
        return JSONResponse(error_body("invalid_input", f"{where}: {first['msg']}", details),
                            status_code=422)

    @app.exception_handler(DBDataError)
    async def _data_error(request: Request, exc: DBDataError) -> Response:
        # PostgreSQL refuses NUL characters in text wherever they come from (body, query,
        # path); that is the client's input, not a server fault. Other data errors are ours.
        if "NUL" in str(exc.orig):
            return JSONResponse(error_body(
                "invalid_input", "text may not contain NUL (0x00) characters"), status_code=422)
        return await _unexpected(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthenticated",
                403: "forbidden"}.get(exc.status_code, "http_error")
        return _error_response(request, exc.status_code, error_body(code, str(exc.detail)),
                               headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error", extra={"path": request.url.path})
        return JSONResponse(error_body("internal_error",
                                       "an unexpected error occurred; it has been logged",
                                       {"request_id": request_id_var.get()}), status_code=500)

    @app.get("/healthz", tags=["operations"], openapi_extra={"x-public": True})
    def healthz() -> dict[str, str]:
        """Liveness: the process answers."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"], openapi_extra={"x-public": True},
             responses={503: {"description": "database unreachable or not migrated"}})
    def readyz() -> Response:
        """Readiness: the database answers and is migrated."""
        try:
            with app.state.database.engine.connect() as conn:
                conn.execute(text("SELECT 1 FROM alembic_version"))
        except Exception as exc:
            return JSONResponse(error_body("not_ready", f"database: {type(exc).__name__}"),
                                status_code=503)
        return JSONResponse({"status": "ready"})

    @app.get("/metrics", tags=["operations"], openapi_extra={"x-public": True},
             response_class=Response)
    def metrics() -> Response:
        """Prometheus metrics."""
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    def openapi_with_errors() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            app.openapi_schema = document_errors(get_openapi(
                title=app.title, version=app.version, description=app.description,
                routes=app.routes))
        return app.openapi_schema

    app.openapi = openapi_with_errors  # type: ignore[method-assign]

    static_dir = Path(__file__).resolve().parent.parent / "web" / "static"
    app.mount("/static", StaticFiles(directory=static_dir), name="static")

    fast_routes: dict[tuple[str, str], FastHandler] = {}
    for module in modules:
        _add_routes(app, module.router)
        fast_routes.update(getattr(module, "fast_routes", {}))

    app.add_middleware(RequestMiddleware, max_body=settings.max_request_bytes,
                       fast_routes=fast_routes)
    return app


def _error_response(request: Request, status: int, body: dict[str, Any],
                    headers: dict[str, str] | None = None) -> Response:
    """Console pages get HTML errors; everything else gets the JSON error body."""
    accept = request.headers.get("accept", "")
    path = request.url.path
    if "text/html" in accept and (path.startswith("/console") or path.startswith("/parents")
                                  or path.startswith("/report") or path == "/"):
        from childguard.web.render import render_error

        return render_error(request, status, body["error"]["message"])
    return JSONResponse(body, status_code=status, headers=headers)

