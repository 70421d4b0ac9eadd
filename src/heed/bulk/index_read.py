"""Reading an account's suppressions and consents of one channel as columns, for building
the suppression index from scratch (heed.bulk.index).

Through the ORM each row costs ~50 µs of Python (type processing, enums, datetimes): ten
million rows would take ten minutes. Here PostgreSQL sends them with `COPY … TO STDOUT` and
SQLite through its plain cursor, in the caller's transaction, times as microseconds since
1970 computed by the database; Arrow parses them and numpy turns scopes and sources into
small integer codes, one Python step per distinct scope rather than per row. SQLite's rows are
read with the cycle collector paused (heed.engine.collector): walking a million row tuples
again and again was a quarter to a third of an index build (bench/README.md).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from heed.bulk.keys import address_key
from heed.core.lazy import module
from heed.core.tombstones import PREFIX as TOMBSTONE_PREFIX
from heed.core.vocabulary import AddressKind, Channel, Purpose, ScopeKind, Source
from heed.engine.collector import collector_paused

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv
    from sqlalchemy.orm import Session

    from heed.bulk.keys import Keys
else:
    np = module("numpy")
    pa = module("pyarrow")
    pc = module("pyarrow.compute")
    pacsv = module("pyarrow.csv")

_PG_MICROS = "(extract(epoch from {0}) * 1000000)::bigint"
# strftime('%s') rounds to the millisecond first (…45.9995 becomes 46): whole seconds are taken
# from the first 19 characters only, the fraction from the rest, padded to six digits.
_SQLITE_MICROS = (
    "CAST(strftime('%s', substr({0}, 1, 19)) AS INTEGER) * 1000000 "
    "+ CAST(substr(substr({0}, 21) || '000000', 1, 6) AS INTEGER)"
)
_SUPPRESSIONS = (
    "SELECT address, scope, source, {micros}, created_event FROM suppressions "
    "WHERE account_id = {p} AND channel = {p} AND lifted_at IS NULL"
)
_CONSENTS = (
    "SELECT address, purpose, {micros}, created_event FROM consents "
    "WHERE account_id = {p} AND channel = {p} AND revoked_at IS NULL"
)
SOURCES: tuple[Source, ...] = tuple(Source)
PURPOSES: tuple[Purpose, ...] = tuple(Purpose)
#: Stored by position in the index files: new kinds go at the end.
KINDS: tuple[ScopeKind, ...] = (
    ScopeKind.ACCOUNT,
    ScopeKind.SENDER,
    ScopeKind.LIST,
    ScopeKind.PURPOSE,
)
SUPPRESSION_COLUMNS = ("address", "scope", "source", "since", "event")
CONSENT_COLUMNS = ("address", "purpose", "since", "event")


def read_table(
    session: Session, template: str, columns: tuple[str, ...], account_id: str, channel: Channel
) -> pa.Table:
    """Run one of the queries above for (account, channel) and return its rows as columns."""
    types = {name: pa.int64() if name in ("since", "event") else pa.string() for name in columns}
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        sql = template.format(micros=_PG_MICROS.format("since"), p="%s")
        raw: Any = connection.connection.driver_connection
        buffer = io.BytesIO()
        with (
            raw.cursor() as cursor,
            cursor.copy(
                f"COPY ({sql}) TO STDOUT (FORMAT csv)", (account_id, channel.value)
            ) as copy,
        ):
            for chunk in copy:
                buffer.write(chunk)
        if not buffer.tell():
            return pa.table({name: pa.array([], types[name]) for name in columns})
        buffer.seek(0)
        return pacsv.read_csv(
            buffer,
            read_options=pacsv.ReadOptions(column_names=list(columns)),
            convert_options=pacsv.ConvertOptions(column_types=types),
        )
    sql = template.format(micros=_SQLITE_MICROS.format("since"), p="?")
    with collector_paused():  # a tuple a row, all alive at once: walked again and again
        rows = connection.exec_driver_sql(sql, (account_id, channel.value)).fetchall()
        table = pa.table(
            {name: pa.array([r[i] for r in rows], types[name]) for i, name in enumerate(columns)}
        )
        del rows  # freed before the collector runs again, which would walk them once more
    return table


def split_erased(table: pa.Table) -> tuple[pa.Table, pa.Table]:
    """(rows of readable addresses, rows kept under an erasure tombstone)."""
    erased = pc.starts_with(table.column("address"), TOMBSTONE_PREFIX)
    return table.filter(pc.invert(erased)), table.filter(erased)


def keys_column(channel: Channel, addresses: pa.ChunkedArray) -> Keys:
    """Keys of canonical addresses: E.164 digits cast in bulk; emails hashed one by one."""
    if channel.address_kind is AddressKind.PHONE:
        digits = pc.utf8_slice_codeunits(addresses, 1)
        # A WhatsApp business-scoped user id ("US.1349…") is no number: hashed like an email.
        numeric = not len(digits) or pc.all(pc.utf8_is_digit(digits)).as_py()
        if numeric and (not len(digits) or pc.max(pc.utf8_length(digits)).as_py() <= 18):
            return np.asarray(pc.cast(digits, pa.uint64()).to_numpy(), dtype=np.uint64)
    return np.fromiter((address_key(channel, a) for a in addresses.to_pylist()), dtype=np.uint64)


def codes(values: pa.ChunkedArray, code_of: Any) -> tuple[npt.NDArray[np.intp], list[Any]]:
    """Each value's code, computed once per distinct value by `code_of`."""
    encoded = pc.dictionary_encode(values).combine_chunks()
    table = [code_of(v) for v in encoded.dictionary.to_pylist()]
    indices = encoded.indices.to_numpy(zero_copy_only=False)
    return indices, table


def scope_codes(
    scopes: pa.ChunkedArray, names: list[str]
) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int32]]:
    """Each scope as (kind number, id of its value in `names`, -1 for the account)."""
    ids = {name: i for i, name in enumerate(names)}

    def parse(scope: str) -> tuple[int, int]:
        kind, _, value = scope.partition(":")
        if kind == ScopeKind.ACCOUNT:
            return KINDS.index(ScopeKind.ACCOUNT), -1
        if value not in ids:
            ids[value] = len(names)
            names.append(value)
        return KINDS.index(ScopeKind(kind)), ids[value]

    indices, table = codes(scopes, parse)
    kinds = np.array([k for k, _ in table], dtype=np.uint8)
    values = np.array([v for _, v in table], dtype=np.int32)
    return kinds[indices], values[indices]


def source_codes(sources: pa.ChunkedArray) -> npt.NDArray[np.uint8]:
    indices, table = codes(sources, lambda s: SOURCES.index(Source(s)))
    return np.asarray(np.array(table, dtype=np.uint8)[indices], dtype=np.uint8)


def purpose_codes(purposes: pa.ChunkedArray) -> npt.NDArray[np.uint8]:
    indices, table = codes(purposes, lambda p: PURPOSES.index(Purpose(p)))
    return np.asarray(np.array(table, dtype=np.uint8)[indices], dtype=np.uint8)
