"""A plain CSV file's rows a block of lines at a time, as arrays: what `CsvFile.rows` reads,
without a Python object per row, for imports of millions of rows.

A plain file (`CsvFile.plain`: UTF-8, no NUL or bare CR, quotes only around whole fields, or
on lines the csv module reads alone) has one row per line, cut at its delimiters outside
quotes, so the filter's line splitter (heed.bulk.columnar.split_lines) and the quotes' places
(heed.bulk.quoting) find every row and field; a quoted field's value is what its quotes
enclose, a doubled quote inside it one quote. The rules stay `CsvFile`'s: blank lines (nothing
but whitespace and delimiters, `str.isspace`) are not rows; a line holding a field longer than
the csv module's limit is refused. A line the arrays cannot settle alone (one that may be blank
only by Unicode's spaces or its quotes, or that is longer than the limit, or holds a byte JSON
escapes but a quote, or is misquoted) is marked `odd`, and `csv_row` reads it as `CsvFile`
would.
"""

from __future__ import annotations

import codecs
import csv
import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

import orjson

from heed.bulk.columnar import Lines, any_of, split_lines
from heed.bulk.csvfile import CsvError, CsvFile, CsvRow, one_record
from heed.bulk.keys import Spans
from heed.bulk.optout_import import field_names
from heed.bulk.quoting import QUOTE, quoting
from heed.core.lazy import module

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
else:
    np = module("numpy")

BLOCK = 1 << 24  # bytes split at a time: ~500,000 rows of a typical export
_SPACE = b" \t\r\n\x0b\x0c"
#: Bytes that may be (part of) a character `str.isspace` calls space: the information
#: separators and every byte of a multi-byte UTF-8 character (U+00A0, U+2003, ...).
_MAYBE_SPACE = bytes(range(0x1C, 0x20)) + bytes(range(0x80, 0x100))
#: What JSON escapes in a string, but the line ends and the quote (a well quoted line's
#: quotes are read here: `Block.values`, `Block.json`).
_ESCAPED = bytes(b for b in range(0x20) if b not in b"\r\n") + b"\\"


@dataclass(frozen=True)
class Block:
    """Some whole lines of a plain file: line i of `lines` is the file's line `first + i`."""

    lines: Lines
    first: int
    rows: npt.NDArray[np.intp]  # the lines that may be rows: after the header, not blank
    odd: npt.NDArray[np.bool_]  # by line: to be read by `csv_row` (see the module docstring)
    delimiter: str
    #: The delimiters outside quotes, where some line holds a quote (else None: every one).
    marks: npt.NDArray[np.int64] | None = None
    #: By line: a quote is doubled inside a quoted field (None: no line holds a quote).
    doubled: npt.NDArray[np.bool_] | None = None

    def csv_row(self, line: int, name: str) -> CsvRow | None:
        """Line `line` (an index in `lines`) as `CsvFile.rows` gives it, or None if blank."""
        lines = self.lines
        text = lines.data[int(lines.starts[line]) : int(lines.ends[line])].decode()
        number = self.first + line
        if '"' in text:  # a line the csv module reads alone (`CsvFile.plain`)
            values = one_record(text, self.delimiter, name, number)
        else:
            values = text.split(self.delimiter)
        limit = csv.field_size_limit()
        if len(text) > limit and max(map(len, values)) > limit:
            raise CsvError(
                f"{name}, line {number}: cannot read it as CSV (field larger "
                f"than field limit ({limit})); check the quotes on that line"
            )
        joined = "".join(values)
        return CsvRow(number, values) if joined and not joined.isspace() else None

    def whole(self, width: int, *, doubled: bool = False) -> npt.NDArray[np.bool_]:
        """By row: whether it has `width` fields and the arrays settle it (it is not `odd`),
        and, unless the reader reads them (`doubled`: `values`, `json`), holds no quote
        doubled inside a quoted field."""
        lines, rows = self.lines, self.rows
        if self.marks is None:
            marks = lines.breaks[lines.kinds == ord(self.delimiter)]
            before = np.searchsorted(marks, lines.starts[rows])
        else:
            marks, before = self.marks, self._before
        cut = np.searchsorted(marks, lines.ends[rows]) - before
        whole = (cut == width - 1) & ~self.odd[rows]
        if self.doubled is not None and not doubled:
            whole &= ~self.doubled[rows]
        return np.asarray(whole)

    def column(self, index: int) -> Spans:
        """Field `index` of every row ("" where a row has fewer fields), a quoted field's
        span inside its quotes (a doubled quote in it still two: `values`, `json`)."""
        if self.marks is None:
            return self.lines.field(self.rows, ord(self.delimiter), index)
        marks = (self.marks, self._before)
        spans = self.lines.field(self.rows, ord(self.delimiter), index, marks)
        raw, begins, stops = self.lines.raw, spans.begins, spans.stops
        last = len(raw) - 1
        quoted = (stops - begins >= 2) & (raw[np.minimum(begins, last)] == QUOTE)
        quoted &= raw[np.maximum(stops - 1, 0)] == QUOTE
        return Spans(spans.data, begins + quoted, stops - quoted)

    @functools.cached_property
    def _before(self) -> npt.NDArray[np.intp]:
        """By row: how many of `marks` lie before it (found once for every column)."""
        assert self.marks is not None
        return np.searchsorted(self.marks, self.lines.starts[self.rows])

    def values(self, cells: list[bytes]) -> list[bytes]:
        """Cells of `column` as their values: a doubled quote one quote."""
        return _replaced(cells, b'"') if self.doubled is not None else cells

    def json(self, cells: list[bytes]) -> list[bytes]:
        """Cells of `column` as the text of a JSON string holding their values (a line with
        a byte JSON escapes, but a quote, is `odd`)."""
        return _replaced(cells, b'\\"') if self.doubled is not None else cells


def _replaced(cells: list[bytes], quote: bytes) -> list[bytes]:
    """The cells with each doubled quote `quote`; a column that holds none as it is."""
    if b'""' not in b"\0".join(cells):  # a column of numbers or reasons, most often
        return cells
    return [cell.replace(b'""', quote) for cell in cells]


class Counted(Protocol):
    """A batch of a plain file's rows: how many it holds, and its errors (line, message)."""

    rows: int
    errors: list[tuple[int, str]]


T = TypeVar("T")
P = TypeVar("P")
B = TypeVar("B", bound=Counted)
B_in = TypeVar("B_in", bound=Counted, contravariant=True)


class Reader(Protocol[P, B_in]):
    """How an import reads a plain file's blocks into its batches."""

    def prepare(self, block: Block) -> P:
        """What the block's rows hold, a column at a time."""

    def read(self, prepared: P, at: int, stop: int, batch: B_in) -> None:
        """The block's rows `at` to `stop` into `batch`, in file order."""


def batches(
    table: CsvFile, size: int, block: int, reader: Reader[P, B], empty: Callable[[], B]
) -> Iterator[B]:
    """The plain file's rows in batches of `size` rows (the last may be smaller), read a
    block of `block` bytes at a time by `reader` into batches `empty` makes."""
    batch = empty()
    for lines in blocks(table, block):
        prepared, at = reader.prepare(lines), 0
        while at < len(lines.rows):
            stop = min(at + size - batch.rows, len(lines.rows))
            reader.read(prepared, at, stop, batch)
            at = stop
            if batch.rows == size:
                yield batch
                batch = empty()
    if batch.rows:
        yield batch


def read_odd(
    block: Block, line: int, name: str, read: Callable[[CsvRow], T | str], batch: Counted
) -> T | None:
    """Line `line` of `block` as `CsvFile` reads it, then as the row reader `read` reads it,
    counted into `batch` (a row, and its error if `read` says why it cannot be read): what
    `read` made of it, or None (a blank line, or an error)."""
    row = block.csv_row(line, name)
    if row is None:  # blank: not a row
        return None
    batch.rows += 1
    found = read(row)
    if isinstance(found, str):
        batch.errors.append((row.line, found))
        return None
    return found


def cells(column: Spans, chosen: npt.NDArray[np.intp]) -> list[bytes]:
    """The bytes of the chosen rows' values of `column`."""
    data = column.data
    assert isinstance(data, bytes), "an import's file is read as bytes"
    get = data.__getitem__
    return list(map(get, map(slice, column.begins[chosen].tolist(), column.stops[chosen].tolist())))


class Evidence:
    """`optout_import.row_evidence` of a plain file's rows of the header's width, as sorted
    JSON (`orjson.dumps(evidence, option=OPT_SORT_KEYS)`, byte for byte) from one template
    filled with the row's line and its fields' bytes: a plain row's field holds no quote, and
    a row holding a byte JSON escapes is `odd` and read by `Block.csv_row`."""

    def __init__(self, header: Sequence[str], file_name: str, import_id: str) -> None:
        width = len(header)
        names = field_names(tuple(header), width)
        # The columns in the order orjson sorts their names, read back from orjson itself.
        numbered = orjson.dumps(dict(zip(names, range(width), strict=True)), option=_SORTED)
        self.order: list[int] = list(orjson.loads(numbered).values())
        fields = b",".join(fixed(names[j]) + b':"%s"' for j in self.order)
        self.template = (
            b'{"file":'
            + fixed(file_name)
            + b',"import_id":'
            + fixed(import_id)
            + b',"line":%d,"row":{'
            + fields
            + b"}}"
        )

    def of(self, lines: list[int], values: Sequence[list[bytes]]) -> list[bytes]:
        """Each row's evidence: its line, and its fields' bytes by column in `order`."""
        template = self.template
        return [template % row for row in zip(lines, *values, strict=True)]


_SORTED = orjson.OPT_SORT_KEYS


def fixed(value: str) -> bytes:
    """`value` as JSON, for a %-template."""
    return orjson.dumps(value).replace(b"%", b"%%")


def blocks(table: CsvFile, size: int = BLOCK, *, counted: bool = False) -> Iterator[Block]:
    """The plain file's lines (`table.plain()` must be true), a block of at least `size`
    bytes (but the last) at a time. Blocks only `counted` need not mark a line `odd` but where
    it may be blank (`count`: a line with any other byte is a row, whatever its quotes or
    escapes: `table.plain()` found that the csv module reads each misquoted line alone)."""
    delimiter = table.delimiter.encode()
    blank = _SPACE + delimiter
    escaped = _ESCAPED.replace(delimiter, b"")
    limit = csv.field_size_limit()
    first = 1
    for n, data in enumerate(table.blocks(size)):
        lines = split_lines(data, 3 if n == 0 and table.has_bom else 0)
        _decodable(table, data, first)
        rows = np.flatnonzero(lines.significant(blank))
        rows = rows[rows + first > table.header_line]
        odd = ~lines.significant(blank + _MAYBE_SPACE + b'"')
        odd |= lines.ends - lines.starts > limit
        if counted:
            yield Block(lines, first, rows, odd, table.delimiter)
            first += len(lines.starts)
            continue
        at = np.flatnonzero(any_of(data, escaped))
        if len(at):
            odd[np.searchsorted(lines.starts, at, side="right") - 1] = True
        marks = doubled = None
        if b'"' in data:
            quotes = quoting(lines.raw, lines.starts, lines.ends, ord(table.delimiter))
            odd |= quotes.misquoted
            marks = lines.breaks[lines.kinds == ord(table.delimiter)]
            outside = quotes.outside(marks)
            if delimiter in _ESCAPED and not outside.all():  # a tab inside quotes: JSON
                odd[np.searchsorted(lines.starts, marks[~outside], side="right") - 1] = True
            marks = marks[outside]
            doubled = quotes.doubled
        yield Block(lines, first, rows, odd, table.delimiter, marks, doubled)
        first += len(lines.starts)


def _decodable(table: CsvFile, data: bytes, first: int) -> None:
    if data.isascii():
        return
    try:
        codecs.decode(data, "utf-8")
    except UnicodeDecodeError as exc:
        raise table.undecodable(first + data.count(b"\n", 0, exc.start)) from None


def count(table: CsvFile) -> int:
    """`table.count()`: the rows after the header, reading the file whole once (raising
    CsvError where it cannot be read), a block at a time when it is plain."""
    if not table.plain():
        return table.count()
    total = 0
    for block in blocks(table, counted=True):
        total += len(block.rows)
        for line in block.rows[block.odd[block.rows]].tolist():
            total -= block.csv_row(line, table.name) is None
    return total
