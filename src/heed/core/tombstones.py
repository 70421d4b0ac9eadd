"""Keyed-hash tombstones: how an erased address stays recognisable without being stored.

`erased:` + HMAC-SHA256(the account's tombstone key, address); the key is derived from the
server key (heed.server_key), which is not in the database. The same address always gives the
same tombstone, so a check can still find its suppressions; without the key, guessing phone
numbers and hashing them finds nothing.

A filter of a million recipients cannot afford a tombstone each (an HMAC is ~3 µs in Python:
a filter took ~15 times as long once the account had erased anyone, bench/README.md). So each
erasure also stores, for the erased address, `probes` of its 64-bit index keys
(heed.bulk.keys): AES under a key of its own, a whole column of recipients' keys encrypted in
one call (~40 ms a million). A recipient whose probe is not among the stored ones has no
tombstone in the index; only the few whose probe is one are tombstoned and looked up. A probe
reveals no more than the tombstone: without the key it is a random 64-bit number.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import TYPE_CHECKING

from heed.core.lazy import module

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
else:
    np = module("numpy")

PREFIX = "erased:"


def tombstone(key: bytes, address: str) -> str:
    return PREFIX + hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:48]


def probes(key: bytes, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """Each 64-bit key's probe under `key`: the first half of AES(key, the key's 8 bytes and 8
    zero bytes). ECB is right here, not a weakness: every block is one key on its own, and equal
    keys must give equal probes (the mode is a keyed permutation of blocks, nothing is hidden
    in a message of several)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    blocks = np.zeros((len(keys), 2), dtype="<u8")
    blocks[:, 0] = keys
    encrypt = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    sealed = encrypt.update(blocks.tobytes()) + encrypt.finalize()
    return np.frombuffer(sealed, dtype="<u8")[::2].astype(np.uint64)
