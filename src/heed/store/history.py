"""Answer "what was true at time T" by replaying an address's events up to T.

The current tables say what is true now; the event log is the only record of the past, so a
past answer comes from it alone and cannot be changed by editing a suppression row.

Two clocks (bitemporal): each event has `occurred_at`, when it happened (a provider's
timestamp, an import's date), and `recorded_at`, when heed wrote it. "What heed knew at T"
(`known_at=T`, the default of `check --at`) replays only events recorded by T, so an event
written later with an earlier time (a late webhook, a backdated `received_at`) can never change
an answer heed could already have given. "What is now known to have been true at T"
(`known_at=None`) replays every event that happened by T, whenever it was recorded.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.core.rules import ActiveConsent, ActiveSuppression
from heed.core.vocabulary import Channel, Purpose, Scope, Source
from heed.store.suppressions import Target
from heed.store.tables import Event

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
    events = session.scalars(query.order_by(Event.occurred_at, Event.seq))
    suppressions: dict[str, ActiveSuppression] = {}
    consents: list[ActiveConsent] = []
    for event in events:
        if event.kind == "suppression.created" and event.after:
            suppressions[event.after["id"]] = _suppression(event.after, event.seq)
        elif event.kind == "suppression.lifted" and event.before:
            suppressions.pop(event.before["id"], None)
        elif event.kind == "consent.recorded" and event.after:
            consents.append(
                ActiveConsent(
                    target.channel,
                    target.address,
                    Purpose(event.after["purpose"]),
                    event.occurred_at,
                    event.seq,
                )
            )
    return list(suppressions.values()), consents


def _suppression(snapshot: dict[str, Any], seq: int) -> ActiveSuppression:
    return ActiveSuppression(
        channel=Channel(snapshot["channel"]),
        address=snapshot["address"],
        scope=Scope.parse(snapshot["scope"]),
        source=Source(snapshot["source"]),
        since=datetime.fromisoformat(snapshot["since"]),
        event_id=seq,
    )
