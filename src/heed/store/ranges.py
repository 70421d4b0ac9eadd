"""Run one read-only pass over a long sequence in several processes, one range of it each.

Verifying a log of a million events is CPU work in Python (two SHA-256 and three JSON parses an
event, bench/audit_verify.py), so one process uses one core. `run` splits the sequence into
ranges, walks the first in this process and each other in a forked child, and hands back every
range's result in order; the caller joins them (heed.store.audit checks that each range starts
where the one before it ended).

There may be more ranges than processes: each process walks its first range, then takes the
next range no process has taken yet, until none is left, so that the processes end together
whatever each range costs (this one starts on its ranges only after the other work it may have,
`meanwhile`: comparing an account's tables with its log takes it ~0.9 CPU-s of a 2.5 CPU-s
verification of 200,000 events; bench/README.md).

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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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
    meanwhile: Callable[[Session], object] | None = None,
    processes: int | None = None,
) -> list[R | None]:
    """Each range's result, in order, computed by `processes` processes (one a range when not
    given): this one, with `session`, and forked children reading `url` (None for a range
    whose child failed: the caller walks it itself). Process i walks range i first, then
    whichever range is next untaken. `progress` gets the items done in all ranges together.
    `meanwhile(session)` is work of another kind this process does while the children start
    on theirs: first, or on PostgreSQL beside its ranges, on a thread (`_Aside`)."""
    snapshot = _export_snapshot(session)
    context = multiprocessing.get_context("fork")
    count = min(len(ranges), processes or len(ranges))
    done = context.Array("q", len(ranges), lock=False)
    taken = context.Value("q", count)  # the next range no process has started

    def report() -> None:
        if progress is not None:
            progress(sum(done))

    def mine(first: int) -> Iterator[int]:
        index = first
        while index < len(ranges):
            yield index
            with taken.get_lock():
                index, taken.value = taken.value, taken.value + 1

    def walk(part: Session, first: int, tell: Callable[[], None] = lambda: None) -> list[Any]:
        """(index, result) of each range this process walks, from range `first` on."""
        results = []
        for index in mine(first):

            def tick(items: int, index: int = index) -> None:
                done[index] = items
                tell()

            results.append((index, work(part, *ranges[index], tick)))
        return results

    children: list[tuple[Any, Pipe]] = []
    for first in range(1, count):
        ours, theirs = context.Pipe(duplex=False)
        child = context.Process(
            target=_child, args=(theirs, url, snapshot, walk, first), daemon=True
        )
        child.start()
        theirs.close()
        children.append((child, ours))

    aside = None
    if meanwhile is not None:
        if snapshot is None:
            meanwhile(session)
        else:
            aside = _Aside(url, snapshot, meanwhile)
    results: list[R | None] = [None] * len(ranges)
    for index, result in walk(session, 0, report):
        results[index] = result
    for child, pipe in children:
        for index, result in _collect(child, pipe, report) or ():
            results[index] = result
    if aside is not None:
        aside.join()
    return results


class _Aside(threading.Thread):
    """`meanwhile` on PostgreSQL: run on a connection of its own in the same snapshot, on a
    thread that waits for the server while this process walks its ranges. Comparing the
    tables there is the server's work: its client would wait for it with nothing to do
    (1.6-2.7 s of a 3-4 s verification of 200,000 events at load 3; bench/README.md)."""

    def __init__(self, url: str, snapshot: str, meanwhile: Callable[[Session], object]) -> None:
        super().__init__(name="heed-ranges-aside", daemon=True)
        self.url, self.snapshot, self.meanwhile = url, snapshot, meanwhile
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            with _reading(self.url, self.snapshot) as session:
                self.meanwhile(session)
        except BaseException as exc:  # raised where the caller waits for it
            self.error = exc

    def join(self, timeout: float | None = None) -> None:
        super().join(timeout)
        if self.error is not None:
            raise self.error


def _collect(child: Any, pipe: Pipe, report: Callable[[], None]) -> Any:
    try:
        while not pipe.poll(0.2):
            report()
            if not child.is_alive() and not pipe.poll(0):
                log.warning("a verification process ended without a result; walking its ranges")
                return None
        status, result = pipe.recv()
    except EOFError:
        status, result = "error", "no result"
    finally:
        pipe.close()
        child.join()
    report()
    if status != "ok":
        log.warning("a verification process failed; walking its ranges here:\n%s", result)
        return None
    return result


def _child(
    pipe: Pipe,
    url: str,
    snapshot: str | None,
    walk: Callable[[Session, int], list[tuple[int, Any]]],
    first: int,
) -> None:
    """In a forked child: its ranges' work, their results sent back whole."""
    try:
        with _reading(url, snapshot) as session:
            pipe.send(("ok", walk(session, first)))
    except BaseException:  # the parent walks the ranges instead
        pipe.send(("error", traceback.format_exc()))
    finally:
        pipe.close()


@contextmanager
def _reading(url: str, snapshot: str | None) -> Iterator[Session]:
    """A session of its own reading `url`, in `snapshot` if given (never the parent's
    connections, which a fork copied)."""
    engine = connect(url)
    try:
        with engine.connect() as connection:
            if snapshot is not None:
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
                connection.execute(text(f"SET TRANSACTION SNAPSHOT '{snapshot}'"))
            with Session(bind=connection) as session:
                yield session
    finally:
        engine.dispose()


def _export_snapshot(session: Session) -> str | None:
    """This transaction's snapshot, for the children to read the same rows (PostgreSQL)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    snapshot = str(session.execute(text("SELECT pg_export_snapshot()")).scalar_one())
    if not _SNAPSHOT.fullmatch(snapshot):  # it is put into SQL text: make sure of its form
        raise ValueError(f"unexpected snapshot id {snapshot!r}")
    return snapshot
