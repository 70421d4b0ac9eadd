"""Subscription lists, contacts and list membership."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from heed.core.vocabulary import Actor, Purpose
from heed.errors import AlreadyExists, InvalidSetting, NotFound
from heed.store import accounts
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.ids import new_id
from heed.store.suppressions import Target
from heed.store.tables import Contact, ListMembership, MailingList
from heed.store.types import utcnow


def create_list(session: Session, account: AccountRef, name: str, purpose: Purpose) -> MailingList:
    name = name.strip()
    if not name or ":" in name:
        raise InvalidSetting(
            f"{name!r} is not a valid list name: it must be non-empty, without ':'"
        )
    try:
        accounts.find_list(session, account, name)
    except NotFound:
        row = MailingList(
            account_id=account.id,
            id=new_id(),
            name=name,
            purpose=purpose.value,
            triggers={},
            created_at=utcnow(),
        )
        session.add(row)
        return row
    raise AlreadyExists(f"account {account.slug!r} already has a list named {name!r}")


def create_contact(
    session: Session,
    account: AccountRef,
    *,
    phone: str | None,
    email: str | None,
    name: str | None,
    external_id: str | None,
    at: datetime | None = None,
    fields: dict[str, Any] | None = None,
) -> Contact:
    if not phone and not email:
        raise InvalidSetting("a contact needs a phone number or an email address")
    taken = accounts.contacts_with(session, account, phone, email)
    if taken:
        given = " or ".join(value for value in (phone, email) if value)
        raise AlreadyExists(f"account {account.slug!r} already has a contact with {given}")
    now = at or utcnow()
    row = Contact(
        account_id=account.id,
        id=new_id(),
        phone=phone,
        email=email,
        name=name,
        external_id=external_id,
        fields=fields or {},
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def set_membership(
    session: Session,
    log: EventLog,
    account: AccountRef,
    list_name: str,
    target: Target,
    status: str,
    actor: Actor,
) -> None:
    """Record the contact's membership of a list, if the address belongs to a contact.

    Suppressions, not memberships, decide the check: a list opt-out from an address that is no
    contact is still honoured. Membership is the list's roster for people and the UI.
    """
    contact = accounts.find_contact(session, account, target)
    if contact is None:
        return
    mailing_list = accounts.find_list(session, account, list_name)
    row = session.get(ListMembership, (account.id, mailing_list.id, contact.id))
    if row is not None and row.status == status:
        return
    now = utcnow()
    before = {"status": row.status} if row else None
    if row is None:
        row = ListMembership(account_id=account.id, list_id=mailing_list.id, contact_id=contact.id)
        session.add(row)
    row.status = status
    if status == "subscribed":
        row.subscribed_at = now
    else:
        row.unsubscribed_at = now
    log.append(
        f"list.{status}",
        actor,
        channel=target.channel.value,
        address=target.address,
        contact_id=contact.id,
        before=before,
        after={"list": mailing_list.name, "status": status},
    )
