"""Alembic, driven from code: ``childguard db upgrade``.

Every context keeps its migrations in ``childguard/<context>/migrations/versions`` as its own
branch (``branch_labels = ("<context>",)``, depending on the platform branch), so contexts
evolve their tables independently and ``upgrade heads`` applies them all.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

import childguard
from childguard.platform.db import normalise_url

PACKAGE_DIR = Path(childguard.__file__).parent


def version_locations() -> list[str]:
    return sorted(str(p) for p in PACKAGE_DIR.glob("*/migrations/versions") if p.is_dir())


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(PACKAGE_DIR / "platform" / "migrations"))
    cfg.set_main_option("version_locations", " ".join(version_locations()))
    cfg.set_main_option("path_separator", "space")
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def import_all_models() -> None:
    """Import every context's ``storage`` module so Base.metadata knows all tables."""
    for info in pkgutil.iter_modules(childguard.__path__):
        if info.ispkg:
            try:
                importlib.import_module(f"childguard.{info.name}.storage")
            except ModuleNotFoundError as exc:
                if exc.name != f"childguard.{info.name}.storage":
                    raise


def upgrade(url: str, revision: str = "heads") -> None:
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(url), revision)


def pending(url: str) -> list[str]:
    """Heads that the database has not reached yet (empty when up to date)."""
    from childguard.platform.db import make_engine

    cfg = alembic_config(url)
    script = ScriptDirectory.from_config(cfg)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
    finally:
        engine.dispose()
    # Alembic stores only the newest revisions; everything they descend from or depend on
    # (other contexts' branches depend on the platform's) is applied too.
    applied: set[str] = set()
    stack = list(current)
    while stack:
        rev = script.get_revision(stack.pop())
        if rev is None or rev.revision in applied:
            continue
        applied.add(rev.revision)
        for parent in (*_as_tuple(rev.down_revision), *_as_tuple(rev.dependencies)):
            stack.append(parent)
    return sorted(r.revision for r in script.walk_revisions() if r.revision not in applied)


def _as_tuple(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)
