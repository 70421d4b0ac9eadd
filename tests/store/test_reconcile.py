"""heed.store.reconcile: the suppressions table against the log, compared in the database.

Each tampering is done in SQL to a row whose creating event lies in the second of three ranges
of the log, so the verification in three processes (heed.store.ranges) compares the table while
the other processes walk; it must name the row exactly as a verification in one process does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from heed import Engine
from heed.store.audit import AuditReport, Tampering, event_ranges
from helpers.actors import ADMIN

PEOPLE = [f"+141555502{i:02d}" for i in range(15)]


@pytest.fixture
def logged(engine: Engine, acme: str) -> dict[str, str]:
    """Fifteen opt-outs (one at a whole second: no microseconds in its time), every third
    lifted; returns address -> suppression id."""
    ids = {}
    for n, person in enumerate(PEOPLE):
        at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC) if n == 7 else None
        ids[person] = (
            engine.opt_out(acme, "sms", person, actor=ADMIN, reason="STOP", at=at).changed[0].id
        )
    for person in PEOPLE[::3]:
        engine.lift_suppression(acme, ids[person], actor=ADMIN, reason="rejoined")
    assert _verified(engine, acme).ok
    return ids


def _verified(engine: Engine, acme: str) -> AuditReport:
    """The report of a verification in three processes, asserted equal to one process's."""
    alone = engine.verify_audit(acme, jobs=1)
    parallel = engine.verify_audit(acme, jobs=3)
    timing = {"checked_at": None, "seconds": 0.0}
    assert replace(parallel, **timing) == replace(alone, **timing)
    return parallel


def _in_second_range(engine: Engine, ids: dict[str, str], lifted: bool) -> str:
    """A suppression created by an event of the second range (lifted, or never lifted)."""
    with engine.db.engine.connect() as connection:
        last = connection.execute(text("SELECT max(seq) FROM events")).scalar_one()
        after, upto = event_ranges(int(last), 3, reconcile=True)[1]
        rows = connection.execute(
            text("SELECT id, created_event, lifted_at FROM suppressions ORDER BY created_event")
        ).all()
    chosen = [sid for sid, seq, at in rows if after < seq <= upto and (at is not None) is lifted]
    assert chosen, "no such suppression in the second range"
    return str(chosen[0])


#: tampering in SQL (`:id` the row) -> words naming what differs
TAMPERED: dict[str, tuple[str, bool, str]] = {
    "scope narrowed": (
        "UPDATE suppressions SET scope = 'sender:+15005550006' WHERE id = :id",
        False,
        "that created it: edited",
    ),
    "source changed": (
        "UPDATE suppressions SET source = 'import' WHERE id = :id",
        False,
        "that created it: edited",
    ),
    "deleted": ("DELETE FROM suppressions WHERE id = :id", False, "(active in the log) is missing"),
    "a lifted one deleted": (
        "DELETE FROM suppressions WHERE id = :id",
        True,
        "(lifted in the log) is missing from the table: deleted",
    ),
    "creating event renamed": (
        "UPDATE suppressions SET created_event = created_event + 1 WHERE id = :id",
        False,
        "as its creation, the log #",
    ),
    "lifted without an event": (
        "UPDATE suppressions SET lifted_at = since, lifted_event = 1 WHERE id = :id",
        False,
        "is lifted in the table, but no event lifted it",
    ),
    "unlifted": (
        "UPDATE suppressions SET lifted_at = NULL, lifted_event = NULL WHERE id = :id",
        True,
        "is active in the table, but event #",
    ),
    "lifting event renamed": (
        "UPDATE suppressions SET lifted_event = 1 WHERE id = :id",
        True,
        "as its lifting, the log #",
    ),
    "inserted": (
        "INSERT INTO suppressions (account_id, id, channel, address, scope, source, reason,"
        " evidence, since, created_event) SELECT account_id, '01ZZZZZZZZZZZZZZZZZZZZZZZZ',"
        " channel, '+14155550999', scope, source, reason, evidence, since, created_event"
        " FROM suppressions WHERE id = :id",
        False,
        "no event created it: inserted",
    ),
}


@pytest.mark.parametrize("tampering", list(TAMPERED))
def test_a_row_tampered_in_the_second_range_is_named(
    engine: Engine, acme: str, logged: dict[str, str], tampering: str
) -> None:
    statement, lifted, words = TAMPERED[tampering]
    sid = _in_second_range(engine, logged, lifted)
    with engine.db.engine.begin() as connection:
        connection.execute(text(statement), {"id": sid})
    report = _verified(engine, acme)
    assert not report.ok and report.tampering is Tampering.STATE, report.problem
    named = "01ZZZZZZZZZZZZZZZZZZZZZZZZ" if tampering == "inserted" else sid
    assert len(report.state_differences) == 1, report.state_differences
    assert named in report.state_differences[0] and words in report.state_differences[0]


@pytest.mark.parametrize("shift", ["microseconds", "a second"])
def test_a_time_moved_in_the_table_is_an_edit(
    engine: Engine, acme: str, logged: dict[str, str], shift: str
) -> None:
    """The table's time is compared as the text the log hashed, with and without
    microseconds (the opt-out at a whole second)."""
    sid = logged[PEOPLE[7]]
    with engine.db.engine.connect() as connection:
        since = connection.execute(
            text("SELECT since FROM suppressions WHERE id = :id"), {"id": sid}
        ).scalar_one()
    moved = "2026-01-02 03:04:05.000001" if shift == "microseconds" else "2026-01-02 03:04:06"
    assert str(since).startswith("2026-01-02 03:04:05")
    with engine.db.engine.begin() as connection:
        connection.execute(
            text("UPDATE suppressions SET since = :at WHERE id = :id"),
            {"at": datetime.fromisoformat(moved + "+00:00"), "id": sid},
        )
    report = _verified(engine, acme)
    assert not report.ok and report.tampering is Tampering.STATE
    assert sid in (report.problem or "") and "edited" in (report.problem or "")


def test_times_whose_microseconds_end_in_zeros_verify(engine: Engine, acme: str) -> None:
    """The walk reads times as text, which PostgreSQL writes without the fraction's trailing
    zeros ("05.12") and the chain hashed as isoformat wrote them (".120000")."""
    for micros, person in zip((120000, 100000, 1, 999990), PEOPLE, strict=False):
        at = datetime(2026, 1, 2, 3, 4, 5, micros, tzinfo=UTC)
        engine.opt_out(acme, "sms", person, actor=ADMIN, reason="STOP", at=at)
    report = _verified(engine, acme)
    assert report.ok, report.problem
