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
from heed.bulk.csvfile import DELIMITERS, CsvError, InputFile, open_binary
from heed.bulk.decide import ALLOWED, CODES
from heed.bulk.filtering import REASONS_COLUMN, ProgressCallback, filter_file, is_json
from heed.bulk.halves import in_halves
from heed.bulk.indexed import Column, IndexedAudience
from heed.bulk.keys import Spans
from heed.bulk.results import FilterCounts
from heed.core.lazy import module

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from heed.bulk.keys import Bytes
else:
    np = module("numpy")

if TYPE_CHECKING:
    Offsets = npt.NDArray[np.int64]
_SPACE = b" \t\r\n\x0b\x0c"
#: Every byte that ends a cell (heed.bulk.cells): heed's delimiters and the line ends.
_BREAKS = b"\n\r,;|\t"
_NEWLINE, _CR, _PLUS = 10, 13, 43
_STARTS = b"=@\t\r+-"  # what a cell a spreadsheet would run starts with (heed.bulk.cells)


@dataclass(frozen=True)
class Lines:
    """A file's bytes read once for their structure: where every byte that ends a cell is
    (`breaks`, ascending: one pass over the bytes, everything else works on these), and the
    lines: line i is data[starts[i]:ends[i]] (no terminator), its terminator up to nexts[i]."""

    data: bytes
    raw: Bytes
    breaks: Offsets
    kinds: Bytes  # the byte at each break
    present: frozenset[int]  # the kinds of break the file has
    starts: Offsets
    ends: Offsets
    nexts: Offsets  # where the next line starts (after the terminator)
    firsts: Offsets  # each line's first break (an index in `breaks`)

    def field(self, rows: npt.NDArray[np.intp], delimiter: int, index: int) -> Spans:
        """Field `index` of each chosen line ("" where the line has fewer fields), found with
        array operations on the delimiters' positions (no quotes to mind). When the file's
        only breaks are its delimiter and line ends, a line's delimiters are its first breaks
        and the line's own end the next: the positions are then read off by index. A field
        is missing when the delimiter before it lies past its line's end, or past the last."""
        starts, ends = _take(self.starts, rows), _take(self.ends, rows)
        if self.present <= {delimiter, _NEWLINE, _CR}:
            marks, before = self.breaks, _take(self.firsts, rows)
        else:
            marks = self.breaks[self.kinds == delimiter]
            before = np.searchsorted(marks, starts)  # delimiters before each line
        if not len(marks):
            marks = np.array([len(self.data)], dtype=np.int64)  # after every line
        last = len(marks) - 1
        after = before + index  # the mark that ends the field, if it lies within the line
        begin, missing = starts, None
        if index:
            before_it = after - 1
            missing = before_it > last
            np.minimum(before_it, last, out=before_it)
            begin = marks[before_it]
            begin += 1
            missing |= begin > ends
        over = after > last
        np.minimum(after, last, out=after)
        stop = marks[after]
        np.minimum(stop, ends, out=stop)
        if over.any():
            stop[over] = ends[over]
        if missing is not None and missing.any():
            begin[missing], stop[missing] = 0, 0
        return Spans(self.data, begin, stop)

    def significant(self, blank: bytes) -> npt.NDArray[np.bool_]:
        """Whether each line has a byte not among `blank` (blank lines: False). Most lines
        show it in their first byte; only the others are looked at whole."""
        if not len(self.starts):
            return np.zeros(0, dtype=np.bool_)
        filled = self.ends > self.starts
        first = self.raw[np.minimum(self.starts, len(self.raw) - 1)]
        unsure = filled & _BYTES[blank][first]
        found = filled & ~unsure
        doubtful = np.flatnonzero(unsure)
        if len(doubtful) > len(self.starts) // 8:  # e.g. every row starts with an empty field
            plain = ~any_of(self.data, blank)
            return np.asarray(np.logical_or.reduceat(plain, self.starts) & filled)
        data = self.data
        for line in doubtful.tolist():
            piece = data[int(self.starts[line]) : int(self.ends[line])]
            found[line] = bool(piece.translate(None, blank))
        return found

    def first_significant(self, blank: bytes) -> int | None:
        """The first line with a byte not among `blank` (None if every line is blank): read
        line by line, as it is most often the first, else from `significant`."""
        data = self.data
        for line in range(min(len(self.starts), 64)):
            if data[int(self.starts[line]) : int(self.ends[line])].translate(None, blank):
                return line
        if len(self.starts) <= 64:
            return None
        found = np.flatnonzero(self.significant(blank))
        return int(found[0]) if len(found) else None

    def copy(self, rows: npt.NDArray[np.intp]) -> bytes:
        """The chosen lines (ascending) with their terminators, exactly as they are in the
        file: each run of neighbouring lines is one slice of the bytes (plain `bytes`
        slices: building a `slice` and a memoryview per run cost 3-4x as much)."""
        if not len(rows):
            return b""
        breaks = np.flatnonzero(np.diff(rows) != 1) + 1
        first = rows[np.concatenate(([0], breaks))]
        last = rows[np.concatenate((breaks - 1, [len(rows) - 1]))]
        data = self.data
        pairs = zip(self.starts[first].tolist(), self.nexts[last].tolist(), strict=True)
        return b"".join([data[start:end] for start, end in pairs])


def filter_recipients(
    audience: IndexedAudience,
    source: InputFile,
    name: str,
    allowed_out: BinaryIO | None,
    *,
    excluded_out: BinaryIO | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    keep_duplicates: bool = False,
) -> FilterCounts:
    """Filter a recipients file (CSV or JSON) with `audience`: a plain CSV file a column at a
    time (`filter_columnar`), JSON and CSV with quotes row by row (heed.bulk.filtering), with
    the same answers. Every way in (`Engine.filter_audience`, `heed filter`, the API) comes
    through here."""
    with open_binary(source) as stream:
        if not is_json(stream):
            start = stream.tell()
            data = stream.read()
            if readable(data):
                counts = filter_columnar(
                    audience,
                    data,
                    name,
                    allowed_out,
                    excluded_out=excluded_out,
                    mapping=mapping,
                    keep_duplicates=keep_duplicates,
                )
                if counts is not None:
                    if progress is not None:
                        progress(len(data), len(data))
                    return counts
            stream.seek(start)
        return filter_file(
            audience,
            stream,
            name,
            allowed_out,
            excluded_out=excluded_out,
            mapping=mapping,
            progress=progress,
            keep_duplicates=keep_duplicates,
        )


def readable(data: bytes) -> bool:
    """Whether the columnar reader can take this file (see the module docstring)."""
    if b'"' in data or b"\x00" in data or data.startswith(b"PK\x03\x04"):
        return False
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return False
    if data.isascii():
        return True
    try:
        codecs.decode(data, "utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _take(values: Offsets, rows: npt.NDArray[np.intp]) -> Offsets:
    """values[rows] for ascending `rows`: a view when they are a run of neighbours (a file's
    rows after its header, as most files have them), else a gather."""
    if len(rows) and int(rows[-1]) - int(rows[0]) == len(rows) - 1:
        return values[int(rows[0]) : int(rows[-1]) + 1]
    return values[rows]


def split_lines(data: bytes, skip: int) -> Lines:
    raw = np.frombuffer(data, dtype=np.uint8)
    present = [b for b in _BREAKS if bytes((b,)) in data]  # memchr: most files have two
    breaks = positions(raw, bytes(present))
    kinds = raw[breaks]
    ended = np.flatnonzero(kinds == _NEWLINE)
    newlines = breaks[ended]
    starts = np.concatenate(([skip], newlines + 1))
    nexts = np.concatenate((newlines + 1, [len(data)]))
    firsts = np.concatenate(([0], ended + 1))
    if starts[-1] == len(data):  # the file ends with a terminator: no line after it
        starts, nexts, firsts = starts[:-1], nexts[:-1], firsts[:-1]
    ends = nexts - 1  # every line but perhaps the last ends with a newline
    if len(ends) and (nexts[-1] == starts[-1] or raw[nexts[-1] - 1] != _NEWLINE):
        ends[-1] = nexts[-1]
    if _CR in present:
        ends -= (ends > starts) & (raw[np.maximum(ends - 1, 0)] == _CR)
    return Lines(data, raw, breaks, kinds, frozenset(present), starts, ends, nexts, firsts)


def positions(raw: Bytes, chosen: bytes) -> Offsets:
    """Where the bytes among `chosen` are, ascending. The bytes are scanned a block at a
    time into one small reused mask (`_BLOCK`, in cache), each half on its own thread: masks
    of the file's size cost more to fault in than to compute (bench/README.md, the filter)."""
    if not chosen:
        return np.zeros(0, dtype=np.int64)

    def scan(part: slice) -> Offsets:
        found, other = np.empty(_BLOCK, dtype=np.bool_), np.empty(_BLOCK, dtype=np.bool_)
        pieces = []
        for start in range(part.start or 0, part.stop, _BLOCK):
            piece = raw[start : min(start + _BLOCK, part.stop)]
            mask, spare = found[: len(piece)], other[: len(piece)]
            np.equal(piece, chosen[0], out=mask)
            for byte in chosen[1:]:
                mask |= np.equal(piece, byte, out=spare)
            pieces.append(np.flatnonzero(mask) + start)
        return np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)

    return np.concatenate(in_halves(scan, len(raw)))


def count(raw: Bytes, byte: int) -> int:
    """How many times `byte` occurs, a block at a time (see `positions`)."""
    mask = np.empty(_BLOCK, dtype=np.bool_)
    total = 0
    for start in range(0, len(raw), _BLOCK):
        piece = raw[start : start + _BLOCK]
        total += int(np.count_nonzero(np.equal(piece, byte, out=mask[: len(piece)])))
    return total


_BLOCK = 1 << 18


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
    written = lines.first_significant(_SPACE)
    if written is None:
        raise CsvError(f"{name} is empty: the first line must be a header, e.g. address")
    line = data[int(lines.starts[written]) : int(lines.ends[written])].decode()
    delimiter = _delimiter(line)
    present = np.flatnonzero(lines.significant(_SPACE + delimiter.encode()))
    header_row, rows = present[0], present[1:]
    first = data[int(lines.starts[header_row]) : int(lines.ends[header_row])].decode()
    header = [value.strip() for value in first.split(delimiter)]
    columns = resolve(Kind.AUDIENCE, header, mapping, channel=audience.channel, file_name=name)
    raw = lines.field(rows, ord(delimiter), columns.indexes["address"])
    column = audience.decide_column(raw)
    if _formulas(lines, raw.begins[column.proved]):
        return None
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


def _formulas(lines: Lines, numbers: Offsets | None = None) -> bool:
    """`heed.bulk.cells.may_hold_formulas` on arrays: whether a field (after any of heed's
    delimiters, not only this file's) starts like a spreadsheet formula. Such a file goes the
    row-by-row way, which writes those cells made inert. Plain numbers (`+14155550100`) are
    not formulas, so E.164 files stay on this path. Like that rule it may err on yes (a
    signed cell over 40 bytes), never on no (`tests/bulk/test_csv_injection.py` compares).
    `numbers` (ascending) are where cells known to be plain numbers begin, such as the
    addresses proved canonical E.164: they are not read again, and when the file has no
    other "+" (one count of a byte) its "+" is not looked for at all."""
    raw = lines.raw
    chosen = _STARTS
    if numbers is not None and _every_plus(raw, numbers):
        chosen, numbers = _STARTS.replace(b"+", b""), None  # every "+" opens a number
    starts, ends = _cells_opening(lines, chosen)
    if _BYTES[b"=@\t\r"][raw[starts]].any():
        return True
    # Every other cell found starts with a sign: it must be a number.
    if numbers is not None and len(numbers) and len(starts):
        if len(numbers) == len(starts) and _signed_cells(raw, numbers):
            return False  # the known numbers are every signed cell
        unknown = ~_among(numbers, starts)
        starts, ends = starts[unknown], ends[unknown]
    if not len(starts):
        return False
    at, lengths = starts + 1, ends - starts - 1
    if (lengths < 1).any() or (lengths > _LONGEST_NUMBER).any():
        return True
    if not _BYTES[b"0123456789"][raw[at]].all():
        return True
    number = _BYTES[b"0123456789 ().-"]
    for length in np.unique(lengths).tolist():
        chosen_rows = at[lengths == length]
        for offset in range(1, length):
            if not number[raw[chosen_rows + offset]].all():
                return True
    return False


def _cells_opening(lines: Lines, chosen: bytes) -> tuple[Offsets, Offsets]:
    """Where the cells that start with one of `chosen` start and end. A cell starts at 0 and
    after every break but a CR, and ends at the next break (or the end). Found from the
    chosen bytes, which are few in most files (memchr says which occur at all), not from
    the breaks, which are every cell's."""
    raw, data, n = lines.raw, lines.data, len(lines.raw)
    occurring = bytes(
        b for b in chosen if (b in lines.present if b in _BREAKS else bytes((b,)) in data)
    )
    if not n or not occurring:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    at = positions(raw, occurring)
    before = raw[np.maximum(at - 1, 0)]
    opened = _BYTES[_BREAKS][before] & (before != _CR)
    if len(at) and at[0] == 0:
        opened[0] = True
    starts = at[opened]
    ends = np.full(len(starts), n, dtype=np.int64)
    following = np.searchsorted(lines.breaks, starts)
    inside = following < len(lines.breaks)
    ends[inside] = lines.breaks[following[inside]]
    return starts, ends


def _every_plus(raw: Bytes, numbers: Offsets) -> bool:
    """Whether the cells known to be numbers at `numbers` hold every "+" of the file."""
    return bool(len(numbers)) and count(raw, _PLUS) == len(numbers) and _signed_cells(raw, numbers)


def _signed_cells(raw: Bytes, at: Offsets) -> bool:
    """Whether each of these distinct positions starts a cell with "+": "+" there, and at the
    start or after a break that opens a cell (the caller's promise, checked)."""
    after = raw[np.maximum(at - 1, 0)]
    opened = (at == 0) | (_BYTES[_BREAKS][after] & (after != _CR))
    return bool((raw[at] == _PLUS).all() and opened.all() and (np.diff(at) > 0).all())


def _among(sorted_values: Offsets, values: Offsets) -> npt.NDArray[np.bool_]:
    at = np.minimum(np.searchsorted(sorted_values, values), len(sorted_values) - 1)
    return np.asarray(sorted_values[at] == values, dtype=np.bool_)


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
_LONGEST_NUMBER = 40


def _first_seen(
    audience: IndexedAudience, column: Column, raw: Spans, keep: bool
) -> npt.NDArray[np.bool_]:
    """Rows that do not repeat an earlier recipient (by canonical address); every row when
    `keep`. Unreadable rows never repeat anything. Emails are compared as text, not keys."""
    n = len(column.keys)
    if keep:
        return np.ones(n, dtype=np.bool_)
    first = ~column.valid
    if audience.channel.address_kind.value == "email":
        valid = np.flatnonzero(column.valid)
        names = [column.addresses.get(i) or raw.text(i) for i in valid.tolist()]
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
    raw: Spans,
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


def _reasons(audience: IndexedAudience, column: Column, raw: Spans, row: int) -> str:
    if not column.valid[row]:
        return "invalid_address"
    address = column.addresses.get(row) or audience.address_of(raw, row, column.keys)
    return " ".join(audience.result(address, int(column.keys[row])).codes)
