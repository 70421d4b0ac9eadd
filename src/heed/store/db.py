"""Connecting to the database: SQLite (embedded default) or PostgreSQL, with the same behaviour.

SQLite gets WAL (readers never wait for the writer), foreign keys on, a busy timeout, and
write transactions that start with BEGIN IMMEDIATE so two writers queue instead of deadlocking.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, create_engine, event
from sqlalchemy import Engine as SqlEngine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from heed.errors import DatabaseUnavailable, DuplicateRow, InvalidSetting
from heed.server_key import Keyring, load_keyring
from heed.settings import load_settings
from heed.store.bare import SQLITE_BUSY_TIMEOUT, SQLITE_PRAGMAS, driver_sql
from heed.store.reads import unreachable
from heed.store.types import attach_keyring


def connect(url: str, *, foreign_keys: bool = True) -> SqlEngine:
    """Create a SQLAlchemy engine for a heed database URL.

    `foreign_keys=False` is for migrations only: SQLite alters a table by recreating it, which
    enforced foreign keys forbid (Alembic's documented batch-mode caveat).
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InvalidSetting(
            f"cannot read database URL {url!r}: expected e.g. sqlite:///./heed.db "
            "or postgresql+psycopg://user@host/db"
        ) from None
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, not psycopg2
    if parsed.get_backend_name() == "sqlite":
        timeout = {} if "timeout" in parsed.query else {"timeout": SQLITE_BUSY_TIMEOUT}
        return _connect_sqlite(parsed.render_as_string(hide_password=False), foreign_keys, timeout)
    if parsed.get_backend_name() != "postgresql":
        raise InvalidSetting(
            f"unsupported database {parsed.drivername!r}: use SQLite or PostgreSQL"
        )
    return create_engine(parsed, pool_pre_ping=True)


def _connect_sqlite(url: str, foreign_keys: bool, connect_args: dict[str, Any]) -> SqlEngine:
    engine = create_engine(url, connect_args=connect_args)
    pragmas = (*SQLITE_PRAGMAS, f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("heed_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """A connection pool plus the two kinds of unit of work heed uses: read and write.

    It also holds the server key (heed.server_key), read when first needed: from `keyring`,
    else from HEED_SECRET_KEY or the key file. Sessions reach it through `keyring_of`.
    """

    def __init__(self, url: str, keyring: Keyring | None = None) -> None:
        self.url = url
        self._keyring = keyring
        self.engine = connect(url)
        attach_keyring(self.engine.dialect, lambda: self.keyring)
        info = {"heed_database": self}
        self._reads = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._writes = sessionmaker(
            self.engine.execution_options(heed_write=True), expire_on_commit=False, info=info
        )

    @property
    def keyring(self) -> Keyring:
        """The server key (ServerKeyMissing, naming where it was looked for, if there is none)."""
        if self._keyring is None:
            settings = load_settings()
            self._keyring = load_keyring(settings.secret_key, settings.key_file)
        return self._keyring

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def share(self, key: str, value: object) -> None:
        """Put `value` in every new session's `info` under `key`: what the code that decides
        needs besides rows (heed.engine.checking reads the registry store from there)."""
        for maker in (self._reads, self._writes):
            maker.kw.setdefault("info", {})[key] = value

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translate_errors(self.url), self._reads() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        with translate_errors(self.url), self._writes() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def keyring_of(session: Session) -> Keyring:
    """The server key of the database `session` belongs to."""
    database: Database = session.info["heed_database"]
    return database.keyring


class SessionReads:
    """`heed.store.reads.Reads` over a session or a connection: the engine runs the check's
    statements through this, `heed check` the same ones through `heed.store.reads.DbapiReads`."""

    def __init__(self, session: Session | Connection) -> None:
        self.session = session
        self.dialect = (
            session.get_bind().dialect.name
            if isinstance(session, Session)
            else session.dialect.name
        )

    def rows(self, sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        """The statement as the driver reads it: half the cost of a `text()` clause, whose
        compiling and result machinery the check's short reads do not need (errors, events and
        the session's transaction are the same)."""
        if isinstance(self.session, Session):
            if self.session.autoflush:
                self.session.flush()  # what Session.execute would do first
            connection = self.session.connection()
        else:
            connection = self.session
        return connection.exec_driver_sql(driver_sql(sql, self.dialect), params).all()

    @property
    def keyring(self) -> Keyring:
        assert isinstance(self.session, Session)
        return keyring_of(self.session)

    @property
    def shared(self) -> Mapping[str, object]:
        return self.session.info


@contextmanager
def translate_errors(url: str) -> Iterator[None]:
    """Turn "cannot reach the database" into one clear DatabaseUnavailable, and a unique
    index's refusal into DuplicateRow."""
    try:
        yield
    except IntegrityError as exc:
        if is_unique_violation(exc):
            raise DuplicateRow(
                "this conflicts with an existing record (a value that must be unique is taken)"
            ) from exc
        raise
    except OperationalError as exc:
        if _is_connection_failure(exc):
            raise DatabaseUnavailable(
                f"cannot reach the database at {safe_url(url)}: {_first_line(exc)}"
            ) from exc
        raise
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise DatabaseUnavailable(f"lost the database connection: {_first_line(exc)}") from exc
        raise


def is_unique_violation(exc: IntegrityError) -> bool:
    """Whether a unique index refused the row, told by the driver's error type (PostgreSQL's
    UniqueViolation, SQLite's SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY), never by its text."""
    original = exc.orig
    if isinstance(original, sqlite3.IntegrityError):
        name = getattr(original, "sqlite_errorname", "")
        return name in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY")
    from psycopg import errors  # only loaded when PostgreSQL is in use

    return isinstance(original, errors.UniqueViolation)


def _is_connection_failure(exc: OperationalError) -> bool:
    return exc.connection_invalidated or unreachable(str(exc.orig))


def _first_line(exc: DBAPIError) -> str:
    return (
        str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
    )


def safe_url(url: str) -> str:
    """The URL with any password masked, for messages a user may paste into a ticket."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unreadable URL>"
