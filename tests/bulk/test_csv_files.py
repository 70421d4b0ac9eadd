"""Reading CSV files as people make them, and finding their columns: tables of cases."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heed.bulk import plain_rows
from heed.bulk.columns import Kind, parse_mapping, resolve
from heed.bulk.csvfile import CsvError, CsvFile, without_enclosing_quotes
from heed.bulk.jsonfile import elements
from heed.core.vocabulary import Channel
from heed.errors import BadInput

READABLE = [
    # (case, file bytes, delimiter, header, [(line, values)])
    ("plain", b"address\n+14155550100\n", ",", ["address"], [(2, ["+14155550100"])]),
    (
        "byte-order mark and CRLF (Excel)",
        b"\xef\xbb\xbfPhone,Name\r\n+14155550100,Ann\r\n",
        ",",
        ["Phone", "Name"],
        [(2, ["+14155550100", "Ann"])],
    ),
    (
        "semicolons (Excel in Europe)",
        b"Mobile;Name;Reason\n+4915112345678;Anna;per Telefon\n",
        ";",
        ["Mobile", "Name", "Reason"],
        [(2, ["+4915112345678", "Anna", "per Telefon"])],
    ),
    (
        "tabs",
        b"msisdn\tnote\n+14155550100\tvia app\n",
        "\t",
        ["msisdn", "note"],
        [(2, ["+14155550100", "via app"])],
    ),
    (
        "quoted delimiters and quotes",
        b'name,phone\n"Lee, Ann ""Annie""",+14155550100\n',
        ",",
        ["name", "phone"],
        [(2, ['Lee, Ann "Annie"', "+14155550100"])],
    ),
    (
        "a quoted newline: the next row keeps its own line number",
        b'phone,note\n+14155550100,"two\nlines"\n+14155550101,x\n',
        ",",
        ["phone", "note"],
        [(2, ["+14155550100", "two\nlines"]), (4, ["+14155550101", "x"])],
    ),
    (
        "blank and empty-field lines are skipped, numbering kept",
        b"phone\n\n+14155550100\n,\n  \n+14155550101\n",
        ",",
        ["phone"],
        [(3, ["+14155550100"]), (6, ["+14155550101"])],
    ),
    (
        "blank lines before the header",
        b"\n\nphone\n+14155550100\n",
        ",",
        ["phone"],
        [(4, ["+14155550100"])],
    ),
    (
        "a header with spaces around names, no final newline",
        b" Phone , Name \n+14155550100,Ann",
        ",",
        ["Phone", "Name"],
        [(2, ["+14155550100", "Ann"])],
    ),
    (
        "a quoted comma in the header does not make it comma-delimited",
        b'"Name, full";Mobile\nAnn;+14155550100\n',
        ";",
        ["Name, full", "Mobile"],
        [(2, ["Ann", "+14155550100"])],
    ),
    ("header only", b"address\n", ",", ["address"], []),
]


@pytest.mark.parametrize(
    ("data", "delimiter", "header", "rows"),
    [case[1:] for case in READABLE],
    ids=[case[0] for case in READABLE],
)
def test_readable_files(
    data: bytes, delimiter: str, header: list[str], rows: list[tuple[int, list[str]]]
) -> None:
    table = CsvFile(io.BytesIO(data), "optouts.csv")
    assert (table.delimiter, table.header) == (delimiter, header)
    assert [(r.line, r.values) for r in table.rows()] == rows
    assert table.count() == len(rows)
    assert [(r.line, r.values) for r in table.rows()] == rows  # read again: the same


_FIELD = st.text(st.characters(blacklist_characters='"\x00\r\n', blacklist_categories=("Cs",)))
#: A field a CRM quotes because it holds a delimiter or a quote (doubled, as CSV writes it).
_INSIDE = st.text(st.sampled_from(',"a ;'), min_size=1).map(
    lambda f: '"' + f.replace('"', '""') + '"'
)


@settings(max_examples=200, deadline=None)
@given(
    header=st.lists(st.text("abc z", min_size=1).filter(str.strip), min_size=1, max_size=4),
    lines=st.lists(st.lists(st.one_of(_FIELD, _FIELD, _FIELD, _INSIDE), max_size=5)),
    ends=st.lists(st.sampled_from(["\n", "\r\n"]), min_size=1),
    last_end=st.booleans(),
    quotes=st.lists(st.booleans(), min_size=1),
    bom=st.booleans(),
)
def test_a_plain_file_reads_as_the_csv_module_reads_it(
    header: list[str],
    lines: list[list[str]],
    ends: list[str],
    last_end: bool,
    quotes: list[bool],
    bom: bool,
) -> None:
    """Files without quotes, or whose quotes enclose whole fields holding no comma, or
    fields holding commas and quotes as CSV writes them, are read a line at a time
    (`CsvFile._plain_records`) and a block at a time: the rows, their line numbers and the
    blank lines skipped are those of the csv module."""
    turns = iter(quotes * (1 + sum(map(len, lines)) // len(quotes)))
    enclosed = [
        [f'"{f}"' if next(turns) and "," not in f and '"' not in f else f for f in row]
        for row in lines
    ]
    records = [",".join(header), *(",".join(fields) for fields in enclosed)]
    text = "".join(r + ends[n % len(ends)] for n, r in enumerate(records))
    data = text.encode() if last_end else text.encode().rstrip(b"\r\n")
    data = b"\xef\xbb\xbf" * bom + data
    plain, reference = CsvFile(io.BytesIO(data), "a.csv"), CsvFile(io.BytesIO(data), "a.csv")
    reference._is_plain = False  # the csv module's reading

    assert plain.plain()
    assert [(r.line, r.values) for r in plain.rows()] == [
        (r.line, r.values) for r in reference.rows()
    ]
    assert plain_rows.count(plain) == reference.count()  # a block at a time


@pytest.mark.parametrize(
    "data",
    [
        *(b"a\nb\rc\n", b"a\nb\r", b"a\nb\x00\n", b"a\n" + b"b" * (1 << 20) + b"\r"),
        *(b'a\n"b"c\n', b'a\n"b\nc"\n', b'a,b\n"x" ,y\n', b'a\n"b'),
        *(b'a,b\nx"y,"z\nw\n', b'a,b\n"x"y"\n', 'a\n"é\n'.encode()),
    ],
)
def test_a_quote_left_open_or_misplaced_nul_or_a_bare_carriage_return_take_the_csv_module(
    data: bytes,
) -> None:
    """What the csv module does not read as one record a line (`x"y,"z` opens a quoted field
    that runs on to the next line, though the line holds two quotes) is read by it whole."""
    table = CsvFile(io.BytesIO(data), "a.csv")
    assert not table.plain()


@pytest.mark.parametrize(
    "data",
    [
        b'a\n"b,c"\n',
        b'a\n"b""c"\n',
        b'a\nb"c\n',
        b'a\n "b"\n',
        b'name,phone\n"Lee, Ann",+14155550100\nBo,+14155550101\n"",""\n"x""y",1\r\n',
        b'a;b\n"1;2";"3"\n"4";"5"\n',
    ],
)
def test_quotes_the_csv_module_reads_a_line_at_a_time_keep_a_file_plain(data: bytes) -> None:
    """Quotes around a delimiter or a quote (`"Lee, Ann"`, a CRM's name column) keep the
    file plain: those lines are read by the csv module one at a time, the others split, and
    the rows are the csv module's, a line or a block at a time."""
    plain, reference = CsvFile(io.BytesIO(data), "a.csv"), CsvFile(io.BytesIO(data), "a.csv")
    reference._is_plain = False
    assert plain.plain()
    rows = [(r.line, r.values) for r in reference.rows()]
    assert [(r.line, r.values) for r in plain.rows()] == rows
    assert plain_rows.count(plain) == len(rows)


def test_a_line_without_an_end_for_16_mb_takes_the_csv_module_which_refuses_its_field() -> None:
    """The plain scan carries an unfinished line from one 1 MB buffer to the next; one still
    unfinished past 16 MB (`_LONGEST`, checked at each buffer's end) is left to the csv module
    rather than carried on, which refuses a field that long by name and line."""
    data = b"phone\n+14155550100\n" + b"1" * ((1 << 24) + (2 << 20)) + b"\n+14155550101\n"
    table = CsvFile(io.BytesIO(data), "long.csv")
    assert not table.plain()
    with pytest.raises(CsvError, match=r"long.csv, line 3: cannot read it as CSV \(field larger"):
        list(table.rows())
    shorter = CsvFile(io.BytesIO(b"phone\n" + b"1" * (1 << 20) + b"\n+14155550101\n"), "s.csv")
    assert shorter.plain()


@pytest.mark.parametrize(("every", "plain"), [(1, False), (3, False), (5, True), (100, True)])
def test_a_file_of_many_lines_for_the_csv_module_is_read_by_it_whole(
    every: int, plain: bool
) -> None:
    """Over a quarter of its lines for the csv module (a quote inside an unquoted name, which
    the csv module keeps, on every line), a file is read by the csv module whole, which costs
    less (`_INSIDE_SHARE`); the rows are the same either way."""
    lines = [
        f'+1415{n:07d},Lee{n} "Ann"' if n % every == 0 else f"+1415{n:07d},Ann" for n in range(2000)
    ]
    data = ("phone,name\n" + "\n".join(lines) + "\n").encode()
    table, reference = CsvFile(io.BytesIO(data), "a.csv"), CsvFile(io.BytesIO(data), "a.csv")
    reference._is_plain = False
    assert table.plain() is plain
    assert [r.values for r in table.rows()] == [r.values for r in reference.rows()]


@pytest.mark.parametrize("every", [1, 3])
def test_a_file_of_well_quoted_lines_is_plain_however_many(every: int) -> None:
    """A name column of "Last, First" (and a doubled quote) on every line is well quoted
    (heed.bulk.quoting): the file is still read a block at a time, and reads the same rows."""
    lines = [
        f'+1415{n:07d},"Lee{n}, ""Ann"""' if n % every == 0 else f"+1415{n:07d},Ann"
        for n in range(2000)
    ]
    data = ("phone,name\n" + "\n".join(lines) + "\n").encode()
    table, reference = CsvFile(io.BytesIO(data), "a.csv"), CsvFile(io.BytesIO(data), "a.csv")
    reference._is_plain = False
    assert table.plain()
    rows = [r.values for r in table.rows()]
    assert rows == [r.values for r in reference.rows()]
    assert rows[0] == ["+14150000000", 'Lee0, "Ann"']
    (block,) = plain_rows.blocks(table)
    assert block.whole(2, doubled=True).all()
    assert block.whole(2).sum() == len(rows) - len(rows[::every])  # unless its reader unquotes
    names = block.values(plain_rows.cells(block.column(1), np.arange(len(block.rows))))
    assert [name.decode() for name in names] == [row[1] for row in rows]


def test_quotes_around_whole_fields_are_dropped_in_the_plain_reading() -> None:
    """A CRM export that quotes every field reads the plain way, a block at a time too."""
    data = b'"phone";"name"\r\n"+14155550100";"Lee, Ann"\r\n"+14155550101";""\r\n'
    table = CsvFile(io.BytesIO(data), "crm.csv")
    assert table.plain() and table.delimiter == ";"
    assert [r.values for r in table.rows()] == [["+14155550100", "Lee, Ann"], ["+14155550101", ""]]
    assert b'"' not in b"".join(table.blocks(8))


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(
        st.lists(
            st.tuples(st.one_of(_FIELD, st.text(',"a ;', min_size=1)), st.booleans()),
            min_size=1,
            max_size=4,
        )
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    end=st.sampled_from(["\n", "\r\n"]),
    bom=st.booleans(),
)
def test_dropping_enclosing_quotes_leaves_what_the_csv_module_reads(
    lines: list[list[tuple[str, bool]]], delimiter: str, end: str, bom: bool
) -> None:
    """`without_enclosing_quotes` (the filter's way with a CRM's quoted file) drops a file's
    quotes only where each encloses a whole field holding no delimiter, quote or line end:
    the csv module then reads the same rows from what is left as from the file."""

    def written(value: str, quoted: bool) -> str:
        needs = delimiter in value or '"' in value
        return '"' + value.replace('"', '""') + '"' if quoted or needs else value

    rows = [[written(value, quoted) for value, quoted in row] for row in lines]
    text = "".join(delimiter.join(["phone", *row]) + end for row in [[], *rows])
    data = b"\xef\xbb\xbf" * bom + text.encode()

    dropped = without_enclosing_quotes(data, delimiter)

    def read(raw: bytes) -> list[list[str]]:
        return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))

    held = any(delimiter in v or '"' in v for row in lines for v, _ in row)
    assert (dropped is None) == held  # a quote around a delimiter or a quote keeps them all
    if dropped is not None:
        assert b'"' not in dropped and read(dropped) == read(data)


def test_latin1_file_with_its_encoding() -> None:
    data = "name;phone\nJosé;+34600000000\n".encode("cp1252")
    with pytest.raises(CsvError, match=r"not valid utf-8.*--encoding"):
        CsvFile(io.BytesIO(data), "export.csv")
    table = CsvFile(io.BytesIO(data), "export.csv", encoding="cp1252")
    assert [r.values for r in table.rows()] == [["José", "+34600000000"]]


UNREADABLE = [
    ("empty", b"", "is empty"),
    ("only blank lines", b"\n\n  \n", "is empty"),
    ("an Excel workbook", b"PK\x03\x04rest of a zip", "spreadsheet workbook"),
    ("a stray quote", b'phone\n"+14155550100"x\n', "line 2: cannot read it as CSV"),
    ("an unclosed quote", b'phone\n+1\n"+14155550100\n+1\n', "line 4: cannot read it as CSV"),
    ("a NUL byte", b"phone\n+1415555\x000100\n", "line 2: contains a NUL"),
    ("invalid UTF-8 late in the file", b"phone\n" + b"+14155550100\n" * 9000 + b"\xff\n", "utf-8"),
]


@pytest.mark.parametrize(
    ("data", "message"), [c[1:] for c in UNREADABLE], ids=[c[0] for c in UNREADABLE]
)
def test_unreadable_files_are_refused_whole(data: bytes, message: str) -> None:
    with pytest.raises(CsvError, match=message):
        CsvFile(io.BytesIO(data), "optouts.csv").count()


COLUMNS = [
    # (kind, header, mapping, channel, expected role -> header)
    (Kind.OPTOUTS, ["Address"], {}, Channel.SMS, {"address": "Address"}),
    (Kind.OPTOUTS, ["MSISDN", "Notes"], {}, Channel.SMS, {"address": "MSISDN", "reason": "Notes"}),
    (Kind.OPTOUTS, ["Phone Number"], {}, Channel.SMS, {"address": "Phone Number"}),
    (Kind.OPTOUTS, ["E-mail", "phone"], {}, Channel.EMAIL, {"address": "E-mail"}),
    (Kind.OPTOUTS, ["E-mail", "phone"], {}, Channel.SMS, {"address": "phone"}),
    (Kind.OPTOUTS, ["address", "mobile"], {}, Channel.SMS, {"address": "mobile"}),
    (Kind.OPTOUTS, ["Cell", "x"], {"address": "x"}, Channel.SMS, {"address": "x"}),
    (Kind.OPTOUTS, ["Mobile Nr"], {"address": "mobile nr"}, Channel.SMS, {"address": "Mobile Nr"}),
    (
        Kind.OPTOUTS,
        ["channel", "address", "scope", "reason"],
        {},
        None,
        {"channel": "channel", "address": "address", "scope": "scope", "reason": "reason"},
    ),
    (
        Kind.CONTACTS,
        ["First Name", "Last Name", "Mobile", "Email", "CRM ID"],
        {},
        None,
        {
            "phone": "Mobile",
            "email": "Email",
            "first_name": "First Name",
            "last_name": "Last Name",
            "external_id": "CRM ID",
        },
    ),
    (Kind.CONTACTS, ["address", "name"], {}, None, {"address": "address", "name": "name"}),
    (Kind.CONTACTS, ["address", "phone"], {}, None, {"phone": "phone"}),  # postal, left alone
]


@pytest.mark.parametrize(("kind", "header", "mapping", "channel", "expected"), COLUMNS)
def test_columns_are_found(
    kind: Kind,
    header: list[str],
    mapping: dict[str, str],
    channel: Channel | None,
    expected: dict[str, str],
) -> None:
    assert resolve(kind, header, mapping, channel=channel).names() == expected


BAD_COLUMNS = [
    (Kind.OPTOUTS, ["Name", "Number"], {}, "no address column.*'Name', 'Number'"),
    (Kind.OPTOUTS, ["phone", "mobile"], {}, r"several columns.*'phone', 'mobile'.*--column"),
    (Kind.OPTOUTS, ["phone"], {"address": "Mobile"}, "no column named 'Mobile'.*'phone'"),
    (Kind.OPTOUTS, ["phone"], {"adress": "phone"}, "unknown column role 'adress'"),
    (Kind.OPTOUTS, ["x", "x"], {"address": "x"}, "2 columns named 'x'"),
    (Kind.CONTACTS, ["name", "city"], {}, "no a phone or email column|no .*phone or email"),
]


@pytest.mark.parametrize(("kind", "header", "mapping", "message"), BAD_COLUMNS)
def test_columns_that_cannot_be_found_say_which_headers_there_are(
    kind: Kind, header: list[str], mapping: dict[str, str], message: str
) -> None:
    with pytest.raises(BadInput, match=message):
        resolve(kind, header, mapping, channel=Channel.SMS)


def test_column_options() -> None:
    assert parse_mapping(["address=Mobile", " Reason = Notes "]) == {
        "address": "Mobile",
        "reason": "Notes",
    }
    with pytest.raises(BadInput, match="ROLE=HEADER"):
        parse_mapping(["Mobile"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('["+1", {"phone": "+2"}, 3]', ["+1", {"phone": "+2"}, 3]),
        ("  [ ]  ", []),
        ('{"phone": "+1"}\n\n{"phone": "+2"}\n', [{"phone": "+1"}, {"phone": "+2"}]),
        (json.dumps([str(n) * 3 for n in range(40000)]), [str(n) * 3 for n in range(40000)]),
        (json.dumps(list(range(123456, 123456 + 30000))), list(range(123456, 123456 + 30000))),
    ],
    ids=["array", "empty", "json-lines", "many-strings-over-chunks", "numbers-over-chunks"],
)
def test_json_elements_stream(text: str, expected: list[object]) -> None:
    """Each element with its text as written, which parses back to it."""
    found = list(elements(io.StringIO(text), "r.json"))
    assert [value for value, _ in found] == expected
    assert [json.loads(written) for _, written in found] == expected


def test_a_json_element_comes_with_its_text_exactly() -> None:
    text = '[ "+1" , {"phone":"+2",  "n": 1.50}\n, 3e0 ]\n'
    found = list(elements(io.StringIO(text), "r.json"))
    assert [written for _, written in found] == ['"+1"', '{"phone":"+2",  "n": 1.50}', "3e0"]
    lines = '{"phone": "\\u00e9"}\r\n\n  {"phone":"+2"}\n'
    found = list(elements(io.StringIO(lines, newline=""), "r.jsonl"))
    assert found == [
        ({"phone": "\u00e9"}, '{"phone": "\\u00e9"}'),
        ({"phone": "+2"}, '  {"phone":"+2"}'),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [("[1, 2", "not closed"), ("[1 2]", "expected , or ]"), ('{"a": 1}\n{oops}\n', "line 2")],
)
def test_broken_json_says_where(text: str, message: str) -> None:
    with pytest.raises(CsvError, match=message):
        list(elements(io.StringIO(text), "r.json"))
