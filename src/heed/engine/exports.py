"""What leaves heed in bulk (docs/design.md §4): the suppression list with its evidence, and a
recipients file with only those who may be messaged, decided by the audience filter exactly as
`check` would one by one (heed.bulk.indexed, heed.bulk.decide)."""

from __future__ import annotations

from collections.abc import Generator, Mapping
from contextlib import closing
from typing import BinaryIO

from heed.bulk import export
from heed.bulk.columnar import filter_recipients
from heed.bulk.csvfile import InputFile, file_name_of
from heed.bulk.filtering import ProgressCallback
from heed.bulk.index import Indexes
from heed.bulk.indexed import IndexedAudience, load_indexed_audience
from heed.bulk.results import FilterCounts
from heed.core.vocabulary import Channel, Purpose, parse_choice
from heed.engine.base import Transactions
from heed.engine.collector import collector_paused
from heed.engine.registries import Registries
from heed.errors import BadInput
from heed.store import accounts

_CHANNELS = ", ".join(c.value for c in Channel)


def _channel(value: str | None) -> Channel | None:
    return parse_choice(Channel, value) if value else None


class Exports:
    """The export and the audience filter: read on `transactions`; the filter decides with the
    compiled suppression `indexes` and the `registries`."""

    def __init__(
        self, transactions: Transactions, indexes: Indexes, registries: Registries
    ) -> None:
        self.transactions = transactions
        self.indexes = indexes
        self.registries = registries

    def export_suppressions(
        self,
        slug: str,
        *,
        format: str = "csv",
        channel: str | None = None,
        source: str | None = None,
        tally: export.ExportTally | None = None,
    ) -> Generator[bytes, None, None]:
        """The account's active suppressions with their evidence, as CSV or JSON in UTF-8
        chunks (what a file or a response holds: a million rows are not decoded to be
        encoded again).

        Streams from one read transaction while the caller consumes it, until the end or
        until the caller closes it (a generator, so that it can); `tally` counts.
        """
        fmt, kind, wanted = (
            export.check_format(format),
            _channel(channel),
            export.check_source(source),
        )
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            made = export.chunks(session, account, fmt, channel=kind, source=wanted, tally=tally)
            # closed before the transaction ends, also when the caller stops early: a COPY
            # left open holds the connection (heed.bulk.export)
            with closing(made) as chunks:
                while True:
                    with collector_paused():  # while a chunk is made, not while the caller has it
                        chunk = next(chunks, None)
                    if chunk is None:
                        return
                    yield chunk

    def audience(
        self,
        slug: str,
        channel: str,
        *,
        sender: str | None = None,
        list_name: str | None = None,
        purpose: str = "marketing",
    ) -> IndexedAudience:
        """A snapshot to decide many recipients with, exactly as `check` would one by one:
        the account's compiled suppression index as of its latest event."""
        kind = _channel(channel)
        if kind is None:
            raise BadInput(f"a channel is needed: one of {_CHANNELS}")
        wanted = parse_choice(Purpose, purpose)
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return load_indexed_audience(
                session,
                self.indexes,
                account,
                kind,
                sender=sender,
                list_name=list_name,
                purpose=wanted,
                registries=self.registries.registry_view(account, kind),
            )

    def filter_audience(
        self,
        slug: str,
        source: InputFile,
        allowed_out: BinaryIO | None,
        *,
        channel: str,
        sender: str | None = None,
        list_name: str | None = None,
        purpose: str = "marketing",
        excluded_out: BinaryIO | None = None,
        columns: Mapping[str, str] | None = None,
        file_name: str | None = None,
        progress: ProgressCallback | None = None,
        keep_duplicates: bool = False,
    ) -> FilterCounts:
        """Filter a recipients file (CSV or JSON): allowed rows out, counts by reason.

        A plain CSV file is decided a column at a time; JSON and CSV with quotes row by row;
        both with the same audience and answers (heed.bulk.columnar.filter_recipients).
        """
        snapshot = self.audience(slug, channel, sender=sender, list_name=list_name, purpose=purpose)
        return filter_recipients(
            snapshot,
            source,
            file_name or file_name_of(source),
            allowed_out,
            excluded_out=excluded_out,
            mapping=columns,
            progress=progress,
            keep_duplicates=keep_duplicates,
        )
