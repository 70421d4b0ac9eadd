"""Create or upgrade the schema with Alembic, from code rather than an alembic.ini."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from heed.errors import SchemaOutOfDate
from heed.store.db import Database, translate_errors


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("heed.store") / "migrations"))
    config.attributes["connection"] = connection
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
    with translate_errors(db.url), db.engine.begin() as connection:
        command.upgrade(_config(connection), revision)
    after = current_revision(db)
    assert after is not None
    return before, after


def downgrade(db: Database, revision: str = "base") -> None:
    with translate_errors(db.url), db.engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def ensure_current(db: Database) -> None:
    """Refuse to work on a database whose schema this version of heed does not expect."""
    current, head = current_revision(db), head_revision()
    if current is None:
        raise SchemaOutOfDate(f"the database at {db.url} has no heed schema yet: run `heed init`")
    if current != head:
        raise SchemaOutOfDate(
            f"the database schema is at revision {current}, this heed needs {head}: run `heed init`"
        )
