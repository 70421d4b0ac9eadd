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

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.bulk.columns import Columns
from heed.bulk.csvfile import CsvRow
from heed.bulk.decide import ALLOWED, Recipients
from heed.bulk.index import Indexes, patch
from heed.bulk.index_files import SuppressionIndex
from heed.bulk.keys import address_key
from heed.bulk.optout_import import row_evidence, width_error
from heed.bulk.people import contacts_matching
from heed.bulk.registry import view_of
from heed.core.fast_addresses import normalise_address_fast
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
from heed.store.lists import set_membership
from heed.store.reads import reads_of
from heed.store.suppressions import Target
from heed.store.tables import ListMembership

if TYPE_CHECKING:
    import numpy as np
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


@dataclass(frozen=True)
class ContactRow:
    line: int
    phone: str | None
    email: str | None
    name: str | None
    external_id: str | None
    fields: dict[str, str]
    evidence: dict[str, Any]


@dataclass(frozen=True)
class Person:
    """A contact as matching needs it: one already stored, or one this import will add."""

    id: str
    phone: str | None
    email: str | None
    external_id: str | None


@dataclass
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


def plan(
    session: Session,
    account: AccountRef,
    spec: ContactFile,
    rows: Sequence[ContactRow],
    first_lines: dict[str, int] | None = None,
    flags: IndexedFlags | None = None,
) -> list[ContactDecision | tuple[int, str]]:
    """Match each row to a contact (or plan a new one), then decide list and flags."""
    stored = contacts_matching(
        session,
        account,
        [r.phone for r in rows if r.phone],
        [r.email for r in rows if r.email],
        [r.external_id for r in rows if r.external_id],
    )
    index = _Index([Person(*found) for found in stored])
    decided: list[ContactDecision | tuple[int, str]] = []
    fresh = iter(new_ids(len(rows)))  # made at once, in increasing order
    for row in rows:
        found = index.match(row)
        if isinstance(found, str):
            decided.append((row.line, found))
            continue
        person = found or Person(next(fresh), row.phone, row.email, row.external_id)
        if found is None:
            index.add(person)
        earlier = None
        if first_lines is not None:
            earlier = first_lines.get(person.id)
            first_lines.setdefault(person.id, row.line)
        decided.append(ContactDecision(row, person, create=found is None, duplicate_of=earlier))
    decisions = [d for d in decided if isinstance(d, ContactDecision)]
    _flag(session, account, spec, decisions, flags)
    return decided


class _Index:
    """The contacts of a batch by phone, email and external id, new ones included."""

    def __init__(self, people: Sequence[Person]) -> None:
        self.by: dict[str, dict[str, Person]] = {"phone": {}, "email": {}, "external_id": {}}
        for person in people:
            self.add(person)

    def add(self, person: Person) -> None:
        for key, index in self.by.items():
            value = getattr(person, key)
            if value:
                index.setdefault(value, person)

    def match(self, row: ContactRow) -> Person | str | None:
        """The one contact the row is, None for a new one, or why it is ambiguous."""
        by_phone = self.by["phone"].get(row.phone) if row.phone else None
        by_email = self.by["email"].get(row.email) if row.email else None
        if by_phone and by_email and by_phone.id != by_email.id:
            return (
                f"phone {row.phone} and email {row.email} belong to two different contacts: "
                "fix the row, or merge the contacts first"
            )
        found = by_phone or by_email
        owner = self.by["external_id"].get(row.external_id) if row.external_id else None
        if owner and (found is None or owner.id != found.id):
            return f"external id {row.external_id!r} belongs to another contact"
        return found


def _flag(
    session: Session,
    account: AccountRef,
    spec: ContactFile,
    decisions: Sequence[ContactDecision],
    flags: IndexedFlags | None,
) -> None:
    """Mark each contact's channels that may not be messaged (marketing, no sender, as the
    contacts page reads them), and whether they left the import's list. Without `flags`
    (or when the index cannot be used) every target is asked of the decision path."""
    targets = {id(d): _targets(d.person, spec.channel) for d in decisions}
    wanted = [t for ts in targets.values() for t in ts]
    asked = flags.suspects(session, wanted) if flags is not None else None
    statuses = checking.check_targets(session, account, wanted if asked is None else asked)
    left = _left_list(session, account, spec, decisions, wanted)
    for decision in decisions:
        for target in targets[id(decision)]:
            result = statuses.get(target)
            if result is not None and not result.allowed:
                decision.reasons[target.channel.value] = result.codes
        if spec.list_name is not None:
            decision.left_list = decision.person.id in left
            decision.join_list = not decision.left_list
            if decision.left_list:
                decision.reasons[f"list:{spec.list_name}"] = ["list_unsubscribed"]


class IndexedFlags:
    """The compiled suppression indexes one contact import clears its contacts with, each
    batch's flags decided as the audience filter decides recipients (heed.bulk.decide
    `Recipients.strongest`, for marketing from no sender, as `check_targets` asks): a target
    the index holds nothing against, that no registry lists and no consent rule holds back,
    is allowed; every other one is asked of the decision path for its reasons."""

    def __init__(self, indexes: Indexes, account: AccountRef) -> None:
        self.indexes, self.account = indexes, account
        self._held: dict[Channel, SuppressionIndex] = {}

    def suspects(self, session: Session, targets: Sequence[Target]) -> list[Target] | None:
        """The targets to ask of the decision path, or None (ask for all) when the index
        cannot decide: other readers of suppressions are installed, or it cannot be read."""
        if checking.READERS:
            return None  # suppressions from outside the store: the index does not hold them
        by_channel: dict[Channel, list[Target]] = {}
        for target in dict.fromkeys(targets):
            by_channel.setdefault(target.channel, []).append(target)
        try:
            return [
                t for channel, group in by_channel.items() for t in self._held_back(session, group)
            ]
        except OSError:
            return None  # the index directory cannot be read or written: the slow path

    def _held_back(self, session: Session, group: list[Target]) -> list[Target]:
        channel = group[0].channel
        recipients = self._recipients(session, channel)
        keys = np.array([address_key(channel, t.address) for t in group], dtype=np.uint64)
        order = np.argsort(keys, kind="stable")
        ranks = np.empty(len(keys), dtype=np.int8)
        ranks[order] = recipients.strongest(keys[order])
        erased = recipients.erased_addresses() if recipients.has_erased else set()
        return [
            target
            for target, rank in zip(group, ranks.tolist(), strict=True)
            if rank != ALLOWED or (erased and self._erased(target, erased))
        ]

    def _erased(self, target: Target, erased: set[str]) -> bool:
        """Whether the index holds a tombstone of `target` (its rank then is not the answer:
        heed.bulk.indexed `_rank_erased`)."""
        return any(k.address in erased for k in checking.keys_of(self.account, target)[1:])

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
    targets: Sequence[Target],
) -> set[str]:
    """Ids of the contacts who unsubscribed from the import's list (membership or opt-out)."""
    if spec.list_id is None:
        return set()
    ids = [d.person.id for d in decisions if not d.create]
    left = (
        set(
            session.scalars(
                select(ListMembership.contact_id).where(
                    ListMembership.account_id == account.id,
                    ListMembership.list_id == spec.list_id,
                    ListMembership.contact_id.in_(ids),
                    ListMembership.status == "unsubscribed",
                )
            )
        )
        if ids
        else set()
    )
    scope = f"list:{spec.list_name}"
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
        for decision in decisions:
            if decision.join_list:
                person = decision.person
                kind = Channel.SMS if person.phone else Channel.EMAIL
                target = Target(kind, person.phone or person.email or "")
                set_membership(session, log, account, spec.list_name, target, "subscribed", actor)
