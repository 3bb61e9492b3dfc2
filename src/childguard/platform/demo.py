"""Demo data for ``make run``: a reviewer, an admin, an admin API key, and each context's
benign demo content. Running it again creates nothing new and prints the same credentials
(they are kept in ``<data_dir>/demo-credentials.json``, readable only by you, until the
one-time passwords are changed)."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
from pathlib import Path
from typing import Any

from rich.console import Console
from sqlalchemy import select

import childguard
from childguard.platform import auth
from childguard.platform.config import get_settings
from childguard.platform.db import Database
from childguard.platform.storage import ApiKey, User

DEMO_USERS = (("reviewer", "reviewer"), ("senior", "senior-reviewer"), ("admin", "admin"),
              ("legal", "legal"))
DEMO_KEY_NAME = "demo-admin-key"

# Order matters: banks before the events that match them.
CONTEXT_ORDER = ["accounts", "media", "conversations", "moderation", "reporting", "exchange",
                 "insight"]


def _credentials_file() -> Path:
    path = get_settings().data_dir / "demo-credentials.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _load(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text()))
    except (FileNotFoundError, ValueError):
        return {}


def _save(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh, indent=2)
    os.replace(tmp, path)


def seed(database: Database, out: Console | None = None) -> dict[str, Any]:
    out = out or Console()
    path = _credentials_file()
    creds = _load(path)
    with database.unit_of_work() as session:
        for username, role in DEMO_USERS:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                user, one_time = auth.create_user(session, username=username, role=role,
                                                  display_name=f"Demo {role}", actor="demo")
                creds[username] = one_time
            elif not user.must_change_password:
                creds[username] = None  # the user chose their own password
            elif not creds.get(username):
                # The credentials file was lost: issue a fresh one-time password.
                one_time = auth.one_time_password()
                user.password_hash = auth.hash_password(one_time)
                creds[username] = one_time
        key = session.scalar(select(ApiKey).where(ApiKey.name == DEMO_KEY_NAME,
                                                  ApiKey.revoked_at.is_(None)))
        if key is None or not creds.get("api_key"):
            if key is not None:
                auth.revoke_api_key(session, key.id, actor="demo")
            _, secret = auth.create_api_key(session, name=DEMO_KEY_NAME, scopes=["admin"],
                                            actor="demo")
            creds["api_key"] = secret
    _save(path, creds)

    summaries = []
    for name in _context_order():
        try:
            module = importlib.import_module(f"childguard.{name}.demo")
        except ModuleNotFoundError as exc:
            if exc.name == f"childguard.{name}.demo":
                continue
            raise
        seed_fn = getattr(module, "seed_demo", None)
        if seed_fn is None:
            continue
        with database.unit_of_work() as session:
            summary = seed_fn(session)
        if summary:
            summaries.append(f"{name}: {summary}")

    out.print("\n[bold]childguard demo[/bold] — console at http://127.0.0.1:8000/console",
              soft_wrap=True)
    for username, role in DEMO_USERS:
        password = creds.get(username)
        shown = (f"one-time password [bold]{password}[/bold]" if password
                 else "password already changed by you")
        out.print(f"  {role:16} user [bold]{username}[/bold]  {shown}", soft_wrap=True)
    out.print(f"  admin API key    [bold]{creds['api_key']}[/bold]", soft_wrap=True)
    for line in summaries:
        out.print(f"  {line}", soft_wrap=True)
    out.print("")
    return creds


def _context_order() -> list[str]:
    found = [i.name for i in pkgutil.iter_modules(childguard.__path__) if i.ispkg]
    return [n for n in CONTEXT_ORDER if n in found] + sorted(
        n for n in found if n not in CONTEXT_ORDER)
