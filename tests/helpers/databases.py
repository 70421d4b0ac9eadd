"""Throw-away PostgreSQL databases on the server HEED_TEST_POSTGRES_URL names (an admin
connection able to CREATE DATABASE; default postgresql+psycopg://root@127.0.0.1:5432/postgres)."""

from __future__ import annotations

import graphlib
import itertools
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url

POSTGRES_ADMIN_URL = os.environ.get(
    "HEED_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/postgres"
)
RUN_ID = uuid.uuid4().hex[:8]
_counter = itertools.count()


def admin_connection() -> psycopg.Connection:
    return psycopg.connect(_libpq(POSTGRES_ADMIN_URL), autocommit=True)


def postgres_url(name: str) -> str:
    return make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


@contextmanager
def fresh_postgres(template: str | None = None) -> Iterator[str]:
    """A new PostgreSQL database (a copy of `template`, if given), dropped afterwards."""
    name = _create(template)
    try:
        yield postgres_url(name)
    finally:
        _drop(name)


#: Everything a test could change about a database other than its rows: tables and their
#: columns, constraints, indexes, types, functions, triggers, and the Alembic revision.
_SCHEMA = """
WITH ns AS (
    SELECT oid FROM pg_namespace
    WHERE nspname NOT IN ('pg_catalog', 'information_schema')
        AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%'
)
SELECT md5(string_agg(item, E'\\n' ORDER BY item)) FROM (
    SELECT c.relnamespace::regnamespace || '.' || c.relname || ' ' || c.relkind::text || ' '
        || coalesce(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
            || ' ' || a.attnotnull::text || ' ' || a.attnum::text, '') AS item
    FROM pg_class c LEFT JOIN pg_attribute a
        ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relnamespace IN (SELECT oid FROM ns)
    UNION ALL SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace IN (SELECT oid FROM ns)
    UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog')
    UNION ALL SELECT typnamespace::regnamespace || '.' || typname || ' ' || typtype::text
        FROM pg_type WHERE typnamespace IN (SELECT oid FROM ns)
    UNION ALL SELECT enumtypid::regtype || ' ' || enumlabel FROM pg_enum
    UNION ALL SELECT pronamespace::regnamespace || '.' || proname || ' ' || md5(prosrc)
        FROM pg_proc WHERE pronamespace IN (SELECT oid FROM ns)
    UNION ALL SELECT tgrelid::regclass || ' ' || tgname FROM pg_trigger WHERE NOT tgisinternal
    UNION ALL SELECT 'extension ' || extname FROM pg_extension
    UNION ALL SELECT 'alembic ' || version_num FROM alembic_version
) AS schema
"""
#: Tables that hold rows, children before their parents (so each DELETE meets no reference).
_TABLES = """
SELECT c.oid::regclass::text, array_remove(array_agg(DISTINCT f.confrelid::regclass::text), NULL)
FROM pg_class c LEFT JOIN pg_constraint f ON f.conrelid = c.oid AND f.contype = 'f'
    AND f.confrelid <> c.oid
WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
    AND c.relname <> 'alembic_version'
GROUP BY c.oid
"""


class PostgresPool:
    """Migrated, empty PostgreSQL databases like `template`, each reused by one test after
    another on this worker instead of a new copy per test.

    Creating a database from a template writes its ~9 MB into the WAL and dropping it forces a
    checkpoint: 0.7 s + 0.7 s per test with the suite running (load 16 on 2 cores), where
    emptying heed's ~20 small tables took 0.14 s. A database is reused only when its schema is
    still the template's (a test may migrate it down or add a table), so every test starts from
    exactly what a fresh copy would be: the template's schema and Alembic revision, no rows.
    The template has no rows apart from alembic_version and no sequences (heed's ids are made
    in Python); the schema check would catch either changing, as new tables or a moved revision.
    """

    def __init__(self, template: str) -> None:
        self.template = template
        self.idle: list[str] = []
        with psycopg.connect(_libpq(postgres_url(template)), autocommit=True) as conn:
            self.schema = conn.execute(_SCHEMA).fetchone()
            references = dict(conn.execute(_TABLES).fetchall())
        self.tables = list(reversed(list(graphlib.TopologicalSorter(references).static_order())))

    @contextmanager
    def database(self) -> Iterator[str]:
        """A database for one test; emptied and kept for the next when the test is done."""
        name = self.idle.pop() if self.idle else _create(self.template)
        try:
            yield postgres_url(name)
        finally:
            if self._emptied(name):
                self.idle.append(name)
            else:
                _drop(name)

    def close(self) -> None:
        while self.idle:
            _drop(self.idle.pop())

    def _emptied(self, name: str) -> bool:
        """Empty `name` and say whether it is again what the template is; False if not, or if
        a connection the test left open would not let go (the database is dropped then)."""
        try:
            with admin_connection() as admin:
                # What DROP DATABASE ... WITH (FORCE) would do to a server or engine left open;
                # the timeout waits until each has gone.
                admin.execute(
                    "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity"
                    " WHERE datname = %s AND pid <> pg_backend_pid()",
                    (name,),
                )
            with psycopg.connect(_libpq(postgres_url(name))) as conn:
                conn.execute("SET LOCAL lock_timeout = '5s'")
                if conn.execute(_SCHEMA).fetchone() != self.schema:
                    return False
                for table in self.tables:
                    conn.execute(f"DELETE FROM {table}")  # names from pg_class: quoted as needed
            return True
        except psycopg.Error:
            return False


def _create(template: str | None) -> str:
    """A new database, a copy of `template` if given, whose commits do not wait for the WAL to
    reach the disk (synchronous_commit off, for every connection to it: the tests' engines, the
    `heed` commands and servers they start). A commit is still atomic and visible to every other
    connection at once, as always; only a crash of PostgreSQL itself could lose the last ones,
    which no test does. Waiting for the disk took 3.4 ms a commit against 0.3 ms (load 9), and
    the engine's tests commit thousands of times (the state machine test: 89 s -> 58 s)."""
    name = f"heed_test_{RUN_ID}_{next(_counter)}"
    with admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    return name


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _drop(name: str) -> None:
    with admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
