"""Set-based contact imports (heed.store.contact_batches): one event per batch of new contacts,
each contact's creation proven against it, updates through the API kept verifiable while edits
and deletions in the table alone are found, the creation in the contact's history, flags equal
to `heed check`, and a `heed import contacts` killed with SIGKILL half-way finished exactly by
running it again. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from heed import Engine
from heed.store.audit import Tampering
from heed.store.contact_batches import KIND, _json, _json_of
from heed.store.tables import Contact, Event
from helpers.actors import ADMIN


def write_file(tmp_path: Path, count: int, name: str = "crm.csv") -> Path:
    path = tmp_path / name
    path.write_text(
        "phone,email,name,city\n"
        + "".join(f"+1415{n:07d},p{n}@example.com,Person {n},Oslo\n" for n in range(count))
    )
    return path


def count(engine: Engine, query: object) -> int:
    with engine.db.read() as session:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def contacts(engine: Engine) -> int:
    return count(engine, select(func.count()).select_from(Contact))


def batch_events(engine: Engine) -> int:
    return count(engine, select(func.count()).select_from(Event).where(Event.kind == KIND))


def contact_id(engine: Engine, phone: str) -> str:
    with engine.db.read() as session:
        return str(session.scalar(select(Contact.id).where(Contact.phone == phone)))


def test_a_batch_of_contacts_is_one_event_and_a_rerun_changes_nothing(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    path = write_file(tmp_path, 12_000)
    info = engine.import_contacts(acme, path, actor=ADMIN)

    assert (info.status, info.created, info.unchanged) == ("done", 12_000, 0)
    assert batch_events(engine) == 3  # 5,000 rows a batch
    created = count(engine, select(func.count()).where(Event.kind == "contact.created"))
    assert created == 0, "no event per contact"
    report = engine.verify_audit(acme)
    assert report.ok, report.problem
    assert report.contacts_checked == 12_000

    again = engine.import_contacts(acme, path, actor=ADMIN)
    assert (again.created, again.unchanged) == (0, 12_000)
    assert contacts(engine) == 12_000 and batch_events(engine) == 3
    assert engine.verify_audit(acme).ok


def test_each_contact_keeps_its_evidence_and_its_history_shows_its_creation(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.import_contacts(acme, write_file(tmp_path, 20), actor=ADMIN)
    ann = contact_id(engine, "+14150000007")

    shown = engine.get_contact(acme, ann)
    assert (shown.email, shown.name, shown.fields) == (
        "p7@example.com",
        "Person 7",
        {"city": "Oslo"},
    )
    (event,) = engine.list_events(acme, contact_id=ann).items
    assert (event.kind, event.source, event.evidence["file"]) == (KIND, "import", "crm.csv")
    (row,) = event.rows
    assert row["id"] == ann
    assert row["evidence"]["line"] == 9
    assert row["evidence"]["row"] == {
        "phone": "+14150000007",
        "email": "p7@example.com",
        "name": "Person 7",
        "city": "Oslo",
    }


def test_updates_through_heed_verify_and_edits_in_the_table_alone_do_not(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.import_contacts(acme, write_file(tmp_path, 30), actor=ADMIN)
    ann, bob = contact_id(engine, "+14150000003"), contact_id(engine, "+14150000004")
    engine.update_contact(acme, ann, actor=ADMIN, changes={"name": "Ann", "fields": {}})
    engine.update_contact(acme, ann, actor=ADMIN, changes={"email": "ann@example.org"})
    report = engine.verify_audit(acme)
    assert report.ok, report.problem

    for edit, who in (
        ("UPDATE contacts SET name = 'Mallory' WHERE id = :id", bob),
        ("UPDATE contacts SET name = 'Mallory' WHERE id = :id", ann),  # after its updates
    ):
        with engine.db.write() as session:
            session.execute(text(edit), {"id": who})
        report = engine.verify_audit(acme)
        assert not report.ok and report.tampering is Tampering.EDITED, report.problem
        assert who in (report.problem or "")
        with engine.db.write() as session:
            session.execute(
                text("UPDATE contacts SET name = :n WHERE id = :id"),
                {"n": "Person 4" if who == bob else "Ann", "id": who},
            )
        assert engine.verify_audit(acme).ok


@pytest.mark.parametrize(
    ("tamper", "tampering", "words"),
    [
        ("UPDATE contacts SET phone = '+14159999999' WHERE id = :id", "edited", "altered"),
        ("UPDATE contacts SET evidence = '{}' WHERE id = :id", "edited", "altered"),
        ("UPDATE contacts SET salt = NULL WHERE id = :id", "edited", "no erasure names it"),
        ("DELETE FROM contacts WHERE id = :id", "state", "deleted"),
    ],
)
def test_an_imported_contact_changed_in_the_table_fails_verification_at_its_batch(
    engine: Engine, acme: str, tmp_path: Path, tamper: str, tampering: str, words: str
) -> None:
    engine.import_contacts(acme, write_file(tmp_path, 50), actor=ADMIN)
    who = contact_id(engine, "+14150000020")
    with engine.db.read() as session:
        seq = session.scalar(select(Contact.created_event).where(Contact.id == who))
    with engine.db.write() as session:
        session.execute(text(tamper), {"id": who})

    report = engine.verify_audit(acme)
    assert not report.ok
    assert (report.tampering, report.first_bad_seq) == (Tampering(tampering), seq)
    assert words in (report.problem or "")


def test_tabs_newlines_and_backslashes_are_kept_as_read(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """Tabs, newlines, backslashes and what looks like COPY's null marker are stored as they
    were read (through `COPY` on PostgreSQL) and verify against their digests."""
    path = tmp_path / "odd.csv"
    odd = 'Tab\there \\N back\\slash "quoted"'
    path.write_text(
        "phone,name,note\n"
        + '+14150000001,"Tab\there \\N back\\slash ""quoted""","line one\nline two"\n'
        + "+14150000002,\\N,plain\n"
    )
    info = engine.import_contacts(acme, path, actor=ADMIN)
    assert info.created == 2, info.errors
    first = engine.get_contact(acme, contact_id(engine, "+14150000001"))
    assert (first.name, first.fields) == (odd, {"note": "line one\nline two"})
    second = engine.get_contact(acme, contact_id(engine, "+14150000002"))
    assert second.name == "\\N"
    report = engine.verify_audit(acme)
    assert report.ok and report.contacts_checked == 2, report.problem


def test_erasing_an_imported_contact_keeps_the_log_verifiable(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.import_contacts(acme, write_file(tmp_path, 30), actor=ADMIN)
    who = contact_id(engine, "+14150000011")
    engine.erase_contact(acme, who, actor=ADMIN, reason="GDPR request")

    with engine.db.read() as session:
        row = session.get(Contact, (acme_id(engine, acme), who))
        assert row is not None
        assert (row.phone, row.email, row.name, row.fields) == (None, None, None, {})
        assert (row.evidence, row.salt, row.row_digest is not None) == ({}, None, True)
    report = engine.verify_audit(acme)
    assert report.ok, report.problem
    assert report.contacts_checked == 30


def acme_id(engine: Engine, slug: str) -> str:
    with engine.db.read() as session:
        return str(session.scalar(text("SELECT id FROM accounts WHERE slug = :s"), {"s": slug}))


def test_flags_are_what_heed_check_answers(engine: Engine, acme: str, tmp_path: Path) -> None:
    engine.opt_out(acme, "sms", "+14150000002", actor=ADMIN, reason="STOP by phone")
    engine.opt_out(acme, "email", "p5@example.com", actor=ADMIN, reason="asked by mail")
    engine.opt_out(acme, "whatsapp", "+14150000007", actor=ADMIN, reason="blocked us")
    path = write_file(tmp_path, 10)
    info = engine.import_contacts(acme, path, actor=ADMIN)
    assert_flags_are_checks(engine, acme, info.flagged_rows)
    assert {row["line"] for row in info.flagged_rows} == {4, 7, 9}

    # the compiled index the import clears contacts with is brought up to date from the log:
    # an opt-out made since the last import counts
    engine.opt_out(acme, "voice", "+14150000004", actor=ADMIN, reason="asked on a call")
    info = engine.import_contacts(acme, path, actor=ADMIN)
    assert_flags_are_checks(engine, acme, info.flagged_rows)
    assert {row["line"] for row in info.flagged_rows} == {4, 6, 7, 9}


def assert_flags_are_checks(engine: Engine, acme: str, rows: list[dict[str, Any]]) -> None:
    flagged = {row["line"]: row["reasons"] for row in rows}
    for n in range(10):
        want = {}
        for channel, address in (
            ("sms", f"+1415{n:07d}"),
            ("whatsapp", f"+1415{n:07d}"),
            ("voice", f"+1415{n:07d}"),
            ("email", f"p{n}@example.com"),
        ):
            result = engine.check(acme, channel, address)
            if not result.allowed:
                want[channel] = result.codes
        assert flagged.get(n + 2, {}) == want, n


@pytest.mark.parametrize(
    "damage", ["garbage", "short column", "stale", "foreign stamp", "unwritable"]
)
def test_a_damaged_or_stale_index_never_gives_wrong_flags(
    engine: Engine, acme: str, database_url: str, tmp_path: Path, damage: str
) -> None:
    """The compiled index an import clears contacts with is trusted only as of the log: one
    whose files do not fit together or whose stamp is not in the chain is rebuilt from the
    tables, a stale one is patched from the log, and when the index directory cannot be used
    at all every contact goes to the decision path's reads. The flags are `heed check`'s."""
    engine.opt_out(acme, "sms", "+14150000002", actor=ADMIN, reason="STOP by phone")
    path = write_file(tmp_path, 10)
    engine.import_contacts(acme, path, actor=ADMIN)  # compiles and saves the indexes
    data = tmp_path / "heed-data"
    home = data / "index" / acme_id(engine, acme) / "sms"
    pointer = json.loads((home / "current.json").read_text())
    shutil.copytree(home, tmp_path / "as saved")
    # opt-outs the saved index does not hold: a stale index used as it is would miss them
    engine.opt_out(acme, "sms", "+14150000005", actor=ADMIN, reason="STOP")
    engine.opt_out(acme, "email", "p7@example.com", actor=ADMIN, reason="asked by mail")
    version = home / pointer["version"]
    if damage == "garbage":
        (version / "keys.npy").write_bytes(b"garbage")
    elif damage == "short column":
        np.save(version / "kinds.npy", np.zeros(1, dtype=np.uint8))
    elif damage == "stale":
        shutil.rmtree(home)
        shutil.copytree(tmp_path / "as saved", home)
    elif damage == "foreign stamp":
        (home / "current.json").write_text(json.dumps({**pointer, "hash": "0" * 64}))
    else:
        shutil.rmtree(data / "index")
        (data / "index").write_text("a file where the index directory should be")

    with Engine(database_url, data_dir=data) as fresh:  # nothing held in memory
        info = fresh.import_contacts(acme, path, actor=ADMIN)
    assert_flags_are_checks(engine, acme, info.flagged_rows)
    assert {row["line"] for row in info.flagged_rows} == {4, 7, 9}


def _heed_import(url: str, path: Path, tmp_path: Path) -> subprocess.Popen[bytes]:
    heed = Path(sys.executable).with_name("heed")
    env = {**os.environ, "HEED_DATABASE_URL": url, "HEED_DATA_DIR": str(tmp_path / "data")}
    return subprocess.Popen(
        [str(heed), "import", "contacts", "acme", str(path), "--json"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_an_import_killed_half_way_is_finished_exactly_by_running_it_again(
    engine: Engine, acme: str, database_url: str, tmp_path: Path
) -> None:
    wanted = 40_000
    path = write_file(tmp_path, wanted)
    child = _heed_import(database_url, path, tmp_path)
    deadline = time.monotonic() + 120
    while contacts(engine) == 0 and time.monotonic() < deadline:  # the first batch committed
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    landed = contacts(engine)
    assert 0 < landed < wanted, "killed before it finished"
    assert landed % 5000 == 0, "a batch lands whole or not at all"
    assert engine.verify_audit(acme).ok

    rerun = engine.import_contacts(acme, path, actor=ADMIN)
    assert (rerun.created, rerun.unchanged) == (wanted - landed, landed)
    assert contacts(engine) == wanted
    distinct = select(func.count(func.distinct(Contact.phone)))
    assert count(engine, distinct) == wanted
    report = engine.verify_audit(acme)
    assert report.ok and report.contacts_checked == wanted


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.text(), st.text() | st.integers(min_value=-(2**63), max_value=2**64 - 1)))
def test_stored_json_reads_back_as_written(value: dict[str, object]) -> None:
    """What a batch stores as JSON text (fields, evidence) is what verification reads back,
    whatever the text: else an intact contact would fail its digest. Its numbers are line
    numbers, so within orjson's 64-bit range (beyond it orjson reads an integer as a float)."""
    assert _json_of(_json(value)) == value
