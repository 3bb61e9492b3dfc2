"""Batch inserts that stay fast on PostgreSQL.

A multi-row ``INSERT ... VALUES`` of a hundred wide rows is a long statement with thousands of
parameters, which the driver re-parses on every call. On PostgreSQL the rows travel instead
as one JSON document expanded by ``json_populate_recordset`` into the table's own row type:
a short, cacheable statement with a single parameter. SQLite takes the ordinary path.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, bindparam, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return "\\x" + value.hex()
    raise TypeError(f"cannot store {type(value).__name__} in a bulk insert")


def insert_rows(session: Session, table: Table | Any, rows: list[dict[str, Any]], *,
                conflict_keys: list[str] | None = None, returning: str | None = None
                ) -> list[Any]:
    """Insert ``rows`` (ignoring conflicts on ``conflict_keys`` when given); return the
    ``returning`` column of the rows actually inserted."""
    if not rows:
        return []
    table = getattr(table, "__table__", table)
    if conflict_keys:
        # Concurrent batches insert in the same key order, so they wait on each other
        # instead of deadlocking on the unique index.
        rows = sorted(rows, key=lambda r: tuple(str(r.get(k)) for k in conflict_keys))
    if session.get_bind().dialect.name == "postgresql":
        columns = [c.name for c in table.columns if c.name in rows[0]]
        names = ", ".join(f'"{c}"' for c in columns)
        sql = (f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM '  # noqa: S608 - names come from the table definition
               f'json_populate_recordset(NULL::"{table.name}", CAST(:rows AS json))')
        if conflict_keys:
            sql += f" ON CONFLICT ({', '.join(conflict_keys)}) DO NOTHING"
        if returning:
            sql += f' RETURNING "{returning}"'
        payload = json.dumps(rows, default=_json_default, separators=(",", ":"))
        stmt = text(sql).bindparams(bindparam("rows"))
        result = session.execute(stmt, {"rows": payload})
        return list(result.scalars()) if returning else []
    dialect: Any = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    insert = dialect.insert(table)
    if conflict_keys:
        insert = insert.on_conflict_do_nothing(index_elements=conflict_keys)
    if returning:
        return list(session.scalars(insert.returning(table.c[returning]), rows))
    session.execute(insert, rows)
    return []
