"""The activity log's hash chain: how an event's hash is computed, with no storage involved.

    hash = sha256(prev_hash | canonical(header) | payload_digest)
    payload_digest = sha256(canonical(payload))

The header holds what must never change (order, time, kind, actor, source, channel); the payload
holds personal data (address, evidence, before/after), digested separately so that erasing a
person's data later can blank the payload without breaking the chain.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    """One stable text form of a JSON-able value: sorted keys, no spaces, datetimes in ISO 8601."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_iso
    )


def _iso(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode()).hexdigest()


def chain_hash(prev_hash: str, header: dict[str, Any], payload_digest: str) -> str:
    material = f"{prev_hash}|{canonical_json(header)}|{payload_digest}"
    return hashlib.sha256(material.encode()).hexdigest()
