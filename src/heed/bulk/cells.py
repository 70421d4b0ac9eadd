"""CSV cells made inert for spreadsheets (OWASP "CSV Injection").

A cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by
Excel, LibreOffice and Google Sheets: `=HYPERLINK(…)` or `=cmd|' /C calc'!A0` in an opt-out
reason or address would run when an admin opens an export. Every CSV heed writes passes its
cells through `inert_cell`, which puts a single quote before such a cell, so it shows as the
text it is. Plain numbers are left alone (`+14155550100`, `-3`): a phone number is not a
formula, and a quote before it would break re-importing an export.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = frozenset("=+-@\t\r")
_NUMBER = re.compile(r"[+-]?[0-9][0-9 ().-]*")
#: Where a field of a delimited file (any of heed's delimiters) starts as `inert_cell` would
#: change it: for writers that copy a file's bytes rather than its cells (heed.bulk.columnar).
_FORMULA_FIELD = re.compile(
    rb"(?:\A|[\n,;|\t])(?:[=@\t\r]|[+-](?![0-9][0-9 ().-]*(?:[\r\n,;|\t]|\Z)))"
)


def inert_cell(value: Any) -> Any:
    """`value`, or `'value` when a spreadsheet would read the text as a formula."""
    if (
        isinstance(value, str)
        and value
        and value[0] in FORMULA_STARTS
        and _NUMBER.fullmatch(value) is None
    ):
        return "'" + value
    return value


def inert_row(values: Iterable[Any]) -> list[Any]:
    """Every cell of a CSV row through `inert_cell`."""
    return [inert_cell(value) for value in values]


def may_hold_formulas(data: bytes) -> bool:
    """Whether some field of this delimited file might need `inert_cell` (erring on yes)."""
    return _FORMULA_FIELD.search(data) is not None
