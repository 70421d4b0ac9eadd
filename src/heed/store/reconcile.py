"""Compare the current tables with what the activity log says, and name every row that differs.

`check` answers from the tables (suppressions, consents), so a row deleted or edited there
changes answers while the log stays intact. Verification therefore compares those tables with
the events that made them: suppressions (blocks are suppressions with source `block`),
consents and list memberships.

Suppressions are compared in the database, set-based (`suppression_differences`): one
statement joins the table with the events that created and lifted its rows and returns only
the rows that differ. They are the volume (an opt-out each, millions), and replaying them in
Python cost as much as verifying the chain: every row read through the driver, its time
formatted and fingerprinted, in the verifying process after the walk (5 CPU-s a million
events, bench/README.md). In the database no matching row leaves the server, and the statement
runs while the log's ranges are walked (heed.store.audit). Consents and list memberships are few;
the walk replays them (`Replay`) and `compare` reads their tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

#: At most this many differences are named; more are counted.
MAX_NAMED = 50


@dataclass
class Replay:
    """The consents and list memberships the log describes, fed one event at a time, in order."""

    KINDS = frozenset({"consent.recorded", "list.subscribed", "list.unsubscribed"})

    # consent id -> (fingerprint, event)
    consents: dict[str, tuple[int, int]] = field(default_factory=dict)
    # (list name, contact id) -> (status, event)
    memberships: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)

    def feed(
        self,
        seq: int,
        kind: str,
        channel: str | None,
        address: str | None,
        contact_id: str | None,
        after: dict[str, Any] | None,
    ) -> None:
        if kind == "consent.recorded" and after:
            fingerprint = hash((channel, address, after["purpose"], after["since"]))
            self.consents[after["id"]] = (fingerprint, seq)
        elif after and contact_id:  # list.subscribed, list.unsubscribed
            self.memberships[(after["list"], contact_id)] = (after["status"], seq)

    def merge(self, later: Replay) -> None:
        """Continue with the replay of the log's next range (heed.store.ranges)."""
        self.consents.update(later.consents)
        self.memberships.update(later.memberships)


def compare(
    session: Session,
    account_id: str,
    replay: Replay,
    iso: Callable[[Any], str],
    suppressions: list[str],
) -> list[str]:
    """Every way the tables differ from the log, as sentences naming the row and its event:
    `suppressions` (what `suppression_differences` found), then the consents and list
    memberships against `replay`."""
    found = [
        *suppressions,
        *_consents(session, account_id, replay, iso),
        *_memberships(session, account_id, replay),
    ]
    if len(found) > MAX_NAMED:
        return [*found[:MAX_NAMED], f"... and {len(found) - MAX_NAMED} more differences"]
    return found


# -- suppressions, in the database ----------------------------------------------------------

#: The events that created suppressions and the last that lifted each, `{field}` naming a
#: field of a snapshot (a creation's `after`, a lift's `before`).
_LOGGED = """
  SELECT {after_id} AS id, seq, channel, address, {scope} AS scope, {source} AS source,
    {since} AS since
  FROM events WHERE account_id = :a AND seq <= :upto AND kind = 'suppression.created'
    AND {after_id} IS NOT NULL"""
_LIFTS = """
  SELECT {before_id} AS id, max(seq) AS seq
  FROM events WHERE account_id = :a AND seq <= :upto AND kind = 'suppression.lifted'
    AND {before_id} IS NOT NULL
  GROUP BY {before_id}"""
#: What a row `r` of the table must hold, against the creation `l` and the lift `f`: the same
#: content and creating event (rows a batch wrote are proven by their digests, not here), and
#: lifted by the event that lifted it, or by none.
_SAME = """COALESCE(l.channel = r.channel AND l.address = r.address AND l.scope = r.scope
  AND l.source = r.source AND l.since = {table_since}, FALSE)"""
_LIFT_DIFFERS = """({lift} IS NULL AND r.lifted_at IS NOT NULL)
  OR ({lift} IS NOT NULL AND (r.lifted_at IS NULL OR r.lifted_event IS NULL
    OR r.lifted_event <> {lift}))"""
_DIFFERS = """(r.row_digest IS NULL AND (l.seq IS NULL OR r.created_event <> l.seq OR NOT {same}))
  OR {lift_differs}"""
#: The rows either statement compares with the log; the others, active rows a batch wrote
#: (proven by their digests: heed.store.batches), agree unless an event lifted them, so they
#: are left out unless one did (PostgreSQL), or found where a lift names no row (SQLite's
#: first question, below). A million imported rows are then not joined (PostgreSQL) or
#: sorted (SQLite) only to find them all active.
_COMPARED = "(row_digest IS NULL OR lifted_at IS NOT NULL)"
#: Every row that differs from the log, then every creation and lift with no row, as (id,
#: channel, scope, source, created_event, lifted_event, lifted, batch row, creating event,
#: lifting event, same content); channel is NULL where there is no row. PostgreSQL joins the
#: table and the two kinds of events in one pass (hash full joins)...
_FULL_JOIN = """
WITH lifts AS MATERIALIZED ({lifts})
SELECT COALESCE(r.id, l.id, f.id), r.channel, r.scope, r.source, r.created_event,
  r.lifted_event, r.lifted_at IS NOT NULL, r.row_digest IS NOT NULL, l.seq, f.seq, {same}
FROM (SELECT * FROM suppressions WHERE account_id = :a
  AND ({compared} OR id IN (SELECT id FROM lifts))) r
FULL JOIN ({logged}) l ON l.id = r.id
FULL JOIN lifts f ON f.id = COALESCE(r.id, l.id)
WHERE r.id IS NULL OR {differs}
"""
#: ... SQLite before 3.39 has no FULL JOIN: the rows the log created, each found by its primary
#: key; the rows it did not (batch rows among them); then the creations and lifts with no row.
#: Each creation's lift is a subquery: joined, SQLite scanned every lift for each creation (it
#: built no automatic index there: 50,000 events took 20 CPU-s).
_LEFT_JOINS = """
WITH logged AS MATERIALIZED ({logged}), lifts AS MATERIALIZED ({lifts})
SELECT id, channel, scope, source, created_event, lifted_event, lifted_at IS NOT NULL,
  row_digest IS NOT NULL, seq, lifted, same
FROM (SELECT r.*, l.seq, (SELECT f.seq FROM lifts f WHERE f.id = l.id) AS lifted,
    {same} AS same
  FROM logged l JOIN suppressions r ON r.account_id = :a AND r.id = l.id) r
WHERE (r.row_digest IS NULL AND (r.created_event <> r.seq OR NOT r.same)) OR {created_lift}
UNION ALL
SELECT r.id, r.channel, r.scope, r.source, r.created_event, r.lifted_event,
  r.lifted_at IS NOT NULL, r.row_digest IS NOT NULL, NULL, f.seq, 0
FROM suppressions r LEFT JOIN lifts f ON f.id = r.id
WHERE r.account_id = :a AND NOT EXISTS (SELECT 1 FROM logged l WHERE l.id = r.id)
  AND (r.row_digest IS NULL OR {lift_differs})
UNION ALL
SELECT l.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, l.seq, f.seq, NULL
FROM logged l LEFT JOIN lifts f ON f.id = l.id
WHERE NOT EXISTS (SELECT 1 FROM suppressions r
  WHERE r.account_id = :a AND r.id = l.id AND r.row_digest IS NULL)
UNION ALL
SELECT f.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, f.seq, NULL
FROM lifts f
WHERE NOT EXISTS (SELECT 1 FROM logged l WHERE l.id = f.id)
  AND NOT EXISTS (SELECT 1 FROM suppressions r WHERE r.account_id = :a AND r.id = f.id)
"""


#: ... and SQLite, whose joins above are lookups, one B-tree descent a row (18.8 CPU-s for a
#: million events: bench/README.md), first asks whether anything differs at all: the table's
#: rows and the creating and lifting events, one pass over each, grouped by suppression id in
#: one sort. An id agrees when it has its one row and, unless a batch wrote that row, exactly
#: one creation with the same content and creating event, and the row's lifting is the last
#: lift's. Every difference the statement above names makes its id disagree here, so when
#: none does the statement is not run; when one does, the statement names them.
_DISAGREEING = """
SELECT count(*) FROM (SELECT id FROM (
  SELECT CASE kind WHEN 'suppression.created' THEN {after_id} ELSE {before_id} END AS id,
    kind = 'suppression.created' AS created, 0 AS stored,
    CASE kind WHEN 'suppression.created'
      THEN json_array(seq, channel, address, {scope}, {source}, {since}) END AS content,
    NULL AS row_lift, CASE kind WHEN 'suppression.lifted' THEN seq END AS lift
  FROM events WHERE account_id = :a AND seq <= :upto
    AND kind IN ('suppression.created', 'suppression.lifted')
  UNION ALL
  SELECT id, 0, 1, CASE WHEN row_digest IS NULL THEN
      json_array(created_event, channel, address, scope, source, {table_since}) END,
    CASE WHEN lifted_at IS NOT NULL THEN COALESCE(lifted_event, -1) END, NULL
  FROM suppressions WHERE account_id = :a AND {compared}
) WHERE id IS NOT NULL GROUP BY id
HAVING NOT (sum(stored) = 1
  AND (sum(created) = 0 AND count(content) = 0
    OR sum(created) = 1 AND count(content) = 2 AND min(content) = max(content))
  AND max(row_lift) IS max(lift)))
"""


def _statement(dialect: str, template: str | None = None) -> str:
    if dialect == "postgresql":
        template = template or _FULL_JOIN

        def field(column: str, key: str) -> str:
            return f"{column} ->> '{key}'"

        # heed.store.audit.iso_reader's text, made by the database: isoformat in UTC, whose
        # microseconds are left out when they are zero
        utc = "(r.since AT TIME ZONE 'UTC')"
        since = (
            f"CASE WHEN to_char({utc}, 'US') = '000000'"
            f' THEN to_char({utc}, \'YYYY-MM-DD"T"HH24:MI:SS"+00:00"\')'
            f' ELSE to_char({utc}, \'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"\') END'
        )
    else:
        template = template or _LEFT_JOINS

        def field(column: str, key: str) -> str:
            # as text: joined with the table's text ids, a value of no type would be
            # converted at each comparison, and no index could serve the join (a scan a row)
            return f"CAST(json_extract({column}, '$.{key}') AS TEXT)"

        # the same on SQLite's stored text, "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC
        since = _sqlite_iso("r.since")
    names = {
        "after_id": field("after", "id"),
        "before_id": field("before", "id"),
        "scope": field("after", "scope"),
        "source": field("after", "source"),
        "since": field("after", "since"),
    }
    same = _SAME.format(table_since=since)
    return template.format(
        logged=_LOGGED.format(**names),
        lifts=_LIFTS.format(**names),
        same=same,
        differs=_DIFFERS.format(same=same, lift_differs=_LIFT_DIFFERS.format(lift="f.seq")),
        created_lift=_LIFT_DIFFERS.format(lift="r.lifted"),
        lift_differs=_LIFT_DIFFERS.format(lift="f.seq"),
        table_since=_sqlite_iso("since"),
        compared=_COMPARED,
        **names,
    )


def _sqlite_iso(column: str) -> str:
    """heed.store.audit.iso_reader's text from SQLite's stored "YYYY-MM-DD HH:MM:SS[.ffffff]"."""
    return (
        f"substr({column}, 1, 10) || 'T' || CASE WHEN length({column}) = 19"
        f" OR substr({column}, 20) = '.000000' THEN substr({column}, 12, 8)"
        f" ELSE substr({column}, 12) END || '+00:00'"
    )


#: For the statement above on PostgreSQL, in the verifying transaction: its row estimates
#: (millions, for a join that returns none) made PostgreSQL compile it (JIT) for 1.5 s of a
#: 3 s run at 200,000 events, and its hash tables spilled to disk in batches at the default
#: 4 MB (bench/README.md, audit verify).
_SETTINGS = ("SET LOCAL jit = off", "SET LOCAL work_mem = '64MB'")


def suppression_differences(session: Session, account_id: str, upto: int) -> list[str]:
    """How the suppressions table differs from events #1..#`upto` (the ones verified), as
    sentences naming the row and its event (no address: the table keeps it).

    Rows an import batch wrote are proven against their batch digests (heed.store.batches):
    only their lifting is compared here."""
    dialect = session.get_bind().dialect.name
    params = {"a": account_id, "upto": upto}
    if dialect == "postgresql":
        for setting in _SETTINGS:
            session.execute(text(setting))
    elif not session.execute(text(_statement(dialect, _DISAGREEING)), params).scalar_one():
        return []
    rows = list(session.execute(text(_statement(dialect)), params))
    found: list[str] = []
    rows.sort(key=lambda row: (row[1] is None, row[0]))  # the rows, then what has none
    for sid, channel, scope, source, created, lifted, is_lifted, batch, *logged in rows:
        created_seq, lifted_seq, same = logged
        if channel is None and created_seq is not None:
            state = "lifted" if lifted_seq is not None else "active"
            found.append(
                f"suppression {sid} created by event #{created_seq} ({state} in the log) is "
                "missing from the table: deleted"
            )
            continue
        if channel is None:
            found.append(
                f"suppression {sid} is active in the table, but event #{lifted_seq} lifted it"
            )
            continue
        name = f"suppression {sid} ({channel}, {scope}, {source})"
        if not batch:
            if created_seq is None:
                found.append(f"{name} is in the table but no event created it: inserted")
                continue
            if not same:
                found.append(f"{name} differs from event #{created_seq} that created it: edited")
            elif created != created_seq:
                found.append(
                    f"{name} names event #{created} as its creation, the log #{created_seq}"
                )
        problem = _lift_difference(name, lifted_seq, bool(is_lifted), lifted)
        if problem is not None:
            found.append(problem)
    return found


def _lift_difference(
    name: str, lifted_seq: int | None, is_lifted: bool, lifted: int | None
) -> str | None:
    """How a suppression's lifting in the table (`is_lifted`, by event `lifted`) differs from
    the log's (lifted by event `lifted_seq`, or never), or None."""
    if lifted_seq is None and is_lifted:
        return f"{name} is lifted in the table, but no event lifted it"
    if lifted_seq is not None and not is_lifted:
        return f"{name} is active in the table, but event #{lifted_seq} lifted it"
    if lifted_seq is not None and lifted != lifted_seq:
        return f"{name} names event #{lifted} as its lifting, the log #{lifted_seq}"
    return None


# -- consents and list memberships, against the replay --------------------------------------


def _consents(
    session: Session, account_id: str, replay: Replay, iso: Callable[[Any], str]
) -> list[str]:
    rows = session.execute(
        text(
            "SELECT id, channel, address, purpose, since, created_event, revoked_at"
            " FROM consents WHERE account_id = :a"
        ),
        {"a": account_id},
    ).all()
    found: list[str] = []
    seen: set[str] = set()
    for cid, channel, address, purpose, since, created, revoked_at in rows:
        seen.add(cid)
        logged = replay.consents.get(cid)
        name = f"consent {cid} ({channel}, {purpose})"
        if logged is None:
            found.append(f"{name} is in the table but no event recorded it: inserted")
        elif logged[0] != hash((channel, address, purpose, iso(since))) or created != logged[1]:
            found.append(f"{name} differs from event #{logged[1]} that recorded it: edited")
        elif revoked_at is not None:
            found.append(f"{name} is revoked in the table, but no event revoked it")
    for cid, (_, created_seq) in replay.consents.items():
        if cid not in seen:
            found.append(
                f"consent {cid} recorded by event #{created_seq} is missing from the table: deleted"
            )
    return found


def _memberships(session: Session, account_id: str, replay: Replay) -> list[str]:
    rows = session.execute(
        text(
            "SELECT l.name, m.contact_id, m.status FROM list_memberships m JOIN lists l"
            " ON l.account_id = m.account_id AND l.id = m.list_id WHERE m.account_id = :a"
        ),
        {"a": account_id},
    )
    found: list[str] = []
    table = {(name, contact): status for name, contact, status in rows}
    for key, status in table.items():
        logged = replay.memberships.get(key)
        name = f"contact {key[1]}'s membership of list {key[0]!r}"
        if logged is None:
            found.append(f"{name} ({status}) is in the table but no event recorded it")
        elif logged[0] != status:
            found.append(f"{name} is {status} in the table, {logged[0]} in event #{logged[1]}")
    for key, (status, seq) in replay.memberships.items():
        if key not in table:
            found.append(
                f"contact {key[1]}'s membership of list {key[0]!r} ({status}, event #{seq}) "
                "is missing from the table: deleted"
            )
    return found
