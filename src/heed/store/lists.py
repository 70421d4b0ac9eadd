"""Subscription lists, contacts and list membership."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from heed.core.vocabulary import Actor, Purpose
from heed.errors import AlreadyExists, InvalidSetting, NotFound
from heed.store import accounts
from heed.store.accounts import AccountRef
from heed.store.arrays import among, bound
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
    if contact is not None:
        set_memberships(session, log, account, list_name, [(contact.id, target)], status, actor)


def set_memberships(
    session: Session,
    log: EventLog,
    account: AccountRef,
    list_name: str,
    members: Sequence[tuple[str, Target]],
    status: str,
    actor: Actor,
) -> None:
    """Record these contacts' membership of one list (contact id, and the address it was
    reached by): each contact whose status changes gets its `list.{status}` event. A batch's
    memberships are read in one query and written in the ORM's multi-row statements; a
    contact named twice counts once, by its first address."""
    chosen: dict[str, Target] = {}
    for contact_id, target in members:
        chosen.setdefault(contact_id, target)
    if not chosen:
        return
    mailing_list = accounts.find_list(session, account, list_name)
    stored = memberships_of(session, account, mailing_list.id, list(chosen))
    now = utcnow()
    for contact_id, target in chosen.items():
        row = stored.get(contact_id)
        if row is not None and row.status == status:
            continue
        before = {"status": row.status} if row else None
        if row is None:
            row = ListMembership(
                account_id=account.id, list_id=mailing_list.id, contact_id=contact_id
            )
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
            contact_id=contact_id,
            before=before,
            after={"list": mailing_list.name, "status": status},
        )


def memberships_of(
    session: Session, account: AccountRef, list_id: str, contact_ids: list[str]
) -> dict[str, ListMembership]:
    """The stored memberships of one list among these contacts, by contact id."""
    statement = text(
        "SELECT * FROM list_memberships WHERE account_id = :a AND list_id = :l"
        f" AND {among(session, 'contact_id', 'ids')}"
    )
    values = {"a": account.id, "l": list_id, "ids": bound(contact_ids)}
    rows = session.scalars(select(ListMembership).from_statement(statement), values)
    return {row.contact_id: row for row in rows}
