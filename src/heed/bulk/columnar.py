"""The audience filter a column at a time: a CSV file read as bytes, allowed rows copied out
byte for byte, without a Python step per recipient.

Taken when the file allows it: UTF-8, no quote character anywhere (so every line is one row
and a field is what lies between delimiters), no bare CR and no NUL. Any other file goes
through `heed.bulk.filtering`, row by row, with the same audience and the same answers.
What is skipped and counted follows `heed.bulk.csvfile`: blank lines (nothing but
delimiters and spaces) are not rows; a row missing the address field has an empty address.
"""

from __future__ import annotations

import codecs
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from heed.bulk.columns import Kind, resolve
from heed.bulk.csvfile import DELIMITERS, CsvError
from heed.bulk.decide import ALLOWED, CODES
from heed.bulk.filtering import REASONS_COLUMN
from heed.bulk.indexed import Column, IndexedAudience
from heed.bulk.results import FilterCounts
from heed.core.lazy import module

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pyarrow as pa
    import pyarrow.compute as pc
else:
    np = module("numpy")
    pa = module("pyarrow")
    pc = module("pyarrow.compute")

if TYPE_CHECKING:
    Offsets = npt.NDArray[np.int64]
_SPACE = b" \t\r\n\x0b\x0c"


@dataclass(frozen=True)
class Lines:
    """A file's bytes cut into lines: line i is data[starts[i]:ends[i]] (no terminator),
    followed by its terminator up to starts[i + 1]."""

    data: bytes
    starts: Offsets
    ends: Offsets
    nexts: Offsets  # where the next line starts (after the terminator)

    def field(self, rows: npt.NDArray[np.intp], delimiter: int, index: int) -> pa.Array:
        """Field `index` of each chosen line ("" where the line has fewer fields), as an
        Arrow string column, found with array operations on the bytes (no quotes to mind)."""
        raw = np.frombuffer(self.data, dtype=np.uint8)
        marks = np.flatnonzero(raw == delimiter)
        starts, ends = self.starts[rows], self.ends[rows]
        before = np.searchsorted(marks, starts)  # delimiters before each line
        begin = starts.copy()
        if index:
            at = before + index - 1
            has = at < len(marks)
            begin[has] = marks[at[has]] + 1
            missing = ~has | (begin > ends)
        else:
            missing = np.zeros(len(rows), dtype=np.bool_)
        at = before + index
        stop = ends.copy()
        inside = at < len(marks)
        stop[inside] = np.minimum(marks[at[inside]], ends[inside])
        begin[missing], stop[missing] = 0, 0
        return _gather(self.data, begin, stop)

    def significant(self, blank: bytes) -> npt.NDArray[np.bool_]:
        """Whether each line has a byte not among `blank` (blank lines: False)."""
        plain = ~any_of(self.data, blank)
        if not len(self.starts):
            return np.zeros(0, dtype=np.bool_)
        found = np.logical_or.reduceat(plain, self.starts)
        return np.asarray(found & (self.ends > self.starts), dtype=np.bool_)

    def copy(self, rows: npt.NDArray[np.intp]) -> bytes:
        """The chosen lines (ascending) with their terminators, exactly as they are in the
        file: each run of neighbouring lines is one slice of the bytes."""
        if not len(rows):
            return b""
        breaks = np.flatnonzero(np.diff(rows) != 1) + 1
        first = rows[np.concatenate(([0], breaks))]
        last = rows[np.concatenate((breaks - 1, [len(rows) - 1]))]
        spans = map(slice, self.starts[first].tolist(), self.nexts[last].tolist())
        return b"".join(map(memoryview(self.data).__getitem__, spans))


def _byte_mask(starts: Offsets, stops: Offsets, size: int) -> npt.NDArray[np.bool_]:
    """True on every byte inside one of the half-open ranges (sorted, not overlapping):
    runs of False and True, alternately, of the lengths between the ranges' edges."""
    edges = np.empty(2 * len(starts) + 2, dtype=np.int64)
    edges[0], edges[1:-1:2], edges[2:-1:2], edges[-1] = 0, starts, stops, size
    runs = np.diff(edges)
    flags = np.zeros(len(runs), dtype=np.bool_)
    flags[1::2] = True
    return np.repeat(flags, runs)


def _gather(data: bytes, starts: Offsets, stops: Offsets) -> pa.Array:
    """The byte ranges as an Arrow string column (one string per range, in order)."""
    offsets = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(stops - starts, out=offsets[1:])
    payload = np.frombuffer(data, dtype=np.uint8)[_byte_mask(starts, stops, len(data))]
    return pa.LargeStringArray.from_buffers(
        len(starts), pa.py_buffer(offsets), pa.py_buffer(payload.tobytes())
    )


def readable(data: bytes) -> bool:
    """Whether the columnar reader can take this file (see the module docstring)."""
    if b'"' in data or b"\x00" in data or data.startswith(b"PK\x03\x04"):
        return False
    if data.count(b"\r") != data.count(b"\r\n"):
        return False
    try:
        codecs.decode(data, "utf-8")
    except UnicodeDecodeError:
        return False
    return True


def split_lines(data: bytes, skip: int) -> Lines:
    raw = np.frombuffer(data, dtype=np.uint8)
    newlines = np.flatnonzero(raw == 10).astype(np.int64)
    starts = np.concatenate(([skip], newlines + 1)).astype(np.int64)
    nexts = np.concatenate((newlines + 1, [len(data)])).astype(np.int64)
    if starts[-1] == len(data):  # the file ends with a terminator: no line after it
        starts, nexts = starts[:-1], nexts[:-1]
    ends = np.where(
        (nexts > starts) & (raw[np.maximum(nexts - 1, 0)] == 10), nexts - 1, nexts
    ).astype(np.int64)
    carriage = (ends > starts) & (raw[np.maximum(ends - 1, 0)] == 13)
    ends = np.where(carriage, ends - 1, ends)
    return Lines(data, starts, ends, nexts)


def _delimiter(first: str) -> str:
    counts = {d: len(first.split(d)) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))


def filter_columnar(
    audience: IndexedAudience,
    data: bytes,
    name: str,
    allowed_out: BinaryIO | None,
    *,
    excluded_out: BinaryIO | None = None,
    mapping: Mapping[str, str] | None = None,
    keep_duplicates: bool = False,
) -> FilterCounts | None:
    """Filter a CSV file held in `data` (which `readable` accepted); None, having written
    nothing, when a cell would need changing to be written (see `_formulas`)."""
    bom = data.startswith(codecs.BOM_UTF8)
    lines = split_lines(data, 3 if bom else 0)
    written = np.flatnonzero(lines.significant(_SPACE))
    if not len(written):
        raise CsvError(f"{name} is empty: the first line must be a header, e.g. address")
    line = data[int(lines.starts[written[0]]) : int(lines.ends[written[0]])].decode()
    delimiter = _delimiter(line)
    present = np.flatnonzero(lines.significant(_SPACE + delimiter.encode()))
    header_row, rows = present[0], present[1:]
    first = data[int(lines.starts[header_row]) : int(lines.ends[header_row])].decode()
    header = [value.strip() for value in first.split(delimiter)]
    columns = resolve(Kind.AUDIENCE, header, mapping, channel=audience.channel, file_name=name)
    if _formulas(data):
        return None
    raw = lines.field(rows, ord(delimiter), columns.indexes["address"])
    column = audience.decide_column(raw)
    first_seen = _first_seen(audience, column, raw, keep_duplicates)
    allowed = first_seen & (column.ranks == ALLOWED)
    excluded = first_seen & (column.ranks != ALLOWED)
    counts = _counts(column, rows, first_seen, allowed, excluded)
    prefix = codecs.BOM_UTF8 if bom else b""
    if allowed_out is not None:
        allowed_out.write(prefix + lines.copy(np.concatenate(([header_row], rows[allowed]))))
    if excluded_out is not None:
        _write_excluded(
            audience,
            column,
            raw,
            lines,
            header_row,
            rows,
            excluded,
            delimiter,
            excluded_out,
            prefix,
        )
    return counts


def _formulas(data: bytes) -> bool:
    """`heed.bulk.cells.may_hold_formulas` on arrays: whether a field (after any of heed's
    delimiters, not only this file's) starts like a spreadsheet formula. Such a file goes the
    row-by-row way, which writes those cells made inert. Plain numbers (`+14155550100`) are
    not formulas, so E.164 files stay on this path. Like that rule it may err on yes (a
    signed cell over 40 bytes), never on no (`tests/bulk/test_csv_injection.py` compares)."""
    raw = np.frombuffer(data, dtype=np.uint8)
    if not len(raw):
        return False
    starts = np.concatenate(([0], np.flatnonzero(any_of(data, _FIELD_BREAKS)) + 1))
    first = raw[starts[starts < len(raw)]]
    if _BYTES[b"=@\t\r"][first].any():
        return True
    signed = starts[starts < len(raw)][_BYTES[b"+-"][first]] + 1
    if not len(signed):
        return False
    ended = data + b"\n"  # the end of the data ends a cell
    padded = np.frombuffer(ended, dtype=np.uint8)
    ends = np.flatnonzero(any_of(ended, _CELL_ENDS))
    lengths = ends[np.searchsorted(ends, signed)] - signed
    if (lengths > _LONGEST_NUMBER).any() or not _BYTES[b"0123456789"][padded[signed]].all():
        return True
    number = _BYTES[b"0123456789 ().-"]
    for length in np.unique(lengths).tolist():
        at = signed[lengths == length]
        for offset in range(1, length):
            if not number[padded[at + offset]].all():
                return True
    return False


def any_of(data: bytes, chosen: bytes) -> npt.NDArray[np.bool_]:
    """Whether each byte is one of `chosen`: one pass of `bytes.translate` (C, a byte at a
    time) instead of a numpy comparison per chosen byte."""
    found = np.frombuffer(data.translate(_TRANSLATIONS[chosen]), dtype=np.uint8)
    return found.view(np.bool_)


class _Translations(dict[bytes, bytes]):
    """`bytes.translate` tables: 1 for the chosen bytes, 0 for every other."""

    def __missing__(self, chosen: bytes) -> bytes:
        table = bytearray(256)
        for byte in chosen:
            table[byte] = 1
        self[chosen] = bytes(table)
        return self[chosen]


_TRANSLATIONS = _Translations()


def _byte_table(chosen: bytes) -> npt.NDArray[np.bool_]:
    table = np.zeros(256, dtype=np.bool_)
    table[np.frombuffer(chosen, dtype=np.uint8)] = True
    return table


class _Tables(dict[bytes, "npt.NDArray[np.bool_]"]):
    """Byte-class tables, built on first use (numpy is imported lazily)."""

    def __missing__(self, chosen: bytes) -> npt.NDArray[np.bool_]:
        self[chosen] = _byte_table(chosen)
        return self[chosen]


_BYTES = _Tables()
_FIELD_BREAKS = b"\n,;|\t"  # a field may start after any of these (heed.bulk.cells)
_CELL_ENDS = b"\r\n,;|\t"
_LONGEST_NUMBER = 40


def _first_seen(
    audience: IndexedAudience, column: Column, raw: pa.Array, keep: bool
) -> npt.NDArray[np.bool_]:
    """Rows that do not repeat an earlier recipient (by canonical address); every row when
    `keep`. Unreadable rows never repeat anything. Emails are compared as text, not keys."""
    n = len(column.keys)
    if keep:
        return np.ones(n, dtype=np.bool_)
    first = ~column.valid
    if audience.channel.address_kind.value == "email":
        valid = np.flatnonzero(column.valid)
        names = [column.addresses.get(i) or str(raw[i].as_py()) for i in valid.tolist()]
        _, at = np.unique(np.array(names, dtype=object), return_index=True)
        first[valid[at]] = True
    else:
        first[column.firsts] = True
    return first


def _counts(
    column: Column,
    rows: npt.NDArray[np.intp],
    first_seen: npt.NDArray[np.bool_],
    allowed: npt.NDArray[np.bool_],
    excluded: npt.NDArray[np.bool_],
) -> FilterCounts:
    tally = np.bincount(column.ranks[excluded].astype(np.intp), minlength=len(CODES))
    by_reason = Counter({CODES[r].value: int(c) for r, c in enumerate(tally.tolist()) if c})
    return FilterCounts(len(rows), int(allowed.sum()), dict(by_reason), int((~first_seen).sum()))


def _write_excluded(
    audience: IndexedAudience,
    column: Column,
    raw: pa.Array,
    lines: Lines,
    header_row: int,
    rows: npt.NDArray[np.intp],
    excluded: npt.NDArray[np.bool_],
    delimiter: str,
    out: BinaryIO,
    prefix: bytes,
) -> None:
    """Excluded rows as they are, with the check's reasons in a last column (every reason,
    from the one decision path, not only the strongest)."""
    terminator = lines.data[int(lines.ends[header_row]) : int(lines.nexts[header_row])] or b"\n"
    head = lines.data[int(lines.starts[header_row]) : int(lines.ends[header_row])]
    parts = [prefix, head, f"{delimiter}{REASONS_COLUMN}".encode(), terminator]
    for i in np.flatnonzero(excluded).tolist():
        line = rows[i]
        parts.append(lines.data[int(lines.starts[line]) : int(lines.ends[line])])
        parts.append(f"{delimiter}{_reasons(audience, column, raw, i)}".encode())
        parts.append(terminator)
    out.write(b"".join(parts))


def _reasons(audience: IndexedAudience, column: Column, raw: pa.Array, row: int) -> str:
    if not column.valid[row]:
        return "invalid_address"
    address = column.addresses.get(row) or audience.address_of(raw, row, column.keys)
    return " ".join(audience.result(address, int(column.keys[row])).codes)
