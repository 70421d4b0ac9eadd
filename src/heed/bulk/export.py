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
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from heed.bulk.cells import inert_row
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


def check_format(value: str) -> str:
    if value not in FORMATS:
        raise BadInput(f"unknown export format {value!r}: expected csv or json")
    return value


def check_source(value: str | None) -> str | None:
    if value is not None and value not in {s.value for s in Source}:
        choices = ", ".join(s.value for s in Source)
        raise BadInput(f"unknown source {value!r}: expected one of {choices}")
    return value


def _query(account: AccountRef, channel: Channel | None, source: str | None) -> Select[Any]:
    query = select(Suppression).where(
        Suppression.account_id == account.id, Suppression.lifted_at.is_(None)
    )
    if channel is not None:
        query = query.where(Suppression.channel == channel.value)
    if source is not None:
        query = query.where(Suppression.source == source)
    return query


def record(row: Suppression) -> dict[str, Any]:
    return {
        "channel": row.channel,
        "address": row.address,
        "scope": row.scope,
        "source": row.source,
        "since": row.since.isoformat(),
        "reason": row.reason,
        "event_id": row.created_event,
        "evidence": row.evidence or {},
        "id": row.id,
    }


def chunks(
    session: Session,
    account: AccountRef,
    fmt: str,
    *,
    channel: Channel | None = None,
    source: str | None = None,
    tally: ExportTally | None = None,
) -> Iterator[str]:
    """The export as text chunks, in the order the suppressions were recorded."""
    tally = tally if tally is not None else ExportTally()
    query = _query(account, channel, source)
    erased = query.where(Suppression.address.like(f"{TOMBSTONE_PREFIX}%"))
    tally.skipped_erased = int(
        session.scalar(select(func.count()).select_from(erased.subquery())) or 0
    )
    rows = session.scalars(
        query.where(Suppression.address.not_like(f"{TOMBSTONE_PREFIX}%"))
        .order_by(Suppression.created_event, Suppression.id)
        .execution_options(yield_per=_STREAM)
    )
    encode = _csv_line if fmt == "csv" else _json_item
    yield ",".join(FIELDS) + "\r\n" if fmt == "csv" else "["
    for row in rows:
        yield encode(record(row), tally.exported)
        tally.exported += 1
    yield "" if fmt == "csv" else ("\n]\n" if tally.exported else "]\n")


def _csv_line(item: dict[str, Any], _n: int) -> str:
    out = io.StringIO()
    evidence = json.dumps(item["evidence"], ensure_ascii=False, sort_keys=True, default=str)
    csv.writer(out).writerow(inert_row([*(item[f] for f in FIELDS[:-2]), evidence, item["id"]]))
    return out.getvalue()


def _json_item(item: dict[str, Any], n: int) -> str:
    return ("\n" if n == 0 else ",\n") + json.dumps(item, ensure_ascii=False, default=str)
