"""People who sign in to the web UI: one account each, one role, an Argon2 password hash.

API keys are for programs; users are for people. Both act through the same engine with the
same roles, so the web UI can do nothing an API key of the same role could not.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from heed.core.permissions import Action, key_action, require
from heed.core.vocabulary import Actor, ActorKind, Role
from heed.engine.base import Transactions
from heed.engine.results import UserInfo
from heed.errors import AlreadyExists, BadInput, NotFound, Unauthenticated
from heed.store import accounts
from heed.store.events import EventLog
from heed.store.ids import new_id
from heed.store.tables import SignInRecord, User
from heed.store.types import utcnow

if TYPE_CHECKING:
    from argon2 import PasswordHasher
    from sqlalchemy.orm import Session

MIN_PASSWORD = 10


@cache
def _hasher() -> PasswordHasher:
    """Argon2id with the library's parameters; loaded on first use, so a command that only
    checks does not pay for it (tests/test_startup.py)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the email is unknown, so a wrong email costs as long as a wrong
    password and the login form does not tell which addresses have users."""
    return _hasher().hash("heed: no such user")


def user_info(slug: str, row: User) -> UserInfo:
    return UserInfo(row.id, slug, row.email, Role(row.role), row.created_at, row.disabled_at)


def _verify(stored: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _email(email: str) -> str:
    value = email.strip().lower()
    if "@" not in value or value.startswith("@") or value.endswith("@") or len(value) > 320:
        raise BadInput(f"{email!r} is not an email address")
    return value


def _role(role: str | Role) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise BadInput(f"unknown role {role!r}: expected agent, admin or support") from None


def _user(session: Session, account_id: str, slug: str, email: str) -> User:
    address = _email(email)
    row = session.scalars(
        select(User).where(User.account_id == account_id, User.email == address)
    ).first()
    if row is None or row.disabled_at is not None:
        raise NotFound(f"account {slug!r} has no user {address}")
    return row


def actor_names(session: Session, account_id: str) -> dict[str, str]:
    """The activity log's actor names of the account's users (`user:<id>`), as emails."""
    rows = session.execute(select(User.id, User.email).where(User.account_id == account_id))
    return {f"user:{user_id}": email for user_id, email in rows}


def _end_sign_ins(session: Session, account_id: str, user_id: str) -> None:
    mine = (SignInRecord.account_id == account_id) & (SignInRecord.user_id == user_id)
    session.execute(delete(SignInRecord).where(mine))


class Users:
    """People who sign in to the web UI, and the names the activity log shows for them."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def create_user(
        self,
        slug: str,
        email: str,
        role: str | Role,
        password: str,
        *,
        actor: Actor = Actor(ActorKind.CLI),  # noqa: B008 - frozen dataclass, safe as a default
    ) -> UserInfo:
        """Create a web user of account `slug` with an Argon2id hash of `password`.

        Raises BadInput (bad email, role or a password under 10 characters), AlreadyExists (the
        email has a user in this account), UnknownAccount, or PermissionDenied (the actor may not
        manage users; only support may create support users).
        """
        kind, address = _role(role), _email(email)
        if len(password) < MIN_PASSWORD:
            raise BadInput(f"a password needs at least {MIN_PASSWORD} characters")
        password_hash = _hasher().hash(password)
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, key_action(kind))
            taken = select(User).where(User.account_id == account.id, User.email == address)
            existing = session.scalars(taken).first()
            if existing is not None and existing.disabled_at is None:
                raise AlreadyExists(f"account {slug!r} already has a user {address}")
            if existing is not None:  # removed before: the same person comes back, same id
                existing.role, existing.password_hash = kind.value, password_hash
                existing.disabled_at = None
                EventLog(session, account.id).append(
                    "user.restored",
                    actor,
                    after={"id": existing.id, "email": address, "role": kind.value},
                )
                return user_info(slug, existing)
            row = User(
                account_id=account.id,
                id=new_id(),
                email=address,
                role=kind.value,
                password_hash=password_hash,
                created_at=utcnow(),
                disabled_at=None,
            )
            session.add(row)
            EventLog(session, account.id).append(
                "user.created", actor, after={"id": row.id, "email": address, "role": kind.value}
            )
            session.flush()
            return user_info(slug, row)

    def authenticate_user(self, slug: str, email: str, password: str) -> UserInfo:
        """The enabled user with this email and password, or Unauthenticated (never says why)."""
        refused = Unauthenticated("wrong account, email or password")
        try:
            address = _email(email)
        except BadInput:
            raise refused from None
        with self.transactions.read() as session:
            try:
                account = accounts.load_account(session, slug)
            except NotFound:
                account = None
            row = (
                session.scalars(
                    select(User).where(User.account_id == account.id, User.email == address)
                ).first()
                if account
                else None
            )
            stored = row.password_hash if row and row.password_hash else _dummy_hash()
            if not _verify(stored, password):
                raise refused
            if row is None or row.password_hash is None or row.disabled_at is not None:
                raise refused
            info = user_info(slug, row)
            stale = _hasher().check_needs_rehash(stored)
        if stale:
            self._rehash(slug, info.id, password)
        return info

    def _rehash(self, slug: str, user_id: str, password: str) -> None:
        """Upgrade a hash made with older Argon2 parameters, now that the password is known."""
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            row = session.get(User, (account.id, user_id))
            if row is not None:
                row.password_hash = _hasher().hash(password)

    def list_users(self, slug: str) -> list[UserInfo]:
        """The account's users, removed ones included (they show `disabled_at`), by email."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            rows = session.scalars(
                select(User).where(User.account_id == account.id).order_by(User.email)
            ).all()
            return [user_info(slug, row) for row in rows]

    def remove_user(
        self,
        slug: str,
        email: str,
        *,
        actor: Actor = Actor(ActorKind.CLI),  # noqa: B008 - frozen dataclass, safe as a default
    ) -> UserInfo:
        """Remove a user: they can no longer sign in, and their sign-ins end at once.

        The row stays, without its password, so the activity log still names who did what.
        """
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_KEYS)
            row = _user(session, account.id, slug, email)
            require(actor, key_action(Role(row.role)))
            row.disabled_at, row.password_hash = utcnow(), None
            _end_sign_ins(session, account.id, row.id)
            EventLog(session, account.id).append(
                "user.removed", actor, before={"id": row.id, "email": row.email, "role": row.role}
            )
            return user_info(slug, row)

    def set_password(
        self,
        slug: str,
        email: str,
        password: str,
        *,
        actor: Actor = Actor(ActorKind.CLI),  # noqa: B008 - frozen dataclass, safe as a default
    ) -> UserInfo:
        """Give a user a new password; every sign-in made with the old one ends."""
        if len(password) < MIN_PASSWORD:
            raise BadInput(f"a password needs at least {MIN_PASSWORD} characters")
        password_hash = _hasher().hash(password)
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_KEYS)
            row = _user(session, account.id, slug, email)
            require(actor, key_action(Role(row.role)))
            row.password_hash = password_hash
            _end_sign_ins(session, account.id, row.id)
            EventLog(session, account.id).append(
                "user.password_changed", actor, after={"id": row.id, "email": row.email}
            )
            return user_info(slug, row)

    def user_names(self, slug: str) -> dict[str, str]:
        """The activity log's actor names of the account's users (`user:<id>`), as emails."""
        with self.transactions.read() as session:
            return actor_names(session, accounts.load_account(session, slug).id)
