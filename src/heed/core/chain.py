"""The activity log's hash chain: how an event's hash is computed, with no storage involved.

    hash = sha256(prev_hash | canonical(header) | payload_digest)
    payload_digest = sha256(canonical(payload))

The header holds what must never change (order, time, kind, actor, source, channel); the payload
holds personal data (address, evidence, before/after), digested separately so that erasing a
person's data later can blank the payload without breaking the chain. `header` and `payload`
say which fields each holds, for the writer (heed.store.events) and the verifier
(heed.store.audit) alike.

`digest` and `chain_hash` are the definition. `fast_digest` and `fast_chain_hash` compute the same
with orjson, about three times faster, for the verifier, which recomputes a million of them in
seconds (bench/audit_verify.py): orjson writes the same canonical JSON for every value heed
stores, and where the two could differ (floats written another way, integers beyond 64 bits,
lone surrogates) a verifier that finds a mismatch asks the definition before it decides.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

import orjson

GENESIS_HASH = "0" * 64
_SORTED = orjson.OPT_SORT_KEYS


def canonical_json(value: Any) -> str:
    """One stable text form of a JSON-able value: sorted keys, no spaces, datetimes in ISO 8601."""
    return _CANONICAL.encode(value)


def _iso(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


#: `json.dumps` with these arguments, made once: dumps makes an encoder a call, ~7x the cost
#: of encoding a small event's value (every appended event encodes five).
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_iso
)


def header(
    account_id: str,
    seq: int,
    occurred_at: str,
    recorded_at: str,
    kind: str,
    actor: str,
    source: str | None,
    channel: str | None,
    contact_id: str | None,
    credential: str | None,
) -> dict[str, Any]:
    """An event's header, its times as ISO 8601 text. Events from before migration 0009 name
    no credential (None) and keep the hash they were given without one."""
    fields = {
        "account_id": account_id,
        "actor": actor,
        "channel": channel,
        "contact_id": contact_id,
        "kind": kind,
        "occurred_at": occurred_at,
        "recorded_at": recorded_at,
        "seq": seq,
        "source": source,
    }
    if credential is not None:
        fields["credential"] = credential
    return fields


def payload(
    address: str | None, evidence: Any, before: Any, after: Any, salt: str | None
) -> dict[str, Any]:
    """An event's payload. Events from before migration 0009 have no salt (None)."""
    fields = {"address": address, "after": after, "before": before, "evidence": evidence}
    if salt is not None:
        fields["salt"] = salt
    return fields


def digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode()).hexdigest()


def chain_hash(prev_hash: str, header: dict[str, Any], payload_digest: str) -> str:
    return _link(prev_hash, canonical_json(header).encode(), payload_digest)


def fast_digest(value: Any) -> str:
    """`digest` by orjson (raises TypeError for what orjson cannot write)."""
    return hashlib.sha256(orjson.dumps(value, option=_SORTED)).hexdigest()


def ordered_digest(value: Any) -> str:
    """`fast_digest` of a value in its own order, its objects' keys not sorted again.

    Equal to `digest` exactly when every object in the value holds its keys in sorted order,
    as the values SQLite gives back do (heed.store.events writes them sorted), for less: orjson
    sorting the keys again was ~0.1 µs of a verified event's ~7 (bench/README.md). An object in
    another order writes other bytes than any canonical text, so where the two differ the
    digest matches none but by a collision of sha256; a verifier that finds no match asks
    `fast_digest`, which sorts."""
    return hashlib.sha256(orjson.dumps(value)).hexdigest()


def fast_chain_hash(prev_hash: str, header: dict[str, Any], payload_digest: str) -> str:
    """`chain_hash` by orjson (raises TypeError for what orjson cannot write)."""
    return _link(prev_hash, orjson.dumps(header, option=_SORTED), payload_digest)


def _link(prev_hash: str, header_json: bytes, payload_digest: str) -> str:
    return hashlib.sha256(
        b"%s|%s|%s" % (prev_hash.encode(), header_json, payload_digest.encode())
    ).hexdigest()
