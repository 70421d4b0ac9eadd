"""Set-based opt-out imports (heed.store.batches): one event per batch, every row proven against
it, per-address answers and history kept, erasure and tampering told apart, and a `heed import`
killed with SIGKILL half-way finished exactly by running it again. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import NoResultFound

from heed import Engine
from heed.store import batches as batches_module
from heed.store.accounts import load_account
from heed.store.audit import Tampering
from heed.store.batches import (
    KIND,
    NewSuppression,
    Uniform,
    _Material,
    row_digest,
    rows_per_insert,
    write_uniform,
)
from heed.store.events import EventLog
from heed.store.tables import Event, Suppression
from heed.store.types import utcnow
from helpers.actors import ADMIN


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"+1415{n:07d}" for n in range(start, start + count)]


def write_file(
    tmp_path: Path, addresses: list[str], name: str = "optouts.csv", column: str = "name"
) -> Path:
    """A plain file of `addresses` and one more column: a name, or each row's own reason."""
    path = tmp_path / name
    path.write_text(f"phone,{column}\n" + "".join(f"{a},Said {a[-4:]}\n" for a in addresses))
    return path


def scalar(engine: Engine, query: object) -> int:
    with engine.db.read() as session:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def active(engine: Engine) -> int:
    return scalar(
        engine,
        select(func.count()).select_from(Suppression).where(Suppression.lifted_at.is_(None)),
    )


def distinct_active(engine: Engine) -> int:
    return scalar(
        engine,
        select(func.count(func.distinct(Suppression.address))).where(
            Suppression.lifted_at.is_(None)
        ),
    )


def batch_events(engine: Engine) -> int:
    return scalar(engine, select(func.count()).select_from(Event).where(Event.kind == KIND))


def test_thousands_of_rows_make_one_event_per_batch_and_verify(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    path = write_file(tmp_path, numbers(12_000))
    info = engine.import_optouts(acme, path, actor=ADMIN, channel="sms")

    assert (info.status, info.created, info.unchanged) == ("done", 12_000, 0)
    assert batch_events(engine) == 3  # 5,000 rows a batch
    assert active(engine) == 12_000
    report = engine.verify_audit(acme)
    assert report.ok, report.problem
    assert report.rows_checked == 12_000
    parallel = engine.verify_audit(acme, jobs=3)  # the log walked in three ranges
    assert replace(parallel, checked_at=None, seconds=0) == replace(
        report, checked_at=None, seconds=0
    )

    again = engine.import_optouts(acme, path, actor=ADMIN, channel="sms")
    assert (again.created, again.unchanged) == (0, 12_000)
    assert batch_events(engine) == 3, "nothing new, so no new batch event"
    assert engine.verify_audit(acme).ok


def test_each_address_answers_with_its_batch_event_its_row_and_its_past(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    before = utcnow()
    engine.import_optouts(acme, write_file(tmp_path, numbers(20)), actor=ADMIN, channel="sms")
    after = utcnow()

    result = engine.check(acme, "sms", "+14150000007")
    assert result.codes == ["opted_out"]
    (event,) = engine.list_events(acme, address="+14150000007").items
    assert (event.kind, event.id) == (KIND, result.reasons[0].event_id)
    (row,) = event.rows
    assert row["evidence"]["line"] == 9 and row["evidence"]["row"]["phone"] == "+14150000007"

    assert engine.check(acme, "sms", "+14150000007", at=before).codes == []
    past = engine.check(acme, "sms", "+14150000007", at=after)
    assert past.codes == ["opted_out"] and past.reasons[0].event_id == event.id

    engine.lift_suppression(acme, row["id"], actor=ADMIN, reason="asked to rejoin by phone")
    assert engine.check(acme, "sms", "+14150000007").codes == []
    assert engine.check(acme, "sms", "+14150000007", at=after).codes == ["opted_out"]
    assert engine.verify_audit(acme).ok


def test_an_import_never_resubscribes_and_counts_what_it_found(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.opt_out(acme, "sms", "+14150000003", actor=ADMIN, reason="STOP by phone")
    path = write_file(tmp_path, [*numbers(5), "+14150000001"])
    info = engine.import_optouts(acme, path, actor=ADMIN, channel="sms")

    # +1415…0003 had an opt-out of another source: the import adds its own; the repeat of
    # …0001 in the same batch is unchanged.
    assert (info.created, info.unchanged) == (5, 1)
    reasons = engine.check(acme, "sms", "+14150000003").reasons
    assert sorted(str(r.source) for r in reasons) == ["import", "manual"]
    assert engine.verify_audit(acme).ok


ALTERED = ("edited", "altered")


@pytest.mark.parametrize(
    ("tamper", "tampering", "words"),
    [
        ("UPDATE suppressions SET scope = 'list:promos' WHERE id = :id", "edited", "altered"),
        ("DELETE FROM suppressions WHERE id = :id", "state", "deleted"),
        ("UPDATE suppressions SET evidence = '{}' WHERE id = :id", "edited", "altered"),
        ("UPDATE suppressions SET channel = 'email' WHERE id = :id", "edited", "altered"),
        ("UPDATE suppressions SET address = '+14150000099' WHERE id = :id", "edited", "altered"),
        ("UPDATE suppressions SET source = 'api' WHERE id = :id", "edited", "altered"),
        ("UPDATE suppressions SET reason = 'asked twice' WHERE id = :id", "edited", "altered"),
        ("UPDATE suppressions SET reason = NULL WHERE id = :id", "edited", "altered"),
        ("UPDATE suppressions SET since = '2020-01-02 03:04:05' WHERE id = :id", *ALTERED),
        ("UPDATE suppressions SET id = '01ZZZZZZZZZZZZZZZZZZZZZZZZ' WHERE id = :id", *ALTERED),
        ("UPDATE suppressions SET row_digest = salt || salt WHERE id = :id", "edited", "altered"),
        ("UPDATE suppressions SET salt = NULL WHERE id = :id", "edited", "no erasure lists it"),
    ],
)
@pytest.mark.parametrize("column", ["name", "reason"])  # the file's reason, or each row's
def test_a_batch_row_changed_in_the_table_fails_verification_at_its_event(
    engine: Engine, acme: str, tmp_path: Path, tamper: str, tampering: str, words: str, column: str
) -> None:
    path = write_file(tmp_path, numbers(50), column=column)
    engine.import_optouts(acme, path, actor=ADMIN, channel="sms")
    with engine.db.read() as session:
        sid, seq = session.execute(
            select(Suppression.id, Suppression.created_event).where(
                Suppression.address == "+14150000020"
            )
        ).one()
    with engine.db.write() as session:
        session.execute(text(tamper), {"id": sid})

    report = engine.verify_audit(acme)
    assert not report.ok
    assert (report.tampering, report.first_bad_seq) == (Tampering(tampering), seq)
    assert words in (report.problem or "")


@pytest.mark.parametrize(
    ("tamper", "words"),
    [
        (
            "UPDATE suppressions SET lifted_at = since, lifted_event = 1 WHERE id = :id",
            "lifted in the table, but no event lifted it",
        ),
        (
            "UPDATE suppressions SET lifted_at = NULL, lifted_event = NULL WHERE id = :lifted",
            "active in the table, but event",
        ),
        ("UPDATE suppressions SET lifted_event = 1 WHERE id = :lifted", "as its lifting"),
    ],
)
def test_a_batch_row_lifted_or_unlifted_in_the_table_alone_is_a_difference(
    engine: Engine, acme: str, tmp_path: Path, tamper: str, words: str
) -> None:
    engine.import_optouts(acme, write_file(tmp_path, numbers(50)), actor=ADMIN, channel="sms")
    with engine.db.read() as session:
        ids = dict(session.execute(select(Suppression.address, Suppression.id)).all())
    engine.lift_suppression(acme, ids["+14150000030"], actor=ADMIN, reason="rejoined")
    assert engine.verify_audit(acme).ok
    with engine.db.write() as session:
        session.execute(text(tamper), {"id": ids["+14150000020"], "lifted": ids["+14150000030"]})

    report = engine.verify_audit(acme)
    assert not report.ok and report.tampering is Tampering.STATE
    assert words in (report.problem or ""), report.problem


# SQLite only: PostgreSQL's JSONB column cannot hold text that is not JSON, so there is nothing to
# tamper with there.
@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_batch_rows_evidence_that_is_not_json_is_an_alteration(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.import_optouts(acme, write_file(tmp_path, numbers(20)), actor=ADMIN, channel="sms")
    with engine.db.write() as session:
        session.execute(
            text("UPDATE suppressions SET evidence = '{not json' WHERE address = '+14150000005'")
        )

    report = engine.verify_audit(acme)
    assert not report.ok and report.tampering is Tampering.EDITED
    assert "altered" in (report.problem or "")


def test_a_batch_rows_evidence_stored_as_other_json_text_is_checked_by_the_definition(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """Rows are checked against their evidence as stored (an import stores the text
    `row_digest` encodes; heed.store.batches `_templated`). The same JSON written another way
    (keys in another order, spaces) is left to the definition, and verifies; a value changed
    in that text does not."""
    engine.import_optouts(acme, write_file(tmp_path, numbers(20)), actor=ADMIN, channel="sms")
    with engine.db.read() as session:
        sid, evidence = session.execute(
            select(Suppression.id, Suppression.evidence).where(
                Suppression.address == "+14150000005"
            )
        ).one()
    as_json = "CAST(:e AS json)" if engine.db.dialect == "postgresql" else ":e"

    def store(value: dict[str, object]) -> None:
        spaced = json.dumps(dict(reversed(list(value.items()))), indent=1)
        with engine.db.write() as session:
            session.execute(
                text(f"UPDATE suppressions SET evidence = {as_json} WHERE id = :id"),
                {"e": spaced, "id": sid},
            )

    store(evidence)
    report = engine.verify_audit(acme, jobs=1)
    assert report.ok and report.rows_checked == 20, report.problem
    store({**evidence, "line": evidence["line"] + 1})
    report = engine.verify_audit(acme, jobs=1)
    assert not report.ok and report.tampering is Tampering.EDITED
    assert f"suppression {sid} of batch event" in (report.problem or "")


def test_a_row_inserted_into_a_batch_is_found(engine: Engine, acme: str, tmp_path: Path) -> None:
    engine.import_optouts(acme, write_file(tmp_path, numbers(10)), actor=ADMIN, channel="sms")
    with engine.db.write() as session:
        row = session.scalars(select(Suppression).limit(1)).one()
        twin = {c.key: getattr(row, c.key) for c in Suppression.__table__.columns}
        twin |= {"id": "0" * 26, "address": "+14159999999"}
        # with a digest of its own that matches: only the batch's count and digest tell
        payload = {k: twin[k] for k in ("id", "channel", "address", "scope", "source", "reason")}
        payload |= {"evidence": twin["evidence"], "since": row.since.isoformat()}
        twin["row_digest"] = row_digest({**payload, "salt": twin["salt"]})
        session.add(Suppression(**twin))

    report = engine.verify_audit(acme)
    assert not report.ok and report.tampering is Tampering.STATE
    assert "inserted" in (report.problem or "")


def _replace_row(row: dict[str, object]) -> dict[str, object]:
    """The row as someone would replace it: another address, with a digest of its own that
    matches, so only its batch's digest tells."""
    twin = {**row, "address": "+14159999999"}
    payload = {k: twin[k] for k in ("id", "channel", "address", "scope", "source", "reason")}
    since = twin["since"]
    assert isinstance(since, datetime)
    payload |= {"evidence": twin["evidence"], "since": since.isoformat(), "salt": twin["salt"]}
    return twin | {"row_digest": row_digest(payload)}


ROW_ATTACKS = {
    "edited": (lambda row: {**row, "address": "+14159999999"}, Tampering.EDITED),
    "deleted": (lambda row: None, Tampering.STATE),
    "replaced": (_replace_row, Tampering.EDITED),
}


@pytest.mark.parametrize("attack", list(ROW_ATTACKS))
def test_rows_tampered_at_range_joins_are_found_as_in_one_process(
    engine: Engine, acme: str, tmp_path: Path, attack: str, caplog: pytest.LogCaptureFixture
) -> None:
    """12,000 rows (three batches) checked in three ranges of 4,000 (heed.store.batches
    splits by id): a row changed at either end and either side of each join is found, and
    the report is the one-process report word for word."""
    engine.import_optouts(acme, write_file(tmp_path, numbers(12_000)), actor=ADMIN, channel="sms")
    table = Suppression.__table__
    with engine.db.read() as session:
        rows = [row._asdict() for row in session.execute(select(table).order_by(table.c.id))]
    change, expected = ROW_ATTACKS[attack]
    for index in (0, 3_999, 4_000, 7_999, 8_000, 11_999):
        original = rows[index]
        replacement = change(original)
        with engine.db.write() as session:
            session.execute(table.delete().where(table.c.id == original["id"]))
            if replacement is not None:
                session.execute(table.insert(), [replacement])
        alone = engine.verify_audit(acme, jobs=1)
        parallel = engine.verify_audit(acme, jobs=3)
        assert not alone.ok and alone.tampering is expected, (index, alone.problem)
        timing = {"checked_at": None, "seconds": 0.0}
        assert replace(parallel, **timing) == replace(alone, **timing), index
        with engine.db.write() as session:
            session.execute(table.delete().where(table.c.id == original["id"]))
            session.execute(table.insert(), [original])
    assert engine.verify_audit(acme, jobs=3).ok
    assert "heed.store.ranges" not in caplog.text  # every range was checked by its process


def test_an_erasure_committed_while_processes_verify_is_not_a_finding(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """An erasure commits while the log is verified in three processes. PostgreSQL's
    processes share the verifying transaction's snapshot; SQLite's may read the erased rows
    without the erasure event that lists them, so that verification is done again in one
    process, and neither says the log was altered."""
    engine.import_optouts(acme, write_file(tmp_path, numbers(12_000)), actor=ADMIN, channel="sms")
    contact_id = engine.add_contact(acme, actor=ADMIN, phone="+14150011000")
    erased: list[int] = []

    def erase_once(done: int) -> None:
        if not erased:
            erased.append(done)
            engine.erase_contact(acme, contact_id, actor=ADMIN, reason="GDPR request")

    report = engine.verify_audit(acme, jobs=3, progress=erase_once)
    assert erased and report.ok, report.problem
    assert report.rows_checked == 12_000
    assert engine.verify_audit(acme, jobs=3).ok


def test_erasing_someone_a_batch_imported_keeps_the_log_verifiable(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.import_optouts(acme, write_file(tmp_path, numbers(30)), actor=ADMIN, channel="sms")
    contact_id = engine.add_contact(acme, actor=ADMIN, phone="+14150000011")
    engine.erase_contact(acme, contact_id, actor=ADMIN, reason="GDPR request")

    assert engine.check(acme, "sms", "+14150000011").codes == ["opted_out"]
    with engine.db.read() as session:
        row = session.scalars(select(Suppression).where(Suppression.address.like("erased:%"))).one()
    assert (row.salt, row.evidence, row.row_digest is not None) == (None, {}, True)
    report = engine.verify_audit(acme)
    assert report.ok, report.problem
    assert report.rows_checked == 30

    with engine.db.write() as session:  # blanking another row is not an erasure
        session.execute(
            update(Suppression).where(Suppression.address == "+14150000012").values(salt=None)
        )
    assert engine.verify_audit(acme).tampering is Tampering.EDITED


def _heed_import(url: str, path: Path, tmp_path: Path) -> subprocess.Popen[bytes]:
    heed = Path(sys.executable).with_name("heed")
    env = {**os.environ, "HEED_DATABASE_URL": url, "HEED_DATA_DIR": str(tmp_path / "data")}
    return subprocess.Popen(
        [str(heed), "import", "optouts", "acme", str(path), "--channel", "sms", "--json"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_an_import_killed_half_way_is_finished_exactly_by_running_it_again(
    engine: Engine, acme: str, database_url: str, tmp_path: Path
) -> None:
    wanted = numbers(40_000)
    path = write_file(tmp_path, wanted)
    child = _heed_import(database_url, path, tmp_path)
    deadline = time.monotonic() + 120
    while active(engine) == 0 and time.monotonic() < deadline:  # the first batch committed
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    landed = active(engine)
    assert 0 < landed < len(wanted), "killed before it finished"
    assert landed % 5000 == 0, "a batch lands whole or not at all"
    assert engine.verify_audit(acme).ok

    rerun = engine.import_optouts(acme, path, actor=ADMIN, channel="sms")
    assert (rerun.created, rerun.unchanged) == (len(wanted) - landed, landed)
    assert active(engine) == distinct_active(engine) == len(wanted)
    report = engine.verify_audit(acme)
    assert report.ok and report.rows_checked == len(wanted)
    assert engine.check(acme, "sms", wanted[-1]).codes == ["opted_out"]


_VALUES = st.one_of(st.text(), st.integers(), st.none(), st.booleans())
_TEXT = st.text()  # any text a file can hold (a strict UTF-8 decoder gives no lone surrogates)


@settings(max_examples=50, deadline=None)
@given(
    address=_TEXT,
    scope=_TEXT,
    reason=st.none() | _TEXT,
    evidence=st.dictionaries(_TEXT, _VALUES | st.dictionaries(_TEXT, _VALUES | _TEXT)),
)
def test_a_written_rows_digest_is_row_digest_of_its_payload(
    address: str, scope: str, reason: str | None, evidence: dict[str, object]
) -> None:
    """`write` composes each row's digest from parts; it must be `row_digest` of the payload
    verification rebuilds (any text, huge integers and nesting included), and the evidence
    it stores must read back as given."""
    row = NewSuppression("sms", address, scope, reason, evidence)
    material = _Material("import", "2026-12-04T21:40:07.792270+00:00")
    stored, digest = material.digest(row, "01M91G04FGJKY57ST22YK12RCD", "ab" * 16)

    assert digest == row_digest(material.payload(row, "01M91G04FGJKY57ST22YK12RCD", "ab" * 16))
    assert json.loads(stored) == evidence


@pytest.mark.parametrize("own_reasons", [False, True], ids=["shared reason", "own reasons"])
def test_a_uniform_batch_of_several_inserts_stores_every_row_as_given(
    engine: Engine, acme: str, own_reasons: bool
) -> None:
    """`write_uniform` writes SQLite's rows a few hundred a statement with the shared values
    bound once (COPY on PostgreSQL): every row keeps its own address, evidence and, if given,
    reason, and the shared channel, scope, reason, source and event, the last statement's
    short remainder included, and verification proves them all."""
    count = 2 * rows_per_insert(7, 5) + 3  # 198 a statement
    addresses = numbers(count)
    evidence = [orjson.dumps({"line": n + 2, "row": {"phone": a}}) for n, a in enumerate(addresses)]
    reasons = [f'STOP nº{n} "100%"' for n in range(count)] if own_reasons else None
    with engine.db.write() as session:
        log = EventLog(session, load_account(session, acme).id)
        log.lock()
        shared = Uniform("sms", "account", None if own_reasons else "imported from a.csv")
        batch_evidence = {"import_id": "none", "file": "a.csv", "lines": [2, count + 1]}
        seq = write_uniform(
            session,
            log,
            shared,
            addresses,
            evidence,
            source="import",
            actor=ADMIN,
            batch_evidence=batch_evidence,
            reasons=reasons,
        )
    with engine.db.read() as session:
        rows = session.execute(
            select(
                Suppression.address,
                Suppression.evidence,
                Suppression.channel,
                Suppression.scope,
                Suppression.reason,
                Suppression.source,
                Suppression.created_event,
            ).order_by(Suppression.id)
        ).all()
    assert [(r[0], r[1]) for r in rows] == [
        (a, orjson.loads(e)) for a, e in zip(addresses, evidence, strict=True)
    ]
    if reasons is None:
        assert {tuple(r[2:]) for r in rows} == {
            ("sms", "account", "imported from a.csv", "import", seq)
        }
    else:
        assert [r[4] for r in rows] == reasons  # numbers(...) ascend with the ids
        assert {(r[2], r[3], r[5], r[6]) for r in rows} == {("sms", "account", "import", seq)}
    report = engine.verify_audit(acme)
    assert report.ok and report.rows_checked == count


def test_no_batch_is_written_for_an_account_that_does_not_exist(engine: Engine, acme: str) -> None:
    """What the foreign key to accounts refused (dropped by migration 0017): a batch's rows go
    with its event, which takes the account's log head first, so none lands without it."""
    with engine.db.write() as session:
        log = EventLog(session, "0" * 26)
        with pytest.raises(NoResultFound):
            write_uniform(
                session,
                log,
                Uniform("sms", "account", "imported from a.csv"),
                numbers(3),
                [b"{}"] * 3,
                source="import",
                actor=ADMIN,
                batch_evidence={},
            )
    assert scalar(engine, select(func.count()).select_from(Suppression)) == 0


def test_a_page_splits_into_runs_of_its_batches_and_their_shared_parts() -> None:
    """`_runs` cuts a page where the batch or a shared part (channel, scope, source, time)
    changes, never at a reason (a reason column's rows compose from one template); a batch
    whose rows each name their channel makes a run a row, in one pass over the page."""

    def row(seq: int, channel: str, reason: str) -> tuple[object, ...]:
        return ("id", seq, channel, "+1", "account", "import", reason, "{}", "t", "s", "d")

    page = [row(1, "sms", "a"), row(1, "sms", "b"), row(2, "sms", "a")]
    page += [row(3, ch, "x") for ch in ("sms", "email", "email", "sms")]
    runs = [[(r[1], r[2], r[6]) for r in run] for run in batches_module._runs(page)]

    assert runs == [
        [(1, "sms", "a"), (1, "sms", "b")],
        [(2, "sms", "a")],
        [(3, "sms", "x")],
        [(3, "email", "x"), (3, "email", "x")],
        [(3, "sms", "x")],
    ]
