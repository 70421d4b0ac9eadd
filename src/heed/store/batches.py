"""Suppressions written a batch at a time, proven by one event per batch.

An import of a million opt-outs cannot afford a million events (each a hash, a row and an
index entry: bench/import.py measured ~2,800 rows/s that way). A batch instead writes its
suppressions with one multi-row statement (`COPY` on PostgreSQL) and appends one
`suppressions.imported` event whose payload holds the number of rows and a digest:

    row_digest   = sha256(canonical({id, channel, address, scope, source, reason, evidence,
                                     since, salt}))           kept on the suppression row
    batch digest = sha256(row digests, concatenated in id order)   in the event's payload

The event is in the hash chain, so `heed audit verify` proves each row against it: it
recomputes every row's digest and every batch's digest (`check`), and a row edited, added to a
batch or deleted from one is found. Each row keeps its own evidence (file, line and the row as
read). An erasure blanks a row like an event's payload (address tombstoned, reason, evidence and
salt blanked), keeps its digest, and lists the row in its `contact.erased` event.

Lifting a batch-written suppression is an ordinary `suppression.lifted` event.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import operator
import secrets
import struct
from binascii import hexlify
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Self

import orjson
from sqlalchemy import TextClause, select, text
from sqlalchemy.orm import Session

from heed.bulk.ahead import read_ahead
from heed.core.chain import canonical_json
from heed.core.vocabulary import Actor
from heed.store import ranges
from heed.store.events import EventLog
from heed.store.ids import new_ids
from heed.store.tables import Suppression, rows_of
from heed.store.types import utcnow

KIND = "suppressions.imported"
_SORTED = orjson.OPT_SORT_KEYS
_COLUMNS = (
    "account_id, id, channel, address, scope, source, reason, evidence, since, created_event,"
    " salt, row_digest"
)


@dataclass(slots=True)
class NewSuppression:
    """One suppression a batch creates."""

    channel: str
    address: str
    scope: str
    reason: str | None
    evidence: dict[str, Any]


def row_digest(row: dict[str, Any]) -> str:
    """The digest of one row's payload (all JSON-ready values, `since` as ISO text)."""
    try:
        material = orjson.dumps(row, option=_SORTED)
    except TypeError:  # text orjson refuses (lone surrogates): the reference encoder decides
        return reference_digest(row)
    return hashlib.sha256(material).hexdigest()


def reference_digest(row: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(row).encode()).hexdigest()


def batch_digest(digests: Sequence[str]) -> str:
    """The digest of a batch: its rows' digests in id order (the caller sorted them)."""
    return hashlib.sha256("".join(digests).encode()).hexdigest()


def write(
    session: Session,
    log: EventLog,
    rows: Sequence[NewSuppression],
    *,
    source: str,
    actor: Actor,
    evidence: dict[str, Any],
) -> int:
    """Create `rows` (none of them active already: the caller planned it, under the account's
    lock) and their batch event, in the caller's transaction; return the event's number.

    Evidence must be JSON-ready already (text and numbers): it is digested as given.
    """
    now, seq = utcnow(), log.next_seq
    since = now.isoformat()
    stored_since: Any = now
    if session.get_bind().dialect.name == "sqlite":
        stored_since = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores it
    ids, salts = new_ids(len(rows)), secrets.token_hex(16 * len(rows))
    account_id = log.account_id
    material = _Material(source, since)
    records = []
    for n, (row, sid) in enumerate(zip(rows, ids, strict=True)):
        salt = salts[32 * n : 32 * n + 32]
        stored, digest = material.digest(row, sid, salt)
        records.append(
            (
                account_id,
                sid,
                row.channel,
                row.address,
                row.scope,
                source,
                row.reason,
                stored,
                stored_since,
                seq,
                salt,
                digest,
            )
        )
    records.sort(key=lambda record: record[1])
    channels = {row.channel for row in rows}
    event = log.append(
        KIND,
        actor,
        source=source,
        channel=channels.pop() if len(channels) == 1 else None,
        evidence=evidence,
        after={"rows": len(records), "digest": batch_digest([r[11] for r in records])},
        occurred_at=now,
    )
    assert event.seq == seq
    _insert(session, records)
    return seq


class _Material:
    """`row_digest` of a new row's payload, written as orjson would write the sorted payload
    (test_import_batches compares the two) from the parts that vary: a batch shares its
    source and time, often its channel, scope and reason, and the evidence is encoded once,
    for the row and for its digest."""

    def __init__(self, source: str, since: str) -> None:
        self.source, self.since = source, since
        self.tail = b',"since":%s,"source":%s}' % (_dumps(since), _dumps(source))
        self.encoded: dict[str | None, bytes] = {}

    def text(self, value: str | None) -> bytes:
        found = self.encoded.get(value)
        if found is None:
            found = self.encoded[value] = _dumps(value)
        return found

    def digest(self, row: NewSuppression, sid: str, salt: str) -> tuple[str, str]:
        """(the row's evidence as stored JSON text, the row's digest)."""
        try:
            evidence = _dumps(row.evidence, option=_SORTED)
            material = b'{"address":%s,"channel":%s,"evidence":%s,"id":"%s","reason":%s,' % (
                _dumps(row.address),
                self.text(row.channel),
                evidence,
                sid.encode(),
                self.text(row.reason),
            )
            material += b'"salt":"%s","scope":%s%s' % (
                salt.encode(),
                self.text(row.scope),
                self.tail,
            )
        except TypeError:  # text orjson refuses (lone surrogates): the reference encoder decides
            return canonical_json(row.evidence), reference_digest(self.payload(row, sid, salt))
        return evidence.decode(), hashlib.sha256(material).hexdigest()

    def payload(self, row: NewSuppression, sid: str, salt: str) -> dict[str, Any]:
        """The payload `row_digest` takes (the reference form of what `digest` writes)."""
        return {
            "id": sid,
            "channel": row.channel,
            "address": row.address,
            "scope": row.scope,
            "source": self.source,
            "reason": row.reason,
            "evidence": row.evidence,
            "since": self.since,
            "salt": salt,
        }


_dumps = orjson.dumps


@dataclass(frozen=True, slots=True)
class Uniform:
    """What every row of a uniform batch shares (heed.bulk.optout_plain): its channel, scope
    and, unless each row gives its own (`write_uniform`'s `reasons`), reason."""

    channel: str
    scope: str
    reason: str | None


def write_uniform(
    session: Session,
    log: EventLog,
    shared: Uniform,
    addresses: Sequence[str],
    evidence: Sequence[bytes],
    *,
    source: str,
    actor: Actor,
    batch_evidence: dict[str, Any],
    reasons: Sequence[str] | None = None,
) -> int:
    """`write` for rows that share their channel, scope and reason, each given as its address
    and its evidence encoded already as `orjson.dumps(evidence, option=OPT_SORT_KEYS)` writes
    it; return the event's number. With `reasons` (one a row) the rows share no reason and
    `shared.reason` is None.

    The payload's shared parts are encoded once into a template, so a row costs one format,
    one SHA-256 and its record (test_import_batches checks the digest is `row_digest` of the
    payload). On PostgreSQL the rows are streamed into a binary `COPY` while the next are
    hashed, so the server indexes them while this process works.
    """
    assert (shared.reason is None) == (reasons is not None), "a reason shared or one a row"
    now, seq = utcnow(), log.next_seq
    n = len(addresses)
    ids, salts = new_ids(n), secrets.token_hex(16 * n)
    template = uniform_template(shared, source, now.isoformat(), own_reasons=reasons is not None)
    hasher = hashlib.sha256()
    with _Sink(session, log.account_id, shared, source, now, seq) as sink:
        for start in range(0, n, STREAMED):
            stop = min(start + STREAMED, n)
            hasher.update(
                sink.add(
                    template,
                    ids[start:stop],
                    addresses[start:stop],
                    evidence[start:stop],
                    salts[32 * start : 32 * stop],
                    None if reasons is None else reasons[start:stop],
                )
            )
    event = log.append(
        KIND,
        actor,
        source=source,
        channel=shared.channel,
        evidence=batch_evidence,
        after={"rows": n, "digest": hasher.hexdigest()},
        occurred_at=now,
    )
    assert event.seq == seq
    return seq


STREAMED = 1000  # rows hashed and sent at a time


def uniform_template(
    shared: Uniform, source: str, since: str, *, own_reasons: bool = False
) -> bytes:
    """The sorted payload as `row_digest` encodes it, with %s where the address (JSON), the
    evidence (JSON), the id, the reason (JSON) if the rows have `own_reasons`, and the salt
    go; every other part is encoded here, once."""

    def fixed(value: str | None) -> bytes:
        return _dumps(value).replace(b"%", b"%%")

    return (
        b'{"address":%s,"channel":' + fixed(shared.channel) + b',"evidence":%s,"id":"%s",'
        b'"reason":'
        + (b"%s" if own_reasons else fixed(shared.reason))
        + b',"salt":"%s","scope":'
        + fixed(shared.scope)
        + b',"since":'
        + fixed(since)
        + b',"source":'
        + fixed(source)
        + b"}"
    )


class Sink:
    """Where a batch's records go: a `COPY` in binary format on PostgreSQL (as they come, in
    the subclass's `add`, between the format's header and end written here), multi-row
    INSERTs on SQLite (at the end, in its `finish`). Binary, because the server then parses
    no text: suppressions took 5.3-5.7 µs a row of server CPU where text took 6.0-7.2
    (bench/README.md round 8); `table` and `columns` name what the COPY fills."""

    def __init__(self, session: Session, table: str, columns: str) -> None:
        self.session = session
        self.statement = f"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)"
        self.postgresql = session.get_bind().dialect.name == "postgresql"

    def __enter__(self) -> Self:
        if self.postgresql:
            raw: Any = self.session.connection().connection.dbapi_connection  # psycopg's
            self.cursor = raw.cursor()
            self.copy = self.cursor.copy(self.statement)
            self.out = self.copy.__enter__()
            self.out.write(_BINARY_HEAD)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.postgresql:
            if exc[0] is None:
                self.out.write(_BINARY_END)
            try:
                self.copy.__exit__(*exc)
            finally:
                self.cursor.close()
            return
        if exc[0] is None:
            self.finish()

    def finish(self) -> None:
        """Write what `add` kept (SQLite)."""
        raise NotImplementedError


class _Sink(Sink):
    """Where a uniform batch's records go: on PostgreSQL each row one format of a template
    holding the values every row shares, on SQLite multi-row INSERTs. A reason is shared or
    each row's own (`shared.reason` None)."""

    def __init__(
        self,
        session: Session,
        account_id: str,
        shared: Uniform,
        source: str,
        now: datetime,
        seq: int,
    ) -> None:
        super().__init__(session, "suppressions", _COLUMNS)
        own = shared.reason is None
        # SQLite: each row's id, address, reason if `own`, evidence, salt and digest
        self.values: list[Any] = []
        if self.postgresql:  # the row, with %s for those values (a length before text)
            self.row = (
                binary_count(_COLUMNS)
                + binary_field(account_id)
                + BINARY_ID
                + binary_field(shared.channel)
                + b"%s%s"  # the address's length and bytes
                + binary_field(shared.scope)
                + binary_field(source)
                + (b"%s%s" if own else binary_field(shared.reason))
                + b"%s%s"  # the evidence's length and bytes
                + binary_time(now)
                + binary_int(seq)
                + BINARY_SALT
                + BINARY_DIGEST
            )
        else:
            stored = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores it
            self.shared: list[Any] = [account_id, shared.channel, shared.scope, source]
            self.shared += ([] if own else [shared.reason]) + [stored, seq]
            self.into, self.width = (_OWN_REASONS, 6) if own else (_UNIFORM, 5)

    def add(
        self,
        template: bytes,
        ids: list[str],
        addresses: Sequence[str],
        evidence: Sequence[bytes],
        salts: str,
        reasons: Sequence[str] | None = None,
    ) -> bytes:
        """Rows of these ids, addresses, evidence, salts (32 characters each, joined) and, if
        the batch shares none, reasons; return their digests (hex), joined, for the batch's
        digest. `template` is the payload's (`uniform_template`)."""
        id_bytes = [i.encode() for i in ids]
        salt_bytes = salts.encode()
        salt_list = [salt_bytes[k : k + 32] for k in range(0, len(salt_bytes), 32)]
        reason_json: list[Iterable[bytes]] = [] if reasons is None else [map(_dumps, reasons)]
        payloads = map(
            template.__mod__,
            zip(map(_dumps, addresses), evidence, id_bytes, *reason_json, salt_list, strict=True),
        )
        hashes = map(_sha256, payloads)
        if self.postgresql:
            digests = list(map(hexlify, map(_HASH.digest, hashes)))
            encoded = [a.encode() for a in addresses]
            reason_fields: list[Iterable[bytes]] = []  # each reason's length and bytes
            if reasons is not None:
                texts = [r.encode() for r in reasons]
                reason_fields = [map(binary_length, map(len, texts)), texts]
            self.out.write(
                b"".join(
                    map(
                        self.row.__mod__,
                        zip(
                            id_bytes,
                            map(binary_length, map(len, encoded)),
                            encoded,
                            *reason_fields,
                            map(binary_length, map(len, evidence)),
                            evidence,
                            salt_list,
                            digests,
                            strict=True,
                        ),
                    )
                )
            )
            return b"".join(digests)
        hexes = list(map(_HASH.hexdigest, hashes))
        own_reasons = [] if reasons is None else [reasons]
        salt_texts = [salts[k : k + 32] for k in range(0, len(salts), 32)]
        stored = [e.decode() for e in evidence]
        values = self.values
        for row in zip(ids, addresses, *own_reasons, stored, salt_texts, hexes, strict=True):
            values += row
        return "".join(hexes).encode()

    def finish(self) -> None:
        insert_shared(self.session, self.into, self.shared, self.values, self.width)


#: PostgreSQL's binary COPY: the header, a row's field count, the lengths of the fields every
#: row has at the same length (the id, salt and digest), the end; times count microseconds
#: from 2000-01-01 UTC.
_BINARY_HEAD = b"PGCOPY\n\xff\r\n\x00" + bytes(8)
_BINARY_END = b"\xff\xff"
#: A field's length (-1: NULL) as a binary COPY row gives it before the field's bytes.
binary_length = struct.Struct(">i").pack
#: The fields every imported row, suppression or contact, has at one length: its id, salt and
#: digest, each a %s for the row's own bytes.
BINARY_ID = binary_length(26) + b"%s"
BINARY_SALT = binary_length(32) + b"%s"
BINARY_DIGEST = binary_length(64) + b"%s"
_PG_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_sha256 = hashlib.sha256
_HASH = type(hashlib.sha256())


def _binary(value: bytes) -> bytes:
    """A field of a binary COPY row, for a %-template."""
    return (binary_length(len(value)) + value).replace(b"%", b"%%")


def binary_field(value: str | None) -> bytes:
    """Text (or NULL) as a field of a binary COPY row, for a %-template."""
    return binary_length(-1) if value is None else _binary(value.encode())


def binary_count(columns: str) -> bytes:
    """How a binary COPY row of these columns (named as in the COPY, with commas) begins."""
    return struct.pack(">h", len(columns.split(",")))


def binary_time(at: datetime) -> bytes:
    """A `timestamptz` as a field of a binary COPY row (microseconds from 2000-01-01 UTC),
    for a %-template."""
    since = (at - _PG_EPOCH) // timedelta(microseconds=1)
    return _binary(since.to_bytes(8, "big", signed=True))


def binary_int(value: int) -> bytes:
    """An `integer` as a field of a binary COPY row, for a %-template."""
    return _binary(value.to_bytes(4, "big", signed=True))


#: One row of a uniform batch's INSERT: ?1-?7 the values every row shares (account,
#: channel, scope, source, reason, time and event), {0}-{4} the row's own (id, address,
#: evidence, salt, digest).
_UNIFORM = (
    f"INSERT INTO suppressions ({_COLUMNS}) VALUES ",
    "(?1,{0},?2,{1},?3,?4,?5,{2},?6,?7,{3},{4})",
)
#: The same for a batch whose rows give their own reasons: {2} is the reason, {3}-{5} the
#: evidence, salt and digest.
_OWN_REASONS = (_UNIFORM[0], "(?1,{0},?2,{1},?3,?4,{2},{3},?5,?6,{4},{5})")


def insert_shared(
    session: Session, into: tuple[str, str], shared: list[Any], values: list[Any], width: int
) -> None:
    """INSERT rows into SQLite a few hundred a statement: the values every row shares
    (`shared`) bound once a statement as ?1, ?2, ..., then each row's own `width` values
    (`values`, flat). `into` is the statement's head and one row's VALUES, with {0}, {1}, ...
    where the row's own values go.

    `executemany` binds every value of a row and steps the statement once a row; this binds
    a row's own values and steps once for ~200 rows, and SQLite's own work for a batch
    halves: 200,000 opt-outs into a heed database, 5,000 a transaction, took 4.1-4.8 CPU-s a
    million instead of 8.5-8.9 (bench/README.md, `bench/import.py`, 2026-12-05 round 4).
    At most 999 values a statement, the most SQLite before 3.32 takes.
    """
    raw: Any = session.connection().connection.dbapi_connection  # sqlite3's
    cursor = raw.cursor()
    step = width * rows_per_insert(len(shared), width)
    try:
        for start in range(0, len(values), step):
            part = values[start : start + step]
            cursor.execute(_shared_sql(into, len(shared), width, len(part) // width), shared + part)
    finally:
        cursor.close()


def rows_per_insert(shared: int, width: int) -> int:
    """How many rows of `width` values `insert_shared` writes a statement, beside `shared`
    values: as many as stay within 999 bound values (a uniform batch: 198)."""
    return (999 - shared) // width


@functools.cache
def _shared_sql(into: tuple[str, str], shared: int, width: int, rows: int) -> str:
    """The INSERT `insert_shared` runs for `rows` rows (numbered placeholders only)."""
    head, row = into
    places = []
    for n in range(rows):
        at = shared + 1 + width * n  # this row's values: ?at onwards
        places.append(row.format(*(f"?{at + k}" for k in range(width))))
    return head + ",".join(places)


def _insert(session: Session, records: list[tuple[Any, ...]]) -> None:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        raw: Any = connection.connection.dbapi_connection  # psycopg's, for COPY
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY suppressions ({_COLUMNS}) FROM STDIN") as copy,
        ):
            for record in records:
                copy.write_row(record)
        return
    connection.exec_driver_sql(
        f"INSERT INTO suppressions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        records,
    )


def rows_about(
    session: Session, account_id: str, seqs: Sequence[int], addresses: Sequence[str]
) -> dict[int, list[dict[str, Any]]]:
    """The rows of these batch events that are about these addresses, by event: what a
    history of the addresses shows of each batch (its file, line and row)."""
    if not seqs or not addresses:
        return {}
    rows = session.execute(
        select(
            Suppression.created_event,
            Suppression.id,
            Suppression.channel,
            Suppression.address,
            Suppression.scope,
            Suppression.reason,
            Suppression.evidence,
        )
        .where(
            Suppression.account_id == account_id,
            Suppression.created_event.in_(list(seqs)),
            rows_of(account_id, addresses),
            Suppression.row_digest.is_not(None),
        )
        .order_by(Suppression.created_event, Suppression.id)
    )
    found: dict[int, list[dict[str, Any]]] = {}
    for seq, sid, channel, address, scope, reason, evidence in rows:
        found.setdefault(seq, []).append(
            {
                "id": sid,
                "channel": channel,
                "address": address,
                "scope": scope,
                "reason": reason,
                "evidence": evidence,
            }
        )
    return found


# -- verification ------------------------------------------------------------------------------

#: The evidence is read as its JSON text (PostgreSQL would otherwise parse its JSONB with the
#: standard library, row by row) and parsed with orjson; a row whose digest then differs is
#: parsed again with the reference decoder before it is called altered (`_intact`). The time
#: is read as text too, on PostgreSQL in UTC (DateStyle ISO, set by `_check_range`): the
#: driver's datetime for every row cost 0.5-0.7 of 2.0-2.4 µs a row read.
_ROWS = (
    "SELECT id, created_event, channel, address, scope, source, reason,"
    " CAST(evidence AS TEXT), {since}, salt, row_digest FROM suppressions"
    " WHERE account_id = :a AND row_digest IS NOT NULL AND id > :after"
)
_SINCE = {"sqlite": "since", "postgresql": "CAST(since AT TIME ZONE 'UTC' AS TEXT)"}
#: (dialect, whether the range has an end) -> the query of a page of rows
_ROWS_OF = {
    (dialect, bounded): text(
        _ROWS.format(since=since)
        + (" AND id <= :upto" if bounded else "")
        + " ORDER BY id LIMIT :limit"
    )
    for dialect, since in _SINCE.items()
    for bounded in (False, True)
}
_LAST = text("SELECT max(id) FROM suppressions WHERE account_id = :a AND row_digest IS NOT NULL")
_NTH = text(
    "SELECT id FROM suppressions WHERE account_id = :a AND row_digest IS NOT NULL"
    " ORDER BY id LIMIT 1 OFFSET :n"
)
_PAGE = 20_000


@dataclass
class Batches:
    """What the walk of the chain learnt about batches: each batch event's count and digest,
    and the rows erasures say they blanked."""

    expected: dict[int, tuple[int, str]] = field(default_factory=dict)
    erased_rows: set[str] = field(default_factory=set)

    def feed(self, seq: int, kind: str, after: Any) -> None:
        if kind == KIND and isinstance(after, dict):
            self.expected[seq] = (int(after.get("rows", -1)), str(after.get("digest")))
        elif kind == "contact.erased" and isinstance(after, dict):
            self.erased_rows.update(after.get("erased_rows", []))

    def merge(self, later: Batches) -> None:
        """Add what a walk of the log's next range learnt (heed.store.ranges)."""
        self.expected.update(later.expected)
        self.erased_rows |= later.erased_rows


@dataclass(frozen=True)
class RowFinding:
    seq: int
    problem: str
    edited: bool  # a row's content changed (else rows were added or removed)


def check(
    session: Session,
    account_id: str,
    batches: Batches,
    iso: Callable[[Any], str],
    *,
    progress: Callable[[int], None] | None = None,
    jobs: int | None = 1,
    url: str | None = None,
) -> tuple[int, RowFinding | None]:
    """Verify every batch-written row against its own digest and every batch against its
    event; return (rows checked, the first finding or None). `progress` gets the rows done;
    `iso` reads a row's time as the rows are read (text: `_ROWS`) into the text hashed.

    With more than one of `jobs`, ranges of rows (in id order) are checked by forked
    processes reading `url` (heed.store.ranges) and joined in order: the first finding is the
    first range's that has one, and a batch whose rows span ranges is digested from the
    pieces' row digests, so the answer is the one a single pass gives."""
    total = sum(rows for rows, _ in batches.expected.values())  # what the log says: no count
    bounds = _row_ranges(session, account_id, total, ranges.processes(url, total, jobs))
    tick = progress or (lambda done: None)

    def work(part: Session, after: str, upto: str | None, tick: Callable[[int], None]) -> _Rows:
        return _check_range(part, account_id, batches, iso, after, upto, tick, len(bounds) == 1)

    parts: list[_Rows | None]
    if len(bounds) == 1:
        parts = [work(session, *bounds[0], tick)]
    else:
        parts = ranges.run(session, str(url), bounds, work, progress)
    checked = 0
    digests: dict[int, list[str | list[str]]] = {}
    counts: dict[int, int] = {}
    for (after, upto), part in zip(bounds, parts, strict=True):
        if part is None:  # its process failed: check it here
            part = work(session, after, upto, _counting_from(checked, tick))
        checked += part.checked
        if part.finding is not None:
            return checked, part.finding
        for seq, count in part.counts.items():
            counts[seq] = counts.get(seq, 0) + count
            digests.setdefault(seq, []).append(part.digests[seq])
    joined = {seq: _joined(pieces) for seq, pieces in digests.items()}
    return checked, compare_batches(batches.expected, joined, counts, "suppression", "rows")


def _counting_from(so_far: int, tick: Callable[[int], None]) -> Callable[[int], None]:
    return lambda done: tick(so_far + done)


@dataclass
class _Rows:
    """One range of rows checked: each batch's count and digest in it (its row digests, while
    the range does not hold all the batch's rows), the first finding."""

    checked: int = 0
    finding: RowFinding | None = None
    counts: dict[int, int] = field(default_factory=dict)
    digests: dict[int, str | list[str]] = field(default_factory=dict)


def _joined(pieces: list[str | list[str]]) -> str:
    """A batch's digest from its pieces in id order (a whole digest comes alone, unless rows
    were added elsewhere: then its count already differs and the digest is not read)."""
    if len(pieces) == 1 and isinstance(pieces[0], str):
        return pieces[0]
    hasher = hashlib.sha256()
    for piece in pieces:
        for digest in [piece] if isinstance(piece, str) else piece:
            hasher.update(digest.encode())
    return hasher.hexdigest()


def _check_range(
    session: Session,
    account_id: str,
    batches: Batches,
    iso: Callable[[Any], str],
    after: str,
    upto: str | None,
    tick: Callable[[int], None],
    whole: bool,
) -> _Rows:
    """Check the rows with after < id <= upto (all of them when `whole`): a run of one
    batch's rows at a time (`_runs`), all at once where `_composed` proves them, else row by
    row (`_templated`, `_row_finding`)."""
    found = _Rows()
    hashers: dict[int, Any] = {}
    kept: dict[int, list[str]] = {}  # row digests of batches not yet whole in this range
    counts = found.counts
    templates: dict[tuple[Any, ...], str] = {}
    raw_since, since = None, ""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SET LOCAL DateStyle = 'ISO'"))  # the text `iso` reads
    query = _ROWS_OF[dialect, upto is not None]
    with closing(read_ahead(pages(session, query, account_id, after, upto))) as read:
        for page in read:
            for rows in _runs(page):
                sid, seq = rows[0][0], rows[0][1]
                if seq not in batches.expected:
                    found.finding = RowFinding(
                        seq,
                        f"suppression {sid} names event #{seq} as its batch, but that event "
                        "imported no batch: the row was inserted",
                        edited=False,
                    )
                    return found
                hasher = hashers.get(seq)
                if hasher is None:
                    hasher = hashers[seq] = hashlib.sha256()
                    if not whole:
                        kept[seq] = []
                if rows[0][8] != raw_since:  # a batch's rows share their time
                    raw_since, since = rows[0][8], iso(rows[0][8])
                digests = list(map(_AT_DIGEST, rows))
                if not _composed(rows, digests, since, templates):
                    for done, row in enumerate(rows):  # one by one: the definition decides
                        if row[8] != raw_since:
                            raw_since, since = row[8], iso(row[8])
                        if not _templated(row, since) and (
                            finding := _row_finding(row, seq, since, batches)
                        ):
                            found.finding = finding
                            found.checked += done  # the rows before it
                            return found
                hasher.update("".join(digests).encode())
                counts[seq] = counts.get(seq, 0) + len(rows)
                keep = kept.get(seq)
                if keep is not None:
                    keep += digests
                    if counts[seq] == batches.expected[seq][0]:  # whole here: its digest will do
                        del kept[seq]
                found.checked += len(rows)
            tick(found.checked)
    found.digests = {seq: kept[seq] if seq in kept else h.hexdigest() for seq, h in hashers.items()}
    return found


#: Parts of a row of `_ROWS`: its batch event; what the rows of a uniform batch share
#: (channel, scope, source, time); its own parts as `_composed` formats them (address,
#: evidence, id, reason, salt); its digest.
_SEQ = operator.itemgetter(1)
_SHARED = operator.itemgetter(2, 4, 5, 8)
_OWN = operator.itemgetter(3, 7, 0, 6, 9)
_AT_ADDRESS, _AT_ID, _AT_REASON, _AT_SALT, _AT_DIGEST = (
    operator.itemgetter(n) for n in (3, 0, 6, 9, 10)
)


def _runs(page: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """A page's rows in runs that share their batch and its shared parts, in order. A batch's
    rows come together in id order, so a page holds a few long runs, found by bisecting its
    batch numbers when they ascend (else a row at a time) and split where a shared part
    changes (in one pass: a batch whose rows each name their channel or scope makes a run a
    row)."""
    seqs = list(map(_SEQ, page))
    ordered = seqs == sorted(seqs)
    start, n = 0, len(page)
    while start < n:
        end = bisect.bisect_right(seqs, seqs[start], start) if ordered else start + 1
        shared = list(map(_SHARED, page[start:end]))
        if shared.count(shared[0]) == end - start:
            yield page[start:end]
        else:
            at = start
            for _, parts in itertools.groupby(shared):
                size = sum(1 for _ in parts)
                yield page[at : at + size]
                at += size
        start = end


def _composed(
    rows: Sequence[Any], digests: list[str], since: str, templates: dict[tuple[Any, ...], str]
) -> bool:
    """The fast path, for a run of rows sharing their batch's parts: True when every row's
    digest is that of its payload composed the way the import composes it
    (`uniform_template`) around the row's address, evidence as stored, id, reason and salt;
    False leaves the run to the rows' own checks.

    The composed text proves each row as `_templated` says, made here as text and encoded
    once: the same bytes, when the address and the reason need no escaping in JSON
    (printable, no quote or backslash: the JSON is then the text between quotes). The id and
    salt go into the text as they are, between quotes, so neither may hold one: then text
    equal to the import's names every field at the same place (the evidence is followed by
    `,"id":"`, which cannot occur inside the JSON strings after it). A run where any of this
    does not hold, or where one digest differs, goes row by row."""
    try:
        plain = "".join(map(_AT_ID, rows)) + "".join(map(_AT_SALT, rows))
        texts = "".join(map(_AT_ADDRESS, rows)) + "".join(map(_AT_REASON, rows))
    except TypeError:  # a blanked salt (an erasure), no reason, or a value that is not text
        return False
    if '"' in plain or not texts.isprintable() or '"' in texts or "\\" in texts:
        return False
    first = rows[0]
    key = (first[2], first[4], first[5], since)
    template = templates.get(key)
    if template is None:
        made = uniform_template(Uniform(*key[:2], None), key[2], since, own_reasons=True)
        for name in (b'"address":', b'"reason":'):
            made = made.replace(name + b"%s", name + b'"%s"', 1)
        template = templates[key] = made.decode()
    sha256 = hashlib.sha256
    try:
        return [sha256((template % own).encode()).hexdigest() for own in map(_OWN, rows)] == digests
    except (UnicodeEncodeError, TypeError):  # lone surrogates, evidence not text
        return False


def _templated(row: Any, since: str) -> bool:
    """The fast path: True when the row's digest is that of its payload, composed the way the
    import composes it (`uniform_template`, one per batch's shared parts) around the row's
    evidence as stored; False leaves the row to `_row_finding` and the definition.

    The evidence is taken as stored text, not parsed and encoded again: imports store it as
    `row_digest` encodes it (sorted keys, no spaces; PostgreSQL's column is `json`, which keeps
    the text). That cannot accept an altered row: every other part is a JSON string (the id
    and salt only when plain letters and digits), so the composed text names its fields at
    the same places as the one hashed, and equal digests mean the same text, hence the same
    evidence and the same values. Anything else (text stored another way, a row whose digest
    differs) goes the definition's way.
    """
    sid, evidence, salt = row[0], row[7], row[9]
    if evidence is None or salt is None:
        return False
    plain = sid + salt
    if not (plain.isalnum() and plain.isascii()):
        return False
    template = uniform_template(Uniform(row[2], row[4], row[6]), row[5], since)
    try:
        material = template % (_dumps(row[3]), evidence.encode(), sid.encode(), salt.encode())
    except TypeError:  # text orjson refuses, or not text
        return False
    return bool(hashlib.sha256(material).hexdigest() == row[10])


def _row_finding(row: Any, seq: int, since: str, batches: Batches) -> RowFinding | None:
    sid = row[0]
    if row[9] is None:  # erased: the digest stands for the blanked payload
        if sid in batches.erased_rows:
            return None
        return RowFinding(
            seq,
            f"suppression {sid} of batch event #{seq} has no salt, but no erasure lists it: "
            "altered",
            edited=True,
        )
    if _intact(row, since):
        return None
    return RowFinding(
        seq,
        f"suppression {sid} of batch event #{seq} was altered: its address, scope, reason, "
        "evidence or time differs from what the batch recorded",
        edited=True,
    )


def _row_ranges(
    session: Session, account_id: str, total: int, parts: int
) -> list[tuple[str, str | None]]:
    """(after, upto] ranges of ids holding nearly equal numbers of the `total` rows the log
    says there are; one open range for one process. The last ends at the last id this
    transaction sees, whatever the total (SQLite's other processes may see rows written
    since: heed.store.ranges)."""
    if parts < 2 or total < parts:
        return [("", None)]
    offsets = [total * k // parts - 1 for k in range(1, parts)]
    ids = [session.execute(_NTH, {"a": account_id, "n": n}).scalar() for n in offsets]
    ids.append(session.execute(_LAST, {"a": account_id}).scalar())
    bounds: list[tuple[str, str | None]] = []
    after = ""
    for upto in ids:
        if upto is not None and upto != after:
            bounds.append((after, str(upto)))
            after = str(upto)
    return bounds if len(bounds) > 1 else [("", None)]


def _intact(row: Any, since: str) -> bool:
    payload = {
        "id": row[0],
        "channel": row[2],
        "address": row[3],
        "scope": row[4],
        "source": row[5],
        "reason": row[6],
        "evidence": None,
        "since": since,
        "salt": row[9],
    }
    stored, evidence = row[10], row[7]
    try:
        payload["evidence"] = _loads(evidence)
        if row_digest(payload) == stored:
            return True
    except orjson.JSONDecodeError:
        pass
    try:
        payload["evidence"] = None if evidence is None else json.loads(evidence)  # exact numbers
    except ValueError:  # not JSON at all (SQLite keeps any text)
        return False
    return bool(reference_digest(payload) == stored)


_loads = orjson.loads


def compare_batches(
    expected: dict[int, tuple[int, str]],
    digests: dict[int, str],
    counts: dict[int, int],
    noun: str,
    items: str,
) -> RowFinding | None:
    """The first batch event whose rows in the table are not the ones it imported, by count
    (rows were deleted or inserted) or by digest (rows were replaced), or None. `noun` names a
    row ("suppression", "contact") and `items` them in the finding's words."""
    for seq, (rows, digest) in sorted(expected.items()):
        found = counts.get(seq, 0)
        if found != rows:
            how = "deleted" if found < rows else "inserted"
            return RowFinding(
                seq,
                f"batch event #{seq} imported {rows} {noun}(s), the table holds {found} of "
                f"them: {items} were {how}",
                edited=False,
            )
        if rows and digests[seq] != digest:
            return RowFinding(
                seq,
                f"the {noun}s of batch event #{seq} are not the ones it imported: {items} "
                "were replaced",
                edited=True,
            )
    return None


def pages(
    session: Session,
    rows: TextClause,
    account_id: str,
    after: str = "",
    upto: str | None = None,
) -> Iterator[Sequence[Any]]:
    """The account's batch-written rows after id `after`, `_PAGE` at a time in id order:
    `rows` is a query taking the account (:a), the last id seen (:after), the page size
    (:limit) and, if it reads a range, its last id (:upto). On SQLite, read through its
    driver's own cursor (same connection and transaction), as tuples: SQLAlchemy's rows
    cost ~0.4 µs a row of a million-row verification's ~4 (bench/README.md)."""
    execute: Callable[[dict[str, Any]], Sequence[Any]]
    if session.get_bind().dialect.name == "sqlite":
        raw: Any = session.connection().connection.dbapi_connection  # sqlite3's
        statement = str(rows)

        def execute(params: dict[str, Any]) -> Sequence[Any]:
            with closing(raw.cursor()) as cursor:
                return cursor.execute(statement, params).fetchall()  # type: ignore[no-any-return]

    else:

        def execute(params: dict[str, Any]) -> Sequence[Any]:
            return session.execute(rows, params).all()

    while True:
        params = {"a": account_id, "after": after, "upto": upto, "limit": _PAGE}
        page = execute(params)
        if page:
            yield page
        if len(page) < _PAGE:
            return
        after = page[-1][0]
