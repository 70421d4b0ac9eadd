"""A plain contact file read a block at a time (heed.bulk.contact_plain) imports exactly what the
row-by-row path imports from the same file: the same contacts with the same fields and
evidence (byte for byte as stored), the same batch events, counts, errors and flags, whatever
mix of canonical and other spellings, bad rows, blank lines, odd bytes, values `str.strip`
changes, repeated people, contacts stored before and block or batch boundaries the file holds.
Both ways verify. And `canonical_emails` is `canonical_email` where it answers."""

from __future__ import annotations

import hashlib
import io
import itertools
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from heed import Engine
from heed.bulk import contact_plain, jobs
from heed.bulk.columns import Kind, resolve
from heed.bulk.csvfile import CsvFile
from heed.core.fast_addresses import canonical_email, canonical_emails
from heed.store import accounts
from heed.store.batches import row_digest
from heed.store.contact_batches import digest_template, payload
from heed.store.imports import BatchOutcome
from heed.store.tables import Import
from helpers.actors import ADMIN

_VALUES = {
    "phone": [
        "+14155550100",
        "+14155550101",
        "+14155550105",
        "+447700900123",
        " +14155550102",
        "+1 415 555 0103",
        "(415) 555-0106",  # written nationally: read so where the account's country is US
        "4155550101",
        "1 415 555 0107",
        "not a number",
        "",
        "",
    ],
    "email": [
        "a@example.com",
        "B.Cd@Example.COM",
        "c@example.com",
        "bad..x@example.com",
        "q@xn--bcher-kva.example",
        "n@localhost",
        "e@example.com ",
        "zoë@example.com",
        "",
    ],
    "text": [
        "Ann",
        "",
        "Zoë",
        "Zoë ",
        "\u00a0Ann",
        "back\\slash",
        "tab\there",
        "100%",
        "Ĳ",
        "\x1c",
        'say "hi"',
        "Lee, Ann",
        '"Q"',
    ],
    "external_id": ["", "", "crm-1", "crm-2", "crm-3"],
}
_HEADERS = [
    "phone,email,first_name,last_name,external_id,city,note",
    "phone,email,name,external_id,city",
    "email,name",
    "phone,first_name,last_name,city",
    "phone,email,name,first_name,city,",
]
_KIND = {"phone": "phone", "email": "email", "external_id": "external_id"}
_counter = itertools.count()


def _rows(header: str) -> st.SearchStrategy[list[str]]:
    columns = header.split(",")
    full = st.tuples(*(st.sampled_from(_VALUES[_KIND.get(c, "text")]) for c in columns)).map(list)
    return st.one_of(
        full,
        full,
        full,
        full.map(lambda row: row[:-1]),
        full.map(lambda row: [*row, "extra"]),
        st.just([""] * len(columns)),
        st.just(["\u2003"]),
    )


@st.composite
def _files(draw: st.DrawFn) -> tuple[bytes, str]:
    header = draw(st.sampled_from(_HEADERS))
    rows = draw(st.lists(_rows(header), max_size=30))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    quoting = draw(st.sampled_from(["none", "enclosing", "all", "needed"]))
    if quoting == "enclosing":  # every field that holds no delimiter in quotes, as CRMs do
        rows = [[f'"{f}"' if delimiter not in f and '"' not in f else f for f in r] for r in rows]
    elif quoting != "none":  # every field, or those that need it, a quote in it doubled
        rows = [
            [_quoted(f) if quoting == "all" or delimiter in f or '"' in f else f for f in r]
            for r in rows
        ]
    text = header.replace(",", delimiter) + end + "".join(delimiter.join(r) + end for r in rows)
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    return bom + text.encode(), delimiter


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _account(engine: Engine, country: str | None = None) -> str:
    """A fresh account of this default country holding what the file meets: a stored contact,
    an SMS and an email opt-out."""
    slug = f"a{next(_counter)}"
    engine.create_account(slug)
    if country is not None:
        engine.update_settings(slug, ADMIN, default_country=country)
    engine.add_contact(slug, actor=ADMIN, phone="+14155550101", email="c@example.com")
    engine.add_contact(slug, actor=ADMIN, email="b.cd@example.com", external_id="crm-3")
    engine.opt_out(slug, "sms", "+14155550100", actor=ADMIN, reason="STOP")
    engine.opt_out(slug, "email", "a@example.com", actor=ADMIN, reason="asked")
    return slug


def _import(engine: Engine, slug: str, data: bytes, plain: bool, size: int, block: int) -> Any:
    """Import `data` a batch per transaction as `Imports.run_import` does, the plain way or
    row by row; what each batch reported."""
    table = CsvFile(io.BytesIO(data), "c%.csv")
    with engine.db.read() as session:
        account = accounts.load_account(session, slug)
        columns = jobs.used_columns(resolve(Kind.CONTACTS, table.header), Kind.CONTACTS, None, None)
        draft = Import(id="01TEST", kind="contacts", file_name="c%.csv", channel=None, scope=None)
        job = jobs.build(session, account, draft, columns, ADMIN, engine.indexes)
    assert isinstance(job, jobs.ContactJob)
    if plain:
        assert table.plain() and contact_plain.takes(job.spec)
        batches: Any = contact_plain.plain_batches(job.spec, account, table, size, block)
    else:
        batches = jobs.batched(table.rows(), size)
    reported = []
    for batch in batches:
        with engine.db.write() as session:
            outcome = BatchOutcome()
            job.commit(session, batch, outcome)
        reported.append(outcome)
    return reported


def _stored(engine: Engine, slug: str) -> Any:
    """The account's imported contacts in the order they were made, and its batch events."""
    with engine.db.read() as session:
        account = accounts.load_account(session, slug)
        contacts = session.execute(
            text(
                "SELECT phone, email, name, external_id, CAST(fields AS TEXT),"
                " CAST(evidence AS TEXT) FROM contacts WHERE account_id = :a"
                " AND row_digest IS NOT NULL ORDER BY id"
            ),
            {"a": account.id},
        ).all()
        events = session.execute(
            text(
                "SELECT CAST(evidence AS TEXT), CAST(after AS TEXT) FROM events"
                " WHERE account_id = :a AND kind = 'contacts.imported' ORDER BY seq"
            ),
            {"a": account.id},
        ).all()
    loads = orjson.loads
    return (
        [(*row[:4], loads(row[4]), loads(row[5])) for row in contacts],
        [(loads(e), loads(a)["rows"]) for e, a in events],
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    file=_files(),
    size=st.integers(1, 9),
    block=st.integers(1, 96),
    country=st.sampled_from([None, "US"]),
)
def test_a_plain_contact_file_imports_as_the_row_reader_imports_it(
    engine: Engine, file: tuple[bytes, str], size: int, block: int, country: str | None
) -> None:
    data, _ = file
    plain, rows = _account(engine, country), _account(engine, country)
    got = _import(engine, plain, data, True, size, block)
    want = _import(engine, rows, data, False, size, block)

    assert [vars(o) for o in got] == [vars(o) for o in want]
    assert _stored(engine, plain) == _stored(engine, rows)
    for slug in (plain, rows):
        report = engine.verify_audit(slug)
        assert report.ok, report.problem


def test_a_crm_export_takes_the_plain_path_for_its_plain_rows(engine: Engine, acme: str) -> None:
    header = "phone,email,first_name,last_name,external_id,city\n"
    body = "".join(
        f"+1415{n:07d},P{n}@Example.com,Person,No {n},crm-{n},Oslo\n" for n in range(3000)
    )
    data = (header + body + "+1 415 555 0199,,,,,\n,,,,,\n").encode()
    other = _account(engine)
    got = _import(engine, other, data, True, 1000, 1 << 20)
    want = _import(engine, _account(engine), data, False, 1000, 1 << 20)
    assert [vars(o) for o in got] == [vars(o) for o in want]
    assert sum(o.created for o in got) == 3000  # and crm-3 is another contact's
    assert [e["line"] for o in got for e in o.errors] == [5]
    assert engine.verify_audit(other).ok


def test_a_value_holding_a_line_break_is_not_read_as_two() -> None:
    assert canonical_emails([b"not an email", b"a@b.com\nc@d.com"]) == [None, None]


@settings(max_examples=50, deadline=None)
@given(
    values=st.lists(
        st.sampled_from([*_VALUES["email"][:-1], "X@GMAIL.com", "a_b+c@sub.example.org"])
        | st.text(min_size=1)
    )
)
def test_canonical_emails_is_canonical_email_where_it_answers(values: list[str]) -> None:
    """For any values, line breaks inside them too (a line that looks like an address is
    not a value of its own)."""
    found = canonical_emails([v.encode() for v in values])
    for value, email in zip(values, found, strict=True):
        if email is not None:
            assert email == canonical_email(value)


@settings(max_examples=50, deadline=None)
@given(
    phone=st.none() | st.text(),
    email=st.none() | st.text(),
    name=st.none() | st.text(),
    external_id=st.none() | st.text(),
    fields=st.dictionaries(st.text(), st.text()),
    evidence=st.dictionaries(st.text(), st.text() | st.integers(-(2**63), 2**63 - 1)),
)
def test_an_encoded_contacts_digest_is_row_digest_of_its_payload(
    phone: str | None,
    email: str | None,
    name: str | None,
    external_id: str | None,
    fields: dict[str, str],
    evidence: dict[str, object],
) -> None:
    created_at, cid, salt = (
        "2026-12-05T03:40:07.792270+00:00",
        "01M91G04FGJKY57ST22YK12RCD",
        "ab" * 16,
    )
    dumps, sort = orjson.dumps, orjson.OPT_SORT_KEYS
    material = digest_template(created_at) % (
        dumps(email),
        dumps(evidence, option=sort),
        dumps(external_id),
        dumps(fields, option=sort),
        cid.encode(),
        dumps(name),
        dumps(phone),
        salt.encode(),
    )
    row = {
        "id": cid,
        "phone": phone,
        "email": email,
        "name": name,
        "external_id": external_id,
        "fields": fields,
    }
    assert hashlib.sha256(material).hexdigest() == row_digest(
        payload(row, evidence, created_at, salt)
    )
