"""The review-queue side of `Engine`: list, approve, reject, and apply what is overdue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from heed.core.permissions import require, review_action
from heed.core.vocabulary import Actor
from heed.engine.base import Transactions
from heed.engine.opt_outs import bounded_reason
from heed.engine.results import ReviewInfo
from heed.store import accounts, queries, review
from heed.store.events import EventLog
from heed.store.queries import Page
from heed.store.tables import Account, Contact, ReviewItem
from heed.store.types import utcnow


class ReviewQueue:
    """The review queue: messages that may ask to stop, held for a person to decide."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def list_review(
        self,
        slug: str,
        *,
        status: str | None = "pending",
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[ReviewInfo]:
        """Review items, oldest first (the nearest deadline first among pending ones)."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            query = select(ReviewItem).where(ReviewItem.account_id == account.id)
            if status is not None:
                query = query.where(ReviewItem.status == status)
            page = queries.paginate(session, query, ReviewItem.id, cursor, limit)
            names = _names(session, account.id, {r.address for r in page.items})
            items = [ReviewInfo.of(r, names.get(r.address)) for r in page.items]
            return Page(items, page.next_cursor)

    def decide_review(
        self, slug: str, item_id: str, *, approve: bool, actor: Actor, reason: str | None = None
    ) -> ReviewInfo:
        """Approve (the opt-out is applied) or reject one item; every decision is an event."""
        reason = bounded_reason(reason) if reason else reason
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            item = queries.get(session, account, ReviewItem, item_id)
            action = review_action(opt_in=review.is_opt_in(item), approve=approve)
            require(actor, action, account.settings)
            log = EventLog(session, account.id)
            log.lock()
            review.decide(session, log, account, item, approve=approve, actor=actor, reason=reason)
            return ReviewInfo.of(item)

    def apply_due_reviews(self, now: datetime | None = None) -> int:
        """Apply every pending item, in every account, whose deadline has passed (fail safe).

        `heed serve` runs this every minute; `heed review apply-due` runs it once.
        """
        moment = now or utcnow()
        with self.transactions.read() as session:
            slugs = list(session.scalars(select(Account.slug)))
        applied = 0
        for slug in slugs:
            with self.transactions.write() as session:
                account = accounts.load_account(session, slug)
                log = EventLog(session, account.id)
                log.lock()  # before reading: two servers sweeping never apply an item twice
                items = review.due(session, account, moment)
                for item in items:
                    review.decide(
                        session,
                        log,
                        account,
                        item,
                        approve=True,
                        actor=review.SYSTEM,
                        reason="deadline passed without a review: applied as an opt-out",
                        status="auto_applied",
                    )
                applied += len(items)
        return applied


def _names(session: Session, account_id: str, addresses: set[str]) -> dict[str, str]:
    """The contacts' names for these addresses (phone numbers or emails), where known."""
    if not addresses:
        return {}
    rows = session.execute(
        select(Contact.phone, Contact.email, Contact.name).where(
            Contact.account_id == account_id,
            Contact.erased_at.is_(None),
            or_(Contact.phone.in_(addresses), Contact.email.in_(addresses)),
        )
    )
    names: dict[str, str] = {}
    for phone, email, name in rows:
        for address in (phone, email):
            if address in addresses and name:
                names[address] = name
    return names
