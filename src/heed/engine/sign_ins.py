"""Sign-ins to the web UI: the server's record of each, so signing out ends it for good.

The web UI (heed.web.sign_ins) keeps a random token in a signed cookie; heed stores only its
SHA-256, with when the sign-in expires or ended. Each request finds its user in one query,
so a removed user, or one whose password changed, is out at once.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, or_, select, update

from heed.engine.base import Transactions
from heed.engine.results import UserInfo
from heed.engine.users import user_info
from heed.errors import NotFound
from heed.store import accounts
from heed.store.tables import SignInRecord, User
from heed.store.types import utcnow

#: How long a sign-in lasts: a working day; then sign in again.
SIGN_IN_SECONDS = 12 * 3600


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SignIns:
    """Open, find and end sign-ins; every method is scoped to one account."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def sign_in_keys(self, slug: str) -> list[bytes] | None:
        """The keys that sign the account's sign-in cookies, current first; None if there is
        no such account (heed.server_key: a rotation signs nobody out)."""
        try:
            with self.transactions.read() as session:
                return accounts.load_account(session, slug).keys.sign_ins
        except NotFound:
            return None

    def open_sign_in(self, user: UserInfo) -> str:
        """Record a new sign-in of `user`; return its token (the cookie carries it).

        Also forgets the user's sign-ins that ended or expired, so the table stays small.
        """
        token, now = secrets.token_urlsafe(32), utcnow()
        with self.transactions.write() as session:
            account = accounts.load_account(session, user.account_slug)
            session.execute(
                delete(SignInRecord).where(
                    SignInRecord.account_id == account.id,
                    SignInRecord.user_id == user.id,
                    or_(SignInRecord.ended_at.is_not(None), SignInRecord.expires_at <= now),
                )
            )
            session.add(
                SignInRecord(
                    account_id=account.id,
                    id=_hash(token),
                    user_id=user.id,
                    created_at=now,
                    expires_at=now + timedelta(seconds=SIGN_IN_SECONDS),
                    ended_at=None,
                )
            )
        return token

    def signed_in_user(self, slug: str, token: str) -> UserInfo | None:
        """The enabled user of a sign-in that has not ended or expired, or None."""
        with self.transactions.read() as session:
            try:
                account = accounts.load_account(session, slug)
            except NotFound:
                return None
            joined = (SignInRecord.account_id == User.account_id) & (
                SignInRecord.user_id == User.id
            )
            row = session.scalars(
                select(User)
                .join(SignInRecord, joined)
                .where(
                    SignInRecord.account_id == account.id,
                    SignInRecord.id == _hash(token),
                    SignInRecord.ended_at.is_(None),
                    SignInRecord.expires_at > utcnow(),
                    User.disabled_at.is_(None),
                )
            ).first()
            return user_info(slug, row) if row is not None else None

    def end_sign_in(self, slug: str, token: str) -> None:
        """End a sign-in: its cookie, and every copy of it, signs nobody in any more."""
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            session.execute(
                update(SignInRecord)
                .where(SignInRecord.account_id == account.id, SignInRecord.id == _hash(token))
                .values(ended_at=utcnow())
            )
