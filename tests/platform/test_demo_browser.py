"""What a new user does first: seed the demo, serve, sign in with the printed credentials."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.browser


def _env(tmp: Path, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHILDGUARD_")}
    env.update({"CHILDGUARD_DATABASE_URL": database_url, "CHILDGUARD_DATA_DIR": str(tmp),
                "CHILDGUARD_LOG_LEVEL": "WARNING", "COLUMNS": "200"})
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_demo_credentials_sign_in_and_reach_the_queue(tmp_path: Path, page: Any) -> None:
    # A database of its own, like `make run` on a fresh machine (always SQLite).
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    env = _env(tmp_path, url)
    cli = [sys.executable, "-m", "childguard.cli"]
    first = subprocess.run([*cli, "demo"], env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    again = subprocess.run([*cli, "demo"], env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    password = re.search(r"user reviewer\s+one-time password (\S+)", first.stdout)
    api_key = re.search(r"admin API key\s+(cg_\S+)", first.stdout)
    assert password and api_key, first.stdout
    # Running twice prints the same working credentials and creates nothing new.
    assert password.group(1) in again.stdout and api_key.group(1) in again.stdout

    port = _free_port()
    server = subprocess.Popen([*cli, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert httpx.get(f"{base}/healthz").status_code == 200
        keys = httpx.get(f"{base}/v1/admin/api-keys",
                         headers={"Authorization": f"Bearer {api_key.group(1)}"})
        assert keys.status_code == 200
        assert [k["name"] for k in keys.json()["keys"] if not k["revoked_at"]] == [
            "demo-admin-key"]

        page.goto(f"{base}/")
        page.get_by_label("Username").fill("reviewer")
        page.get_by_label("Password").fill(password.group(1))
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/console/password")
        page.get_by_label("New password (at least 12 characters)").fill("my own long passphrase")
        page.get_by_label("Repeat it").fill("my own long passphrase")
        page.get_by_role("button", name="Save and continue").click()
        page.wait_for_url("**/console/queue")
        assert page.get_by_role("heading", name="Review queue").is_visible()
        # Keyboard users can reach the main content first.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    finally:
        server.terminate()
        server.wait(15)
