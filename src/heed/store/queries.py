"""Read-side queries for the API and UI: filtered, account-scoped, cursor-paginated lists.

Every function takes the account first and filters by it, so no query can return another
tenant's rows. Cursors are the last row's id (ULIDs sort by creation), opaque to callers.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from heed.core.vocabulary import AddressKind, Channel
from heed.errors import BadInput, NotFound
from heed.store.accounts import AccountRef
from heed.store.batches import KIND as BATCH
from heed.store.contact_batches import KIND as CONTACTS_BATCH
from heed.store.tables import (
    ApiKey,
    Consent,
    Contact,
    Event,
    ListMembership,
    MailingList,
    Sender,
    Suppression,
    rows_of,
)

MAX_PAGE = 500
T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None


def like_escaped(text: str) -> str:
    """`text` for a LIKE pattern with `\\` as its escape: its `%` and `_` match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def encode_cursor(value: str | int) -> str:
    return base64.urlsafe_b64encode(str(value).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        raise BadInput(f"invalid cursor {cursor!r}: pass back the next_cursor of a page") from None


def _cursor_value(cursor: str, numeric: bool) -> str | int:
    value = decode_cursor(cursor)
    if not numeric:
        return value
    try:
        return int(value)
    except ValueError:
        raise BadInput(f"invalid cursor {cursor!r}: pass back the next_cursor of a page") from None


def _limit(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE:
        raise BadInput(f"limit must be between 1 and {MAX_PAGE}, got {limit}")
    return limit


def paginate(
    session: Session,
    query: Select[Any],
    key: Any,
    cursor: str | None,
    limit: int,
    descending: bool = False,
) -> Page[Any]:
    """Keyset pagination by `key` (ascending, or `descending` for newest first): stable
    under concurrent inserts, O(limit)."""
    limit = _limit(limit)
    if cursor is not None:
        after = _cursor_value(cursor, key.type.python_type is int)
        query = query.where(key < after if descending else key > after)
    order = key.desc() if descending else key
    rows = list(session.scalars(query.order_by(order).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    last = getattr(rows[-1], key.key) if rows and more else None
    return Page(rows, encode_cursor(last) if last is not None else None)


def contacts(
    session: Session,
    account: AccountRef,
    *,
    q: str | None = None,
    channel: Channel | None = None,
    list_name: str | None = None,
    source: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> Page[Contact]:
    """Contacts, optionally searched and filtered by a list or by the source of a suppression
    on `channel` (their status is the engine's to decide: `Engine.list_contacts`)."""
    query = _contacts_query(account, select(Contact), q, channel, list_name, source)
    return paginate(session, query, Contact.id, cursor, limit)


def count_contacts(
    session: Session,
    account: AccountRef,
    *,
    q: str | None = None,
    channel: Channel | None = None,
    list_name: str | None = None,
    source: str | None = None,
) -> int:
    """How many contacts `contacts` pages through with the same filters."""
    query = _contacts_query(
        account, select(func.count()).select_from(Contact), q, channel, list_name, source
    )
    return session.scalar(query) or 0


def _contacts_query(
    account: AccountRef,
    query: Select[Any],
    q: str | None,
    channel: Channel | None,
    list_name: str | None,
    source: str | None,
) -> Select[Any]:
    query = query.where(Contact.account_id == account.id)
    if q:
        pattern = f"%{like_escaped(q.strip().lower())}%"  # `%` and `_` are searched as text
        query = query.where(
            or_(
                Contact.phone.like(pattern, escape="\\"),
                Contact.email.like(pattern, escape="\\"),
                Contact.name.ilike(pattern, escape="\\"),
                Contact.external_id.ilike(pattern, escape="\\"),
            )
        )
    if source is not None:
        query = query.where(_suppressed(account, channel, source=source, list_scoped=True))
    if list_name is not None:
        query = query.where(
            exists().where(
                ListMembership.account_id == account.id,
                ListMembership.contact_id == Contact.id,
                ListMembership.status == "subscribed",
                ListMembership.list_id == MailingList.id,
                MailingList.account_id == account.id,
                MailingList.name == list_name,
            )
        )
    return query


def _suppressed(
    account: AccountRef, channel: Channel | None, source: str | None, list_scoped: bool
) -> Any:
    """SQL: the contact has an active suppression (on `channel`, of `source`, if given;
    counting list-scoped ones only if `list_scoped`)."""
    channels = [channel] if channel else list(Channel)
    by_address = []
    for each in channels:
        address = Contact.email if each.address_kind is AddressKind.EMAIL else Contact.phone
        by_address.append(and_(Suppression.channel == each.value, Suppression.address == address))
    conditions = [
        Suppression.account_id == account.id,
        Suppression.lifted_at.is_(None),
        or_(*by_address),
    ]
    if source is not None:
        conditions.append(Suppression.source == source)
    if not list_scoped:
        conditions.append(Suppression.scope.not_like("list:%"))
    return exists().where(*conditions)


def suppressions(
    session: Session,
    account: AccountRef,
    *,
    channel: Channel | None = None,
    address: str | None = None,
    source: str | None = None,
    scope: str | None = None,
    active: bool | None = True,
    cursor: str | None = None,
    limit: int = 50,
    newest_first: bool = False,
) -> Page[Suppression]:
    query = select(Suppression).where(
        *_suppression_filters(account, channel, address, source, scope, active)
    )
    return paginate(session, query, Suppression.id, cursor, limit, descending=newest_first)


def count_suppressions(
    session: Session,
    account: AccountRef,
    *,
    channel: Channel | None = None,
    address: str | None = None,
    source: str | None = None,
    active: bool | None = True,
) -> int:
    """How many suppressions `suppressions` would page through with the same filters."""
    filters = _suppression_filters(account, channel, address, source, None, active)
    return session.scalar(select(func.count()).select_from(Suppression).where(*filters)) or 0


def _suppression_filters(
    account: AccountRef,
    channel: Channel | None,
    address: str | None,
    source: str | None,
    scope: str | None,
    active: bool | None,
) -> list[Any]:
    filters: list[Any] = [Suppression.account_id == account.id]
    for column, value in (
        (Suppression.channel, channel.value if channel else None),
        (Suppression.address, address),
        (Suppression.source, source),
        (Suppression.scope, scope),
    ):
        if value is not None:
            filters.append(column == value)
    if active is not None:
        lifted = Suppression.lifted_at
        filters.append(lifted.is_(None) if active else lifted.is_not(None))
    elif address is not None:  # active and lifted: each through its index
        filters.append(rows_of(account.id, [address], channel.value if channel else None))
    return filters


def events(
    session: Session,
    account: AccountRef,
    *,
    contact_id: str | None = None,
    address: str | None = None,
    source: str | None = None,
    kind: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> Page[Event]:
    query = select(Event).where(Event.account_id == account.id)
    if contact_id is not None:
        query = query.where(_about_contact(session, account, contact_id))
    if address is not None:
        query = query.where(_about_addresses(account, [address]))
    for column, value in (
        (Event.source, source),
        (Event.kind, kind),
    ):
        if value is not None:
            query = query.where(column == value)
    if since is not None:
        query = query.where(Event.occurred_at >= _aware(since))
    if until is not None:
        query = query.where(Event.occurred_at < _aware(until))
    return paginate(session, query, Event.seq, cursor, limit)


def _about_contact(session: Session, account: AccountRef, contact_id: str) -> Any:
    """SQL: the event names the contact, is the import batch that created it, or happened to
    one of its addresses.

    Opt-outs are keyed by address, not contact (they outlive it), so their events name no
    contact; a contact's history still has to show them. A batch import's event names none of
    the contacts it created (heed.store.contact_batches); their rows name it.
    """
    created = select(Contact.created_event).where(
        Contact.account_id == account.id, Contact.id == contact_id
    )
    named = or_(
        Event.contact_id == contact_id,
        and_(Event.kind == CONTACTS_BATCH, Event.seq.in_(created)),
    )
    addresses = addresses_of(session, account, contact_id)
    if not addresses:
        return named
    return or_(named, _about_addresses(account, addresses))


def addresses_of(session: Session, account: AccountRef, contact_id: str) -> list[str]:
    """The contact's phone and email (none: no such contact, or erased)."""
    contact = session.get(Contact, (account.id, contact_id))
    return [a for a in (contact.phone, contact.email) if a] if contact else []


def _about_addresses(account: AccountRef, addresses: list[str]) -> Any:
    """SQL: the event names one of the addresses, or is the batch import that created one of
    their suppressions (its rows, not the event, name them: heed.store.batches)."""
    batch_events = select(Suppression.created_event).where(
        Suppression.account_id == account.id,
        rows_of(account.id, addresses),
        Suppression.row_digest.is_not(None),
    )
    return or_(Event.address.in_(addresses), and_(Event.kind == BATCH, Event.seq.in_(batch_events)))


def _aware(moment: datetime) -> datetime:
    """A time without a zone is UTC, as everywhere in heed's API."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def consents(
    session: Session, account: AccountRef, *, address: str | None, cursor: str | None, limit: int
) -> Page[Consent]:
    query = select(Consent).where(Consent.account_id == account.id)
    if address is not None:
        query = query.where(Consent.address == address)
    return paginate(session, query, Consent.id, cursor, limit)


def senders(session: Session, account: AccountRef) -> Sequence[Sender]:
    return session.scalars(
        select(Sender).where(Sender.account_id == account.id).order_by(Sender.id)
    ).all()


def lists(session: Session, account: AccountRef) -> Sequence[MailingList]:
    return session.scalars(
        select(MailingList).where(MailingList.account_id == account.id).order_by(MailingList.name)
    ).all()


def api_keys(session: Session, account: AccountRef) -> Sequence[ApiKey]:
    return session.scalars(
        select(ApiKey).where(ApiKey.account_id == account.id).order_by(ApiKey.id)
    ).all()


def get(session: Session, account: AccountRef, model: type[T], object_id: str) -> T:
    """One object of the account by id; another account's object is simply not found."""
    row = session.get(model, (account.id, object_id))
    if row is None:
        noun = (
            str(getattr(model, "__tablename__", model.__name__)).removesuffix("s").replace("_", " ")
        )
        raise NotFound(f"no {noun} {object_id!r} in account {account.slug!r}")
    return row
