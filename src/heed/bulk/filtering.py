"""Run a recipients file through an `Audience`: allowed rows out, counts by reason.

CSV in gives CSV out with the same header, delimiter and columns; JSON (an array, or JSON
Lines) gives the same JSON shape back, each element written as the file wrote it. Each
recipient is counted under its strongest reason (the first the check reports). A recipient
listed twice is written once and counted under `duplicates` (after its canonical form:
"+1 415 555 0100" repeats "+14155550100"), so a campaign never sends twice; `keep_duplicates`
writes every row and remembers nothing, for files too large to keep every address of in memory.

The rows are read one at a time (the csv module, the JSON parser) but decided `_BATCH` at a
time, a column at a time (`IndexedAudience.verdicts`): only the excluded recipients written
to an excluded file are asked the whole check, whose reasons are written with them.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import islice
from typing import IO, Any, BinaryIO, Protocol, TypeVar

from heed.bulk.audience import Verdict
from heed.bulk.cells import inert_row
from heed.bulk.columns import EMAIL_NAMES, PHONE_NAMES, Columns, Kind, normalised, resolve
from heed.bulk.csvfile import CsvFile, CsvRow
from heed.bulk.jsonfile import Element, elements
from heed.bulk.results import FilterCounts
from heed.core.vocabulary import Channel
from heed.engine.collector import collector_paused

ProgressCallback = Callable[[int, int | None], None]


class Audience(Protocol):
    """What decides each recipient (heed.bulk.indexed.IndexedAudience)."""

    channel: Channel

    def verdicts(self, raws: Sequence[str], *, reasons: bool) -> list[Verdict]: ...


T = TypeVar("T")
_BATCH = 5_000  # rows decided together (`IndexedAudience.verdicts`), then progress reported
REASONS_COLUMN = "heed_reasons"


@dataclass
class _Tally:
    audience: Audience
    keep_duplicates: bool
    reasons: bool  # each refused recipient's every reason is written (`Verdict.reasons`)
    total: int = 0
    allowed: int = 0
    duplicates: int = 0
    excluded: Counter[str] = field(default_factory=Counter)
    seen: set[str] = field(default_factory=set)

    def decide(self, raws: Sequence[str]) -> list[Verdict | None]:
        """Each recipient's verdict, in order, None for one that repeats an earlier one."""
        found: list[Verdict | None] = []
        for verdict in self.audience.verdicts(raws, reasons=self.reasons):
            self.total += 1
            if verdict.address is not None and not self.keep_duplicates:
                if verdict.address in self.seen:
                    self.duplicates += 1
                    found.append(None)
                    continue
                self.seen.add(verdict.address)
            if verdict.code is None:
                self.allowed += 1
            else:
                self.excluded[verdict.code] += 1
            found.append(verdict)
        return found

    def counts(self) -> FilterCounts:
        return FilterCounts(self.total, self.allowed, dict(self.excluded), self.duplicates)


def _in_batches(
    items: Iterable[T], work: Callable[[list[T]], None], report: Callable[[], None]
) -> None:
    """`work` on `items` in lists of `_BATCH` (the last may be shorter), reporting after
    each, with Python's cycle collector paused while a batch is read and worked on
    (heed.engine.collector): a row's objects are in no cycle, and the collector walking a
    batch's again and again was ~60% of a million-row JSON filter's time (bench/README.md)."""
    iterator = iter(items)
    while True:
        with collector_paused():
            batch = list(islice(iterator, _BATCH))
            if not batch:
                return
            work(batch)
        report()


def _starts_with(stream: BinaryIO, *chars: bytes) -> bool:
    """Whether the file's first character (after any BOM and whitespace) is one of `chars`,
    read without moving the stream."""
    start = stream.tell()
    head = stream.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    stream.seek(start)
    return head[:1] in chars


def is_json(stream: BinaryIO) -> bool:
    """Whether the file is JSON (an array, or JSON Lines of objects)."""
    return _starts_with(stream, b"[", b"{")


def filter_file(
    audience: Audience,
    source: BinaryIO,
    name: str,
    allowed_out: BinaryIO | None,
    *,
    excluded_out: BinaryIO | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    keep_duplicates: bool = False,
) -> FilterCounts:
    """Filter `source` (CSV or JSON) into `allowed_out` (and `excluded_out`, with reasons)."""
    tally = _Tally(audience, keep_duplicates, excluded_out is not None)
    size = _size(source)
    start = source.tell()

    def report() -> None:
        if progress is not None:
            progress(source.tell() - start, size)

    if is_json(source):
        _filter_json(tally, source, name, allowed_out, excluded_out, mapping, report)
    else:
        _filter_csv(tally, source, name, allowed_out, excluded_out, mapping, report)
    if progress is not None:
        progress(size or source.tell() - start, size)
    return tally.counts()


def _size(stream: BinaryIO) -> int | None:
    try:
        here = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(here)
    except (OSError, ValueError):
        return None
    return end - here


def _text_out(stack: ExitStack, stream: BinaryIO | None, bom: bool = False) -> IO[str] | None:
    if stream is None:
        return None
    text = io.TextIOWrapper(stream, encoding="utf-8-sig" if bom else "utf-8", newline="")
    stack.callback(text.detach)  # flushes, and leaves the caller's stream open
    return text


def _filter_csv(
    tally: _Tally,
    source: BinaryIO,
    name: str,
    allowed_out: BinaryIO | None,
    excluded_out: BinaryIO | None,
    mapping: Mapping[str, str] | None,
    report: Callable[[], None],
) -> None:
    table = CsvFile(source, name)
    columns = resolve(
        Kind.AUDIENCE, table.header, mapping, channel=tally.audience.channel, file_name=name
    )
    with ExitStack() as stack:
        allowed = _writer(stack, allowed_out, table, columns, False)
        excluded = _writer(stack, excluded_out, table, columns, True)

        def written(rows: list[CsvRow]) -> None:
            verdicts = tally.decide([columns.value(row.values, "address") for row in rows])
            for row, verdict in zip(rows, verdicts, strict=True):
                if verdict is None:
                    continue
                if verdict.code is None:
                    if allowed is not None:
                        allowed.writerow(inert_row(row.values))
                elif excluded is not None:
                    excluded.writerow(inert_row([*row.values, " ".join(_reasons(verdict))]))

        _in_batches(table.rows(), written, report)


def _writer(
    stack: ExitStack, stream: BinaryIO | None, table: CsvFile, columns: Columns, reasons: bool
) -> Any:
    text = _text_out(stack, stream, table.has_bom)
    if text is None:
        return None
    writer = csv.writer(text, delimiter=table.delimiter)
    writer.writerow(inert_row([*columns.header, REASONS_COLUMN] if reasons else columns.header))
    return writer


def _filter_json(
    tally: _Tally,
    source: BinaryIO,
    name: str,
    allowed_out: BinaryIO | None,
    excluded_out: BinaryIO | None,
    mapping: Mapping[str, str] | None,
    report: Callable[[], None],
) -> None:
    text = io.TextIOWrapper(source, encoding="utf-8-sig", newline="")
    try:
        lines = not _starts_with(source, b"[")
        with ExitStack() as stack:
            allowed = _JsonWriter(_text_out(stack, allowed_out), lines)
            excluded = _JsonWriter(_text_out(stack, excluded_out), lines)
            keys: dict[tuple[str, ...], Columns | None] = {}

            def written(batch: list[Element]) -> None:
                addresses = [_address_of(value, keys, mapping, tally, name) for value, _ in batch]
                for (_, element), verdict in zip(batch, tally.decide(addresses), strict=True):
                    if verdict is None:
                        continue
                    if verdict.code is None:
                        allowed.write(element)
                    elif excluded_out is not None:
                        reasons = json.dumps(_reasons(verdict))
                        excluded.write(f'{{"recipient": {element}, "reasons": {reasons}}}')

            _in_batches(elements(text, name), written, report)
            allowed.close()
            excluded.close()
    finally:
        text.detach()


def _reasons(verdict: Verdict) -> list[str]:
    """A refused recipient's every reason, for the excluded file (asked for: `_Tally`)."""
    assert verdict.reasons is not None, "an excluded file's rows are asked every reason"
    return verdict.reasons


def _address_of(
    element: Any,
    keys: dict[tuple[str, ...], Columns | None],
    mapping: Mapping[str, str] | None,
    tally: _Tally,
    name: str,
) -> str:
    """The recipient's address: the element itself, or the address key of an object."""
    if isinstance(element, str):
        return element
    if isinstance(element, int) and not isinstance(element, bool):
        return str(element)
    if not isinstance(element, dict):
        return ""
    shape = tuple(element)  # a JSON object's keys are text
    if shape not in keys:
        keys[shape] = _object_columns(shape, mapping, tally, name)
    columns = keys[shape]
    if columns is None:
        return ""  # an object without an address: excluded as invalid, the rest go on
    value = element.get(shape[columns.indexes["address"]])
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""


def _object_columns(
    shape: tuple[str, ...], mapping: Mapping[str, str] | None, tally: _Tally, name: str
) -> Columns | None:
    """Where an object of this shape keeps its address; None if it has no such key (two
    keys that could both be it are still an error for the whole file)."""
    wanted = (mapping or {}).get("address")
    candidates = {normalised(n) for n in ("address", *PHONE_NAMES, *EMAIL_NAMES)}
    if wanted is None and not any(normalised(key) in candidates for key in shape):
        return None
    if wanted is not None and wanted not in shape:
        return None
    return resolve(Kind.AUDIENCE, shape, mapping, channel=tally.audience.channel, file_name=name)


class _JsonWriter:
    """Writes elements' JSON texts as a JSON array (or JSON Lines), one element a line (an
    array's element written over several lines keeps them)."""

    def __init__(self, text: IO[str] | None, lines: bool) -> None:
        self.text, self.lines, self.count = text, lines, 0
        if text is not None and not lines:
            text.write("[")

    def write(self, element: str) -> None:
        """Write one element's JSON text."""
        if self.text is None:
            return
        if self.lines:
            self.text.write(element + "\n")
        else:
            self.text.write(("\n" if self.count == 0 else ",\n") + element)
        self.count += 1

    def close(self) -> None:
        if self.text is not None and not self.lines:
            self.text.write("\n]\n" if self.count else "]\n")
