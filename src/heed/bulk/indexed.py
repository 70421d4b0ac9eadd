"""An audience read from the compiled suppression index: one recipient at a time (`decide`,
for JSON and files the columnar reader cannot take) or a column at a time (`decide_column`).

Both give, for every recipient, exactly what `Engine.check` answers: the strongest reason
comes from the index's arrays, the full answer (`decide`, and the reasons written beside
excluded rows) from heed.engine.checking over what the index holds for that address.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from heed.bulk.arena import empty, taken
from heed.bulk.audience import Decision, Verdict
from heed.bulk.decide import ALLOWED, CODES, INVALID, Recipients
from heed.bulk.halves import both, large
from heed.bulk.keys import Spans, address_key, canonical_keys
from heed.bulk.registry import RegistryView
from heed.core.fast_addresses import normalise_address_fast
from heed.core.lazy import module
from heed.core.rules import CheckResult, channels_reached, invalid_address
from heed.core.vocabulary import AddressKind, Channel, Purpose
from heed.engine import checking
from heed.errors import InvalidAddress
from heed.store.reads import AccountRef

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from sqlalchemy.orm import Session

    from heed.bulk.decide import Ranks
    from heed.bulk.index import Indexes
    from heed.bulk.keys import Keys, Mask
else:
    np = module("numpy")


@dataclass
class Column:
    """A column of recipients decided: canonical key, address where read on the slow path,
    whether readable, and the strongest reason (a rank in CODES, or ALLOWED)."""

    keys: Keys
    valid: Mask
    proved: Mask  # rows whose value is canonical E.164 as written ("+" and digits only)
    ranks: Ranks
    addresses: dict[int, str]  # row -> canonical address, for rows read on the slow path
    errors: dict[int, str]  # row -> why it is unreadable
    firsts: npt.NDArray[np.intp]  # the readable rows whose key no earlier row has

    def codes(self, row: int) -> str:
        return CODES[int(self.ranks[row])].value


class IndexedAudience:
    """Who may be messaged on one channel, from one sender, for one list and purpose."""

    def __init__(self, account: AccountRef, recipients: Recipients) -> None:
        self.account = account
        self.channel = recipients.request.channel
        self.recipients = recipients
        self._country = account.decides.default_country
        self._phone = self.channel.address_kind is AddressKind.PHONE

    def decide(self, raw: str) -> Decision:
        """What `Engine.check` answers for `raw` with this audience's sender, list, purpose."""
        try:
            address = normalise_address_fast(self.channel, raw, self._country)
        except InvalidAddress as exc:
            return Decision(None, invalid_address(str(exc)))
        return Decision(address, self.result(address, address_key(self.channel, address)))

    def result(self, address: str, key: int) -> CheckResult:
        return self.recipients.result(address, key)

    def codes(self, addresses: Sequence[str], keys: Sequence[int]) -> list[list[str]]:
        """Every reason's code of each of many refused canonical addresses (`result`'s)."""
        return self.recipients.codes(addresses, keys)

    def verdicts(self, raws: Sequence[str], *, reasons: bool) -> list[Verdict]:
        """`decide` of each of `raws`, a column at a time (`decide_column`), for the rows the
        csv module or a JSON parser reads one at a time: each refused row's first reason is its
        rank, as the columnar filter counts it, and only with `reasons` (an excluded file to
        write) are the refused rows asked every reason's code (`codes`)."""
        try:
            spans = Spans.of(raws)
        except UnicodeEncodeError:  # a lone surrogate (JSON can hold one): one at a time
            return [_verdict(d.address, d.result) for d in map(self.decide, raws)]
        column = self.decide_column(spans)
        found = []
        refused: list[tuple[int, str]] = []  # rows and addresses
        keys, ranks = column.keys.tolist(), column.ranks.tolist()  # Python ints, read once
        for row, readable in enumerate(column.valid.tolist()):
            if not readable:
                found.append(_verdict(None, invalid_address(column.errors[row])))
                continue
            address = column.addresses.get(row) or self.address_of(spans, row, keys)
            if ranks[row] == ALLOWED:
                found.append(Verdict(address, None))
                continue
            found.append(Verdict(address, column.codes(row)))
            if reasons:
                refused.append((row, address))
        if refused:
            codes = self.codes([a for _, a in refused], [keys[row] for row, _ in refused])
            for (row, _), every in zip(refused, codes, strict=True):
                found[row].reasons = every
        return found

    def decide_column(self, raw: Spans) -> Column:
        """Decide a whole column: canonical E.164 in bulk, every other spelling row by row."""
        n = len(raw)
        if self._phone:
            keys, valid = canonical_keys(raw)
        else:
            keys, valid = np.zeros(n, dtype=np.uint64), np.zeros(n, dtype=np.bool_)
        proved = valid.copy()
        addresses, errors = self._slow_path(raw, keys, valid)
        ranks = np.full(n, INVALID, dtype=np.int8)
        # Each distinct key is decided once, in ascending order (the searches then walk the
        # index's memory in order); the first row of each key is where its group starts.
        ordered, order = by_key(keys, np.flatnonzero(valid))
        starts = _group_starts(ordered)
        strongest = self.recipients.strongest(taken(ordered, starts))
        ranks[order] = np.repeat(strongest, _group_sizes(starts, len(order)))
        if self.recipients.has_erased:
            self._rank_erased(raw, keys, valid, ranks, addresses)
        firsts = taken(order, starts)
        return Column(keys, valid, proved, ranks, addresses, errors, firsts)

    def _slow_path(
        self, raw: Spans, keys: Keys, valid: Mask
    ) -> tuple[dict[int, str], dict[int, str]]:
        addresses: dict[int, str] = {}
        errors: dict[int, str] = {}
        slow = np.flatnonzero(~valid)
        seen: dict[str, str | InvalidAddress] = {}  # a file repeats its junk ("", "n/a")
        for row, value in zip(slow.tolist(), raw.texts(slow), strict=True):
            found = seen.get(value)
            if found is None:
                found = seen[value] = self._normalised(value)
            if isinstance(found, InvalidAddress):
                errors[row] = str(found)
                continue
            addresses[row] = found
            keys[row] = address_key(self.channel, found)
            valid[row] = True
        return addresses, errors

    def _normalised(self, raw: str) -> str | InvalidAddress:
        try:
            return normalise_address_fast(self.channel, raw, self._country)
        except InvalidAddress as exc:
            return exc

    def _rank_erased(
        self,
        raw: Spans,
        keys: Keys,
        valid: Mask,
        ranks: Ranks,
        addresses: dict[int, str],
    ) -> None:
        """Recipients whose tombstone the index holds get their rank from the full answer."""
        rows = np.flatnonzero(valid)

        def address(i: int) -> str:
            row = int(rows[i])
            return addresses.get(row) or self.address_of(raw, row, keys)

        for i in np.flatnonzero(self.recipients.tombstoned(keys[rows], address)).tolist():
            result = self.result(address(i), int(keys[rows[i]]))
            ranks[rows[i]] = ALLOWED if result.allowed else CODES.index(result.reasons[0].code)

    def address_of(self, raw: Spans, row: int, keys: Keys | list[int]) -> str:
        """The canonical address of a row proved canonical (its raw value, as it is)."""
        if self._phone:
            return f"+{int(keys[row])}"
        return raw.text(row)


def _verdict(address: str | None, result: CheckResult) -> Verdict:
    """A recipient's verdict from the check's whole answer (kept: its every reason)."""
    if result.allowed:
        return Verdict(address, None)
    return Verdict(address, result.reasons[0].code.value, result.codes)


def _group_starts(ordered: Keys) -> npt.NDArray[np.intp]:
    """Where each run of equal keys starts in `ordered`."""
    changes = empty(len(ordered), np.bool_)
    changes[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=changes[1:])
    return np.flatnonzero(changes)


def _group_sizes(starts: npt.NDArray[np.intp], total: int) -> npt.NDArray[np.intp]:
    """How many keys each run holds, from where the runs start among `total` keys."""
    sizes = empty(len(starts), np.intp)
    np.subtract(starts[1:], starts[:-1], out=sizes[:-1])
    sizes[-1:] = total - starts[-1:]
    return sizes


def by_key(keys: Keys, rows: npt.NDArray[np.intp]) -> tuple[Keys, npt.NDArray[np.intp]]:
    """The rows (ascending) sorted by their keys, rows of equal keys in file order, and the
    keys in that order. When a key and a row number fit in 64 bits together (a country's
    numbers: 11-13 digits, 37-44 bits, beside 20 bits for a million rows) they are sorted as
    one number, which takes half the time of sorting the rows by key."""
    chosen = taken(keys, rows)
    width = len(keys).bit_length()
    if len(rows) and int(chosen.max()).bit_length() + width <= 64:
        shift = np.uint64(width)
        chosen <<= shift  # a gather of its own: worked on in place
        chosen |= rows.view(np.uint64)  # row numbers are not negative
        packed = _sorted(chosen)
        numbers = np.bitwise_and(
            packed, np.uint64((1 << width) - 1), out=empty(len(rows), np.uint64)
        )
        packed >>= shift
        return packed, numbers.view(np.intp)
    order = np.argsort(chosen, kind="stable")
    return chosen[order], rows[order]


def _sorted(values: Keys) -> Keys:
    """`values` sorted: in place (the caller's own array); a large array as two ranges split
    at a sampled median, on two threads, into a new one."""
    if not large(len(values)):
        values.sort()
        return values
    sample = np.sort(values[:: max(1, len(values) // 1024)])
    low = values < sample[len(sample) // 2]
    return np.concatenate(both(lambda: np.sort(values[low]), lambda: np.sort(values[~low])))


def load_indexed_audience(
    session: Session,
    indexes: Indexes,
    account: AccountRef,
    channel: Channel,
    *,
    sender: str | None,
    list_name: str | None,
    purpose: Purpose,
    registries: RegistryView | None = None,
) -> IndexedAudience:
    """The audience for one request, from the account's index brought up to date."""
    request = checking.request_of(session, account, channel, sender, list_name, purpose)
    index = indexes.current(session, account.id, channel)
    reached = channels_reached(channel, account.decides.opt_out_channels)[1:]
    others = [indexes.current(session, account.id, c) for c in reached]
    return IndexedAudience(account, Recipients(index, account, request, registries, others))
