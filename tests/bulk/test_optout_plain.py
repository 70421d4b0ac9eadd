"""A plain opt-out file read a block at a time (heed.bulk.optout_plain) gives exactly what the
row-by-row reader gives: the same rows, lines, addresses, evidence (byte for byte as orjson
writes it) and errors, the same row count, whatever mix of canonical numbers, other
spellings, bad rows, blank lines, odd bytes and block or batch boundaries the file holds. And
a uniform batch's digests are `row_digest` of the payload verification rebuilds."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from heed import Engine
from heed.bulk import jobs, optout_import, optout_plain, plain_rows
from heed.bulk.columns import Kind, resolve
from heed.bulk.csvfile import CsvFile
from heed.core.vocabulary import Channel
from heed.store import accounts
from heed.store.batches import Uniform, row_digest, uniform_template
from heed.store.imports import BatchOutcome
from heed.store.tables import Contact, Event, Import, ListMembership, Suppression
from helpers.actors import ADMIN

_ADDRESSES = st.sampled_from(
    [
        "+14155550100",
        "+14155550101",
        "+447700900123",
        "+4930123456",
        " +14155550102",
        "+1 415 555 0103",
        "(415) 555-0104",  # written nationally: read so where the account's country is US or CA
        "4155550105",
        "1 415.555.0106",
        "0415 555 0107",
        "+10155550100",
        "+4407700900123",
        "not a number",
        "",
        "+1415555010",
        "+5491123456789",
    ]
)
_NAMES = st.sampled_from(
    [
        "Ann",
        "",
        "Zoë Ĳssel",
        "back\\slash",
        "tab\there",
        "semi;colon",
        "pipe|d",
        "\u00a0",
        "\x1c",
        " ",
        "100%",
        "Lee, Ann",
        'say "hi"',
    ]
)


def _file(
    rows: list[list[str]], delimiter: str, crlf: bool, bom: bool, header: str, quoted: bool = False
) -> bytes:
    """The file; `quoted` encloses every field in quotes, as many CRMs write them (the plain
    reading drops them), doubling a quote inside (those lines the csv module reads)."""
    end = "\r\n" if crlf else "\n"
    if quoted:
        rows = [[_quoted(f) for f in row] for row in rows]
    text = header.replace(",", delimiter) + end
    text += "".join(delimiter.join(row) + end for row in rows)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode()


def _quoted(value: str) -> str:
    """`value` as a CSV field in quotes, a quote in it doubled."""
    return '"' + value.replace('"', '""') + '"'


def _read_both(
    engine: Engine, acme: str, data: bytes, size: int, block: int, channel: str | None = "sms"
) -> None:
    """Read `data` a block at a time and row by row (None: each row's channel column)."""
    table = CsvFile(io.BytesIO(data), "f%.csv")
    assert table.plain()
    given = None if channel is None else Channel(channel)
    with engine.db.read() as session:
        account = accounts.load_account(session, acme)
        found = resolve(Kind.OPTOUTS, table.header, None, channel=given)
        columns = jobs.used_columns(found, Kind.OPTOUTS, given, None)
        draft = Import(id="01TEST", kind="optouts", file_name="f%.csv", channel=channel, scope=None)
        job = jobs.build(session, account, draft, columns, ADMIN)
    assert isinstance(job, jobs.OptOutJob) and optout_plain.takes(job.spec, account)

    outcome = BatchOutcome()
    rows = optout_import.read_rows(job.spec, account, list(table.rows()), outcome)
    sorted_json = orjson.OPT_SORT_KEYS
    expected = [
        (r.line, r.target.address, orjson.dumps(r.evidence, option=sorted_json)) for r in rows
    ]
    errors = [(e["line"], e["message"]) for e in outcome.errors]

    read = list(optout_plain.plain_batches(job.spec, account, table, size, block))
    assert all(len(b) == size for b in read[:-1])
    assert sum(len(b) for b in read) == plain_rows.count(table) == table.count()
    got = [t for b in read for t in zip(b.lines, b.addresses, b.evidence, strict=True)]
    assert got == expected
    own = [r for b in read for r in b.reasons]  # a reason column's, else none
    assert own == ([r.reason for r in rows] if job.spec.columns.has("reason") else [])
    places = [p for b in read for p in b.places]  # the rows' own channel and scope, else none
    columns_given = job.spec.columns.has("channel") or job.spec.columns.has("scope")
    assert places == ([(r.target.channel, r.scope) for r in rows] if columns_given else [])
    assert [e for b in read for e in b.errors] == errors


# The engine is only read (the account's settings), so one serves every example.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.one_of(
            st.tuples(_ADDRESSES, _NAMES).map(list),
            st.tuples(_ADDRESSES).map(list),
            st.tuples(_ADDRESSES, _NAMES, _NAMES).map(list),
            st.just([""]),
            st.just(["", ""]),
            st.just(["\u2003"]),
        ),
        max_size=40,
    ),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    crlf=st.booleans(),
    bom=st.booleans(),
    header=st.sampled_from(
        [
            *("phone,name", "name,phone", "phone,", "phone,name,name", "Phone,Näme"),
            *("phone,reason", "reason,phone", "phone,reason,name"),
        ]
    ),
    size=st.integers(1, 9),
    block=st.integers(1, 64),
    quoted=st.booleans(),
    country=st.sampled_from(["US", "CA", "GB", None]),
)
def test_a_plain_file_reads_as_the_row_reader_reads_it(
    engine: Engine,
    acme: str,
    rows: list[list[str]],
    delimiter: str,
    crlf: bool,
    bom: bool,
    header: str,
    size: int,
    block: int,
    quoted: bool,
    country: str | None,
) -> None:
    if header in ("name,phone", "reason,phone"):
        rows = [list(reversed(row)) for row in rows]
    data = _file(rows, delimiter, crlf, bom, header, quoted)
    engine.update_settings(acme, ADMIN, default_country=country)
    _read_both(engine, acme, data, size, block)


def _imported_evidence(engine: Engine) -> dict[str, Any]:
    """Each imported suppression's evidence, by address."""
    with engine.db.read() as session:
        rows = session.execute(
            select(Suppression.address, Suppression.evidence).where(Suppression.source == "import")
        )
        return {address: evidence for address, evidence in rows}


_EMAILS = st.sampled_from(
    [
        "ann@example.com",
        "Ann@Example.COM",
        " ann@example.com",
        "ann@example.com ",
        "a.b+tag@sub.example.co.uk",
        "a..b@example.com",
        "ann@exämple.com",
        "émile@example.com",
        "ann@example",
        "x@localhost",
        "not an email",
        "",
        "ann@@example.com",
        "ANN@EXAMPLE.COM",
        "b_c-d@example-site.org",
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.one_of(
            st.tuples(_EMAILS, _NAMES).map(list),
            st.tuples(_EMAILS).map(list),
            st.just([""]),
        ),
        max_size=30,
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    header=st.sampled_from(["email,name", "email,reason", "E-mail,name,name"]),
    size=st.integers(1, 9),
    block=st.integers(1, 64),
    quoted=st.booleans(),
)
def test_a_plain_file_of_emails_reads_as_the_row_reader_reads_it(
    engine: Engine,
    acme: str,
    rows: list[list[str]],
    delimiter: str,
    header: str,
    size: int,
    block: int,
    quoted: bool,
) -> None:
    """Emails take the block path too: an address `canonical_emails` proves (any case: it is
    lower-cased) is read by the template, any other by the row reader, each as it would."""
    data = _file(rows, delimiter, False, False, header, quoted)
    _read_both(engine, acme, data, size, block, channel="email")


_CHANNELS = st.sampled_from(["sms", "SMS", " sms", "email", "whatsapp", "fax", ""])
_SCOPES = st.sampled_from(
    [
        "account",
        "",
        "sender:+15005550006",
        "sender:+1 500 555 0007",
        "sender:+15005550099",
        "list:promos",
        "list:nope",
        "nonsense",
    ]
)
#: An export's evidence column: JSON, its quotes doubled when quoted, commas inside.
_EVIDENCE = st.sampled_from(
    [
        '{"file":"a.csv","line":2,"row":{"phone":"+14155550100","name":"Lee, Ann"}}',
        '{"body":"say \\"STOP\\"","provider":"twilio"}',
        "{}",
        "",
        "plain, text",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(
            _CHANNELS,
            st.one_of(_ADDRESSES, _EMAILS),
            _SCOPES,
            _NAMES,
            _EVIDENCE,
            st.lists(st.booleans(), min_size=5, max_size=5),
        ),
        max_size=30,
    ),
    header=st.sampled_from(
        [
            "channel,address,scope,reason,evidence",
            "address,channel,reason,evidence,name",
            "channel,address,name,evidence,scope",
        ]
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    crlf=st.booleans(),
    size=st.integers(1, 9),
    block=st.integers(1, 64),
)
def test_a_file_naming_each_rows_channel_and_scope_reads_as_the_row_reader_reads_it(
    engine: Engine,
    acme: str,
    rows: list[tuple[str, str, str, str, str, list[bool]]],
    header: str,
    delimiter: str,
    crlf: bool,
    size: int,
    block: int,
) -> None:
    """heed's own export has a channel and a scope column and a quoted JSON evidence column
    on every line: such a file takes the block path too, each row's channel and scope its
    own, a field quoted or not (quoted where the csv module needs it: a quote doubled in it,
    a delimiter inside it; unquoted, a quote inside it is misquoted), and reads as
    the row reader reads it, rows the blocks cannot settle (misquoted, a tab inside quotes,
    an unknown channel or scope) by the row reader itself."""
    names = header.split(",")
    lines = []
    for channel, address, scope, reason, evidence, quoted in rows:
        values = {"channel": channel, "address": address, "scope": scope, "reason": reason}
        values.update(evidence=evidence, name=reason)
        fields = [values[name] for name in names]
        lines.append(
            delimiter.join(
                _quoted(f) if q or delimiter in f or f[:1] == '"' else f
                for f, q in zip(fields, quoted, strict=True)
            )
        )
    end = "\r\n" if crlf else "\n"
    data = (delimiter.join(names) + end + "".join(line + end for line in lines)).encode()
    _read_both(engine, acme, data, size, block, channel=None)


def test_an_email_import_a_block_at_a_time_imports_and_verifies(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    path = tmp_path / "emails.csv"
    path.write_text(
        "email,reason\nAnn@Example.COM,left\nann@example.com,again\n b@example.com ,spaced\n"
        "not an email,x\nc@exämple.com,\nd.e+f@example.org,\n"
    )
    info = engine.import_optouts(acme, path, actor=ADMIN, channel="email")

    assert (info.rows_total, info.created, info.unchanged) == (6, 4, 1)
    assert [e["line"] for e in info.row_errors] == [5]
    stored = _imported_evidence(engine)
    assert sorted(stored) == [
        "ann@example.com",
        "b@example.com",
        "c@exämple.com",
        "d.e+f@example.org",
    ]
    assert stored["ann@example.com"]["row"] == {"email": "Ann@Example.COM", "reason": "left"}
    assert stored["b@example.com"]["row"]["email"] == " b@example.com "
    assert engine.check(acme, "email", "ANN@example.com").codes == ["opted_out"]
    report = engine.verify_audit(acme)
    assert report.ok and report.rows_checked == 4


def test_blank_lines_before_the_header_and_a_file_without_a_last_newline(
    engine: Engine, acme: str
) -> None:
    data = b"\n ,\nphone,name\n+14155550100,A\n\n\xc2\xa0\n+14155550101,B\n+1 415 555 0102,C"
    _read_both(engine, acme, data, 2, 8)


@settings(max_examples=50, deadline=None)
@given(
    address=st.text(),
    evidence=st.dictionaries(st.text(), st.text() | st.integers(-(2**63), 2**63 - 1)),
    scope=st.text(),
    reason=st.text(),
    own=st.booleans(),
)
def test_a_uniform_rows_digest_is_row_digest_of_its_payload(
    address: str, evidence: dict[str, object], scope: str, reason: str, own: bool
) -> None:
    """Whether the batch shares its reason or each row gives its own (a reason column)."""
    since, sid, salt = "2026-12-05T03:40:07.792270+00:00", "01M91G04FGJKY57ST22YK12RCD", "ab" * 16
    shared = Uniform("sms", scope, None if own else reason)
    template = uniform_template(shared, "import", since, own_reasons=own)
    encoded = orjson.dumps(evidence, option=orjson.OPT_SORT_KEYS)
    parts = (orjson.dumps(address), encoded, sid.encode())
    parts += (orjson.dumps(reason),) if own else ()
    digest = hashlib.sha256(template % (*parts, salt.encode())).hexdigest()
    payload = {
        "id": sid,
        "channel": "sms",
        "address": address,
        "scope": scope,
        "source": "import",
        "reason": reason,
        "evidence": evidence,
        "since": since,
        "salt": salt,
    }
    assert digest == row_digest(payload)


def test_a_plain_file_with_odd_rows_imports_verifies_and_keeps_each_rows_evidence(
    engine: Engine, acme: str, tmp_path: object
) -> None:
    engine.opt_out(acme, "sms", "+14155550103", actor=ADMIN, reason="STOP by phone")
    path = tmp_path / "odd.csv"  # type: ignore[operator]
    path.write_bytes(
        "phone,name\n+14155550100,Zoë\n+1 415 555 0101,spaced\n+14155550102,back\\slash\n"
        "+14155550103,tab\there\nnonsense,bad\n+14155550100,repeat\n\n+14155550104\n".encode()
    )
    info = engine.import_optouts(acme, path, actor=ADMIN, channel="sms")

    assert (info.rows_total, info.created, info.unchanged) == (7, 5, 1)
    assert [e["line"] for e in info.row_errors] == [6]
    stored = _imported_evidence(engine)
    assert stored["+14155550101"]["row"] == {"phone": "+1 415 555 0101", "name": "spaced"}
    assert stored["+14155550102"]["row"]["name"] == "back\\slash"
    assert stored["+14155550103"]["row"]["name"] == "tab\there"
    assert stored["+14155550100"]["line"] == 2 and stored["+14155550104"]["line"] == 9
    assert json.loads(json.dumps(stored["+14155550100"]))["row"]["name"] == "Zoë"
    report = engine.verify_audit(acme)
    assert report.ok and report.rows_checked == 5


def test_a_plain_file_with_a_reason_column_keeps_each_rows_reason(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """A reason column keeps the plain path (one template a batch, each row's reason its own);
    a reason the row reader strips, or an empty one, reads as the row reader reads it."""
    path = tmp_path / "reasons.csv"
    path.write_bytes(
        "phone,reason\n+14155550100,STOP\n+14155550101,\n+14155550102, asked by phone \n"
        "+14155550103,100% sure\n+14155550104,répondu STOP\n+14155550105,\u00a0no more\u00a0\n"
        "+1 415 555 0106,replied STOP\n".encode()
    )
    info = engine.import_optouts(acme, path, actor=ADMIN, channel="sms")

    assert (info.rows_total, info.created) == (7, 7)
    with engine.db.read() as session:
        reasons = dict(session.execute(select(Suppression.address, Suppression.reason)).all())
    assert reasons == {
        "+14155550100": "STOP",
        "+14155550101": "imported from reasons.csv",
        "+14155550102": "asked by phone",
        "+14155550103": "100% sure",
        "+14155550104": "répondu STOP",
        "+14155550105": "no more",
        "+14155550106": "replied STOP",
    }
    report = engine.verify_audit(acme)
    assert report.ok and report.rows_checked == 7


def _suppression_id(engine: Engine, address: str) -> str:
    with engine.db.read() as session:
        return str(
            session.scalar(
                select(Suppression.id).where(
                    Suppression.address == address, Suppression.lifted_at.is_(None)
                )
            )
        )


def test_a_lift_between_batches_is_seen_by_the_next_batch(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """The import keeps the addresses it created instead of asking the database while nothing
    else changes; a suppression lifted between two of its batches must be created again by a
    later row asking for it, exactly as the row-by-row plan does."""
    path = tmp_path / "lifted.csv"
    path.write_text("phone\n+14155550100\n+14155550101\n+14155550100\n+14155550102\n")
    started = engine.start_import(acme, "optouts", path, actor=ADMIN, channel="sms")

    def between(done: int, total: int | None) -> None:
        if done == 2:  # after the first batch: lift what it created for …0100
            engine.lift_suppression(
                acme, _suppression_id(engine, "+14155550100"), actor=ADMIN, reason="rejoined"
            )

    info = engine.run_import(acme, started.id, path, actor=ADMIN, progress=between, batch_size=2)

    assert (info.created, info.unchanged) == (4, 0)
    assert engine.check(acme, "sms", "+14155550100").codes == ["opted_out"]
    assert engine.verify_audit(acme).ok


def test_an_import_started_over_earlier_imports_asks_what_is_active(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    first = tmp_path / "first.csv"
    first.write_text("phone\n+14155550103\n")
    engine.import_optouts(acme, first, actor=ADMIN, channel="sms")
    path = tmp_path / "second.csv"
    path.write_text("phone\n+14155550100\n+14155550101\n+14155550103\n+14155550100\n")

    info = engine.run_import(
        acme,
        engine.start_import(acme, "optouts", path, actor=ADMIN, channel="sms").id,
        path,
        actor=ADMIN,
        batch_size=2,
    )

    assert (info.created, info.unchanged) == (2, 2)
    assert engine.verify_audit(acme).ok


def _list_state(engine: Engine, slug: str) -> tuple[list[Any], list[Any], list[Any]]:
    """An account's import suppressions, list memberships and list events, ids left out."""
    with engine.db.read() as session:
        account = accounts.load_account(session, slug)
        mine = Suppression.account_id == account.id
        suppressions = sorted(
            session.execute(
                select(
                    Suppression.channel, Suppression.address, Suppression.scope, Suppression.reason
                ).where(mine, Suppression.source == "import")
            ).all()
        )
        members = sorted(
            session.execute(
                select(Contact.phone, ListMembership.status)
                .join(Contact, Contact.id == ListMembership.contact_id)
                .where(ListMembership.account_id == account.id)
            ).all()
        )
        events = session.execute(
            select(Event.kind, Event.channel, Event.address)
            .where(Event.account_id == account.id, Event.kind.like("list.%"))
            .order_by(Event.seq)
        ).all()
    return [tuple(r) for r in suppressions], [tuple(r) for r in members], [tuple(r) for r in events]


def test_a_list_import_a_block_at_a_time_unsubscribes_the_contacts_the_row_reader_would(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """A `--list` import takes the block path, which marks each row's contact unsubscribed a
    batch at a time (a query a row took 26 of the 29 s of 200,000 rows): it must leave the
    suppressions, memberships and list events the row reader leaves, which an account that
    opts people out on every channel still takes (a list opt-out stays the list's)."""
    engine.create_account("every", "Every")
    engine.update_settings("every", ADMIN, opt_out_channels="all")
    engine.create_list("every", "promos", actor=ADMIN)  # acme has it
    for slug in (acme, "every"):
        engine.add_contact(slug, actor=ADMIN, phone="+14155550100")
        engine.add_contact(slug, actor=ADMIN, phone="+14155550101", email="b@example.com")
        engine.add_to_list(slug, "promos", "sms", "+14155550101", actor=ADMIN)
        engine.add_contact(slug, actor=ADMIN, phone="+14155550102")
        engine.add_to_list(slug, "promos", "sms", "+14155550102", actor=ADMIN)
    path = tmp_path / "promos.csv"
    path.write_text(
        "phone,reason\n+14155550100,left\n+14155550101,\n+14155550103,gone\n"
        "+14155550100,again\nnot a number,x\n(415) 555-0101,spelled\n"
    )
    with engine.db.read() as session, path.open("rb") as file:
        found = resolve(Kind.OPTOUTS, CsvFile(file, "p").header, None)
        chosen = {}
        for slug in (acme, "every"):
            account = accounts.load_account(session, slug)
            draft = Import(
                id="01T", kind="optouts", file_name="p", channel="sms", scope="list:promos"
            )
            job = jobs.build(session, account, draft, found, ADMIN)
            assert isinstance(job, jobs.OptOutJob)
            chosen[slug] = optout_plain.takes(job.spec, account)
    assert chosen == {acme: True, "every": False}

    for _ in range(2):  # and again: nothing changes
        infos = [
            engine.import_optouts(slug, path, actor=ADMIN, channel="sms", list_name="promos")
            for slug in (acme, "every")
        ]
        assert {(i.created, i.unchanged, i.error_count) for i in infos} in (
            {(3, 1, 2)},
            {(0, 4, 2)},
        )
        assert _list_state(engine, acme) == _list_state(engine, "every")
    suppressions, members, events = _list_state(engine, acme)
    assert suppressions == [
        ("sms", "+14155550100", "list:promos", "left"),
        ("sms", "+14155550101", "list:promos", "imported from promos.csv"),
        ("sms", "+14155550103", "list:promos", "gone"),
    ]
    assert members == [
        ("+14155550100", "unsubscribed"),
        ("+14155550101", "unsubscribed"),
        ("+14155550102", "subscribed"),
    ]
    assert [kind for kind, _, _ in events].count("list.unsubscribed") == 2
    assert all(engine.verify_audit(slug).ok for slug in (acme, "every"))
