"""Exports of suppressions with their evidence, and the round trip into another account; the
CSV made a column at a time is the csv module's, byte for byte."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.exc import DataError

from heed import BadInput, Engine
from heed.bulk import export
from heed.bulk.cells import FORMULA_STARTS, inert_cell
from heed.bulk.csvfile import CsvFile
from heed.bulk.export import ExportTally
from heed.core.vocabulary import Source
from heed.errors import StoredDataInvalid
from heed.store import accounts
from heed.store.tables import Suppression
from helpers.actors import ADMIN


@pytest.fixture
def stocked(engine: Engine, acme: str) -> str:
    engine.opt_out(
        acme,
        "sms",
        "+14155550100",
        actor=ADMIN,
        reason="STOP",
        source=Source.KEYWORD,
        evidence={"message": "STOP", "provider": "twilio"},
    )
    engine.opt_out(acme, "sms", "+14155550101", actor=ADMIN, reason="asked", sender="+15005550006")
    engine.opt_out(acme, "sms", "+14155550102", actor=ADMIN, reason="no promos", list_name="promos")
    engine.opt_out(acme, "email", "ann@example.com", actor=ADMIN, reason="bounce", source="bounce")
    lifted = engine.opt_out(acme, "sms", "+14155550103", actor=ADMIN, reason="oops").changed[0]
    engine.lift_suppression(acme, lifted.id, actor=ADMIN, reason="entered by mistake")
    erased = engine.add_contact(acme, actor=ADMIN, phone="+14155550104")
    engine.opt_out(acme, "sms", "+14155550104", actor=ADMIN, reason="STOP")
    engine.erase_contact(acme, erased, actor=ADMIN, reason="GDPR")
    return acme


def test_csv_export_has_every_active_suppression_with_its_evidence(
    engine: Engine, stocked: str
) -> None:
    tally = ExportTally()
    text = b"".join(engine.export_suppressions(stocked, format="csv", tally=tally)).decode()

    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["address"] for r in rows] == [
        "+14155550100",
        "+14155550101",
        "+14155550102",
        "ann@example.com",
    ]
    assert (tally.exported, tally.skipped_erased) == (4, 1)
    keyword = rows[0]
    assert (keyword["channel"], keyword["scope"], keyword["source"], keyword["reason"]) == (
        "sms",
        "account",
        "keyword",
        "STOP",
    )
    assert json.loads(keyword["evidence"]) == {"message": "STOP", "provider": "twilio"}
    assert keyword["event_id"] == str(
        engine.check(stocked, "sms", "+14155550100").reasons[0].event_id
    )
    assert rows[1]["scope"] == "sender:+15005550006" and rows[2]["scope"] == "list:promos"


def test_json_export_and_its_filters(engine: Engine, stocked: str) -> None:
    every = json.loads(b"".join(engine.export_suppressions(stocked, format="json")))
    assert len(every) == 4 and every[0]["evidence"]["provider"] == "twilio"
    only = json.loads(
        b"".join(
            engine.export_suppressions(stocked, format="json", channel="email", source="bounce")
        )
    )
    assert [s["address"] for s in only] == ["ann@example.com"]
    assert (
        json.loads(b"".join(engine.export_suppressions(stocked, format="json", source="block")))
        == []
    )
    with pytest.raises(BadInput, match="unknown export format"):
        list(engine.export_suppressions(stocked, format="xml"))
    with pytest.raises(BadInput, match="unknown source 'stop'"):
        list(engine.export_suppressions(stocked, source="stop"))


def test_an_export_reimported_elsewhere_suppresses_the_same_addresses_in_the_same_scopes(
    engine: Engine, stocked: str, tmp_path: Path
) -> None:
    path = tmp_path / "acme-optouts.csv"
    path.write_bytes(b"".join(engine.export_suppressions(stocked)))
    with path.open("rb") as stream:  # its quoted evidence is read a block at a time
        assert CsvFile(stream, path.name).plain()
    engine.create_account("beta")
    engine.create_list("beta", "promos", actor=ADMIN)
    for sender in ("+15005550006", "+15005550007"):  # a sender scope must name one of beta's
        engine.add_sender("beta", "sms", sender, actor=ADMIN)

    info = engine.import_optouts("beta", path, actor=ADMIN, channel=None)

    assert (info.created, info.error_count) == (4, 0)
    for channel, address, kw, code in [
        ("sms", "+14155550100", {}, "opted_out"),
        ("sms", "+14155550101", {"sender": "+15005550006"}, "opted_out"),
        ("sms", "+14155550102", {"list_name": "promos"}, "list_unsubscribed"),
        ("email", "ann@example.com", {}, "opted_out"),
    ]:
        assert engine.check("beta", channel, address, **kw).codes == [code], address
    assert engine.check("beta", "sms", "+14155550101", sender="+15005550007").allowed
    back = {
        (s["channel"], s["address"], s["scope"])
        for s in json.loads(b"".join(engine.export_suppressions("beta", format="json")))
    }
    original = {
        (s["channel"], s["address"], s["scope"])
        for s in json.loads(b"".join(engine.export_suppressions(stocked, format="json")))
    }
    assert back == original
    event = engine.list_events("beta", address="+14155550100").items[0]
    assert event.source == "import" and event.rows[0]["evidence"]["row"]["source"] == "keyword"
    assert engine.import_optouts("beta", path, actor=ADMIN, channel=None).created == 0
    assert engine.verify_audit("beta").ok


def test_an_export_reimported_a_few_rows_a_batch_writes_each_channel_and_scope_once(
    engine: Engine, stocked: str, tmp_path: Path
) -> None:
    """Rows of several channels and scopes are written a channel and scope at a time; the
    import carries what it created in each from batch to batch, so a row repeated in a later
    batch, or already imported in its channel and scope, is unchanged, and one lifted between
    batches is created again."""
    path = tmp_path / "acme-optouts.csv"
    exported = b"".join(engine.export_suppressions(stocked)).decode()
    header, *rows = exported.splitlines()
    assert len(rows) == 4  # batches of three: rows 0-2, then 3, 0 and 1 (repeats), then all
    path.write_text("\n".join([header, *rows, rows[0], rows[1], *rows[::-1]]) + "\n")
    engine.create_account("beta")
    engine.create_list("beta", "promos", actor=ADMIN)
    engine.add_sender("beta", "sms", "+15005550006", actor=ADMIN)
    engine.opt_out("beta", "sms", "+14155550100", actor=ADMIN, reason="manual, kept apart")
    started = engine.start_import("beta", "optouts", path, actor=ADMIN, channel=None)
    lifted: list[str] = []

    def between(done: int, total: int | None) -> None:
        if done == 6 and not lifted:  # every row has been imported once: lift the email's
            found = engine.list_suppressions("beta", channel="email").items[0]
            engine.lift_suppression("beta", found.id, actor=ADMIN, reason="rejoined")
            lifted.append(found.id)

    info = engine.run_import("beta", started.id, path, actor=ADMIN, progress=between, batch_size=3)

    assert (info.rows_processed, info.error_count) == (10, 0)
    assert (info.created, info.unchanged) == (5, 5)  # 4, and the email again after its lift
    assert engine.check("beta", "email", "ann@example.com").codes == ["opted_out"]
    assert {s.source for s in engine.list_suppressions("beta", channel="sms").items} == {
        "import",
        "manual",
    }
    assert engine.verify_audit("beta").ok
    again = engine.import_optouts("beta", path, actor=ADMIN, channel=None)
    assert (again.created, again.unchanged) == (0, 10)


# Rows as the export reads them: channel, address, scope, source, since, reason, event id,
# evidence (stored JSON text) and id. The columnar writer must write what the csv module does.
TYPICAL = (
    "sms",
    "+14155550100",
    "account",
    "import",
    "2026-12-05 03:40:53.844466",
    "imported from crm.csv",
    3,
    '{"file":"crm.csv","line":2,"row":{"name":"Ann","phone":"+14155550100"}}',
    "01M924MQ6MMXKRC53VCC5ZD5P4",
)
_CELL = st.text(alphabet="=+-@\t\r\n,\"'{}:0123456789 ().aZ\x00٣", max_size=8)
_SAFE = st.text(alphabet="'{}:0123456789 ().aZ٣é", max_size=8)


def _varied(changes: dict[int, object], since: str, event: int) -> tuple[object, ...]:
    row = list(TYPICAL)
    row[4], row[6] = since, event
    for index, value in changes.items():
        row[index] = "" if value is None and index not in (5, 7) else value  # NOT NULL
    return tuple(row)


# Typical rows with a few cells changed: to a cell that needs nothing (the quick way), or to
# one that needs quoting or making inert (row by row), or to none, `{}` or `null` evidence.
_ROWS = st.lists(
    st.builds(
        _varied,
        st.dictionaries(
            st.sampled_from([1, 2, 5, 7, 8]),
            st.one_of(_SAFE, _CELL, st.none(), st.sampled_from(["{}", "null", '{"a":"=1"}'])),
            max_size=2,
        ),
        st.sampled_from([TYPICAL[4], "2026-12-05 03:40:53.000000"]),
        st.integers(1, 10**12),
    ),
    min_size=1,
    max_size=6,
)


def _iso(value: str) -> str:
    return export._sqlite_iso(value)


@settings(max_examples=1500, deadline=None)
@given(_ROWS)
def test_rows_made_a_column_at_a_time_are_the_csv_modules(rows: list[tuple[object, ...]]) -> None:
    plain = export._plain_lines(rows, _iso)
    assert plain is None or plain == export._csv_lines(rows, _iso)


@pytest.mark.parametrize("start", sorted(FORMULA_STARTS | set("\",\r\n'{0٣")))
def test_every_dangerous_cell_is_written_as_the_csv_module_does(start: str) -> None:
    for index in (1, 2, 5, 7, 8):  # address, scope, reason, evidence, id
        for cell in (start, start + "1", start + "14155550100", start + "cmd|' /C calc'!A0"):
            rows = [TYPICAL, (*TYPICAL[:index], cell, *TYPICAL[index + 1 :])]
            plain = export._plain_lines(rows, _iso)
            assert plain is None or plain == export._csv_lines(rows, _iso), (index, cell)


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | _CELL,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_CELL, inner, max_size=3),
    max_leaves=6,
)
# Evidence as heed's imports write it (orjson, sorted keys), as the standard encoder writes it
# (spaced, non-ASCII escaped) and as PostgreSQL's JSONB wrote it before migration 0017.
_EVIDENCE_TEXTS = st.one_of(
    st.builds(lambda v: orjson.dumps(v, option=orjson.OPT_SORT_KEYS).decode(), _JSON_VALUES),
    st.builds(json.dumps, _JSON_VALUES),
    st.builds(lambda v: json.dumps(v, ensure_ascii=False), _JSON_VALUES),
    st.sampled_from(["{}", "null", "[]", "0", '""', "false", '{"a": 1.50, "b": 1e16}', " {} "]),
)
_JSON_ROWS = st.lists(
    st.builds(
        _varied,
        st.dictionaries(
            st.sampled_from([1, 2, 5, 7, 8]),
            st.one_of(_SAFE, _CELL, st.none(), _EVIDENCE_TEXTS),
            max_size=3,
        ),
        st.sampled_from([TYPICAL[4], "2026-12-05 03:40:53.000000"]),
        st.integers(1, 10**12),
    ),
    min_size=1,
    max_size=6,
).filter(lambda rows: all(row[7] is None or _is_json(str(row[7])) for row in rows))


def _is_json(text: str) -> bool:
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    return True


@settings(max_examples=1500, deadline=None)
@given(_JSON_ROWS)
def test_json_made_a_column_at_a_time_is_what_orjson_writes_row_by_row(
    rows: list[tuple[object, ...]],
) -> None:
    plain = export._plain_json(rows, _iso)
    assert plain is None or plain == export._json_items(rows, _iso)


def test_imported_rows_are_written_as_json_a_column_at_a_time() -> None:
    """Evidence written otherwise (spaced, empty) is written as orjson writes it, as row by row."""
    spaced = (*TYPICAL[:7], '{"row": {"name": "Ann"}, "file": "crm.csv"}', TYPICAL[8])
    empty = (*TYPICAL[:5], None, *TYPICAL[6:7], "{}", TYPICAL[8])
    for rows in ([TYPICAL] * 3, [TYPICAL, spaced, empty, (*empty[:7], "null", empty[8])]):
        plain = export._plain_json(rows, _iso)
        assert plain is not None and plain == export._json_items(rows, _iso)
    assert export._plain_json([(*TYPICAL[:5], 'say "no"', *TYPICAL[6:])], _iso) is None


#: Three evidence texts, none of them JSON, that joined by commas read as three JSON values.
_SPLIT_EVIDENCE = ("[1", "2]", "3,4")


def test_evidence_that_is_not_json_is_refused_both_ways_of_writing_json() -> None:
    """One rule (`export._object`): each text must be one JSON value by itself, even where the
    texts of a slice joined would parse."""
    for texts in (_SPLIT_EVIDENCE, ("{}", "not json")):
        rows = [(*TYPICAL[:7], text, f"01SPLIT{n:019d}") for n, text in enumerate(texts)]
        for write in (export._plain_json, export._json_items):
            with pytest.raises(StoredDataInvalid, match=r"01SPLIT0+\d .*evidence is not JSON"):
                write(rows, _iso)


def test_an_export_of_evidence_edited_outside_heed(engine: Engine, acme: str) -> None:
    """SQLite keeps any text: evidence edited to text that is not JSON stops a JSON export
    with a clear error, however the rows are read. PostgreSQL's column refuses such text;
    evidence edited to other JSON values is exported as JSON, as row by row."""
    for n in range(3):
        engine.opt_out(acme, "sms", f"+1415555010{n}", actor=ADMIN, reason="STOP")
    with engine.transactions.write() as session:
        ids = session.scalars(select(Suppression.id).order_by(Suppression.id)).all()
        postgresql = session.get_bind().dialect.name == "postgresql"
    edit = text("UPDATE suppressions SET evidence = :evidence WHERE id = :id")
    if postgresql:
        with pytest.raises(DataError), engine.transactions.write() as session:
            session.execute(edit, {"evidence": "[1", "id": ids[0]})
        texts: tuple[str, ...] = ("[1, 2]", '"text"', "3")
    else:
        texts = _SPLIT_EVIDENCE
    with engine.transactions.write() as session:
        for sid, evidence in zip(ids, texts, strict=True):
            session.execute(edit, {"evidence": evidence, "id": sid})
    if not postgresql:
        with pytest.raises(StoredDataInvalid, match=f"suppression {ids[0]} cannot be exported"):
            b"".join(engine.export_suppressions(acme, format="json"))
        return
    exported = json.loads(b"".join(engine.export_suppressions(acme, format="json")))
    assert [row["evidence"] for row in exported] == [[1, 2], "text", 3]
    with engine.transactions.read() as session:
        rows = session.execute(select(*export._COLUMNS).order_by(Suppression.id)).all()
        iso = export._iso_reader(session)
        assert export._plain_json(rows, iso) == export._json_items(rows, iso)


def test_plain_rows_are_made_a_column_at_a_time() -> None:
    """Phone numbers, reasons without commas and JSON evidence take the quick way."""
    rows = [TYPICAL, (*TYPICAL[:5], None, *TYPICAL[6:]), (*TYPICAL[:5], "", *TYPICAL[6:])]
    assert export._plain_lines(rows, _iso) == export._csv_lines(rows, _iso)
    assert export._plain_lines([(*TYPICAL[:5], "=1+1", *TYPICAL[6:])], _iso) is None


def test_an_export_of_many_rows_some_of_them_awkward(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """Slices of plain rows and slices with cells to quote or make inert, in one export: the
    CSV holds what the JSON export holds, made inert."""
    awkward = {7: "=1+1", 600: 'say "no", twice', 1100: "line\nbreak", 1300: "-x"}
    path = tmp_path / "optouts.csv"
    with path.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["phone", "reason"])
        for n in range(1400):
            writer.writerow([f"+1415555{n:04d}", awkward.get(n, "asked")])
    assert engine.import_optouts(acme, path, actor=ADMIN, channel="sms").created == 1400

    text = b"".join(engine.export_suppressions(acme)).decode()
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    items = json.loads(b"".join(engine.export_suppressions(acme, format="json")))

    assert len(rows) == len(items) == 1400
    for row, item in zip(rows, items, strict=True):
        assert json.loads(row.pop("evidence")) == item.pop("evidence")
        assert row == {k: str(inert_cell(v)) for k, v in item.items()}
    assert [rows[n]["reason"] for n in sorted(awkward)] == [
        "'=1+1",
        'say "no", twice',
        "line\nbreak",
        "'-x",
    ]


def test_an_export_left_half_read_lets_go_of_its_reader(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """A download cancelled after its first rows: the export's cursor (and on PostgreSQL the
    batch being read ahead) is closed with it, and the next export reads everything."""
    path = tmp_path / "optouts.csv"
    path.write_text("phone\n" + "".join(f"+1415{n:07d}\n" for n in range(11_000)))
    assert engine.import_optouts(acme, path, actor=ADMIN, channel="sms").created == 11_000

    chunks = engine.export_suppressions(acme)
    assert next(chunks).startswith(b"channel,address")
    assert next(chunks).count(b"\r\n") == 5000
    chunks.close()

    assert b"".join(engine.export_suppressions(acme)).count(b"\r\n") == 11_001
    assert engine.check(acme, "sms", "+14150000042").codes == ["opted_out"]


# Cells an export must write as the csv module does, made inert: quotes, commas, line breaks
# of every kind, formula starts, plain numbers, unicode, nothing; evidence of every JSON shape.
_TEXTS = [
    *(None, "", "plain", 'say "no", twice', "line\nbreak", "cr\rreturn", "crlf\r\nend", "end\n"),
    *("=1+1", "+1 (415) 555-0100", "-x", "-3", "+", "-", "@SUM(A1)", "\tTab", "\rx", "'q"),
    *("ünïcödé 中文 🙂", " spaced ", ",", '"', "\\.", "\\", "NULL", "=cmd|' /C calc'!A0"),
]
_ADDRESSES = ["+14155550100", "=x@example.com", "-x@example.com", "@x", "a,b@example.com"]
_ADDRESSES += ['"a b"@example.com', "ünï@example.com", "+1-415-555", "+1x", "-3", "a\nb@x"]
_SCOPES = ["account", "list:promos, weekly", 'list:"q"', "sender:+15005550006", "list:a\nb"]
_EVIDENCE = [{}, {"a": "=1"}, {"s": 'x,y"z\n\r'}, {"u": "中文 🙂"}, [], [1, "a"], "=formula"]
_EVIDENCE += ["-5", -5, 1.5, None, {"k": {"deep": [1, {"n": None}]}}, {"b": True, "zero": 0.0}]
_TIMES = [
    datetime(2026, 12, 5, 3, 40, 53, 844466, UTC),
    datetime(2026, 12, 5, 3, 40, 53, tzinfo=UTC),
    datetime(2026, 1, 1, 0, 0, 0, 100, tzinfo=UTC),
    datetime(2026, 6, 30, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-7))),
]


def _store_awkward_rows(engine: Engine, slug: str, count: int) -> None:
    """`count` suppressions of cells drawn from the lists above, stored as they are (each
    address different: one active suppression of an address a scope and source)."""
    pick = random.Random(14).choice
    with engine.transactions.write() as session:
        account = accounts.load_account(session, slug)
        session.add_all(
            Suppression(
                account_id=account.id,
                id=f"01AWKWARD{n:017d}",
                channel=pick(["sms", "email"]),
                address=f"{_ADDRESSES[n % len(_ADDRESSES)]}{n // len(_ADDRESSES) or ''}",
                scope=pick(_SCOPES),
                source=pick([s.value for s in Source]),
                reason=_TEXTS[n] if n < len(_TEXTS) else pick(_TEXTS),
                evidence=_EVIDENCE[n] if n < len(_EVIDENCE) else pick(_EVIDENCE),
                since=pick(_TIMES),
                created_event=n + 1,
            )
            for n in range(count)
        )


def test_the_export_is_what_the_csv_module_writes_of_every_awkward_cell(
    engine: Engine, acme: str
) -> None:
    """On PostgreSQL the server writes the CSV (COPY): byte for byte what the csv module writes
    of the same stored rows, row by row, made inert; past a chunk's end, with line breaks in
    some cells of every chunk."""
    _store_awkward_rows(engine, acme, 6000)
    tally = ExportTally()

    exported = b"".join(engine.export_suppressions(acme, tally=tally))

    with engine.transactions.read() as session:
        account = accounts.load_account(session, acme)
        query = select(*export._COLUMNS).where(Suppression.account_id == account.id)
        rows = session.execute(query.order_by(Suppression.id)).all()
        written = export._csv_lines(rows, export._iso_reader(session))
    assert exported == (",".join(export.FIELDS) + "\r\n" + written).encode()
    assert tally.exported == 6000
    as_json = b"".join(engine.export_suppressions(acme, format="json"))
    assert (
        as_json
        == ("[\n" + export._json_items(rows, export._iso_reader(session)) + "\n]\n").encode()
    )
    read = list(csv.DictReader(io.StringIO(exported.decode(), newline="")))
    assert [r["reason"] for r in read[:4]] == ["", "", "plain", 'say "no", twice']
    assert read[8]["reason"] == "'=1+1" and read[9]["reason"] == "+1 (415) 555-0100"
