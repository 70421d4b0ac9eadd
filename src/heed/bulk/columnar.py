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
from typing import BinaryIO

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from heed.bulk.cells import may_hold_formulas
from heed.bulk.columns import Kind, resolve
from heed.bulk.csvfile import DELIMITERS, CsvError
from heed.bulk.decide import ALLOWED, CODES
from heed.bulk.filtering import REASONS_COLUMN
from heed.bulk.indexed import Column, IndexedAudience
from heed.bulk.results import FilterCounts

Offsets = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Lines:
    """A file's bytes cut into lines: line i is data[starts[i]:ends[i]] (no terminator),
    followed by its terminator up to starts[i + 1]."""

    data: bytes
    starts: Offsets
    ends: Offsets
    nexts: Offsets  # where the next line starts (after the terminator)

    def text(self, rows: npt.NDArray[np.intp]) -> pa.Array:
        """The chosen lines as an Arrow string column, without copying the bytes twice."""
        lengths = (self.ends - self.starts)[rows]
        offsets = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        mask = _byte_mask(self.starts[rows], self.ends[rows], len(self.data))
        payload = np.frombuffer(self.data, dtype=np.uint8)[mask]
        return pa.LargeStringArray.from_buffers(
            len(rows), pa.py_buffer(offsets), pa.py_buffer(payload.tobytes())
        )

    def copy(self, rows: npt.NDArray[np.intp]) -> bytes:
        """The chosen lines with their terminators, exactly as they are in the file."""
        mask = _byte_mask(self.starts[rows], self.nexts[rows], len(self.data))
        return np.frombuffer(self.data, dtype=np.uint8)[mask].tobytes()


def _byte_mask(starts: Offsets, stops: Offsets, size: int) -> npt.NDArray[np.bool_]:
    """True on every byte inside one of the half-open ranges (sorted, not overlapping)."""
    edges = np.zeros(size + 1, dtype=np.int8)
    np.add.at(edges, starts, 1)
    np.add.at(edges, stops, -1)
    return np.cumsum(edges[:-1], dtype=np.int8).astype(np.bool_)


def readable(data: bytes) -> bool:
    """Whether the columnar reader can take this file (see the module docstring)."""
    if b'"' in data or b"\x00" in data or data.startswith(b"PK\x03\x04"):
        return False
    if may_hold_formulas(data):  # written out cell by cell, made inert (heed.bulk.cells)
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
) -> FilterCounts:
    """Filter a CSV file held in `data` (which `readable` accepted)."""
    bom = data.startswith(codecs.BOM_UTF8)
    lines = split_lines(data, 3 if bom else 0)
    text = lines.text(np.arange(len(lines.starts)))
    blank = _blank(text)
    present = np.flatnonzero(~blank)
    if not len(present):
        raise CsvError(f"{name} is empty: the first line must be a header, e.g. address")
    header_row, rows = present[0], present[1:]
    first = str(text[int(header_row)].as_py())
    delimiter = _delimiter(first)
    header = [value.strip() for value in first.split(delimiter)]
    columns = resolve(Kind.AUDIENCE, header, mapping, channel=audience.channel, file_name=name)
    fields = pc.split_pattern(text.take(pa.array(rows)), delimiter)
    where = columns.indexes["address"]
    enough = pc.greater(pc.list_value_length(fields), where).to_numpy(zero_copy_only=False)
    values = pc.list_element(pc.filter(fields, pa.array(enough)), where)
    raw = _spread(values, enough)
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


def _blank(text: pa.Array) -> npt.NDArray[np.bool_]:
    stripped = pc.utf8_trim_whitespace(text)
    for delimiter in DELIMITERS:
        stripped = pc.replace_substring(stripped, delimiter, "")
    stripped = pc.utf8_trim_whitespace(stripped)
    return np.asarray(pc.equal(pc.utf8_length(stripped), 0).to_numpy(zero_copy_only=False))


def _spread(values: pa.Array, enough: npt.NDArray[np.bool_]) -> pa.Array:
    """`values` placed at the rows that had the field; "" at those that did not."""
    if enough.all():
        return values
    out = np.full(len(enough), "", dtype=object)
    out[enough] = values.to_pylist()
    return pa.array(out.tolist(), type=pa.large_string())


def _first_seen(
    audience: IndexedAudience, column: Column, raw: pa.Array, keep: bool
) -> npt.NDArray[np.bool_]:
    """Rows that do not repeat an earlier recipient (by canonical address); every row when
    `keep`. Unreadable rows never repeat anything. Emails are compared as text, not keys."""
    n = len(column.keys)
    if keep:
        return np.ones(n, dtype=np.bool_)
    first = ~column.valid
    valid = np.flatnonzero(column.valid)
    if audience.channel.address_kind.value == "email":
        names = [column.addresses.get(i) or str(raw[i].as_py()) for i in valid.tolist()]
        _, at = np.unique(np.array(names, dtype=object), return_index=True)
    else:
        _, at = np.unique(column.keys[valid], return_index=True)
    first[valid[at]] = True
    return first


def _counts(
    column: Column,
    rows: npt.NDArray[np.intp],
    first_seen: npt.NDArray[np.bool_],
    allowed: npt.NDArray[np.bool_],
    excluded: npt.NDArray[np.bool_],
) -> FilterCounts:
    ranks, tally = np.unique(column.ranks[excluded], return_counts=True)
    by_reason = Counter({CODES[int(r)].value: int(c) for r, c in zip(ranks, tally, strict=True)})
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
