"""Accounts: created with their first admin key, listed, found, and their settings changed."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from sqlalchemy import select

from heed.core.account_settings import AccountSettings, change_errors, describe, setting_errors
from heed.core.permissions import Action, require
from heed.core.vocabulary import Actor, ActorKind, Role
from heed.engine.base import Transactions
from heed.engine.results import AccountInfo, CreatedAccount
from heed.errors import InvalidSetting
from heed.store import accounts
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.tables import Account

SYSTEM = Actor(ActorKind.SYSTEM)


class Accounts:
    """Every account on the database; an operator's view (the CLI), or one account's."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def create_account(
        self, slug: str, name: str | None = None, actor: Actor = SYSTEM
    ) -> CreatedAccount:
        """Create an account with an admin API key (the only time the key is visible)."""
        with self.transactions.write() as session:
            account = accounts.create_account(session, slug, name)
            key, token = accounts.create_api_key(session, account, "initial admin key", Role.ADMIN)
            log = EventLog(session, account.id)
            log.append("account.created", actor, after={"slug": slug, "name": account.name})
            log.append("api_key.created", actor, after={"id": key.id, "role": key.role})
        return CreatedAccount(account.id, account.slug, account.name, token, key.id)

    def list_accounts(self) -> list[AccountInfo]:
        """Every account, by slug (an operator's view: the CLI, never an API key)."""
        with self.transactions.read() as session:
            rows = session.scalars(select(Account).order_by(Account.slug)).all()
            return [AccountInfo(r.id, r.slug, r.name, r.created_at) for r in rows]

    def account(self, slug: str) -> AccountRef:
        with self.transactions.read() as session:
            return accounts.load_account(session, slug)

    def account_or_stand_in(self, slug: str) -> tuple[AccountRef, bool]:
        """The account, or a stand-in doing the same work, and whether it exists (for public
        pages, which must not tell which accounts exist: heed.store.accounts)."""
        with self.transactions.read() as session:
            return accounts.account_or_stand_in(session, slug)

    def update_settings(self, /, slug: str, actor: Actor, **changes: Any) -> AccountSettings:
        """Change some of an account's settings, all or none, as one event.

        Raises InvalidSetting naming each bad setting (`errors`), or PermissionDenied unless
        the actor may change settings. Changing nothing records nothing.
        """
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_SETTINGS)
            before = account.settings.model_dump(mode="json")
            errors = change_errors(before, {**before, **changes})
            try:
                settings = AccountSettings.model_validate({**before, **changes})
            except ValidationError as exc:
                errors = setting_errors(exc) | errors
            if errors:
                raise InvalidSetting(f"invalid account setting: {describe(errors)}", errors)
            after = settings.model_dump(mode="json")
            if after != before:
                accounts.save_settings(session, account, settings)
                EventLog(session, account.id).append(
                    "account.settings_changed", actor, before=before, after=after
                )
        return settings
