"""The columnar filter's formula test on arrays (heed.bulk.columnar._formulas) answers exactly
as the rule it applies, `heed.bulk.cells.may_hold_formulas`, so no file whose bytes a
spreadsheet could run is copied out unchanged."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from heed.bulk.cells import may_hold_formulas
from heed.bulk.columnar import _formulas, split_lines

BYTES = b"=+-@\t\r\n,;|0123456789 ().-aZ"
NUMBERS = [b"+14155550100", b"+1", b"+44"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(list(BYTES)), max_size=30).map(bytes))
def test_same_answer_as_the_rule(data: bytes) -> None:
    assert formulas(data) == may_hold_formulas(data)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([bytes([b]) for b in BYTES] + NUMBERS), max_size=20).map(b"".join))
def test_same_answer_when_told_where_numbers_are(data: bytes) -> None:
    """Cells the caller proved to be numbers (the E.164 addresses) are skipped: the answer
    stays the rule's when they are numbers indeed."""
    numbers = [m.start() for m in _NUMBER_CELL.finditer(data)]
    lines = split_lines(data, 0)
    assert _formulas(lines, np.array(numbers, dtype=np.int64)) == may_hold_formulas(data)


_NUMBER_CELL = re.compile(rb"(?:(?<=[\n,;|\t])|\A)\+[1-9][0-9]*(?=[\r\n,;|\t]|\Z)")


def formulas(data: bytes) -> bool:
    return _formulas(split_lines(data, 0))


def test_typical_files() -> None:
    clean = b"id,phone,name\n" + b"".join(
        b"%d,+1415555%04d,Person %d\n" % (i, i, i) for i in range(1000)
    )
    assert not formulas(clean)
    assert formulas(clean + b"1001,+14155550100,=HYPERLINK(1)\n")
    assert formulas(clean + b"1001,+1 415 x,Ann\n")
    assert formulas(b"phone\n+" + b"1" * 60 + b"\n")  # a long signed cell: errs on yes


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(list(BYTES)), max_size=20).map(bytes),
    st.lists(st.sampled_from(list(BYTES)), max_size=20).map(bytes),
)
def test_a_part_read_in_place_answers_for_its_own_lines(before: bytes, part: bytes) -> None:
    """A file's second half is read where it lies (split_lines from `begin`): the answer is
    the rule's for that half's bytes alone, whatever comes before it; the cell it starts
    with is a cell (after a BOM too)."""
    head = before.replace(b"\n", b"") + b"\n"
    assert _formulas(split_lines(head + part, len(head))) == may_hold_formulas(part)
    bom = b"\xef\xbb\xbf"
    assert _formulas(split_lines(bom + part, 3)) == may_hold_formulas(part)
