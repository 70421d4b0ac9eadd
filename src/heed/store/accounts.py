"""Accounts and what belongs to them directly: API keys, senders, lists and contacts."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, object_session

from heed.core.account_settings import AccountSettings
from heed.core.vocabulary import AddressKind, Channel, Role
from heed.errors import (
    AlreadyExists,
    InvalidSetting,
    NotFound,
    Unauthenticated,
    UnknownSender,
)
from heed.store import reads
from heed.store.db import SessionReads, keyring_of
from heed.store.events import start_chain
from heed.store.ids import new_id
from heed.store.reads import AccountRef as AccountRef  # defined with the reads a check makes
from heed.store.reads import Target
from heed.store.tables import Account, ApiKey, Contact, MailingList, Sender
from heed.store.types import utcnow

SLUG_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
KEY_PREFIX = "heed"


def account_ref(row: Account) -> AccountRef:
    """The account of an ORM row (its settings as stored, validated when first read)."""
    session = object_session(row)
    assert session is not None, "an account row is read in a session"
    return reads.account_ref(
        keyring_of(session), row.id, row.slug, row.name, row.settings, row.legacy_tombstone_key
    )


def create_account(session: Session, slug: str, name: str | None) -> AccountRef:
    if not SLUG_PATTERN.match(slug):
        raise InvalidSetting(
            f"{slug!r} is not a valid account slug: use 1-63 lower-case letters, digits and "
            "hyphens, starting and ending with a letter or digit"
        )
    if session.scalars(select(Account.id).where(Account.slug == slug)).first():
        raise AlreadyExists(f"account {slug!r} already exists")
    row = Account(
        id=new_id(),
        slug=slug,
        name=name or slug,
        settings={},
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    start_chain(session, row.id)
    return account_ref(row)


def load_account(session: Session, slug: str) -> AccountRef:
    """The account with this slug: the same read `heed check` makes (heed.store.reads)."""
    return reads.load_account(SessionReads(session), slug)


#: The id of the account that stands in for one that does not exist (`account_or_stand_in`):
#: random per process, so never a real account's, and fixed, so its keys are derived once,
#: like a real account's.
STAND_IN_ID = f"stand-in-{secrets.token_hex(8)}"


def account_or_stand_in(session: Session, slug: str) -> tuple[AccountRef, bool]:
    """The account, or a stand-in with default settings and keys of its own; and whether the
    account exists.

    For public endpoints (issue 16, row 10): they do the same work for an account that does
    not exist (the same read, settings validated, keys derived, a signature checked against
    them) and so answer the same, and in the same time, as for one that does.
    """
    row = session.scalars(select(Account).where(Account.slug == slug)).first()
    if row is not None:
        account, exists = account_ref(row), True
    else:
        keys = keyring_of(session).account(STAND_IN_ID, None)
        account, exists = AccountRef(STAND_IN_ID, slug, slug, {}, keys), False
    _ = account.settings  # validated for both alike: the same work
    return account, exists


def account_by_id(session: Session, account_id: str) -> AccountRef:
    """The account with this id, for system work that starts from a row (the outbox)."""
    row = session.get(Account, account_id)
    if row is None:
        raise NotFound(f"no account with id {account_id!r}")
    return account_ref(row)


def save_settings(session: Session, account: AccountRef, settings: AccountSettings) -> None:
    row = session.get(Account, account.id)
    assert row is not None
    row.settings = settings.model_dump(mode="json", exclude_defaults=True)


def hash_key(token: str) -> str:
    """API keys are long random secrets, so a plain SHA-256 is enough (no slow KDF needed)."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_api_key(
    session: Session, account: AccountRef, name: str, role: Role
) -> tuple[ApiKey, str]:
    """Create a key and return it with its token; the token is shown once and never stored."""
    token = f"{KEY_PREFIX}_{account.id}_{secrets.token_urlsafe(32)}"
    row = ApiKey(
        account_id=account.id,
        id=new_id(),
        name=name,
        role=role.value,
        key_hash=hash_key(token),
        created_at=utcnow(),
    )
    session.add(row)
    return row, token


@dataclass(frozen=True)
class ApiPrincipal:
    """Who an API request acts as: always one account, one key, one role."""

    account_slug: str
    account_id: str
    key_id: str
    role: Role


def authenticate(session: Session, token: str) -> tuple[ApiPrincipal, datetime | None]:
    """Resolve an API key to its principal and last use; every failure is the same
    PermissionDenied, so keys can't be probed."""
    prefix, _, rest = token.partition("_")
    account_id, _, secret = rest.partition("_")
    denied = Unauthenticated("invalid or revoked API key")
    if prefix != KEY_PREFIX or not account_id or not secret:
        raise denied
    row = session.scalars(
        select(ApiKey).where(ApiKey.account_id == account_id, ApiKey.key_hash == hash_key(token))
    ).first()
    if row is None or row.revoked_at is not None:
        raise denied
    account = session.get(Account, account_id)
    assert account is not None
    return ApiPrincipal(account.slug, account.id, row.id, Role(row.role)), row.last_used_at


def touch_api_key(session: Session, principal: ApiPrincipal, when: datetime) -> None:
    row = session.get(ApiKey, (principal.account_id, principal.key_id))
    if row is not None:
        row.last_used_at = when


def provider_secrets(
    session: Session, account: AccountRef, provider: str
) -> list[tuple[str, dict[str, Any]]]:
    rows = session.execute(
        select(Sender.secret, Sender.provider_options).where(
            Sender.account_id == account.id, Sender.provider == provider, Sender.secret.is_not(None)
        )
    ).all()
    unique: dict[str, dict[str, Any]] = {}
    for secret, options in rows:
        if secret:
            unique.setdefault(secret, options or {})
    return list(unique.items())


def find_sender(session: Session, account: AccountRef, channel: str, address: str) -> Sender | None:
    return session.scalars(
        select(Sender).where(
            Sender.account_id == account.id, Sender.channel == channel, Sender.address == address
        )
    ).first()


def sender_addresses(session: Session, account: AccountRef, channel: Channel) -> list[str]:
    """The addresses of the account's senders on `channel`, sorted."""
    return sorted(
        session.scalars(
            select(Sender.address).where(
                Sender.account_id == account.id, Sender.channel == channel.value
            )
        )
    )


def known_sender(session: Session, account: AccountRef, channel: Channel, address: str) -> str:
    """`address` (normalised) if the account has it as a `channel` sender, else UnknownSender
    naming the senders it has: the one rule for every scope that names a sender."""
    if find_sender(session, account, channel.value, address) is not None:
        return address
    raise unknown_sender(account, channel, address, sender_addresses(session, account, channel))


def unknown_sender(
    account: AccountRef, channel: Channel, address: str, senders: list[str]
) -> UnknownSender:
    have = (
        f"its {channel} senders: {', '.join(senders)}"
        if senders
        else f"it has no {channel} senders (add one with `heed sender add`)"
    )
    return UnknownSender(
        f"account {account.slug!r} has no {channel} sender {address}; {have}", senders
    )


def find_list(session: Session, account: AccountRef, name: str) -> MailingList:
    row = session.scalars(
        select(MailingList).where(MailingList.account_id == account.id, MailingList.name == name)
    ).first()
    if row is None:
        raise reads.no_such_list(account, name)
    return row


def find_contact(session: Session, account: AccountRef, target: Target) -> Contact | None:
    column = Contact.email if target.channel.address_kind is AddressKind.EMAIL else Contact.phone
    return session.scalars(
        select(Contact).where(Contact.account_id == account.id, column == target.address)
    ).first()


def contacts_with(
    session: Session, account: AccountRef, phone: str | None, email: str | None
) -> list[Contact]:
    conditions = [c == v for c, v in ((Contact.phone, phone), (Contact.email, email)) if v]
    if not conditions:
        return []
    return list(
        session.scalars(select(Contact).where(Contact.account_id == account.id, or_(*conditions)))
    )


def person_targets(session: Session, account: AccountRef, target: Target) -> list[Target]:
    """Every (channel, address) that reaches the person behind `target`.

    Used where a change applies to the person on every channel: a block, or an opt-out in an
    account with `opt_out_channels=all`. The contact record links a phone to an email.
    """
    return targets_of_person(target, find_contact(session, account, target))


def targets_of_person(target: Target, contact: Contact | None) -> list[Target]:
    """`person_targets` for a contact already loaded (or None): bulk work loads them at once."""
    addresses: set[tuple[AddressKind, str | None]] = {(target.channel.address_kind, target.address)}
    if contact is not None:
        addresses |= {(AddressKind.PHONE, contact.phone), (AddressKind.EMAIL, contact.email)}
    return [
        Target(channel, address)
        for kind, address in sorted(addresses, key=str)
        if address
        for channel in kind.channels
    ]


def add_sender(session: Session, account: AccountRef, channel: Channel, address: str) -> Sender:
    """A new sender with default settings (the caller applies the validated ones)."""
    if find_sender(session, account, channel.value, address) is not None:
        raise AlreadyExists(f"account {account.slug!r} already has {channel} sender {address}")
    row = Sender(
        account_id=account.id,
        id=new_id(),
        channel=channel.value,
        address=address,
        scope="inherit",
        provider="generic",
        provider_handles_keywords=False,
        extra_keywords=[],
        removed_keywords=[],
        replies={},
        provider_options={},
        created_at=utcnow(),
    )
    session.add(row)
    return row
