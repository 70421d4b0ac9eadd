"""The columnar filter's formula test on arrays (heed.bulk.columnar._formulas) answers exactly
as the rule it applies, `heed.bulk.cells.may_hold_formulas`, so no file whose bytes a
spreadsheet could run is copied out unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from heed.bulk.cells import may_hold_formulas
from heed.bulk.columnar import _formulas

BYTES = b"=+-@\t\r\n,;|0123456789 ().-aZ"


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(list(BYTES)), max_size=30).map(bytes))
def test_same_answer_as_the_rule(data: bytes) -> None:
    assert _formulas(data) == may_hold_formulas(data)


def test_typical_files() -> None:
    clean = b"id,phone,name\n" + b"".join(
        b"%d,+1415555%04d,Person %d\n" % (i, i, i) for i in range(1000)
    )
    assert not _formulas(clean)
    assert _formulas(clean + b"1001,+14155550100,=HYPERLINK(1)\n")
    assert _formulas(clean + b"1001,+1 415 x,Ann\n")
    assert _formulas(b"phone\n+" + b"1" * 60 + b"\n")  # a long signed cell: errs on yes
