"""The audience filter a column at a time: a CSV file read as bytes, allowed rows copied out
byte for byte, without a Python step per recipient.

Taken when the file allows it: UTF-8, no quote character anywhere (so every line is one row
and a field is what lies between delimiters), no bare CR and no NUL. A file whose quotes
only enclose whole fields holding no delimiter, quote or line end (as CRMs quote every field)
is read with them dropped, which is what the csv module reads and what the row-by-row filter
writes back. Any other file goes through `heed.bulk.filtering`, row by row, with the same
audience and the same answers.
What is skipped and counted follows `heed.bulk.csvfile`: blank lines (nothing but
delimiters and spaces) are not rows; a row missing the address field has an empty address.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from heed.bulk.arena import Arena, empty, lent, taken
from heed.bulk.columns import Kind, resolve
from heed.bulk.csvfile import (
    DELIMITERS,
    CsvError,
    InputFile,
    open_binary,
    without_enclosing_quotes,
)
from heed.bulk.decide import ALLOWED, CODES, member, sorted_unique
from heed.bulk.filtering import REASONS_COLUMN, ProgressCallback, filter_file, is_json
from heed.bulk.halves import each, in_order, joined, large
from heed.bulk.indexed import Column, IndexedAudience
from heed.bulk.keys import Spans
from heed.bulk.results import FilterCounts
from heed.core.lazy import module

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from heed.bulk.keys import Bytes, Keys
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
    lines: line i is data[starts[i]:ends[i]] (no terminator), its terminator up to nexts[i].
    The lines read are those of data[begin:len(raw)] (a half of a file: heed.bulk.halves),
    every position counted from the start of `data`."""

    data: bytes | bytearray
    raw: Bytes
    breaks: Offsets
    kinds: Bytes  # the byte at each break
    present: frozenset[int]  # the kinds of break the file has
    starts: Offsets
    ends: Offsets
    nexts: Offsets  # where the next line starts (after the terminator)
    firsts: Offsets  # each line's first break (an index in `breaks`)
    begin: int  # where the first line starts

    def field(
        self,
        rows: npt.NDArray[np.intp],
        delimiter: int,
        index: int,
        outside: tuple[Offsets, Offsets] | None = None,
    ) -> Spans:
        """Field `index` of each chosen line ("" where the line has fewer fields), found with
        array operations on the delimiters' positions: every delimiter, or where some are
        inside quotes those `outside` them (heed.bulk.plain_rows: their positions, and how many
        lie before each chosen line). When the file's only breaks are its delimiter and line
        ends, a line's delimiters are its first breaks and the line's own end the next: the
        positions are then read off by index. A field is missing when the delimiter before it
        lies past its line's end, or past the last."""
        starts, ends = _take(self.starts, rows), _take(self.ends, rows)
        if outside is not None:
            marks, before = outside
        elif self.present <= {delimiter, _NEWLINE, _CR}:
            marks, before = self.breaks, _take(self.firsts, rows)
        else:
            marks = self.breaks[self.kinds == delimiter]
            before = np.searchsorted(marks, starts)  # delimiters before each line
        if not len(marks):
            marks = np.array([len(self.raw)], dtype=np.int64)  # after every line
        last = len(marks) - 1
        begin, missing = starts, None
        if index:
            # The mark before the field:
            before_it = np.add(before, index - 1, out=empty(len(before), np.int64))
            missing = before_it > last
            np.minimum(before_it, last, out=before_it)
            begin = taken(marks, before_it)
            begin += 1
            missing |= begin > ends
            after = before_it  # the mark that ends the field (past the last where clipped)
            after += 1
        else:
            after = empty(len(before), np.int64)
            after[:] = before  # a copy: `before` may be a view of the lines' own array
        over = after > last
        np.minimum(after, last, out=after)
        stop = taken(marks, after)
        np.minimum(stop, ends, out=stop)
        if over.any():
            stop[over] = ends[over]
        if missing is not None and missing.any():
            begin[missing], stop[missing] = 0, 0
        return Spans(self.data, begin, stop)

    def line(self, row: int) -> bytes | bytearray:
        """Line `row`'s bytes, without its terminator."""
        return self.data[int(self.starts[row]) : int(self.ends[row])]

    def significant(self, blank: bytes) -> npt.NDArray[np.bool_]:
        """Whether each line has a byte not among `blank` (blank lines: False). Most lines
        show it in their first byte; only the others are looked at whole."""
        if not len(self.starts):
            return np.zeros(0, dtype=np.bool_)
        filled = self.ends > self.starts
        first: Bytes = taken(self.raw, self.starts)  # a start at the end reads the last byte
        unsure = filled & _BYTES[blank][first]
        found = filled & ~unsure
        doubtful = np.flatnonzero(unsure)
        if len(doubtful) > len(self.starts) // 8:  # e.g. every row starts with an empty field
            plain = ~any_of(self.data[: len(self.raw)], blank)
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

    def copy(self, rows: npt.NDArray[np.intp]) -> memoryview:
        """The chosen lines (ascending) with their terminators, exactly as they are in the
        file, in one buffer from `empty` (heed.bulk.arena): each run of neighbouring lines
        is one assignment between memoryviews. For half a million lines that took 12 ms and
        no fresh pages, where joining `bytes` slices took 17-21 ms and ~2,000-6,700 faults."""
        if not len(rows):
            return memoryview(b"")
        steps = np.subtract(rows[1:], rows[:-1], out=empty(len(rows) - 1, np.intp))
        breaks = np.flatnonzero(steps != 1) + 1
        begins = self.starts[rows[np.concatenate(([0], breaks))]]
        stops = self.nexts[rows[np.concatenate((breaks - 1, [len(rows) - 1]))]]
        copied = empty(int((stops - begins).sum()), np.uint8).data
        source = memoryview(self.data)
        at = 0
        for begin, stop in zip(begins.tolist(), stops.tolist(), strict=True):
            end = at + stop - begin
            copied[at:end] = source[begin:stop]
            at = end
        return copied


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
    once: bool = False,
) -> FilterCounts:
    """Filter a recipients file (CSV or JSON) with `audience`: a plain CSV file a column at a
    time (`filter_columnar`; its quotes dropped where each encloses a whole field, see the
    module docstring), JSON and any other CSV row by row (heed.bulk.filtering), with
    the same answers. Every way in (`Engine.filter_audience`, `heed filter`, the API) comes
    through here. A plain CSV file and its arrays are held in memory kept for the next call
    (heed.bulk.arena), except when the process filters `once` (the CLI): a single call takes
    more fresh memory from an arena (no array is given back before the call ends) than from
    malloc, 96,000 faults against 72,000 for a million recipients."""
    with open_binary(source) as stream:
        if not is_json(stream):
            start = stream.tell()
            with nullcontext() if once else lent() as arena:
                data = _rest(stream, arena)
                plain = (  # quotes around whole fields only, as CRMs write them, dropped
                    without_enclosing_quotes(data, _delimiter(_first_line(data)))
                    if b'"' in data
                    else data
                )
                if plain is not None and readable(plain):
                    counts = filter_columnar(
                        audience,
                        plain,
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


def _rest(stream: BinaryIO, arena: Arena | None) -> bytes | bytearray:
    """The rest of `stream`, read in one piece, into `arena`'s kept buffer when there is one
    and the stream can read into it. Its size is measured by seeking to the end and back,
    which also drops what a buffered file still holds of the bytes `is_json` peeked at (read,
    they would be joined to the rest: a second copy of the whole file)."""
    start = stream.tell()
    size = stream.seek(0, io.SEEK_END) - start
    stream.seek(start)
    if arena is not None and isinstance(stream, io.BufferedIOBase | io.RawIOBase):
        return arena.read(stream, size)
    return stream.read()


def readable(data: bytes | bytearray) -> bool:
    """Whether the columnar reader can take this file (see the module docstring)."""
    if b'"' in data or b"\x00" in data or data.startswith(b"PK\x03\x04"):
        return False
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return False
    if not len(data) or np.frombuffer(data, dtype=np.uint8).max() < 0x80:  # ASCII: a third
        return True  # of the time `bytes.isascii` takes (3 ms against 8-11 for a million rows)
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


def split_lines(data: bytes | bytearray, begin: int, stop: int | None = None) -> Lines:
    """The lines of data[begin:stop], the first starting at `begin` (after a BOM, or where a
    file is cut in halves: heed.bulk.halves). Read in place: a half is not copied out."""
    raw = np.frombuffer(data, dtype=np.uint8, count=len(data) if stop is None else stop)
    n = len(raw)
    present = [b for b in _BREAKS if data.find(bytes((b,)), begin, n) >= 0]  # memchr: most two
    breaks = positions(raw[begin:], bytes(present))
    breaks += begin  # positions' array is its own
    kinds = taken(raw, breaks)
    ended = np.flatnonzero(kinds == _NEWLINE)
    # Line i starts at bounds[i] and its successor at bounds[i + 1]: one array, filled in
    # place, of which `starts` and `nexts` are views (every fresh array of a million rows is
    # faulted in page by page: bench/README.md, the filter).
    bounds = empty(len(ended) + 2, np.int64)
    bounds[0], bounds[-1] = begin, n
    np.take(breaks, ended, out=bounds[1:-1], mode="clip")  # "clip": `out` is not buffered
    bounds[1:-1] += 1
    starts, nexts = bounds[:-1], bounds[1:]
    firsts = empty(len(ended) + 1, np.int64)
    firsts[0] = 0
    np.add(ended, 1, out=firsts[1:])
    if starts[-1] == n:  # the file ends with a terminator: no line after it
        starts, nexts, firsts = starts[:-1], nexts[:-1], firsts[:-1]
    # Every line but perhaps the last ends with a newline:
    ends = np.subtract(nexts, 1, out=empty(len(nexts), np.int64))
    if len(ends) and (nexts[-1] == starts[-1] or raw[nexts[-1] - 1] != _NEWLINE):
        ends[-1] = nexts[-1]
    if _CR in present:
        ends -= (ends > starts) & (raw[np.maximum(ends - 1, 0)] == _CR)
    return Lines(data, raw, breaks, kinds, frozenset(present), starts, ends, nexts, firsts, begin)


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
            found_at = np.flatnonzero(mask)
            found_at += start
            pieces.append(found_at)
        if not pieces:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate(pieces, out=empty(sum(len(p) for p in pieces), np.int64))

    return joined(scan, len(raw))


def count(raw: Bytes, byte: int) -> int:
    """How many times `byte` occurs, a block at a time (see `positions`)."""
    mask = np.empty(_BLOCK, dtype=np.bool_)
    total = 0
    for start in range(0, len(raw), _BLOCK):
        piece = raw[start : start + _BLOCK]
        total += int(np.count_nonzero(np.equal(piece, byte, out=mask[: len(piece)])))
    return total


_BLOCK = 1 << 18


def _first_line(data: bytes | bytearray) -> str:
    """The first line holding more than spaces (the header, from which `_header` reads the
    delimiter), as text."""
    begin = 3 if data.startswith(codecs.BOM_UTF8) else 0
    while begin < len(data):
        end = data.find(b"\n", begin)
        end = len(data) if end < 0 else end
        if data[begin:end].strip():
            return bytes(data[begin:end]).decode("utf-8", "replace")
        begin = end + 1
    return ""


def _delimiter(first: str) -> str:
    counts = {d: len(first.split(d)) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))


def filter_columnar(
    audience: IndexedAudience,
    data: bytes | bytearray,
    name: str,
    allowed_out: BinaryIO | None,
    *,
    excluded_out: BinaryIO | None = None,
    mapping: Mapping[str, str] | None = None,
    keep_duplicates: bool = False,
) -> FilterCounts | None:
    """Filter a CSV file held in `data` (which `readable` accepted); None, having written
    nothing, when a cell would need changing to be written (see `_formulas`).

    A large file is cut in two at a line end and each half read, decided and copied on its
    own thread (heed.bulk.halves), the halves' answers joined in file order; only the
    repeats are found across them (`_first_seen`)."""
    skip = 3 if data.startswith(codecs.BOM_UTF8) else 0

    def lines_of(piece: slice) -> Lines:
        return split_lines(data, piece.start or skip, piece.stop)

    parts = each(lines_of, _cut(data))
    head = _header(parts[0])
    if head is None and len(parts) > 1:  # not in the first half: read the file whole
        parts = [split_lines(data, skip)]
        head = _header(parts[0])
    if head is None:
        raise CsvError(f"{name} is empty: the first line must be a header, e.g. address")
    delimiter, header_row = head
    blank = _SPACE + delimiter.encode()
    header = [value.strip() for value in parts[0].line(header_row).decode().split(delimiter)]
    columns = resolve(Kind.AUDIENCE, header, mapping, channel=audience.channel, file_name=name)
    index = columns.indexes["address"]

    def decided(lines: Lines) -> _Part | None:
        rows = np.flatnonzero(lines.significant(blank))
        if lines is parts[0]:
            rows = rows[1:]  # the header
        raw = lines.field(rows, ord(delimiter), index)
        column = audience.decide_column(raw)
        if _formulas(lines, raw.begins[column.proved]):
            return None
        return _Part(lines, rows, raw, column)

    found = each(decided, parts)
    decided_parts = [part for part in found if part is not None]
    if len(decided_parts) < len(found):
        return None
    first_seen = _FirstSeen(audience, decided_parts, keep_duplicates)

    def answered(number: int) -> _Answer:
        part = decided_parts[number]
        first = first_seen.of(number)
        ranks = part.column.ranks
        allowed = first & (ranks == ALLOWED)
        excluded = first & (ranks != ALLOWED)
        copied = memoryview(b"")
        if allowed_out is not None:
            chosen = part.rows[allowed]
            if not number:
                chosen = np.concatenate(([header_row], chosen), out=empty(len(chosen) + 1, np.intp))
            copied = part.lines.copy(chosen)
        by_rank = np.bincount(ranks[excluded].astype(np.intp), minlength=len(CODES))
        repeats = len(first) - int(np.count_nonzero(first))
        return _Answer(excluded, copied, int(np.count_nonzero(allowed)), by_rank, repeats)

    def written(answer: _Answer) -> None:
        if allowed_out is not None:
            allowed_out.write(answer.copied)

    prefix = codecs.BOM_UTF8 if skip else b""
    if allowed_out is not None:
        allowed_out.write(prefix)
    answers = in_order(answered, range(len(decided_parts)), written)
    if excluded_out is not None:
        excluded = [answer.excluded for answer in answers]
        _write_excluded(
            audience, decided_parts, excluded, header_row, delimiter, excluded_out, prefix
        )
    return _counts(decided_parts, answers)


def _header(lines: Lines) -> tuple[str, int] | None:
    """The delimiter (guessed from the first line that is not blank) and the header's line:
    the first with more than spaces and delimiters."""
    written = lines.first_significant(_SPACE)
    if written is None:
        return None
    delimiter = _delimiter(lines.line(written).decode())
    row = lines.first_significant(_SPACE + delimiter.encode())
    return None if row is None else (delimiter, row)


def _cut(data: bytes | bytearray) -> list[slice]:
    """The file whole, or when large (at least `MIN_ROWS` of the shortest rows heed reads)
    its two halves, the first ending with the first line end past the middle."""
    whole = [slice(0, len(data))]
    if not large(len(data) // _SHORTEST_ROW):
        return whole
    middle = data.find(b"\n", len(data) // 2) + 1
    if not 0 < middle < len(data):
        return whole
    return [slice(0, middle), slice(middle, len(data))]


_SHORTEST_ROW = 16  # bytes: "+", a number of 11-15 digits, a line end


@dataclass(frozen=True)
class _Answer:
    """One part's rows answered: which are excluded, the allowed lines copied as they are
    (after the header, in the first part), and what is counted: the rows allowed, those
    excluded by their strongest reason (a count per rank), the repeats."""

    excluded: npt.NDArray[np.bool_]
    copied: memoryview
    allowed: int
    by_rank: npt.NDArray[np.intp]
    repeats: int


@dataclass(frozen=True)
class _Part:
    """One half of a file (or the whole): its recipients' lines, address field, answers."""

    lines: Lines
    rows: npt.NDArray[np.intp]  # the recipients' lines (the header is not one)
    raw: Spans
    column: Column


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
    if numbers is not None and _every_plus(lines, numbers):
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
    """Where the cells that start with one of `chosen` start and end. A cell starts where the
    lines do and after every break but a CR, and ends at the next break (or the end). Found from the
    chosen bytes, which are few in most files (memchr says which occur at all), not from
    the breaks, which are every cell's."""
    raw, data, n, begin = lines.raw, lines.data, len(lines.raw), lines.begin
    occurring = bytes(
        b
        for b in chosen
        if (b in lines.present if b in _BREAKS else data.find(bytes((b,)), begin, n) >= 0)
    )
    if n <= begin or not occurring:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    at = positions(raw[begin:], occurring)
    at += begin  # positions' array is its own
    before = raw[np.maximum(at - 1, 0)]
    opened = _BYTES[_BREAKS][before] & (before != _CR)
    if len(at) and at[0] == begin:  # the first line's first cell (after any BOM)
        opened[0] = True
    starts = at[opened]
    ends = np.full(len(starts), n, dtype=np.int64)
    following = np.searchsorted(lines.breaks, starts)
    inside = following < len(lines.breaks)
    ends[inside] = lines.breaks[following[inside]]
    return starts, ends


def _every_plus(lines: Lines, numbers: Offsets) -> bool:
    """Whether the cells known to be numbers at `numbers` hold every "+" of the lines."""
    raw = lines.raw
    if not len(numbers) or count(raw[lines.begin :], _PLUS) != len(numbers):
        return False
    return _signed_cells(raw, numbers)


def _signed_cells(raw: Bytes, at: Offsets) -> bool:
    """Whether each of these distinct positions starts a cell with "+": "+" there, and at the
    start or after a break that opens a cell (the caller's promise, checked)."""
    before = np.subtract(at, 1, out=empty(len(at), np.int64))
    np.maximum(before, 0, out=before)
    after = taken(raw, before)
    opened = (at == 0) | (_BYTES[_BREAKS][after] & (after != _CR))
    rising = np.greater(at[1:], at[:-1], out=empty(max(len(at) - 1, 0), np.bool_))
    return bool((taken(raw, at) == _PLUS).all() and opened.all() and rising.all())


def _among(sorted_values: Offsets, values: Offsets) -> npt.NDArray[np.bool_]:
    at = np.minimum(np.searchsorted(sorted_values, values), len(sorted_values) - 1)
    return np.asarray(sorted_values[at] == values, dtype=np.bool_)


def any_of(data: bytes | bytearray, chosen: bytes) -> npt.NDArray[np.bool_]:
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


class _FirstSeen:
    """Which rows of each part do not repeat an earlier recipient of the file (by canonical
    address), in the part or a part before it; every row when `keep`. Unreadable rows never
    repeat anything. Emails are compared as text, not keys, all parts at once; phone numbers
    part by part (`of`), each part on its thread: only its keys that are the part's first
    are looked for among the parts before it."""

    def __init__(self, audience: IndexedAudience, parts: list[_Part], keep: bool) -> None:
        self.parts, self.keep = parts, keep
        email = audience.channel.address_kind.value == "email"
        self.texts = self._by_text() if email and not keep else None

    def of(self, number: int) -> npt.NDArray[np.bool_]:
        column = self.parts[number].column
        if self.keep:
            return np.ones(len(column.keys), dtype=np.bool_)
        if self.texts is not None:
            return self.texts[number]
        first = ~column.valid
        rows = column.firsts  # each key's first row in the part, by ascending key
        if number:
            rows = rows[~member(self._keys_before(number), column.keys[rows])]
        first[rows] = True
        return first

    def _keys_before(self, number: int) -> Keys:
        """The distinct keys of the parts before part `number`, ascending."""
        keys = [part.column.keys[part.column.firsts] for part in self.parts[:number]]
        return keys[0] if len(keys) == 1 else sorted_unique(np.concatenate(keys))

    def _by_text(self) -> list[npt.NDArray[np.bool_]]:
        firsts = [~part.column.valid for part in self.parts]
        valid = [np.flatnonzero(part.column.valid) for part in self.parts]
        names = [
            part.column.addresses.get(i) or part.raw.text(i)
            for part, rows in zip(self.parts, valid, strict=True)
            for i in rows.tolist()
        ]
        _, at = np.unique(np.array(names, dtype=object), return_index=True)
        ends = np.cumsum([len(rows) for rows in valid])
        for first, rows, end in zip(firsts, valid, ends, strict=True):
            mine = at[(at >= end - len(rows)) & (at < end)]
            first[rows[mine - (end - len(rows))]] = True
        return firsts


def _counts(parts: list[_Part], answers: list[_Answer]) -> FilterCounts:
    tally = sum(answer.by_rank for answer in answers)
    by_reason = {CODES[r].value: int(c) for r, c in enumerate(np.asarray(tally).tolist()) if c}
    return FilterCounts(
        sum(len(part.rows) for part in parts),
        sum(answer.allowed for answer in answers),
        by_reason,
        sum(answer.repeats for answer in answers),
    )


def _write_excluded(
    audience: IndexedAudience,
    parts: list[_Part],
    excluded: list[npt.NDArray[np.bool_]],
    header_row: int,
    delimiter: str,
    out: BinaryIO,
    prefix: bytes,
) -> None:
    """Excluded rows as they are, with the check's reasons in a last column (every reason,
    from the one decision path, not only the strongest)."""
    lines = parts[0].lines
    terminator = lines.data[int(lines.ends[header_row]) : int(lines.nexts[header_row])] or b"\n"
    pieces = [prefix, lines.line(header_row), f"{delimiter}{REASONS_COLUMN}".encode(), terminator]
    for part, chosen in zip(parts, excluded, strict=True):
        rows = np.flatnonzero(chosen).tolist()
        for row, reasons in zip(rows, _reasons(audience, part.column, part.raw, rows), strict=True):
            pieces.append(part.lines.line(int(part.rows[row])))
            pieces.append(f"{delimiter}{reasons}".encode())
            pieces.append(terminator)
    out.write(b"".join(pieces))


def _reasons(audience: IndexedAudience, column: Column, raw: Spans, rows: list[int]) -> list[str]:
    """The reasons column of each of `rows` (excluded): every reason's code, strongest first."""
    readable = [row for row in rows if column.valid[row]]
    addresses = [
        column.addresses.get(row) or audience.address_of(raw, row, column.keys) for row in readable
    ]
    codes = dict(
        zip(readable, audience.codes(addresses, column.keys[readable].tolist()), strict=True)
    )
    return [" ".join(codes[row]) if row in codes else "invalid_address" for row in rows]
