"""API keys: created with their token shown once, listed, revoked, and authenticated."""

from __future__ import annotations

from datetime import timedelta

from heed.core.permissions import Action, key_action, require
from heed.core.vocabulary import Actor, Role
from heed.engine.base import Transactions
from heed.engine.results import CreatedKey, KeyInfo
from heed.errors import BadInput
from heed.store import accounts, queries
from heed.store.accounts import ApiPrincipal
from heed.store.events import EventLog
from heed.store.tables import ApiKey
from heed.store.types import utcnow


class ApiKeys:
    """An account's API keys; `heed.Engine` forwards its methods."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def create_api_key(self, slug: str, *, name: str, role: str, actor: Actor) -> CreatedKey:
        kind = _role(role)
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, key_action(kind))
            row, token = accounts.create_api_key(session, account, name, kind)
            EventLog(session, account.id).append(
                "api_key.created", actor, after={"id": row.id, "name": name, "role": kind.value}
            )
            session.flush()
            return CreatedKey(KeyInfo.of(row), token)

    def list_api_keys(self, slug: str) -> list[KeyInfo]:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return [KeyInfo.of(row) for row in queries.api_keys(session, account)]

    def revoke_api_key(self, slug: str, key_id: str, *, actor: Actor) -> KeyInfo:
        """Revoke a key at once; the row stays, so the activity log keeps naming it."""
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_KEYS)
            row = queries.get(session, account, ApiKey, key_id)
            require(actor, key_action(Role(row.role)))
            if row.revoked_at is None:
                row.revoked_at = utcnow()
                EventLog(session, account.id).append(
                    "api_key.revoked", actor, before={"id": row.id}, after={"id": row.id}
                )
            return KeyInfo.of(row)

    def authenticate(self, token: str) -> ApiPrincipal:
        """The account and role an API key acts for, or PermissionDenied (never says why).

        Records the key's last use, at most once a minute, so a busy key costs no extra write
        per request.
        """
        with self.transactions.read() as session:
            principal, last_used = accounts.authenticate(session, token)
        now = utcnow()
        if last_used is None or now - last_used > timedelta(minutes=1):
            with self.transactions.write() as session:
                accounts.touch_api_key(session, principal, now)
        return principal


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise BadInput(f"unknown role {role!r}: expected agent, admin or support") from None
