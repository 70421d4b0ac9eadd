"""Bare DB-API connections, for `heed check` alone (#12 item 7).

A script that asks `heed check` before each send pays the process's start every time, and
SQLAlchemy with heed's mapped tables costs more than the whole budget (bench/startup.py). So
`heed check` opens the database with the driver itself — sqlite3, or psycopg for PostgreSQL —
the way `heed.store.db.connect` configures it (WAL, foreign keys, the busy timeout), and runs
heed.store.reads' statements, the engine's own. Only URLs this module reads exactly as
SQLAlchemy does (`plain_url`) go this way; any other is opened by the engine as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from heed.errors import DatabaseUnavailable
from heed.store.reads import unreachable

if TYPE_CHECKING:
    from heed.server_key import Keyring

#: SQLAlchemy's URL grammar, `name://user:password@host:port/database?query`, for URLs without
#: percent-escapes or brackets (which SQLAlchemy decodes; those go through SQLAlchemy itself).
_URL = re.compile(
    r"(?P<name>[a-z0-9+]+)://"
    r"(?:(?P<user>[^:/?#@%\[\]]*)(?::(?P<password>[^/?#@%\[\]]*))?@)?"
    r"(?P<host>[^:/?#@%\[\]]*)(?::(?P<port>\d+))?"
    r"(?:/(?P<database>[^?#%]*))?(?:\?(?P<query>[^#%]*))?"
)
_SQLITE_TIMEOUT = re.compile(r"timeout=(\d+(?:\.\d+)?)")
#: What every SQLite connection heed opens runs first (heed.store.db.connect's too), then
#: PRAGMA foreign_keys=ON (off only while migrating).
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",  # durable across process crashes in WAL mode
)
#: Seconds a writer waits for another to finish; `?timeout=N` in the URL overrides it.
SQLITE_BUSY_TIMEOUT = 30


@dataclass(frozen=True)
class PlainUrl:
    """A database URL read without SQLAlchemy: its backend, and what connecting needs."""

    url: str
    backend: str  # "sqlite" or "postgresql"
    host: str | None
    port: int | None
    database: str | None
    #: SQLite: the busy timeout, from `?timeout=`; PostgreSQL: the libpq URL psycopg is given.
    timeout: float = SQLITE_BUSY_TIMEOUT
    conninfo: str = ""

    @property
    def safe(self) -> str:
        """The URL with its password masked, as heed.store.db.safe_url writes it."""
        found = _URL.fullmatch(self.url)
        assert found is not None
        if found["password"] is None:
            return self.url
        start, end = found.span("password")
        return self.url[:start] + "***" + self.url[end:]


def plain_url(url: str) -> PlainUrl | None:
    """The URL if it is one this module reads exactly as SQLAlchemy would (a SQLite file with
    at most `?timeout=`, or PostgreSQL through psycopg), else None."""
    found = _URL.fullmatch(url)
    if found is None:
        return None
    name, query, database = found["name"], found["query"], found["database"]
    port = int(found["port"]) if found["port"] else None
    if name in ("sqlite", "sqlite+pysqlite"):
        timeout = _SQLITE_TIMEOUT.fullmatch(query) if query else None
        bare = not found["user"] and not found["host"] and port is None
        if not bare or not database or database == ":memory:" or (query and not timeout):
            return None
        seconds = float(timeout[1]) if timeout else SQLITE_BUSY_TIMEOUT
        return PlainUrl(url, "sqlite", None, None, database, timeout=seconds)
    if name in ("postgresql", "postgresql+psycopg"):
        conninfo = "postgresql://" + url.partition("://")[2]
        host = found["host"] or None
        return PlainUrl(url, "postgresql", host, port, database or None, conninfo=conninfo)
    return None


class DbapiReads:
    """`heed.store.reads.Reads` over a DB-API connection."""

    def __init__(
        self,
        connection: Any,
        dialect: str,
        keyring: Callable[[], Keyring],
        shared: Mapping[str, object],
    ) -> None:
        """`keyring` gives the server key when it is first needed."""
        self.connection, self.dialect = connection, dialect
        self._keyring, self._shared = keyring, shared

    @property
    def keyring(self) -> Keyring:
        return self._keyring()

    @property
    def shared(self) -> Mapping[str, object]:
        return self._shared

    def rows(self, sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        cursor = self.connection.cursor()
        try:
            cursor.execute(driver_sql(sql, self.dialect), params)
            return list(cursor.fetchall())
        finally:
            cursor.close()


@lru_cache(maxsize=512)
def driver_sql(sql: str, dialect: str) -> str:
    """A heed.store.reads statement in the driver's own parameter style: sqlite3 reads
    `:name` as written, psycopg wants `%(name)s`."""
    return _PARAMETER.sub(r"%(\1)s", sql) if dialect == "postgresql" else sql


_PARAMETER = re.compile(r"(?<![:\w]):(\w+)")


@contextmanager
def connected(url: PlainUrl) -> Iterator[Any]:
    """One read transaction on a new connection, closed (rolled back) after; errors that say
    the database cannot be reached become DatabaseUnavailable, worded as the engine words them
    (heed.store.db.translate_errors)."""
    with _translated(url):
        if url.backend == "sqlite":
            import sqlite3

            assert url.database is not None
            connection: Any = sqlite3.connect(
                url.database, timeout=url.timeout, isolation_level=None
            )
            for pragma in (*SQLITE_PRAGMAS, "PRAGMA foreign_keys=ON"):
                connection.execute(pragma)
            connection.execute("BEGIN")
        else:
            import psycopg

            connection = psycopg.connect(url.conninfo)
        try:
            yield connection
        finally:
            connection.rollback()
            connection.close()


@contextmanager
def _translated(url: PlainUrl) -> Iterator[None]:
    """sqlite3's and psycopg's errors are both named OperationalError; psycopg is not imported
    unless PostgreSQL is in use, so it is told by name."""
    try:
        yield
    except Exception as exc:
        operational = any(kind.__name__ == "OperationalError" for kind in type(exc).__mro__)
        if operational and unreachable(str(exc)):
            text = str(exc).strip()
            line = text.splitlines()[0] if text else type(exc).__name__
            raise DatabaseUnavailable(f"cannot reach the database at {url.safe}: {line}") from exc
        raise
