"""The dashboard's counts: opt-outs since a moment, totals, and the review queue at a glance.

Read-only, each scoped to one account.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from heed.engine.base import Transactions
from heed.engine.results import AccountTotals, OptOutCounts, ReviewDue
from heed.store import accounts
from heed.store.tables import Contact, ReviewItem, Suppression


class Dashboard:
    """What the web UI's first page counts."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def opt_outs_since(self, slug: str, since: datetime) -> OptOutCounts:
        """Count the suppressions of account `slug` that began at or after `since`."""
        with self.transactions.read() as session:
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

    def account_totals(self, slug: str) -> AccountTotals:
        """How many contacts the account has, and how many suppressions are in force."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            contacts = session.scalar(
                select(func.count()).select_from(Contact).where(Contact.account_id == account.id)
            )
            active = session.scalar(
                select(func.count())
                .select_from(Suppression)
                .where(Suppression.account_id == account.id, Suppression.lifted_at.is_(None))
            )
        return AccountTotals(int(contacts or 0), int(active or 0))

    def review_due(self, slug: str, now: datetime) -> ReviewDue:
        """What waits in the review queue, its nearest deadline, and how much is past it."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            pending = (ReviewItem.account_id == account.id) & (ReviewItem.status == "pending")
            count, nearest = session.execute(
                select(func.count(), func.min(ReviewItem.deadline)).where(pending)
            ).one()
            overdue = session.scalar(
                select(func.count())
                .select_from(ReviewItem)
                .where(pending, ReviewItem.deadline < now)
            )
        return ReviewDue(int(count or 0), nearest, int(overdue or 0))
