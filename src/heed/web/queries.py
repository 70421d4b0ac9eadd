"""Read queries the web UI needs that the engine does not offer (yet); account-scoped.

Each takes the account slug, loads the account, and filters every table by its id, so no
query here can read another account's rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from heed.store import accounts
from heed.store.tables import Contact, ReceivedMessage, ReviewItem, Suppression, User

if TYPE_CHECKING:
    from heed.engine import Engine


@dataclass(frozen=True)
class OptOutCounts:
    """Suppressions recorded since a moment, by source and by channel."""

    total: int
    by_source: dict[str, int]
    by_channel: dict[str, int]


@dataclass(frozen=True)
class Totals:
    contacts: int
    active_suppressions: int


def opt_outs_since(engine: Engine, slug: str, since: datetime) -> OptOutCounts:
    """Count the suppressions of account `slug` that began at or after `since`."""
    with engine._read() as session:
        account = accounts.load_account(session, slug)
        rows = session.execute(
            select(Suppression.source, Suppression.channel, func.count())
            .where(Suppression.account_id == account.id, Suppression.since >= since)
            .group_by(Suppression.source, Suppression.channel)
        ).all()
    by_source: dict[str, int] = {}
    by_channel: dict[str, int] = {}
    for source, channel, count in rows:
        by_source[source] = by_source.get(source, 0) + count
        by_channel[channel] = by_channel.get(channel, 0) + count
    return OptOutCounts(sum(by_source.values()), by_source, by_channel)


def totals(engine: Engine, slug: str) -> Totals:
    with engine._read() as session:
        account = accounts.load_account(session, slug)
        contacts = session.scalar(
            select(func.count()).select_from(Contact).where(Contact.account_id == account.id)
        )
        active = session.scalar(
            select(func.count())
            .select_from(Suppression)
            .where(Suppression.account_id == account.id, Suppression.lifted_at.is_(None))
        )
    return Totals(int(contacts or 0), int(active or 0))


@dataclass(frozen=True)
class ReviewDue:
    """The review queue at a glance: what waits, the nearest deadline, what is past it."""

    pending: int
    nearest: datetime | None
    overdue: int


def review_due(engine: Engine, slug: str, now: datetime) -> ReviewDue:
    with engine._read() as session:
        account = accounts.load_account(session, slug)
        pending = (ReviewItem.account_id == account.id) & (ReviewItem.status == "pending")
        count, nearest = session.execute(
            select(func.count(), func.min(ReviewItem.deadline)).where(pending)
        ).one()
        overdue = session.scalar(
            select(func.count()).select_from(ReviewItem).where(pending, ReviewItem.deadline < now)
        )
    return ReviewDue(int(count or 0), nearest, int(overdue or 0))


def user_names(engine: Engine, slug: str) -> dict[str, str]:
    """The activity log's actor names of the account's users (`user:<id>`), as emails."""
    with engine._read() as session:
        account = accounts.load_account(session, slug)
        rows = session.execute(
            select(User.id, User.email).where(User.account_id == account.id)
        ).all()
    return {f"user:{user_id}": email for user_id, email in rows}


@dataclass(frozen=True)
class InboxMessage:
    id: str
    channel: str
    from_address: str
    to_address: str
    body: str
    received_at: datetime
    intent: str
    keyword: str | None
    reply: str | None


def inbox(
    engine: Engine, slug: str, *, before: str | None = None, limit: int = 50
) -> tuple[list[InboxMessage], str | None]:
    """The account's received messages, newest first, without those from blocked addresses
    (docs/design.md §1: recorded but not shown); and the cursor of the next (older) page."""
    with engine._read() as session:
        account = accounts.load_account(session, slug)
        query = select(ReceivedMessage).where(
            ReceivedMessage.account_id == account.id, ReceivedMessage.hidden.is_(False)
        )
        if before:
            query = query.where(ReceivedMessage.id < before)
        rows = list(session.scalars(query.order_by(ReceivedMessage.id.desc()).limit(limit + 1)))
    items = [
        InboxMessage(
            r.id,
            r.channel,
            r.from_address,
            r.to_address,
            r.body,
            r.received_at,
            r.intent,
            r.keyword,
            r.reply,
        )
        for r in rows[:limit]
    ]
    return items, (items[-1].id if len(rows) > limit else None)
