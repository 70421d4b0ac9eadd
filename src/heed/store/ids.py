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
