"""CSV imports of opt-outs and contacts through the library API, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from heed import BadInput, Engine, NotFound, PermissionDenied
from heed.store import imports
from heed.store.tables import Contact, Event, Import, ListMembership, Suppression
from helpers.actors import ADMIN, AGENT


def write(tmp_path: Path, text: str, name: str = "optouts.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode())
    return path


def count(engine: Engine, model: type, **where: str) -> int:
    with engine.db.read() as session:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(session.scalar(query) or 0)


def codes(engine: Engine, address: str, channel: str = "sms", **kw: str) -> list[str]:
    return engine.check("acme", channel, address, **kw).codes


BAD_ROWS = (
    "Name;Mobile;Reason\r\n"
    "Ann;+14155550100;asked by email\r\n"
    "Bob;555-0101;\r\n"  # a national number, but no default country
    "\r\n"
    "Cy;;no number\r\n"
    'Dee;"+14155550103";\r\n'
    "Eve;+14155550104;too;many\r\n"
)


def test_bad_rows_are_reported_by_line_and_the_good_ones_land(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    info = engine.import_optouts(acme, write(tmp_path, BAD_ROWS), actor=ADMIN, channel="sms")

    assert (info.status, info.rows_total, info.rows_processed) == ("done", 5, 5)
    assert (info.created, info.unchanged, info.error_count) == (2, 0, 3)
    assert not info.complete
    lines = {e["line"]: e["message"] for e in info.row_errors}
    assert sorted(lines) == [3, 5, 7]
    assert "'555-0101' is not a valid phone number" in lines[3] and "default_country" in lines[3]
    assert lines[5] == "no address in column 'Mobile'"
    assert "has 4 fields but the header has 3" in lines[7]
    assert codes(engine, "+14155550100") == ["opted_out"]
    assert codes(engine, "+14155550103") == ["opted_out"]
    assert codes(engine, "+14155550104") == []

    result = engine.check(acme, "sms", "+14155550100")
    (event,) = engine.list_events(acme, address="+14155550100").items
    assert (event.kind, event.source, event.id) == (
        "suppressions.imported",
        "import",
        result.reasons[0].event_id,
    )
    assert event.after == {"rows": 2, "digest": event.after["digest"]}
    assert event.evidence == {"import_id": info.id, "file": "optouts.csv", "lines": [2, 6]}
    (row,) = event.rows
    assert (row["address"], row["scope"], row["reason"]) == (
        "+14155550100",
        "account",
        "asked by email",
    )
    assert row["evidence"]["file"] == "optouts.csv" and row["evidence"]["line"] == 2
    assert row["evidence"]["row"] == {
        "Name": "Ann",
        "Mobile": "+14155550100",
        "Reason": "asked by email",
    }
    assert event.actor == str(ADMIN)
    assert engine.verify_audit(acme).ok


def test_an_import_defers_only_its_batches_flushes(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """A batch commits without waiting for PostgreSQL's flush (heed.store.imports
    `flush_later`, a `SET LOCAL`): the connection's next transactions wait for it as before
    (the tests' databases turn it off for every connection: here it is turned on first)."""
    rows = "".join(f"+1415555{n:04d}\n" for n in range(30))
    engine.import_optouts(acme, write(tmp_path, "phone\n" + rows), actor=ADMIN, channel="sms")
    assert count(engine, Suppression) == 30
    with engine.db.engine.connect() as connection:
        postgresql = connection.dialect.name == "postgresql"
        if postgresql:
            connection.exec_driver_sql("SET synchronous_commit = on")
            connection.commit()
        with Session(bind=connection) as session:
            imports.flush_later(session)
            if postgresql:
                assert session.scalar(text("SHOW synchronous_commit")) == "off"
            session.commit()
        if postgresql:
            assert connection.exec_driver_sql("SHOW synchronous_commit").scalar() == "on"


def test_running_the_same_file_again_changes_nothing(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    path = write(tmp_path, BAD_ROWS)
    engine.import_optouts(acme, path, actor=ADMIN, channel="sms")
    events, suppressions = count(engine, Event), count(engine, Suppression)

    again = engine.import_optouts(acme, path, actor=ADMIN, channel="sms")

    assert (again.created, again.unchanged, again.error_count) == (0, 2, 3)
    assert (count(engine, Event), count(engine, Suppression)) == (events, suppressions)
    assert [i.id for i in engine.list_imports(acme).items] == sorted(
        [again.id, engine.recent_imports(acme)[1].id]
    )


def test_national_numbers_and_duplicates_inside_the_file(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.update_settings(acme, ADMIN, default_country="US")
    text = "phone\n(415) 555-0100\n+1 415 555 0100\n4155550100\n+14155550111\n"

    info = engine.import_optouts(acme, write(tmp_path, text), actor=ADMIN, channel="sms")

    assert (info.created, info.unchanged, info.error_count) == (2, 2, 0)
    assert info.complete
    assert count(engine, Suppression, address="+14155550100") == 1


def test_sender_and_list_scopes(engine: Engine, acme: str, tmp_path: Path) -> None:
    engine.add_contact(acme, actor=ADMIN, phone="+14155550101")
    engine.add_to_list(acme, "promos", "sms", "+14155550101", actor=ADMIN)
    path = write(tmp_path, "msisdn\n+14155550100\n+14155550101\n")

    engine.import_optouts(acme, path, actor=ADMIN, channel="sms", sender="+15005550006")
    assert codes(engine, "+14155550100", sender="+15005550006") == ["opted_out"]
    assert codes(engine, "+14155550100", sender="+15005550007") == []

    engine.import_optouts(acme, path, actor=ADMIN, channel="sms", list_name="promos")
    assert codes(engine, "+14155550101", sender="+15005550007", list_name="promos") == [
        "list_unsubscribed"
    ]
    with engine.db.read() as session:
        membership = session.scalars(select(ListMembership)).one()
    assert membership.status == "unsubscribed"

    with pytest.raises(BadInput, match="not both"):
        engine.import_optouts(
            acme, path, actor=ADMIN, channel="sms", sender="+15005550006", list_name="promos"
        )
    with pytest.raises(NotFound, match="no list named 'news'"):
        engine.import_optouts(acme, path, actor=ADMIN, channel="sms", list_name="news")


def test_per_row_channel_and_scope_columns(engine: Engine, acme: str, tmp_path: Path) -> None:
    text = (
        "channel,address,scope\n"
        "sms,+14155550100,sender:+15005550006\n"
        "email,Ann@Example.com,\n"
        "whatsapp,+14155550100,list:promos\n"
        "sms,+14155550101,list:news\n"
        "fax,+14155550102,account\n"
        "sms,+14155550103,everywhere\n"
    )
    info = engine.import_optouts(acme, write(tmp_path, text), actor=ADMIN, channel=None)

    assert (info.created, info.error_count) == (3, 3)
    messages = [e["message"] for e in info.row_errors]
    assert "no list named 'news'" in messages[0]
    assert "unknown channel 'fax'" in messages[1]
    assert "unknown scope 'everywhere'" in messages[2]
    assert codes(engine, "+14155550100", sender="+15005550007") == []
    assert codes(engine, "+14155550100", sender="+15005550006") == ["opted_out"]
    assert codes(engine, "ann@example.com", "email") == ["opted_out"]
    assert codes(engine, "+14155550100", "whatsapp", list_name="promos") == ["list_unsubscribed"]

    with pytest.raises(BadInput, match="give a channel"):
        engine.import_optouts(acme, write(tmp_path, "address\n+1\n"), actor=ADMIN, channel=None)


def test_opt_out_channels_all_reaches_every_channel_of_the_person(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.update_settings(acme, ADMIN, opt_out_channels="all")
    engine.add_contact(acme, actor=ADMIN, phone="+14155550100", email="ann@example.com")
    engine.import_optouts(
        acme, write(tmp_path, "phone\n+14155550100\n"), actor=ADMIN, channel="sms"
    )

    for channel, address in [("whatsapp", "+14155550100"), ("email", "ann@example.com")]:
        assert codes(engine, address, channel) == ["opted_out"], channel


def test_a_crash_mid_file_keeps_what_was_done_and_a_rerun_finishes(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    rows = "".join(f"+1415555{n:04d}\n" for n in range(1200))
    path = write(tmp_path, "address\n" + rows)

    def crash_after_the_second_batch(done: int, total: int | None) -> None:
        if done == 1000:
            raise KeyboardInterrupt  # the operator's Ctrl-C, or the process dying

    with path.open("rb") as stream:
        started = engine.start_import(acme, "optouts", stream, actor=ADMIN, channel="sms")
        stream.seek(0)
        with pytest.raises(KeyboardInterrupt):
            engine.run_import(
                acme,
                started.id,
                stream,
                actor=ADMIN,
                progress=crash_after_the_second_batch,
                batch_size=500,
            )
    failed = engine.get_import(acme, started.id)
    assert (failed.status, failed.rows_processed, failed.created) == ("failed", 1000, 1000)
    assert count(engine, Suppression) == 1000
    assert codes(engine, "+14155550999") == ["opted_out"]
    assert codes(engine, "+14155551000") == []

    seen: list[tuple[int, int | None]] = []
    rerun = engine.import_optouts(
        acme, path, actor=ADMIN, channel="sms", progress=lambda *p: seen.append(p)
    )
    assert (rerun.created, rerun.unchanged) == (200, 1000)
    assert seen == [(1200, 1200)]  # one batch of 5,000 rows at most
    assert count(engine, Suppression) == 1200
    assert engine.verify_audit(acme).ok


def test_only_admins_import_and_bad_requests_record_nothing(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    path = write(tmp_path, "address\n+14155550100\n")
    with pytest.raises(PermissionDenied):
        engine.import_optouts(acme, path, actor=AGENT, channel="sms")
    with pytest.raises(BadInput, match=r"no address column.*'Name', 'Number'"):
        engine.import_optouts(
            acme, write(tmp_path, "Name,Number\nAnn,1\n"), actor=ADMIN, channel="sms"
        )
    with pytest.raises(BadInput, match="no file at"):
        engine.import_optouts(acme, tmp_path / "missing.csv", actor=ADMIN, channel="sms")
    with pytest.raises(BadInput, match="line 3: cannot read it as CSV"):
        engine.import_optouts(
            acme, write(tmp_path, 'address\n+1\n"+2"x\n'), actor=ADMIN, channel="sms"
        )
    with pytest.raises(BadInput, match="unknown channel 'sms2'"):
        engine.import_optouts(acme, path, actor=ADMIN, channel="sms2")
    assert count(engine, Import) == 0 and count(engine, Suppression) == 0


CONTACTS = (
    "First Name,Last Name,Mobile,Email,CRM ID,Plan\n"
    "Ann,Lee,+14155550100,ann@example.com,c-1,gold\n"  # new
    "Bob,,+14155550101,,c-2,\n"  # new, opted out before: flagged
    "Ann again,,+14155550100,,,\n"  # the contact of line 2
    "Cy,,+14155550100,bob@example.com,,\n"  # Ann's phone, Dana's email: two contacts
    "Eve,,,,,\n"  # neither
    "Fay,,+14155550105,,c-1,\n"  # Ann's external id
)


def test_contact_import(engine: Engine, acme: str, tmp_path: Path) -> None:
    engine.add_contact(
        acme, actor=ADMIN, phone="+14155550104", email="bob@example.com", name="Dana"
    )
    engine.opt_out(acme, "sms", "+14155550101", actor=ADMIN, reason="asked")

    info = engine.import_contacts(acme, write(tmp_path, CONTACTS, "crm.csv"), actor=ADMIN)

    assert (info.created, info.unchanged, info.error_count, info.flagged) == (2, 1, 3, 1)
    errors = {e["line"]: e["message"] for e in info.row_errors}
    assert "two different contacts" in errors[5]
    assert errors[6] == "no phone or email: a contact needs one of them"
    assert "external id 'c-1' belongs to another contact" in errors[7]
    assert info.flagged_rows == (
        {"line": 3, "address": "+14155550101", "reasons": {"sms": ["opted_out"]}},
    )
    with engine.db.read() as session:
        ann = session.scalars(select(Contact).where(Contact.phone == "+14155550100")).one()
    assert (ann.name, ann.email, ann.external_id, ann.fields) == (
        "Ann Lee",
        "ann@example.com",
        "c-1",
        {"Plan": "gold"},
    )
    (event,) = engine.list_events(acme, kind="contacts.imported", contact_id=ann.id).items
    assert event.source == "import" and event.evidence["file"] == "crm.csv"
    (created,) = event.rows
    assert created["id"] == ann.id and created["evidence"]["line"] == 2

    again = engine.import_contacts(acme, write(tmp_path, CONTACTS, "crm.csv"), actor=ADMIN)
    assert (again.created, again.unchanged, again.error_count) == (0, 3, 3)


def test_contact_import_joins_a_list_but_never_brings_back_who_left(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.add_contact(acme, actor=ADMIN, phone="+14155550101")
    engine.add_to_list(acme, "promos", "sms", "+14155550101", actor=ADMIN)
    engine.opt_out(acme, "sms", "+14155550101", actor=ADMIN, reason="left", list_name="promos")
    path = write(tmp_path, "phone\n+14155550100\n+14155550101\n", "list.csv")

    info = engine.import_contacts(acme, path, actor=ADMIN, list_name="promos")

    assert (info.created, info.unchanged, info.flagged) == (1, 1, 1)
    assert info.flagged_rows[0]["reasons"] == {"list:promos": ["list_unsubscribed"]}
    assert memberships(engine) == {"+14155550100": "subscribed", "+14155550101": "unsubscribed"}
    assert codes(engine, "+14155550101", list_name="promos") == ["list_unsubscribed"]


def test_a_list_opt_out_made_before_the_contact_existed_keeps_them_off_the_list(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """Who left the list is read from the list's opt-outs too (any channel of the address),
    not only from memberships: the import reads them for the addresses the compiled index
    holds any suppression for. An opt-out of the whole account is no leaving of the list."""
    for channel, address in (
        ("sms", "+14155550101"),
        ("whatsapp", "+14155550102"),
        ("email", "c@example.com"),
    ):
        engine.opt_out(acme, channel, address, actor=ADMIN, reason="left", list_name="promos")
    engine.opt_out(acme, "sms", "+14155550104", actor=ADMIN, reason="STOP")
    rows = "phone,email\n+14155550100,\n+14155550101,\n+14155550102,\n,c@example.com\n"
    path = write(tmp_path, rows + "+14155550104,\n", "list.csv")

    info = engine.import_contacts(acme, path, actor=ADMIN, list_name="promos")

    assert info.created == 5
    left = {r["line"] for r in info.flagged_rows if "list:promos" in r["reasons"]}
    assert left == {3, 4, 5}
    assert memberships(engine) == {"+14155550100": "subscribed", "+14155550104": "subscribed"}


def memberships(engine: Engine) -> dict[str | None, str]:
    """Each list member's phone and status."""
    with engine.db.read() as session:
        rows = session.execute(
            select(Contact.phone, ListMembership.status).join(
                Contact, Contact.id == ListMembership.contact_id
            )
        )
        return {phone: status for phone, status in rows}


def test_an_erased_person_reimported_as_a_contact_is_flagged(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    contact = engine.add_contact(acme, actor=ADMIN, phone="+14155550100")
    engine.opt_out(acme, "sms", "+14155550100", actor=ADMIN, reason="STOP")
    engine.erase_contact(acme, contact, actor=ADMIN, reason="GDPR request")

    info = engine.import_contacts(
        acme, write(tmp_path, "phone\n+14155550100\n"), actor=ADMIN, channel="sms"
    )

    assert info.created == 1
    assert info.flagged_rows[0]["reasons"] == {"sms": ["opted_out"]}


def test_preview_changes_nothing_and_says_what_each_row_would_do(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.opt_out(acme, "sms", "+14155550100", actor=ADMIN, reason="x", source="import")
    text = "phone\n+14155550100\n+14155550101\n+14155550101\nnope\n"
    events = count(engine, Event)

    preview = engine.preview_import(
        acme, "optouts", write(tmp_path, text), actor=ADMIN, channel="sms"
    )

    assert preview.columns == {"address": "phone"} and preview.rows_total == 4
    assert [(r.line, r.outcome) for r in preview.rows] == [
        (2, "unchanged"),
        (3, "create"),
        (4, "unchanged"),
        (5, "error"),
    ]
    assert preview.rows[2].message == "repeats line 3: no change"
    assert count(engine, Event) == events and count(engine, Import) == 0


_ONE_CHANNEL = (
    "phone,name\n+14155550100,Ann\n +14155550101 ,Bob\n4155550102,Cy\n,Dee\n"
    "+14155550103\n+14155550104,Eve,extra\nann@Example.COM,Fay\n  bob@example.com,Gus\n"
    "not an address,Hal\n+1415555010,Ida\n"
)
# heed's own export's columns: each row's channel and scope, and its reason.
_EACH_ROW = (
    "channel,address,scope,reason\n"
    "sms,+14155550100,account,STOP\n"
    "SMS , +14155550101,sender:+15005550006,  asked  \n"
    "sms,+14155550102,list:promos,\n"
    "email,ann@example.com,,bounced\n"
    "whatsapp,+14155550103, account ,\n"
    "sms,+14155550104,sender:(500) 555-0006,national sender\n"
    "sms,+14155550105,sender:+15005550009,no such sender\n"
    "sms,+14155550106,sender:not a number,bad sender\n"
    "sms,+14155550107,list:nope,no such list\n"
    "sms,+14155550108,team:x,unknown scope\n"
    "fax,+14155550109,account,unknown channel\n"
    ",+14155550110,account,no channel\n"
    "email,+14155550111,account,a phone number by email\n"
    "sms,4155550112,account,national\n"
    "sms,,account,no address\n"
    "sms,+14155550100,account,repeated\n"
    "sms,+14155550113,account\n"
    "email,Bob@Example.COM,list:promos,x,extra\n"
)


@pytest.mark.parametrize(
    ("text", "channel", "country"),
    [
        (_ONE_CHANNEL, "sms", None),
        (_ONE_CHANNEL, "sms", "US"),  # national numbers read the short way too
        (_ONE_CHANNEL, "email", None),
        (_EACH_ROW, None, None),
        (_EACH_ROW, None, "CA"),
    ],
)
def test_the_one_loop_reading_of_a_file_reads_each_row_as_read_row_does(
    engine: Engine, acme: str, text: str, channel: str | None, country: str | None
) -> None:
    """`optout_import.read_rows` takes a short way with rows whose address is canonical
    already and whose channel and scope it has decided before; every row, short way or not,
    must come out as `read_row` makes it."""
    import io

    from heed.bulk import optout_import
    from heed.bulk.columns import Kind, resolve
    from heed.bulk.csvfile import CsvFile
    from heed.core.vocabulary import Channel
    from heed.store.accounts import load_account
    from heed.store.imports import BatchOutcome

    table = CsvFile(io.BytesIO(text.encode()), "optouts.csv")
    given = None if channel is None else Channel(channel)
    mapping = {"address": "phone"} if channel else None
    columns = resolve(Kind.OPTOUTS, table.header, mapping, channel=given)
    senders = {Channel.SMS: ("+15005550006", "+15005550007")}
    spec = optout_import.OptOutFile(
        "imp", "optouts.csv", columns, given, None, frozenset({"promos"}), senders
    )
    engine.update_settings(acme, ADMIN, default_country=country)
    with engine.db.read() as session:
        account = load_account(session, acme)
    rows = list(table.rows())
    fast = BatchOutcome()

    read = optout_import.read_rows(spec, account, rows, fast)
    expected = [optout_import.read_row(spec, account, row) for row in rows]
    assert read == [r for r in expected if not isinstance(r, str)]
    assert fast.errors == [
        {"line": row.line, "message": r}
        for row, r in zip(rows, expected, strict=True)
        if isinstance(r, str)
    ]
    assert len(read) >= 2 and fast.errors, "both ways and errors were taken"
