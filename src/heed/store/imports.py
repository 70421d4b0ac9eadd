"""The `imports` table: an import's request, its progress batch by batch, and its bad rows.

Each batch's counters are added in the batch's own transaction (heed.bulk.runner), so what the
row says is done is exactly what committed. Rows that could not be imported are kept, up to
MAX_KEPT per list, with their line numbers; the counts stay exact beyond that.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

from sqlalchemy import JSON, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from heed.core.vocabulary import Actor
from heed.store.accounts import AccountRef
from heed.store.db import Database
from heed.store.ids import new_id
from heed.store.tables import Base, Contact, Event, Import, ListMembership, Suppression
from heed.store.types import utcnow

#: Bad and flagged rows kept per import: a file with more is the wrong file or mapping, and
#: the first thousand show the pattern.
MAX_KEPT = 1000
#: A running import that has not advanced for this long died with its process.
STALE_AFTER = timedelta(minutes=10)

RUNNING, DONE, FAILED = "running", "done", "failed"
log = logging.getLogger("heed.bulk")


@dataclass
class BatchOutcome:
    """What one batch did, to be added to its import."""

    rows: int = 0
    created: int = 0
    unchanged: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)  # {line, message}
    flagged: list[dict[str, Any]] = field(default_factory=list)  # {line, address, reasons}

    def error(self, line: int, message: str) -> None:
        self.errors.append({"line": line, "message": message})

    def readable(self, rows: Iterable[R], read: Callable[[R], T | str]) -> list[T]:
        """What `read` makes of each row; each one it refuses (it says why) is counted as an
        error at the row's line."""
        good = []
        for row in rows:
            found = read(row)
            if isinstance(found, str):
                self.error(row.line, found)
            else:
                good.append(found)
        return good


class _Lined(Protocol):
    @property
    def line(self) -> int: ...


R = TypeVar("R", bound=_Lined)
T = TypeVar("T")


def create(
    session: Session,
    account: AccountRef,
    *,
    kind: str,
    file_name: str,
    channel: str | None,
    scope: str | None,
    columns: dict[str, str],
    encoding: str,
    rows_total: int,
    actor: Actor,
) -> Import:
    now = utcnow()
    row = Import(
        account_id=account.id,
        id=new_id(),
        kind=kind,
        file_name=file_name,
        channel=channel,
        scope=scope,
        columns=columns,
        encoding=encoding,
        status=RUNNING,
        rows_total=rows_total,
        rows_processed=0,
        created=0,
        unchanged=0,
        error_count=0,
        flagged=0,
        row_errors=[],
        flagged_rows=[],
        actor=str(actor),
        started_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def load(session: Session, account_id: str, import_id: str, *, lock: bool = False) -> Import:
    row = session.get(Import, (account_id, import_id), with_for_update=lock)
    assert row is not None, "the import was created before it runs"
    return row


def add_batch(session: Session, account_id: str, import_id: str, outcome: BatchOutcome) -> None:
    """Add one batch's counts and rows to its import, in the batch's transaction."""
    row = load(session, account_id, import_id, lock=True)
    row.rows_processed += outcome.rows
    row.created += outcome.created
    row.unchanged += outcome.unchanged
    row.error_count += len(outcome.errors)
    row.flagged += len(outcome.flagged)
    # JSON columns are replaced, not mutated in place, so the ORM sees the change.
    row.row_errors = [*row.row_errors, *outcome.errors][:MAX_KEPT]
    row.flagged_rows = [*row.flagged_rows, *outcome.flagged][:MAX_KEPT]
    row.updated_at = utcnow()


def finish(
    session: Session, account_id: str, import_id: str, status: str, failure: str | None = None
) -> Import:
    row = load(session, account_id, import_id, lock=True)
    now = utcnow()
    row.status, row.failure, row.finished_at, row.updated_at = status, failure, now, now
    return row


def effective_status(row: Import, now: datetime | None = None) -> tuple[str, str | None]:
    """The status to show: a `running` import that stopped advancing long ago died with the
    process that ran it, and is reported failed (running the file again finishes it)."""
    if row.status == RUNNING and (now or utcnow()) - row.updated_at > STALE_AFTER:
        since = row.updated_at.strftime("%Y-%m-%d %H:%M UTC")
        return FAILED, (
            f"interrupted: no progress since {since}; import the same file again to finish "
            "it (rows already imported stay as they are)"
        )
    return row.status, row.failure


def flush_later(session: Session) -> None:
    """Let this batch's commit return before PostgreSQL has flushed it to disk
    (`synchronous_commit = off`, for this transaction only): an import's batch waited for
    one flush each, ~3-7 ms on this machine, 1 s of wall time a million rows.

    Nothing acknowledged can be lost by it. A batch holds the import's own rows, events and
    progress, which a crash of the server can only lose together, the most recent first (the
    log stays a whole prefix, and rerunning the file imports them again). The import is
    reported done (or failed) by a transaction that commits as usual, and that flush writes
    every record before it, hence every batch; so does the commit of anything else that
    writes meanwhile (a STOP appended after a batch). A crash of heed's own process loses
    nothing committed: the server flushes the rest within a fraction of a second.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_FLUSH_LATER)


_FLUSH_LATER = text("SET LOCAL synchronous_commit = off")


def refresh_statistics(db: Database, kind: str) -> None:
    """Tell PostgreSQL's planner the tables an import fills have grown.

    Until autovacuum gets to it, statistics from when the table was small make the planner
    scan the whole table, for every check and every later batch of the import (bench/filter.py
    measured 68 ms per check after importing 100,000 opt-outs, 1 ms once analysed). List
    memberships too (a `--list` import changes thousands): analysed when small, a batch's
    5,000 statuses were found by reading the list's every row against every id, 2 s a
    batch at 20,000 members, 29 ms once analysed. Best effort: a database role that may not
    ANALYZE just goes without.
    """
    if db.dialect != "postgresql":
        return
    rows = Contact if kind == "contacts" else Suppression
    statement = _analyze(rows, Event, ListMembership)
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql(statement)
            connection.commit()
    except DBAPIError:
        log.warning("could not run %s after an import", statement, exc_info=True)


def _analyze(*tables: type[Base]) -> str:
    """ANALYZE of `tables`' columns but their JSON documents: no query filters on what is
    inside one (readers take it whole), and sorting a sample of JSONB values for their
    statistics was a third of the server's CPU in a contact import (bench/README.md)."""
    parts = []
    for table in tables:
        columns = table.__table__.columns
        kept = [c.name for c in columns if not isinstance(c.type, JSON)]
        parts.append(f"{table.__tablename__} ({', '.join(kept)})")
    return "ANALYZE " + ", ".join(parts)


class Renewals:
    """`refresh_statistics` on a thread of its own while an import goes on: the server
    analyses on another core while the import writes (at 1,000,000 rows the renewals took
    ~2 s of the import's wall time when it waited for them). A renewal asked for while one
    runs follows it; `wait` lets the last one finish, so statistics are as fresh when the
    import returns as when it renewed them itself."""

    def __init__(self, db: Database, kind: str) -> None:
        self.db, self.kind = db, kind
        self._lock = threading.Lock()
        self._pending = False
        self._thread: threading.Thread | None = None

    def ask(self) -> None:
        if self.db.dialect != "postgresql":
            return
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._pending = True
                return
            self._thread = threading.Thread(target=self._run, name="heed-analyze", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            refresh_statistics(self.db, self.kind)
            with self._lock:
                if not self._pending:
                    return
                self._pending = False

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
