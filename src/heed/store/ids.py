"""Identifiers that sort by creation time (ULID layout), made without a dependency."""

from __future__ import annotations

import secrets
import time

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_id() -> str:
    """Return a 26-character ULID: 48 bits of milliseconds then 80 random bits.

    Time-ordered ids keep B-tree inserts at the right edge and make cursor pagination by id
    follow creation order.
    """
    value = (time.time_ns() // 1_000_000) << 80 | secrets.randbits(80)
    chars = []
    for _ in range(26):
        value, digit = divmod(value, 32)
        chars.append(_CROCKFORD[digit])
    return "".join(reversed(chars))


#: Every 10-bit number as two characters, to write a counter four lookups at a time.
_PAIRS = [_CROCKFORD[n >> 5] + _CROCKFORD[n & 31] for n in range(1024)]


def new_ids(count: int) -> list[str]:
    """Return `count` ids laid out like `new_id`'s, made at once and in increasing order (a
    batch import makes a million: well under a microsecond each instead of ~5).

    The 80 bits after the time are 40 random bits shared by the batch, then a 40-bit counter
    starting at a random point, so the ids sort in the order they were asked for (an import's
    rows stay in file order) and stay unguessable enough to be unique.
    """
    prefix = new_id()[:18]  # the time (10 characters) and 40 random bits (8)
    start = secrets.randbits(39)  # room for 2^39 ids after it
    pairs = _PAIRS
    found = []
    for n in range(start, start + count):
        found.append(
            prefix
            + pairs[n >> 30]
            + pairs[(n >> 20) & 1023]
            + pairs[(n >> 10) & 1023]
            + pairs[n & 1023]
        )
    return found
