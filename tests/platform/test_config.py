"""Configuration: wrong values stop the process with one line naming the setting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from childguard.platform.config import ConfigError, load_settings

CLI = [sys.executable, "-m", "childguard.cli"]


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CHILDGUARD_")}
    clean.update(env)
    return subprocess.run([*CLI, *args], env=clean, capture_output=True, text=True, timeout=60)


def test_bad_value_stops_with_one_line_naming_the_setting() -> None:
    result = _run({"CHILDGUARD_PORT": "eighty"}, "version")
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "CHILDGUARD_PORT" in lines[0] and "eighty" in lines[0]


def test_misspelt_setting_is_refused() -> None:
    result = _run({"CHILDGUARD_DATABSE_URL": "sqlite:///x.db"}, "version")
    assert result.returncode == 2
    assert "CHILDGUARD_DATABSE_URL: unknown setting" in result.stderr


def test_toml_file_is_read_and_env_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "childguard.toml"
    cfg.write_text('[childguard]\nport = 9123\nhost = "0.0.0.0"\n')
    monkeypatch.setenv("CHILDGUARD_CONFIG", str(cfg))
    monkeypatch.setenv("CHILDGUARD_HOST", "127.0.0.2")
    s = load_settings()
    assert s.port == 9123
    assert s.host == "127.0.0.2"


def test_toml_errors_name_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("port = [\n")
    monkeypatch.setenv("CHILDGUARD_CONFIG", str(cfg))
    with pytest.raises(ConfigError, match="bad.toml is not valid TOML"):
        load_settings()
    cfg.write_text("[childguard]\nport = 70000\n")
    with pytest.raises(ConfigError, match="CHILDGUARD_PORT"):
        load_settings()


def test_database_url_must_be_supported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHILDGUARD_DATABASE_URL", "mysql://root@localhost/x")
    with pytest.raises(ConfigError, match="CHILDGUARD_DATABASE_URL"):
        load_settings()
