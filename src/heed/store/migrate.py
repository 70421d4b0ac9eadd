"""Create or upgrade the schema with Alembic, from code rather than an alembic.ini.

Every command checks the schema before it works (`ensure_current`), so that check does not
import Alembic, which would cost a script like `heed check` most of its start (#12 item 7): it
reads the revision table with SQLAlchemy and the head from the migration files' own
`revision =` / `down_revision =` lines. tests/store/test_migrations.py holds both to Alembic's
answer. Creating and upgrading (`heed init`) use Alembic itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from heed.errors import SchemaOutOfDate
from heed.store.db import Database, connect, translate_errors

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(
    r'^(down_revision|revision)\s*(?::[^=]*)?=\s*(None|"[^"]*"|\'[^\']*\')', re.M
)


def _config(connection: Connection | None = None, db: Database | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("heed.store") / "migrations"))
    config.attributes["connection"] = connection
    if db is not None:  # read only by a migration that has something to encrypt (0009)
        config.attributes["keyring"] = lambda: db.keyring
    return config


@functools.cache
def head_revision() -> str:
    """The newest migration: the one revision no other migration names as its down_revision."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for entry in (resources.files("heed.store") / "migrations" / "versions").iterdir():
        if not entry.name.endswith(".py"):
            continue
        source = entry.read_text(encoding="utf-8")
        found = {m[1]: m[2] for m in _REVISION.finditer(source)}
        if "revision" in found:
            revisions.add(found["revision"].strip("\"'"))
            parents.add(found.get("down_revision", "None").strip("\"'"))
    heads = revisions - parents
    assert len(heads) == 1, f"heed's migrations must form one chain, found heads {sorted(heads)}"
    return heads.pop()


def current_revision(db: Database) -> str | None:
    with translate_errors(db.url), db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        found = list(versions)
    return ",".join(found) or None


def upgrade(db: Database, revision: str = "head") -> tuple[str | None, str]:
    """Migrate to `revision` (idempotent); return (revision before, revision after)."""
    from alembic import command

    before = current_revision(db)
    _run(db, lambda config: command.upgrade(config, revision))
    after = current_revision(db)
    assert after is not None
    return before, after


def downgrade(db: Database, revision: str = "base") -> None:
    from alembic import command

    _run(db, lambda config: command.downgrade(config, revision))


def _run(db: Database, step: Callable[[Config], None]) -> None:
    """Run a migration step in one transaction, on SQLite with foreign keys checked after."""
    engine = connect(db.url, foreign_keys=False) if db.dialect == "sqlite" else db.engine
    try:
        with translate_errors(db.url), engine.begin() as connection:
            step(_config(connection, db))
            if db.dialect == "sqlite":
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"migration left rows with broken foreign keys: {broken}")
    finally:
        if engine is not db.engine:
            engine.dispose()


def ensure_current(db: Database) -> None:
    """Refuse to work on a database whose schema this version of heed does not expect."""
    current, head = current_revision(db), head_revision()
    if current is None:
        raise SchemaOutOfDate(f"the database at {db.url} has no heed schema yet: run `heed init`")
    if current != head:
        raise SchemaOutOfDate(
            f"the database schema is at revision {current}, this heed needs {head}: run `heed init`"
        )
