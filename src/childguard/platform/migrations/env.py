"""Alembic environment for childguard (all contexts)."""

from __future__ import annotations

from typing import Any

from alembic import context

from childguard.platform.db import Base, UTCDateTime, make_engine
from childguard.platform.migrate import import_all_models

import_all_models()
target_metadata = Base.metadata
url: str = context.config.get_main_option("sqlalchemy.url") or ""
if not url:
    raise RuntimeError("sqlalchemy.url is not set")


def render_item(type_: str, obj: Any, autogen_context: Any) -> Any:
    # Migrations must not import application types: render ours as plain SQLAlchemy.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_offline() -> None:
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=url.startswith("sqlite"))
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite",
                          compare_type=True, render_item=render_item)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
