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
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain, repeat
from typing import Any

import orjson
from sqlalchemy import (
    ClauseElement,
    ColumnElement,
    Select,
    Text,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from heed.bulk.cells import FORMULA_STARTS, any_formula, inert_cell, inert_sql
from heed.core.tombstones import PREFIX as TOMBSTONE_PREFIX
from heed.core.vocabulary import Channel, Source
from heed.errors import BadInput, StoredDataInvalid
from heed.store.accounts import AccountRef
from heed.store.tables import Suppression

FIELDS = ("channel", "address", "scope", "source", "since", "reason", "event_id", "evidence", "id")
FORMATS = ("csv", "json")
_STREAM = 5000
_SLICE = 500  # rows made at once, or row by row when one of them needs it


@dataclass
class ExportTally:
    """Filled in while an export streams: how many rows went out, how many were left out."""

    exported: int = 0
    skipped_erased: int = 0
    total: int = 0  # rows the export will write, for a progress bar
    #: Whether to count `total` before the first rows (a tenth of an export's time on SQLite):
    #: only for a progress bar. The erased are counted either way, from an index on SQLite.
    counted: bool = True


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
#: evidence is read as its JSON text, as it was written, which a CSV cell holds as it
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
) -> Generator[bytes]:
    """The export as UTF-8 chunks of a few thousand rows, in the order the suppressions were
    created (their ids sort by time). Given a `tally`, the erased are counted first, and the
    rows too when `tally.counted` (`tally.total` is known once the first chunk is out)."""
    where = _where(account, channel, source)
    erased = func.substr(Suppression.address, 1, len(TOMBSTONE_PREFIX)) == TOMBSTONE_PREFIX
    postgresql = session.get_bind().dialect.name == "postgresql"
    if tally is not None:
        tally.skipped_erased = _erased(session, where, erased, postgresql, channel)
        if tally.counted:
            total = session.execute(select(func.count()).select_from(Suppression).where(*where))
            tally.total = int(total.scalar_one()) - tally.skipped_erased
    tally = tally if tally is not None else ExportTally()
    where.append(~erased)
    if fmt == "csv":
        yield (",".join(FIELDS) + "\r\n").encode()
        if postgresql:
            lines: Generator[tuple[int, bytes]] = _copied_lines(session, _postgresql_csv(where))
        else:
            iso = _iso_reader(session)
            batches = _batches(session, select(*_COLUMNS).where(*where).order_by(Suppression.id))
            lines = ((len(rows), _csv_text(rows, iso).encode()) for rows in batches)
        with closing(lines):
            for count, text in lines:
                tally.exported += count
                yield text
        return
    columns: tuple[Any, ...] = _COLUMNS
    iso = _iso_reader(session)
    if postgresql:  # the server writes the times, as for CSV: no datetime object a row
        iso, columns = str, (*_COLUMNS[:4], _postgresql_time(_COLUMNS[4]), *_COLUMNS[5:])
    yield b"["
    for rows in _batches(session, select(*columns).where(*where).order_by(Suppression.id)):
        items = ",\n".join(
            _json_lines(rows[start : start + _SLICE], iso) for start in range(0, len(rows), _SLICE)
        )
        yield (("\n" if tally.exported == 0 else ",\n") + items).encode()
        tally.exported += len(rows)
    yield b"\n]\n" if tally.exported else b"]\n"


def _postgresql_csv(where: list[Any]) -> Select[Any]:
    """The export's CSV cells as PostgreSQL writes them: the text `_csv_lines` writes, made
    inert by `inert_sql`, times as `_postgresql_iso` writes them, and an empty reason as no
    reason (COPY quotes an empty text, the csv module writes nothing). The stored values are
    read in a subquery that PostgreSQL keeps (`OFFSET 0`), so each is made text once, not once
    for every test of it."""
    stored = select(*_COLUMNS).where(*where).order_by(Suppression.id).offset(0).subquery()
    channel, address, scope, source, since, reason, event, evidence, sid = stored.c
    empty = or_(evidence.is_(None), evidence == "null")
    return select(
        channel,
        inert_sql(address),
        scope,
        source,
        _postgresql_time(since),
        func.nullif(inert_sql(reason), ""),
        event,
        case((empty, literal("{}")), else_=inert_sql(evidence)),
        sid,
    ).order_by(sid)


def _postgresql_time(since: ColumnElement[Any]) -> ColumnElement[str]:
    """A `since` as `_postgresql_iso` writes it, in PostgreSQL's SQL."""
    utc = func.to_char(func.timezone("UTC", since), 'YYYY-MM-DD"T"HH24:MI:SS.US')
    return func.replace(utc, ".000000", "") + "+00:00"


def _erased(
    session: Session,
    where: list[Any],
    erased: ColumnElement[bool],
    postgresql: bool,
    channel: Channel | None,
) -> int:
    """How many of the suppressions `where` selects are of erased people. On SQLite the
    tombstones' range of addresses is also searched for in each channel's part of the active
    rows' (account, channel, address, …) index: found at once, not by reading every row (0.4
    CPU-s a million). Not on PostgreSQL, whose collation may not sort a prefix's texts together."""
    found = select(func.count()).select_from(Suppression).where(*where, erased)
    if not postgresql:
        start = TOMBSTONE_PREFIX
        end = start[:-1] + chr(ord(start[-1]) + 1)
        channels = [channel.value] if channel else [c.value for c in Channel]
        found = found.where(
            Suppression.channel.in_(channels),
            Suppression.address >= start,
            Suppression.address < end,
        )
    return int(session.execute(found).scalar_one())


def _copied_lines(session: Session, query: Select[Any]) -> Generator[tuple[int, bytes]]:
    """`query`'s rows as CSV lines made by PostgreSQL's `COPY … TO STDOUT (FORMAT csv)`, in
    the session's transaction: (how many, their text) `_STREAM` rows at a time.

    COPY quotes a cell exactly when the csv module does (a comma, a double quote, a line
    break), doubling its double quotes, but ends a line with `\n`, not `\r\n`: the line ends
    are changed all at once when the rows hold no other `\n`, else a line at a time. The
    server writes the next rows while these are handled (COPY streams; no round trips), and
    makes them 3-4 times faster than the driver made row tuples of them.
    """
    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    raw: Any = connection.connection.driver_connection
    statement = f"COPY ({compiled.string}) TO STDOUT (FORMAT csv)"
    with raw.cursor() as cursor, cursor.copy(statement, compiled.params) as copy:
        lines: list[Any] = []
        for line in copy:
            lines.append(line)
            if len(lines) == _STREAM:
                yield len(lines), _crlf(lines)
                lines.clear()
        if lines:
            yield len(lines), _crlf(lines)


def _crlf(lines: Sequence[Any]) -> bytes:
    """COPY's lines (each ending `\n`) ending `\r\n`, as the csv module ends them."""
    text = b"".join(lines)
    ended = text.replace(b"\n", b"\r\n")
    if len(ended) - len(text) == len(lines):  # no line break inside a cell
        return ended
    return b"".join(bytes(line[:-1]) + b"\r\n" for line in lines)


def _batches(session: Session, query: ClauseElement) -> Iterator[Sequence[Any]]:
    """The query's rows as the database driver returns them, `_STREAM` at a time.

    SQLAlchemy's streaming read 100,000 rows from PostgreSQL in some 2,800 round trips
    (measured) and made an object of each row; the driver's own cursor (a server-side one on
    PostgreSQL, so a million rows never sit in memory) reads `_STREAM` rows a round trip, in
    the session's transaction.
    """
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    params = compiled.params
    raw: Any = connection.connection.driver_connection
    if connection.dialect.name == "postgresql":
        cursor = raw.cursor(name="heed_export")
        cursor.execute(compiled.string, params)
        batches = _read_ahead(lambda: cursor.fetchmany(_STREAM))
    else:
        assert isinstance(compiled, SQLCompiler), "what a SELECT compiles to"
        cursor = raw.cursor()
        cursor.execute(compiled.string, [params[name] for name in compiled.positiontup or ()])
        batches = iter(lambda: cursor.fetchmany(_STREAM), [])
    try:
        yield from batches
    finally:
        cursor.close()


def _read_ahead(fetch: Callable[[], Sequence[Any]]) -> Iterator[Sequence[Any]]:
    """What `fetch()` returns until it returns no rows, each call made in a thread while the
    caller writes the rows before: PostgreSQL finds the next rows (2.6 µs a row, a process of
    its own) while these are written, instead of in turn (the driver waits for them without
    holding the GIL). Not for SQLite, whose driver takes the GIL back at every row."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="heed-export") as pool:
        pending = pool.submit(fetch)
        while rows := pending.result():
            pending = pool.submit(fetch)
            yield rows


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


def _csv_text(rows: Sequence[Any], iso: Callable[[Any], str]) -> str:
    """CSV lines of `rows`, a slice at a time: `_plain_lines` where it can, else `_csv_lines`."""
    slices = (rows[start : start + _SLICE] for start in range(0, len(rows), _SLICE))
    return "".join(_plain_lines(part, iso) or _csv_lines(part, iso) for part in slices)


def _csv_lines(rows: Sequence[Any], iso: Callable[[Any], str]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(
        # the address and the reason are what people typed; the evidence is a JSON object
        (c, _inert(a), scope, source, iso(since), _inert(r), e, _evidence(ev), sid)
        for c, a, scope, source, since, r, e, ev, sid in rows
    )
    return out.getvalue()


#: What makes the csv module quote a cell: the delimiter, the quote, the line terminator's.
_QUOTED = ',"\r\n'


def _plain_lines(rows: Sequence[Any], iso: Callable[[Any], str]) -> str | None:
    """What `_csv_lines` writes for `rows`, made a column at a time, or None when some cell
    would need it to work row by row (tests/bulk/test_export.py compares the two).

    That is: no cell but the evidence has a character the csv module quotes, `inert_cell`
    changes no address or reason, and every evidence is a JSON object with a key (so the csv
    module quotes it, doubling its quotes). Row by row, with the csv module, costs three
    times as much (bench/import.py).
    """
    channel, address, scope, source, since, reason, event, evidence, sid = zip(*rows, strict=True)
    if None in reason:
        reason = tuple("" if r is None else r for r in reason)
    if None in evidence or any_formula(address + reason):
        return None
    words = "\x00".join(channel + address + scope + source + reason + sid)
    if words.count("\x00") != 6 * len(rows) - 1 or any(c in words for c in _QUOTED):
        return None
    objects = "\x00".join(evidence)
    opened = objects.count('\x00{"')  # an object with a key: it holds a double quote
    if opened != objects.count("\x00") or opened != len(rows) - 1 or objects[:2] != '{"':
        return None
    quoted = '"' + objects.replace('"', '""').replace("\x00", '"\x00"') + '"'
    times = {value: iso(value) for value in set(since)}
    columns = (channel, address, scope, source, map(times.__getitem__, since), reason)
    cells = zip(*columns, map(str, event), quoted.split("\x00"), sid, strict=True)
    return "\r\n".join(map(",".join, cells)) + "\r\n"


def _evidence(text: str | None) -> str | None:
    """The evidence cell: the stored JSON text, `{}` for none."""
    return "{}" if text is None or text == "null" else _inert(text)


def _inert(value: str | None) -> str | None:
    """`inert_cell`, called only for a cell that may need it (most do not)."""
    return inert_cell(value) if value and value[0] in FORMULA_STARTS else value


def _json_lines(rows: Sequence[Any], iso: Callable[[Any], str]) -> str:
    """JSON lines of `rows` (no line break after the last): `_plain_json` where it can, else
    `_json_items`."""
    return _plain_json(rows, iso) or _json_items(rows, iso)


def _json_items(rows: Sequence[Any], iso: Callable[[Any], str]) -> str:
    return ",\n".join(
        orjson.dumps(
            dict(
                zip(
                    FIELDS,
                    (*row[:4], iso(row[4]), *row[5:7], _object(row[7], row[8]), row[8]),
                    strict=True,
                )
            )
        ).decode()  # text joined, then encoded once: joining orjson's bytes took twice as long
        for row in rows
    )


def _object(evidence: str | None, sid: str) -> Any:
    """The evidence a JSON export writes for suppression `sid`: its stored JSON value, `{}`
    for none. Text that is not one JSON value (SQLite keeps any text: the row was edited
    outside heed) is refused, never written: both ways of writing JSON read it here."""
    if not evidence:
        return {}
    try:
        return _loads(evidence) or {}
    except orjson.JSONDecodeError:
        raise StoredDataInvalid(
            f"suppression {sid} cannot be exported: its evidence is not JSON "
            f"({evidence[:60]!r}), so it was changed outside heed; "
            "`heed audit verify` names the rows that differ from what was recorded"
        ) from None


_loads = orjson.loads


#: What comes before each cell of a `_plain_json` line, and after its last: what orjson writes
#: of a row's dict around its values when no text in it needs an escape (a line begins with the
#: `,\n` between lines, taken off the first).
_JSON_KEYS = (
    ',\n{"channel":"',
    '","address":"',
    '","scope":"',
    '","source":"',
    '","since":"',
    '","reason":',
    ',"event_id":',
    ',"evidence":',
    ',"id":"',
)
_JSON_END = '"}'
#: What orjson escapes in a string, as UTF-8 (and nothing else: not `/`, DEL or U+2028).
_JSON_ESCAPED = bytes(range(0x20)) + b'"\\'


def _plain_json(rows: Sequence[Any], iso: Callable[[Any], str]) -> str | None:
    """What `_json_items` writes for `rows`, made a column at a time, or None when some text
    needs an escape (tests/bulk/test_export.py compares the two); evidence that is not JSON
    is refused as `_object` refuses it.

    Each evidence is parsed, then all are written again only when that changes their text
    (evidence written by heed's imports is orjson's already; older or hand-written evidence,
    spaced or escaped otherwise, is written as orjson writes it, as row by row); a dict and
    an orjson call a row were most of a JSON export's time.
    """
    channel, address, scope, source, since, reason, event, evidence, sid = zip(*rows, strict=True)
    words = "".join(channel + address + scope + source + sid + tuple(filter(None, reason)))
    encoded = words.encode()
    if len(encoded.translate(None, _JSON_ESCAPED)) != len(encoded):  # quicker than a search
        return None
    if None in evidence:
        return None
    try:  # each text alone: texts joined could parse as other values (`[1`, `2]`)
        parsed = list(map(_loads, evidence))
    except orjson.JSONDecodeError:
        parsed = [_object(text, row_id) for text, row_id in zip(evidence, sid, strict=True)]
    array = "[" + ",".join(evidence) + "]"
    objects: Sequence[str] = evidence
    if orjson.dumps(parsed) != array.encode():
        objects = [orjson.dumps(value).decode() for value in parsed]
    if not all(parsed):  # no evidence, or none worth the name: an empty object, as `_object`
        objects = [text if value else "{}" for text, value in zip(objects, parsed, strict=True)]
    times = {value: iso(value) for value in set(since)}
    reasons = {text: "null" if text is None else f'"{text}"' for text in set(reason)}
    cells = (
        channel,
        address,
        scope,
        source,
        map(times.__getitem__, since),
        map(reasons.__getitem__, reason),
        map(str, event),
        objects,
        sid,
    )
    # the keys and the cells in turn, a row after another, joined once: a third quicker than
    # a format a row
    parts = [p for key, cell in zip(_JSON_KEYS, cells, strict=True) for p in (repeat(key), cell)]
    lines = zip(*parts, repeat(_JSON_END))  # the cells' columns are as long as `rows`
    return "".join(chain.from_iterable(lines))[2:]
