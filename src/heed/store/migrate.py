"""Create or upgrade the schema with Alembic, from code rather than an alembic.ini."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from heed.errors import SchemaOutOfDate
from heed.store.db import Database, connect, translate_errors


def _config(connection: Connection | None = None, db: Database | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("heed.store") / "migrations"))
    config.attributes["connection"] = connection
    if db is not None:  # read only by a migration that has something to encrypt (0009)
        config.attributes["keyring"] = lambda: db.keyring
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "heed ships at least one migration"
    return head


def current_revision(db: Database) -> str | None:
    with translate_errors(db.url), db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> tuple[str | None, str]:
    """Migrate to `revision` (idempotent); return (revision before, revision after)."""
    before = current_revision(db)
    _run(db, lambda config: command.upgrade(config, revision))
    after = current_revision(db)
    assert after is not None
    return before, after


def downgrade(db: Database, revision: str = "base") -> None:
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
