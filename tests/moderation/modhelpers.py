"""Helpers for moderation tests: benign images, events, a webhook receiver."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from childguard.moderation import actions


def benign_image(seed: int, size: int = 128) -> bytes:
    """A generated picture: a colour gradient with a few shapes. Nothing else, ever."""
    rng = np.random.default_rng(seed)
    x = np.linspace(0, 1, size)
    base = np.stack([np.outer(x, np.ones(size)) * rng.uniform(80, 255),
                     np.outer(np.ones(size), x) * rng.uniform(80, 255),
                     np.full((size, size), rng.uniform(0, 255))], axis=-1).astype(np.uint8)
    img = Image.fromarray(base, "RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(4):
        x0, y0 = (int(v) for v in rng.integers(0, size // 2, 2))
        x1, y1 = x0 + int(rng.integers(10, size // 2)), y0 + int(rng.integers(10, size // 2))
        colour = tuple(int(c) for c in rng.integers(0, 255, 3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def media_event(event_id: str, account: str, *, image: bytes | None = None,
                md5: str | None = None, media_id: str | None = None,
                occurred_at: str = "2026-11-29T10:00:00+01:00", **data: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"media_id": media_id or f"m-{event_id}", **data}
    if image is not None:
        payload["file_b64"] = base64.b64encode(image).decode()
    if md5 is not None:
        payload["hashes"] = {"md5": md5}
    return {"id": event_id, "type": "media.uploaded", "account_id": account,
            "ip": "198.51.100.7", "port": 50123, "occurred_at": occurred_at,
            "device_ids": ["device-abc"], "data": payload}


def md5_of(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


class Receiver:
    """A webhook receiver that can be down (connection refused or 503) and counts what it
    acknowledged."""

    def __init__(self, secret: str = "receiver-secret-0123456789") -> None:
        self.secret = secret
        self.received: list[dict[str, Any]] = []
        self.bad_signatures = 0
        self.failing = False
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if receiver.failing:
                    self.send_response(503)
                    self.end_headers()
                    return
                ok = actions.verify_signature(receiver.secret,
                                              self.headers.get(actions.SIGNATURE_HEADER, ""),
                                              body)
                with receiver.lock:
                    if ok:
                        receiver.received.append(json.loads(body))
                    else:
                        receiver.bad_signatures += 1
                self.send_response(200 if ok else 401)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


