"""Shared fixtures. The database is SQLite unless CHILDGUARD_TEST_DATABASE_URL names a
PostgreSQL server; with PostgreSQL a fresh database is created for the run and dropped after.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

os.environ.setdefault("CHILDGUARD_LOG_LEVEL", "WARNING")

from childguard.platform import auth  # noqa: E402
from childguard.platform.config import Settings, load_settings, reset_settings_cache  # noqa: E402
from childguard.platform.db import Database, normalise_url, set_database  # noqa: E402
from childguard.platform.migrate import import_all_models, upgrade  # noqa: E402

PG_URL = os.environ.get("CHILDGUARD_TEST_DATABASE_URL")
CHROMIUM = os.environ.get("CHILDGUARD_CHROMIUM", "/usr/bin/chromium")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres_only: needs PostgreSQL")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # CI runs the suite against PostgreSQL and must not pass with tests silently skipped.
    if PG_URL and os.environ.get("CHILDGUARD_FORBID_SKIPS") == "1":
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
        if skipped:
            print(f"\n{skipped} test(s) were skipped on PostgreSQL; CI forbids skips")
            session.exitstatus = 1


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Migrate once per run; hand out clean copies or truncate between tests."""
    import_all_models()
    if PG_URL:
        name = f"cg_test_{uuid.uuid4().hex[:10]}"
        admin = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_URL.rsplit("/", 1)[0] + "/" + name
        upgrade(url)
        yield url
        with admin.connect() as conn:
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()
    else:
        path = tmp_path_factory.mktemp("db") / "template.db"
        upgrade(f"sqlite:///{path}")
        yield str(path)


@pytest.fixture
def database_url(_template_db: str, tmp_path: Path) -> str:
    if PG_URL:
        return _template_db
    target = tmp_path / "childguard.db"
    shutil.copyfile(_template_db, target)
    return f"sqlite:///{target}"


@pytest.fixture
def settings(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("CHILDGUARD_DATABASE_URL", database_url)
    monkeypatch.setenv("CHILDGUARD_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CHILDGUARD_ENVIRONMENT", "test")
    monkeypatch.setenv("CHILDGUARD_JOBS_IN_PROCESS", "false")
    monkeypatch.setenv("CHILDGUARD_LOG_JSON", "false")
    reset_settings_cache()
    s = load_settings()
    yield s
    reset_settings_cache()


@pytest.fixture
def database(settings: Settings) -> Iterator[Database]:
    db = Database(settings.database_url)
    set_database(db)
    auth._key_cache.clear()
    yield db
    set_database(None)
    if PG_URL:
        _empty_postgres_tables(db)
    db.dispose()


_pg_tables: list[str] = []


def _empty_postgres_tables(db: Database) -> None:
    """Truncate only the tables a test wrote to: one cheap EXISTS probe per table instead
    of truncating every table (TRUNCATE costs file operations per table)."""
    if not _pg_tables:
        _pg_tables.extend(t for t in inspect(db.engine).get_table_names()
                          if t != "alembic_version")
    probe = " UNION ALL ".join(
        f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM \"{t}\")" for t in _pg_tables)
    with db.engine.begin() as conn:
        used = [row[0] for row in conn.execute(text(probe))]
        if used:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in used)
                              + " RESTART IDENTITY CASCADE"))


@pytest.fixture
def app(database: Database, settings: Settings) -> Any:
    from childguard.platform.app import create_app

    return create_app(settings, database, start_workers=False)


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture
def make_api_key(database: Database) -> Callable[..., dict[str, str]]:
    def make(scopes: list[str] | str = "admin", name: str = "test-key") -> dict[str, str]:
        scope_list = [scopes] if isinstance(scopes, str) else list(scopes)
        with database.unit_of_work() as session:
            _, secret = auth.create_api_key(session, name=name, scopes=scope_list,
                                            actor="test")
        return {"Authorization": f"Bearer {secret}"}

    return make


@pytest.fixture
def make_user(database: Database) -> Callable[..., tuple[str, str]]:
    counter = iter(range(1, 10_000))

    def make(role: str = "reviewer", username: str | None = None,
             password: str = "correct horse battery staple") -> tuple[str, str]:
        username = username or f"{role.replace('-', '')}{next(counter)}"
        with database.unit_of_work() as session:
            auth.create_user(session, username=username, role=role, password=password,
                             actor="test")
        return username, password

    return make


@pytest.fixture
def run_jobs(database: Database) -> Callable[[], int]:
    from childguard.platform.jobs import Worker, load_job_modules

    load_job_modules()

    def run() -> int:
        return Worker(database, lease_seconds=30).drain()

    return run


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    def __init__(self, url: str, server: Any, thread: threading.Thread):
        self.url = url
        self.server = server
        self.thread = thread


@pytest.fixture
def live_server(app: Any) -> Iterator[LiveServer]:
    """The app served by uvicorn on a free port, for the browser and for real HTTP."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "live server did not start"
    yield LiveServer(f"http://127.0.0.1:{port}", server, thread)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()
