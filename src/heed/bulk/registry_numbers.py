"""A registry's numbers: how they are held (sorted 32-bit parts, or a bitmap of +1) and how
they are read from its files.

Two forms, one answer (`tests/bulk/test_registry_numbers.py` compares them):
- **sorted**: the numbers' E.164 keys (heed.bulk.keys) sorted and split into a 32-bit low part
  and the few distinct high parts (`key >> 32`: three for all of +1), each high part naming
  the range of the low array it covers: 4 bytes a number, searched in place. A reassigned-
  numbers list is always sorted, with each number's disconnection day beside it.
- **bitmap**, for a large do-not-call list: one bit for every +1 number whose area code starts
  with 2-9 (8·10⁹ bits, 1 GB whatever the count), with the few other numbers kept sorted. At
  250 million numbers it is as small as the sorted form, is built without sorting (sorting
  250 million numbers took most of a minute here) and answers a lookup with one byte read
  (bench/README.md, "registries", has the measurements).

Files are read a block at a time. The FTC's `areacode,number` lines, all 12 bytes long, are
parsed straight from the bytes (8 ASCII digits at a time in a 64-bit word); any other
spelling, from the first block that is not of that shape, goes through Arrow's CSV reader.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar, cast

from heed.core.lazy import module
from heed.errors import BadInput

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    from heed.bulk.keys import Keys, Mask
else:
    np = module("numpy")
    pa = module("pyarrow")
    pc = module("pyarrow.compute")
    pacsv = module("pyarrow.csv")

_BLOCK = 1 << 24  # bytes of the file parsed at a time by Arrow
_LINE = 12  # "201,2000000\n"
_FIXED_BLOCK = _LINE << 20  # bytes of fixed-width lines parsed at a time
_NANP = 10_000_000_000  # +1 and ten digits: key = 1 * 10^10 + the ten digits
#: The bitmap covers +1 numbers from area code 200 on (no area code starts with 0 or 1).
DENSE_FROM = _NANP + 2_000_000_000
DENSE_TO = 2 * _NANP
_DENSE_BYTES = (DENSE_TO - DENSE_FROM) // 8
#: A do-not-call file at least this large is held as a bitmap (about 50 million FTC lines,
#: where the sorted form would take 200 MB and its sort most of the load).
DENSE_FROM_FILE_BYTES = 600_000_000
_A = TypeVar("_A", bound="np.ndarray")


class Kind(StrEnum):
    DO_NOT_CALL = "dnc"
    REASSIGNED = "reassigned"


@dataclass
class Numbers:
    """Sorted unique numbers: low 32 bits, with the range each high part covers; for a large
    do-not-call list, also a bitmap of +1 (`dense`, with `in_dense` numbers in it)."""

    highs: npt.NDArray[np.uint64]  # distinct key >> 32, ascending
    starts: npt.NDArray[np.int64]  # where each high part's lows begin (len(highs) + 1 values)
    lows: npt.NDArray[np.uint32]
    days: npt.NDArray[np.int32] | None = None  # reassigned: disconnection, days since 1970
    dense: npt.NDArray[np.uint8] | None = None  # bit k: the number DENSE_FROM + k is listed
    in_dense: int = 0

    def __len__(self) -> int:
        return len(self.lows) + self.in_dense

    @classmethod
    def of(cls, keys: Keys, days: npt.NDArray[np.int32] | None = None) -> Numbers:
        """From sorted unique keys (and their days)."""
        high = keys >> np.uint64(32)
        edges = np.flatnonzero(np.concatenate(([len(keys) > 0], high[1:] != high[:-1])))
        highs = high[edges]
        starts = np.concatenate((edges.astype(np.int64), [len(keys)]))
        lows = (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        return cls(highs, starts, lows, days)

    def sorted_keys(self) -> Keys:
        """The numbers of the sorted part."""
        counts = np.diff(self.starts)
        return (np.repeat(self.highs, counts) << np.uint64(32)) | self.lows.astype(np.uint64)

    def keys(self) -> Keys:
        """Every number, ascending (the bitmap's expanded: use on small registries)."""
        found = self.sorted_keys()
        if self.dense is None:
            return found
        step = 1 << 26
        parts = [found]
        for start in range(0, len(self.dense), step):
            chunk = np.asarray(self.dense[start : start + step])
            used = np.flatnonzero(chunk)
            bits = np.unpackbits(chunk[used][:, None], axis=1, bitorder="little")
            rows, columns = np.nonzero(bits)
            at = (used[rows] + start).astype(np.uint64) * np.uint64(8) + columns.astype(np.uint64)
            parts.append(at + np.uint64(DENSE_FROM))
        return np.sort(np.concatenate(parts))

    def find(self, keys: Keys) -> npt.NDArray[np.int64]:
        """Each key's position in the sorted part, or -1."""
        found = np.full(len(keys), -1, dtype=np.int64)
        high = keys >> np.uint64(32)
        low = (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        for i, part in enumerate(self.highs.tolist()):
            rows = np.flatnonzero(high == part)
            if not len(rows):
                continue
            start, stop = int(self.starts[i]), int(self.starts[i + 1])
            span = self.lows[start:stop]
            order = np.argsort(low[rows], kind="stable")
            wanted = low[rows][order]
            at = np.searchsorted(span, wanted)
            at[at == len(span)] = 0
            hit = np.asarray(span[at] == wanted) if len(span) else np.zeros(len(rows), bool)
            found[rows[order[hit]]] = start + at[hit]
        return found

    def contains(self, keys: Keys) -> Mask:
        if self.dense is None:
            return self.find(keys) >= 0
        keys = np.asarray(keys, dtype=np.uint64)
        inside = (keys >= np.uint64(DENSE_FROM)) & (keys < np.uint64(DENSE_TO))
        found = np.zeros(len(keys), dtype=np.bool_)
        if len(self.lows) and not inside.all():
            found[~inside] = self.find(keys[~inside]) >= 0
        bit = keys[inside] - np.uint64(DENSE_FROM)
        byte = np.asarray(self.dense[(bit >> np.uint64(3)).astype(np.intp)])
        found[inside] = (byte >> (bit & np.uint64(7)).astype(np.uint8)) & np.uint8(1) != 0
        return found

    def disconnected(self, keys: Keys) -> npt.NDArray[np.int32]:
        """Each key's disconnection day (days since 1970), or -1 if not listed."""
        at = self.find(keys)
        out = np.full(len(keys), -1, dtype=np.int32)
        if self.days is not None:
            out[at >= 0] = self.days[at[at >= 0]]
        return out


def unique_sorted(keys: _A) -> _A:
    if not len(keys):
        return keys
    return cast(_A, keys[np.concatenate(([True], keys[1:] != keys[:-1]))])


# -- the bitmap ------------------------------------------------------------------------------


def open_bitmap(path: Path) -> npt.NDArray[np.uint8]:
    return cast("npt.NDArray[np.uint8]", np.load(path, mmap_mode="r+"))


def set_bits(bitmap: npt.NDArray[np.uint8], keys: Keys, value: bool = True) -> None:
    """Set (or clear) the bits of `keys`, which are all inside the bitmap. One pass per bit
    position: within a pass every write to a byte writes the same value, so repeats are safe."""
    bit = keys - np.uint64(DENSE_FROM)
    byte = (bit >> np.uint64(3)).astype(np.intp)
    which = (bit & np.uint64(7)).astype(np.uint8)
    for position in range(8):
        chosen = byte[which == position]
        mask = np.uint8(1 << position)
        if value:
            bitmap[chosen] |= mask
        else:
            bitmap[chosen] &= ~mask


def count_bits(bitmap: npt.NDArray[np.uint8]) -> int:
    step = 1 << 26
    return sum(
        int(np.bitwise_count(np.asarray(bitmap[i : i + step])).sum())
        for i in range(0, len(bitmap), step)
    )


def in_dense(keys: Keys) -> Mask:
    return np.asarray((keys >= np.uint64(DENSE_FROM)) & (keys < np.uint64(DENSE_TO)))


# -- reading files ---------------------------------------------------------------------------


def read_numbers(path: Path, kind: Kind, bitmap: Path | None = None) -> Numbers:
    """Every number of the file, sorted and unique (for a reassigned list, with the latest
    disconnection day of each), read a block at a time. With `bitmap` (a do-not-call list),
    the +1 numbers go into a bitmap written at that path; the others are kept sorted."""
    if kind is Kind.REASSIGNED:
        return _read_reassigned(path)
    # Built in anonymous memory and written once: first writes to a file's pages cost ~3x.
    dense = np.zeros(_DENSE_BYTES, dtype=np.uint8) if bitmap is not None else None
    buckets: dict[int, list[npt.NDArray[np.uint32]]] = {}
    for keys, _days in blocks(path, kind):
        if dense is not None:
            inside = in_dense(keys)
            set_bits(dense, keys[inside])
            keys = keys[~inside]
        _bucket(buckets, keys)
    highs = sorted(buckets)
    lows: list[npt.NDArray[np.uint32]] = []
    for part in highs:
        gathered = np.concatenate(buckets.pop(part))
        gathered.sort()
        lows.append(unique_sorted(gathered))
    starts = np.concatenate(([0], np.cumsum([len(x) for x in lows]))).astype(np.int64)
    merged = np.concatenate(lows) if lows else np.zeros(0, dtype=np.uint32)
    numbers = Numbers(np.array(highs, dtype=np.uint64), starts, merged)
    if dense is not None and bitmap is not None:
        numbers.in_dense = count_bits(dense)
        np.save(bitmap, dense)
        del dense
        numbers.dense = np.load(bitmap, mmap_mode="r")
    return numbers


def _bucket(buckets: dict[int, list[npt.NDArray[np.uint32]]], keys: Keys) -> None:
    """Keep the keys as 32-bit low parts per high part (4 bytes a number while loading)."""
    high = keys >> np.uint64(32)
    low, top = (int(high.min()), int(high.max())) if len(high) else (0, -1)
    parts = [low] if low == top else unique_sorted(np.sort(high)).tolist()
    for part in parts:
        chosen = keys if len(parts) == 1 else keys[high == part]
        buckets.setdefault(part, []).append((chosen & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def _read_reassigned(path: Path) -> Numbers:
    chunks: list[Keys] = []
    days: list[npt.NDArray[np.int32]] = []
    for keys, when in blocks(path, Kind.REASSIGNED):
        chunks.append(keys)
        days.append(when if when is not None else np.zeros(len(keys), dtype=np.int32))
    keys = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.uint64)
    when = np.concatenate(days) if days else np.zeros(0, dtype=np.int32)
    order = np.lexsort((when, keys))
    keys, when = keys[order], when[order]
    last = np.concatenate((keys[1:] != keys[:-1], [True])) if len(keys) else np.zeros(0, bool)
    return Numbers.of(keys[last], when[last])


def blocks(path: Path, kind: Kind) -> Iterator[tuple[Keys, npt.NDArray[np.int32] | None]]:
    """The file's numbers a block at a time: fixed-width FTC lines from the bytes while they
    last, the rest through Arrow."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc}") from None
    with stream:
        head = stream.readline()
        if _is_number(head.split(b",")[0].decode(errors="replace")):
            stream.seek(0)
        if kind is Kind.DO_NOT_CALL:
            yield from _fixed_width(stream)
        names = ["a", "b"] if b"," in head else ["a"]
        yield from _arrow_blocks(stream, names, kind, path)


def _fixed_width(stream: BinaryIO) -> Iterator[tuple[Keys, None]]:
    """`areacode,number` lines of 12 bytes, parsed from the bytes; stops, with the stream
    at the first block that is not all such lines, for the general reader to go on from."""
    while True:
        at = stream.tell()
        chunk = stream.read(_FIXED_BLOCK)
        if not chunk:
            return
        if len(chunk) % _LINE == _LINE - 1 and len(chunk) < _FIXED_BLOCK:
            chunk += b"\n"  # the last line, without a line break
        keys = _ftc_lines(chunk)
        if keys is None:
            stream.seek(at)
            return
        yield keys, None


def _ftc_lines(chunk: bytes) -> Keys | None:
    """The keys of a block of `ddd,ddddddd\n` lines (area code 200-999), or None when the
    block is anything else."""
    if not chunk or len(chunk) % _LINE:
        return None
    lines = np.frombuffer(chunk, dtype=np.uint8).reshape(-1, _LINE)
    low, span = _shape()
    if not ((lines - low) < span).all():  # digits, a comma, a line break
        return None
    words = np.frombuffer(chunk, dtype="<u4").reshape(-1, 3)
    area = words[:, 0].astype(np.uint64) & np.uint64(0xFFFFFF)  # A0 A1 A2 (the comma dropped)
    number = words[:, 1].astype(np.uint64) | (words[:, 2].astype(np.uint64) << np.uint64(32))
    codes = _eight_digits(area << np.uint64(40))  # 0 0 0 0 0 A0 A1 A2
    if (codes < 200).any():
        return None  # the general reader words the error
    rest = _eight_digits(number << np.uint64(8))  # 0 N0 .. N6 (the line break shifted out)
    return cast("Keys", np.uint64(_NANP) + codes * np.uint64(10_000_000) + rest)


@functools.cache
def _shape() -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8]]:
    """Byte by byte, what a fixed-width FTC line holds: `byte - low < span` (unsigned)."""
    low = np.frombuffer(b"000,0000000\n", dtype=np.uint8)
    span = np.frombuffer(bytes([10, 10, 10, 1, 10, 10, 10, 10, 10, 10, 10, 1]), dtype=np.uint8)
    return low, span


def _eight_digits(words: Keys) -> Keys:
    """8 ASCII digits (or zero bytes) per word, the first in the lowest byte, as numbers."""
    x = ((words & np.uint64(0x0F0F0F0F0F0F0F0F)) * np.uint64(2561)) >> np.uint64(8)
    x = ((x & np.uint64(0x00FF00FF00FF00FF)) * np.uint64(6553601)) >> np.uint64(16)
    return cast(
        "Keys", ((x & np.uint64(0x0000FFFF0000FFFF)) * np.uint64(42949672960001)) >> np.uint64(32)
    )


def _arrow_blocks(
    stream: BinaryIO, names: list[str], kind: Kind, path: Path
) -> Iterator[tuple[Keys, npt.NDArray[np.int32] | None]]:
    """The rest of the file through Arrow's CSV reader (any header line already read)."""
    try:
        reader = pacsv.open_csv(
            stream,
            read_options=pacsv.ReadOptions(column_names=names, block_size=_BLOCK),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=True
            ),
        )
    except pa.ArrowInvalid as exc:
        if "Empty CSV file" in str(exc):
            return
        raise BadInput(f"cannot read {path}: {exc}") from None
    try:
        for batch in reader:
            a = batch.column(0)
            b = batch.column(1) if len(names) > 1 else pa.nulls(len(a), pa.string())
            yield _keys_of(a, b, kind, path)
    except pa.ArrowInvalid as exc:
        raise BadInput(f"cannot read {path.name}: {exc}") from None


def _is_number(value: str | None) -> bool:
    return bool(value) and value.strip().lstrip("+").isdigit()  # type: ignore[union-attr]


def _keys_of(
    a: pa.Array, b: pa.Array, kind: Kind, path: Path
) -> tuple[Keys, npt.NDArray[np.int32] | None]:
    a = pc.utf8_trim_whitespace(a)
    present = pc.fill_null(pc.not_equal(a, ""), False)
    a, b = pc.filter(a, present), pc.filter(b, present)
    second = pc.utf8_trim_whitespace(pc.fill_null(b, ""))
    if kind is Kind.DO_NOT_CALL and pc.any(pc.not_equal(second, "")).as_py():
        return _area_codes(a, second, path), None
    keys = _plain(a, path)
    if kind is Kind.DO_NOT_CALL:
        return keys, None
    try:
        stamps = pc.strptime(second, format="%Y-%m-%d", unit="s")
    except pa.ArrowInvalid:
        bad = _first(second, _is_date)
        raise BadInput(
            f"{path.name}: {bad}a reassigned-numbers line is `number,YYYY-MM-DD`"
        ) from None
    days = (pc.cast(stamps, pa.int64()).to_numpy(zero_copy_only=False) // 86_400).astype(np.int32)
    return keys, days


def _area_codes(area: pa.Array, number: pa.Array, path: Path) -> Keys:
    """The FTC's `areacode,number`: +1, three digits, seven digits."""
    try:
        codes = pc.cast(area, pa.uint64()).to_numpy()
        rest = pc.cast(number, pa.uint64()).to_numpy()
    except pa.ArrowInvalid:
        bad = _first(pc.binary_join_element_wise(area, number, ","), _is_ftc_line)
        raise BadInput(f"{path.name}: {bad}expected lines of `areacode,number`") from None
    wrong = np.flatnonzero((codes < 200) | (codes > 999) | (rest > 9_999_999))
    if len(wrong):
        bad = f"{area[int(wrong[0])].as_py()},{number[int(wrong[0])].as_py()}"
        raise BadInput(f"{path.name}: {bad!r}: an area code has 3 digits and a number 7")
    return cast("Keys", np.uint64(_NANP) + codes * np.uint64(10_000_000) + rest)


def _plain(numbers: pa.Array, path: Path) -> Keys:
    """E.164 (`+12012000000`) or ten digits of +1."""
    plus = pc.starts_with(numbers, "+")
    digits = pc.if_else(plus, pc.utf8_slice_codeunits(numbers, 1), numbers)
    try:
        keys = pc.cast(digits, pa.uint64()).to_numpy(zero_copy_only=False, writable=True)
    except pa.ArrowInvalid:
        bad = _first(numbers, lambda text: _is_number(text) and len(text.lstrip("+")) < 20)
        raise BadInput(
            f"{path.name}: {bad}expected one phone number a line, e.g. +12015550123"
        ) from None
    national = ~plus.to_numpy(zero_copy_only=False) & (pc.utf8_length(digits).to_numpy() == 10)
    keys[national] += np.uint64(_NANP)
    return cast("Keys", keys)


def _first(values: pa.Array, good: Callable[[str], bool]) -> str:
    """The first of `values` that is not `good`, cut to 40 characters, as an error's start
    ("'12a' is not read: "; "" if none is found): it names the value, not its line, since
    blank lines were left out."""
    for value in values.to_pylist():
        if not good(value or ""):
            return f"{str(value)[:40]!r} is not read: "
    return ""


def _is_date(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True


def _is_ftc_line(text: str) -> bool:
    area, _, number = text.partition(",")
    return area.isdigit() and number.isdigit()
