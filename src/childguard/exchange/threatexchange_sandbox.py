"""A local stand-in for a ThreatExchange-compatible Graph API, for tests and the demo.

``GET /{version}/{group}/threat_updates`` pages indicators changed in
``[start_time, stop_time]`` ordered by id (not by time, as the real API), with an absolute
``paging.next`` link; ``POST /{version}/{id}/reactions`` records an opinion. The access token
is checked on every call. Indicators are random hashes and made-up, benign identifiers.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

REACTIONS = ("SAW_THIS_TOO", "DISAGREE_WITH_TAGS", "HELPFUL", "NOT_HELPFUL")


@dataclass
class Indicator:
    id: str
    indicator: str
    type: str
    last_updated: int
    tags: list[str] = field(default_factory=list)
    description: str = ""
    should_delete: bool = False
    reactions: list[dict[str, Any]] = field(default_factory=list)


class ThreatExchangeSandbox:
    def __init__(self, *, access_token: str = "sandbox|token",  # noqa: S107
                 groups: tuple[str, ...] = ("1001",)):
        self.access_token = access_token
        self.groups: dict[str, dict[str, Indicator]] = {g: {} for g in groups}
        self._next_id = 5_000_000
        self._lock = threading.Lock()
        self.app = self._build()

    def add(self, group: str, type_: str, indicator: str, *, at: int,
            tags: list[str] | None = None, description: str = "") -> Indicator:
        with self._lock:
            self._next_id += 1
            item = Indicator(str(self._next_id), indicator, type_, at, list(tags or []),
                             description)
            self.groups[group][item.id] = item
            return item

    def delete(self, group: str, indicator_id: str, *, at: int) -> None:
        with self._lock:
            item = self.groups[group][indicator_id]
            item.should_delete = True
            item.last_updated = at

    def find(self, indicator_id: str) -> Indicator | None:
        for items in self.groups.values():
            if indicator_id in items:
                return items[indicator_id]
        return None

    def _build(self) -> FastAPI:
        app = FastAPI(title="ThreatExchange-compatible sandbox", openapi_url=None,
                      docs_url=None, redoc_url=None)

        def error(status: int, message: str, code: int) -> JSONResponse:
            return JSONResponse({"error": {"message": message, "type": "OAuthException"
                                           if status == 401 else "GraphMethodException",
                                           "code": code}}, status_code=status)

        @app.get("/{version}/{group}/threat_updates")
        def updates(version: str, group: str, request: Request) -> JSONResponse:
            q = request.query_params
            if q.get("access_token") != self.access_token:
                return error(401, "Invalid OAuth access token.", 190)
            if group not in self.groups:
                return error(404, f"Unsupported get request. Object with ID '{group}' does not "
                                  "exist", 100)
            try:
                start = int(q.get("start_time", 0))
                stop = int(q["stop_time"]) if "stop_time" in q else 2**62
                limit = min(int(q.get("limit", 500)), 1000)
                after = q.get("after", "")
            except ValueError:
                return error(400, "start_time, stop_time and limit are integers", 100)
            with self._lock:
                items = sorted((i for i in self.groups[group].values()
                                if start <= i.last_updated <= stop), key=lambda i: int(i.id))
            if after:
                items = [i for i in items if int(i.id) > int(after)]
            page = items[:limit]
            data = [{"id": i.id, "indicator": i.indicator, "type": i.type,
                     "last_updated": i.last_updated, "should_delete": i.should_delete,
                     "tags": i.tags, "description": i.description, "status": "MALICIOUS"}
                    for i in page]
            body: dict[str, Any] = {"data": data, "paging": {}}
            if len(items) > limit:
                params = {k: v for k, v in q.items() if k != "after"}
                params["after"] = page[-1].id
                body["paging"] = {"cursors": {"after": page[-1].id},
                                  "next": f"{str(request.base_url).rstrip('/')}/{version}/"
                                          f"{group}/threat_updates?{urlencode(params)}"}
            return JSONResponse(body)

        @app.post("/{version}/{indicator_id}/reactions")
        async def react(version: str, indicator_id: str, request: Request) -> JSONResponse:
            form = await request.form()
            if form.get("access_token") != self.access_token:
                return error(401, "Invalid OAuth access token.", 190)
            item = self.find(indicator_id)
            if item is None:
                return error(404, f"Object with ID '{indicator_id}' does not exist", 100)
            reaction = str(form.get("reaction", ""))
            if reaction not in REACTIONS:
                return error(400, f"reaction must be one of {', '.join(REACTIONS)}", 100)
            item.reactions.append({"reaction": reaction,
                                   "reasons": str(form.get("reasons", ""))})
            return JSONResponse({"success": True})

        return app


def random_pdq() -> str:
    return secrets.token_hex(32)
