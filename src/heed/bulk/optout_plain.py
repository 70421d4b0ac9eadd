"""Opt-outs from a plain CSV file a block of rows at a time: the suppressions, evidence, counts
and errors `optout_import.read_rows`, `plan` and `apply` make, without a Python object per row.

Taken for every plain file (heed.bulk.plain_rows) of an account that opts people out on the
channel they asked on (`takes`): every good row is one suppression, of the file's channel and
scope or of the row's own channel and scope columns (as heed's own export has them: each pair
of values read once by `optout_import.place_of`; for a list, the row's contact is also marked
unsubscribed from it, a batch at a time), with the file's reason or, when it has a reason
column, the row's. A row of the header's width whose address is proved canonical (a phone
number by the filter's vectorised reader, heed.bulk.keys.canonical_keys, as `canonical_e164`
proves it, or one written nationally in the United States or Canada by `canonical_nanp`,
`keys.national_numbers`; an email by `canonical_emails`, the batch's column at once) and
whose reason, if any, needs no stripping (`_bare`) gets its evidence from one template, filled
with the row's fields as they are in the file (the bytes JSON writes unchanged; a quote
doubled inside a quoted field, `\"`: `Block.json`); any other row goes through
`optout_import.read_row`, which decides it and words its error as it always did. The plan is
the same (an address already imported in the scope is unchanged, and so is a repeat within
the batch); a batch's rows of each channel and scope are written together by
`batches.write_uniform`.

`commit` also writes the rows of any other file (one the csv module reads), read by
`optout_import.read_rows` (`from_rows`). Only an account that opts people out on every channel
plans row by row (`optout_import.plan`), since a row there may reach several channels.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from typing import TYPE_CHECKING

import orjson
from sqlalchemy.orm import Session

from heed.bulk import plain_rows
from heed.bulk.csvfile import CsvFile, CsvRow
from heed.bulk.keys import Spans, canonical_keys, national_numbers
from heed.bulk.optout_import import (
    OptOutFile,
    OptOutRow,
    Place,
    default_reason,
    place_of,
    read_row,
    unsubscribe,
)
from heed.bulk.plain_rows import BLOCK, Block, Evidence, cells, read_odd
from heed.core.fast_addresses import canonical_emails
from heed.core.lazy import module
from heed.core.vocabulary import Actor, AddressKind, Channel, Scope, ScopeKind, Source
from heed.store import batches
from heed.store.accounts import AccountRef
from heed.store.batches import Uniform
from heed.store.events import EventLog
from heed.store.imports import BatchOutcome
from heed.store.reads import Target
from heed.store.suppressions import active_on, any_active

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
else:
    np = module("numpy")

_IMPORT = Source.IMPORT.value
_SORTED = orjson.OPT_SORT_KEYS


@dataclass(slots=True)
class PlainBatch:
    """A batch of rows read by `batches`: its good rows in file order, and its errors."""

    rows: int = 0  # rows of the file it holds (its good rows and its errors)
    lines: list[int] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)  # each good row's canonical address
    evidence: list[bytes] = field(default_factory=list)  # each good row's, as sorted JSON
    reasons: list[str] = field(default_factory=list)  # each good row's, if the file has them
    #: Each good row's channel and scope where they are its own (`from_rows`); else empty:
    #: the file's.
    places: list[tuple[Channel, Scope]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)

    def __len__(self) -> int:
        return self.rows


def takes(spec: OptOutFile, account: AccountRef) -> bool:
    """Whether every good row of the file makes one suppression, of the file's channel and
    scope or its own columns' (see the module docstring)."""
    return account.settings.opt_out_channels != "all" and (
        spec.channel is not None or "channel" in spec.columns.indexes
    )


@dataclass(frozen=True)
class _Block:
    """A block's rows as the template reads them."""

    block: Block
    fast: npt.NDArray[np.bool_]  # by row: the template takes it
    begins: list[npt.NDArray[np.int64]]  # by column, in the template's order
    stops: list[npt.NDArray[np.int64]]
    address: int  # the address column's place in that order
    reason: int | None  # the reason column's, if the file has one
    #: By row: the address of a number written nationally (`canonical_nanp`), where it is
    #: not the field itself.
    national: dict[int, str]
    own: _Places | None  # each row's channel and scope, where the file's rows name theirs


@dataclass(frozen=True)
class _Places:
    """Each row's own channel and scope (`places[codes[row]]`): as `read_row` reads its
    channel and scope columns, each pair of values decided once (`place_of`)."""

    codes: npt.NDArray[np.intp]  # by row
    good: npt.NDArray[np.bool_]  # by code: `read_row` takes them
    phone: npt.NDArray[np.bool_]  # by code: a channel whose addresses are phone numbers
    pairs: list[tuple[Channel, Scope] | None]  # by code: as a batch keeps them


class _Reader:
    """What `batches` reads each block with: the template, and the slow path's spec."""

    def __init__(self, spec: OptOutFile, account: AccountRef, name: str) -> None:
        self.spec, self.account, self.name = spec, account, name
        header, indexes = spec.columns.header, spec.columns.indexes
        self.width, self.address = len(header), indexes["address"]
        self.evidence = Evidence(header, spec.file_name, spec.import_id)
        self.order = self.evidence.order
        self.reason = indexes.get("reason")
        self.default_reason = default_reason(spec)
        self.country = account.settings.default_country
        # The columns that give each row its channel and scope, where the file gives none
        # (heed's own export has both).
        self.channel_at = None if spec.channel else indexes.get("channel")
        self.scope_at = None if spec.scope else indexes.get("scope")
        self.own = self.channel_at is not None or self.scope_at is not None
        self.phone = spec.channel is not None and spec.channel.address_kind is AddressKind.PHONE
        self.known: dict[tuple[bytes, bytes], Place | None] = {}

    def prepare(self, block: Block) -> _Block:
        fast = block.whole(self.width, doubled=True)
        spans = [block.column(j) for j in self.order]
        place = self.order.index(self.address)
        reason = None if self.reason is None else self.order.index(self.reason)
        national: dict[int, str] = {}
        own = self._places(block, spans) if self.own else None
        if own is not None:
            fast &= own.good[own.codes]
        if fast.any():
            phones = fast if own is None else fast & own.phone[own.codes]
            if own is not None or self.phone:  # an email is proved by `read`, for its rows
                proved = canonical_keys(spans[place])[1]
                national = national_numbers(spans[place], phones & ~proved, self.country)
                proved[list(national)] = True
                fast &= proved | ~phones
            if reason is not None:
                fast &= _bare(spans[reason])
        begins, stops = [s.begins for s in spans], [s.stops for s in spans]
        return _Block(block, fast, begins, stops, place, reason, national, own)

    def _places(self, block: Block, spans: list[Spans]) -> _Places:
        """The block's rows' own channels and scopes, from their columns (`spans`, in the
        template's order)."""
        rows = np.arange(len(block.rows))
        values = [
            block.values(cells(spans[self.order.index(at)], rows))
            if at is not None
            else [b""] * len(rows)
            for at in (self.channel_at, self.scope_at)
        ]
        keys = list(zip(*values, strict=True))
        index = {key: n for n, key in enumerate(dict.fromkeys(keys))}
        codes = np.fromiter(map(index.__getitem__, keys), dtype=np.intp, count=len(keys))
        places = [self._place(*key) for key in index]
        return _Places(
            codes,
            np.asarray([p is not None for p in places], dtype=np.bool_),
            np.asarray([p is not None and _is_phone(p) for p in places], dtype=np.bool_),
            [None if p is None else (p.channel, p.scope) for p in places],
        )

    def _place(self, channel: bytes, scope: bytes) -> Place | None:
        """`place_of` these values, kept for the next blocks (a file of a sender scope a row
        is not kept whole: what is kept is forgotten past `_KNOWN` pairs)."""
        key = (channel, scope)
        if key not in self.known:
            if len(self.known) >= _KNOWN:
                self.known.clear()
            self.known[key] = place_of(self.spec, channel.decode(), scope.decode(), self.country)
        return self.known[key]

    def read(self, read: _Block, at: int, stop: int, batch: PlainBatch) -> None:
        """Rows `at` to `stop` of the block into `batch`, in file order."""
        block = read.block
        data, rows = block.lines.data, block.rows[at:stop]
        fast = read.fast[at:stop]
        chosen = np.flatnonzero(fast) + at
        fields = [
            cells(Spans(data, b, e), chosen) for b, e in zip(read.begins, read.stops, strict=True)
        ]
        codes = None if read.own is None else read.own.codes[chosen]
        phone = [self.phone] * len(chosen) if read.own is None else read.own.phone[codes].tolist()
        addresses = self._addresses(read, chosen, block.values(fields[read.address]), phone)
        if None in addresses:  # an email `canonical_emails` does not prove: the row reader's
            kept = np.asarray([address is not None for address in addresses], dtype=np.bool_)
            fast = fast.copy()
            fast[chosen[~kept] - at] = False
            chosen, codes = chosen[kept], None if codes is None else codes[kept]
            fields = [list(compress(column, kept.tolist())) for column in fields]
            addresses = [address for address in addresses if address is not None]
        numbers = (block.rows[chosen] + block.first).tolist()
        evidence = self.evidence.of(numbers, [block.json(field) for field in fields])
        reasons: list[str] = []
        if read.reason is not None:
            default = self.default_reason
            reasons = [r.decode() if r else default for r in block.values(fields[read.reason])]
        own: list[tuple[Channel, Scope]] = []
        if read.own is not None and codes is not None:
            own = list(map(read.own.pairs.__getitem__, codes.tolist()))  # type: ignore[arg-type]
        if len(chosen) == len(rows):
            batch.rows += len(rows)
            batch.lines += numbers
            batch.addresses += addresses  # type: ignore[arg-type]  # none is None
            batch.evidence += evidence
            batch.reasons += reasons
            batch.places += own
            return
        taken = 0
        for row, quick in zip(rows.tolist(), fast.tolist(), strict=True):
            if quick:
                batch.rows += 1
                batch.lines.append(numbers[taken])
                batch.addresses.append(addresses[taken])  # type: ignore[arg-type]
                batch.evidence.append(evidence[taken])
                if read.reason is not None:
                    batch.reasons.append(reasons[taken])
                if own:
                    batch.places.append(own[taken])
                taken += 1
            else:
                self._slow(block, row, batch)

    def _addresses(
        self, read: _Block, chosen: npt.NDArray[np.intp], raw: list[bytes], phone: list[bool]
    ) -> list[str | None]:
        """The chosen rows' canonical addresses: a phone number (`phone`) as it is (proved by
        `prepare`) or as `canonical_nanp` read it; an email as `canonical_emails` proves it
        (None where it does not), which is what `canonical_email` gives of a stripped value,
        so the same address where it is proved."""
        if all(phone) and not read.national:
            return [value.decode() for value in raw]
        found: list[str | None] = [None] * len(raw)
        given = read.national.get
        emails = []
        for n, (row, value, is_phone) in enumerate(zip(chosen.tolist(), raw, phone, strict=True)):
            if is_phone:
                found[n] = given(row) or value.decode()
            elif value:
                emails.append(n)
        for n, email in zip(emails, canonical_emails([raw[n] for n in emails]), strict=True):
            found[n] = email
        return found

    def _slow(self, block: Block, line: int, batch: PlainBatch) -> None:
        read = read_odd(block, line, self.name, self._row, batch)
        if read is not None:
            batch.lines.append(read.line)
            batch.addresses.append(read.target.address)
            batch.evidence.append(orjson.dumps(read.evidence, option=_SORTED))
            if self.reason is not None:
                batch.reasons.append(read.reason)
            if self.own:
                batch.places.append((read.target.channel, read.scope))

    def _row(self, row: CsvRow) -> OptOutRow | str:
        return read_row(self.spec, self.account, row)


_KNOWN = 10_000


def _is_phone(place: Place) -> bool:
    return place.channel.address_kind is AddressKind.PHONE


def _bare(column: Spans) -> npt.NDArray[np.bool_]:
    """By row: the value is empty or begins and ends with a visible ASCII character, so the
    strip `Columns.value` gives a reason leaves it as it is. A space at either end, or a
    non-ASCII character (which may be one of Unicode's spaces), goes the row reader's way."""
    raw = np.frombuffer(column.data, dtype=np.uint8)
    empty = column.stops == column.begins
    first = raw[np.where(empty, 0, column.begins)]
    last = raw[np.where(empty, 0, column.stops - 1)]
    return np.asarray(empty | ((first > 0x20) & (first < 0x7F) & (last > 0x20) & (last < 0x7F)))


def plain_batches(
    spec: OptOutFile, account: AccountRef, table: CsvFile, size: int, block: int = BLOCK
) -> Iterator[PlainBatch]:
    """The file's rows in batches of `size` (the last may be smaller), read a block at a
    time; `takes(spec, account)` and `table.plain()` must be true."""
    return plain_rows.batches(table, size, block, _Reader(spec, account, table.name), PlainBatch)


class Present:
    """Which of a batch's addresses are imported already in a channel and scope: what the plan
    skips. Asked of the database (`active_on`, one index probe an address), except while the
    import's own rows are the only such suppressions: when none was active in that channel and
    scope before the import first wrote there and no event but the import's own has been
    appended since (every change to a suppression is an event, so the account's next event
    number tells), the answer is the addresses the import created there, kept here (at most
    `_KEPT` in all; then it asks again). A million rows make 200 such queries: on PostgreSQL a
    re-import, which is little else, waited 6.6 s of its 9.9 s for them and the server
    (bench/README.md, round 3 of the import)."""

    _KEPT = 2_000_000

    def __init__(self) -> None:
        #: By (channel, scope): the addresses the import created there, or None: ask the
        #: database (someone else may have written there). A place not in it is not asked yet.
        self.own: dict[tuple[str, str], set[str] | None] = {}
        self.kept = 0
        self.next_seq = -1  # the account's next event number after the import's last batch

    def start(self, log: EventLog) -> None:
        """Before a batch writes: if an event not the import's own came since its last batch,
        nothing kept is trusted again."""
        if log.next_seq != self.next_seq:
            self.own = dict.fromkeys(self.own)

    def of(
        self, session: Session, log: EventLog, channel: str, scope: str, addresses: list[str]
    ) -> set[str]:
        place = (channel, scope)
        if place in self.own:
            own = self.own[place]
            if own is not None:
                return own.intersection(addresses)
        found = {
            address
            for _, address, their_scope, source in active_on(
                session, log.account_id, (channel,), addresses
            )
            if their_scope == scope and source == _IMPORT
        }
        if place not in self.own:
            alone = not found and not any_active(session, log.account_id, channel, scope, _IMPORT)
            self.own[place] = set() if alone else None
        return found

    def wrote(self, channel: str, scope: str, addresses: list[str]) -> None:
        """The batch created suppressions of `addresses` in this channel and scope."""
        own = self.own.get((channel, scope))
        if own is not None:
            own.update(addresses)
            self.kept += len(addresses)
            if self.kept > self._KEPT:
                self.own = dict.fromkeys(self.own)

    def end(self, log: EventLog) -> None:
        """After the batch wrote (it is committed next)."""
        self.next_seq = log.next_seq


def from_rows(rows: list[OptOutRow], read: int, reasons: bool) -> PlainBatch:
    """A batch of `read` rows read by `optout_import.read_rows` (`rows` are its good ones; it
    counted the others as errors), as `commit` takes it: each row's channel and scope its own,
    its reason too if the file has a reason column (`reasons`)."""
    batch = PlainBatch(rows=read)
    for row in rows:
        batch.lines.append(row.line)
        batch.addresses.append(row.target.address)
        batch.evidence.append(orjson.dumps(row.evidence, option=_SORTED))
        batch.places.append((row.target.channel, row.scope))
        if reasons:
            batch.reasons.append(row.reason)
    return batch


def commit(
    session: Session,
    log: EventLog,
    account: AccountRef,
    spec: OptOutFile,
    batch: PlainBatch,
    actor: Actor,
    outcome: BatchOutcome,
    known: Present,
) -> None:
    """Plan and write one batch in the caller's transaction, under the account's lock (the
    caller took it), counting into `outcome` as `optout_import.apply` counts; `known` carries
    what is active from one batch of the import to the next. The rows of each channel and
    scope are written together, in the order each first appears."""
    known.start(log)
    each_reason = "reason" in spec.columns.indexes
    created = 0
    for (channel, scope), chosen in _places(spec, batch).items():
        addresses = batch.addresses if chosen is None else [batch.addresses[n] for n in chosen]
        present = known.of(session, log, channel.value, str(scope), addresses)
        rows = range(len(addresses)) if chosen is None else chosen
        fresh = rows
        if present or len(set(addresses)) < len(addresses):  # else every row is new: no loop
            kept = []
            for n, address in zip(rows, addresses, strict=True):
                if address not in present:
                    present.add(address)
                    kept.append(n)
            fresh = kept
        written = [batch.addresses[n] for n in fresh]
        if written:
            batches.write_uniform(
                session,
                log,
                Uniform(channel.value, str(scope), None if each_reason else default_reason(spec)),
                written,
                [batch.evidence[n] for n in fresh],
                reasons=[batch.reasons[n] for n in fresh] if each_reason else None,
                source=_IMPORT,
                actor=actor,
                batch_evidence={
                    "import_id": spec.import_id,
                    "file": spec.file_name,
                    "lines": [batch.lines[rows[0]], batch.lines[rows[-1]]],
                },
            )
        if scope.kind is ScopeKind.LIST:  # every good row's contact, as `optout_import.apply`
            unsubscribe(
                session,
                log,
                account,
                [(scope.value, Target(channel, address)) for address in addresses],
                actor,
            )
        known.wrote(channel.value, str(scope), written)
        created += len(written)
    known.end(log)
    for line, message in batch.errors:
        outcome.error(line, message)
    outcome.created += created
    outcome.unchanged += len(batch.addresses) - created
    outcome.rows += batch.rows


def _places(spec: OptOutFile, batch: PlainBatch) -> dict[tuple[Channel, Scope], list[int] | None]:
    """The batch's rows by channel and scope, in the order each first appears (None: all of
    them, the file's channel and scope)."""
    if not batch.addresses:
        return {}
    if not batch.places:
        assert spec.channel is not None
        return {(spec.channel, spec.scope or Scope.account()): None}
    if batch.places.count(batch.places[0]) == len(batch.places):  # by identity, mostly
        return {batch.places[0]: None}
    places: dict[tuple[Channel, Scope], list[int]] = {}
    for n, place in enumerate(batch.places):
        chosen = places.get(place)
        if chosen is None:
            places[place] = [n]
        else:
            chosen.append(n)
    return dict.fromkeys(places) if len(places) == 1 else {**places}
