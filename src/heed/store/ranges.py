"""Run one read-only pass over a long sequence in several processes, one range of it each.

Verifying a log of a million events is CPU work in Python (two SHA-256 and three JSON parses an
event, bench/audit_verify.py), so one process uses one core. `run` splits the sequence into
ranges, walks the first in this process and each other in a forked child, and hands back every
range's result in order; the caller joins them (heed.store.audit checks that each range starts
where the one before it ended).

Every process reads the same state: on PostgreSQL the children import this transaction's
snapshot (`pg_export_snapshot`); SQLite cannot share a snapshot, so each range stops at a
sequence number this transaction read, and the rows up to there are append-only.

Children are forked, never spawned: they inherit the loaded modules (no second start-up) and
the interpreter's string-hash seed, so `hash()` fingerprints they compute (heed.store.reconcile)
equal the parent's. Forking a process that runs other threads (a server) is unsafe, so `jobs`
chooses one process there (`auto_jobs`).
"""

from __future__ import annotations

import logging
import multiprocessing
import re
import threading
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection as Pipe
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session

from heed.environment import cores
from heed.store.db import connect

log = logging.getLogger(__name__)

R = TypeVar("R")
K = TypeVar("K")
#: (session, after, upto, tick): the work on the items after < key <= upto (sequence numbers,
#: ids); `tick(done)` says how far into its range it is.
Work = Callable[[Session, K, K, Callable[[int], None]], R]

#: Below this many items a range, another process costs more than it saves.
MIN_RANGE = 50_000
_SNAPSHOT = re.compile(r"[0-9A-F]+-[0-9A-F]+(-[0-9]+)?")


def processes(url: str | None, items: int, jobs: int | None) -> int:
    """How many processes to use for `items` of the database at `url`: `jobs` if given, else
    one per core, with at least MIN_RANGE items each; one when the database cannot be opened
    again (in-memory SQLite), when other threads run (forking them is unsafe) or when this
    system cannot fork."""
    if url is None or ":memory:" in url or url.rstrip("/").endswith("sqlite:"):
        return 1
    if jobs is not None:
        return max(1, jobs)
    if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(cores(), items // MIN_RANGE))


def split(upto: int, parts: int, first: float = 1.0) -> list[tuple[int, int]]:
    """(after, upto] ranges covering 1..upto in `parts` pieces, the first `first` times the
    size of the others (this process walks it, then has the joining to do)."""
    size = upto / (parts - 1 + first)
    ends = [round(size * (first + part)) for part in range(parts - 1)] + [upto]
    bounds, start = [], 0
    for end in ends:
        if end > start:
            bounds.append((start, end))
            start = end
    return bounds


def run(
    session: Session,
    url: str,
    ranges: Sequence[tuple[K, Any]],
    work: Work[K, R],
    progress: Callable[[int], None] | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> list[R | None]:
    """Each range's result, in order: the first computed here with `session`, the others in
    forked children reading `url` (None for a range whose child failed: the caller walks it
    itself). `progress` gets the items done in all ranges together. `meanwhile` is work of
    another kind this process does first, while the children start on theirs."""
    snapshot = _export_snapshot(session)
    context = multiprocessing.get_context("fork")
    done = context.Array("q", len(ranges), lock=False)

    def report() -> None:
        if progress is not None:
            progress(sum(done))

    children: list[tuple[Any, Pipe]] = []
    for index, (after, upto) in enumerate(ranges[1:], start=1):
        mine, theirs = context.Pipe(duplex=False)
        child = context.Process(
            target=_child, args=(theirs, url, snapshot, work, after, upto, done, index), daemon=True
        )
        child.start()
        theirs.close()
        children.append((child, mine))

    def tick(count: int) -> None:
        done[0] = count
        report()

    if meanwhile is not None:
        meanwhile()
    results: list[R | None] = [work(session, *ranges[0], tick)]
    for child, pipe in children:
        results.append(_collect(child, pipe, report))
    return results


def _collect(child: Any, pipe: Pipe, report: Callable[[], None]) -> Any:
    try:
        while not pipe.poll(0.2):
            report()
            if not child.is_alive() and not pipe.poll(0):
                log.warning("a verification process ended without a result; walking its range")
                return None
        status, result = pipe.recv()
    except EOFError:
        status, result = "error", "no result"
    finally:
        pipe.close()
        child.join()
    report()
    if status != "ok":
        log.warning("a verification process failed; walking its range here:\n%s", result)
        return None
    return result


def _child(
    pipe: Pipe,
    url: str,
    snapshot: str | None,
    work: Work[Any, Any],
    after: Any,
    upto: Any,
    done: Any,
    index: int,
) -> None:
    """In a forked child: the range's work in a transaction of its own (never the parent's
    connections, which the fork copied), its result sent back whole."""
    engine = connect(url)
    try:
        with engine.connect() as connection:
            if snapshot is not None:
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
                connection.execute(text(f"SET TRANSACTION SNAPSHOT '{snapshot}'"))

            def tick(count: int) -> None:
                done[index] = count

            with Session(bind=connection) as session:
                pipe.send(("ok", work(session, after, upto, tick)))
    except BaseException:  # the parent walks the range instead
        pipe.send(("error", traceback.format_exc()))
    finally:
        pipe.close()
        engine.dispose()


def _export_snapshot(session: Session) -> str | None:
    """This transaction's snapshot, for the children to read the same rows (PostgreSQL)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    snapshot = str(session.execute(text("SELECT pg_export_snapshot()")).scalar_one())
    if not _SNAPSHOT.fullmatch(snapshot):  # it is put into SQL text: make sure of its form
        raise ValueError(f"unexpected snapshot id {snapshot!r}")
    return snapshot
