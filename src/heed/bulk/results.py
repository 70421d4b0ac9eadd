"""What bulk work returns: JSON-ready via `heed.engine.results.to_json`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from heed.store.tables import Import


@dataclass(frozen=True)
class ImportInfo:
    """An import: what it was asked, how far it got, what it did, and its bad rows."""

    id: str
    kind: str
    file_name: str
    channel: str | None
    scope: str | None
    columns: dict[str, str]
    status: str  # running, done, failed
    rows_total: int
    rows_processed: int
    created: int
    unchanged: int
    error_count: int
    flagged: int
    row_errors: tuple[dict[str, Any], ...]  # {line, message}, the first 1,000
    flagged_rows: tuple[dict[str, Any], ...]  # {line, address, reasons}, the first 1,000
    actor: str
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    failure: str | None

    @classmethod
    def of(cls, row: Import) -> ImportInfo:
        from heed.store.imports import effective_status  # the ORM: not for `heed filter`

        status, failure = effective_status(row)
        return cls(
            id=row.id,
            kind=row.kind,
            file_name=row.file_name,
            channel=row.channel,
            scope=row.scope,
            columns=dict(row.columns),
            status=status,
            rows_total=row.rows_total,
            rows_processed=row.rows_processed,
            created=row.created,
            unchanged=row.unchanged,
            error_count=row.error_count,
            flagged=row.flagged,
            row_errors=tuple(row.row_errors),
            flagged_rows=tuple(row.flagged_rows),
            actor=row.actor,
            started_at=row.started_at,
            updated_at=row.updated_at,
            finished_at=row.finished_at,
            failure=failure,
        )

    @property
    def progress(self) -> float:
        """Done, from 0 to 1."""
        if self.status == "done" or not self.rows_total:
            return 1.0 if self.status == "done" else 0.0
        return min(1.0, self.rows_processed / self.rows_total)

    @property
    def complete(self) -> bool:
        """Every row landed: done, and none was refused."""
        return self.status == "done" and self.error_count == 0


@dataclass(frozen=True)
class PreviewRow:
    line: int
    values: list[str]
    outcome: str  # create, unchanged, error
    message: str


@dataclass(frozen=True)
class ImportPreview:
    """What an import of this file would do to its first rows, changing nothing."""

    file_name: str
    header: tuple[str, ...]
    delimiter: str
    columns: dict[str, str]  # role -> header, as found or mapped
    rows_total: int
    rows: tuple[PreviewRow, ...]


@dataclass(frozen=True)
class FilterCounts:
    """An audience filtered: how many rows, how many may be sent, and why the others not."""

    total: int
    allowed: int
    excluded: dict[str, int]  # strongest reason -> recipients
    duplicates: int  # rows repeating an earlier recipient: written once, counted here


@dataclass(frozen=True)
class ExportCounts:
    exported: int
    skipped_erased: int  # suppressions of erased people: their address is only a keyed hash
