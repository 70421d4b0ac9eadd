"""Do-not-call and reassigned-numbers registries: load, list, drop, and what they say about
the numbers a check asks about (the rules themselves are in `heed.core.rules.evaluate`).

A registry is shared by every account (`account=None`) or belongs to one. Its numbers live
in files under the data directory (heed.bulk.registry), not in the database: 250 million
rows would be most of the database for a list that is replaced whole every month.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

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
from heed.errors import BadInput, Conflict
from heed.store import accounts
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.tables import Account


class Registries:
    """Registries, loaded, listed and dropped in `store` (files under the data directory);
    `transactions` find the account a registry belongs to and log each load and drop."""

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
        """Load a registry file as the registry's new version (or apply a change list).

        The swap is an event (`registry.loaded`) in the log of every account the registry
        applies to, naming who loaded which file (its SHA-256), the version and the count: the
        answer a check gave under this version can be traced to the file behind it."""
        owner = self._registry_owner(account, actor)
        file = Path(path)
        parsed = parse_choice(Mode, mode)
        seen = _identity(file)
        digest = _sha256(file)

        def logged(info: RegistryInfo) -> AbstractContextManager[None]:
            if _identity(file) != seen:
                raise Conflict(f"{file} changed while it was loaded; load it again once complete")
            evidence = {"file": file.name, "sha256": digest, "changes": parsed.value}
            return self._logged("registry.loaded", owner, actor, evidence, after=_public(info))

        info = self.store.load(
            owner,
            name,
            file,
            kind=parse_choice(Kind, kind),
            mode=parsed,
            version=version,
            allow_shrink=allow_shrink,
            publishing=logged,
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
        self.store.drop(
            owner,
            name,
            lambda info: self._logged("registry.dropped", owner, actor, {}, before=_public(info)),
        )

    @contextmanager
    def _logged(
        self,
        kind: str,
        owner: str,
        actor: Actor,
        evidence: dict[str, str],
        *,
        before: dict[str, object] | None = None,
        after: dict[str, object] | None = None,
    ) -> Iterator[None]:
        """A transaction appending `kind` to the log of each account `owner`'s registry
        applies to (every account, for a shared one), the swap made inside it."""
        with self.transactions.write() as session:
            if owner == SHARED:
                applies_to = list(session.scalars(select(Account.id).order_by(Account.id)))
            else:
                applies_to = [owner]
            for account_id in applies_to:
                EventLog(session, account_id).append(
                    kind,
                    actor,
                    source="registry",
                    evidence=evidence,
                    before=before,
                    after=after,
                )
            yield

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


def _identity(path: Path) -> tuple[int, int, int, int]:
    """What tells one version of a file from another without reading it again: the file is
    read twice (hashed, then parsed), and a file still being written (a download in progress)
    must not be logged under the hash of its first part."""
    try:
        found = path.stat()
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)


def _sha256(path: Path) -> str:
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None


def _public(info: RegistryInfo) -> dict[str, object]:
    return {
        "registry": info.name,
        "kind": info.kind.value,
        "shared": info.owner == SHARED,
        "version": info.version.isoformat(),
        "numbers": info.numbers,
    }


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
