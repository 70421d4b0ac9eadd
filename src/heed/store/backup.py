"""Back up a heed database to one file, and restore one into an empty database.

SQLite: the online backup API (sqlite3.Connection.backup), which copies a consistent snapshot
while heed keeps serving; copying the file by hand could catch a write half done, or miss what
is still in the WAL. PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore`. The
server key is not in the database and so not in a backup: back it up apart from the database
(a backup alone cannot forge sign-ins, read provider secrets, or reverse an erasure).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from heed.errors import AlreadyExists, BadInput, Unavailable
from heed.store.db import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"


class BackupFailed(Unavailable):
    code = "backup-failed"


def backup(db: Database, path: str | Path) -> str:
    """Write a backup of `db` to `path` (which must not exist); return its format."""
    target = Path(path)
    if target.exists():
        raise AlreadyExists(f"{target} already exists: a backup never overwrites a file")
    if db.dialect == "sqlite":
        with closing(_sqlite(db)) as source, closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
        return "sqlite"
    _run(["pg_dump", "--format=custom", "--no-owner", f"--file={target}", _libpq_url(db)])
    return "pg_dump"


def restore(db: Database, path: str | Path) -> str:
    """Restore the backup at `path` into `db`, which must hold no heed data yet."""
    source = Path(path)
    try:
        with source.open("rb") as file:
            magic = file.read(16)
    except FileNotFoundError:
        raise BadInput(f"no backup at {source}") from None
    if _has_accounts(db):
        raise AlreadyExists(
            f"the database at {db.url} already holds heed accounts: restore into an empty one"
        )
    if magic.startswith(SQLITE_MAGIC) and db.dialect == "sqlite":
        db.dispose()  # nothing of ours holds the database while it is replaced
        with closing(sqlite3.connect(source)) as backup_file, closing(_sqlite(db)) as live:
            backup_file.backup(live)
        return "sqlite"
    if magic.startswith(PG_DUMP_MAGIC) and db.dialect == "postgresql":
        _drop_empty_schema(db)
        _run(
            [
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                f"--dbname={_libpq_url(db)}",
                str(source),
            ]
        )
        return "pg_dump"
    kind = (
        "SQLite"
        if magic.startswith(SQLITE_MAGIC)
        else ("pg_dump" if magic.startswith(PG_DUMP_MAGIC) else "unknown")
    )
    raise BadInput(f"{source} is a {kind} backup, which cannot be restored into {db.dialect}")


def _has_accounts(db: Database) -> bool:
    with db.engine.connect() as connection:
        if "accounts" not in inspect(connection).get_table_names():
            return False
        return connection.execute(text("SELECT 1 FROM accounts LIMIT 1")).first() is not None


def _drop_empty_schema(db: Database) -> None:
    """`heed init` may have created the (empty) tables: pg_restore brings its own."""
    with db.engine.begin() as connection:
        for table in inspect(connection).get_table_names():
            connection.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))


def _sqlite(db: Database) -> sqlite3.Connection:
    database = make_url(db.url).database
    if not database or database == ":memory:":
        raise BadInput("an in-memory SQLite database cannot be backed up or restored")
    return sqlite3.connect(database)


def _libpq_url(db: Database) -> str:
    return make_url(db.url).set(drivername="postgresql").render_as_string(hide_password=False)


def _run(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupFailed(f"{command[0]} is not installed: it comes with the PostgreSQL client")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise BackupFailed(f"{command[0]} failed: {lines[-1] if lines else done.returncode}")
