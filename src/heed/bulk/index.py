"""The compiled suppression index: one account's active suppressions and consents on one
channel as sorted numpy arrays, kept on disk and memory-mapped, so that many addresses are
decided by a binary search each instead of a query each.

Why arrays (bench/README.md, "suppression index", has the measurements): ten million
suppressions are 37 bytes each here (key, scope, source, since, event), 370 MB on disk and
mapped, not read, by the process that uses them; a membership test of a million recipients
is one `np.searchsorted`. A DuckDB or Parquet snapshot answered the same anti-join more slowly
once the recipients had to be handed over, and Python dictionaries of ten million rows take
several GB.

Freshness: an index is stamped with the account's event chain head (seq and hash) it
reflects. Every change to a suppression or consent appends an event in the same transaction,
so an index whose stamp is the head is exact. An older one is patched from the log (the
addresses that events after its stamp name are read again) or, when the chain does not
contain its stamp or too much changed, rebuilt. `Indexes.current` never returns a stale one.

Erased addresses are kept under a keyed tombstone (`heed.core.tombstones`) that cannot be
turned back into a number; they are kept aside as ordinary objects, with the probes their
erasure stored, which find the recipients who may be one of them (heed.bulk.decide).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.bulk import index_files as files
from heed.bulk import index_read as columns
from heed.bulk.index_files import (
    ARRAYS,
    CONSENT_ARRAYS,
    Stamp,
    SuppressionIndex,
    micros,
    runs,
)
from heed.bulk.index_read import KINDS, PURPOSES, SOURCES
from heed.bulk.keys import address_key, keys_of
from heed.core.lazy import module
from heed.core.rules import ActiveConsent, ActiveSuppression
from heed.core.tombstones import PREFIX as TOMBSTONE_PREFIX
from heed.core.vocabulary import Channel, Purpose, Scope, ScopeKind, Source
from heed.store.batches import KIND as BATCH
from heed.store.tables import Consent, ErasureProbe, Event, EventHead, Suppression

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pyarrow as pa

    from heed.bulk.keys import Keys
else:
    np = module("numpy")
    pa = module("pyarrow")

_STREAM = 50_000
#: Patch from the log up to this many changed addresses; beyond, rebuilding is as cheap.
_MAX_PATCH = 200_000
#: Indexes a process keeps mapped or in memory between calls (`Indexes.current`).
KEPT = 16


# -- building from the database --------------------------------------------------------------


def head_of(session: Session, account_id: str) -> Stamp:
    """The head as this session sees it, its own unflushed events included (an import's
    batch decides its flags after appending; heed.store.reads.event_head reads the stored
    row, for `heed filter`'s bare connection)."""
    head = session.get(EventHead, account_id)
    return Stamp(head.seq, head.hash) if head is not None else Stamp(0, "")


class _Rows:
    """Columns gathered row by row, turned into sorted arrays at the end."""

    def __init__(self, channel: Channel, names: list[str]) -> None:
        self.channel = channel
        self.names = names
        self._ids = {name: i for i, name in enumerate(names)}
        self.keys: list[int] = []
        self.kinds: list[int] = []
        self.values: list[int] = []
        self.sources: list[int] = []
        self.since: list[int] = []
        self.events: list[int] = []
        self.erased: list[ActiveSuppression] = []

    def add(self, address: str, scope: str, source: str, since: datetime, event: int) -> None:
        if address.startswith(TOMBSTONE_PREFIX):
            parsed = Scope.parse(scope)
            self.erased.append(
                ActiveSuppression(self.channel, address, parsed, Source(source), since, event)
            )
            return
        kind, _, value = scope.partition(":")
        self.keys.append(address_key(self.channel, address))
        self.kinds.append(KINDS.index(ScopeKind(kind)))
        if kind == ScopeKind.ACCOUNT:
            self.values.append(-1)
        else:
            if value not in self._ids:
                self._ids[value] = len(self.names)
                self.names.append(value)
            self.values.append(self._ids[value])
        self.sources.append(SOURCES.index(Source(source)))
        self.since.append(micros(since))
        self.events.append(event)

    def arrays(self) -> dict[str, np.ndarray]:
        keys = np.array(self.keys, dtype=np.uint64)
        order = np.argsort(keys, kind="stable")
        return {
            "keys": keys[order],
            "kinds": np.array(self.kinds, dtype=np.uint8)[order],
            "values": np.array(self.values, dtype=np.int32)[order],
            "sources": np.array(self.sources, dtype=np.uint8)[order],
            "since": np.array(self.since, dtype=np.int64)[order],
            "events": np.array(self.events, dtype=np.int64)[order],
        }


class _ConsentRows:
    def __init__(self, channel: Channel) -> None:
        self.channel = channel
        self.keys: list[int] = []
        self.purposes: list[int] = []
        self.since: list[int] = []
        self.events: list[int] = []
        self.erased: list[ActiveConsent] = []

    def add(self, address: str, purpose: str, since: datetime, event: int) -> None:
        if address.startswith(TOMBSTONE_PREFIX):
            self.erased.append(ActiveConsent(self.channel, address, Purpose(purpose), since, event))
            return
        self.keys.append(address_key(self.channel, address))
        self.purposes.append(PURPOSES.index(Purpose(purpose)))
        self.since.append(micros(since))
        self.events.append(event)

    def arrays(self) -> dict[str, np.ndarray]:
        keys = np.array(self.keys, dtype=np.uint64)
        order = np.argsort(keys, kind="stable")
        return {
            "consent_keys": keys[order],
            "consent_purposes": np.array(self.purposes, dtype=np.uint8)[order],
            "consent_since": np.array(self.since, dtype=np.int64)[order],
            "consent_events": np.array(self.events, dtype=np.int64)[order],
        }


def _suppression_rows(
    session: Session, account_id: str, channel: Channel, addresses: Sequence[str] | None
) -> Iterable[tuple[str, str, str, datetime, int]]:
    query = select(
        Suppression.address,
        Suppression.scope,
        Suppression.source,
        Suppression.since,
        Suppression.created_event,
    ).where(
        Suppression.account_id == account_id,
        Suppression.channel == channel.value,
        Suppression.lifted_at.is_(None),
    )
    for chunk in _chunks(addresses):
        wanted = query if chunk is None else query.where(Suppression.address.in_(chunk))
        yield from session.execute(wanted.execution_options(yield_per=_STREAM))


def _consent_rows(
    session: Session, account_id: str, channel: Channel, addresses: Sequence[str] | None
) -> Iterable[tuple[str, str, datetime, int]]:
    query = select(Consent.address, Consent.purpose, Consent.since, Consent.created_event).where(
        Consent.account_id == account_id,
        Consent.channel == channel.value,
        Consent.revoked_at.is_(None),
    )
    for chunk in _chunks(addresses):
        wanted = query if chunk is None else query.where(Consent.address.in_(chunk))
        yield from session.execute(wanted.execution_options(yield_per=_STREAM))


def _chunks(addresses: Sequence[str] | None) -> Iterable[Sequence[str] | None]:
    if addresses is None:
        yield None
        return
    yield from _slices(addresses)


def _slices(values: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    """`values` a statement's worth of bound parameters at a time."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def build(session: Session, account_id: str, channel: Channel) -> SuppressionIndex:
    """Read the channel's active suppressions and consents once: the index as of the head.

    The head is read first: a change committed while the rows stream in is then in the rows
    and after the stamp, so the next use patches it in again (re-reading is idempotent).
    """
    stamp = head_of(session, account_id)
    return _compile_all(session, account_id, channel, stamp)


def _compile_all(
    session: Session, account_id: str, channel: Channel, stamp: Stamp
) -> SuppressionIndex:
    """Every active row of the channel, read and encoded as columns (heed.bulk.index_read)."""
    table = columns.read_table(
        session, columns._SUPPRESSIONS, columns.SUPPRESSION_COLUMNS, account_id, channel
    )
    plain, erased = columns.split_erased(table)
    names: list[str] = []
    keys = columns.keys_column(channel, plain.column("address"))
    kinds, values = columns.scope_codes(plain.column("scope"), names)
    order = np.argsort(keys, kind="stable")
    arrays: dict[str, Any] = {
        "keys": keys[order],
        "kinds": kinds[order],
        "values": values[order],
        "sources": columns.source_codes(plain.column("source"))[order],
        "since": _ints(plain, "since")[order],
        "events": _ints(plain, "event")[order],
    }
    given = columns.read_table(
        session, columns._CONSENTS, columns.CONSENT_COLUMNS, account_id, channel
    )
    plain_given, erased_given = columns.split_erased(given)
    consent_keys = columns.keys_column(channel, plain_given.column("address"))
    order = np.argsort(consent_keys, kind="stable")
    arrays |= {
        "consent_keys": consent_keys[order],
        "consent_purposes": columns.purpose_codes(plain_given.column("purpose"))[order],
        "consent_since": _ints(plain_given, "since")[order],
        "consent_events": _ints(plain_given, "event")[order],
    }
    stones = erased.column("address").to_pylist() + erased_given.column("address").to_pylist()
    return SuppressionIndex(
        account_id,
        channel,
        stamp,
        names,
        **arrays,
        erased=[_erased_row(channel, r) for r in erased.to_pylist()],
        erased_consents=[_erased_consent_row(channel, r) for r in erased_given.to_pylist()],
        probes=_probes_of(session, account_id, stones),
    )


def _probes_of(session: Session, account_id: str, stones: Iterable[str]) -> dict[str, list[int]]:
    """The probes stored for each of these tombstones (as unsigned 64-bit numbers)."""
    found: dict[str, list[int]] = {}
    for chunk in _slices(sorted(set(stones))):
        rows = session.execute(
            select(ErasureProbe.tombstone, ErasureProbe.probe).where(
                ErasureProbe.account_id == account_id, ErasureProbe.tombstone.in_(chunk)
            )
        )
        for stone, probe in rows:
            found.setdefault(stone, []).append(probe % 2**64)
    return found


def _ints(table: pa.Table, name: str) -> npt.NDArray[np.int64]:
    return np.asarray(table.column(name).to_numpy(), dtype=np.int64)


def _erased_row(channel: Channel, row: dict[str, object]) -> ActiveSuppression:
    return files.erased_suppression(
        channel, [row["address"], row["scope"], row["source"], row["since"], row["event"]]
    )


def _erased_consent_row(channel: Channel, row: dict[str, object]) -> ActiveConsent:
    return files.erased_consent(
        channel, [row["address"], row["purpose"], row["since"], row["event"]]
    )


def _compile(
    session: Session,
    account_id: str,
    channel: Channel,
    stamp: Stamp,
    names: list[str],
    addresses: Sequence[str] | None,
) -> SuppressionIndex:
    rows = _Rows(channel, list(names))
    for row in _suppression_rows(session, account_id, channel, addresses):
        rows.add(*row)
    consents = _ConsentRows(channel)
    for consent in _consent_rows(session, account_id, channel, addresses):
        consents.add(*consent)
    return SuppressionIndex(
        account_id,
        channel,
        stamp,
        rows.names,
        **rows.arrays(),
        **consents.arrays(),
        erased=rows.erased,
        erased_consents=consents.erased,
        probes=_probes_of(
            session,
            account_id,
            [s.address for s in rows.erased] + [c.address for c in consents.erased],
        ),
    )


def patch(session: Session, index: SuppressionIndex) -> SuppressionIndex | None:
    """The index brought up to the head from the log; None when it must be rebuilt (its stamp
    is not in the chain, an erasure happened, or too much changed)."""
    head = head_of(session, index.account_id)
    if head == index.stamp:
        return index
    if index.stamp.seq and not _in_chain(session, index.account_id, index.stamp):
        return None
    touched: set[str] = set()
    rows = session.execute(
        select(Event.kind, Event.channel, Event.address).where(
            Event.account_id == index.account_id,
            Event.seq > index.stamp.seq,
            Event.seq <= head.seq,
        )
    )
    for kind, channel, address in rows:
        # A batch import names no address in its event (heed.store.batches): rebuild.
        if kind.startswith("contact.erase") or kind == BATCH or len(touched) > _MAX_PATCH:
            return None
        if channel == index.channel.value and address:
            touched.add(address)
    if not touched:
        return _restamped(index, head)
    return _merged(
        index,
        _compile(session, index.account_id, index.channel, head, index.names, sorted(touched)),
        touched,
    )


def _in_chain(session: Session, account_id: str, stamp: Stamp) -> bool:
    found = session.scalar(
        select(Event.hash).where(Event.account_id == account_id, Event.seq == stamp.seq)
    )
    return found == stamp.hash


def _restamped(index: SuppressionIndex, stamp: Stamp) -> SuppressionIndex:
    return replace(index, stamp=stamp)


def _merged(old: SuppressionIndex, fresh: SuppressionIndex, touched: set[str]) -> SuppressionIndex:
    """`old` with every entry of a touched address replaced by what `fresh` read for it."""
    plain = [a for a in touched if not a.startswith(TOMBSTONE_PREFIX)]
    gone = np.sort(keys_of(old.channel, plain))
    keep = ~_listed(np.asarray(old.keys), gone)
    keep_consents = ~_listed(np.asarray(old.consent_keys), gone)
    arrays = {name: _sorted_concat(old, fresh, name, keep, "keys") for name in ARRAYS} | {
        name: _sorted_concat(old, fresh, name, keep_consents, "consent_keys")
        for name in CONSENT_ARRAYS
    }
    erased = [s for s in old.erased if s.address not in touched] + fresh.erased
    erased_consents = [c for c in old.erased_consents if c.address not in touched]
    return SuppressionIndex(
        old.account_id,
        old.channel,
        fresh.stamp,
        fresh.names,
        **arrays,
        erased=erased,
        erased_consents=erased_consents + fresh.erased_consents,
        probes=old.probes | fresh.probes,
    )


def _listed(keys: Keys, gone: Keys) -> npt.NDArray[np.bool_]:
    """Which of the sorted `keys` are in the sorted `gone`: the few ranges they occupy are
    found by binary search (a 10M-key index, a few thousand changed addresses)."""
    lo = np.searchsorted(keys, gone, "left")
    counts = np.searchsorted(keys, gone, "right") - lo
    found = np.zeros(len(keys), dtype=np.bool_)
    found[runs(lo, counts)] = True
    return found


def _sorted_concat(
    old: SuppressionIndex,
    fresh: SuppressionIndex,
    name: str,
    keep: npt.NDArray[np.bool_],
    by: str,
) -> np.ndarray:
    keys = np.concatenate([getattr(old, by)[keep], getattr(fresh, by)])
    order = np.argsort(keys, kind="stable")
    return np.concatenate([getattr(old, name)[keep], getattr(fresh, name)])[order]


# -- on disk ---------------------------------------------------------------------------------


class Indexes:
    """The compiled indexes of every account, in one directory, shared by processes.

    Each version is a directory of .npy files, written aside and published by renaming a
    small pointer file (atomic), so a reader sees the old version or the new one, whole.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        # the most recently used last: at most KEPT, see `current`
        self._loaded: OrderedDict[tuple[str, Channel], SuppressionIndex] = OrderedDict()

    def current(self, session: Session, account_id: str, channel: Channel) -> SuppressionIndex:
        """The index as of the account's head: loaded, patched or rebuilt, never stale.

        The last `KEPT` used stay in this process. An index mapped from its files holds one
        open descriptor per array (CPython's mmap keeps its own), ten an index: kept for every
        account and channel a server has seen, a few hundred tenants' indexes would exhaust a
        process's usual 1,024 descriptors (and its memory, for those patched in memory). One
        used less recently is mapped again from its files when next asked for."""
        key = (account_id, channel)
        found = self._loaded.pop(key, None) or self._load(account_id, channel)
        fresh = patch(session, found) if found is not None else None
        if fresh is None:
            fresh = build(session, account_id, channel)
        if found is None or fresh.stamp != found.stamp:
            self._save(fresh)
        self._loaded[key] = fresh
        while len(self._loaded) > KEPT:
            self._loaded.popitem(last=False)
        return fresh

    def _load(self, account_id: str, channel: Channel) -> SuppressionIndex | None:
        return files.load(files.home_of(self.root, account_id, channel), account_id, channel)

    def _save(self, index: SuppressionIndex) -> None:
        files.save(files.home_of(self.root, index.account_id, index.channel), index)
