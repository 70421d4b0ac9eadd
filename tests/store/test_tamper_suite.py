"""The tamper suite: an attacker who can write the database, against `heed audit verify`.

Each attack is done the way someone with database access would do it, in SQL (or, for the
recomputation, with heed's own hash algorithm), after a signed checkpoint was written to a file
the database does not control. Every one is detected and named, on SQLite and PostgreSQL. The
table in the issue note is `DETECTED` below: attack -> what verify says.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from heed import Engine
from heed.api.app import create_app
from heed.core.chain import chain_hash, digest
from heed.store import audit
from heed.store.accounts import load_account
from heed.store.audit import AuditReport, Tampering, event_ranges
from heed.store.events import EventLog, _header, _payload
from heed.store.tables import Event, EventHead
from helpers.actors import ADMIN, SUPPORT

PEOPLE = [f"+1415555010{i}" for i in range(6)]
BLOCKED, MEMBER, CONSENTING = "+14155550120", "+14155550121", "bo@example.com"


@pytest.fixture
def logged(engine: Engine, acme: str, tmp_path: Path) -> Path:
    """Six opt-outs, a block, a list member and a consent, checkpointed; then one more
    opt-out after the checkpoint."""
    engine.create_list(acme, "news", actor=ADMIN)
    engine.add_contact(acme, actor=ADMIN, phone=MEMBER)
    engine.add_to_list(acme, "news", "sms", MEMBER, actor=ADMIN)
    engine.add_consent(acme, "email", CONSENTING, purpose="marketing", actor=ADMIN)
    engine.block(acme, "sms", BLOCKED, actor=ADMIN, reason="abusive")
    for person in PEOPLE:
        engine.opt_out(acme, "sms", person, actor=ADMIN, reason="STOP")
    file = tmp_path / "checkpoints.jsonl"
    engine.write_checkpoints(file)
    engine.opt_out(acme, "sms", "+14155550199", actor=ADMIN, reason="after the checkpoint")
    assert engine.verify_audit(acme, checkpoint_file=file).ok
    return file


def _sql(engine: Engine, *statements: str) -> None:
    with engine.db.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def _seq_of(engine: Engine, person: str) -> int:
    with engine.db.engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT seq FROM events WHERE address = :a AND kind = 'suppression.created'"),
                {"a": person},
            ).scalar_one()
        )


def _edit(engine: Engine) -> int:
    seq = _seq_of(engine, PEOPLE[2])
    _sql(engine, f"UPDATE events SET actor = 'user:someone-else' WHERE seq = {seq}")
    return seq


def _edit_payload(engine: Engine) -> int:
    seq = _seq_of(engine, PEOPLE[2])
    _sql(engine, f"UPDATE events SET address = '+14155550177' WHERE seq = {seq}")
    return seq


def _delete(engine: Engine) -> int:
    seq = _seq_of(engine, PEOPLE[2])
    _sql(engine, f"DELETE FROM events WHERE seq = {seq}")
    return seq


def _delete_and_renumber(engine: Engine) -> int:
    seq = _seq_of(engine, PEOPLE[2])
    _sql(
        engine,
        f"DELETE FROM events WHERE seq = {seq}",
        f"UPDATE events SET seq = -seq WHERE seq > {seq}",
        "UPDATE events SET seq = -seq - 1 WHERE seq < 0",
        "UPDATE event_heads SET seq = seq - 1",
    )
    return seq


def _reorder(engine: Engine) -> int:
    first, second = _seq_of(engine, PEOPLE[2]), _seq_of(engine, PEOPLE[3])
    _sql(
        engine,
        f"UPDATE events SET seq = -1 WHERE seq = {first}",
        f"UPDATE events SET seq = {first} WHERE seq = {second}",
        f"UPDATE events SET seq = {second} WHERE seq = -1",
    )
    return first


def _recompute(engine: Engine) -> int:
    """Delete an opt-out and its suppression, renumber, and recompute every hash after it
    with heed's own algorithm, head included: the chain verifies on its own."""
    seq = _seq_of(engine, PEOPLE[2])
    with engine.db.write() as session:
        session.execute(text(f"DELETE FROM suppressions WHERE created_event = {seq}"))
        session.execute(text(f"DELETE FROM events WHERE seq = {seq}"))
        session.execute(text(f"UPDATE events SET seq = -seq WHERE seq > {seq}"))
        session.execute(text("UPDATE events SET seq = -seq - 1 WHERE seq < 0"))
        session.execute(
            text(
                "UPDATE suppressions SET created_event = created_event - 1 WHERE created_event > :s"
            ),
            {"s": seq},
        )
        _rehash(session)
    return seq


def _rehash(session: Session) -> None:
    prev = "0" * 64
    events = session.query(Event).order_by(Event.seq).all()
    for event in events:
        event.prev_hash = prev
        event.payload_digest = digest(_payload(event))
        event.hash = chain_hash(prev, _header(event), event.payload_digest)
        prev = event.hash
    head = session.query(EventHead).one()
    head.seq, head.hash = events[-1].seq, prev


def _truncate(engine: Engine) -> int:
    """Cut the log back to before the checkpoint, and move the head back with it."""
    seq = _seq_of(engine, PEOPLE[4])
    with engine.db.write() as session:
        session.execute(text(f"DELETE FROM events WHERE seq >= {seq}"))
        head = session.query(EventHead).one()
        last = session.query(Event).order_by(Event.seq.desc()).first()
        assert last is not None
        head.seq, head.hash = last.seq, last.hash
    return seq


def _recompute_short(engine: Engine) -> int:
    """Delete the event after the checkpoint too, then recompute: the log now ends before
    the event the checkpoint signed, so there is no signed hash left to compare."""
    _sql(
        engine,
        "DELETE FROM suppressions WHERE address = '+14155550199'",
        "DELETE FROM events WHERE address = '+14155550199'",
    )
    return _recompute(engine)


def _delete_everything(engine: Engine) -> int:
    _sql(engine, "DELETE FROM events", "DELETE FROM event_heads")
    return 1


def _state_only(engine: Engine) -> int:
    _sql(engine, f"DELETE FROM suppressions WHERE address = '{PEOPLE[2]}'")
    return 0


def _state_lifted(engine: Engine) -> int:
    _sql(engine, f"UPDATE suppressions SET lifted_at = since WHERE address = '{PEOPLE[3]}'")
    return 0


def _state_scope(engine: Engine) -> int:
    """Narrow an opt-out to one sender, so every other sender may message the person."""
    _sql(
        engine,
        f"UPDATE suppressions SET scope = 'sender:+15005550006' WHERE address = '{PEOPLE[4]}'",
    )
    return 0


def _state_unblock(engine: Engine) -> int:
    _sql(engine, f"DELETE FROM suppressions WHERE address = '{BLOCKED}'")
    return 0


def _state_consent(engine: Engine) -> int:
    _sql(engine, f"DELETE FROM consents WHERE address = '{CONSENTING}'")
    return 0


def _state_membership(engine: Engine) -> int:
    _sql(engine, "UPDATE list_memberships SET status = 'unsubscribed'")
    return 0


#: attack -> what verify says (the table in the note).
DETECTED: dict[str, tuple[Callable[[Engine], int], Tampering]] = {
    "edit an event's header": (_edit, Tampering.EDITED),
    "edit an event's payload": (_edit_payload, Tampering.EDITED),
    "delete an event": (_delete, Tampering.DELETED),
    "delete an event and renumber": (_delete_and_renumber, Tampering.DELETED),
    "reorder two events": (_reorder, Tampering.REORDERED),
    "delete, renumber and recompute hashes": (_recompute, Tampering.RECOMPUTED),
    "delete, renumber and recompute, ending before the checkpoint": (
        _recompute_short,
        Tampering.TRUNCATED,
    ),
    "truncate (head moved back)": (_truncate, Tampering.TRUNCATED),
    "delete every event and the head": (_delete_everything, Tampering.TRUNCATED),
    "delete a suppression row only": (_state_only, Tampering.STATE),
    "lift a suppression in the table only": (_state_lifted, Tampering.STATE),
    "narrow a suppression's scope in the table only": (_state_scope, Tampering.STATE),
    "delete a block's rows only": (_state_unblock, Tampering.STATE),
    "delete a consent row only": (_state_consent, Tampering.STATE),
    "change a list membership in the table only": (_state_membership, Tampering.STATE),
}


@pytest.mark.parametrize("jobs", [1, 3])
@pytest.mark.parametrize("attack", list(DETECTED))
def test_tampering_is_detected_and_named(
    engine: Engine, acme: str, logged: Path, attack: str, jobs: int
) -> None:
    """In one process and in three (the log walked in three ranges, heed.store.ranges)."""
    tamper, expected = DETECTED[attack]
    seq = tamper(engine)
    report = engine.verify_audit(acme, checkpoint_file=logged, jobs=jobs)
    assert not report.ok
    assert report.tampering is expected, report.problem
    if expected is Tampering.RECOMPUTED:  # only a checkpoint shows it: it names the range
        assert report.first_bad_seq is not None and report.first_bad_seq >= seq
        assert f"#{report.first_bad_seq}" in report.problem
    elif attack == "delete, renumber and recompute, ending before the checkpoint":
        assert report.problem and "recomputed" in report.problem  # it may not only be a cut
    elif seq:
        assert report.first_bad_seq == seq, report.problem
    assert report.problem


def _events(engine: Engine) -> int:
    with engine.db.engine.connect() as connection:
        return int(connection.execute(text("SELECT max(seq) FROM events")).scalar_one())


def _first_last_and_joins(engine: Engine) -> list[int]:
    """The events where three ranges begin and end (`ranges.split`), and the last one."""
    bounds = event_ranges(_events(engine), 3, reconcile=True)
    return sorted({seq for after, upto in bounds for seq in (after + 1, upto)})


#: How an event at `seq` is tampered with, in SQL.
AT_EVENT: dict[str, Callable[[int], list[str]]] = {
    "header": lambda seq: [f"UPDATE events SET actor = 'user:mallory' WHERE seq = {seq}"],
    "payload": lambda seq: [
        f"UPDATE events SET address = '+14155550177', after = NULL WHERE seq = {seq}"
    ],
    "deleted": lambda seq: [f"DELETE FROM events WHERE seq = {seq}"],
    "swapped with the next": lambda seq: [
        f"UPDATE events SET seq = -1 WHERE seq = {seq}",
        f"UPDATE events SET seq = {seq} WHERE seq = {seq + 1}",
        f"UPDATE events SET seq = {seq + 1} WHERE seq = -1",
    ],
}


def _same(engine: Engine, acme: str, file: Path | None) -> AuditReport:
    """The report of a walk in three ranges, asserted equal to the one-process walk's."""
    alone = engine.verify_audit(acme, checkpoint_file=file, jobs=1)
    parallel = engine.verify_audit(acme, checkpoint_file=file, jobs=3)
    timing = {"checked_at": None, "seconds": 0.0}
    assert replace(parallel, **timing) == replace(alone, **timing)
    return parallel


@pytest.mark.parametrize("attack", list(AT_EVENT))
def test_tampering_at_range_joins_is_found_as_in_one_process(
    engine: Engine, acme: str, logged: Path, attack: str, caplog: pytest.LogCaptureFixture
) -> None:
    """At the first event, on each side of every join between ranges, and at the last event,
    verification in three processes says what one says, word for word."""
    assert _same(engine, acme, logged).ok
    with engine.db.engine.connect() as connection:
        pristine = [row._asdict() for row in connection.execute(select(Event.__table__))]
    for seq in _first_last_and_joins(engine):
        if attack == "swapped with the next" and seq == _events(engine):
            continue
        _sql(engine, *AT_EVENT[attack](seq))
        report = _same(engine, acme, logged)
        assert not report.ok and report.first_bad_seq is not None, (attack, seq)
        assert report.first_bad_seq <= seq + 1, (attack, seq, report.problem)
        _restore(engine, pristine)
    assert _same(engine, acme, logged).ok
    assert "heed.store.ranges" not in caplog.text  # every range was walked by its process


@pytest.mark.parametrize("attack", list(AT_EVENT))
def test_tampering_where_ranges_taken_in_turn_join_is_found_as_in_one_process(
    engine: Engine,
    acme: str,
    logged: Path,
    attack: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same with three events a range, more ranges than processes: each process takes
    the next range left when it is done with one (heed.store.ranges.run)."""
    monkeypatch.setattr(audit, "_RANGE", 3)
    assert len(event_ranges(_events(engine), 3, reconcile=True)) > 3
    test_tampering_at_range_joins_is_found_as_in_one_process(engine, acme, logged, attack, caplog)


def _restore(engine: Engine, rows: list[dict[str, object]]) -> None:
    """Put the log back as it was (the suppressions were never touched)."""
    with engine.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM events"))
        connection.execute(Event.__table__.insert(), rows)


def test_ranges_that_verify_alone_but_do_not_link_are_found(
    engine: Engine, acme: str, logged: Path
) -> None:
    """The second range rewritten from a made-up link, every hash after it recomputed: each
    range verifies on its own, and only the join with the range before it shows the break."""
    after = event_ranges(_events(engine), 3, reconcile=True)[1][0]
    with engine.db.write() as session:
        prev = "1" * 64
        for event in session.query(Event).where(Event.seq > after).order_by(Event.seq):
            event.prev_hash = prev
            event.hash = prev = chain_hash(prev, _header(event), event.payload_digest)
        head = session.query(EventHead).one()
        head.hash = prev
    report = _same(engine, acme, None)
    assert not report.ok and report.first_bad_seq == after + 1
    assert report.tampering is Tampering.RECOMPUTED, report.problem


def test_a_walk_in_small_pages_says_what_one_page_says(
    engine: Engine, acme: str, logged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk reads pages of sequence numbers (heed.store.audit._pages); two a page, with a
    stretch of deleted events longer than a page, it reports what one page reports."""
    timing = {"checked_at": None, "seconds": 0.0}

    def walked(page: int) -> AuditReport:
        monkeypatch.setattr(audit, "_BATCH", page)
        return replace(engine.verify_audit(acme, checkpoint_file=logged, jobs=1), **timing)

    assert walked(2) == walked(20_000) and walked(2).ok
    assert _events(engine) > 8
    _sql(engine, "DELETE FROM events WHERE seq BETWEEN 3 AND 7")
    report = walked(2)
    assert report == walked(20_000)
    assert not report.ok and report.first_bad_seq == 3, report.problem
    assert report.tampering is Tampering.DELETED, report.problem


def test_an_event_the_fast_encoder_refuses_is_verified_and_the_walk_reads_on(
    engine: Engine, acme: str, logged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An event whose payload orjson cannot read or write (an integer beyond 64 bits) is
    verified by the definition (heed.core.chain), and the walk, which reads its next page on a
    thread meanwhile (`_walk_range`), goes on after it: pages of two events, every event
    counted, an edit after it still found where it is."""
    with engine.db.write() as session:
        log = EventLog(session, load_account(session, acme).id)
        log.lock()
        log.append("note.recorded", ADMIN, evidence={"n": 2**70})
    engine.opt_out(acme, "sms", "+14155550198", actor=ADMIN, reason="after the big number")
    monkeypatch.setattr(audit, "_BATCH", 2)
    report = engine.verify_audit(acme, checkpoint_file=logged, jobs=1)
    assert report.ok and report.events_checked == _events(engine), report.problem
    last = _events(engine)
    _sql(engine, f"UPDATE events SET actor = 'user:mallory' WHERE seq = {last}")
    report = engine.verify_audit(acme, checkpoint_file=logged, jobs=1)
    assert not report.ok and report.first_bad_seq == last
    assert report.tampering is Tampering.EDITED, report.problem


def test_recomputation_passes_without_checkpoints(engine: Engine, acme: str, logged: Path) -> None:
    """Why checkpoints exist: the recomputed chain is consistent on its own."""
    _recompute(engine)
    assert engine.verify_audit(acme, reconcile=False).ok
    assert not engine.verify_audit(acme, checkpoint_file=logged).ok


def test_an_altered_checkpoint_file_is_detected(engine: Engine, acme: str, logged: Path) -> None:
    engine.write_checkpoints(logged)
    lines = logged.read_text().splitlines()
    logged.write_text("\n".join([lines[0].replace('"seq":', '"seq":1'), *lines[1:]]) + "\n")
    report = engine.verify_audit(acme, checkpoint_file=logged)
    assert not report.ok
    assert report.tampering in (Tampering.CHECKPOINTS, Tampering.TRUNCATED)


def test_the_latest_verification_is_recorded_and_reported(
    engine: Engine, acme: str, logged: Path
) -> None:
    """/healthz?detail=true counts failed accounts (naming none); the dashboard reads the row."""
    _state_only(engine)
    engine.verify_audit(acme, checkpoint_file=logged)
    latest = engine.last_verification(acme)
    assert latest is not None and not latest.ok and latest.tampering == "state"

    async def health() -> dict[str, object]:
        transport = httpx.ASGITransport(app=create_app(engine))
        async with httpx.AsyncClient(transport=transport, base_url="http://heed") as client:
            answer = await client.get("/healthz", params={"detail": "true"})
        assert answer.status_code == 200
        return answer.json()  # type: ignore[no-any-return]

    body = asyncio.run(health())
    assert body["verification"]["accounts_verified"] == 1  # type: ignore[index]
    assert body["verification"]["accounts_failed"] == 1  # type: ignore[index]
    assert acme not in str(body)


PASSWORD = "correct horse battery staple"


def _reported(engine: Engine) -> tuple[dict[str, int], str]:
    """What /healthz detail and the signed-in dashboard say of the latest verification."""

    async def read() -> tuple[dict[str, int], str]:
        transport = httpx.ASGITransport(app=create_app(engine))
        async with httpx.AsyncClient(transport=transport, base_url="http://heed") as client:
            health = await client.get("/healthz", params={"detail": "true"})
            assert health.status_code == 200
            found = re.search(r'name="csrf" value="([^"]+)"', (await client.get("/login")).text)
            assert found
            form = {"csrf": found[1], "account": "acme", "email": "ops@example.com"}
            signed_in = await client.post("/login", data=form | {"password": PASSWORD})
            assert signed_in.status_code == 303, signed_in.text
            page = (await client.get("/")).text
        line = re.search(r'<p [^>]*id="verification">(.*?)</p>', page, re.S)
        assert line, "the dashboard has no verification line"
        return health.json()["verification"], line[1]

    return asyncio.run(read())


def test_a_verification_result_edited_in_the_database_is_not_reported_ok(
    engine: Engine, acme: str, logged: Path
) -> None:
    """The stored result carries a seal made with the server key, which the database does not
    hold: set to ok in the table, or moved to look recent, it reads as unverifiable."""
    engine.create_user(acme, "ops@example.com", "admin", PASSWORD, actor=SUPPORT)
    engine.verify_audit(acme, checkpoint_file=logged)
    health, dashboard = _reported(engine)
    assert (health["accounts_failed"], health["accounts_unverifiable"]) == (0, 0)
    assert dashboard.startswith("Activity log: verified")

    _sql(
        engine,
        "UPDATE verifications SET checked_at = checked_at + interval '1 day'"
        if engine.db.engine.dialect.name == "postgresql"
        else "UPDATE verifications SET checked_at = datetime(checked_at, '+1 day')",
    )
    health, dashboard = _reported(engine)
    assert (health["accounts_failed"], health["accounts_unverifiable"]) == (1, 1)
    assert "UNVERIFIABLE" in dashboard and "verified" not in dashboard

    _state_only(engine)
    engine.verify_audit(acme, checkpoint_file=logged)
    health, dashboard = _reported(engine)
    assert (health["accounts_failed"], health["accounts_unverifiable"]) == (1, 0)
    assert "verification FAILED (state)" in dashboard

    # The attack: turn the failure into a success in the table.
    _sql(engine, "UPDATE verifications SET ok = true, tampering = NULL, problem = NULL")
    latest = engine.last_verification(acme)
    assert latest is not None and not latest.ok and not latest.sealed
    health, dashboard = _reported(engine)
    assert (health["accounts_failed"], health["accounts_unverifiable"]) == (1, 1)
    assert "UNVERIFIABLE" in dashboard and "verified" not in dashboard


def test_a_cut_after_the_latest_checkpoint_is_not_detected(
    engine: Engine, acme: str, logged: Path
) -> None:
    """The limit (docs/proof.md): events newer than the latest checkpoint can be removed, with
    their rows and the head, by someone who can write the database. Checkpoint often."""
    _sql(
        engine,
        "DELETE FROM suppressions WHERE address = '+14155550199'",
        "DELETE FROM events WHERE address = '+14155550199'",
    )
    with engine.db.write() as session:
        head = session.query(EventHead).one()
        last = session.query(Event).order_by(Event.seq.desc()).first()
        assert last is not None
        head.seq, head.hash = last.seq, last.hash
    assert engine.verify_audit(acme, checkpoint_file=logged).ok


def _noted(engine: Engine, acme: str, **fields: object) -> int:
    """Append a note event with these fields; its number."""
    with engine.db.write() as session:
        log = EventLog(session, load_account(session, acme).id)
        log.lock()
        return log.append("note.recorded", ADMIN, **fields).seq  # type: ignore[arg-type]


def _set_json(engine: Engine, seq: int, **columns: str) -> None:
    """Write these JSON columns of event `seq` as this text, in SQL."""
    cast = "CAST(:{} AS jsonb)" if engine.db.dialect == "postgresql" else ":{}"
    assigned = ", ".join(f'"{name}" = {cast.format(name)}' for name in columns)
    with engine.db.engine.begin() as connection:
        connection.execute(
            text(f"UPDATE events SET {assigned} WHERE seq = :seq"), {**columns, "seq": seq}
        )


def _edited_at(engine: Engine, acme: str, logged: Path, seq: int) -> None:
    """That verification stops at event `seq` and names the tampering an edit."""
    report = engine.verify_audit(acme, checkpoint_file=logged, jobs=1)
    assert not report.ok and report.first_bad_seq == seq, report.problem
    assert report.tampering is Tampering.EDITED, report.problem


def test_snapshot_text_moved_between_columns_is_detected(
    engine: Engine, acme: str, logged: Path
) -> None:
    """Text moved from one snapshot's column into the next keeps the payload's text whole
    when put together, but leaves neither column one JSON value: detected as an edit, not a
    crash (SQLite keeps any text; PostgreSQL's JSONB refuses such text). A verifier that
    hashed the stored text as it is, not the parsed values, would have to ask that each
    column is JSON (bench/README.md, audit verify, round 7)."""
    seq = _noted(engine, acme, after={"a": 1, "before": 2})
    moved = {"after": '{"a":1', "before": '2},"before":null'}
    if engine.db.dialect == "postgresql":
        with pytest.raises(DBAPIError, match="json"):
            _set_json(engine, seq, **moved)
        return
    _set_json(engine, seq, **moved)
    _edited_at(engine, acme, logged, seq)


@pytest.mark.parametrize("spelled", ['{"n": 1, "m": "x"}', '{"m":"x","n":1.0}'])
def test_a_snapshot_stored_as_other_text_verifies_by_its_values(
    engine: Engine, acme: str, logged: Path, spelled: str
) -> None:
    """A snapshot stored in another spelling of the same values (SQLite keeps the text as
    written) is verified by its values; a value changed is not."""
    seq = _noted(engine, acme, evidence={"m": "x", "n": 1})
    _set_json(engine, seq, evidence=spelled)
    report = engine.verify_audit(acme, checkpoint_file=logged, jobs=1)
    assert report.ok == (spelled == '{"n": 1, "m": "x"}'), report.problem
    _set_json(engine, seq, evidence='{"m": "x", "n": 2}')
    _edited_at(engine, acme, logged, seq)


@pytest.mark.parametrize("address", ["ann\"o'neil@example.com", "back\\slash@example.com"])
def test_an_address_that_needs_escaping_verifies_and_its_edit_is_detected(
    engine: Engine, acme: str, logged: Path, address: str
) -> None:
    """An address that needs escaping in the payload's canonical text verifies, and its edit
    is detected."""
    seq = _noted(engine, acme, address=address, evidence={"x": 1})
    assert engine.verify_audit(acme, checkpoint_file=logged, jobs=1).ok
    _sql(engine, f"UPDATE events SET address = 'ann@example.com' WHERE seq = {seq}")
    _edited_at(engine, acme, logged, seq)
