"""Exchange fixtures: the sandboxes served over real HTTP on free ports."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from childguard.exchange.ncmec_sandbox import NCMECSandbox
from childguard.exchange.threatexchange_sandbox import ThreatExchangeSandbox


class Served:
    def __init__(self, url: str, server: Any, thread: threading.Thread):
        self.url = url
        self.server = server
        self.thread = thread


def _serve(app: Any) -> Served:
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "sandbox did not start"
    return Served(f"http://127.0.0.1:{port}", server, thread)


@pytest.fixture
def serve() -> Iterator[Callable[[Any], Served]]:
    started: list[Served] = []

    def start(app: Any) -> Served:
        served = _serve(app)
        started.append(served)
        return served

    yield start
    for s in started:
        s.server.should_exit = True
        s.thread.join(timeout=10)


@pytest.fixture
def ncmec(serve: Callable[[Any], Served]) -> tuple[NCMECSandbox, str]:
    sandbox = NCMECSandbox()
    return sandbox, serve(sandbox.app).url


@pytest.fixture
def threatexchange(serve: Callable[[Any], Served]) -> tuple[ThreatExchangeSandbox, str]:
    sandbox = ThreatExchangeSandbox()
    return sandbox, serve(sandbox.app).url
