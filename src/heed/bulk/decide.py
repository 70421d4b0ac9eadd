"""Many recipients decided at once from a `SuppressionIndex`, with the check's own rules.

`Recipients.strongest` answers, for a column of keys, the strongest reason each one is held
back for (or that it may be sent) without a Python step per recipient: every recipient is a
binary search in the index, and only the entries found are tested against this sender, list
and purpose, as arrays (`held_back`). `Recipients.result` gives one recipient's full answer
by handing what the index holds for it to heed.engine.checking, the code `heed check`
decides with, so reasons, scopes and times are the check's. The tests compare both with
`Engine.check` on random states.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from heed.bulk.arena import empty, taken
from heed.bulk.halves import joined
from heed.bulk.index_files import SuppressionIndex, runs
from heed.bulk.index_read import KINDS, PURPOSES, SOURCES
from heed.bulk.registry import RegistryView
from heed.core.lazy import module
from heed.core.rules import _REASON_BY_SOURCE, _REASON_ORDER, CheckRequest, CheckResult
from heed.core.tombstones import PREFIX as TOMBSTONE_PREFIX
from heed.core.vocabulary import (
    OPT_OUT_SOURCES,
    Channel,
    Purpose,
    ReasonCode,
    ScopeKind,
    Source,
)
from heed.engine import checking
from heed.store.reads import AccountRef, Target

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from heed.bulk.keys import Keys, Mask
else:
    np = module("numpy")

if TYPE_CHECKING:
    Ranks = npt.NDArray[np.int8]
ALLOWED = -1
#: Every reason code, strongest first; a rank is a position in this tuple.
CODES: tuple[ReasonCode, ...] = tuple(_REASON_ORDER)
NO_CONSENT = CODES.index(ReasonCode.NO_CONSENT)
UNKNOWN_SENDER = CODES.index(ReasonCode.UNKNOWN_SENDER)
INVALID = CODES.index(ReasonCode.INVALID_ADDRESS)
REGISTRY = CODES.index(ReasonCode.REGISTRY)
_MICROS_A_DAY = 86_400_000_000


@functools.cache
def _rank_table() -> npt.NDArray[np.int8]:
    """rank[source, is_list]: the reason a suppression of that source and scope gives."""
    table = np.zeros((len(SOURCES), 2), dtype=np.int8)
    for i, source in enumerate(SOURCES):
        code = _REASON_BY_SOURCE[source]
        table[i, 0] = CODES.index(code)
        listed = ReasonCode.LIST_UNSUBSCRIBED if code is ReasonCode.OPTED_OUT else code
        table[i, 1] = CODES.index(listed)
    return table


_LIST = KINDS.index(ScopeKind.LIST)
_SENDER = KINDS.index(ScopeKind.SENDER)
_ACCOUNT = KINDS.index(ScopeKind.ACCOUNT)
_PURPOSE = KINDS.index(ScopeKind.PURPOSE)
_REGISTRY = SOURCES.index(Source.REGISTRY)
#: Sources whose opt-outs cross channels under `opt_out_channels=all` (crosses_channels).
_OPT_OUT = [SOURCES.index(s) for s in sorted(OPT_OUT_SOURCES)]


#: "Nothing applies" while ranks are combined with np.minimum (a smaller rank is a stronger
#: reason; ALLOWED, -1, would win every comparison).
_NONE = 127


def held_back(
    index: SuppressionIndex, request: CheckRequest, keys: Keys, *, crossing_only: bool = False
) -> Ranks:
    """The strongest rank each of the sorted `keys` gets from the index's suppressions that
    apply to `request` (as `scope_applies` and `source_applies` say), or _NONE; with
    `crossing_only`, only from opt-outs that cross channels (another channel's index, under
    `opt_out_channels=all`: heed.core.rules.crosses_channels).

    Only the entries of these keys are read, found by a binary search each in ascending
    order (neighbouring searches touch the same pages of the mapped index): nothing here
    passes over the whole index, so a new process pays for the recipients, not for the
    ten million suppressions."""
    stored = np.asarray(index.keys)
    ranks = np.full(len(keys), _NONE, dtype=np.int8)
    if not len(stored) or not len(keys):
        return ranks
    lo = joined(lambda part: searched(stored, keys[part]), len(keys))
    np.minimum(lo, len(stored) - 1, out=lo)  # a key past the last is no hit either way
    same = np.equal(taken(stored, lo), keys, out=empty(len(keys), np.bool_))
    hit = np.flatnonzero(same)
    if not len(hit):
        return ranks
    first = lo[hit]
    counts = _entries_from(stored, first, keys[hit])
    entries = runs(first, counts)
    found = _entry_ranks(index, request, entries, crossing_only)
    ranks[hit] = np.minimum.reduceat(found, np.cumsum(counts) - counts)
    return ranks


def searched(stored: Keys, keys: Keys) -> npt.NDArray[np.intp]:
    """`np.searchsorted(stored, keys)` for ascending `keys`, a block of `stored` at a time:
    the keys that fall in each block (found by one search of the blocks' last entries) are
    searched in that block alone. A search of the whole of a 10M-entry index takes 23 steps,
    the first ones each a cache miss far away; within a block of `_SPAN` entries it takes 15,
    mostly in cache (bench/README.md, the filter: the searches' time down by a quarter)."""
    n = len(stored)
    if n <= 2 * _SPAN or len(keys) < 2 * (n // _SPAN):
        return np.searchsorted(stored, keys)
    begins = list(range(0, n, _SPAN))
    # Keys up to a block's last entry belong to it or an earlier one: a key's place (the
    # entries below it) is then at most that entry's, and past the block before it.
    lasts = np.array(begins[1:], dtype=np.intp) - 1
    cuts = [0, *np.searchsorted(keys, stored[lasts], "right").tolist(), len(keys)]
    found = empty(len(keys), np.intp)
    for block, begin in enumerate(begins):
        first, stop = cuts[block], cuts[block + 1]
        if first < stop:
            part = found[first:stop]
            part[:] = np.searchsorted(stored[begin : begin + _SPAN], keys[first:stop])
            part += begin
    return found


_SPAN = 1 << 15


def _entries_from(stored: Keys, first: npt.NDArray[np.intp], keys: Keys) -> npt.NDArray[np.intp]:
    """How many entries hold each key, from its first: the next entries compared a step at a
    time (most keys have one or two, one per scope), and a search for the few with more."""
    counts = np.ones(len(first), dtype=np.intp)
    open_ = np.arange(len(first))
    for _ in range(_STEPS):
        after = first[open_] + counts[open_]
        open_ = open_[after < len(stored)]
        open_ = open_[stored[first[open_] + counts[open_]] == keys[open_]]
        if not len(open_):
            return counts
        counts[open_] += 1
    counts[open_] = np.searchsorted(stored, keys[open_], "right") - first[open_]
    return counts


_STEPS = 4


def _entry_ranks(
    index: SuppressionIndex, request: CheckRequest, entries: npt.NDArray[np.intp], crossing: bool
) -> Ranks:
    """The rank each chosen entry of the index gives `request`, or _NONE if it does not apply."""
    kinds = np.asarray(index.kinds)[entries]
    sources = np.asarray(index.sources)[entries]
    values = np.asarray(index.values)[entries]
    applies = kinds == _ACCOUNT
    if request.sender is None:
        applies |= kinds == _SENDER
    else:
        applies |= (kinds == _SENDER) & (values == index.name_id(request.sender))
    if request.list_name is not None and not crossing:
        applies |= (kinds == _LIST) & (values == index.name_id(request.list_name))
    applies |= (kinds == _PURPOSE) & (values == index.name_id(request.purpose.value))
    if request.purpose is not Purpose.MARKETING:
        applies &= sources != _REGISTRY
    if crossing:
        applies &= np.isin(sources, _OPT_OUT)
    ranks = _rank_table()[sources, (kinds == _LIST).astype(np.intp)]
    return np.where(applies, ranks, _NONE).astype(np.int8)


def consented(
    index: SuppressionIndex, purpose: Purpose, registries: RegistryView | None = None
) -> Keys:
    """Sorted keys of the addresses with an active consent for `purpose` that counts: one
    given before its number's listed disconnection was its previous holder's."""
    wanted = np.asarray(index.consent_purposes) == PURPOSES.index(purpose)
    keys = np.asarray(index.consent_keys)[wanted]
    if registries is not None and registries.reassigned and len(keys):
        since = np.asarray(index.consent_since)[wanted]
        cut = registries.disconnected(keys).astype(np.int64) * _MICROS_A_DAY
        keys = keys[since >= cut]
    return sorted_unique(keys)


def sorted_unique(keys: Keys) -> Keys:
    """`np.unique` by sorting (NumPy 2's hash-based unique is far slower on 64-bit keys)."""
    ordered = np.sort(keys)
    if not len(ordered):
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def member(sorted_keys: Keys, keys: Keys) -> Mask:
    """Which of the sorted `keys` are in `sorted_keys`."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=np.bool_)
    at = searched(sorted_keys, keys)
    np.minimum(at, len(sorted_keys) - 1, out=at)
    found = empty(len(keys), np.bool_)
    np.equal(taken(sorted_keys, at), keys, out=found)
    return found


class Recipients:
    """One request (channel, sender, list, purpose) decided for many addresses."""

    def __init__(
        self,
        index: SuppressionIndex,
        account: AccountRef,
        request: CheckRequest,
        registries: RegistryView | None = None,
        others: Sequence[SuppressionIndex] = (),
    ) -> None:
        self.index = index
        self.others = tuple(others)  # the other channels whose opt-outs count (reach_of)
        self.account = account
        self.request = request
        self.required = account.decides.require_consent_for
        self.needs_consent = request.purpose in self.required
        self.registries = registries if registries else None
        self.scrubbed = self.registries is not None and request.purpose is Purpose.MARKETING
        self.consented = (
            consented(index, request.purpose, self.registries)
            if self.needs_consent or self.scrubbed
            else None
        )
        self.has_erased = any(i.erased or i.erased_consents for i in (index, *self.others))

    def strongest(self, keys: Keys) -> Ranks:
        """Each recipient's strongest reason (a rank in CODES), or ALLOWED, for sorted `keys`.
        Recipients the index cannot decide alone (erased addresses exist) must be asked via
        `result`."""
        ranks = held_back(self.index, self.request, keys)
        for other in self.others:
            ranks = np.minimum(ranks, held_back(other, self.request, keys, crossing_only=True))
        ranks = np.where(ranks == _NONE, ALLOWED, ranks).astype(np.int8)
        if not self.request.sender_known:  # evaluate's unknown_sender, stronger than the rest
            ranks = np.where(ranks == ALLOWED, UNKNOWN_SENDER, np.minimum(ranks, UNKNOWN_SENDER))
            return ranks.astype(np.int8)
        if self.consented is None:
            return ranks
        given = member(self.consented, keys)
        if self.scrubbed and self.registries is not None:
            listed = self.registries.listed(keys) & ~given
            ranks[listed] = np.where(ranks[listed] == ALLOWED, REGISTRY, ranks[listed])
            ranks[listed] = np.minimum(ranks[listed], REGISTRY)
        if self.needs_consent:
            ranks[(ranks == ALLOWED) & ~given] = NO_CONSENT
        return ranks

    def codes(self, addresses: Sequence[str], keys: Sequence[int]) -> list[list[str]]:
        """`result(address, key).codes` of each of many recipients (the excluded file's
        reasons), for ~1 µs each where `result` takes ~45.

        An answer's codes, unlike its reasons, name no time, event or address: `evaluate` gives
        a suppression a code by its scope and source, a do-not-call listing `registry`, orders
        them by code, and adds `no_consent` by whether a consent of the purpose counts. So
        recipients alike in those (`_groups`) get the same codes: the first of each group is
        asked `result`, the others share its codes. Whoever has more than one suppression, a
        tombstone the index holds, another channel's opt-out or a reassigned number's
        disconnection (whose date decides which consents count) is asked `result` alone."""
        groups = self._groups(addresses, np.asarray(keys, dtype=np.uint64)).tolist()
        shared: dict[int, list[str]] = {}
        found = []
        for address, key, group in zip(addresses, keys, groups, strict=True):
            codes = shared.get(group) if group >= 0 else None
            if codes is None:
                codes = self.result(address, key).codes
                if group >= 0:
                    shared[group] = codes
            found.append(codes)
        return found

    def _groups(self, addresses: Sequence[str], keys: Keys) -> npt.NDArray[np.int64]:
        """For `codes`: one integer a recipient naming all its codes depend on, or -1 (asked
        alone). Bits 0-47: its one suppression's source, scope value and scope kind; 48:
        whether the consent asked for counts; 49-55: which do-not-call lists bar it; 56:
        whether it has a suppression."""
        index, n = self.index, len(self.index)
        first = np.searchsorted(index.keys, keys, "left")
        count = np.searchsorted(index.keys, keys, "right") - first
        groups = np.zeros(len(keys), dtype=np.int64)
        if n:
            at = np.minimum(first, n - 1)
            held = (
                (np.asarray(index.kinds)[at].astype(np.int64) << 40)
                | ((np.asarray(index.values)[at].astype(np.int64) + 2) << 8)
                | np.asarray(index.sources)[at].astype(np.int64)
            )
            groups = np.where(count == 1, held | (1 << 56), groups)
        order = np.argsort(keys, kind="stable")  # `member` searches ascending keys

        def held_in(sorted_keys: Keys) -> Mask:
            found = np.empty(len(keys), dtype=np.bool_)
            found[order] = member(sorted_keys, keys[order])
            return found

        if self.consented is not None:
            groups |= held_in(self.consented).astype(np.int64) << 48
        alone = count > 1
        for other in self.others:
            alone |= held_in(other.keys)
        if self.registries is not None:
            lists = self.registries.barring(keys)
            if len(lists) > 7:
                return np.full(len(keys), -1, dtype=np.int64)
            for bit, barred in enumerate(lists, start=49):
                groups |= barred.astype(np.int64) << bit
            alone |= self.registries.disconnected(keys) >= 0
        alone |= self.tombstoned(keys, addresses.__getitem__)
        groups[alone] = -1
        return groups

    def result(self, address: str, key: int) -> CheckResult:
        """The check's whole answer for one canonical address, from what the index holds,
        decided by heed.engine.checking (tombstones included, as for every path)."""
        target = Target(self.request.channel, address)
        facts = checking.facts_of(self.account, target, _Held(self, key))
        return checking.decide(self.account, replace(self.request, address=address), facts)

    def erased_addresses(self) -> set[str]:
        """The tombstones the index holds (its channel's consents, every channel's opt-outs)."""
        return {s.address for i in (self.index, *self.others) for s in i.erased} | {
            c.address for c in self.index.erased_consents
        }

    def tombstoned(self, keys: Keys, address_of: Callable[[int], str]) -> Mask:
        """Whether one of each recipient's tombstones is among the index's (`keys` their
        keys; `address_of(i)` the canonical address of the i-th): what the index holds for
        them then is not all there is (heed.engine.checking.keys_of looks facts up under the
        same tombstones). Only recipients whose probe is one their erasures stored get a
        tombstone (an HMAC, ~3 µs); all of them if a tombstone has none."""
        found = np.zeros(len(keys), dtype=np.bool_)
        if not self.has_erased:
            return found
        erased, stored = self.erased_addresses(), self._probes
        if stored is None:
            maybe = np.arange(len(keys))
        else:
            hit = np.zeros(len(keys), dtype=np.bool_)
            for probes in self.account.keys.probes_of(keys):
                hit |= np.isin(probes, stored)
            maybe = np.flatnonzero(hit)
        candidates = maybe.tolist()
        stones = self.account.tombstones_of(address_of(i) for i in candidates)
        for i, own in zip(candidates, stones, strict=True):
            found[i] = not erased.isdisjoint(own)
        return found

    @functools.cached_property
    def _probes(self) -> Keys | None:
        """Every probe the held tombstones' erasures stored; None if one has none (erased
        before probes existed, migration 0020), when only a tombstone each can tell."""
        held = [i.probes for i in (self.index, *self.others)]
        every: list[int] = []
        for stone in self.erased_addresses():
            found = [p for probes in held for p in probes.get(stone, ())]
            if not found:
                return None
            every += found
        return np.unique(np.array(every, dtype=np.uint64))

    def index_of(self, channel: Channel) -> SuppressionIndex | None:
        """The index held for `channel` (the request's, or one whose opt-outs reach it)."""
        return next((i for i in (self.index, *self.others) if i.channel is channel), None)


class _Held:
    """What the index holds for one recipient (its key) and for any tombstone, as a
    `heed.engine.checking.Recorded`."""

    def __init__(self, recipients: Recipients, key: int) -> None:
        self._recipients = recipients
        self._key = key
        self.any_erased = recipients.has_erased

    def recorded(self, key: Target) -> checking.Facts:
        index, address = self._recipients.index_of(key.channel), key.address
        if index is None:
            return checking.NOTHING
        if index is not self._recipients.index:  # another channel: only its suppressions count
            erased = address.startswith(TOMBSTONE_PREFIX)
            found = (
                [s for s in index.erased if s.address == address]
                if erased
                else index.suppressions_of(self._key, address)
            )
            return checking.Facts(tuple(found))
        if address.startswith(TOMBSTONE_PREFIX):
            suppressions = [s for s in index.erased if s.address == address]
            consents = [c for c in index.erased_consents if c.address == address]
            return checking.Facts(tuple(suppressions), tuple(consents))
        registries = self._recipients.registries
        listed = registries.listings(self._key) if registries is not None else []
        suppressions = index.suppressions_of(self._key, address)
        wanted = self._recipients.needs_consent or bool(listed)
        consents = index.consents_of(self._key, address) if wanted else []
        return checking.Facts(tuple(suppressions), tuple(consents), tuple(listed))
