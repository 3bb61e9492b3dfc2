"""A local stand-in for the NCMEC hash-sharing API v2, for tests and the demo.

It behaves as the documented API does where a client can tell: HTTP Basic auth, XML in the
v2 namespace, ``/v2/status``, ``/v2/members``, ``/v2/entries`` windows answered in pages with
a ``next`` link carrying ``start``, ``size`` and ``max``, tombstones for removed entries,
feedback reasons and feedback submissions. Like the real one it returns the entries of a
window **in no particular time order**, so a client that trusts a page's ``maxTimestamp``
loses entries here as it would in production.

Fingerprints are random or hashes of benign generated pictures; nothing else is ever here.
"""

from __future__ import annotations

import base64
import hashlib
import random
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request, Response
from lxml import etree

from childguard.exchange.ncmec import NS, format_time, parse_time

FP_TYPES = ("MD5", "SHA1", "PDNA", "PDQ", "NETCLEAN", "VIDENTIFIER", "TMK_PDQF",
            "SSVH_PDNA", "SSVH_SAFER_HASH")
REASONS = [
    {"guid": "8d6b6a43-0b1c-4f53-9a43-1f5a2f0e7c01", "name": "Not CSAM", "type": "negative"},
    {"guid": "8d6b6a43-0b1c-4f53-9a43-1f5a2f0e7c02", "name": "Poor quality fingerprint",
     "type": "negative"},
    {"guid": "8d6b6a43-0b1c-4f53-9a43-1f5a2f0e7c03", "name": "Not a match to the content",
     "type": "negative"},
]


@dataclass
class SandboxEntry:
    id: str
    member_id: int
    kind: str  # image | video
    timestamp: int
    classification: str | None
    fingerprints: dict[str, str]
    deleted: bool = False
    feedback: list[dict[str, Any]] = field(default_factory=list)


def _el(parent: Any, tag: str, text: str | None = None, /, **attrs: Any) -> Any:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}", {k: str(v) for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def _xml(root: Any, status: int = 200) -> Response:
    return Response(etree.tostring(root, xml_declaration=True, encoding="UTF-8"),
                    status_code=status, media_type="application/xml")


def _error(status: int, message: str) -> Response:
    root = etree.Element(f"{{{NS}}}error", nsmap={None: NS})
    root.text = message
    return _xml(root, status)


class NCMECSandbox:
    """State plus an ASGI app. Use ``add``/``delete`` to change the list under a client."""

    def __init__(self, *, username: str = "sandbox", password: str = "sandbox",  # noqa: S107
                 esp_id: int = 1, esp_name: str = "Sandbox ESP", seed: int = 7):
        self.username = username
        self.password = password
        self.esp_id = esp_id
        self.members = {esp_id: esp_name, 2: "Example Industry Member",
                        3: "Example NGO Partner"}
        self.entries: dict[tuple[int, str], SandboxEntry] = {}
        self.requests = 0
        self.page_size = 1000
        """Entries per page when the request names no size (the real API's is 1,000)."""
        self.fail_requests: set[int] = set()
        """Request numbers (1-based, counting entry pages) answered with 503, once each."""
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self.app = self._build()

    # -------------------------------------------------------------- changing the list

    def add(self, *, timestamp: int, fingerprints: dict[str, str], kind: str = "image",
            member_id: int = 2, classification: str | None = "A1",
            entry_id: str | None = None) -> SandboxEntry:
        with self._lock:
            entry = SandboxEntry(id=entry_id or secrets.token_hex(8), member_id=member_id,
                                 kind=kind, timestamp=timestamp, classification=classification,
                                 fingerprints=dict(fingerprints))
            self.entries[(member_id, entry.id)] = entry
            return entry

    def add_random(self, n: int, *, start: int, end: int, kind: str = "image") -> list[
            SandboxEntry]:
        """``n`` entries with random fingerprints and timestamps in [start, end)."""
        out = []
        for _ in range(n):
            raw = self._rng.randbytes(32)
            fps = {"md5": hashlib.md5(raw, usedforsecurity=False).hexdigest(),
                   "sha1": hashlib.sha1(raw, usedforsecurity=False).hexdigest()}
            if kind == "image":
                fps["pdq"] = self._rng.randbytes(32).hex()
                fps["pdna"] = base64.b64encode(self._rng.randbytes(144)).decode()
            out.append(self.add(timestamp=self._rng.randrange(start, end), fingerprints=fps,
                                kind=kind, member_id=self._rng.choice([2, 3]),
                                classification=self._rng.choice(["A1", "A2", "B1"])))
        return out

    def delete(self, member_id: int, entry_id: str, *, timestamp: int) -> None:
        """Remove an entry: later windows that include ``timestamp`` show its tombstone."""
        with self._lock:
            entry = self.entries[(member_id, entry_id)]
            entry.deleted = True
            entry.timestamp = timestamp

    # -------------------------------------------------------------- the API

    def _authorised(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return secrets.compare_digest(user, self.username) and secrets.compare_digest(
            password, self.password)

    def _build(self) -> FastAPI:
        app = FastAPI(title="NCMEC hash-sharing API sandbox", openapi_url=None, docs_url=None,
                      redoc_url=None)

        @app.middleware("http")
        async def basic_auth(request: Request, call_next: Any) -> Any:
            if not self._authorised(request):
                response = _error(401, "Unauthorized")
                response.headers["WWW-Authenticate"] = 'Basic realm="hashsharing"'
                return response
            return await call_next(request)

        @app.get("/v2/status")
        def status(request: Request) -> Response:
            root = etree.Element(f"{{{NS}}}status", nsmap={None: NS})
            _el(root, "ipAddress", request.client.host if request.client else "127.0.0.1")
            _el(root, "username", self.username)
            _el(root, "member", self.members[self.esp_id], id=self.esp_id)
            return _xml(root)

        @app.get("/v2/members")
        def members() -> Response:
            root = etree.Element(f"{{{NS}}}members", nsmap={None: NS})
            for mid, name in sorted(self.members.items()):
                _el(root, "member", name, id=mid)
            return _xml(root)

        @app.get("/v2/entries")
        def entries(request: Request) -> Response:
            return self._entries(request)

        @app.get("/v2/feedback/{fp_type}/reasons")
        def reasons(fp_type: str) -> Response:
            if fp_type not in FP_TYPES:
                return _error(400, f"unknown fingerprint type {fp_type}")
            root = etree.Element(f"{{{NS}}}availableFeedbackReasons", nsmap={None: NS})
            for r in REASONS:
                _el(root, "reason", guid=r["guid"], name=r["name"], type=r["type"])
            return _xml(root)

        @app.put("/v2/entries/{esp_id}/{entry_id}/{fp_type}/feedback")
        async def feedback(esp_id: int, entry_id: str, fp_type: str,
                           request: Request) -> Response:
            entry = self.entries.get((esp_id, entry_id))
            if entry is None:
                return _error(404, "entry not found")
            if fp_type not in FP_TYPES:
                return _error(400, f"unknown fingerprint type {fp_type}")
            try:
                root = etree.fromstring(await request.body(),
                                        parser=etree.XMLParser(resolve_entities=False,
                                                               no_network=True))
            except etree.XMLSyntaxError:
                return _error(400, "body is not XML")
            kinds = [str(c.tag).rsplit("}", 1)[-1] for c in root]
            if str(root.tag).rsplit("}", 1)[-1] != "feedbackSubmission" or len(kinds) != 1 \
                    or kinds[0] not in ("affirmative", "negative"):
                return _error(400, "expected <feedbackSubmission> with <affirmative/> or "
                                   "<negative>")
            guids = [str(g.text) for g in root.iter(f"{{{NS}}}guid")]
            known = {r["guid"] for r in REASONS}
            if kinds[0] == "negative" and (not guids or set(guids) - known):
                return _error(400, "negative feedback needs known reason guids")
            entry.feedback.append({"member": self.esp_id, "fp_type": fp_type,
                                   "opinion": kinds[0], "reasons": guids})
            return Response(status_code=204)

        return app

    def _entries(self, request: Request) -> Response:
        q = request.query_params
        try:
            start_ts = parse_time(q["from"]) if "from" in q else 0
            end_ts = parse_time(q["to"]) if "to" in q else int(datetime.now(UTC).timestamp())
            start = int(q.get("start", 0))
            size = min(int(q.get("size", self.page_size)), 1000)
        except (ValueError, KeyError):
            return _error(400, "from/to must be yyyy-MM-ddTHH:mm:ssZ; start/size integers")
        with self._lock:
            self.requests += 1
            if self.requests in self.fail_requests:
                self.fail_requests.discard(self.requests)
                return _error(503, "Service temporarily unavailable")
            window = [e for e in self.entries.values() if start_ts <= e.timestamp <= end_ts]
        # Not in time order, as documented; a stable order so paging is consistent.
        window.sort(key=lambda e: hashlib.sha1(f"{e.member_id}/{e.id}".encode(),
                                               usedforsecurity=False).hexdigest())
        total = int(q.get("max", len(window)))
        page = window[start:start + size]
        root = etree.Element(f"{{{NS}}}queryResult", nsmap={None: NS})
        for kind, group_name in (("image", "images"), ("video", "videos")):
            items = [e for e in page if e.kind == kind]
            attrs: dict[str, Any] = {"count": len(items)}
            if items:
                attrs["maxTimestamp"] = format_time(max(e.timestamp for e in items))
            group = _el(root, group_name, **attrs)
            for e in items:
                if e.deleted:
                    el = _el(group, "deleted" + kind.capitalize())
                    _el(el, "member", self.members.get(e.member_id, ""), id=e.member_id)
                    _el(el, "timestamp", format_time(e.timestamp))
                    _el(el, "id", e.id)
                    continue
                el = _el(group, kind)
                _el(el, "member", self.members.get(e.member_id, ""), id=e.member_id)
                _el(el, "timestamp", format_time(e.timestamp))
                _el(el, "id", e.id)
                if e.classification:
                    _el(el, "classification", e.classification)
                fps = _el(el, "fingerprints")
                for name, value in sorted(e.fingerprints.items()):
                    _el(fps, name, value)
                if e.feedback:
                    fb = _el(el, "feedback")
                    for f in e.feedback:
                        _el(fb, f["opinion"], type=f["fp_type"], member=f["member"])
        paging = _el(root, "paging")
        if start + size < min(total, len(window)):
            params = {"from": format_time(start_ts), "to": format_time(end_ts),
                      "start": start + size, "size": size, "max": total}
            _el(paging, "next", "/v2/entries?" + urlencode(params))
        return _xml(root)
