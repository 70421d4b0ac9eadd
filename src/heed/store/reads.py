"""What a check reads, written once as SQL that runs on any connection heed opens (#12 item 7).

The engine runs these statements through its SQLAlchemy sessions (`heed.store.db.SessionReads`);
`heed check` runs the very same text on a bare DB-API connection (`heed.store.bare`: sqlite3,
or psycopg for PostgreSQL), so a script that asks before each send does not import SQLAlchemy, its
ORM or the mapped tables, which cost more than the whole start budget. Either way the rows are
turned into `heed.core.rules` values by the functions below, and `heed.engine.checking` decides:
one query text, one conversion, one decision. Nothing here imports SQLAlchemy or pydantic
(tests/test_startup.py pins that), and nothing here decides.

Statements use `:name` parameters (SQLAlchemy's `text()` and sqlite3 read them as they are;
psycopg's `%(name)s` is made from them) and return plain values: a time is a `datetime` on
PostgreSQL and text on SQLite, JSON a dict or text, so the converters accept both.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol, cast, runtime_checkable

from heed.core.decision_settings import DecisionSettings
from heed.core.rules import ActiveConsent, ActiveSuppression
from heed.core.vocabulary import Channel, Purpose, Scope, Source
from heed.errors import NotFound, SchemaOutOfDate, UnknownAccount

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from heed.core.account_settings import AccountSettings
    from heed.server_key import AccountKeys, Keyring


@dataclass(frozen=True)
class Target:
    """One (channel, address) pair a change applies to."""

    channel: Channel
    address: str


@dataclass(frozen=True)
class AccountRef:
    """An account as every operation inside it needs it: ids, settings and keys.

    `settings` is validated (pydantic) when first asked for; the check reads only `decides`,
    the few settings a decision depends on, parsed without pydantic (heed.core.decision_settings).
    """

    id: str
    slug: str
    name: str
    #: The settings as stored (validated by `AccountSettings` when they were saved).
    raw_settings: Mapping[str, Any] = field(repr=False)
    #: The account's keys (sessions, links, forms, tombstones), derived from the server key.
    keys: AccountKeys = field(repr=False)

    @cached_property
    def settings(self) -> AccountSettings:
        from heed.core.account_settings import AccountSettings

        return AccountSettings.model_validate(dict(self.raw_settings))

    @cached_property
    def decides(self) -> DecisionSettings:
        return DecisionSettings.of(self.raw_settings)

    def tombstone(self, address: str) -> str:
        """What `address` is stored as once its contact has been erased (GDPR)."""
        return self.keys.tombstone(address)

    def tombstones(self, address: str) -> list[str]:
        """`address`'s tombstone under every server key: what a check must look up."""
        return self.keys.tombstones(address)

    def tombstones_of(self, addresses: Iterable[str]) -> Iterator[list[str]]:
        """`tombstones` of each of many addresses."""
        return self.keys.tombstones_of(addresses)


#: Whether objects of a type are `Reads`, asked once per type: `isinstance` against a Protocol
#: costs ~25 µs on Python 3.11, and a check asks three or four times.
_IS_READS: dict[type, bool] = {}


@runtime_checkable
class Reads(Protocol):
    """A connection the check reads through: rows of a statement, and what the engine shares
    with the code that decides besides rows (the server key, the registry store)."""

    dialect: str

    def rows(self, sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]: ...

    @property
    def keyring(self) -> Keyring: ...

    @property
    def shared(self) -> Mapping[str, object]: ...


def reads_of(connection: Session | Reads) -> Reads:
    """What to read through: a bare connection as it is, an engine's session wrapped."""
    kind = type(connection)
    bare = _IS_READS.get(kind)
    if bare is None:
        bare = _IS_READS[kind] = isinstance(connection, Reads)
    if bare:
        return cast(Reads, connection)
    from heed.store.db import SessionReads  # the engine's: SQLAlchemy is loaded already

    return SessionReads(cast("Session", connection))


# -- the statements -------------------------------------------------------------------------

ACCOUNT_BY_SLUG = (
    "SELECT id, slug, name, settings, legacy_tombstone_key FROM accounts WHERE slug = :slug"
)
SENDER_ID = (
    "SELECT id FROM senders WHERE account_id = :account_id AND channel = :channel"
    " AND address = :address"
)
LIST_ID = "SELECT id FROM lists WHERE account_id = :account_id AND name = :name"
EVENT_HEAD = "SELECT seq, hash FROM event_heads WHERE account_id = :account_id"
REVISIONS = "SELECT version_num FROM alembic_version"
HAS_REVISIONS = {
    "sqlite": "SELECT count(*) FROM sqlite_master"
    " WHERE type = 'table' AND name = 'alembic_version'",
    "postgresql": "SELECT count(*) FROM pg_catalog.pg_tables"
    " WHERE tablename = 'alembic_version' AND schemaname = current_schema()",
}
_SUPPRESSION_COLUMNS = "id, channel, address, scope, source, since, created_event"
_CONSENT_COLUMNS = "id, channel, address, purpose, since, created_event"

#: Up to this many (channel, address) pairs are read by exact lookups, one index probe each.
#: PostgreSQL plans an IN list by the table's statistics, and a table that grew much since its
#: last ANALYZE (a new server's first minutes, any burst) gets instead a scan of every active
#: suppression of the account, for every inbound batch: ~1.5 ms of server time at 3,000 rows,
#: growing with the table. More pairs than this (bulk checks) are one IN query.
EXACT_LOOKUPS = 40


@functools.lru_cache(maxsize=256)
def suppressions_sql(pairs: int) -> str:
    """Active suppressions of `pairs` (channel, address) pairs: `:channel_N`, `:address_N`."""
    lookups = [
        f"SELECT {_SUPPRESSION_COLUMNS} FROM suppressions WHERE account_id = :account_id"
        f" AND channel = :channel_{n} AND address = :address_{n} AND lifted_at IS NULL"
        for n in range(pairs)
    ]
    if pairs == 1:
        return lookups[0] + " ORDER BY since, id"
    union = " UNION ALL ".join(lookups)
    return f"SELECT {_SUPPRESSION_COLUMNS} FROM ({union}) AS found ORDER BY since, id"


@functools.lru_cache(maxsize=256)
def suppressions_in_sql(channels: int, addresses: int) -> str:
    """Active suppressions of any of `:channel_N` and any of `:address_N`: for many pairs.
    Channels IN and addresses IN, not the pairs: SQLite answers a row-value IN by scanning
    every suppression of the account, while this uses the index; the caller drops the few
    extra rows of the cross product."""
    return (
        f"SELECT {_SUPPRESSION_COLUMNS} FROM suppressions WHERE account_id = :account_id"
        f" AND channel IN ({_marks('channel', channels)})"
        f" AND address IN ({_marks('address', addresses)}) AND lifted_at IS NULL"
        " ORDER BY since, id"
    )


@functools.lru_cache(maxsize=256)
def consents_sql(addresses: int) -> str:
    """Active consents (every purpose) of any of `:address_N`."""
    return (
        f"SELECT {_CONSENT_COLUMNS} FROM consents WHERE account_id = :account_id"
        f" AND address IN ({_marks('address', addresses)}) AND revoked_at IS NULL"
        " ORDER BY since, id"
    )


def _marks(name: str, count: int) -> str:
    return ", ".join(f":{name}_{n}" for n in range(count))


# -- reading ---------------------------------------------------------------------------------


def load_account(reads: Reads, slug: str) -> AccountRef:
    """The account with this slug (UnknownAccount if there is none)."""
    found = reads.rows(ACCOUNT_BY_SLUG, {"slug": slug})
    if not found:
        raise UnknownAccount(slug)
    account_id, slug, name, settings, legacy = found[0]
    if legacy:  # stored encrypted (heed.store.types.EncryptedText)
        legacy = reads.keyring.decrypt(legacy, "accounts.legacy_tombstone_key")
    return account_ref(reads.keyring, account_id, slug, name, json_value(settings), legacy)


def account_ref(
    keyring: Keyring,
    account_id: str,
    slug: str,
    name: str,
    settings: Mapping[str, Any] | None,
    legacy_tombstone_key: str | None,
) -> AccountRef:
    """An account from its row (`legacy_tombstone_key` in hex, decrypted)."""
    legacy = bytes.fromhex(legacy_tombstone_key) if legacy_tombstone_key else None
    return AccountRef(account_id, slug, name, settings or {}, keyring.account(account_id, legacy))


def has_sender(reads: Reads, account: AccountRef, channel: Channel, address: str) -> bool:
    params = {"account_id": account.id, "channel": channel.value, "address": address}
    return bool(reads.rows(SENDER_ID, params))


def require_list(reads: Reads, account: AccountRef, name: str) -> None:
    """NotFound unless the account has a list named `name`."""
    if not reads.rows(LIST_ID, {"account_id": account.id, "name": name}):
        raise no_such_list(account, name)


def event_head(reads: Reads, account_id: str) -> tuple[int, str]:
    """The account's newest event (seq, hash), (0, "") before its first: what a compiled
    suppression index is stamped with (heed.bulk.index_files.Stamp)."""
    found = reads.rows(EVENT_HEAD, {"account_id": account_id})
    return (int(found[0][0]), str(found[0][1])) if found else (0, "")


def no_such_list(account: AccountRef, name: str) -> NotFound:
    return NotFound(f"account {account.slug!r} has no list named {name!r}")


def active_suppressions_of(
    reads: Reads, account_id: str, targets: Sequence[Target], chunk: int = 2000
) -> list[ActiveSuppression]:
    """The active suppressions of many targets, as the check reads them, `chunk` per query."""
    found: list[ActiveSuppression] = []
    for start in range(0, len(targets), chunk):
        found += (
            as_suppression(row)
            for row in _suppression_rows(reads, account_id, targets[start : start + chunk])
        )
    return found


def _suppression_rows(
    reads: Reads, account_id: str, targets: Iterable[Target]
) -> list[Sequence[Any]]:
    pairs = sorted({(target.channel.value, target.address) for target in targets})
    if not pairs:
        return []
    params: dict[str, Any] = {"account_id": account_id}
    if len(pairs) <= EXACT_LOOKUPS:
        for n, (channel, address) in enumerate(pairs):
            params |= {f"channel_{n}": channel, f"address_{n}": address}
        return list(reads.rows(suppressions_sql(len(pairs)), params))
    channels = sorted({channel for channel, _ in pairs})
    addresses = sorted({address for _, address in pairs})
    params |= {f"channel_{n}": channel for n, channel in enumerate(channels)}
    params |= {f"address_{n}": address for n, address in enumerate(addresses)}
    rows = reads.rows(suppressions_in_sql(len(channels), len(addresses)), params)
    wanted = set(pairs)
    return [row for row in rows if (row[1], row[2]) in wanted]


def as_suppression(row: Sequence[Any]) -> ActiveSuppression:
    """A row of `_SUPPRESSION_COLUMNS` as the rules read it."""
    _, channel, address, scope, source, since, event = row
    return ActiveSuppression(
        channel=Channel(channel),
        address=address,
        scope=Scope.parse(scope),
        source=Source(source),
        since=utc(since),
        event_id=event,
    )


def active_consents_of(
    reads: Reads, account_id: str, targets: Sequence[Target], chunk: int = 1000
) -> list[ActiveConsent]:
    """The active consents of many targets (every purpose), `chunk` addresses per query."""
    wanted = {(t.channel.value, t.address) for t in targets}
    addresses = sorted({t.address for t in targets})
    found: list[ActiveConsent] = []
    for start in range(0, len(addresses), chunk):
        some = addresses[start : start + chunk]
        params = {"account_id": account_id} | {f"address_{n}": a for n, a in enumerate(some)}
        found += (
            ActiveConsent(Channel(channel), address, Purpose(purpose), utc(since), event)
            for _, channel, address, purpose, since, event in reads.rows(
                consents_sql(len(some)), params
            )
            if (channel, address) in wanted
        )
    return found


# -- the schema's revision -------------------------------------------------------------------

_REVISION = re.compile(
    r'^(down_revision|revision)\s*(?::[^=]*)?=\s*(None|"[^"]*"|\'[^\']*\')', re.M
)


@functools.cache
def head_revision() -> str:
    """The newest migration: the one revision no other migration names as its down_revision
    (read from the migration files' own lines: importing Alembic would cost a check most of
    its start; tests/store/test_migrations.py holds this to Alembic's answer)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for entry in (resources.files("heed.store") / "migrations" / "versions").iterdir():
        if not entry.name.endswith(".py"):
            continue
        source = entry.read_text(encoding="utf-8")
        found = {m[1]: m[2] for m in _REVISION.finditer(source)}
        if "revision" in found:
            revisions.add(found["revision"].strip("\"'"))
            parents.add(found.get("down_revision", "None").strip("\"'"))
    heads = revisions - parents
    assert len(heads) == 1, f"heed's migrations must form one chain, found heads {sorted(heads)}"
    return heads.pop()


def schema_revision(reads: Reads) -> str | None:
    """The revision the database's schema is at (None: no heed schema)."""
    if not reads.rows(HAS_REVISIONS[reads.dialect], {})[0][0]:
        return None
    return ",".join(str(row[0]) for row in reads.rows(REVISIONS, {})) or None


def ensure_current(reads: Reads, url: str) -> None:
    """Refuse to work on a database whose schema this version of heed does not expect."""
    current, head = schema_revision(reads), head_revision()
    if current is None:
        raise SchemaOutOfDate(f"the database at {url} has no heed schema yet: run `heed init`")
    if current != head:
        raise SchemaOutOfDate(
            f"the database schema is at revision {current}, this heed needs {head}: run `heed init`"
        )


# -- values ----------------------------------------------------------------------------------


def utc(value: datetime | str) -> datetime:
    """A stored time as an aware UTC datetime: SQLite keeps naive UTC text, PostgreSQL gives an
    aware datetime (heed.store.types.UTCDateTime writes both)."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def json_value(value: Any) -> Any:
    """A stored JSON value: text on SQLite, already parsed on PostgreSQL."""
    return json.loads(value) if isinstance(value, str | bytes) else value


#: What a driver's "operational" error says when heed could not reach the database at all.
UNREACHABLE = (
    "connection",
    "could not connect",
    "unable to open database",
    "server closed",
    "terminating",
    "disk i/o",
    "readonly database",
    "database is locked",
)


def unreachable(message: str) -> bool:
    """Whether a driver's error message says the database could not be reached."""
    lowered = message.lower()
    return any(marker in lowered for marker in UNREACHABLE)
