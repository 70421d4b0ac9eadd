"""Import opt-outs from CSV rows: each good row becomes an `import` suppression with evidence.

A row is read (address, and per row, if the file says so: channel, scope, reason), then a
batch is planned against the suppressions already active and applied in one transaction. An
address already imported in the same scope is unchanged, so running a file twice changes
nothing; nothing here ever lifts a suppression, so an import never resubscribes anyone.

A batch's suppressions are written with one multi-row statement and proven by one event
(heed.store.batches); each keeps its row's evidence (import, file, line, the row as read).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

from sqlalchemy.orm import Session

from heed.bulk.columns import Columns
from heed.bulk.csvfile import CsvRow
from heed.bulk.people import contact_ids_by_address, contacts_by_address
from heed.core.addresses import normalise_sender
from heed.core.fast_addresses import (
    canonical_email,
    canonical_phone,
    normalise_address_fast,
)
from heed.core.vocabulary import Actor, AddressKind, Channel, Scope, ScopeKind, Source
from heed.errors import InvalidAddress
from heed.store import batches
from heed.store.accounts import AccountRef, targets_of_person
from heed.store.batches import NewSuppression
from heed.store.events import EventLog
from heed.store.imports import BatchOutcome
from heed.store.lists import set_memberships
from heed.store.suppressions import Target, active_keys

_CHANNELS = ", ".join(c.value for c in Channel)
Key = tuple[str, str, str, str]  # channel, address, scope, source: one active suppression
_ACCOUNT = Scope.account()
_IMPORT = Source.IMPORT.value


@dataclass(frozen=True)
class OptOutFile:
    """What every row of one opt-out import shares."""

    import_id: str
    file_name: str
    columns: Columns
    channel: Channel | None  # None: each row's channel column
    scope: Scope | None  # None: each row's scope column, else the account
    list_names: frozenset[str]  # lists a scope column may name
    senders: Mapping[Channel, tuple[str, ...]]  # senders a scope column may name, by channel


@dataclass(slots=True)
class OptOutRow:
    line: int
    target: Target
    scope: Scope
    reason: str
    evidence: dict[str, Any]
    scope_text: str  # str(scope), made once: a million rows make it a million times


@dataclass(slots=True)
class Decision:
    """What one good row does: the suppressions it creates (none: already imported)."""

    row: OptOutRow
    creates: tuple[Target, ...]
    duplicate_of: int | None = None  # an earlier line of the file asking the same


def row_evidence(import_id: str, file_name: str, columns: Columns, row: CsvRow) -> dict[str, Any]:
    """The evidence every change made by an imported row carries: file, line and the row."""
    fields = dict(zip(field_names(columns.header, len(row.values)), row.values, strict=True))
    return {"import_id": import_id, "file": file_name, "line": row.line, "row": fields}


@lru_cache(maxsize=64)
def field_names(header: tuple[str, ...], width: int) -> tuple[str, ...]:
    """The name each of a row's `width` values is kept under: its header, else its column's
    number; a repeated name gets primes (made once per file and width, not per row)."""
    names: list[str] = []
    for index in range(width):
        name = header[index] if index < len(header) else ""
        key = name or f"column {index + 1}"
        while key in names:
            key += "'"
        names.append(key)
    return tuple(names)


def width_error(columns: Columns, row: CsvRow) -> str | None:
    if len(row.values) > len(columns.header):
        return (
            f"has {len(row.values)} fields but the header has {len(columns.header)}: "
            "is a value with a delimiter in it missing its quotes?"
        )
    return None


def read_row(spec: OptOutFile, account: AccountRef, row: CsvRow) -> OptOutRow | str:
    """The row as an opt-out, or why it cannot be one (the message for its line)."""
    problem = width_error(spec.columns, row)
    if problem:
        return problem
    channel = spec.channel or _channel(spec.columns.value(row.values, "channel"))
    if not isinstance(channel, Channel):
        return channel
    raw = spec.columns.value(row.values, "address")
    if not raw:
        return f"no address in column {spec.columns.names()['address']!r}"
    country = account.settings.default_country
    columns = spec.columns
    try:
        address = normalise_address_fast(channel, raw, country)
        scope = spec.scope or (
            _scope(spec, channel, columns.value(row.values, "scope"), country)
            if "scope" in columns.indexes
            else _ACCOUNT
        )
    except InvalidAddress as exc:
        return str(exc)
    if isinstance(scope, str):
        return scope
    reason = columns.value(row.values, "reason") or default_reason(spec)
    evidence = row_evidence(spec.import_id, spec.file_name, spec.columns, row)
    text = _SCOPE_TEXTS.get(scope) or _SCOPE_TEXTS.setdefault(scope, str(scope))
    return OptOutRow(row.line, Target(channel, address), scope, reason, evidence, text)


_SCOPE_TEXTS: dict[Scope, str] = {}


def default_reason(spec: OptOutFile) -> str:
    """The reason of a row that gives none."""
    return f"imported from {spec.file_name}"


def read_rows(
    spec: OptOutFile, account: AccountRef, batch: Sequence[CsvRow], outcome: BatchOutcome
) -> list[OptOutRow]:
    """`read_row` of every row of `batch`; each one it refuses is counted as an error.

    Read here in one loop: a row of the header's width whose address is canonical already,
    and whose channel and scope (the file's, or its columns': each pair of values decided once
    by `read_row`'s rules) are good, becomes its opt-out directly, exactly as `read_row` would
    make it; any other row goes through `read_row`, which decides it and says why it fails.
    Each row through `read_row` cost a re-imported export ~9 µs more a row, of ~40 in all
    (bench/README.md, "Files with channel and scope columns").
    """
    columns, country = spec.columns, account.settings.default_country
    indexes, width = columns.indexes, len(columns.header)
    index, names = indexes["address"], field_names(columns.header, width)
    channel_at = None if spec.channel else indexes.get("channel")
    scope_at = None if spec.scope else indexes.get("scope")
    reason_at = indexes.get("reason")
    places: dict[tuple[str, str], Place | None] = {}
    reason, import_id, file_name = default_reason(spec), spec.import_id, spec.file_name
    good = []
    for row in batch:
        values = row.values
        if len(values) != width:
            good += _read_each(spec, account, (row,), outcome)
            continue
        key = (
            "" if channel_at is None else values[channel_at],
            "" if scope_at is None else values[scope_at],
        )
        place = (
            places[key] if key in places else places.setdefault(key, place_of(spec, *key, country))
        )
        address = None if place is None else place.canonical(values[index])
        if address is None or place is None:
            good += _read_each(spec, account, (row,), outcome)
            continue
        evidence = {
            "import_id": import_id,
            "file": file_name,
            "line": row.line,
            "row": dict(zip(names, values, strict=True)),
        }
        given = reason if reason_at is None else values[reason_at].strip() or reason
        target = Target(place.channel, address)
        good.append(OptOutRow(row.line, target, place.scope, given, evidence, place.text))
    return good


@dataclass(frozen=True, slots=True)
class Place:
    """A channel and scope rows share, as `read_row` reads them, and how their addresses are
    proved canonical."""

    channel: Channel
    scope: Scope
    text: str  # str(scope)
    canonical: Callable[[str], str | None]


def place_of(
    spec: OptOutFile, channel_text: str, scope_text: str, country: str | None
) -> Place | None:
    """The channel and scope of a row whose columns hold these values (the file's where it
    gives them), or None where `read_row` refuses them (it says why)."""
    channel = spec.channel or _channel(channel_text.strip())
    if not isinstance(channel, Channel):
        return None
    try:
        scope = spec.scope or _scope(spec, channel, scope_text.strip(), country)
    except InvalidAddress:  # a sender that is no address
        return None
    if not isinstance(scope, Scope):
        return None
    text = _SCOPE_TEXTS.get(scope) or _SCOPE_TEXTS.setdefault(scope, str(scope))
    if channel.address_kind is AddressKind.EMAIL:
        return Place(channel, scope, text, canonical_email)
    return Place(channel, scope, text, partial(canonical_phone, default_country=country))


def _read_each(
    spec: OptOutFile, account: AccountRef, batch: Sequence[CsvRow], outcome: BatchOutcome
) -> list[OptOutRow]:
    return outcome.readable(batch, lambda row: read_row(spec, account, row))


def _channel(value: str) -> Channel | str:
    if not value:
        return "no channel: give the import a channel, or fill the channel column"
    try:
        return Channel(value.lower())
    except ValueError:
        return f"unknown channel {value!r}: expected one of {_CHANNELS}"


def _scope(spec: OptOutFile, channel: Channel, value: str, country: str | None) -> Scope | str:
    if not value:
        return _ACCOUNT
    kind, _, rest = value.partition(":")
    if kind == ScopeKind.ACCOUNT and not rest:
        return _ACCOUNT
    if kind == ScopeKind.SENDER and rest:
        sender = normalise_sender(channel, rest, country)
        if sender not in spec.senders.get(channel, ()):
            known = ", ".join(spec.senders.get(channel, ())) or "none"
            return (
                f"scope {value!r}: the account has no {channel} sender {sender}; "
                f"its {channel} senders: {known}"
            )
        return Scope.sender(sender)
    if kind == ScopeKind.LIST and rest:
        if rest not in spec.list_names:
            return f"scope {value!r}: the account has no list named {rest!r}; create it first"
        return Scope.list(rest)
    return f"unknown scope {value!r}: expected account, sender:ADDRESS or list:NAME"


def plan(
    session: Session,
    account: AccountRef,
    rows: Sequence[OptOutRow],
    first_lines: dict[Key, int] | None = None,
) -> list[Decision]:
    """Decide what each row creates, given what is active now and the rows before it.

    `first_lines` (for previews) remembers which line first asked for each suppression, so a
    repeated row can say which line it repeats.
    """
    reached = _reach(session, account, rows)
    wanted = [t for targets in reached for t in targets]
    present: set[Key] = active_keys(session, account.id, wanted)
    decisions = []
    for row, targets in zip(rows, reached, strict=True):
        if first_lines is None and len(targets) == 1:  # the common case, made short
            key = (targets[0].channel.value, targets[0].address, row.scope_text, _IMPORT)
            fresh = key not in present
            present.add(key)
            decisions.append(Decision(row, tuple(targets) if fresh else ()))
            continue
        keys = [(t.channel.value, t.address, row.scope_text, _IMPORT) for t in targets]
        creates = tuple(t for t, k in zip(targets, keys, strict=True) if k not in present)
        present.update(keys)
        earlier = None
        if first_lines is not None:
            earlier = first_lines.get(keys[0])
            first_lines.setdefault(keys[0], row.line)
        decisions.append(Decision(row, creates, earlier))
    return decisions


def _reach(session: Session, account: AccountRef, rows: Sequence[OptOutRow]) -> list[list[Target]]:
    """Each row's (channel, address) pairs, as `optouts.reach` gives them one by one: every
    channel of the person under `opt_out_channels=all`, except for a list."""
    if account.settings.opt_out_channels != "all":
        return [[row.target] for row in rows]
    people = contacts_by_address(session, account, [row.target for row in rows])
    return [
        [row.target]
        if row.scope.kind is ScopeKind.LIST
        else targets_of_person(
            row.target, people.get((row.target.channel.address_kind, row.target.address))
        )
        for row in rows
    ]


def apply(
    session: Session,
    log: EventLog,
    account: AccountRef,
    decisions: Sequence[Decision],
    actor: Actor,
    outcome: BatchOutcome,
) -> None:
    """Create the planned suppressions with their batch event, and count the rows."""
    created = [
        NewSuppression(
            target.channel.value, target.address, d.row.scope_text, d.row.reason, d.row.evidence
        )
        for d in decisions
        for target in d.creates
    ]
    if created:
        first = decisions[0].row
        evidence = {
            "import_id": first.evidence["import_id"],
            "file": first.evidence["file"],
            "lines": [first.line, decisions[-1].row.line],
        }
        batches.write(session, log, created, source=_IMPORT, actor=actor, evidence=evidence)
    listed = [d.row for d in decisions if d.row.scope.kind is ScopeKind.LIST]
    unsubscribe(session, log, account, [(row.scope.value, row.target) for row in listed], actor)
    outcome.created += sum(1 for d in decisions if d.creates)
    outcome.unchanged += sum(1 for d in decisions if not d.creates)


def unsubscribe(
    session: Session,
    log: EventLog,
    account: AccountRef,
    rows: Sequence[tuple[str, Target]],
    actor: Actor,
) -> None:
    """Mark each (list name, address) row's contact, where the address belongs to one,
    unsubscribed from the list, as `lists.set_membership` does for one address: with one
    query for the batch's contacts and one `set_memberships` a list. One at a time, the
    contact's query cost ~0.3 ms a row, 26 of the 29 s a 200,000-row `--list` import took
    (bench/README.md, "List imports and email imports")."""
    if not rows:
        return
    people = contact_ids_by_address(session, account, [target for _, target in rows])
    members: dict[str, list[tuple[str, Target]]] = {}
    for name, target in rows:
        contact_id = people.get((target.channel.address_kind, target.address))
        if contact_id is not None:
            members.setdefault(name, []).append((contact_id, target))
    for name, chosen in members.items():
        set_memberships(session, log, account, name, chosen, "unsubscribed", actor)
