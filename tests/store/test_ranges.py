"""heed.store.ranges: a read-only pass split over forked processes, one range each, every
process reading the same rows (PostgreSQL's exported snapshot; SQLite's append-only log)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from heed import Engine
from heed.store import ranges
from helpers.actors import ADMIN


@pytest.mark.parametrize(("upto", "parts"), [(1, 3), (10, 3), (15, 3), (1_000_000, 2), (7, 7)])
@pytest.mark.parametrize("first", [1.0, 0.5])
def test_the_ranges_cover_every_number_once_in_order(upto: int, parts: int, first: float) -> None:
    bounds = ranges.split(upto, parts, first)
    covered = [seq for after, end in bounds for seq in range(after + 1, end + 1)]
    assert covered == list(range(1, upto + 1))
    sizes = [end - after for after, end in bounds]
    if upto >= 10 * parts:
        assert len(bounds) == parts
        assert abs(sizes[0] - first * sizes[1]) <= 1
        assert max(sizes[1:]) - min(sizes[1:]) <= 1


def _events(
    part: Session, after: int, upto: int, tick: Callable[[int], None]
) -> tuple[int, list[int]]:
    """A range's work: who did it and the events it read."""
    seqs = part.execute(
        text("SELECT seq FROM events WHERE seq > :a AND seq <= :u ORDER BY seq"),
        {"a": after, "u": upto},
    ).scalars()
    found = list(seqs)
    tick(len(found))
    return os.getpid(), found


def test_each_range_is_walked_by_its_own_process_and_comes_back_in_order(
    engine: Engine, acme: str
) -> None:
    for person in range(9):
        engine.opt_out(acme, "sms", f"+1415555020{person}", actor=ADMIN, reason="STOP")
    seen: list[int] = []
    with engine.db.read() as session:
        last = int(session.execute(text("SELECT max(seq) FROM events")).scalar_one())
        bounds = ranges.split(last, 3)
        results = ranges.run(session, engine.db.url, bounds, _events, seen.append)
    pids = [pid for pid, _ in results]
    assert pids[0] == os.getpid() and len(set(pids)) == 3
    assert [seq for _, found in results for seq in found] == list(range(1, last + 1))
    assert seen and seen[-1] == last


def _fails_away_from_home(part: Session, after: int, upto: int, tick: object) -> object:
    if after:
        raise RuntimeError("this child cannot read")
    return after


def test_a_range_whose_process_fails_comes_back_empty_for_the_caller_to_walk(
    engine: Engine, acme: str, caplog: pytest.LogCaptureFixture
) -> None:
    with engine.db.read() as session:
        results = ranges.run(session, engine.db.url, [(0, 1), (1, 2)], _fails_away_from_home)
    assert results == [0, None]
    assert "this child cannot read" in caplog.text


def test_one_process_unless_asked_when_the_log_is_short_or_other_threads_run() -> None:
    assert ranges.processes("sqlite:///heed.db", 10, 4) == 4
    assert ranges.processes("sqlite:///heed.db", 10, None) == 1
    idle = threading.Event()
    other = threading.Thread(target=idle.wait)
    other.start()
    try:
        assert ranges.processes("sqlite:///heed.db", 10_000_000, None) == 1
    finally:
        idle.set()
        other.join()


def test_more_ranges_than_processes_are_each_walked_once_and_come_back_in_order(
    engine: Engine, acme: str
) -> None:
    """Two processes, six ranges: each process walks its first range, then takes the next
    one left; every range is walked once, by one of the two, and the results are in order."""
    for person in range(9):
        engine.opt_out(acme, "sms", f"+1415555020{person}", actor=ADMIN, reason="STOP")
    with engine.db.read() as session:
        last = int(session.execute(text("SELECT max(seq) FROM events")).scalar_one())
        bounds = ranges.split(last, 6)
        results = ranges.run(session, engine.db.url, bounds, _events, processes=2)
    pids = [pid for pid, _ in results]
    assert pids[0] == os.getpid() and pids[1] != os.getpid() and len(set(pids)) == 2
    assert [seq for _, found in results for seq in found] == list(range(1, last + 1))


def test_work_meanwhile_reads_what_this_transaction_reads(engine: Engine, acme: str) -> None:
    """`meanwhile` sees this transaction's rows, not those committed since: it runs on this
    session (SQLite), or on a connection of its own in this snapshot on a thread (PostgreSQL),
    beside this process's ranges; what it raises is raised to the caller."""
    engine.opt_out(acme, "sms", "+14155550200", actor=ADMIN, reason="STOP")
    count = text("SELECT count(*) FROM events")
    seen: list[int] = []
    with engine.db.read() as session:
        if engine.db.dialect == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        before = int(session.execute(count).scalar_one())
        engine.opt_out(acme, "sms", "+14155550201", actor=ADMIN, reason="STOP")
        ranges.run(
            session,
            engine.db.url,
            [(0, 1), (1, 2)],
            _events,
            meanwhile=lambda reading: seen.append(int(reading.execute(count).scalar_one())),
        )

        def fails(reading: Session) -> None:
            raise RuntimeError("meanwhile failed")

        with pytest.raises(RuntimeError, match="meanwhile failed"):
            ranges.run(session, engine.db.url, [(0, 1), (1, 2)], _events, meanwhile=fails)
    assert seen == [before]
