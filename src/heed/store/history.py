"""Answer "what was true at time T" by replaying an address's events up to T.

The current tables say what is true now; the event log is the only record of the past, so a
past answer comes from it alone and cannot be changed by editing a suppression row.

Two clocks (bitemporal): each event has `occurred_at`, when it happened (a provider's
timestamp, an import's date), and `recorded_at`, when heed wrote it. "What heed knew at T"
(`known_at=T`, the default of `check --at`) replays only events recorded by T, so an event
written later with an earlier time (a late webhook, a backdated `received_at`) can never change
an answer heed could already have given. "What is now known to have been true at T"
(`known_at=None`) replays every event that happened by T, whenever it was recorded.

A batch import's event holds a digest of its rows, not the rows (heed.store.batches): the
suppressions it created are read from their rows, joined to the event for its times, and are
as trustworthy as `heed audit verify` last found them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.core.rules import ActiveConsent, ActiveSuppression
from heed.core.vocabulary import Channel, Purpose, Scope, Source
from heed.store.batches import KIND
from heed.store.suppressions import Target
from heed.store.tables import Event, Suppression, rows_of

_REPLAYED = ("suppression.created", "suppression.lifted", "consent.recorded")


def state_at(
    session: Session,
    account_id: str,
    target: Target,
    at: datetime,
    known_at: datetime | None = None,
) -> tuple[list[ActiveSuppression], list[ActiveConsent]]:
    """The suppressions and consents of `target` that were active at `at`, as heed knew it at
    `known_at` (None: as known now)."""
    query = select(Event).where(
        Event.account_id == account_id,
        Event.channel == target.channel.value,
        Event.address == target.address,
        Event.kind.in_(_REPLAYED),
        Event.occurred_at <= at,
    )
    if known_at is not None:
        query = query.where(Event.recorded_at <= known_at)
    changes = [_Change.of(event) for event in session.scalars(query)]
    changes += _batch_rows(session, account_id, target, at, known_at)
    changes.sort(key=lambda change: (change.occurred_at, change.seq))
    suppressions: dict[str, ActiveSuppression] = {}
    consents: list[ActiveConsent] = []
    for change in changes:
        if change.created is not None:
            suppressions[change.key] = change.created
        elif change.kind == "suppression.lifted":
            suppressions.pop(change.key, None)
        elif change.purpose is not None:
            consents.append(
                ActiveConsent(
                    target.channel, target.address, change.purpose, change.occurred_at, change.seq
                )
            )
    return list(suppressions.values()), consents


@dataclass(frozen=True)
class _Change:
    """One change to the address's state, from an event or from a row a batch event wrote."""

    occurred_at: datetime
    seq: int
    kind: str
    key: str = ""  # the suppression's id
    created: ActiveSuppression | None = None
    purpose: Purpose | None = None

    @classmethod
    def of(cls, event: Event) -> _Change:
        when, seq, kind = event.occurred_at, event.seq, event.kind
        if kind == "suppression.created" and event.after:
            return cls(when, seq, kind, event.after["id"], _suppression(event.after, seq))
        if kind == "suppression.lifted" and event.before:
            return cls(when, seq, kind, event.before["id"])
        if kind == "consent.recorded" and event.after:
            return cls(when, seq, kind, purpose=Purpose(event.after["purpose"]))
        return cls(when, seq, kind)


def _batch_rows(
    session: Session,
    account_id: str,
    target: Target,
    at: datetime,
    known_at: datetime | None,
) -> list[_Change]:
    """The suppressions of `target` that batch events created by then: the event holds only
    their digest, so the rows are read, and `heed audit verify` proves them against it."""
    query = (
        select(
            Suppression.id,
            Suppression.scope,
            Suppression.source,
            Suppression.since,
            Event.occurred_at,
            Event.seq,
        )
        .join(
            Event,
            (Event.account_id == Suppression.account_id) & (Event.seq == Suppression.created_event),
        )
        .where(
            Suppression.account_id == account_id,
            rows_of(account_id, [target.address], target.channel.value),
            Suppression.row_digest.is_not(None),
            Event.kind == KIND,
            Event.occurred_at <= at,
        )
    )
    if known_at is not None:
        query = query.where(Event.recorded_at <= known_at)
    return [
        _Change(
            occurred_at,
            seq,
            KIND,
            sid,
            ActiveSuppression(
                target.channel, target.address, Scope.parse(scope), Source(source), since, seq
            ),
        )
        for sid, scope, source, since, occurred_at, seq in session.execute(query)
    ]


def _suppression(snapshot: dict[str, Any], seq: int) -> ActiveSuppression:
    return ActiveSuppression(
        channel=Channel(snapshot["channel"]),
        address=snapshot["address"],
        scope=Scope.parse(snapshot["scope"]),
        source=Source(snapshot["source"]),
        since=datetime.fromisoformat(snapshot["since"]),
        event_id=seq,
    )
