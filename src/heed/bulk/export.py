"""Export active suppressions with their evidence, as CSV or JSON, a few thousand rows at a time.

The columns are what another system needs to honour them, and what `heed import optouts`
reads back (`channel`, `address`, `scope`, `reason`): an export re-imported into another
heed account suppresses the same addresses in the same scopes, with the original row kept as
the import's evidence. Suppressions of erased people are left out: their address is a keyed
hash that only this account can match.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Text, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from heed.bulk.cells import FORMULA_STARTS, inert_cell
from heed.core.tombstones import PREFIX as TOMBSTONE_PREFIX
from heed.core.vocabulary import Channel, Source
from heed.errors import BadInput
from heed.store.accounts import AccountRef
from heed.store.tables import Suppression

FIELDS = ("channel", "address", "scope", "source", "since", "reason", "event_id", "evidence", "id")
FORMATS = ("csv", "json")
_STREAM = 2000


@dataclass
class ExportTally:
    """Filled in while an export streams: how many rows went out, how many were left out."""

    exported: int = 0
    skipped_erased: int = 0
    total: int = 0  # rows the export will write, for a progress bar


def check_format(value: str) -> str:
    if value not in FORMATS:
        raise BadInput(f"unknown export format {value!r}: expected csv or json")
    return value


def check_source(value: str | None) -> str | None:
    if value is not None and value not in {s.value for s in Source}:
        choices = ", ".join(s.value for s in Source)
        raise BadInput(f"unknown source {value!r}: expected one of {choices}")
    return value


def _where(account: AccountRef, channel: Channel | None, source: str | None) -> list[Any]:
    conditions = [Suppression.account_id == account.id, Suppression.lifted_at.is_(None)]
    if channel is not None:
        conditions.append(Suppression.channel == channel.value)
    if source is not None:
        conditions.append(Suppression.source == source)
    return conditions


#: The columns an export reads, raw: no ORM objects, and the stored JSON and time text are
#: turned into the export's own text directly (a million rows must stream in seconds). The
#: evidence is read as its JSON text (PostgreSQL casts its JSONB), which a CSV cell holds as it
#: is: parsing and re-encoding a million objects was most of an export's time.
_COLUMNS = (
    Suppression.channel,
    Suppression.address,
    Suppression.scope,
    Suppression.source,
    type_coerce(Suppression.since, Text),
    Suppression.reason,
    Suppression.created_event,
    cast(Suppression.evidence, Text),
    Suppression.id,
)


def chunks(
    session: Session,
    account: AccountRef,
    fmt: str,
    *,
    channel: Channel | None = None,
    source: str | None = None,
    tally: ExportTally | None = None,
) -> Iterator[str]:
    """The export as text chunks of a few thousand rows, in the order the suppressions were
    created (their ids sort by time); `tally.total` is known once the first chunk is out."""
    tally = tally if tally is not None else ExportTally()
    where = _where(account, channel, source)
    erased = Suppression.address.like(f"{TOMBSTONE_PREFIX}%")
    counts = session.execute(
        select(func.count(), func.count().filter(erased)).select_from(Suppression).where(*where)
    ).one()
    tally.total, tally.skipped_erased = int(counts[0]) - int(counts[1]), int(counts[1])
    query = select(*_COLUMNS).where(*where, ~erased).order_by(Suppression.id)
    result = session.connection().execute(query.execution_options(yield_per=_STREAM))
    iso = _iso_reader(session)
    yield ",".join(FIELDS) + "\r\n" if fmt == "csv" else "["
    for rows in result.partitions():
        yield _csv_lines(rows, iso) if fmt == "csv" else _json_items(rows, iso, tally.exported)
        tally.exported += len(rows)
    yield "" if fmt == "csv" else ("\n]\n" if tally.exported else "]\n")


def _iso_reader(session: Session) -> Callable[[Any], str]:
    """How a raw `since` of this database becomes ISO 8601 text (the last one remembered: the
    rows of an import batch share theirs)."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    convert = _sqlite_iso if sqlite else _postgresql_iso
    last: list[Any] = [None, ""]

    def iso(value: Any) -> str:
        if value != last[0]:
            last[0], last[1] = value, convert(value)
        return str(last[1])

    return iso


def _sqlite_iso(value: str) -> str:  # "YYYY-MM-DD HH:MM:SS.ffffff", UTC
    return (value[:10] + "T" + value[11:]).removesuffix(".000000") + "+00:00"


def _postgresql_iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _csv_lines(rows: Sequence[Any], iso: Callable[[Any], str]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(
        # the address and the reason are what people typed; the evidence is a JSON object
        (c, _inert(a), scope, source, iso(since), _inert(r), e, _evidence(ev), sid)
        for c, a, scope, source, since, r, e, ev, sid in rows
    )
    return out.getvalue()


def _evidence(text: str | None) -> str | None:
    """The evidence cell: the stored JSON text, `{}` for none."""
    return "{}" if text is None or text == "null" else _inert(text)


def _inert(value: str | None) -> str | None:
    """`inert_cell`, called only for a cell that may need it (most do not)."""
    return inert_cell(value) if value and value[0] in FORMULA_STARTS else value


def _json_items(rows: Sequence[Any], iso: Callable[[Any], str], done: int) -> str:
    lines = [
        orjson.dumps(
            dict(
                zip(
                    FIELDS, (*row[:4], iso(row[4]), *row[5:7], _object(row[7]), row[8]), strict=True
                )
            )
        ).decode()
        for row in rows
    ]
    return ("\n" if done == 0 else ",\n") + ",\n".join(lines)


def _object(evidence: str | None) -> Any:
    return (orjson.loads(evidence) if evidence else None) or {}
