"""Subscription lists, contacts and list membership."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, text, update
from sqlalchemy.orm import Session

from heed.core.vocabulary import Actor, Purpose
from heed.errors import AlreadyExists, InvalidSetting, NotFound
from heed.store import accounts
from heed.store.accounts import AccountRef
from heed.store.arrays import among, bound
from heed.store.events import Change, EventLog
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
    memberships are read in one query and written, with their events, in multi-row
    statements (no ORM objects: imports change thousands at a time); a contact named twice
    counts once, by its first address."""
    chosen: dict[str, Target] = {}
    for contact_id, target in members:
        chosen.setdefault(contact_id, target)
    if not chosen:
        return
    mailing_list = accounts.find_list(session, account, list_name)
    stored = statuses_of(session, account, mailing_list.id, list(chosen))
    stamp = {"subscribed_at" if status == "subscribed" else "unsubscribed_at": utcnow()}
    added: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    changes: list[Change] = []
    for contact_id, target in chosen.items():
        was = stored.get(contact_id)
        if was == status:
            continue
        key = {"account_id": account.id, "list_id": mailing_list.id, "contact_id": contact_id}
        (changed if was else added).append(key | {"status": status} | stamp)
        changes.append(
            Change(
                channel=target.channel.value,
                address=target.address,
                contact_id=contact_id,
                before={"status": was} if was else None,
                after={"list": mailing_list.name, "status": status},
            )
        )
    if added:
        session.execute(insert(ListMembership), added)
    if changed:
        session.execute(update(ListMembership), changed)  # by primary key
    log.append_all(f"list.{status}", actor, changes)


def statuses_of(
    session: Session, account: AccountRef, list_id: str, contact_ids: list[str]
) -> dict[str, str]:
    """The stored membership status of one list among these contacts, by contact id."""
    statement = text(
        "SELECT contact_id, status FROM list_memberships WHERE account_id = :a"
        f" AND list_id = :l AND {among(session, 'contact_id', 'ids')}"
    )
    values = {"a": account.id, "l": list_id, "ids": bound(contact_ids)}
    return {contact_id: status for contact_id, status in session.execute(statement, values)}
