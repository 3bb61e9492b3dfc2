"""Helpers shared by the reporting tests (imported by conftest and the tests)."""

from __future__ import annotations

from collections.abc import Callable

from childguard.reporting import sandbox
from childguard.reporting.client import CyberTiplineClient


class Sandbox:
    def __init__(self) -> None:
        self.state = sandbox.SandboxState()
        self.app = sandbox.create_app(self.state)

    def client(self) -> CyberTiplineClient:
        from starlette.testclient import TestClient

        http = TestClient(self.app, base_url="http://sandbox")
        return CyberTiplineClient("http://sandbox/ispws", "sandbox", "sandbox", http=http)


def crash_at(step: str, times: int = 1) -> Callable[[str], None]:
    remaining = {"n": times}

    def hook(name: str) -> None:
        if name == step and remaining["n"] > 0:
            remaining["n"] -= 1
            raise RuntimeError(f"simulated worker crash {step}")

    return hook
