"""Replay the activity log and compare what it says with the current tables.

`check` answers from the tables (suppressions, consents), so a row deleted or edited there
changes answers while the log stays intact. Verification therefore replays the events that
change those tables and names every row that differs: suppressions (blocks are suppressions
with source `block`), consents and list memberships.

What is kept per row is small (a fingerprint of the fields that decide answers, and the events
that created and lifted it), so a log of millions of opt-outs replays in little memory.
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
    """The state the log describes, fed one state-changing event at a time, in order."""

    KINDS = frozenset(
        {"suppression.created", "suppression.lifted", "consent.recorded"}
        | {"list.subscribed", "list.unsubscribed"}
    )

    # suppression id -> (fingerprint, created event, lifted event or None)
    suppressions: dict[str, tuple[int, int, int | None]] = field(default_factory=dict)
    consents: dict[str, tuple[int, int]] = field(default_factory=dict)
    # (list name, contact id) -> (status, event)
    memberships: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)
    # suppression id -> the event that lifted it, for rows a batch wrote (heed.store.batches):
    # they are read after the walk, so their lifts wait here until then
    pending_lifts: dict[str, int] = field(default_factory=dict)
    # how rows a batch wrote differ from the log (what `compare` finds for the other rows)
    batch_differences: list[str] = field(default_factory=list)

    def feed(
        self,
        seq: int,
        kind: str,
        channel: str | None,
        address: str | None,
        contact_id: str | None,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        if kind == "suppression.created" and after:
            fingerprint = _suppression_print(
                channel, address, after["scope"], after["source"], after["since"]
            )
            self.suppressions[after["id"]] = (fingerprint, seq, None)
        elif kind == "suppression.lifted" and before:
            known = self.suppressions.get(before["id"])
            if known is not None:
                self.suppressions[before["id"]] = (known[0], known[1], seq)
            else:
                self.pending_lifts[before["id"]] = seq
        elif kind == "consent.recorded" and after:
            fingerprint = hash((channel, address, after["purpose"], after["since"]))
            self.consents[after["id"]] = (fingerprint, seq)
        elif kind.startswith("list.") and after and contact_id:
            self.memberships[(after["list"], contact_id)] = (after["status"], seq)

    def merge(self, later: Replay) -> None:
        """Continue with the replay of the log's next range (heed.store.ranges), which did
        not know the suppressions created before it: its lifts of those wait in its
        `pending_lifts`, and land here."""
        self.suppressions.update(later.suppressions)
        for sid, seq in later.pending_lifts.items():
            known = self.suppressions.get(sid)
            if known is not None:
                self.suppressions[sid] = (known[0], known[1], seq)
            else:
                self.pending_lifts[sid] = seq
        self.consents.update(later.consents)
        self.memberships.update(later.memberships)
        self.batch_differences += later.batch_differences

    def batch_row(
        self, sid: str, channel: str, scope: str, source: str, lifted_at: Any, lifted: Any
    ) -> None:
        """A lifted row a batch event wrote, verified against its digest (heed.store.batches)
        in the same snapshot `compare` reads: only its lifting is left to compare with the log,
        here, since every lift precedes it (`compare` leaves batch rows out, and names the
        lifts of batch rows left pending as rows the table shows active)."""
        name = f"suppression {sid} ({channel}, {scope}, {source})"
        problem = _lift_difference(name, self.pending_lifts.pop(sid, None), lifted_at, lifted)
        if problem is not None:
            self.batch_differences.append(problem)


def _suppression_print(
    channel: str | None, address: str | None, scope: str, source: str, since: str
) -> int:
    return hash((channel, address, scope, source, since))


def compare(
    session: Session, account_id: str, replay: Replay, iso: Callable[[Any], str]
) -> list[str]:
    """Every way the tables differ from `replay`, as sentences naming the row and its event."""
    found: list[str] = list(replay.batch_differences)
    found += [
        f"suppression {sid} is active in the table, but event #{seq} lifted it"
        for sid, seq in replay.pending_lifts.items()
    ]
    found += _suppressions(session, account_id, replay, iso)
    found += _consents(session, account_id, replay, iso)
    found += _memberships(session, account_id, replay)
    if len(found) > MAX_NAMED:
        return [*found[:MAX_NAMED], f"... and {len(found) - MAX_NAMED} more differences"]
    return found


def _suppressions(
    session: Session, account_id: str, replay: Replay, iso: Callable[[Any], str]
) -> list[str]:
    rows = session.execute(
        text(
            "SELECT id, channel, address, scope, source, since, created_event, lifted_event,"
            " lifted_at FROM suppressions WHERE account_id = :a AND row_digest IS NULL"
        ),
        {"a": account_id},
    ).all()
    found: list[str] = []
    logged_rows = 0  # rows the log created (ids are unique): all of them, or some are missing
    for sid, channel, address, scope, source, since, created, lifted, lifted_at in rows:
        logged = replay.suppressions.get(sid)
        if logged is not None:
            logged_rows += 1
            fingerprint, created_seq, lifted_seq = logged
            if (
                created == created_seq
                and lifted == lifted_seq  # None both when never lifted
                and (lifted_at is None) is (lifted_seq is None)
                and fingerprint == _suppression_print(channel, address, scope, source, iso(since))
            ):
                continue  # as the log says: most rows, so nothing more is done for them
        name = f"suppression {sid} ({channel}, {scope}, {source})"  # no address: it is kept
        if logged is None:
            found.append(f"{name} is in the table but no event created it: inserted")
            continue
        fingerprint, created_seq, lifted_seq = logged
        if fingerprint != _suppression_print(channel, address, scope, source, iso(since)):
            found.append(f"{name} differs from event #{created_seq} that created it: edited")
        elif created != created_seq:
            found.append(f"{name} names event #{created} as its creation, the log #{created_seq}")
        problem = _lift_difference(name, lifted_seq, lifted_at, lifted)
        if problem is not None:
            found.append(problem)
    if logged_rows == len(replay.suppressions):
        return found
    seen = {row[0] for row in rows}
    for sid, (_, created_seq, lifted_seq) in replay.suppressions.items():
        if sid not in seen:
            state = "lifted" if lifted_seq is not None else "active"
            found.append(
                f"suppression {sid} created by event #{created_seq} ({state} in the log) is "
                "missing from the table: deleted"
            )
    return found


def _lift_difference(
    name: str, lifted_seq: int | None, lifted_at: Any, lifted: int | None
) -> str | None:
    """How a suppression's lifting in the table differs from the log's (lifted by event
    `lifted_seq`, or never), or None."""
    if lifted_seq is None and lifted_at is not None:
        return f"{name} is lifted in the table, but no event lifted it"
    if lifted_seq is not None and lifted_at is None:
        return f"{name} is active in the table, but event #{lifted_seq} lifted it"
    if lifted_seq is not None and lifted != lifted_seq:
        return f"{name} names event #{lifted} as its lifting, the log #{lifted_seq}"
    return None


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
