"""Suppressions and consents: load the active ones, create and lift them, each with its event.

Every function here runs inside the caller's transaction and writes its event in the same one,
so a suppression never exists without the event that explains it, nor the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, select, text, union_all
from sqlalchemy.orm import Session, aliased

from heed.core.rules import ActiveConsent, ActiveSuppression
from heed.core.vocabulary import Actor, Channel, Purpose, Scope, Source
from heed.store import reads
from heed.store.arrays import among, bound
from heed.store.db import SessionReads
from heed.store.events import EventLog, json_ready
from heed.store.ids import new_id
from heed.store.reads import EXACT_LOOKUPS
from heed.store.reads import Target as Target  # defined with the reads a check makes
from heed.store.tables import Consent, Suppression
from heed.store.types import utcnow


@lru_cache(maxsize=256)
def _exact_lookups(channels: tuple[str, ...]) -> Select[Suppression]:
    """One statement of exact lookups for pairs on these channels, built once per shape:
    constructing a statement costs about as much as running it."""
    lookups = [
        select(Suppression).where(
            Suppression.account_id == bindparam("account_id"),
            Suppression.channel == bindparam(f"channel_{channel}"),
            Suppression.address == bindparam(f"address_{n}"),
            Suppression.lifted_at.is_(None),
        )
        for n, channel in enumerate(channels)
    ]
    if len(lookups) == 1:
        return lookups[0].order_by(Suppression.since, Suppression.id)
    found = aliased(Suppression, union_all(*lookups).subquery())
    return select(found).order_by(found.since, found.id)


def snapshot(row: Suppression) -> dict[str, Any]:
    """The suppression as recorded in events' before/after, enough to replay it later."""
    return {
        "id": row.id,
        "channel": row.channel,
        "address": row.address,
        "scope": row.scope,
        "source": row.source,
        "reason": row.reason,
        "since": row.since,
        "created_event": row.created_event,
        "lifted_at": row.lifted_at,
        "lift_reason": row.lift_reason,
    }


def as_active(row: Suppression) -> ActiveSuppression:
    return ActiveSuppression(
        channel=Channel(row.channel),
        address=row.address,
        scope=Scope.parse(row.scope),
        source=Source(row.source),
        since=row.since,
        event_id=row.created_event,
    )


def active_suppressions(
    session: Session, account_id: str, targets: Iterable[Target]
) -> list[Suppression]:
    """Every active suppression of the given (channel, address) pairs, in one query."""
    pairs = sorted({(target.channel.value, target.address) for target in targets})
    if not pairs:
        return []
    if len(pairs) <= EXACT_LOOKUPS:  # why: heed.store.reads.EXACT_LOOKUPS
        values = {"account_id": account_id}
        for n, (channel, address) in enumerate(pairs):
            values |= {f"channel_{channel}": channel, f"address_{n}": address}
        statement = _exact_lookups(tuple(channel for channel, _ in pairs))
        return list(session.scalars(statement, values))
    # Channels IN and addresses IN, not the pairs: SQLite answers a row-value IN by scanning
    # every suppression of the account, while this uses the index; the few extra rows of the
    # cross product are dropped here.
    rows = session.scalars(
        select(Suppression)
        .where(
            Suppression.account_id == account_id,
            Suppression.channel.in_(sorted({channel for channel, _ in pairs})),
            Suppression.address.in_(sorted({address for _, address in pairs})),
            Suppression.lifted_at.is_(None),
        )
        .order_by(Suppression.since, Suppression.id)
    )
    wanted = set(pairs)
    return [row for row in rows if (row.channel, row.address) in wanted]


def active_keys(
    session: Session, account_id: str, targets: Iterable[Target], chunk: int = 5000
) -> set[tuple[str, str, str, str]]:
    """(channel, address, scope, source) of every active suppression of these targets: what
    an import plans against, read as plain tuples, `chunk` addresses a query."""
    pairs = {(target.channel.value, target.address) for target in targets}
    addresses = {address for _, address in pairs}
    channels = {channel for channel, _ in pairs}
    return {
        key
        for key in active_on(session, account_id, channels, addresses, chunk)
        if (key[0], key[1]) in pairs
    }


def active_on(
    session: Session,
    account_id: str,
    channels: Iterable[str],
    addresses: Iterable[str],
    chunk: int = 5000,
) -> list[tuple[str, str, str, str]]:
    """(channel, address, scope, source) of every active suppression of any of these
    addresses on any of these channels, `chunk` addresses a query.

    The addresses and channels go in as one parameter each (heed.store.arrays).
    """
    wanted = sorted(set(addresses))
    on = bound(sorted(set(channels)))
    statement = text(
        "SELECT channel, address, scope, source FROM suppressions WHERE account_id = :a"
        f" AND {among(session, 'channel', 'channels')}"
        f" AND {among(session, 'address', 'addresses')} AND lifted_at IS NULL"
    )
    found: list[tuple[str, str, str, str]] = []
    for start in range(0, len(wanted), chunk):
        some = bound(wanted[start : start + chunk])
        values = {"a": account_id, "channels": on, "addresses": some}
        found += [(c, a, s, source) for c, a, s, source in session.execute(statement, values)]
    return found


def any_active(session: Session, account_id: str, channel: str, scope: str, source: str) -> bool:
    """Whether the account has an active suppression of this channel, scope and source."""
    found = session.execute(
        text(
            "SELECT 1 FROM suppressions WHERE account_id = :a AND channel = :c AND scope = :s"
            " AND source = :source AND lifted_at IS NULL LIMIT 1"
        ),
        {"a": account_id, "c": channel, "s": scope, "source": source},
    ).first()
    return found is not None


def active_by_address(
    session: Session, account_id: str, targets: Sequence[Target], chunk: int = 2000
) -> dict[str, list[ActiveSuppression]]:
    """The active suppressions of many targets, by address, `chunk` targets per query (a
    page of contacts, a bulk check): the check reads them in this form."""
    found: dict[str, list[ActiveSuppression]] = {}
    for start in range(0, len(targets), chunk):
        for row in active_suppressions(session, account_id, targets[start : start + chunk]):
            found.setdefault(row.address, []).append(as_active(row))
    return found


def active_suppressions_of(
    session: Session, account_id: str, targets: Sequence[Target]
) -> list[ActiveSuppression]:
    """The active suppressions of many targets, as the check reads them (heed.store.reads)."""
    return reads.active_suppressions_of(SessionReads(session), account_id, targets)


def active_consents_of(
    session: Session, account_id: str, targets: Sequence[Target]
) -> list[ActiveConsent]:
    """The active consents of many targets, every purpose (heed.store.reads)."""
    return reads.active_consents_of(SessionReads(session), account_id, targets)


def active_consents(session: Session, account_id: str, target: Target) -> list[ActiveConsent]:
    rows = session.scalars(
        select(Consent).where(
            Consent.account_id == account_id,
            Consent.channel == target.channel.value,
            Consent.address == target.address,
            Consent.revoked_at.is_(None),
        )
    )
    return [
        ActiveConsent(Channel(r.channel), r.address, Purpose(r.purpose), r.since, r.created_event)
        for r in rows
    ]


def create_suppression(
    session: Session,
    log: EventLog,
    *,
    target: Target,
    scope: Scope,
    source: Source,
    actor: Actor,
    reason: str | None,
    evidence: dict[str, Any],
    occurred_at: datetime | None,
    contact_id: str | None = None,
) -> Suppression:
    """Create a suppression and its event (the caller has checked no identical one is active;
    the partial unique index catches a concurrent twin)."""
    row = Suppression(
        account_id=log.account_id,
        id=new_id(),
        channel=target.channel.value,
        address=target.address,
        scope=str(scope),
        source=source.value,
        reason=reason,
        evidence=json_ready(evidence),  # as its event holds it: audit verify compares the two
        since=(occurred_at or utcnow()).astimezone(UTC),
    )
    event = log.append(
        "suppression.created",
        actor,
        source=source.value,
        channel=row.channel,
        address=row.address,
        contact_id=contact_id,
        evidence=logged_evidence(reason, evidence),
        after=_pending_snapshot(row),
        occurred_at=row.since,
    )
    row.created_event = event.seq
    session.add(row)
    return row


def logged_evidence(reason: str | None, evidence: dict[str, Any] | None) -> dict[str, Any]:
    """What a suppression's creating or lifting event records as its evidence: the reason,
    then the caller's evidence (whose own "reason" key wins); `heed audit verify` compares a
    row with its event by this (heed.store.reconcile)."""
    return {"reason": reason, **(evidence or {})}


def _pending_snapshot(row: Suppression) -> dict[str, Any]:
    # created_event is the event being written; the event's own seq identifies it.
    return {**snapshot(row), "created_event": None}


def lift_suppressions(
    session: Session,
    log: EventLog,
    rows: Sequence[Suppression],
    *,
    actor: Actor,
    reason: str,
    occurred_at: datetime | None = None,
    evidence: dict[str, Any] | None = None,
) -> list[Suppression]:
    """Mark each row lifted, with one `suppression.lifted` event each; nothing is deleted."""
    for row in rows:
        before = snapshot(row)
        row.lifted_at = (occurred_at or utcnow()).astimezone(UTC)
        row.lift_reason = reason
        event = log.append(
            "suppression.lifted",
            actor,
            source=row.source,
            channel=row.channel,
            address=row.address,
            evidence=logged_evidence(reason, evidence),
            before=before,
            after=snapshot(row),
            occurred_at=row.lifted_at,
        )
        row.lifted_event = event.seq
    return list(rows)


def record_consent(
    session: Session,
    log: EventLog,
    *,
    target: Target,
    purpose: Purpose,
    source: str,
    actor: Actor,
    evidence: dict[str, Any],
    occurred_at: datetime | None = None,
) -> Consent:
    row = Consent(
        account_id=log.account_id,
        id=new_id(),
        channel=target.channel.value,
        address=target.address,
        purpose=purpose.value,
        source=source,
        evidence=json_ready(evidence),
        since=(occurred_at or utcnow()).astimezone(UTC),
    )
    event = log.append(
        "consent.recorded",
        actor,
        source=source,
        channel=row.channel,
        address=row.address,
        evidence=evidence,
        after={"id": row.id, "purpose": row.purpose, "since": row.since},
        occurred_at=row.since,
    )
    row.created_event = event.seq
    session.add(row)
    return row
