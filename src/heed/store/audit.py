"""Verify an account's activity log: its hash chain, its signed checkpoints, and its state.

One streaming pass reads the events in order (in pages, raw rows, no ORM objects), recomputes
each payload digest and chain hash, compares every hash a checkpoint signed, and replays the
events that change state (heed.store.reconcile). It stops at the first event that does not
verify and then works out what was done to the log (`Tampering`), from the rows around it.

Speed matters: a log of millions of events must verify in seconds (bench/audit_verify.py), so
the digests are computed by heed.core.chain's fast forms; a mismatch is recomputed by its
definition before anything is reported, so the fast path can slow verification but never
change a verdict. Times are read as text, the form the chain hashed made from it by slicing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.orm import Session

from heed.bulk.ahead import read_ahead
from heed.core.chain import (
    GENESIS_HASH,
    chain_hash,
    digest,
    fast_chain_hash,
    fast_digest,
    header,
    ordered_digest,
    payload,
)
from heed.store import batches, contact_batches, ranges
from heed.store.batches import Batches
from heed.store.contact_batches import ContactBatches
from heed.store.db import connect
from heed.store.reconcile import Replay, compare, suppression_differences
from heed.store.types import utcnow

Progress = Callable[[int], None]

_BATCH = 20_000
#: JSON as text on both databases ('null' for none), parsed with orjson (psycopg would parse
#: JSONB with the standard library, the slowest part of a walk on PostgreSQL).
#: Times as text too: SQLite stores them so; PostgreSQL writes them in UTC (DateStyle ISO,
#: set by the walk), which costs its driver no datetime to build (`_TEXT_ISO`).
#: Run on the driver's own cursor (`_pages`), whose rows are plain tuples: SQLAlchemy's Rows
#: cost the walk ~0.25 µs an event of ~7, in their making and their unpacking (bench/README.md,
#: where a single event's time goes).
_COLUMNS = (
    "SELECT seq, {occurred}, {recorded}, kind, actor, source, channel, contact_id, address,"
    " COALESCE(CAST(evidence AS TEXT), 'null'), COALESCE(CAST(before AS TEXT), 'null'),"
    " COALESCE(CAST(after AS TEXT), 'null'), payload_digest, prev_hash, hash, erased,"
    " credential, salt FROM events"
    " WHERE account_id = {p} AND seq > {p} AND seq <= {p} ORDER BY seq"
)
_PAGE = {
    "sqlite": _COLUMNS.format(occurred="occurred_at", recorded="recorded_at", p="?"),
    "postgresql": _COLUMNS.format(
        occurred="CAST(occurred_at AT TIME ZONE 'UTC' AS TEXT)",
        recorded="CAST(recorded_at AT TIME ZONE 'UTC' AS TEXT)",
        p="%s",
    ),
}
_NEXT_SEQ = text("SELECT min(seq) FROM events WHERE account_id = :account_id AND seq > :after")


class Tampering(StrEnum):
    """What was done to the log, as far as the rows tell."""

    EDITED = "edited"  # an event's content changed, its hash not recomputed
    DELETED = "deleted"  # events removed from the middle (renumbered or not)
    REORDERED = "reordered"  # events moved to other places in the sequence
    RECOMPUTED = "recomputed"  # rewritten with hashes recomputed: only a checkpoint shows it
    TRUNCATED = "truncated"  # the newest events removed
    STATE = "state"  # the tables say something the log does not
    CHECKPOINTS = "checkpoints"  # the checkpoint file itself was altered


@dataclass(frozen=True)
class AuditReport:
    """The result of verifying one account; `first_bad_seq` and `tampering` say where, what."""

    ok: bool
    events_checked: int
    first_bad_seq: int | None = None
    problem: str | None = None
    tampering: Tampering | None = None
    #: Checkpoints verified against, and the newest event one of them covers.
    checkpoints: int = 0
    covered_to: int | None = None
    state_differences: tuple[str, ...] = ()
    #: Suppressions written by batch events (heed.store.batches), each checked against its batch.
    rows_checked: int = 0
    #: Contacts written by batch events (heed.store.contact_batches), each checked likewise.
    contacts_checked: int = 0
    checked_at: datetime | None = None
    seconds: float = 0.0
    #: The hash of the last event that verified (None when none did).
    head: str | None = None


@dataclass(frozen=True)
class Signed:
    """What a verified checkpoint fixed: the hash of event `seq`, signed at `signed_at`."""

    seq: int
    head: str
    signed_at: str


def verify(
    session: Session,
    account_id: str,
    *,
    signed: Sequence[Signed] = (),
    file_problems: Sequence[str] = (),
    reconcile: bool = True,
    progress: Progress | None = None,
    jobs: int | None = 1,
    url: str | None = None,
) -> AuditReport:
    """Verify the account's chain, against `signed` checkpoints, and its tables against it.

    `file_problems` are what was found wrong with the checkpoint file itself; they fail the
    verification too, after anything wrong with the log. `jobs` processes walk the chain
    (None: one per core for a long log; heed.store.ranges), reading the database at `url`.

    SQLite cannot give the other processes this transaction's snapshot, so they may read
    changes committed since (an erasure blanks rows the log here does not yet say it erased).
    Every change appends an event, so when a verification in processes fails and the chain
    head has moved meanwhile, it is done again in this process alone, whose answer counts.
    """
    head = None
    if jobs != 1 and url is not None and _dialect(session) == "sqlite":
        head = _head(session, account_id)
    report = _verify(session, account_id, signed, file_problems, reconcile, progress, jobs, url)
    if not report.ok and head is not None and url is not None:
        engine = connect(url)
        try:
            with Session(engine) as now:
                moved = _head(now, account_id) != head
        finally:
            engine.dispose()
        if moved:
            return _verify(session, account_id, signed, file_problems, reconcile, progress, 1, url)
    return report


def _head(session: Session, account_id: str) -> tuple[Any, ...] | None:
    row = session.execute(
        text("SELECT seq, hash FROM event_heads WHERE account_id = :a"), {"a": account_id}
    ).first()
    return None if row is None else tuple(row)


def _verify(
    session: Session,
    account_id: str,
    signed: Sequence[Signed],
    file_problems: Sequence[str],
    reconcile: bool,
    progress: Progress | None,
    jobs: int | None,
    url: str | None,
) -> AuditReport:
    started = time.perf_counter()
    heads = {c.seq: c.head for c in signed}
    latest = max(signed, key=lambda c: c.seq, default=None)
    replay = Replay() if reconcile else None
    suppressions = _Suppressions(account_id)
    found, imported = Batches(), ContactBatches()
    checked, last_hash, finding = walk(
        session,
        account_id,
        signed=heads,
        replay=replay,
        progress=progress,
        batches=found,
        contacts=imported,
        jobs=jobs,
        url=url,
        meanwhile=suppressions.find if reconcile else None,
    )
    if finding is None:
        finding = _check_end(session, account_id, checked, last_hash, latest, heads)
    rows = 0
    if finding is None and (found.expected or found.erased_rows):
        rows, finding = _check_rows(session, account_id, found, checked, progress, jobs, url)
    contacts = 0
    if finding is None:
        contacts, finding = _check_contacts(session, account_id, imported, checked + rows, progress)
    differences: list[str] = []
    if finding is None and file_problems:
        finding = _Finding(0, Tampering.CHECKPOINTS, "; ".join(file_problems))
    if finding is None and replay is not None:
        differences = compare(
            session,
            account_id,
            replay,
            iso_reader(_dialect(session)),
            suppressions.find(session, checked),
        )
        if differences:
            finding = _Finding(
                0,
                Tampering.STATE,
                f"the tables differ from the log in {len(differences)} place(s): " + differences[0],
            )
    return AuditReport(
        ok=finding is None,
        events_checked=checked,
        first_bad_seq=(finding.seq or None) if finding else None,
        problem=finding.problem if finding else None,
        tampering=finding.tampering if finding else None,
        checkpoints=len(signed),
        covered_to=latest.seq if latest else None,
        state_differences=tuple(differences),
        rows_checked=rows,
        contacts_checked=contacts,
        checked_at=utcnow(),
        seconds=round(time.perf_counter() - started, 3),
        head=last_hash if checked else None,
    )


def _check_rows(
    session: Session,
    account_id: str,
    found: Batches,
    events: int,
    progress: Progress | None,
    jobs: int | None,
    url: str | None,
) -> tuple[int, _Finding | None]:
    """Verify the rows batch events wrote against their digests (heed.store.batches)."""
    rows, problem = batches.check(
        session,
        account_id,
        found,
        _TEXT_ISO[_dialect(session)],
        progress=None if progress is None else lambda rows: progress(events + rows),
        jobs=jobs,
        url=url,
    )
    if problem is None:
        return rows, None
    kind = Tampering.EDITED if problem.edited else Tampering.STATE
    return rows, _Finding(problem.seq, kind, problem.problem)


def _check_contacts(
    session: Session,
    account_id: str,
    found: ContactBatches,
    done: int,
    progress: Progress | None,
) -> tuple[int, _Finding | None]:
    """Verify the contacts batch events created against their digests, and the contacts
    updated since against their last update (heed.store.contact_batches)."""

    def advance(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None:
            progress(done)

    rows, problem = contact_batches.check(
        session, account_id, found, iso_reader(_dialect(session)), progress=advance
    )
    if problem is None:
        return rows, None
    kind = Tampering.EDITED if problem.edited else Tampering.STATE
    return rows, _Finding(problem.seq, kind, problem.problem)


@dataclass
class _Suppressions:
    """How the suppressions table differs from the log (heed.store.reconcile), found once:
    in a walk by several processes, by this one while the others walk (`walk`'s `meanwhile`;
    on PostgreSQL on a connection of its own, while this one walks too), kept if the walk
    verifies exactly the events it compared against."""

    account_id: str
    upto: int | None = None
    found: list[str] = field(default_factory=list)

    def find(self, session: Session, upto: int) -> list[str]:
        if self.upto != upto:
            self.found = suppression_differences(session, self.account_id, upto)
            self.upto = upto
        return self.found


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _check_end(
    session: Session,
    account_id: str,
    last: int,
    last_hash: str,
    latest: Signed | None,
    signed: dict[int, str],
) -> _Finding | None:
    """The log must reach the newest checkpoint, and end where the chain head says.

    A log that ends early lost events from its end, or lost them anywhere after the last
    checkpoint it still matches and had every hash after them recomputed: the rows cannot
    tell which, so the finding names the range both fit in.
    """
    if latest is not None and latest.seq > last:
        since = max((seq for seq in signed if seq <= last), default=0)
        return _Finding(
            last + 1,
            Tampering.TRUNCATED,
            f"the checkpoint signed at {latest.signed_at} covers events up to #{latest.seq}, "
            f"but the log ends at #{last}: {latest.seq - last} event(s) were removed from "
            f"#{since + 1}..#{latest.seq} (the newest, or earlier ones with every hash after "
            "them recomputed)",
        )
    head = session.execute(
        text("SELECT seq, hash FROM event_heads WHERE account_id = :a"), {"a": account_id}
    ).first()
    if head is not None and (head[0], head[1]) != (last, last_hash):
        return _Finding(
            last + 1,
            Tampering.TRUNCATED,
            f"the chain head says the last event is #{head[0]}, but the log ends at #{last}: "
            "events were removed or the head was altered",
        )
    return None


@dataclass
class _Walk:
    """Where the pass is: the next sequence number and hash expected, and what it saw.

    A range walked on its own (heed.store.ranges) starts with `expected_prev` None: its first
    event's link is checked where the ranges are joined (`merge`)."""

    expected_seq: int = 1
    expected_prev: str | None = GENESIS_HASH
    erased: list[int] = field(default_factory=list)
    listed: set[int] = field(default_factory=set)
    batches: Batches = field(default_factory=Batches)
    contacts: ContactBatches = field(default_factory=ContactBatches)
    replay: Replay | None = None

    def merge(self, later: _Walk) -> None:
        """Continue with what the walk of the range after this one saw."""
        self.expected_seq, self.expected_prev = later.expected_seq, later.expected_prev
        self.erased += later.erased
        self.listed |= later.listed
        self.batches.merge(later.batches)
        self.contacts.merge(later.contacts)
        if self.replay is not None and later.replay is not None:
            self.replay.merge(later.replay)


@dataclass(frozen=True)
class _Range:
    """One range's walk: the hash its first event links to, and how far it got."""

    state: _Walk
    entry_prev: str | None
    checked: int
    finding: _Finding | None


@dataclass(frozen=True)
class _Finding:
    seq: int
    tampering: Tampering
    problem: str


def iso_reader(dialect: str) -> Callable[[Any], str]:
    """How a raw timestamp of this database becomes the ISO text the chain hashed."""
    if dialect == "sqlite":
        return _sqlite_iso
    return lambda value: value.astimezone(UTC).isoformat()


def _sqlite_iso(value: str) -> str:
    """SQLAlchemy stores "YYYY-MM-DD HH:MM:SS.ffffff" in UTC; isoformat omits zero micros."""
    if value.endswith(".000000") or len(value) == 19:
        value = value[:19]
    return value[:10] + "T" + value[11:] + "+00:00"


def _postgresql_iso(value: str) -> str:
    """PostgreSQL's text of a UTC timestamp, "YYYY-MM-DD HH:MM:SS[.f]" with the fraction's
    trailing zeros left out (DateStyle ISO), as isoformat writes it: six digits, or none."""
    if len(value) == 19:
        return value[:10] + "T" + value[11:] + "+00:00"
    return value[:10] + "T" + value[11:20] + value[20:].ljust(6, "0") + "+00:00"


#: How the walk's timestamps (`_PAGE`'s text) become the ISO text the chain hashed.
_TEXT_ISO = {"sqlite": _sqlite_iso, "postgresql": _postgresql_iso}
#: How the walk first digests a payload read from each database: SQLite gives back JSON text
#: as written (keys sorted), PostgreSQL's JSONB orders keys by length.
_DIGEST_OF = {"sqlite": ordered_digest, "postgresql": fast_digest}


def _load(value: str | None) -> Any:
    """A JSON column read as text (`_COLUMNS`) as values, exactly, for the definition (an
    event the fast path did not verify): the standard decoder, since orjson reads an integer
    beyond 64 bits as a float, and an intact event holding one was called altered."""
    return None if value is None else json.loads(value)


_loads = orjson.loads


def walk(
    session: Session,
    account_id: str,
    *,
    signed: dict[int, str] | None = None,
    replay: Replay | None = None,
    progress: Progress | None = None,
    batches: Batches | None = None,
    contacts: ContactBatches | None = None,
    jobs: int | None = 1,
    url: str | None = None,
    meanwhile: Callable[[Session, int], Any] | None = None,
) -> tuple[int, str, _Finding | None]:
    """Verify the chain from the start; return (events checked, the last hash, the first
    finding or None). `batches` and `contacts` learn what the batch events say
    (heed.store.batches, heed.store.contact_batches).

    With more than one of `jobs`, ranges of the chain are walked in parallel and joined in
    order; from the first range that does not verify whole or does not link to the one before
    it, the walk goes on here one event at a time, so what is found, and where, is what a walk
    in one process finds. `meanwhile(session, last)` is called in this process (on PostgreSQL
    on a thread, with a session of its own in the same snapshot), with the last event's number,
    while the processes walk their ranges (heed.store.ranges.run)."""
    signed = signed or {}
    state = _Walk(
        batches=batches if batches is not None else Batches(),
        contacts=contacts if contacts is not None else ContactBatches(),
        replay=replay,
    )
    progress = _forward_only(progress)
    checked, resume = 0, 0
    walked = _parallel(session, account_id, signed, replay, progress, jobs, url, meanwhile)
    for after, upto, part in walked:
        if (
            part is None
            or part.finding is not None
            or part.checked != upto - after
            or part.entry_prev != state.expected_prev
        ):
            break
        state.merge(part.state)
        checked, resume = checked + part.checked, upto
    else:
        if resume:
            return _unlisted(checked, state)

    def tick(done: int) -> None:
        if progress is not None:
            progress(checked + done)

    more, finding = _walk_range(session, account_id, state, signed, after=resume, tick=tick)
    checked += more
    if finding is not None:
        return checked, state.expected_prev or GENESIS_HASH, finding
    return _unlisted(checked, state)


def _forward_only(progress: Progress | None) -> Progress | None:
    """`progress`, never told less than before: a walk that goes on here after the ranges
    (`walk`) counts again events the processes had counted."""
    if progress is None:
        return None
    shown = 0

    def forward(done: int) -> None:
        nonlocal shown
        if done > shown:
            shown = done
            progress(done)

    return forward


def _unlisted(checked: int, state: _Walk) -> tuple[int, str, _Finding | None]:
    """The walk's result once every event verified: an event marked erased must be listed by
    an erasure event (wherever in the log that is)."""
    last = state.expected_prev or GENESIS_HASH
    unlisted = [seq for seq in state.erased if seq not in state.listed]
    if unlisted:
        return (
            checked,
            last,
            _Finding(
                unlisted[0],
                Tampering.EDITED,
                f"event #{unlisted[0]} is marked erased, but no erasure event lists it: altered",
            ),
        )
    return checked, last, None


def _parallel(
    session: Session,
    account_id: str,
    signed: dict[int, str],
    replay: Replay | None,
    progress: Progress | None,
    jobs: int | None,
    url: str | None,
    meanwhile: Callable[[Session, int], Any] | None,
) -> list[tuple[int, int, _Range | None]]:
    """The chain walked in ranges by several processes, each range on its own (nothing when
    one process is to walk it, or the database cannot be opened again, as in-memory SQLite)."""
    if ranges.processes(url, 2 * ranges.MIN_RANGE, jobs) < 2:
        return []  # (what the log's length does not change, before it is counted)
    last = session.execute(
        text("SELECT max(seq) FROM events WHERE account_id = :a"), {"a": account_id}
    ).scalar()
    parts = ranges.processes(url, int(last or 0), jobs)
    if parts < 2 or not last:
        return []
    bounds = event_ranges(int(last), parts, reconcile=replay is not None)

    def work(part: Session, after: int, upto: int, tick: Progress) -> _Range:
        state = _Walk(
            expected_seq=after + 1,
            expected_prev=GENESIS_HASH if after == 0 else None,
            replay=Replay() if replay is not None else None,
        )
        entry: list[str] = []
        checked, finding = _walk_range(
            part, account_id, state, signed, after=after, upto=upto, tick=tick, entry=entry
        )
        return _Range(state, entry[0] if entry else None, checked, finding)

    here = None if meanwhile is None else lambda reading: meanwhile(reading, int(last))
    results = ranges.run(session, str(url), bounds, work, progress, meanwhile=here, processes=parts)
    return [(after, upto, part) for (after, upto), part in zip(bounds, results, strict=True)]


def event_ranges(last: int, parts: int, *, reconcile: bool) -> list[tuple[int, int]]:
    """The ranges of events `parts` processes walk (heed.store.ranges): `_RANGE` events each
    or more, at least one a process, so that a process that has walked its ranges takes the
    next one left; the verifying process's first is half the others' when it compares the
    tables first (heed.store.reconcile), work the others do not share."""
    count = max(parts, last // _RANGE)
    return ranges.split(last, count, first=0.5 if reconcile else 1.0)


#: Events in a range of a walk in several processes: small enough that the processes end
#: together (the one comparing the tables walks less), large enough that each range's own
#: start (a query, a read-ahead thread, its result sent back) stays a small part of it.
_RANGE = 10_000


def _walk_range(
    session: Session,
    account_id: str,
    state: _Walk,
    signed: dict[int, str],
    *,
    after: int,
    upto: int | None = None,
    tick: Progress,
    entry: list[str] | None = None,
) -> tuple[int, _Finding | None]:
    """Walk the events after `after` (up to `upto`, else to the end) from `state`; return
    (events checked, the first finding or None). `entry` gets the first event's link."""
    dialect = _dialect(session)
    iso, load, digest_of = _TEXT_ISO[dialect], _load, _DIGEST_OF[dialect]
    if dialect == "postgresql":
        session.execute(text("SET LOCAL DateStyle = 'ISO'"))  # the text `_postgresql_iso` reads
    checked = 0
    pages = read_ahead(_pages(session, account_id, after, upto))
    try:
        while (rows := next(pages, None)) is not None:
            if state.expected_prev is None:
                state.expected_prev = rows[0][13]
            if entry is not None and not entry:
                entry.append(rows[0][13])
            for row in rows:
                if not _intact(row, state, account_id, iso, signed, digest_of):
                    pages.close()  # the session is this thread's alone again, to look closer
                    finding = _check(row, state, account_id, iso, load)
                    if finding is not None:
                        finding = _diagnose(session, account_id, row, finding, state, iso, load)
                    if finding is None and signed.get(row[0], row[14]) != row[14]:
                        finding = _recomputed(session, account_id, row[0], signed)
                    if finding is not None:
                        return checked, finding
                    _accept(row, state, load(row[10]), load(row[11]))
                    # intact after all: read on from after this page (its rest is in hand)
                    pages = read_ahead(_pages(session, account_id, rows[-1][0], upto))
                checked += 1
            tick(checked)
    finally:
        pages.close()
    return checked, None


def _pages(
    session: Session, account_id: str, after: int, upto: int | None
) -> Iterator[Sequence[Any]]:
    """The events after `after` (up to `upto`, else to the end), `_BATCH` sequence numbers a
    query. Each query is bounded on both sides, so its plan does not hang on the table's
    statistics: right after a bulk load PostgreSQL had none and planned `seq > :after ORDER BY
    seq LIMIT n` as a sort of every later event, each page (bench/README.md, audit verify).
    A stretch with no events (deleted ones: the walk reports them) is skipped in one probe."""
    page = _PAGE[_dialect(session)]
    driver: Any = session.connection().connection.driver_connection
    while upto is None or after < upto:
        end = after + _BATCH if upto is None else min(after + _BATCH, upto)
        cursor = driver.cursor()
        try:
            cursor.execute(page, (account_id, after, end))
            rows = cursor.fetchall()
        finally:
            cursor.close()
        if rows:
            yield rows
            after = end
            continue
        following = session.execute(
            _NEXT_SEQ, {"account_id": account_id, "after": end}
        ).scalar_one()
        if following is None or (upto is not None and following > upto):
            return
        after = following - 1


def _check(
    row: Any,
    state: _Walk,
    account_id: str,
    iso: Callable[[Any], str],
    load: Callable[[Any], Any],
) -> _Finding | None:
    """What is wrong with `row` at this point of the walk, before any diagnosis (or None)."""
    (seq, occurred, recorded, kind, actor, source, channel, contact_id, address) = row[:9]
    stored_digest, prev, stored_hash, erased = row[12], row[13], row[14], row[15]
    if seq != state.expected_seq:
        return _Finding(state.expected_seq, Tampering.DELETED, "")
    try:
        evidence, before, after = load(row[9]), load(row[10]), load(row[11])
    except ValueError:  # SQLite keeps any text: `_diagnose` says so
        return _Finding(seq, Tampering.EDITED, "payload")
    if not erased and _fast(fast_digest, payload(address, evidence, before, after, row[17])) != (
        stored_digest
    ):
        return _Finding(seq, Tampering.EDITED, "payload")
    fields = header(
        account_id,
        seq,
        iso(occurred),
        iso(recorded),
        kind,
        actor,
        source,
        channel,
        contact_id,
        row[16],
    )
    if _fast(fast_chain_hash, prev, fields, stored_digest) != stored_hash or (
        prev != state.expected_prev
    ):
        return _Finding(seq, Tampering.EDITED, "header")
    return None


def _fast(compute: Callable[..., str], *args: Any) -> str | None:
    """A fast form's hash, or None where orjson cannot write the value (the definition then
    decides: `_diagnose`)."""
    try:
        return compute(*args)
    except TypeError:
        return None


def _intact(
    row: Any,
    state: _Walk,
    account_id: str,
    iso: Callable[[str], str],
    signed: dict[int, str],
    digest_of: Callable[[Any], str],
) -> bool:
    """The fast path: verify `row` and count it (True), or leave it to `_check` (False).

    Called once per event, so it does the least work it can: one JSON parse per column (by
    orjson alone: what it refuses goes to `_check`), one orjson encoding per hash, the second
    timestamp reused when it is the first. The payload is digested by `digest_of` first
    (`_DIGEST_OF`: the database's JSON read back in sorted order is not sorted again), by
    `fast_digest` when that does not match.
    """
    (
        seq,
        occurred,
        recorded,
        kind,
        actor,
        source,
        channel,
        contact_id,
        address,
        evidence,
        before,
        after,
        stored_digest,
        prev,
        stored,
        erased,
        credential,
        salt,
    ) = row
    if seq != state.expected_seq or prev != state.expected_prev:
        return False
    try:
        before, after = _loads(before), _loads(after)
        if not erased:
            fields = payload(address, _loads(evidence), before, after, salt)
            if digest_of(fields) != stored_digest and fast_digest(fields) != stored_digest:
                return False
        occurred_iso = iso(occurred)
        fields = header(
            account_id,
            seq,
            occurred_iso,
            occurred_iso if recorded == occurred else iso(recorded),
            kind,
            actor,
            source,
            channel,
            contact_id,
            credential,
        )
        if fast_chain_hash(prev, fields, stored_digest) != stored:
            return False
    except (orjson.JSONDecodeError, TypeError):
        return False
    if signed.get(seq, stored) != stored:
        return False
    _accept(row, state, before, after)
    return True


def _accept(row: Any, state: _Walk, before: Any, after: Any) -> None:
    """Count a verified event: what it erased, what it changed, and what must come next."""
    seq, kind = row[0], row[3]
    if row[15]:
        state.erased.append(seq)
    if kind == "contact.erased":
        state.listed.update((after or {}).get("erased_events", []))
        state.batches.feed(seq, kind, after)
    elif kind == batches.KIND:
        state.batches.feed(seq, kind, after)
    if kind in ContactBatches.KINDS:
        state.contacts.feed(seq, kind, row[7], before, after)
    replay = state.replay
    if replay is not None and kind in replay.KINDS:
        replay.feed(seq, kind, row[6], row[8], row[7], after)
    state.expected_seq, state.expected_prev = seq + 1, row[14]


def _recomputed(session: Session, account_id: str, seq: int, signed: dict[int, str]) -> _Finding:
    earlier = [s for s in signed if s < seq and _hash_of(session, account_id, s) == signed[s]]
    since = max(earlier, default=0)
    return _Finding(
        seq,
        Tampering.RECOMPUTED,
        f"event #{seq} is not the event a signed checkpoint recorded there: the log was "
        f"rewritten and its hashes recomputed, somewhere in events #{since + 1}..#{seq}",
    )


# -- after a failure: what was done ---------------------------------------------------------


def _diagnose(
    session: Session,
    account_id: str,
    row: Any,
    finding: _Finding,
    state: _Walk,
    iso: Callable[[Any], str],
    load: Callable[[Any], Any],
) -> _Finding | None:
    """Name what was done at the first event that did not verify (or None: the fast encoder
    disagreed with the reference one, and the event is intact after all)."""
    seq = row[0]
    if finding.tampering is Tampering.DELETED:
        return _Finding(
            finding.seq,
            Tampering.DELETED,
            f"events #{finding.seq}..#{seq - 1} are missing: deleted (the next stored event "
            f"is #{seq})",
        )
    try:
        fields, content = _parts(row, account_id, iso, load)
    except ValueError:
        return _Finding(
            seq,
            Tampering.EDITED,
            f"event #{seq} was altered: its evidence or before/after is not JSON",
        )
    digest_ok = bool(row[15]) or digest(content) == row[12]
    if not digest_ok:
        return _Finding(
            seq,
            Tampering.EDITED,
            f"event #{seq} was altered: its address, evidence or before/after changed",
        )
    prev, stored_hash = row[13], row[14]
    if chain_hash(prev, fields, row[12]) == stored_hash:
        if prev == state.expected_prev:
            return None  # only the fast encoder disagreed
        return _unlinked(session, account_id, seq, prev)
    original = _original_seq(fields, prev, row[12], stored_hash)
    if original is None:
        return _Finding(
            seq,
            Tampering.EDITED,
            f"event #{seq} was altered: its time, kind, actor, source or channel changed",
        )
    if _seq_of_hash(session, account_id, prev) is not None:
        return _Finding(
            seq,
            Tampering.REORDERED,
            f"event #{seq} was recorded as #{original}: events were reordered",
        )
    return _Finding(
        seq,
        Tampering.DELETED,
        f"event #{seq} was recorded as #{original}: the event(s) before it were deleted and "
        "the rest renumbered",
    )


def _unlinked(session: Session, account_id: str, seq: int, prev: str) -> _Finding:
    """An intact event that does not follow the one stored before it."""
    where = _seq_of_hash(session, account_id, prev)
    if where is not None:
        return _Finding(
            seq,
            Tampering.REORDERED,
            f"event #{seq} was recorded right after #{where}, not #{seq - 1}: events were "
            "reordered",
        )
    return _Finding(
        seq,
        Tampering.RECOMPUTED,
        f"event #{seq} does not link to event #{seq - 1}: #{seq - 1} (or events before it) "
        "was replaced by another with a recomputed hash",
    )


def _original_seq(
    fields: dict[str, Any], prev: str, payload_digest: str, stored: str
) -> int | None:
    """The sequence number this event's hash was computed with, if only that changed."""
    seq = fields["seq"]
    for candidate in range(max(1, seq - 64), seq + 65):
        if candidate != seq and chain_hash(prev, {**fields, "seq": candidate}, payload_digest) == (
            stored
        ):
            return candidate
    return None


def _parts(
    row: Any, account_id: str, iso: Callable[[Any], str], load: Callable[[Any], Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    fields = header(
        account_id,
        row[0],
        iso(row[1]),
        iso(row[2]),
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
        row[16],
    )
    content = payload(row[8], load(row[9]), load(row[10]), load(row[11]), row[17])
    return fields, content


def _hash_of(session: Session, account_id: str, seq: int) -> str | None:
    found = session.execute(
        text("SELECT hash FROM events WHERE account_id = :a AND seq = :s"),
        {"a": account_id, "s": seq},
    ).first()
    return None if found is None else str(found[0])


def _seq_of_hash(session: Session, account_id: str, value: str) -> int | None:
    found = session.execute(
        text("SELECT seq FROM events WHERE account_id = :a AND hash = :h"),
        {"a": account_id, "h": value},
    ).first()
    return None if found is None else int(found[0])
