"""One kind of import each: read a batch of rows, then plan and apply it in one transaction.

A job is built from what the import row records (kind, channel, scope, columns), so a run
started by the API in a background thread does exactly what the CLI does in the foreground.
Reading rows happens before the transaction; the account's chain lock is taken before the
plan reads what is active, so two imports (or an import and a STOP) never race.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.bulk import contact_import, contact_plain, optout_import, optout_plain
from heed.bulk.columns import Columns, Kind
from heed.bulk.contact_import import ContactDecision, ContactFile, ContactRow, IndexedFlags
from heed.bulk.csvfile import CsvFile, CsvRow
from heed.bulk.index import Indexes
from heed.bulk.optout_import import OptOutFile, OptOutRow
from heed.bulk.results import PreviewRow
from heed.core.addresses import normalise_sender
from heed.core.vocabulary import Actor, Channel, Scope, ScopeKind
from heed.engine.collector import collector_paused
from heed.errors import BadInput
from heed.store import accounts
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.imports import BatchOutcome
from heed.store.tables import Import, MailingList

_CHANNELS = ", ".join(c.value for c in Channel)


class Job(Protocol):
    #: Rows per transaction: short enough that a STOP never waits long for the account's lock.
    batch_size: int

    def batches(self, table: CsvFile, size: int) -> Iterator[Any]:
        """The file's rows in batches of `size` rows (`len` of a batch: its rows), read
        before their transaction."""

    def commit(self, session: Session, batch: Any, outcome: BatchOutcome) -> None:
        """Import a batch of `batches` inside the caller's transaction, counting into
        `outcome`."""

    def preview(self, session: Session, rows: Sequence[CsvRow]) -> list[PreviewRow]:
        """What each row would do, changing nothing."""


def batched(rows: Iterable[CsvRow], size: int) -> Iterator[list[CsvRow]]:
    """`rows` in lists of `size`, each read with the cycle collector paused (its commit is
    too: heed.engine.imports): a batch's rows, alive together, are in no cycle."""
    iterator = iter(rows)
    while True:
        with collector_paused():
            batch = list(islice(iterator, size))
        if not batch:
            return
        yield batch


class OptOutJob:
    batch_size = 5000  # a few multi-row statements and one event: ~50 ms of lock per batch

    def __init__(self, account: AccountRef, spec: OptOutFile, actor: Actor) -> None:
        self.account, self.spec, self.actor = account, spec, actor
        self.present = optout_plain.Present()  # carried from batch to batch

    def _read(self, batch: Sequence[CsvRow], outcome: BatchOutcome) -> list[OptOutRow]:
        return optout_import.read_rows(self.spec, self.account, batch, outcome)

    def batches(
        self, table: CsvFile, size: int
    ) -> Iterator[list[CsvRow]] | Iterator[optout_plain.PlainBatch]:
        """A plain file of the usual shape a block at a time (heed.bulk.optout_plain), any
        other row by row."""
        if table.plain() and optout_plain.takes(self.spec, self.account):
            return optout_plain.plain_batches(self.spec, self.account, table, size)
        return batched(table.rows(), size)

    def commit(
        self,
        session: Session,
        batch: Sequence[CsvRow] | optout_plain.PlainBatch,
        outcome: BatchOutcome,
    ) -> None:
        """A batch the csv module read goes through `optout_import.read_rows`; its rows are
        then written a channel and scope at a time as a plain file's are (each one row, one
        suppression), but under `opt_out_channels=all`, where a row reaches every channel of
        the person (`optout_import.plan`)."""
        log = EventLog(session, self.account.id)
        if not isinstance(batch, optout_plain.PlainBatch):
            rows = self._read(batch, outcome)
            if self.account.settings.opt_out_channels == "all":
                log.lock()
                decisions = optout_import.plan(session, self.account, rows)
                optout_import.apply(session, log, self.account, decisions, self.actor, outcome)
                outcome.rows += len(batch)
                return
            reasons = "reason" in self.spec.columns.indexes
            batch = optout_plain.from_rows(rows, len(batch), reasons)
        log.lock()
        optout_plain.commit(
            session, log, self.account, self.spec, batch, self.actor, outcome, self.present
        )

    def preview(self, session: Session, rows: Sequence[CsvRow]) -> list[PreviewRow]:
        outcome = BatchOutcome()
        good = self._read(rows, outcome)
        errors = {e["line"]: e["message"] for e in outcome.errors}
        decisions = {
            d.row.line: d for d in optout_import.plan(session, self.account, good, first_lines={})
        }
        shown = []
        for row in rows:
            if row.line in errors:
                shown.append(PreviewRow(row.line, row.values, "error", errors[row.line]))
                continue
            decision = decisions[row.line]
            where = f"{decision.row.target.channel} {decision.row.target.address}"
            scope = str(decision.row.scope)
            if decision.duplicate_of is not None:
                words = f"repeats line {decision.duplicate_of}: no change"
                shown.append(PreviewRow(row.line, row.values, "unchanged", words))
            elif decision.creates:
                words = f"opts out {where} ({scope})"
                shown.append(PreviewRow(row.line, row.values, "create", words))
            else:
                words = f"{where} was already imported ({scope}): no change"
                shown.append(PreviewRow(row.line, row.values, "unchanged", words))
        return shown


class ContactJob:
    batch_size = 5000  # as an opt-out import: a few statements and one event per batch

    def __init__(
        self, account: AccountRef, spec: ContactFile, actor: Actor, flags: IndexedFlags | None
    ) -> None:
        self.account, self.spec, self.actor, self.flags = account, spec, actor, flags

    def batches(
        self, table: CsvFile, size: int
    ) -> Iterator[list[CsvRow]] | Iterator[contact_plain.PlainContacts]:
        """A plain file of the usual shape a block at a time (heed.bulk.contact_plain), any
        other row by row."""
        if table.plain() and contact_plain.takes(self.spec):
            return contact_plain.plain_batches(self.spec, self.account, table, size)
        return batched(table.rows(), size)

    def _read(self, batch: Sequence[CsvRow], outcome: BatchOutcome) -> list[ContactRow]:
        return contact_import.read_rows(self.spec, self.account, batch, outcome)

    def commit(
        self,
        session: Session,
        batch: Sequence[CsvRow] | contact_plain.PlainContacts,
        outcome: BatchOutcome,
    ) -> None:
        log = EventLog(session, self.account.id)
        if isinstance(batch, contact_plain.PlainContacts):
            log.lock()
            contact_plain.commit(
                session, log, self.account, self.spec, batch, self.actor, outcome, self.flags
            )
            return
        rows = self._read(batch, outcome)
        log.lock()
        decided = contact_import.plan(session, self.account, self.spec, rows, flags=self.flags)
        decisions = []
        for item in decided:
            if isinstance(item, ContactDecision):
                decisions.append(item)
            else:
                outcome.error(*item)
        contact_import.apply(session, log, self.account, self.spec, decisions, self.actor, outcome)
        outcome.rows += len(batch)

    def preview(self, session: Session, rows: Sequence[CsvRow]) -> list[PreviewRow]:
        outcome = BatchOutcome()
        good = self._read(rows, outcome)
        errors = {e["line"]: e["message"] for e in outcome.errors}
        planned = contact_import.plan(
            session, self.account, self.spec, good, first_lines={}, flags=self.flags
        )
        decisions: dict[int, ContactDecision] = {}
        for item in planned:
            if isinstance(item, ContactDecision):
                decisions[item.row.line] = item
            else:
                errors[item[0]] = item[1]
        shown = []
        for row in rows:
            if row.line in errors:
                shown.append(PreviewRow(row.line, row.values, "error", errors[row.line]))
            else:
                shown.append(_contact_preview(row, decisions[row.line], self.spec))
        return shown


def _contact_preview(row: CsvRow, decision: ContactDecision, spec: ContactFile) -> PreviewRow:
    if decision.duplicate_of is not None:
        words, outcome = f"repeats line {decision.duplicate_of}: no change", "unchanged"
    elif decision.create:
        words, outcome = "adds a new contact", "create"
    else:
        words, outcome = "already a contact: left as it is", "unchanged"
    if decision.left_list:
        words += f"; left {spec.list_name} before, so not added back"
    elif decision.join_list and spec.list_name:
        words += f"; joins {spec.list_name}"
    barred = {k: v for k, v in decision.reasons.items() if not k.startswith("list:")}
    if barred:
        codes = "; ".join(f"{channel}: {', '.join(c)}" for channel, c in barred.items())
        words += f"; flagged, may not be messaged ({codes})"
    return PreviewRow(row.line, row.values, outcome, words)


def fixed_scope(
    session: Session,
    account: AccountRef,
    kind: Kind,
    channel: Channel | None,
    sender: str | None,
    list_name: str | None,
) -> Scope | None:
    """The scope every row gets (None: the file's scope column says, else the account)."""
    if sender and list_name:
        raise BadInput("give a sender or a list, not both: a suppression has one scope")
    if list_name:
        return Scope.list(accounts.find_list(session, account, list_name).name)
    if sender:
        if kind is Kind.CONTACTS:
            raise BadInput("a contact import takes no sender: contacts belong to the account")
        if channel is None:
            raise BadInput("a sender needs a channel: give --channel too")
        address = normalise_sender(channel, sender, account.settings.default_country)
        return Scope.sender(accounts.known_sender(session, account, channel, address))
    return None


def used_columns(
    found: Columns, kind: Kind, channel: Channel | None, scope: Scope | None
) -> Columns:
    """The columns the import reads: a given channel or scope wins over a column of it."""
    if kind is Kind.OPTOUTS and channel is None and not found.has("channel"):
        raise BadInput(f"give a channel (one of {_CHANNELS}), or a channel column in the file")
    ignored = {"channel"} if channel else set()
    if scope is not None:
        ignored.add("scope")
    return Columns(found.header, {r: i for r, i in found.indexes.items() if r not in ignored})


def build(
    session: Session,
    account: AccountRef,
    row: Import,
    columns: Columns,
    actor: Actor,
    indexes: Indexes | None = None,
) -> Job:
    """The job for an import row; a contact import clears its flags with `indexes` when
    given (heed.bulk.contact_import.IndexedFlags), else asks the decision path for each."""
    channel = Channel(row.channel) if row.channel else None
    scope = Scope.parse(row.scope) if row.scope else None
    if row.kind == Kind.CONTACTS:
        list_name = scope.value if scope and scope.kind is ScopeKind.LIST else None
        list_id = accounts.find_list(session, account, list_name).id if list_name else None
        spec = ContactFile(row.id, row.file_name, columns, channel, list_name, list_id)
        flags = IndexedFlags(indexes, account) if indexes is not None else None
        return ContactJob(account, spec, actor, flags)
    names = frozenset(
        session.scalars(select(MailingList.name).where(MailingList.account_id == account.id))
    )
    senders = {c: tuple(accounts.sender_addresses(session, account, c)) for c in Channel}
    file = OptOutFile(row.id, row.file_name, columns, channel, scope, names, senders)
    return OptOutJob(account, file, actor)
