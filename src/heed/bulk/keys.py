"""Addresses as 64-bit keys, one at a time or a column at a time.

The suppression index and the registries compare numbers, not strings: a canonical E.164
number is its digits as an unsigned integer (E.164 has at most 15 digits, phonenumbers
accepts a few more; up to 18 fit in 64 bits, so the key is exact and sorts numerically); an
email address is the first 8 bytes of its BLAKE2b
hash. Two different emails share a key with odds of about n·m/2^64 (5·10⁻⁷ for a campaign of a
million against ten million suppressions), and the only effect of such a collision is that a
recipient is held back, never that one is let through.

`canonical_keys` is `heed.core.fast_addresses.canonical_e164` applied to a whole column (`Spans`):
the same steps (see that module), as array operations on the column's bytes grouped by
calling-code plan. What it cannot prove canonical is left to the caller's per-row slow path,
exactly as there.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from heed.bulk.arena import empty, taken
from heed.bulk.halves import in_halves
from heed.core import fast_addresses
from heed.core.lazy import module
from heed.core.vocabulary import AddressKind, Channel

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
    Keys = npt.NDArray[np.uint64]
    Mask = npt.NDArray[np.bool_]
    Bytes = npt.NDArray[np.uint8]
_MAX_DIGITS = 18  # the E.164 pattern above; 10^18 < 2^64


def email_key(address: str) -> int:
    return int.from_bytes(hashlib.blake2b(address.encode(), digest_size=8).digest(), "big")


def email_keys(addresses: Sequence[str]) -> Keys:
    """`email_key` of each address, the digests joined and read as big-endian numbers at once
    (a contact import keys 5,000 emails a batch: half the time of a call each)."""
    blake = hashlib.blake2b
    digests = b"".join([blake(a.encode(), digest_size=8).digest() for a in addresses])
    return np.frombuffer(digests, dtype=">u8").astype(np.uint64)


def address_key(channel: Channel, address: str) -> int:
    """The key of one canonical address (as `normalise_address` returns it)."""
    if channel.address_kind is AddressKind.EMAIL:
        return email_key(address)
    digits = address[1:]
    if len(digits) <= _MAX_DIGITS and digits.isdigit():
        return int(digits)
    return email_key(address)  # a WhatsApp business-scoped user id ("US.1349…") is no number


def keys_of(channel: Channel, addresses: Sequence[str]) -> Keys:
    """The keys of canonical addresses, in order: phone numbers a column at a time
    (`canonical_keys`), `address_key` for the few it does not prove and for emails."""
    if not addresses:
        return np.zeros(0, dtype=np.uint64)
    if channel.address_kind is AddressKind.EMAIL:
        return email_keys(addresses)
    keys, proved = canonical_keys(Spans.of(addresses))
    for row in np.flatnonzero(~proved).tolist():
        keys[row] = address_key(channel, addresses[row])
    return keys


@dataclass(frozen=True)
class Spans:
    """A column of values as byte ranges of one buffer: value i is data[begins[i]:stops[i]].
    A file's column is read this way without a string per row (heed.bulk.columnar)."""

    data: bytes | bytearray
    begins: npt.NDArray[np.int64]
    stops: npt.NDArray[np.int64]

    @classmethod
    def of(cls, values: Iterable[str]) -> Spans:
        """Spans over the UTF-8 text of `values` (for callers holding strings)."""
        encoded = [v.encode() for v in values]
        lengths = np.array([len(v) for v in encoded], dtype=np.int64)
        stops = np.cumsum(lengths)
        return cls(b"".join(encoded), stops - lengths, stops)

    def __len__(self) -> int:
        return len(self.begins)

    def part(self, rows: slice) -> Spans:
        return Spans(self.data, self.begins[rows], self.stops[rows])

    def text(self, row: int) -> str:
        return self.data[int(self.begins[row]) : int(self.stops[row])].decode()

    def texts(self, rows: npt.NDArray[np.intp]) -> list[str]:
        data = self.data
        pairs = zip(self.begins[rows].tolist(), self.stops[rows].tolist(), strict=True)
        return [data[b:e].decode() for b, e in pairs]


def canonical_keys(column: Spans) -> tuple[Keys, Mask]:
    """For a column of raw phone numbers: each one's key and whether it was proved canonical
    E.164 (`canonical_e164(raw) == raw`); rows not proved have key 0 and need the slow path.

    Read from the column's bytes, one group of equal lengths at a time, without a string per
    row: numbers of 8 to 16 digits as two 64-bit words of eight digits each (`_swar`), others
    a digit position at a time; a large column's halves on two threads (heed.bulk.halves)."""
    parts = in_halves(lambda rows: _canonical_keys(column.part(rows)), len(column))
    if len(parts) == 1:
        return parts[0]  # not copied (heed.bulk.halves.joined)
    keys = np.concatenate([k for k, _ in parts], out=empty(len(column), np.uint64))
    return keys, np.concatenate([p for _, p in parts], out=empty(len(column), np.bool_))


def national_numbers(column: Spans, rows: Mask, country: str | None) -> dict[int, str]:
    """Of the chosen `rows` (those `canonical_keys` did not prove, say), each whose raw number
    `canonical_nanp` reads as written nationally in the default `country` (the United States
    or Canada: "(415) 555-0100"), by row: its E.164 form. A string a row, but ~0.5 µs against
    phonenumbers' ~30 on the slow path; none for any other country."""
    if country is None or not rows.any():
        return {}
    chosen = np.flatnonzero(rows)
    found = {}
    for row, raw in zip(chosen.tolist(), column.texts(chosen), strict=True):
        number = fast_addresses.canonical_nanp(raw, country)
        if number is not None:
            found[row] = number
    return found


def _canonical_keys(column: Spans) -> tuple[Keys, Mask]:
    starts = column.begins
    lengths = np.subtract(column.stops, starts, out=empty(len(column), np.int64))
    np.minimum(lengths, _MAX_DIGITS + 2, out=lengths)  # every length past the longest is one
    data = np.frombuffer(column.data, dtype=np.uint8)
    present = np.flatnonzero(np.bincount(lengths))
    if len(present) == 1 and _MIN_LENGTH <= present[0] <= _MAX_DIGITS + 1:
        return _group(data, starts, int(present[0]))  # one length (most files): no gathers
    keys = np.zeros(len(column), dtype=np.uint64)
    proved = np.zeros(len(column), dtype=np.bool_)
    for length in present.tolist():
        if not _MIN_LENGTH <= length <= _MAX_DIGITS + 1:
            continue
        rows = np.flatnonzero(lengths == length)
        keys[rows], proved[rows] = _group(data, starts[rows], length)
    return keys, proved


def _group(data: Bytes, at: npt.NDArray[np.int64], length: int) -> tuple[Keys, Mask]:
    """`canonical_keys` for values all `length` bytes long, at `at`."""
    read = _swar if 8 <= length - 1 <= 16 else _digit_by_digit
    key, heads, shaped = read(data, at, length)
    if not shaped.all():
        heads[~shaped] = 0  # no plan: what is not shaped like E.164 is never proved
    proved = _fits_plans(data, at, heads, length)
    proved &= shaped
    key *= proved
    return key, proved


def _digit_by_digit(
    data: Bytes, at: npt.NDArray[np.int64], length: int
) -> tuple[Keys, npt.NDArray[np.intp], Mask]:
    """(key, first three digits, shaped like E.164) of the values `length` bytes long at `at`."""
    ok = (data[at] == _PLUS) & (data[at + 1] != _ZERO)
    key = np.zeros(len(at), dtype=np.uint64)
    head = np.zeros(len(at), dtype=np.intp)
    for position in range(1, length):
        digit = data[at + position] - _ZERO
        ok &= digit < 10
        key = key * np.uint64(10) + digit
        if position == 3:
            head = key.astype(np.intp)
    return key, head, ok


def _swar(
    data: Bytes, at: npt.NDArray[np.int64], length: int
) -> tuple[Keys, npt.NDArray[np.intp], Mask]:
    """`_digit_by_digit` for 8 to 16 digits, eight at a time: the first eight digits and the
    last eight (overlapping when fewer than 16) are each read as one little-endian 64-bit
    word, "0" taken from every byte, checked to be digits and turned into a number with
    three multiply-and-mask steps ("SIMD within a register"), ~5x fewer passes over the rows.
    The words are read through views that start at the digits (no `at + k` arrays) and
    turned into numbers in place, beside one scratch array: each fresh array of a column
    costs its page faults."""
    first, last = _words(data, 1)[at], _words(data, length - 8)[at]
    first -= np.uint64(_ZEROS)
    last -= np.uint64(_ZEROS)
    scratch = empty(len(first), np.uint64)
    ok = _digits(first, scratch)
    ok &= _digits(last, scratch)
    ok &= data[at] == _PLUS
    ok &= data[1:][at] != _ZERO
    # The last word's digits that the first word read too are made zeros (no division).
    last &= np.uint64(~((1 << 8 * (17 - length)) - 1) & _ALL)
    key = _value_of_eight(first, scratch)
    key *= np.uint64(10 ** (length - 9))
    key += _value_of_eight(last, scratch)
    # The first three digits, in the scratch array (meaningless where not shaped like E.164,
    # and below 2^63 all the same: the caller zeroes those).
    heads = np.floor_divide(key, np.uint64(10 ** (length - 4)), out=scratch)
    return key, heads.view(np.intp), ok


def _words(data: Bytes, offset: int) -> Keys:
    """Every 64-bit little-endian word of `data` from `offset` on, one starting at each byte
    (a view: words[i] is data[offset + i : offset + i + 8])."""
    return np.ndarray(
        (max(len(data) - 7 - offset, 0),), dtype="<u8", buffer=data, offset=offset, strides=(1,)
    )


def _digits(values: Keys, scratch: Keys) -> Mask:
    """Whether each word, "0" taken from each of its bytes (`_ZEROS` subtracted, borrows and
    all), was eight ASCII digits: every byte now 0-9. A byte below "0" has its high bit set
    (its borrow can only lower the byte above, itself wrong then); a byte from 10 up has its
    high bit set once 0x76 is added (a carry comes only out of a byte already wrong).
    Worked out in `scratch`, of the same size."""
    u = np.uint64
    np.add(values, u(0x7676767676767676), out=scratch)
    scratch |= values
    scratch &= u(0x8080808080808080)
    digits = empty(len(scratch), np.bool_)
    np.equal(scratch, u(0), out=digits)
    return digits


def _value_of_eight(v: Keys, scratch: Keys) -> Keys:
    """The number written by eight digits 0-9, one a byte (the first digit in the lowest),
    in `v` itself: pairs, then fours, then all eight combined, each lane multiplied and added
    to the next (`scratch`, of the same size, holds the shifted lanes)."""
    u = np.uint64
    for width, scale in ((8, 10), (16, 100), (32, 10_000)):
        np.right_shift(v, u(width), out=scratch)
        v *= u(scale)
        v += scratch
        v &= u(_LANES[width])
    return v


# Plain ints, not np.uint8: a module-level NumPy scalar would load NumPy with the engine (NEP 50
# keeps uint8 arithmetic with them in uint8).
_PLUS, _ZERO = ord("+"), ord("0")
_ZEROS = 0x3030303030303030  # "00000000"
_ALL = (1 << 64) - 1
_LANES = {8: 0x00FF00FF00FF00FF, 16: 0x0000FFFF0000FFFF, 32: 0x00000000FFFFFFFF}
_MIN_LENGTH = 4  # "+" and three digits: the pattern's shortest
_LITERAL = re.compile(r"[0-9]+")


def _fits_plans(
    data: Bytes, at: npt.NDArray[np.int64], heads: npt.NDArray[np.intp], length: int
) -> Mask:
    """Steps 1-3 of `canonical_e164` for values all `length` bytes long, by calling-code plan
    (their first three digits, `heads`, decide it; 0 for a value not shaped like E.164, which
    has no plan and never fits): the national number's length is a possible one, it does not
    start with 0, and the region's national prefix does not match its start. The length is
    the group's, so each plan's first test is one comparison for all its rows."""
    fits = np.zeros(len(at), dtype=np.bool_)
    if not len(at):
        return fits
    plans, by_head = _plans_for(np.flatnonzero(np.bincount(heads, minlength=1000)))
    chosen = taken(by_head, heads)
    for number, (size, prefix, possible) in enumerate(plans):
        national = length - 1 - size
        if national < 2 or national not in possible:
            continue
        mine = chosen == number
        literal = prefix is None or _LITERAL.fullmatch(prefix.pattern) is not None
        if literal and np.count_nonzero(mine) * 8 >= len(at) * 7:
            # Most rows (+1's, say): read at every row and kept at this plan's, no gathers
            # (other rows' bytes are read as they are, never decoded).
            ok = data[1 + size :][at] != _ZERO  # a view from the national number: no `at + k`
            if prefix is not None:
                ok &= ~_prefix_matches(prefix, data, at, national, 1 + size)
            ok &= mine
            fits |= ok
            continue
        rows = np.flatnonzero(mine)
        first = at[rows]
        ok = data[1 + size :][first] != _ZERO  # the national number: at least two digits
        if prefix is not None:
            ok &= ~_prefix_matches(prefix, data, first, national, 1 + size)
        fits[rows[ok]] = True
    return fits


_Plan = tuple[int, re.Pattern[str] | None, frozenset[int]]


def _plans_for(heads: npt.NDArray[np.intp]) -> tuple[list[_Plan], npt.NDArray[np.intp]]:
    """The distinct plans of these 3-digit heads, and each head's plan number (-1: none).
    Every head of one calling code shares its plan (800 heads of +1 are one plan)."""
    plans: list[_Plan] = []
    by_head = np.full(1000, -1, dtype=np.intp)
    for head in heads.tolist():
        plan = _plan_of(int(head))
        if plan is not None:
            if plan not in plans:
                plans.append(plan)
            by_head[head] = plans.index(plan)
    return plans, by_head


def _plan_of(head: int) -> _Plan | None:
    text = str(head)
    plans = fast_addresses._plans
    if text not in plans:
        plans[text] = fast_addresses._plan(text)
    return plans[text]


def _prefix_matches(
    prefix: re.Pattern[str], data: Bytes, at: npt.NDArray[np.int64], length: int, skip: int = 0
) -> Mask:
    """Whether the region's national-prefix pattern matches the start of each national
    number (bytes at `at` + `skip`, `length` long). A pattern of plain digits (+1's "1") is compared
    byte by byte; any other is run by Arrow's RE2, which agrees with Python on whether a match
    exists for the patterns phonenumbers ships; one RE2 cannot compile is run row by row with
    Python's `re`, as the scalar path does."""
    if _LITERAL.fullmatch(prefix.pattern):
        found = np.full(len(at), len(prefix.pattern) <= length)
        if found.any():
            for i, char in enumerate(prefix.pattern.encode()):
                found &= data[skip + i :][at] == char
        return found
    national = _strings(data, at + skip, np.full(len(at), length))
    try:
        matched = pc.match_substring_regex(national, f"^(?:{prefix.pattern})")
        return np.asarray(matched.to_numpy(zero_copy_only=False), dtype=np.bool_)
    except pa.ArrowInvalid:
        return np.fromiter(
            (prefix.match(s) is not None for s in national.to_pylist()), dtype=np.bool_
        )


def _strings(data: Bytes, at: npt.NDArray[np.int64], lengths: npt.NDArray[np.int64]) -> pa.Array:
    offsets = np.zeros(len(at) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    within = np.arange(offsets[-1], dtype=np.int64) - np.repeat(offsets[:-1], lengths)
    payload = data[np.repeat(at, lengths) + within]
    return pa.LargeStringArray.from_buffers(
        len(at), pa.py_buffer(offsets), pa.py_buffer(payload.tobytes())
    )
