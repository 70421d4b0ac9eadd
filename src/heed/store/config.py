"""An account's configuration as inbound processing reads it, cached per process.

Every batch of inbound messages needs its account (id, name, settings), the senders the
messages went to and the lists' keyword triggers. Reading them costs three queries and more
CPU than the rest of a small batch. They change rarely, and every change goes through the ORM,
which bumps `accounts.config_version` in the same transaction (heed.store.tables). So each
transaction reads that one number, and uses the copy it holds only while the number is the
same: a change committed by any process (the CLI, another worker) is seen by the next message
after it, never a moment later. Suppressions are never cached: every transaction reads them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from heed.core.keywords import KeywordConfig, ListTrigger
from heed.errors import UnknownAccount
from heed.store.accounts import AccountRef, account_ref
from heed.store.tables import Account, MailingList, Sender

# Built once: constructing a statement costs about as much as running it.
_VERSION = select(Account.id, Account.config_version).where(Account.slug == bindparam("slug"))
_ACCOUNT = select(Account).where(Account.slug == bindparam("slug"))
_LISTS = select(MailingList.name, MailingList.triggers).where(
    MailingList.account_id == bindparam("account_id")
)
_SENDER = select(Sender).where(
    Sender.account_id == bindparam("account_id"),
    Sender.channel == bindparam("channel"),
    Sender.address == bindparam("address"),
)


@dataclass(frozen=True)
class SenderConfig:
    """What inbound processing needs of one of the account's sending addresses."""

    id: str
    scope: str
    provider_handles_keywords: bool
    replies: Mapping[str, str]
    keywords: KeywordConfig
    buttons: Mapping[str, str] = field(default_factory=dict)  # payload → intent


@dataclass
class AccountConfig:
    """One version of an account's configuration; senders are read as messages name them."""

    account: AccountRef
    version: int
    lists: Mapping[str, Mapping[str, Any]]  # list name → its triggers
    keywords: KeywordConfig  # of a message to an address that is none of the account's senders
    _senders: dict[tuple[str, str], SenderConfig | None] = field(default_factory=dict)

    def sender(self, session: Session, channel: str, address: str) -> SenderConfig | None:
        """The account's sender at (channel, address), or None if it has none there."""
        key = (channel, address)
        if key not in self._senders:
            values = {"account_id": self.account.id, "channel": channel, "address": address}
            row = session.scalars(_SENDER, values).first()
            self._senders[key] = None if row is None else self._sender_config(row)
        return self._senders[key]

    def _sender_config(self, row: Sender) -> SenderConfig:
        keywords = KeywordConfig(
            extra_opt_out=frozenset(row.extra_keywords),
            removed_opt_out=frozenset(row.removed_keywords),
            list_triggers=self.keywords.list_triggers,
        )
        return SenderConfig(
            row.id,
            row.scope,
            row.provider_handles_keywords,
            dict(row.replies),
            keywords,
            dict(row.buttons or {}),
        )


class ConfigCache:
    """Accounts' configurations by slug, each checked against its version on every use.

    Safe to share between threads: an entry is replaced whole, and two threads filling in the
    same sender store the same thing.
    """

    def __init__(self) -> None:
        self._configs: dict[str, AccountConfig] = {}

    def get(self, session: Session, slug: str) -> AccountConfig:
        """The account's configuration as committed now (UnknownAccount if there is none)."""
        current = session.execute(_VERSION, {"slug": slug}).first()
        if current is None:
            raise UnknownAccount(slug)
        cached = self._configs.get(slug)
        if cached is not None and (cached.account.id, cached.version) == tuple(current):
            return cached
        fresh = _load(session, slug)
        self._configs[slug] = fresh
        return fresh


def _load(session: Session, slug: str) -> AccountConfig:
    row = session.scalars(_ACCOUNT, {"slug": slug}).one()
    lists = {name: triggers for name, triggers in session.execute(_LISTS, {"account_id": row.id})}
    triggers = tuple(
        ListTrigger(
            list_name=name,
            keywords=frozenset(list_triggers.get("keywords", [])),
            aliases=frozenset(list_triggers.get("aliases", [])),
        )
        for name, list_triggers in lists.items()
    )
    keywords = KeywordConfig(list_triggers=triggers)
    return AccountConfig(account_ref(row), row.config_version, lists, keywords)
