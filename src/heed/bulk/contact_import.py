"""Import contacts from CSV rows: new people are added, existing ones are left as they are,
and anyone who may not be messaged is flagged.

A contact is matched by phone, email or external id. An import adds people; it never edits
one (that is `PATCH /v1/contacts/{id}`), so running a file twice changes nothing. With a list,
new and existing contacts join it, except anyone who left it before: an import never
resubscribes anyone. Columns the mapping does not use become the new contact's custom fields.

A batch's new contacts are written with one multi-row statement and proven by one event
(heed.store.contact_batches); each keeps its row's evidence (import, file, line, the row).

Flags are decided as the audience filter decides recipients (`IndexedFlags`): the compiled
suppression index clears everyone it finds nothing against, and only the rest are asked of
the one decision path (heed.engine.checking), whose answer is the flag.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy.orm import Session

from heed.bulk.columns import Columns
from heed.bulk.csvfile import CsvRow
from heed.bulk.decide import ALLOWED, Recipients
from heed.bulk.index import Indexes, patch
from heed.bulk.index_files import SuppressionIndex
from heed.bulk.keys import keys_of
from heed.bulk.optout_import import field_names, row_evidence, width_error
from heed.bulk.people import contacts_matching
from heed.bulk.registry import view_of
from heed.core.fast_addresses import (
    canonical_email,
    canonical_phone,
    normalise_address_fast,
)
from heed.core.lazy import module
from heed.core.rules import channels_reached
from heed.core.vocabulary import Actor, AddressKind, Channel, Purpose
from heed.engine import checking
from heed.errors import InvalidAddress
from heed.store import contact_batches
from heed.store.accounts import AccountRef
from heed.store.contact_batches import NewContact
from heed.store.events import EventLog
from heed.store.ids import new_ids
from heed.store.imports import BatchOutcome
from heed.store.lists import set_memberships, statuses_of
from heed.store.reads import reads_of
from heed.store.suppressions import Target

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from heed.bulk.keys import Keys
else:
    np = module("numpy")

_MAPPED = ("address", "phone", "email", "name", "first_name", "last_name", "external_id")


@dataclass(frozen=True)
class ContactFile:
    """What every row of one contact import shares."""

    import_id: str
    file_name: str
    columns: Columns
    channel: Channel | None  # flag this channel only (and read an `address` column as it)
    list_name: str | None
    list_id: str | None


@dataclass(slots=True)  # not frozen: a frozen dataclass costs a microsecond a row to make
class ContactRow:
    line: int
    phone: str | None
    email: str | None
    name: str | None
    external_id: str | None
    fields: dict[str, str]
    evidence: dict[str, Any]


class Person(NamedTuple):
    """A contact as matching needs it: one already stored, or one this import will add."""

    id: str
    phone: str | None
    email: str | None
    external_id: str | None


@dataclass(slots=True)
class ContactDecision:
    row: ContactRow
    person: Person
    create: bool
    join_list: bool = False
    left_list: bool = False
    reasons: dict[str, list[str]] = field(default_factory=dict)  # channel -> codes
    duplicate_of: int | None = None


def read_row(spec: ContactFile, account: AccountRef, row: CsvRow) -> ContactRow | str:
    """The row as a contact, or why it cannot be one (the message for its line)."""
    problem = width_error(spec.columns, row)
    if problem:
        return problem

    def value(role: str) -> str:
        return spec.columns.value(row.values, role)

    phone, email, address = value("phone"), value("email"), value("address")
    if address:
        as_email = (
            spec.channel.address_kind is AddressKind.EMAIL if spec.channel else "@" in address
        )
        if as_email:
            email = email or address
        else:
            phone = phone or address
    if not phone and not email:
        return "no phone or email: a contact needs one of them"
    country = account.settings.default_country
    try:
        canonical_phone = normalise_address_fast(Channel.SMS, phone, country) if phone else None
        canonical_email = normalise_address_fast(Channel.EMAIL, email) if email else None
    except InvalidAddress as exc:
        return str(exc)
    name = value("name") or " ".join(p for p in (value("first_name"), value("last_name")) if p)
    used = set(spec.columns.indexes.values())
    fields = {
        header: row.values[i].strip()
        for i, header in enumerate(spec.columns.header)
        if i not in used and header and i < len(row.values) and row.values[i].strip()
    }
    evidence = row_evidence(spec.import_id, spec.file_name, spec.columns, row)
    external_id = value("external_id") or None
    return ContactRow(
        row.line, canonical_phone, canonical_email, name or None, external_id, fields, evidence
    )


def read_rows(
    spec: ContactFile, account: AccountRef, batch: Sequence[CsvRow], outcome: BatchOutcome
) -> list[ContactRow]:
    """`read_row` of every row of `batch`; each one it refuses is counted as an error.

    A file with phone and email columns (no `address` column to tell apart) is read here in
    one loop: a row of the header's width whose phone and email are already canonical (or
    empty, not both; a phone may be written nationally in the United States or Canada, as
    `canonical_nanp` reads it) becomes its contact directly, exactly as `read_row` would make
    it; any other row goes through `read_row`, which decides it and says why it fails."""
    columns, country = spec.columns, account.settings.default_country
    if "address" in columns.indexes:
        return _read_each(spec, account, batch, outcome)
    width, at = len(columns.header), columns.indexes.get
    phone, email, name, first, last, external = (
        at(role) for role in ("phone", "email", "name", "first_name", "last_name", "external_id")
    )
    used = set(columns.indexes.values())
    extra = [(i, h) for i, h in enumerate(columns.header) if i not in used and h]
    names = field_names(columns.header, width)
    import_id, file_name = spec.import_id, spec.file_name
    good: list[ContactRow] = []
    for row in batch:
        values = row.values
        if len(values) != width:
            good += _read_each(spec, account, (row,), outcome)
            continue
        raw_phone = values[phone].strip() if phone is not None else ""
        raw_email = values[email].strip() if email is not None else ""
        canonical_number = canonical_phone(raw_phone, country) if raw_phone else None
        canonical_mail = canonical_email(raw_email) if raw_email else None
        if (raw_phone and canonical_number is None) or (raw_email and canonical_mail is None):
            good += _read_each(spec, account, (row,), outcome)
            continue
        if not raw_phone and not raw_email:
            good += _read_each(spec, account, (row,), outcome)
            continue
        called = values[name].strip() if name is not None else ""
        if not called:
            parts = (values[i].strip() for i in (first, last) if i is not None)
            called = " ".join(p for p in parts if p)
        fields = {h: v for i, h in extra if (v := values[i].strip())}
        evidence = {
            "import_id": import_id,
            "file": file_name,
            "line": row.line,
            "row": dict(zip(names, values, strict=True)),
        }
        identity = values[external].strip() if external is not None else ""
        good.append(
            ContactRow(
                row.line,
                canonical_number,
                canonical_mail,
                called or None,
                identity or None,
                fields,
                evidence,
            )
        )
    return good


def _read_each(
    spec: ContactFile, account: AccountRef, batch: Sequence[CsvRow], outcome: BatchOutcome
) -> list[ContactRow]:
    return outcome.readable(batch, lambda row: read_row(spec, account, row))


def plan(
    session: Session,
    account: AccountRef,
    spec: ContactFile,
    rows: Sequence[ContactRow],
    first_lines: dict[str, int] | None = None,
    flags: IndexedFlags | None = None,
) -> list[ContactDecision | tuple[int, str]]:
    """Match each row to a contact (or plan a new one), then decide list and flags."""
    people, new = match(
        session,
        account,
        [r.phone for r in rows],
        [r.email for r in rows],
        [r.external_id for r in rows],
    )
    decided: list[ContactDecision | tuple[int, str]] = []
    for row, person, create in zip(rows, people, new, strict=True):
        if isinstance(person, str):
            decided.append((row.line, person))
            continue
        earlier = None
        if first_lines is not None:
            earlier = first_lines.get(person.id)
            first_lines.setdefault(person.id, row.line)
        decided.append(ContactDecision(row, person, create=create, duplicate_of=earlier))
    decisions = [d for d in decided if isinstance(d, ContactDecision)]
    _flag(session, account, spec, decisions, flags)
    return decided


def match(
    session: Session,
    account: AccountRef,
    phones: Sequence[str | None],
    emails: Sequence[str | None],
    external_ids: Sequence[str | None],
) -> tuple[list[Person | str], list[bool]]:
    """Each row's contact (one already stored, or a new one for the import to add, which
    later rows of the batch then match too) or why the row is ambiguous; and whether the
    import creates it. New contacts' ids are made at once, in increasing order: a batch of
    rows all new and all different (a first import) needs no index."""
    stored = contacts_matching(
        session,
        account,
        [p for p in phones if p],
        [e for e in emails if e],
        [x for x in external_ids if x],
    )
    fresh = new_ids(len(phones))
    if not stored and all(map(_distinct, (phones, emails, external_ids))):
        return list(map(Person, fresh, phones, emails, external_ids)), [True] * len(phones)
    index = _Index([Person(*found) for found in stored])
    people: list[Person | str] = []
    new: list[bool] = []
    taken = iter(fresh)
    for phone, email, external_id in zip(phones, emails, external_ids, strict=True):
        found = index.match(phone, email, external_id)
        if found is None:
            found = Person(next(taken), phone, email, external_id)
            index.add(found)
            new.append(True)
        else:
            new.append(False)
        people.append(found)
    return people, new


def _distinct(values: Sequence[str | None]) -> bool:
    present = [v for v in values if v]
    return len(set(present)) == len(present)


class _Index:
    """The contacts of a batch by phone, email and external id, new ones included."""

    def __init__(self, people: Sequence[Person]) -> None:
        self.by: dict[str, dict[str, Person]] = {"phone": {}, "email": {}, "external_id": {}}
        for person in people:
            self.add(person)

    def add(self, person: Person) -> None:
        by = self.by
        if person.phone:
            by["phone"].setdefault(person.phone, person)
        if person.email:
            by["email"].setdefault(person.email, person)
        if person.external_id:
            by["external_id"].setdefault(person.external_id, person)

    def match(
        self, phone: str | None, email: str | None, external_id: str | None
    ) -> Person | str | None:
        """The one contact a row is, None for a new one, or why it is ambiguous."""
        by_phone = self.by["phone"].get(phone) if phone else None
        by_email = self.by["email"].get(email) if email else None
        if by_phone and by_email and by_phone.id != by_email.id:
            return (
                f"phone {phone} and email {email} belong to two different contacts: "
                "fix the row, or merge the contacts first"
            )
        found = by_phone or by_email
        owner = self.by["external_id"].get(external_id) if external_id else None
        if owner and (found is None or owner.id != found.id):
            return f"external id {external_id!r} belongs to another contact"
        return found


def _flag(
    session: Session,
    account: AccountRef,
    spec: ContactFile,
    decisions: Sequence[ContactDecision],
    flags: IndexedFlags | None,
) -> None:
    """Mark each contact's channels that may not be messaged (`barred`), and whether they
    left the import's list."""
    people = [d.person for d in decisions]
    for n, reasons in barred(session, account, spec.channel, people, flags).items():
        decisions[n].reasons.update(reasons)
    if spec.list_name is not None:
        left = _left_list(session, account, spec, decisions, flags)
        for decision in decisions:
            decision.left_list = decision.person.id in left
            decision.join_list = not decision.left_list
            if decision.left_list:
                decision.reasons[f"list:{spec.list_name}"] = ["list_unsubscribed"]


def barred(
    session: Session,
    account: AccountRef,
    channel: Channel | None,
    people: Sequence[Person],
    flags: IndexedFlags | None,
) -> dict[int, dict[str, list[str]]]:
    """For each of `people` (by place) with a channel that may not be messaged (marketing,
    no sender, as the contacts page reads them; on `channel` only, if given): each such
    channel's reason codes. Without `flags` (or when the index cannot be used) every target
    is asked of the decision path."""
    asked = flags.suspects(session, people, channel) if flags is not None else None
    if asked is None:
        asked = [t for person in people for t in _targets(person, channel)]
    statuses = checking.check_targets(session, account, asked)
    addresses = {t.address for t, result in statuses.items() if not result.allowed}
    found: dict[int, dict[str, list[str]]] = {}
    if not addresses:
        return found
    for n, person in enumerate(people):
        if person.phone in addresses or person.email in addresses:
            reasons = {}
            for target in _targets(person, channel):
                result = statuses.get(target)
                if result is not None and not result.allowed:
                    reasons[target.channel.value] = result.codes
            if reasons:
                found[n] = reasons
    return found


class IndexedFlags:
    """The compiled suppression indexes one contact import clears its contacts with, each
    batch's flags decided as the audience filter decides recipients (heed.bulk.decide
    `Recipients.strongest`, for marketing from no sender, as `check_targets` asks): a target
    the index holds nothing against, that no registry lists and no consent rule holds back,
    is allowed; every other one is asked of the decision path for its reasons.

    A batch's addresses are keyed once per kind (phones by the filter's vectorised E.164,
    heed.bulk.keys `canonical_keys`), not once per channel, and no `Target` is made for a
    contact the index clears."""

    def __init__(self, indexes: Indexes, account: AccountRef) -> None:
        self.indexes, self.account = indexes, account
        self._held: dict[Channel, SuppressionIndex] = {}

    def suspects(
        self, session: Session, people: Sequence[Person], only: Channel | None = None
    ) -> list[Target] | None:
        """The targets of `people` (on `only`, else every channel) to ask of the decision
        path, or None (ask for all) when the index cannot decide: other readers of
        suppressions are installed, or it cannot be read."""
        return self._targets(session, people, only, _not_cleared)

    def recorded(
        self, session: Session, people: Sequence[Person], only: Channel | None = None
    ) -> list[Target] | None:
        """The targets of `people` the index holds any suppression for, in any scope (those
        a list opt-out may be among), or None as `suspects`."""
        return self._targets(session, people, only, _held_at_all)

    def _targets(
        self,
        session: Session,
        people: Sequence[Person],
        only: Channel | None,
        chosen: _Choice,
    ) -> list[Target] | None:
        if checking.READERS:
            return None  # suppressions from outside the store: the index does not hold them
        found: list[Target] = []
        try:
            for kind in AddressKind:
                channels = [c for c in kind.channels if only is None or c is only]
                wanted = (p.phone if kind is AddressKind.PHONE else p.email for p in people)
                addresses = [a for a in dict.fromkeys(wanted) if a]
                if channels and addresses:
                    found += self._chosen(session, channels, addresses, chosen)
        except OSError:
            return None  # the index directory cannot be read or written: the slow path
        return found

    def _chosen(
        self, session: Session, channels: list[Channel], addresses: list[str], chosen: _Choice
    ) -> list[Target]:
        keys = keys_of(channels[0], addresses)
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        held: list[Target] = []
        for channel in channels:
            recipients = self._recipients(session, channel)
            picked = np.empty(len(keys), dtype=np.bool_)
            picked[order] = chosen(recipients, ordered)
            suspect = np.flatnonzero(picked).tolist()
            held += [Target(channel, addresses[i]) for i in suspect]
            if recipients.has_erased:
                rest = np.flatnonzero(~picked)
                others = [addresses[i] for i in rest.tolist()]
                marked = recipients.tombstoned(keys[rest], others.__getitem__)
                held += [Target(channel, others[i]) for i in np.flatnonzero(marked).tolist()]
        return held

    def _recipients(self, session: Session, channel: Channel) -> Recipients:
        request = checking.request_of(session, self.account, channel, None, None, Purpose.MARKETING)
        reached = channels_reached(channel, self.account.decides.opt_out_channels)[1:]
        others = [self._current(session, c) for c in reached]
        registries = view_of(reads_of(session), self.account, channel)
        index = self._current(session, channel)
        return Recipients(index, self.account, request, registries, others)

    def _current(self, session: Session, channel: Channel) -> SuppressionIndex:
        """The index at this transaction's head: the one held, patched from the log (kept in
        memory: a batch's own event only moves its stamp), else as `Indexes.current` has it."""
        held = self._held.get(channel)
        fresh = patch(session, held) if held is not None else None
        if fresh is None:
            fresh = self.indexes.current(session, self.account.id, channel)
        self._held[channel] = fresh
        return fresh


_Choice = Callable[[Recipients, "Keys"], "npt.NDArray[np.bool_]"]


def _not_cleared(recipients: Recipients, keys: Keys) -> npt.NDArray[np.bool_]:
    """Which of the sorted `keys` the index does not clear for marketing from no sender."""
    return np.asarray(recipients.strongest(keys) != ALLOWED)


def _held_at_all(recipients: Recipients, keys: Keys) -> npt.NDArray[np.bool_]:
    """Which of the sorted `keys` any of the indexes read holds a suppression for."""
    found = np.zeros(len(keys), dtype=np.bool_)
    for index in (recipients.index, *recipients.others):
        stored = np.asarray(index.keys)
        if len(stored):
            at = np.minimum(np.searchsorted(stored, keys), len(stored) - 1)
            found |= stored[at] == keys
    return found


def _targets(person: Person, channel: Channel | None) -> list[Target]:
    found = []
    if person.phone:
        found += [Target(c, person.phone) for c in AddressKind.PHONE.channels]
    if person.email:
        found.append(Target(Channel.EMAIL, person.email))
    return [t for t in found if channel is None or t.channel is channel]


def _left_list(
    session: Session,
    account: AccountRef,
    spec: ContactFile,
    decisions: Sequence[ContactDecision],
    flags: IndexedFlags | None,
) -> set[str]:
    """Ids of the contacts who unsubscribed from the import's list (membership or opt-out).
    Only addresses the index holds a suppression for are read for list opt-outs, when it
    can be used (`IndexedFlags.recorded`)."""
    if spec.list_id is None:
        return set()
    ids = [d.person.id for d in decisions if not d.create]
    stored = statuses_of(session, account, spec.list_id, ids) if ids else {}
    left = {cid for cid, status in stored.items() if status == "unsubscribed"}
    scope = f"list:{spec.list_name}"
    people = [d.person for d in decisions]
    targets = flags.recorded(session, people, spec.channel) if flags is not None else None
    if targets is None:
        targets = [t for person in people for t in _targets(person, spec.channel)]
    rows = checking.read(session, account, targets, consents=False)
    opted = {
        target.address
        for target in targets
        for s in checking.facts_of(account, target, rows).suppressions
        if str(s.scope) == scope
    }
    for decision in decisions:
        addresses = {decision.person.phone, decision.person.email}
        if opted & addresses:
            left.add(decision.person.id)
    return left


def apply(
    session: Session,
    log: EventLog,
    account: AccountRef,
    spec: ContactFile,
    decisions: Sequence[ContactDecision],
    actor: Actor,
    outcome: BatchOutcome,
) -> None:
    """Add the new contacts with their batch event, then the list memberships; count rows."""
    created = [
        NewContact(
            d.person.id,
            d.person.phone,
            d.person.email,
            d.row.name,
            d.person.external_id,
            d.row.fields,
            d.row.evidence,
        )
        for d in decisions
        if d.create
    ]
    if created:
        first = decisions[0].row
        evidence = {
            "import_id": spec.import_id,
            "file": spec.file_name,
            "lines": [first.line, decisions[-1].row.line],
        }
        contact_batches.write(session, log, created, actor=actor, evidence=evidence)
    outcome.created += len(created)
    outcome.unchanged += len(decisions) - len(created)
    for decision in decisions:
        row = decision.row
        if decision.reasons:
            address = decision.person.phone or decision.person.email
            outcome.flagged.append(
                {"line": row.line, "address": address, "reasons": decision.reasons}
            )
    if spec.list_name is not None:
        members = [(d.person.id, _reached_by(d.person)) for d in decisions if d.join_list]
        set_memberships(session, log, account, spec.list_name, members, "subscribed", actor)


def _reached_by(person: Person) -> Target:
    """The address a contact's list membership event names: its phone, else its email."""
    if person.phone:
        return Target(Channel.SMS, person.phone)
    return Target(Channel.EMAIL, person.email or "")
