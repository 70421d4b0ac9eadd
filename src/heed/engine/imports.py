"""CSV imports of opt-outs and contacts (docs/design.md §4); exports and the audience filter
are heed.engine.exports.

Each method loads the account, checks the role, and calls heed.bulk. An import is two steps so
the HTTP API and the web UI can answer before the rows land: `start_import` checks the request
and reads the whole file once (a file that cannot be read, or has no address column, is refused
before anything changes) and records the import; `run_import` then imports it a batch per
transaction. `import_optouts` / `import_contacts` do both, for the CLI and the library.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.bulk import jobs, plain_rows
from heed.bulk.ahead import read_ahead
from heed.bulk.columns import Columns, Kind, resolve
from heed.bulk.csvfile import CsvFile, InputFile, file_name_of, open_binary
from heed.bulk.index import Indexes
from heed.bulk.jobs import Job
from heed.bulk.results import ImportInfo, ImportPreview
from heed.core.permissions import Action, require
from heed.core.vocabulary import Actor, Channel, Scope, parse_choice
from heed.engine.base import Transactions
from heed.engine.collector import collector_paused
from heed.errors import BadInput
from heed.store import accounts, imports, queries
from heed.store.accounts import AccountRef
from heed.store.imports import BatchOutcome
from heed.store.queries import Page
from heed.store.tables import Import

#: A file to read: a path, or an open binary file (not heed.core.vocabulary.Source).
ProgressCallback = Callable[[int, int | None], None]
#: Rows created by an import after which PostgreSQL's statistics are renewed, then again each
#: time the import has quadrupled them: the planner scales a statistic's row count by the
#: table's size when it plans, so the first renewals matter, and each costs the server
#: 0.2-0.3 CPU-s once the table holds 100,000 rows (doubling: ~1 µs of an import's row).
ANALYZE_AFTER = 1000


def import_kind(kind: str) -> Kind:
    if kind not in (Kind.OPTOUTS, Kind.CONTACTS):
        raise BadInput(f"unknown import kind {kind!r}: expected optouts or contacts")
    return Kind(kind)


_CHANNELS = ", ".join(c.value for c in Channel)


def _channel(value: str | None) -> Channel | None:
    return parse_choice(Channel, value) if value else None


@dataclass(frozen=True)
class _Asked:
    """An import request, checked: the account, what kind, and where its rows apply."""

    account: AccountRef
    kind: Kind
    channel: Channel | None
    scope: Scope | None

    def draft(self, file_name: str) -> dict[str, Any]:
        """The fields of its `Import` row that the request decides."""
        return {
            "kind": self.kind.value,
            "file_name": file_name,
            "channel": self.channel.value if self.channel else None,
            "scope": str(self.scope) if self.scope else None,
        }

    def columns(self, table: CsvFile, given: Mapping[str, str] | None, file_name: str) -> Columns:
        """Which of the file's columns the import reads (an error names the headers seen)."""
        found = resolve(self.kind, table.header, given, channel=self.channel, file_name=file_name)
        return jobs.used_columns(found, self.kind, self.channel, self.scope)


class Imports:
    """CSV imports of opt-outs and contacts: started, run a batch per transaction, previewed,
    listed."""

    def __init__(self, transactions: Transactions, indexes: Indexes | None = None) -> None:
        self.transactions = transactions
        self.indexes = indexes  # compiled suppression indexes a contact import flags with

    # -- imports ------------------------------------------------------------------------------

    def start_import(
        self,
        slug: str,
        kind: str,
        source: InputFile,
        *,
        actor: Actor,
        file_name: str | None = None,
        channel: str | None = None,
        sender: str | None = None,
        list_name: str | None = None,
        columns: Mapping[str, str] | None = None,
        encoding: str = "utf-8",
    ) -> ImportInfo:
        """Check an import and read its file through once; record it as running."""
        return self._started(
            slug,
            kind,
            source,
            actor=actor,
            file_name=file_name,
            channel=channel,
            sender=sender,
            list_name=list_name,
            columns=columns,
            encoding=encoding,
        )[0]

    def _started(
        self,
        slug: str,
        kind: str,
        source: InputFile,
        *,
        actor: Actor,
        file_name: str | None,
        channel: str | None = None,
        sender: str | None = None,
        list_name: str | None = None,
        columns: Mapping[str, str] | None = None,
        encoding: str = "utf-8",
    ) -> tuple[ImportInfo, CsvFile]:
        """`start_import`, and the file as it read it (`_import` reads it on from there: what
        it found of the file, plain or not, is not found again)."""
        name = file_name or file_name_of(source)
        with self.transactions.read() as session:
            asked = self._asked(session, slug, kind, actor, channel, sender, list_name)
        with open_binary(source) as stream:
            table = CsvFile(stream, name, encoding)
            found = asked.columns(table, columns, name)
            total = plain_rows.count(table)
        with self.transactions.write() as session:
            row = imports.create(
                session,
                asked.account,
                **asked.draft(name),
                columns=found.names(),
                encoding=table.encoding,
                rows_total=total,
                actor=actor,
            )
            return ImportInfo.of(row), table

    def run_import(
        self,
        slug: str,
        import_id: str,
        source: InputFile,
        *,
        actor: Actor,
        progress: ProgressCallback | None = None,
        batch_size: int | None = None,
    ) -> ImportInfo:
        """Import a started import's rows, a batch per transaction; mark it done (or failed,
        with why, before re-raising: the batches before stay imported)."""
        return self._run(slug, import_id, source, None, actor, progress, batch_size)

    def _run(
        self,
        slug: str,
        import_id: str,
        source: InputFile,
        started: CsvFile | None,
        actor: Actor,
        progress: ProgressCallback | None,
        batch_size: int | None = None,
    ) -> ImportInfo:
        """`run_import`, on the file as `_started` read it, where it did."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.IMPORT)
            row = queries.get(session, account, Import, import_id)
            if row.status != imports.RUNNING or row.rows_processed:
                raise BadInput(f"import {import_id} has run already: start a new one")
        renewals = imports.Renewals(self.transactions.db, row.kind)
        try:
            with open_binary(source) as stream:
                table = started or CsvFile(stream, row.file_name, row.encoding)
                job = self._job(account, row, table, actor)
                done = created = 0
                renew_at = ANALYZE_AFTER
                batches = job.batches(table, batch_size or job.batch_size)
                if self.transactions.db.dialect == "postgresql":  # heed.bulk.ahead
                    batches = read_ahead(batches)
                for batch in batches:
                    with collector_paused(), self.transactions.write() as session:
                        imports.flush_later(session)
                        outcome = BatchOutcome()
                        job.commit(session, batch, outcome)
                        imports.add_batch(session, account.id, import_id, outcome)
                    done, created = done + len(batch), created + outcome.created
                    if created >= renew_at:  # each time the import quadrupled what it added
                        renewals.ask()
                        renew_at *= 4
                    if progress is not None:
                        progress(done, row.rows_total)
        except BaseException as exc:
            self._fail_import(account, import_id, exc)
            raise
        finally:
            renewals.wait()
        with self.transactions.write() as session:  # flushed: so are the batches before
            return ImportInfo.of(imports.finish(session, account.id, import_id, imports.DONE))

    def _fail_import(self, account: AccountRef, import_id: str, exc: BaseException) -> None:
        reason = str(exc) or type(exc).__name__
        try:
            with self.transactions.write() as session:
                imports.finish(session, account.id, import_id, imports.FAILED, reason)
        except Exception:  # the database may be what failed; the import then reads as stale
            pass

    def import_optouts(
        self,
        slug: str,
        source: InputFile,
        *,
        actor: Actor,
        channel: str | None,
        file_name: str | None = None,
        sender: str | None = None,
        list_name: str | None = None,
        columns: Mapping[str, str] | None = None,
        encoding: str = "utf-8",
        progress: ProgressCallback | None = None,
    ) -> ImportInfo:
        """Import opt-outs from a CSV file (start and run it, here and now)."""
        return self._import(
            slug,
            Kind.OPTOUTS,
            source,
            progress,
            actor=actor,
            file_name=file_name,
            channel=channel,
            sender=sender,
            list_name=list_name,
            columns=columns,
            encoding=encoding,
        )

    def import_contacts(
        self,
        slug: str,
        source: InputFile,
        *,
        actor: Actor,
        channel: str | None = None,
        file_name: str | None = None,
        list_name: str | None = None,
        columns: Mapping[str, str] | None = None,
        encoding: str = "utf-8",
        progress: ProgressCallback | None = None,
    ) -> ImportInfo:
        """Import contacts from a CSV file, flagging those who may not be messaged."""
        return self._import(
            slug,
            Kind.CONTACTS,
            source,
            progress,
            actor=actor,
            file_name=file_name,
            channel=channel,
            list_name=list_name,
            columns=columns,
            encoding=encoding,
        )

    def _import(
        self,
        slug: str,
        kind: Kind,
        source: InputFile,
        progress: ProgressCallback | None,
        *,
        actor: Actor,
        file_name: str | None,
        **options: Any,
    ) -> ImportInfo:
        with open_binary(source) as stream:
            name = file_name or file_name_of(source)
            started, table = self._started(
                slug, kind, stream, actor=actor, file_name=name, **options
            )
            return self._run(slug, started.id, stream, table, actor, progress)

    def preview_import(
        self,
        slug: str,
        kind: str,
        source: InputFile,
        *,
        actor: Actor,
        file_name: str | None = None,
        channel: str | None = None,
        sender: str | None = None,
        list_name: str | None = None,
        columns: Mapping[str, str] | None = None,
        encoding: str = "utf-8",
        limit: int = 10,
    ) -> ImportPreview:
        """What importing the file would do to its first `limit` rows; changes nothing."""
        name = file_name or file_name_of(source)
        with self.transactions.read() as session:
            asked = self._asked(session, slug, kind, actor, channel, sender, list_name)
            with open_binary(source) as stream:
                table = CsvFile(stream, name, encoding)
                found = asked.columns(table, columns, name)
                total = table.count()
                draft = Import(id="preview", **asked.draft(name))
                job = jobs.build(session, asked.account, draft, found, actor, self.indexes)
                first = [r for _, r in zip(range(limit), table.rows(), strict=False)]
                rows = job.preview(session, first)
        return ImportPreview(
            name, tuple(table.header), table.delimiter, found.names(), total, tuple(rows)
        )

    def _asked(
        self,
        session: Session,
        slug: str,
        kind: str,
        actor: Actor,
        channel: str | None,
        sender: str | None,
        list_name: str | None,
    ) -> _Asked:
        wanted = import_kind(kind)
        account = accounts.load_account(session, slug)
        require(actor, Action.IMPORT)
        kind_channel = _channel(channel)
        scope = jobs.fixed_scope(session, account, wanted, kind_channel, sender, list_name)
        return _Asked(account, wanted, kind_channel, scope)

    def _job(self, account: AccountRef, row: Import, table: CsvFile, actor: Actor) -> Job:
        channel = Channel(row.channel) if row.channel else None
        found = resolve(
            Kind(row.kind), table.header, row.columns, channel=channel, file_name=row.file_name
        )
        with self.transactions.read() as session:
            return jobs.build(session, account, row, found, actor, self.indexes)

    def get_import(self, slug: str, import_id: str) -> ImportInfo:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return ImportInfo.of(queries.get(session, account, Import, import_id))

    def list_imports(
        self, slug: str, *, cursor: str | None = None, limit: int = 50
    ) -> Page[ImportInfo]:
        """Imports, oldest first, cursor-paginated like every /v1 list."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            query = select(Import).where(Import.account_id == account.id)
            page = queries.paginate(session, query, Import.id, cursor, limit)
            return Page([ImportInfo.of(r) for r in page.items], page.next_cursor)

    def recent_imports(self, slug: str, limit: int = 50) -> list[ImportInfo]:
        """The newest imports first, for the web UI."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            rows = session.scalars(
                select(Import)
                .where(Import.account_id == account.id)
                .order_by(Import.id.desc())
                .limit(limit)
            )
            return [ImportInfo.of(r) for r in rows]
