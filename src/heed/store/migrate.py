"""Create or upgrade the schema with Alembic, from code rather than an alembic.ini.

Every command checks the schema before it works (`ensure_current`), so that check does not
import Alembic, which would cost a script like `heed check` most of its start (#12 item 7): it
runs heed.store.reads' statements (the ones `heed check` runs on a bare connection) and reads
the head from the migration files' own `revision =` / `down_revision =` lines.
tests/store/test_migrations.py holds both to Alembic's answer. Creating and upgrading
(`heed init`) use Alembic itself.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from heed.store import reads
from heed.store.db import Database, SessionReads, connect, translate_errors
from heed.store.reads import head_revision

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["current_revision", "downgrade", "ensure_current", "head_revision", "upgrade"]


def _config(connection: Connection | None = None, db: Database | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("heed.store") / "migrations"))
    config.attributes["connection"] = connection
    if db is not None:  # read only by a migration that has something to encrypt (0009)
        config.attributes["keyring"] = lambda: db.keyring
    return config


def current_revision(db: Database) -> str | None:
    with translate_errors(db.url), db.engine.connect() as connection:
        return reads.schema_revision(SessionReads(connection))


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
    with translate_errors(db.url), db.engine.connect() as connection:
        reads.ensure_current(SessionReads(connection), db.url)
