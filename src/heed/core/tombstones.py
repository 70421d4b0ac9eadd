"""Keyed-hash tombstones: how an erased address stays recognisable without being stored.

`erased:` + HMAC-SHA256(the account's tombstone key, address); the key is derived from the
server key (heed.server_key), which is not in the database. The same address always gives the
same tombstone, so a check can still find its suppressions; without the key, guessing phone
numbers and hashing them finds nothing.
"""

from __future__ import annotations

import hashlib
import hmac

PREFIX = "erased:"


def tombstone(key: bytes, address: str) -> str:
    return PREFIX + hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:48]
