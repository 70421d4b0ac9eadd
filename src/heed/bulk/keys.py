"""Addresses as 64-bit keys, one at a time or a column at a time.

The suppression index and the registries compare numbers, not strings: a canonical E.164
number is its digits as an unsigned integer (E.164 has at most 15 digits, phonenumbers
accepts a few more; up to 18 fit in 64 bits, so the key is exact and sorts numerically); an
email address is the first 8 bytes of its BLAKE2b
hash. Two different emails share a key with odds of about n·m/2^64 (5·10⁻⁷ for a campaign of a
million against ten million suppressions), and the only effect of such a collision is that a
recipient is held back, never that one is let through.

`canonical_keys` is `heed.core.fast_addresses.canonical_e164` applied to a whole Arrow column:
the same steps (see that module), as array operations on the column's bytes grouped by
calling-code plan. What it cannot prove canonical is left to the caller's per-row slow path,
exactly as there.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

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


def address_key(channel: Channel, address: str) -> int:
    """The key of one canonical address (as `normalise_address` returns it)."""
    if channel.address_kind is AddressKind.EMAIL:
        return email_key(address)
    digits = address[1:]
    if len(digits) <= _MAX_DIGITS and digits.isdigit():
        return int(digits)
    return email_key(address)  # a WhatsApp business-scoped user id ("US.1349…") is no number


def keys_of(channel: Channel, addresses: Iterable[str]) -> Keys:
    """The keys of canonical addresses, in order."""
    return np.fromiter((address_key(channel, a) for a in addresses), dtype=np.uint64)


def canonical_keys(column: pa.Array) -> tuple[Keys, Mask]:
    """For a column of raw phone numbers: each one's key and whether it was proved canonical
    E.164 (`canonical_e164(raw) == raw`); rows not proved have key 0 and need the slow path.

    Read from the column's bytes, one group of equal lengths at a time: the k-th byte of every
    value of a group is one gather, so a value's digits are checked and summed into its key
    in a pass per position, without a string per row."""
    n = len(column)
    keys = np.zeros(n, dtype=np.uint64)
    proved = np.zeros(n, dtype=np.bool_)
    starts, lengths, data = _bytes_of(column)
    heads = np.zeros(n, dtype=np.intp)
    for length in np.unique(lengths).tolist():
        if not _MIN_LENGTH <= length <= _MAX_DIGITS + 1:
            continue
        rows = np.flatnonzero(lengths == length)
        at = starts[rows]
        ok = (data[at] == _PLUS) & (data[at + 1] != _ZERO)
        key = np.zeros(len(rows), dtype=np.uint64)
        for position in range(1, length):
            digit = data[at + position] - _ZERO
            ok &= digit < 10
            key = key * np.uint64(10) + digit
            if position == 3:
                heads[rows] = key.astype(np.intp)
        rows, key = rows[ok], key[ok]
        keys[rows] = key
        proved[rows] = True
    _prove_plans(proved, keys, heads, starts, lengths, data)
    keys[~proved] = 0
    return keys, proved


# Plain ints, not np.uint8: a module-level NumPy scalar would load NumPy with the engine (NEP 50
# keeps uint8 arithmetic with them in uint8).
_PLUS, _ZERO = ord("+"), ord("0")
_MIN_LENGTH = 4  # "+" and three digits: the pattern's shortest
_LITERAL = re.compile(r"[0-9]+")


def _bytes_of(column: pa.Array) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], Bytes]:
    """Each value's start and length in bytes, and the bytes (nulls: length -1)."""
    if column.type not in (pa.string(), pa.large_string()):
        column = column.cast(pa.large_string())
    offset_type = np.int64 if column.type == pa.large_string() else np.int32
    _, offsets_buffer, data_buffer = column.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=offset_type)[
        column.offset : column.offset + len(column) + 1
    ].astype(np.int64)
    data = (
        np.frombuffer(data_buffer, dtype=np.uint8)
        if data_buffer is not None
        else np.zeros(0, np.uint8)
    )
    data = np.concatenate((data, np.zeros(_MAX_DIGITS + 2, np.uint8)))  # reads past the end
    lengths = np.diff(offsets)
    if column.null_count:
        lengths[column.is_null().to_numpy(zero_copy_only=False)] = -1
    return offsets[:-1], lengths, data


def _prove_plans(
    proved: Mask,
    keys: Keys,
    heads: npt.NDArray[np.intp],
    starts: npt.NDArray[np.int64],
    lengths: npt.NDArray[np.int64],
    data: Bytes,
) -> None:
    """Steps 1-3 of `canonical_e164` for the rows shaped like E.164, by calling-code plan:
    the national number's length is a possible one, it does not start with 0, and the
    region's national prefix does not match its start. Rows that fail are unproved."""
    candidates = np.flatnonzero(proved)
    if not len(candidates):
        return
    plans, by_head = _plans_for(np.flatnonzero(np.bincount(heads[candidates], minlength=1000)))
    chosen = by_head[heads[candidates]]
    proved[candidates[chosen < 0]] = False
    for number, (size, prefix, possible) in enumerate(plans):
        rows = candidates[chosen == number]
        national = lengths[rows] - 1 - size
        at = starts[rows] + 1 + size
        ok = np.isin(national, list(possible)) & (national >= 2) & (data[at] != _ZERO)
        if prefix is not None:
            ok &= ~_prefix_matches(prefix, data, at, national)
        proved[rows[~ok]] = False


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
    prefix: re.Pattern[str], data: Bytes, at: npt.NDArray[np.int64], lengths: npt.NDArray[np.int64]
) -> Mask:
    """Whether the region's national-prefix pattern matches the start of each national
    number (bytes at `at`, `lengths` long). A pattern of plain digits (+1's "1") is compared
    byte by byte; any other is run by Arrow's RE2, which agrees with Python on whether a match
    exists for the patterns phonenumbers ships; one RE2 cannot compile is run row by row with
    Python's `re`, as the scalar path does."""
    if _LITERAL.fullmatch(prefix.pattern):
        found = lengths >= len(prefix.pattern)
        for i, char in enumerate(prefix.pattern.encode()):
            found &= data[at + i] == char
        return found
    national = _strings(data, at, lengths)
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
