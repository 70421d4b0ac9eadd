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
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement

FORMULA_STARTS = frozenset("=+-@\t\r")
_SIGNS = "+-"  # a cell starting with one of these is data when it is a plain number
_NUMBER_BODY = "[0-9][0-9 ().-]*"
_NUMBER = re.compile(f"[{_SIGNS}]?{_NUMBER_BODY}")


def _changed_cell(ends: str) -> str:
    """A pattern: the first character of a cell that `inert_cell` would change, the cell
    ending before one of `ends` or at the text's end (the rule above, for text holding many
    cells)."""
    always = re.escape("".join(sorted(FORMULA_STARTS - set(_SIGNS))))
    signs, before = re.escape(_SIGNS), re.escape(ends)
    return rf"(?:[{always}]|[{signs}](?!{_NUMBER_BODY}(?:[{before}]|\Z)))"


#: Where a field of a delimited file (any of heed's delimiters) starts as `inert_cell` would
#: change it: for writers that copy a file's bytes rather than its cells (heed.bulk.columnar).
_FORMULA_FIELD = re.compile((r"(?:\A|[\n,;|\t])" + _changed_cell("\r\n,;|\t")).encode())
#: The same in NUL and cells joined with NUL (`any_formula`): a pattern that opens with one
#: character is searched for several times faster.
_FORMULA_CELL = re.compile("\x00" + _changed_cell("\x00"))


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


def inert_sql(cell: ColumnElement[str]) -> ColumnElement[str]:
    """`inert_cell` of a text column, in the database's SQL (PostgreSQL: the `!~` regular
    expression): for exports the database writes itself (heed.bulk.export). SQLAlchemy is
    imported here, not with the module: the audience filter uses this module without it."""
    from sqlalchemy import and_, case, func, literal, or_

    first = func.substr(cell, 1, 1)
    always = sorted(FORMULA_STARTS - set(_SIGNS))
    number = f"^[{_SIGNS}]{_NUMBER_BODY}$"
    formula = or_(first.in_(always), and_(first.in_(list(_SIGNS)), ~cell.regexp_match(number)))
    return case((formula, literal("'") + cell), else_=cell)


def inert_row(values: Iterable[Any]) -> list[Any]:
    """Every cell of a CSV row through `inert_cell`."""
    return [inert_cell(value) for value in values]


def may_hold_formulas(data: bytes) -> bool:
    """Whether some field of this delimited file might need `inert_cell` (erring on yes)."""
    return _FORMULA_FIELD.search(data) is not None


def any_formula(cells: Sequence[str]) -> bool:
    """Whether `inert_cell` would change one of these cells (erring on yes), tested on them all
    at once: for writers of many rows (heed.bulk.export), where a call per cell would cost
    more than the rest of the row."""
    if not cells:
        return False
    text = "\x00" + "\x00".join(cells)
    return text.count("\x00") != len(cells) or _FORMULA_CELL.search(text) is not None
