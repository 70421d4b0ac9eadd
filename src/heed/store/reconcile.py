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

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.orm import Session

from heed.core.chain import canonical_json
from heed.store.erasure import ERASED_TEXT
from heed.store.suppressions import logged_evidence

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

#: What a suppression row holds that its events recorded, each compared as (name in a finding,
#: the event's value, the row's value), on both databases, fast path and slow alike. `{after}`
#: is a field of the creating event's snapshot, `{evidence}` its evidence as the row's would
#: be recorded, `{iso}`/`{recorded}` the row's time and evidence in the event's form, `{r}` the
#: table's alias. An erased event (heed.store.erasure) keeps neither reason nor evidence: the
#: row then holds the erasure's blanks, which the log's marking of the event vouches for.
_CREATED = (
    ("channel", "channel", "{r}channel"),
    ("address", "address", "{r}address"),
    ("scope", "{after[scope]}", "{r}scope"),
    ("source", "{after[source]}", "{r}source"),
    ("time", "{after[since]}", "{iso[since]}"),
    ("reason", "CASE WHEN erased THEN '{erased}' ELSE {after[reason]} END", "{r}reason"),
    ("evidence", "CASE WHEN erased THEN {erased_evidence} ELSE {evidence} END", "{recorded}"),
)
_REASON = [name for name, _, _ in _CREATED].index("reason")
#: ... and what it holds that the event that lifted it recorded (that event's after).
_LIFTED = (
    ("lifting time", "{after[lifted_at]}", "{iso[lifted_at]}"),
    ("lifting reason", "{after[lift_reason]}", "{r}lift_reason"),
)

#: The events that created suppressions and the last that lifted each, with what each recorded
#: of the row (`{logged}` and `{lifted}`: the fields above, named c0, c1, ... and f0, f1, ...).
_LOGGED = """
  SELECT {after_id} AS id, seq, {logged}
  FROM events WHERE account_id = :a AND seq <= :upto AND kind = 'suppression.created'
    AND {after_id} IS NOT NULL"""
#: Every event that lifted a suppression, with what it recorded of the row.
_LIFTING = """
  SELECT {before_id} AS id, seq, {lifted}
  FROM events WHERE account_id = :a AND seq <= :upto AND kind = 'suppression.lifted'
    AND {before_id} IS NOT NULL"""
_LIFTS = {
    # the last lift's fields: SQLite takes a row's other columns from the row max() chose
    "sqlite": """
  SELECT {before_id} AS id, max(seq) AS seq, {lifted}
  FROM events WHERE account_id = :a AND seq <= :upto AND kind = 'suppression.lifted'
    AND {before_id} IS NOT NULL
  GROUP BY {before_id}""",
    "postgresql": """
  SELECT DISTINCT ON ({before_id}) {before_id} AS id, seq, {lifted}
  FROM events WHERE account_id = :a AND seq <= :upto AND kind = 'suppression.lifted'
    AND {before_id} IS NOT NULL
  ORDER BY {before_id}, seq DESC""",
}
#: The names of the fields in which a row `r` differs from its creation `l` ('' when none),
#: and from its lift `f` (rows a batch wrote are proven by their digests, not by `l`).
_LIFT_DIFFERS = """({lift} IS NULL AND r.lifted_at IS NOT NULL)
  OR ({lift} IS NOT NULL AND (r.lifted_at IS NULL OR r.lifted_event IS NULL
    OR r.lifted_event <> {lift} OR {lift_fields} <> ''))"""
_DIFFERS = """(r.row_digest IS NULL AND (l.seq IS NULL OR r.created_event <> l.seq
  OR {fields} <> '')) OR {lift_differs}"""
#: The rows either statement compares with the log; the others, active rows a batch wrote
#: (proven by their digests: heed.store.batches), agree unless an event lifted them, so they
#: are left out unless one did (PostgreSQL), or found where a lift names no row (SQLite's
#: first question, below). A million imported rows are then not joined (PostgreSQL) or
#: sorted (SQLite) only to find them all active.
_COMPARED = "(row_digest IS NULL OR lifted_at IS NOT NULL)"
#: Every row that differs from the log, then every creation and lift with no row, as (id,
#: channel, scope, source, created_event, lifted_event, lifted, batch row, creating event,
#: lifting event, fields differing from the creation, fields differing from the lift); channel
#: is NULL where there is no row. PostgreSQL joins the table and the two kinds of events in
#: one pass (hash full joins)...
_FULL_JOIN = """
WITH lifts AS MATERIALIZED ({lifts})
SELECT COALESCE(r.id, l.id, f.id), r.channel, r.scope, r.source, r.created_event,
  r.lifted_event, r.lifted_at IS NOT NULL, r.row_digest IS NOT NULL, l.seq, f.seq, {fields},
  {lift_fields}
FROM (SELECT * FROM suppressions WHERE account_id = :a
  AND ({compared} OR id IN (SELECT id FROM lifts))) r
FULL JOIN ({logged_rows}) l ON l.id = r.id
FULL JOIN lifts f ON f.id = COALESCE(r.id, l.id)
WHERE r.id IS NULL OR {differs}
"""
#: ... SQLite before 3.39 has no FULL JOIN: the rows the log created, each found by its primary
#: key; the rows it did not (batch rows among them); then the creations and lifts with no row.
#: Each creation's lift is a subquery: joined, SQLite scanned every lift for each creation (it
#: built no automatic index there: 50,000 events took 20 CPU-s).
_LEFT_JOINS = """
WITH logged AS MATERIALIZED ({logged_rows}), lifts AS MATERIALIZED ({lifts})
SELECT id, channel, scope, source, created_event, lifted_event, lifted_at IS NOT NULL,
  row_digest IS NOT NULL, seq, lifted, differing, lift_differing
FROM (SELECT r.*, l.seq, (SELECT f.seq FROM lifts f WHERE f.id = l.id) AS lifted,
    {fields} AS differing,
    COALESCE((SELECT {lift_fields} FROM lifts f WHERE f.id = l.id), '') AS lift_differing
  FROM logged l JOIN suppressions r ON r.account_id = :a AND r.id = l.id) r
WHERE (r.row_digest IS NULL AND (r.created_event <> r.seq OR r.differing <> ''))
  OR {created_lift}
UNION ALL
SELECT r.id, r.channel, r.scope, r.source, r.created_event, r.lifted_event,
  r.lifted_at IS NOT NULL, r.row_digest IS NOT NULL, NULL, f.seq, NULL,
  COALESCE({lift_fields}, '')
FROM suppressions r LEFT JOIN lifts f ON f.id = r.id
WHERE r.account_id = :a AND NOT EXISTS (SELECT 1 FROM logged l WHERE l.id = r.id)
  AND (r.row_digest IS NULL OR {lift_differs})
UNION ALL
SELECT l.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, l.seq, f.seq, NULL, NULL
FROM logged l LEFT JOIN lifts f ON f.id = l.id
WHERE NOT EXISTS (SELECT 1 FROM suppressions r
  WHERE r.account_id = :a AND r.id = l.id AND r.row_digest IS NULL)
UNION ALL
SELECT f.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, f.seq, NULL, NULL
FROM lifts f
WHERE NOT EXISTS (SELECT 1 FROM logged l WHERE l.id = f.id)
  AND NOT EXISTS (SELECT 1 FROM suppressions r WHERE r.account_id = :a AND r.id = f.id)
"""


#: ... and SQLite, whose joins above are lookups, one B-tree descent a row (18.8 CPU-s for a
#: million events: bench/README.md), first asks whether anything differs at all, by counting:
#: the creations, the rows no batch wrote, and the pairs of the two that agree (the row found
#: by its primary key, its creating event and every field of `_CREATED` the same); then the
#: suppressions lifted, the rows lifted, and the pairs of a suppression's last lift and its row
#: that agree (`_LIFTED`). A row is paired with at most one creation (its `created_event`) and
#: one last lift (its id), and each of these with at most one row (the key), so equal counts
#: pair every creation and lift with a row and every row compared with its events: nothing
#: differs. Every difference the statement above names breaks an equality here, so when none
#: does the statement is not run; when one does, it names them. (Grouping the rows and events
#: by id instead sorted them all, with their contents: three times the CPU.)
_AGREEING = """
SELECT * FROM (SELECT count(*), sum(r.id IS NOT NULL)
    FROM ({logged_agreeing}) l LEFT JOIN suppressions r ON r.account_id = :a AND r.id = l.id
      AND r.row_digest IS NULL AND r.created_event = l.seq AND {fields_same}),
  (SELECT sum(row_digest IS NULL), sum(lifted_at IS NOT NULL) FROM suppressions {scanned}
    WHERE account_id = :a),
  (SELECT count(*) FROM ({lifting}) f),
  (SELECT count(*) FROM suppressions r {scanned} {join} ({lifting}) f ON f.seq = r.lifted_event
    WHERE r.account_id = :a AND r.lifted_at IS NOT NULL AND f.id = r.id AND {lift_fields_same})
"""
#: ... where the account holds most of the table (`_scanned`), its rows are read in the table's
#: stored order (`{scanned}`: NOT INDEXED), each lifted row then finding its lift by the event's
#: key (`{join}`: CROSS JOIN, SQLite's way of fixing the loops' order), not found by their own
#: key, whose order is their random ids': a random descent of the table for each, ~1 µs a row
#: (200,000 bench events: the rows' sums took 0.13 CPU-s so, 0.02 read in order; the lifted
#: rows' pairing 0.19, 0.14 so; bench/README.md). The counts are the same either way.
#: Reading the whole table costs ~1/8 of finding as many rows by key: worth it from a quarter.
_SCANNED_SHARE = 4


def _statement(dialect: str, template: str | None = None, *, scanned: bool = False) -> str:
    sqlite = dialect != "postgresql"
    template = template or (_LEFT_JOINS if sqlite else _FULL_JOIN)
    erased_evidence = _sql_text(_recorded({}, ERASED_TEXT))

    def after(column: str) -> dict[str, str]:
        keys = ("id", "scope", "source", "since", "reason", "lifted_at", "lift_reason")
        if sqlite:
            # as text: joined with the table's text ids, a value of no type would be
            # converted at each comparison, and no index could serve the join (a scan a row)
            return {k: f"CAST(json_extract({column}, '$.{k}') AS TEXT)" for k in keys}
        return {k: f"{column} ->> '{k}'" for k in keys}

    def stored(r: str, reason: str | None = None) -> dict[str, Any]:
        """The row's side of each field, `r` the table's alias with its dot; its evidence
        recorded with `reason` (the row's own unless given)."""
        reason = reason or f"{r}reason"
        if sqlite:
            # the evidence as its event holds it ({"reason": ..., **evidence}) in one text
            # (`_canonical`, the event's too: `_logged_text`): SQL's own when there is only
            # the reason and it needs no escaping, else `_recorded` (Python functions on this
            # connection, ~1 µs a row each)
            recorded = (
                f"CASE WHEN {r}evidence = '{{}}' AND {reason} NOT GLOB '*[^ -~]*'"
                f" AND instr({reason}, '\"') = 0 AND instr({reason}, '\\') = 0"
                f" THEN '{{\"reason\":\"' || {reason} || '\"}}'"
                f" ELSE heed_recorded({r}evidence, {reason}) END"
            )
            iso = {c: _sqlite_iso(f"{r}{c}") for c in ("since", "lifted_at")}
        else:
            # an object, or an array where the row's evidence is none (`||` appends it), so
            # never the event's, whose evidence is an object or 'null' (below); parsed once
            recorded = (
                f"jsonb_build_object('reason', CAST({reason} AS TEXT))"
                f" || CAST({r}evidence AS jsonb)"
            )
            iso = {c: _postgresql_iso(f"{r}{c}") for c in ("since", "lifted_at")}
        return {"r": r, "iso": iso, "recorded": recorded}

    logged_fields = {
        "after": after("after"),
        "erased": ERASED_TEXT.replace("'", "''"),
        "erased_evidence": erased_evidence
        if sqlite
        else f"jsonb_build_object('reason', {_sql_text(ERASED_TEXT)})",
        "evidence": "heed_logged(evidence)"
        if sqlite
        else "CASE WHEN jsonb_typeof(evidence) = 'object' THEN evidence ELSE 'null' END",
    }
    logged = [event.format(**logged_fields) for _, event, _ in _CREATED]
    lifted = [event.format(**logged_fields) for _, event, _ in _LIFTED]
    same = "({}) IS ({})" if sqlite else "({}) IS NOT DISTINCT FROM ({})"

    def differing(fields: tuple[tuple[str, str, str], ...], alias: str, prefix: str) -> str:
        """The names of the fields in which row `r` differs from event `alias`, each and a
        semicolon, in one text. The row's evidence is compared as recorded with the event's
        reason: an edited reason is named once, as the reason."""
        row = stored("r.", f"{alias}.{prefix}{_REASON}")
        return " || ".join(
            f"CASE WHEN {same.format(f'{alias}.{prefix}{n}', table.format(**row))}"
            f" THEN '' ELSE '{name};' END"
            for n, (name, _, table) in enumerate(fields)
        )

    def agreeing(fields: tuple[tuple[str, str, str], ...], alias: str, prefix: str) -> str:
        """That row `r` agrees with event `alias` in every field (`differing`'s, as one
        condition: SQLite stops at the first that fails, the evidence last)."""
        row = stored("r.", f"{alias}.{prefix}{_REASON}")
        terms = [
            same.format(f"{alias}.{prefix}{n}", table.format(**row))
            for n, (name, _, table) in enumerate(fields)
            if name != "evidence"
        ]
        if fields is _CREATED:  # the evidence by one call of `_agrees`, unless erased
            terms.append(
                f"CASE WHEN {alias}.erased THEN {same.format(erased_evidence, row['recorded'])}"
                f" ELSE heed_agrees(r.evidence, {alias}.{prefix}{_REASON}, {alias}.logged) END"
            )
        return " AND ".join(terms)

    names = {"after_id": after("after")["id"], "before_id": after("before")["id"]}
    columns = {
        "logged": ", ".join(f"{e} AS c{n}" for n, e in enumerate(logged)),
        "lifted": ", ".join(f"{e} AS f{n}" for n, e in enumerate(lifted)),
    }
    lifts = _LIFTS["sqlite" if sqlite else "postgresql"].format(**names, **columns)
    fields = differing(_CREATED, "l", "c")
    lift_fields = differing(_LIFTED, "f", "f")
    unaliased = stored("")
    return template.format(
        logged_rows=_LOGGED.format(**names, **columns),
        lifting=_LIFTING.format(**names, **columns),
        logged_agreeing=_LOGGED.format(
            **names, logged=f"{columns['logged']}, erased, evidence AS logged"
        ),
        lifts=lifts,
        fields=fields,
        lift_fields=lift_fields,
        fields_same=agreeing(_CREATED, "l", "c"),
        lift_fields_same=agreeing(_LIFTED, "f", "f"),
        differs=_DIFFERS.format(
            fields=fields,
            lift_differs=_LIFT_DIFFERS.format(lift="f.seq", lift_fields=lift_fields),
        ),
        created_lift=_LIFT_DIFFERS.format(lift="r.lifted", lift_fields="r.lift_differing"),
        lift_differs=_LIFT_DIFFERS.format(lift="f.seq", lift_fields=lift_fields),
        compared=_COMPARED,
        logged=", ".join(logged),
        lifted=", ".join(lifted),
        stored=", ".join(table.format(**unaliased) for _, _, table in _CREATED),
        stored_lift=", ".join(table.format(**unaliased) for _, _, table in _LIFTED),
        **names,
        scanned="NOT INDEXED" if scanned else "",
        join="CROSS JOIN" if scanned else "JOIN",
    )


def _recorded(evidence: Any, reason: str | None) -> str:
    """A row's evidence as its creating event holds it (`logged_evidence`), in `_canonical`
    text."""
    return _canonical(logged_evidence(reason, evidence))


def _canonical(value: Any) -> str:
    """One text of a JSON value, whatever its text was: sorted keys, no spaces (orjson's; the
    standard library's where orjson refuses, as both sides of a comparison then do)."""
    try:
        return _dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:  # integers beyond 64 bits, lone surrogates
        return canonical_json(value)


def _loaded(text: str | None) -> Any:
    try:
        return _loads(text) if text is not None else None
    except orjson.JSONDecodeError:
        try:
            return json.loads(text)  # type: ignore[arg-type]
        except ValueError:
            return None


def _recorded_text(evidence: str | None, reason: str | None) -> str | None:
    """`_recorded` of a row's stored evidence text; None for text that is no JSON object."""
    value = _loaded(evidence)
    return _recorded(value, reason) if isinstance(value, dict) else None


def _logged_text(evidence: str | None) -> str:
    """`_canonical` of an event's evidence text ("" for text that is no JSON object: never
    a row's)."""
    value = _loaded(evidence)
    return _canonical(value) if isinstance(value, dict) else ""


def _agrees(evidence: str | None, reason: str | None, logged: str | None) -> bool:
    """Whether a row's stored evidence, recorded with `reason`, is its event's evidence:
    `_recorded_text(evidence, reason) == _logged_text(logged)`, in one call a row and without
    decoding the texts compared where orjson reads and writes both values (it does for all but
    what `_canonical` and `_loaded` have fallbacks for, which then decide)."""
    try:
        row, event = _loads(evidence), _loads(logged)  # type: ignore[arg-type]
        if type(row) is dict and type(event) is dict:
            recorded = _dumps(logged_evidence(reason, row), option=_SORTED)
            return bool(recorded == _dumps(event, option=_SORTED))
    except (orjson.JSONDecodeError, TypeError):
        pass
    return _recorded_text(evidence, reason) == _logged_text(logged)


_dumps, _loads, _SORTED = orjson.dumps, orjson.loads, orjson.OPT_SORT_KEYS


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sqlite_iso(column: str) -> str:
    """heed.store.audit.iso_reader's text from SQLite's stored "YYYY-MM-DD HH:MM:SS[.ffffff]"."""
    return (
        f"substr({column}, 1, 10) || 'T' || CASE WHEN length({column}) = 19"
        f" OR substr({column}, 20) = '.000000' THEN substr({column}, 12, 8)"
        f" ELSE substr({column}, 12) END || '+00:00'"
    )


def _postgresql_iso(column: str) -> str:
    """heed.store.audit.iso_reader's text, made by PostgreSQL: isoformat in UTC, whose
    microseconds are left out when they are zero: written with them, and ".000000" taken out
    (a point is only ever the fraction's). One to_char a value, not two (0.24 of 1.2 CPU-s at
    200,000 events)."""
    return (
        f"replace(to_char(({column} AT TIME ZONE 'UTC'),"
        f" 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"+00:00\"'), '.000000+', '+')"
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
    else:
        raw: Any = session.connection().connection.dbapi_connection  # sqlite3's
        raw.create_function("heed_recorded", 2, _recorded_text, deterministic=True)
        raw.create_function("heed_logged", 1, _logged_text, deterministic=True)
        raw.create_function("heed_agrees", 3, _agrees, deterministic=True)
        agreeing = _statement(dialect, _AGREEING, scanned=_scanned(session, account_id))
        created, paired, rows, lifted_rows, lifts, lifts_paired = session.execute(
            text(agreeing), params
        ).one()
        if created == rows == paired and lifts == lifted_rows == lifts_paired:
            return []
    rows = list(session.execute(text(_statement(dialect)), params))
    found: list[str] = []
    rows.sort(key=lambda row: (row[1] is None, row[0]))  # the rows, then what has none
    for sid, channel, scope, source, created, lifted, is_lifted, batch, *logged in rows:
        created_seq, lifted_seq, differing, lift_differing = logged
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
            if differing:
                found.append(
                    f"{name} differs in its {_listed(differing)} from event #{created_seq}"
                    " that created it: edited"
                )
            elif created != created_seq:
                found.append(
                    f"{name} names event #{created} as its creation, the log #{created_seq}"
                )
        problem = _lift_difference(name, lifted_seq, bool(is_lifted), lifted, lift_differing)
        if problem is not None:
            found.append(problem)
    return found


def _scanned(session: Session, account_id: str) -> bool:
    """Whether the account holds enough of the suppressions table to read it whole (SQLite,
    `_AGREEING`): both counts read the primary key's index alone (~0.01 CPU-s for 120,000)."""
    mine, every = session.execute(
        text(
            "SELECT (SELECT count(*) FROM suppressions WHERE account_id = :a),"
            " (SELECT count(*) FROM suppressions)"
        ),
        {"a": account_id},
    ).one()
    return bool(mine * _SCANNED_SHARE >= every)


def _listed(names: str) -> str:
    """The statement's field names, each and a semicolon ("reason;evidence;"), as a list
    ("reason, evidence")."""
    return ", ".join(name for name in names.split(";") if name)


def _lift_difference(
    name: str, lifted_seq: int | None, is_lifted: bool, lifted: int | None, differing: str | None
) -> str | None:
    """How a suppression's lifting in the table (`is_lifted`, by event `lifted`) differs from
    the log's (lifted by event `lifted_seq`, or never; `differing` the fields that differ from
    that event's record), or None."""
    if lifted_seq is None and is_lifted:
        return f"{name} is lifted in the table, but no event lifted it"
    if lifted_seq is not None and not is_lifted:
        return f"{name} is active in the table, but event #{lifted_seq} lifted it"
    if lifted_seq is not None and lifted != lifted_seq:
        return f"{name} names event #{lifted} as its lifting, the log #{lifted_seq}"
    if lifted_seq is not None and differing:
        return (
            f"{name} differs in its {_listed(differing)} from event #{lifted_seq} that lifted"
            " it: edited"
        )
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
