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


def _assert_named_after(engine: Engine, acme: str, tampering: str, sid: str) -> None:
    """Apply `TAMPERED[tampering]` to row `sid`: the verification names that row (or the
    inserted one) and the change, as its one state difference."""
    statement, _, words = TAMPERED[tampering]
    with engine.db.engine.begin() as connection:
        connection.execute(text(statement), {"id": sid})
    report = _verified(engine, acme)
    assert not report.ok and report.tampering is Tampering.STATE, report.problem
    named = "01ZZZZZZZZZZZZZZZZZZZZZZZZ" if tampering == "inserted" else sid
    assert len(report.state_differences) == 1, report.state_differences
    assert named in report.state_differences[0] and words in report.state_differences[0]


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
    "address changed": (
        "UPDATE suppressions SET address = '+14155550998' WHERE id = :id",
        False,
        "differs in its address from event #",
    ),
    "reason edited": (
        "UPDATE suppressions SET reason = 'asked by phone' WHERE id = :id",
        False,
        "differs in its reason from event #",
    ),
    "reason blanked": (
        "UPDATE suppressions SET reason = NULL WHERE id = :id",
        False,
        "differs in its reason from event #",
    ),
    "evidence edited": (
        """UPDATE suppressions SET evidence = '{"form": "/optout", "ip": "203.0.113.9"}'"""
        " WHERE id = :id",
        False,
        "differs in its evidence from event #",
    ),
    "evidence given a reason of its own": (
        """UPDATE suppressions SET evidence = '{"reason": "moved away"}' WHERE id = :id""",
        False,
        "differs in its evidence from event #",
    ),
    "evidence no object": (
        """UPDATE suppressions SET evidence = '"STOP"' WHERE id = :id""",
        False,
        "differs in its evidence from event #",
    ),
    "lifting reason edited": (
        "UPDATE suppressions SET lift_reason = 'never asked' WHERE id = :id",
        True,
        "differs in its lifting reason from event #",
    ),
    "lifting time moved": (
        "UPDATE suppressions SET lifted_at = since WHERE id = :id",
        True,
        "differs in its lifting time from event #",
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
    sid = _in_second_range(engine, logged, TAMPERED[tampering][1])
    _assert_named_after(engine, acme, tampering, sid)


@pytest.mark.parametrize(
    "tampering",
    ["lifted without an event", "unlifted", "lifting reason edited", "scope narrowed", "inserted"],
)
def test_a_row_tampered_is_named_where_the_account_holds_little_of_the_table(
    engine: Engine, acme: str, logged: dict[str, str], tampering: str
) -> None:
    """SQLite reads the table whole where the account holds most of it (as above), and by
    key where not (heed.store.reconcile._scanned): the same differences either way."""
    sid = _in_second_range(engine, logged, TAMPERED[tampering][1])  # (before `other` has rows)
    engine.create_account("other", "Other")
    for n in range(4 * len(PEOPLE)):
        engine.opt_out("other", "sms", f"+141555503{n:02d}", actor=ADMIN, reason="STOP")
    assert _verified(engine, acme).ok
    _assert_named_after(engine, acme, tampering, sid)


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


def test_a_row_edited_in_several_fields_names_each(
    engine: Engine, acme: str, logged: dict[str, str]
) -> None:
    sid = _in_second_range(engine, logged, lifted=True)
    with engine.db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE suppressions SET reason = 'x', evidence = '{\"x\": 1}', lift_reason = 'y'"
                " WHERE id = :id"
            ),
            {"id": sid},
        )
    report = _verified(engine, acme)
    assert not report.ok and report.tampering is Tampering.STATE
    assert len(report.state_differences) == 2, report.state_differences
    created, lifted = report.state_differences
    assert sid in created and "differs in its reason, evidence from event #" in created
    assert sid in lifted and "differs in its lifting reason from event #" in lifted


#: evidence as callers give it: keys unsorted, nested, a reason of its own, text to escape
EVIDENCE = [
    {"ip": "203.0.113.7", "user_agent": "Mozilla/5.0", "form": "/optout"},
    {"message_id": "m1", "detection": {"words": ["STOP", "arrête"], "score": 0.5, "z": None}},
    {"reason": "the evidence's own", "b": 1, "a": [1.5, 1e100, 'tab\tquote"é\u2028']},
    {},
]
REASONS = ["STOP", None, "arrête", 'a "quoted" \\ reason', "line\nbreak"]


def test_rows_changed_through_heed_over_many_events_verify(engine: Engine, acme: str) -> None:
    """Every field compared, on rows as heed writes them: evidence in any order and form,
    reasons of every kind, lifted, opted out again, a person erased."""
    ids = []
    for n, person in enumerate(PEOPLE[:10]):
        change = engine.opt_out(
            acme,
            "sms",
            person,
            actor=ADMIN,
            reason=REASONS[n % len(REASONS)],
            evidence=EVIDENCE[n % len(EVIDENCE)],
        )
        ids.append(change.changed[0].id)
    for sid in ids[::2]:
        engine.lift_suppression(acme, sid, actor=ADMIN, reason="rejoined, « oui »")
    engine.opt_out(acme, "sms", PEOPLE[0], actor=ADMIN, reason="again", evidence=EVIDENCE[0])
    erased = engine.add_contact(acme, actor=ADMIN, phone=PEOPLE[2])  # one lifted, one active
    engine.opt_out(acme, "sms", PEOPLE[2], actor=ADMIN, reason="STOP", evidence=EVIDENCE[1])
    engine.erase_contact(acme, erased, actor=ADMIN, reason="GDPR request")
    report = _verified(engine, acme)
    assert report.ok, report.problem

    with engine.db.engine.begin() as connection:  # an erased row's blanks are theirs alone
        connection.execute(
            text("UPDATE suppressions SET reason = 'restored' WHERE address LIKE 'erased:%'")
        )
    report = _verified(engine, acme)
    assert not report.ok and report.tampering is Tampering.STATE
    assert "differs in its reason from event #" in (report.problem or "")


@pytest.mark.parametrize("number", [-0.0, 1e16, -2.5e20, 1e100, 1.5e-7, 2**70])
def test_numbers_the_database_writes_otherwise_verify(
    engine: Engine, acme: str, number: float
) -> None:
    """PostgreSQL's JSONB gives -0.0 back as 0.0 and 1e16 as 10000000000000000: an opt-out
    whose evidence holds such a number is intact, in its event and in its row."""
    engine.opt_out(
        acme, "sms", PEOPLE[0], actor=ADMIN, reason="STOP", evidence={"n": number, "l": [number]}
    )
    report = _verified(engine, acme)
    assert report.ok, report.problem
