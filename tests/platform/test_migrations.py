"""The migrations build exactly the schema the models declare, on SQLite and PostgreSQL,
so no code path ever needs ``create_all``."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from childguard.platform.db import Base, Database
from childguard.platform.migrate import import_all_models, pending


def test_database_is_at_every_head(database: Database, database_url: str) -> None:
    assert pending(database_url) == []


def test_models_and_migrations_agree(database: Database) -> None:
    import_all_models()
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models differ from migrations (run make migration): {diff}"
