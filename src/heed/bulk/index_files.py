"""The compiled suppression index as arrays, and its files: what reading an index needs.

heed.bulk.index builds an index from the database and keeps it current; this module holds
what a built index is (`SuppressionIndex`, stamped with the event chain head it reflects) and
how its versions are written and mapped (`save`, `load`), without SQLAlchemy, so that `heed
filter` can map a current index and decide with it in a process that never loads the ORM
(heed.engine.quick_filter). Whether a mapped index is current is the caller's question: it
compares `stamp` with the account's head.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heed.bulk.index_read import KINDS, PURPOSES, SOURCES
from heed.core.lazy import module
from heed.core.rules import ActiveConsent, ActiveSuppression
from heed.core.vocabulary import Channel, Purpose, Scope, ScopeKind, Source

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from heed.bulk.keys import Keys
else:
    np = module("numpy")

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
ARRAYS = ("keys", "kinds", "values", "sources", "since", "events")
CONSENT_ARRAYS = ("consent_keys", "consent_purposes", "consent_since", "consent_events")


def micros(moment: datetime) -> int:
    return (moment - _EPOCH) // _MICROSECOND


def moment_of(value: int) -> datetime:
    return _EPOCH + value * _MICROSECOND


@dataclass(frozen=True)
class Stamp:
    """The event chain head an index reflects."""

    seq: int
    hash: str


@dataclass
class SuppressionIndex:
    """Active suppressions (sorted by key) and consents of one account on one channel."""

    account_id: str
    channel: Channel
    stamp: Stamp
    names: list[str]  # scope values (sender addresses, list names) that `values` index
    keys: Keys
    kinds: npt.NDArray[np.uint8]
    values: npt.NDArray[np.int32]  # -1 for account scope
    sources: npt.NDArray[np.uint8]
    since: npt.NDArray[np.int64]  # microseconds since 1970
    events: npt.NDArray[np.int64]
    consent_keys: Keys
    consent_purposes: npt.NDArray[np.uint8]
    consent_since: npt.NDArray[np.int64]
    consent_events: npt.NDArray[np.int64]
    erased: list[ActiveSuppression] = field(default_factory=list)
    erased_consents: list[ActiveConsent] = field(default_factory=list)
    #: The probes (heed.core.tombstones) stored for each tombstone in `erased` and
    #: `erased_consents` that has them.
    probes: dict[str, list[int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.keys)

    def name_id(self, name: str | None) -> int:
        """The id of a scope value in `values`, or -2 (matches nothing) if none has it."""
        try:
            return self.names.index(name) if name is not None else -2
        except ValueError:
            return -2

    def suppressions_of(self, key: int, address: str) -> list[ActiveSuppression]:
        """The active suppressions recorded under one key, as the check sees them."""
        return [self._suppression(i, address) for i in _run(self.keys, key)]

    def _suppression(self, i: int, address: str) -> ActiveSuppression:
        kind = KINDS[int(self.kinds[i])]
        value = "" if kind is ScopeKind.ACCOUNT else self.names[int(self.values[i])]
        event = int(self.events[i])
        return ActiveSuppression(
            self.channel,
            address,
            Scope(kind, value),
            SOURCES[int(self.sources[i])],
            moment_of(int(self.since[i])),
            event if event >= 0 else None,
        )

    def consents_of(self, key: int, address: str) -> list[ActiveConsent]:
        return [
            ActiveConsent(
                self.channel,
                address,
                PURPOSES[int(self.consent_purposes[i])],
                moment_of(int(self.consent_since[i])),
                int(self.consent_events[i]),
            )
            for i in _run(self.consent_keys, key)
        ]


def _run(keys: Keys, key: int) -> range:
    """Where `key` is in the sorted `keys`: searched as a uint64 like them. A Python list of
    ints would be an int64 array, and NumPy compares uint64 with int64 as float64: it would
    copy all of `keys` to floats on each call (0.3 s for 10M) and round 64-bit email hashes
    to 53 bits, finding a neighbour's row or none."""
    wanted = keys.dtype.type(key)
    return range(
        int(np.searchsorted(keys, wanted, "left")), int(np.searchsorted(keys, wanted, "right"))
    )


def runs(first: npt.NDArray[np.intp], counts: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """first[0], first[0] + 1, …, first[0] + counts[0] - 1, then the same for each next run."""
    ends = np.cumsum(counts)
    total = int(ends[-1]) if len(ends) else 0
    return np.repeat(first - (ends - counts), counts) + np.arange(total)


# -- on disk ---------------------------------------------------------------------------------


def home_of(root: Path, account_id: str, channel: Channel) -> Path:
    """The directory of one account's index of one channel, under a data directory."""
    return root / "index" / account_id / channel.value


def load(home: Path, account_id: str, channel: Channel) -> SuppressionIndex | None:
    """The version `home`'s pointer names, mapped; None if there is none or its files do not
    fit together (rebuilt then, never trusted)."""
    try:
        pointer = json.loads((home / "current.json").read_text())
        version = home / pointer["version"]
        arrays = {
            name: np.load(version / f"{name}.npy", mmap_mode="r")
            for name in (*ARRAYS, *CONSENT_ARRAYS)
        }
    except (OSError, ValueError, KeyError):
        return None
    if not _whole(arrays):
        return None
    return SuppressionIndex(
        account_id,
        channel,
        Stamp(pointer["seq"], pointer["hash"]),
        list(pointer["names"]),
        **arrays,
        erased=[erased_suppression(channel, e) for e in pointer["erased"]],
        erased_consents=[erased_consent(channel, e) for e in pointer["erased_consents"]],
        probes=pointer.get("probes", {}),  # none in an index saved before them: as legacy
    )


def save(home: Path, index: SuppressionIndex) -> None:
    """Write `index` as a new version of .npy files and publish it by renaming a small
    pointer file (atomic): a reader sees the old version or the new one, whole."""
    version = f"v{index.stamp.seq}-{index.stamp.hash[:12]}-{os.getpid()}"
    target = home / version
    target.mkdir(parents=True, exist_ok=True)
    for name in (*ARRAYS, *CONSENT_ARRAYS):
        np.save(target / f"{name}.npy", np.ascontiguousarray(getattr(index, name)))
    pointer = {
        "version": version,
        "seq": index.stamp.seq,
        "hash": index.stamp.hash,
        "names": index.names,
        "erased": [_erased_json(s) for s in index.erased],
        "erased_consents": [_erased_consent_json(c) for c in index.erased_consents],
        "probes": index.probes,
    }
    temporary = home / f".current-{os.getpid()}.json"
    temporary.write_text(json.dumps(pointer))
    os.replace(temporary, home / "current.json")
    for old in home.iterdir():
        if old.is_dir() and old.name != version:
            shutil.rmtree(old, ignore_errors=True)  # open maps keep their files alive


def _whole(arrays: dict[str, Any]) -> bool:
    """Whether the mapped files fit together: one row per suppression (and per consent) in
    every column, keys of the expected type. Checked on the files' headers: no pass over them."""
    rows = {len(arrays[name]) for name in ARRAYS}
    consents = {len(arrays[name]) for name in CONSENT_ARRAYS}
    keyed = arrays["keys"].dtype == np.uint64 and arrays["consent_keys"].dtype == np.uint64
    return len(rows) == 1 and len(consents) == 1 and keyed


def _erased_json(s: ActiveSuppression) -> list[object]:
    return [s.address, str(s.scope), s.source.value, micros(s.since), s.event_id]


def erased_suppression(channel: Channel, row: list[object]) -> ActiveSuppression:
    address, scope, source, since, event = row
    return ActiveSuppression(
        channel,
        str(address),
        Scope.parse(str(scope)),
        Source(str(source)),
        moment_of(int(str(since))),
        int(str(event)) if event is not None else None,
    )


def _erased_consent_json(c: ActiveConsent) -> list[object]:
    return [c.address, c.purpose.value, micros(c.since), c.event_id]


def erased_consent(channel: Channel, row: list[object]) -> ActiveConsent:
    address, purpose, since, event = row
    return ActiveConsent(
        channel,
        str(address),
        Purpose(str(purpose)),
        moment_of(int(str(since))),
        int(str(event)) if event is not None else None,
    )
