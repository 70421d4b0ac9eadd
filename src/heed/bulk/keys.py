"""Addresses as 64-bit keys, one at a time or a column at a time.

The suppression index and the registries compare numbers, not strings: a canonical E.164
number is its digits as an unsigned integer (E.164 has at most 15 digits, phonenumbers
accepts a few more; up to 18 fit in 64 bits, so the key is exact and sorts numerically); an
email address is the first 8 bytes of its BLAKE2b
hash. Two different emails share a key with odds of about n·m/2^64 (5·10⁻⁷ for a campaign of a
million against ten million suppressions), and the only effect of such a collision is that a
recipient is held back, never that one is let through.

`canonical_keys` is `heed.core.fast_addresses.canonical_e164` applied to a whole Arrow column:
the same steps (see that module), as vectorised string kernels grouped by calling-code plan.
What it cannot prove canonical is left to the caller's per-row slow path, exactly as there.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from heed.core import fast_addresses
from heed.core.vocabulary import AddressKind, Channel

Keys = npt.NDArray[np.uint64]
Mask = npt.NDArray[np.bool_]
_E164 = r"^\+[1-9][0-9]{2,17}$"
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
    E.164 (`canonical_e164(raw) == raw`); rows not proved have key 0 and need the slow path."""
    n = len(column)
    keys = np.zeros(n, dtype=np.uint64)
    proved = np.zeros(n, dtype=np.bool_)
    text = column.cast(pa.string()) if column.type != pa.string() else column
    shaped = pc.fill_null(pc.match_substring_regex(text, _E164), False)
    candidates = np.flatnonzero(shaped.to_numpy(zero_copy_only=False))
    if not len(candidates):
        return keys, proved
    numbers = _take(text, candidates)
    digits = pc.utf8_slice_codeunits(numbers, 1)
    heads = pc.cast(pc.utf8_slice_codeunits(digits, 0, 3), pa.int32()).to_numpy()
    lengths = pc.utf8_length(digits).to_numpy()
    plans, by_head = _plans_for(np.flatnonzero(np.bincount(heads, minlength=1000)))
    chosen = by_head[heads]
    for number, (size, prefix, possible) in enumerate(plans):
        group = np.flatnonzero(chosen == number)
        mine = _take(digits, group)
        national = pc.utf8_slice_codeunits(mine, size)
        length = lengths[group] - size
        ok = np.isin(length, list(possible)) & (length >= 2)
        ok &= ~pc.starts_with(national, "0").to_numpy(zero_copy_only=False)
        if prefix is not None:
            ok &= ~_prefix_matches(national, prefix)
        rows = candidates[group[ok]]
        proved[rows] = True
        keys[rows] = pc.cast(_take(mine, np.flatnonzero(ok)), pa.uint64()).to_numpy()
    return keys, proved


_Plan = tuple[int, re.Pattern[str] | None, frozenset[int]]


def _take(column: pa.Array, rows: npt.NDArray[np.intp]) -> pa.Array:
    """The rows of `column` (sorted indexes); the column itself when they are all of it."""
    return column if len(rows) == len(column) else column.take(pa.array(rows))


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


def _prefix_matches(national: pa.Array, prefix: re.Pattern[str]) -> Mask:
    """Whether the region's national-prefix pattern matches the start of each number. RE2
    (Arrow) and Python agree on whether a match exists for the patterns phonenumbers ships;
    one RE2 cannot compile is run row by row with Python's `re`, as the scalar path does."""
    try:
        found = pc.match_substring_regex(national, f"^(?:{prefix.pattern})")
        return np.asarray(found.to_numpy(zero_copy_only=False), dtype=np.bool_)
    except pa.ArrowInvalid:
        return np.fromiter(
            (prefix.match(s) is not None for s in national.to_pylist()), dtype=np.bool_
        )
