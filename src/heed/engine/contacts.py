"""Contacts: listed and shown with their per-channel status, and changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.core.addresses import normalise_address
from heed.core.permissions import Action, require
from heed.core.rules import CheckResult
from heed.core.vocabulary import Actor, AddressKind, Channel, parse_choice
from heed.engine import checking
from heed.engine.base import Transactions
from heed.engine.results import ChannelStatus, ContactInfo
from heed.errors import AlreadyExists, BadInput, InvalidSetting
from heed.store import accounts, lists, queries
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.queries import Page
from heed.store.suppressions import Target
from heed.store.tables import Contact
from heed.store.types import utcnow


class Contacts:
    """Contacts, with their per-channel status decided by `heed.engine.checking`."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def add_contact(
        self,
        slug: str,
        *,
        actor: Actor,
        phone: str | None = None,
        email: str | None = None,
        name: str | None = None,
        external_id: str | None = None,
        at: datetime | None = None,
        fields: dict[str, Any] | None = None,
    ) -> str:
        """Create a contact; its phone and email link the person's channels together.

        `at` dates it in the past (a contact brought over from another system, the demo);
        `fields` are the contact's own values (tier, city…), as `update_contact` sets them."""
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_LIST_MEMBERSHIP)
            country = account.settings.default_country
            row = lists.create_contact(
                session,
                account,
                phone=normalise_address(Channel.SMS, phone, country) if phone else None,
                email=normalise_address(Channel.EMAIL, email) if email else None,
                name=name,
                external_id=external_id,
                at=at,
                fields=fields,
            )
            EventLog(session, account.id).append(
                "contact.created",
                actor,
                contact_id=row.id,
                after={"phone": row.phone, "email": row.email, "name": name}
                | ({"fields": fields} if fields else {}),
                occurred_at=row.created_at,
            )
            return row.id

    def list_contacts(
        self,
        slug: str,
        *,
        q: str | None = None,
        channel: str | None = None,
        status: str | None = None,
        list_name: str | None = None,
        source: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[ContactInfo]:
        """Contacts, optionally searched and filtered; `status` ("allowed" or "suppressed")
        is decided by the one decision path (`heed.engine.checking`), as the page shows it, so
        an erased person's tombstone counts for a contact re-added with the same address."""
        kind = parse_choice(Channel, channel) if channel else None
        if status not in (None, "allowed", "suppressed"):
            raise BadInput(f"status must be 'allowed' or 'suppressed', got {status!r}")
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)

            def read(after: str | None, size: int) -> Page[Contact]:
                return queries.contacts(
                    session,
                    account,
                    q=q,
                    channel=kind,
                    list_name=list_name,
                    source=source,
                    cursor=after,
                    limit=size,
                )

            if status is None:
                page = read(cursor, limit)
                return Page(_contact_infos(session, account, page.items), page.next_cursor)
            return _contacts_of_status(
                session, account, read, status == "suppressed", kind, cursor, limit
            )

    def count_contacts(
        self,
        slug: str,
        *,
        q: str | None = None,
        channel: str | None = None,
        list_name: str | None = None,
        source: str | None = None,
    ) -> int:
        """How many contacts `list_contacts` pages through with these filters, before any
        `status` filter (that one is decided per contact, so it is not counted in SQL)."""
        kind = parse_choice(Channel, channel) if channel else None
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return queries.count_contacts(
                session, account, q=q, channel=kind, list_name=list_name, source=source
            )

    def get_contact(self, slug: str, contact_id: str) -> ContactInfo:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            row = queries.get(session, account, Contact, contact_id)
            return _contact_infos(session, account, [row])[0]

    def update_contact(
        self, slug: str, contact_id: str, *, actor: Actor, changes: dict[str, Any]
    ) -> ContactInfo:
        """Change a contact's name, external id, fields, phone or email.

        Suppressions stay with the old address (they are keyed by address, on purpose): a
        changed number does not carry an opt-out to the new one, nor lose the old one's.
        """
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_LIST_MEMBERSHIP)
            row = queries.get(session, account, Contact, contact_id)
            before = _contact_fields(row)
            values = _contact_changes(account, changes)
            if not values.get("phone", row.phone) and not values.get("email", row.email):
                raise InvalidSetting("a contact needs a phone number or an email address")
            _refuse_taken(session, account, row.id, values)
            for field, value in values.items():
                setattr(row, field, value)
            row.updated_at = utcnow()
            EventLog(session, account.id).append(
                "contact.updated",
                actor,
                contact_id=row.id,
                before=before,
                after=_contact_fields(row),
            )
            session.flush()
            return _contact_infos(session, account, [row])[0]


def _contact_changes(account: AccountRef, changes: dict[str, Any]) -> dict[str, Any]:
    """Validated new values: addresses normalised, a blank name or external id is none, and
    `fields` is always an object (null clears it)."""
    values: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "phone" and value is not None:
            value = normalise_address(Channel.SMS, value, account.settings.default_country)
        elif field == "email" and value is not None:
            value = normalise_address(Channel.EMAIL, value)
        elif field in ("name", "external_id"):
            value = value.strip() or None if isinstance(value, str) else value
        elif field == "fields":
            if value is not None and not isinstance(value, dict):
                raise BadInput("a contact's fields must be an object")
            value = value or {}
        elif field not in ("phone", "email"):
            raise BadInput(f"a contact has no field {field!r} that can be changed")
        values[field] = value
    return values


def _refuse_taken(
    session: Session, account: AccountRef, contact_id: str, values: dict[str, Any]
) -> None:
    """Phone, email and external id are unique per account: say so, rather than fail."""
    for column in (Contact.phone, Contact.email, Contact.external_id):
        value = values.get(column.key)
        if value is None:
            continue
        other = session.scalars(
            select(Contact.id).where(
                Contact.account_id == account.id, column == value, Contact.id != contact_id
            )
        ).first()
        if other is not None:
            raise AlreadyExists(f"another contact of this account has {column.key} {value!r}")


def _contact_fields(row: Contact) -> dict[str, Any]:
    return {
        "phone": row.phone,
        "email": row.email,
        "name": row.name,
        "external_id": row.external_id,
        "fields": row.fields,
    }


def _contact_infos(
    session: Session, account: AccountRef, rows: Sequence[Contact]
) -> list[ContactInfo]:
    """Contacts with their per-channel marketing status, read at once for the whole page."""
    statuses = checking.check_targets(session, account, [t for r in rows for t in _targets_of(r)])
    infos = []
    for row in rows:
        channels = {t.channel.value: _status(statuses[t]) for t in _targets_of(row)}
        infos.append(
            ContactInfo(
                row.id,
                row.phone,
                row.email,
                row.name,
                row.external_id,
                row.fields,
                row.created_at,
                row.updated_at,
                row.erased_at,
                channels,
            )
        )
    return infos


def _contacts_of_status(
    session: Session,
    account: AccountRef,
    read: Callable[[str | None, int], Page[Contact]],
    suppressed: bool,
    channel: Channel | None,
    cursor: str | None,
    limit: int,
) -> Page[ContactInfo]:
    """A page of the contacts whose status on `channel` (on any, if None) is `suppressed`:
    pages of candidates are decided in bulk until `limit` match or none are left."""
    if not 1 <= limit <= queries.MAX_PAGE:
        raise BadInput(f"limit must be between 1 and {queries.MAX_PAGE}, got {limit}")
    found: list[ContactInfo] = []
    while True:
        page = read(cursor, queries.MAX_PAGE)
        for info in _contact_infos(session, account, page.items):
            barred = any(
                not each.allowed
                for name, each in info.channels.items()
                if channel is None or name == channel.value
            )
            if barred is suppressed:
                if len(found) == limit:
                    return Page(found, queries.encode_cursor(found[-1].id))
                found.append(info)
        if page.next_cursor is None:
            return Page(found, None)
        cursor = page.next_cursor


def _status(result: CheckResult) -> ChannelStatus:
    return ChannelStatus(result.allowed, tuple(result.codes))


def _targets_of(row: Contact) -> Iterator[Target]:
    if row.phone:
        yield from (Target(c, row.phone) for c in AddressKind.PHONE.channels)
    if row.email:
        yield Target(Channel.EMAIL, row.email)
