"""Read a CSV file the way people actually make them: as a stream of rows with line numbers.

Real exports come with a byte-order mark (Excel), `;` as the delimiter (Excel in most of
Europe), quoted fields holding delimiters and newlines, CRLF line ends and blank lines. The
delimiter is read off the header line; blank lines are skipped; every row keeps the number of
the line it starts on, so an error can point at it. Nothing is loaded whole: a file of a
million rows is read a buffer at a time, and `count` walks it once to check it can be read to
the end before anything is imported.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import BinaryIO

from heed.bulk.quoting import read_quotes
from heed.errors import BadInput

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE = 64 * 1024
_EXCEL = b"PK\x03\x04"  # a zip archive: .xlsx, .ods


@dataclass(slots=True)  # not frozen: a frozen dataclass costs a microsecond a row to make
class CsvRow:
    """One record: the line it starts on (the header is line 1 if nothing precedes it)."""

    line: int
    values: list[str]


class CsvError(BadInput):
    """The file cannot be read as CSV at all (not one row of it is imported)."""

    code = "invalid-file"


#: A file to read: its path, or a binary stream already open.
InputFile = str | Path | BinaryIO


def file_name_of(source: InputFile) -> str:
    """The name a file is known by in messages and records: its path's, or the open file's."""
    if isinstance(source, str | Path):
        return Path(source).name
    return Path(str(getattr(source, "name", "upload.csv"))).name


@contextmanager
def open_binary(source: InputFile) -> Iterator[BinaryIO]:
    """A readable, seekable binary stream for a path or an already open file (left open)."""
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.is_file():
            raise BadInput(f"no file at {path}")
        with path.open("rb") as stream:
            yield stream
    else:
        yield source


class CsvFile:
    """A CSV file with a header row, over a seekable binary stream."""

    def __init__(self, stream: BinaryIO, name: str, encoding: str = "utf-8") -> None:
        self.name = name
        self.encoding = _codec(encoding)
        self._stream = stream
        self._start = stream.tell()
        self._is_plain: bool | None = None
        self._quotes = Quotes.NONE  # of a plain file
        #: Whether more than `_INSIDE_SHARE` of a plain file's lines hold quotes the csv module
        #: must read (a file of `Quotes.INSIDE`): `rows` then reads the file whole with it,
        #: which costs less than a line at a time (`_plain_records`).
        self._quoted = False
        self.has_bom = self._sniff_bom()
        self.delimiter = self._sniff_delimiter()
        header = self._header()
        self.header_line = header.line
        self.header = [value.strip() for value in header.values]

    def _sniff_bom(self) -> bool:
        self._stream.seek(self._start)
        head = self._stream.read(4)
        self._stream.seek(self._start)
        if head.startswith(_EXCEL):
            raise CsvError(
                f"{self.name} is a spreadsheet workbook (.xlsx/.ods), not CSV: "
                "save it as CSV (UTF-8) and import that file"
            )
        return head.startswith(codecs.BOM_UTF8)

    def _text(self) -> io.TextIOWrapper:
        self._stream.seek(self._start)
        encoding = "utf-8-sig" if self.encoding == "utf-8" else self.encoding
        buffered = io.BufferedReader(_Unclosed(self._stream), buffer_size=_SAMPLE)
        return io.TextIOWrapper(buffered, encoding=encoding, newline="")

    def _sniff_delimiter(self) -> str:
        """The delimiter that splits the first non-blank line into the most fields (`,` on a
        tie): a header names its columns, so it is the most reliable line to read it from."""
        with self._text() as text:
            try:
                sample = text.read(_SAMPLE)
            except UnicodeDecodeError:
                raise self.undecodable(1) from None
        first = next((line for line in sample.splitlines() if line.strip()), "")
        counts = {d: len(next(csv.reader([first], delimiter=d), [])) for d in DELIMITERS}
        return max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))

    def _header(self) -> CsvRow:
        for row in self._records():
            return row
        raise CsvError(f"{self.name} is empty: the first line must be a header, e.g. address")

    def rows(self) -> Iterator[CsvRow]:
        """Every non-blank row after the header, in file order."""
        records = self._plain_records() if self.plain() and not self._quoted else self._records()
        next(records, None)  # the header
        yield from records

    def plain(self) -> bool:
        """Whether every record is one line: UTF-8 with no NUL or bare carriage return
        anywhere, and no quote but around whole fields that hold no delimiter
        (`"+14155550100","Ann Lee"`, as many CRMs write every field), which then mean nothing
        and are dropped, or on well quoted lines (`"Lee, Ann"`, `"a ""b"" c"`: heed.bulk.quoting),
        or on lines the csv module reads alone as one record, which it then reads (a scan of
        the bytes, made once), as exports and number lists are. The csv module then reads the
        same rows, several times slower."""
        if self._is_plain is None:
            found = None
            if self.encoding == "utf-8":
                found = _plain_bytes(self._stream, self._start, self.has_bom, self.delimiter)
            self._is_plain = found is not None
            self._quotes, self._quoted = found or (Quotes.NONE, False)
        return self._is_plain

    def blocks(self, size: int) -> Iterator[bytes]:
        """The file's bytes from its start, in pieces of at least `size` (but the last) that
        end at a line end, for readers that take a plain file a column at a time (its
        enclosing quotes dropped)."""
        self.plain()
        self._stream.seek(self._start)
        carried = b""
        while read := self._stream.read(size):
            data = carried + read
            cut = data.rfind(b"\n") + 1
            carried = data[cut:]
            if cut:
                yield self._unquoted(data[:cut])
        if carried:
            yield self._unquoted(carried)

    def _unquoted(self, data: bytes) -> bytes:
        """Whole lines of a plain file, with the quotes dropped where each encloses a whole
        field holding no delimiter or quote (`Quotes.ENCLOSING`); else as they are, for a
        reader that minds quotes (heed.bulk.plain_rows)."""
        if self._quotes is Quotes.ENCLOSING:
            return data.replace(b'"', b"")
        return data

    def _plain_records(self) -> Iterator[CsvRow]:
        """`_records` of a plain file (`_plain`), a line at a time with `str.split`."""
        delimiter, limit = self.delimiter, csv.field_size_limit()
        quotes = self._quotes
        with self._text() as text:
            line = 0
            try:
                for line, record in enumerate(text, start=1):
                    if quotes is Quotes.INSIDE and '"' in record:
                        values = one_record(record.rstrip("\r\n"), delimiter, self.name, line)
                    else:  # quotes, if any, only enclose whole fields: they cut nothing
                        record = record.replace('"', "") if quotes else record
                        values = record.rstrip("\r\n").split(delimiter)
                    if len(record) > limit and max(map(len, values)) > limit:
                        raise CsvError(
                            f"{self.name}, line {line}: cannot read it as CSV (field larger "
                            f"than field limit ({limit})); check the quotes on that line"
                        )
                    joined = "".join(values)
                    if joined and not joined.isspace():
                        yield CsvRow(line, values)
            except UnicodeDecodeError:
                raise self.undecodable(line + 1) from None

    def count(self) -> int:
        """Read the whole file once (raising CsvError where it cannot be read); the rows."""
        return sum(1 for _ in self.rows())

    def position(self) -> int:
        """How many bytes of the file have been read so far (for progress)."""
        return self._stream.tell() - self._start

    def size(self) -> int | None:
        try:
            here = self._stream.tell()
            end = self._stream.seek(0, io.SEEK_END)
            self._stream.seek(here)
        except (OSError, ValueError):
            return None
        return end - self._start

    def _records(self) -> Iterator[CsvRow]:
        with self._text() as text:
            reader = csv.reader(text, delimiter=self.delimiter, strict=True)
            last = 0
            while True:
                try:
                    values = next(reader)
                except StopIteration:
                    return
                except UnicodeDecodeError:
                    raise self.undecodable(reader.line_num + 1) from None
                except csv.Error as exc:
                    raise CsvError(
                        f"{self.name}, line {reader.line_num}: cannot read it as CSV ({exc}); "
                        "check the quotes on that line"
                    ) from None
                line, last = last + 1, reader.line_num
                joined = "".join(values)
                if joined and not joined.isspace():
                    if "\x00" in joined:
                        raise CsvError(
                            f"{self.name}, line {line}: contains a NUL character: "
                            "is this really a CSV text file?"
                        )
                    yield CsvRow(line, values)

    def undecodable(self, line: int) -> CsvError:
        return CsvError(
            f"{self.name} is not valid {self.encoding} (near line {line}): save it as UTF-8 "
            '("CSV UTF-8" in Excel) or give its encoding, e.g. --encoding cp1252'
        )


#: Text every encoding heed reads must write as ASCII does: the readers find delimiters,
#: quotes and line ends in the bytes, so UTF-16/32 and transforms such as rot13, base64,
#: hex, uu or punycode (which are not text encodings at all) are refused up front.
_ASCII_PROBE = 'address,phone;name|+1 @."\t\r\n'


def _codec(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
        readable = _ASCII_PROBE.encode(name) == _ASCII_PROBE.encode("ascii")
        readable = readable and _ASCII_PROBE.encode("ascii").decode(name) == _ASCII_PROBE
    except (LookupError, ValueError, TypeError):
        readable = False
    if not readable:
        raise BadInput(
            f"unknown or unsupported encoding {encoding!r}: use one that writes ASCII as ASCII, "
            "e.g. utf-8, cp1252, latin-1"
        )
    return "utf-8" if name in ("utf-8", "utf-8-sig") else name


class Quotes(IntEnum):
    """The quotes of a plain file (`CsvFile.plain`)."""

    NONE = 0
    ENCLOSING = 1  # each encloses a whole field holding no delimiter, quote or line end
    INSIDE = 2  # and some line holds others, which the csv module reads as one record


def _plain_bytes(
    stream: BinaryIO, start: int, bom: bool, delimiter: str
) -> tuple[Quotes, bool] | None:
    """None unless the bytes from `start` hold no NUL and no CR but before an LF, and every
    `"` opens or closes a whole field that holds no delimiter, quote or line end, or is on a
    well quoted line or one the csv module reads alone, as one record (`_alone`); else which
    quotes there are (heed.bulk.quoting.read_quotes), and whether more than `_INSIDE_SHARE`
    of the lines hold quotes where those are more than enclosing ones (`CsvFile._quoted`)."""
    stream.seek(start + 3 * bom)
    quotes = Quotes.NONE
    lines = inside = quoted = 0  # lines seen, those the csv module reads, those with quotes
    carried = b""  # the previous buffer's last line, unfinished
    while True:
        read = stream.read(1 << 20)
        chunk = carried + read
        if b"\x00" in chunk:
            return None
        cut = len(chunk) if not read else chunk.rfind(b"\n") + 1
        body, carried = chunk[:cut], chunk[cut:]
        if len(carried) > _LONGEST:  # no line end for megabytes: the csv module decides
            return None
        if body.count(b"\r") != body.count(b"\r\n"):
            return None
        lines += body.count(b"\n") + (not read)
        if b'"' in body:
            quotes = max(quotes, Quotes.ENCLOSING)
            more, holding, misquoted = read_quotes(body, delimiter)
            quoted += holding
            if more:
                read_alone = _alone(misquoted, delimiter)
                if read_alone is None:
                    return None
                inside += read_alone
                quotes = Quotes.INSIDE
        if lines >= 1000 and inside > _INSIDE_SHARE * lines:  # they would cost more
            return None
        if not read:
            return quotes, quotes is Quotes.INSIDE and quoted > _INSIDE_SHARE * lines


#: A file (of 1,000 lines or more) with more than this share of its lines for the csv module
#: is read by it whole: such a line read alone costs an import ~23 µs, a line split ~8.5, a
#: line of the csv module's whole reading ~15 (200,000 rows, bench/README.md, "Quoted
#: delimiters"): the block reading gains only below ~45%. Well quoted lines are read a block
#: at a time (heed.bulk.quoting), and by the row reader (`CsvFile.rows`) as misquoted ones.
_INSIDE_SHARE = 0.25


def _alone(misquoted: list[bytes], delimiter: str) -> int | None:
    """How many misquoted lines there are (heed.bulk.quoting: a well quoted line is one
    record, read a column at a time), if each of them is one record the csv module reads
    alone (it ends the record at the line's end and finds nothing wrong, so reading it with
    its neighbours would end there too); else None."""
    for line in misquoted:
        try:
            one_record(line.decode(), delimiter, "", 0)
        except (UnicodeDecodeError, CsvError):
            return None
    return len(misquoted)


def without_enclosing_quotes(data: bytes | bytearray, delimiter: str) -> bytes | bytearray | None:
    """`data` with its quotes dropped, when every quote in it opens or closes a whole field
    holding no delimiter, quote or line end (`"+14155550100","Ann Lee"`, as CRMs write every
    field: heed.bulk.quoting.read_quotes), which the csv module reads as the text between
    them and writes back without them; else None. Checked a piece of lines at a time, so as
    not to hold a second copy of a large file for the check."""
    begin = 3 if data.startswith(codecs.BOM_UTF8) else 0
    while begin < len(data):
        end = data.find(b"\n", begin + _PIECE)
        end = len(data) if end < 0 else end + 1
        piece = data[begin:end]
        if b'"' in piece and (
            read_quotes(piece, delimiter)[0] or piece.count(b"\r") != piece.count(b"\r\n")
        ):
            return None  # a quote doing more, or a carriage return a quote may hold
        begin = end
    return data.replace(b'"', b"")


_PIECE = 1 << 24


def one_record(line: str, delimiter: str, name: str, number: int) -> list[str]:
    """The values of one line the csv module reads alone as one record (CsvError if it
    cannot: a quote left open, a quote where none may be), as `CsvFile._records` words it."""
    try:
        return next(csv.reader([line], delimiter=delimiter, strict=True), [])
    except csv.Error as exc:
        raise CsvError(
            f"{name}, line {number}: cannot read it as CSV ({exc}); check the quotes on that line"
        ) from None


_LONGEST = 1 << 24


class _Unclosed(io.RawIOBase):
    """The caller's stream, which closing the text wrapper must leave open."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
