"""Do-not-call and reassigned-numbers registries: load, list, drop, and what they say about
the numbers a check asks about (the rules themselves are in `heed.core.rules.evaluate`).

A registry is shared by every account (`account=None`) or belongs to one. Its numbers live
in files under the data directory (heed.bulk.registry), not in the database: 250 million
rows would be most of the database for a list that is replaced whole every month.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from heed.bulk.registry import (
    SHARED,
    STALE_AFTER_DAYS,
    Kind,
    Mode,
    RegistryInfo,
    RegistryStore,
    RegistryView,
)
from heed.core.permissions import Action, require
from heed.core.vocabulary import Actor, Channel, parse_choice
from heed.engine.base import Transactions
from heed.engine.results import RegistryStatus
from heed.store import accounts
from heed.store.accounts import AccountRef


class Registries:
    """Registries, loaded, listed and dropped in `store` (files under the data directory);
    `transactions` only find the account a registry belongs to."""

    def __init__(self, transactions: Transactions, store: RegistryStore) -> None:
        self.transactions = transactions
        self.store = store

    def load_registry(
        self,
        name: str,
        path: str | Path,
        *,
        kind: str = "dnc",
        mode: str = "full",
        version: date | None = None,
        account: str | None = None,
        allow_shrink: bool = False,
        actor: Actor,
    ) -> RegistryStatus:
        """Load a registry file as the registry's new version (or apply a change list)."""
        owner = self._registry_owner(account, actor)
        info = self.store.load(
            owner,
            name,
            Path(path),
            kind=parse_choice(Kind, kind),
            mode=parse_choice(Mode, mode),
            version=version,
            allow_shrink=allow_shrink,
        )
        return _status(info, datetime.now(UTC).date())

    def list_registries(self, account: str | None = None) -> list[RegistryStatus]:
        """The shared registries, and the account's own when one is named."""
        owners: Sequence[str] = (SHARED,)
        if account is not None:
            with self.transactions.read() as session:
                owners = (SHARED, accounts.load_account(session, account).id)
        today = datetime.now(UTC).date()
        return [_status(i, today) for i in self.store.list(tuple(owners))]

    def stale_registries(self) -> list[RegistryStatus]:
        """Registries of every owner older than the FTC's 31 days (for /healthz)."""
        root = self.store.root
        owners = tuple(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else ()
        today = datetime.now(UTC).date()
        return [
            _status(info, today)
            for info in self.store.list(owners)
            if info.kind is Kind.DO_NOT_CALL and info.stale(today)
        ]

    def drop_registry(self, name: str, *, account: str | None = None, actor: Actor) -> None:
        owner = self._registry_owner(account, actor)
        self.store.drop(owner, name)

    def _registry_owner(self, account: str | None, actor: Actor) -> str:
        if account is None:
            require(actor, Action.MANAGE_SETTINGS)
            return SHARED
        with self.transactions.read() as session:
            ref = accounts.load_account(session, account)
            require(actor, Action.MANAGE_SETTINGS)
            return ref.id

    def registry_view(self, account: AccountRef, channel: Channel) -> RegistryView:
        return RegistryView(self.store, account, channel)


def _status(info: RegistryInfo, today: date) -> RegistryStatus:
    return RegistryStatus(
        info.name,
        info.kind.value,
        info.owner == SHARED,
        info.version,
        info.loaded_at,
        info.numbers,
        info.bytes,
        info.source,
        info.age_days(today),
        info.stale(today),
    )


__all__ = ["STALE_AFTER_DAYS", "Registries", "RegistryStatus", "RegistryView"]
