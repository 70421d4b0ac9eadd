"""Thousands of values bound as one parameter: a JSON array read by `json_each` on SQLite, a
`text[]` on PostgreSQL.

A batch reads its rows by the thousands of addresses or ids it holds. `column.in_(values)`
binds one parameter per value, and compiling such a statement (SQLAlchemy's expansion, then
psycopg's conversion of every placeholder) cost more than running it; one array parameter
costs the same for ten values or ten thousand, and the statement is built once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session


def among(session: Session, column: str, name: str) -> str:
    """SQL saying `column` is one of the values bound as `:name` (by `bound`)."""
    if _sqlite(session):
        return f"{column} IN (SELECT value FROM json_each(:{name}))"
    return f"{column} = ANY(CAST(:{name} AS TEXT[]))"


def bound(session: Session, values: Iterable[str]) -> Any:
    """`values` as the one parameter `among` reads."""
    given = list(values)
    return json.dumps(given) if _sqlite(session) else given


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"
