"""The records side of `Engine`: API keys, contacts, suppressions by id, events, bulk checks.

A mixin only to keep engine.py readable; every method is still one transaction on the same
engine, scoped to one account, with roles checked here like everywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from heed.core.addresses import address_to_find, normalise_address, normalise_sender
from heed.core.permissions import Action, lift_action, require
from heed.core.rules import CheckRequest, CheckResult, evaluate, invalid_address
from heed.core.vocabulary import (
    OPT_OUT_SOURCES,
    Actor,
    AddressKind,
    Channel,
    Purpose,
    Role,
    Source,
)
from heed.errors import (
    AlreadyExists,
    BadInput,
    InvalidAddress,
    InvalidSetting,
    NotFound,
    PermissionDenied,
    ResubscribeRefused,
)
from heed.results import SuppressionInfo
from heed.store import accounts, queries
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.lists import set_membership
from heed.store.queries import Page
from heed.store.suppressions import (
    Target,
    active_consents,
    active_suppressions,
    as_active,
    lift_suppressions,
    record_consent,
)
from heed.store.tables import (
    ApiKey,
    Consent,
    Contact,
    Event,
    IdempotencyKey,
    ListMembership,
    MailingList,
    Suppression,
)
from heed.store.types import utcnow

MAX_BULK = 10_000


@dataclass(frozen=True)
class KeyInfo:
    id: str
    name: str
    role: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class CreatedKey:
    key: KeyInfo
    token: str  # shown once; only its hash is stored


@dataclass(frozen=True)
class ChannelStatus:
    allowed: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ContactInfo:
    id: str
    phone: str | None
    email: str | None
    name: str | None
    external_id: str | None
    fields: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    erased_at: datetime | None
    channels: dict[str, ChannelStatus]  # marketing status per channel, no sender: fail safe


@dataclass(frozen=True)
class EventInfo:
    id: int
    occurred_at: datetime
    recorded_at: datetime
    kind: str
    actor: str
    source: str | None
    channel: str | None
    address: str | None
    contact_id: str | None
    evidence: dict[str, Any]
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    hash: str


@dataclass(frozen=True)
class ListInfo:
    id: str
    name: str
    purpose: str
    created_at: datetime


@dataclass(frozen=True)
class ConsentInfo:
    id: str
    channel: str
    address: str
    purpose: str
    source: str
    since: datetime
    event_id: int

    @classmethod
    def of(cls, row: Consent) -> ConsentInfo:
        return cls(
            row.id, row.channel, row.address, row.purpose, row.source, row.since, row.created_event
        )


#: The status of a claimed Idempotency-Key whose request has not answered yet.
PENDING = 0


@dataclass(frozen=True)
class StoredResponse:
    request_hash: str
    status: int
    body: dict[str, Any]


@dataclass(frozen=True)
class MemberInfo:
    contact_id: str
    name: str | None
    phone: str | None
    email: str | None
    status: str
    subscribed_at: datetime | None
    unsubscribed_at: datetime | None

    @classmethod
    def of(cls, membership: ListMembership, contact: Contact) -> MemberInfo:
        return cls(
            contact.id,
            contact.name,
            contact.phone,
            contact.email,
            membership.status,
            membership.subscribed_at,
            membership.unsubscribed_at,
        )


@dataclass(frozen=True)
class BulkAnswer:
    address: str
    allowed: bool
    reasons: tuple[str, ...]


def _key_info(row: ApiKey) -> KeyInfo:
    return KeyInfo(row.id, row.name, row.role, row.created_at, row.last_used_at, row.revoked_at)


def _event_info(row: Event) -> EventInfo:
    return EventInfo(
        row.seq,
        row.occurred_at,
        row.recorded_at,
        row.kind,
        row.actor,
        row.source,
        row.channel,
        row.address,
        row.contact_id,
        row.evidence,
        row.before,
        row.after,
        row.hash,
    )


class Records:
    """Mixed into `heed.Engine`; relies on its transactions and its check."""

    if TYPE_CHECKING:

        def _read(self) -> AbstractContextManager[Session]: ...
        def _write(self) -> AbstractContextManager[Session]: ...

    # -- API keys ---------------------------------------------------------------------------

    def create_api_key(self, slug: str, *, name: str, role: str, actor: Actor) -> CreatedKey:
        kind = _role(role)
        with self._write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_KEYS)
            if kind is Role.SUPPORT and actor.role is not Role.SUPPORT and actor.role is not None:
                raise PermissionDenied("only support may create support keys")
            row, token = accounts.create_api_key(session, account, name, kind)
            EventLog(session, account.id).append(
                "api_key.created", actor, after={"id": row.id, "name": name, "role": kind.value}
            )
            session.flush()
            return CreatedKey(_key_info(row), token)

    def list_api_keys(self, slug: str) -> list[KeyInfo]:
        with self._read() as session:
            account = accounts.load_account(session, slug)
            return [_key_info(row) for row in queries.api_keys(session, account)]

    def revoke_api_key(self, slug: str, key_id: str, *, actor: Actor) -> KeyInfo:
        """Revoke a key at once; the row stays, so the activity log keeps naming it."""
        with self._write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_KEYS)
            row = queries.get(session, account, ApiKey, key_id)
            if row.revoked_at is None:
                row.revoked_at = utcnow()
                EventLog(session, account.id).append(
                    "api_key.revoked", actor, before={"id": row.id}, after={"id": row.id}
                )
            return _key_info(row)

    # -- contacts ---------------------------------------------------------------------------

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
        kind = _channel(channel) if channel else None
        with self._read() as session:
            account = accounts.load_account(session, slug)
            page = queries.contacts(
                session,
                account,
                q=q,
                channel=kind,
                status=status,
                list_name=list_name,
                source=source,
                cursor=cursor,
                limit=limit,
            )
            return Page(_contact_infos(session, account, page.items), page.next_cursor)

    def get_contact(self, slug: str, contact_id: str) -> ContactInfo:
        with self._read() as session:
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
        with self._write() as session:
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

    # -- suppressions ------------------------------------------------------------------------

    def list_suppressions(
        self,
        slug: str,
        *,
        channel: str | None = None,
        address: str | None = None,
        source: str | None = None,
        scope: str | None = None,
        active: bool | None = True,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[SuppressionInfo]:
        kind = _channel(channel) if channel else None
        with self._read() as session:
            account = accounts.load_account(session, slug)
            if address is not None:
                address = address_to_find(kind, address, account.settings.default_country)
            page = queries.suppressions(
                session,
                account,
                channel=kind,
                address=address,
                source=source,
                scope=scope,
                active=active,
                cursor=cursor,
                limit=limit,
            )
            return Page([SuppressionInfo.of(r) for r in page.items], page.next_cursor)

    def get_suppression(self, slug: str, suppression_id: str) -> SuppressionInfo:
        with self._read() as session:
            account = accounts.load_account(session, slug)
            return SuppressionInfo.of(queries.get(session, account, Suppression, suppression_id))

    def lift_suppression(
        self, slug: str, suppression_id: str, *, actor: Actor, reason: str
    ) -> SuppressionInfo:
        """Lift one suppression by id, with the role its source demands.

        Opt-outs need an admin (resubscribing), blocks need unblock rights, blacklists need
        support; a carrier opt-out is only lifted by the person's own START, and nothing is
        lifted while a block or blacklist on the same address stands.
        """
        if not reason or not reason.strip():
            raise BadInput("a reason is required to lift a suppression: it is written into the log")
        with self._write() as session:
            account = accounts.load_account(session, slug)
            row = queries.get(session, account, Suppression, suppression_id)
            action = lift_action(Source(row.source))
            require(actor, action or Action.RESUBSCRIBE)
            if row.lifted_at is not None:
                return SuppressionInfo.of(row)
            if action is None:
                raise ResubscribeRefused(
                    "a carrier opt-out is lifted only by the person's own START to that number"
                )
            if row.source in OPT_OUT_SOURCES:
                target = Target(Channel(row.channel), row.address)
                barring = [
                    r.source
                    for r in active_suppressions(session, account.id, [target])
                    if r.source in (Source.BLOCK, Source.BLACKLIST)
                ]
                if barring:
                    raise ResubscribeRefused(
                        f"{row.address} is {barring[0]}ed: lift that first, then the opt-out"
                    )
            log = EventLog(session, account.id)
            lift_suppressions(session, log, [row], actor=actor, reason=reason.strip())
            return SuppressionInfo.of(row)

    # -- the activity log, consents, lists ----------------------------------------------------

    def list_events(
        self,
        slug: str,
        *,
        contact_id: str | None = None,
        address: str | None = None,
        source: str | None = None,
        kind: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[EventInfo]:
        with self._read() as session:
            account = accounts.load_account(session, slug)
            if address is not None:
                address = address_to_find(None, address, account.settings.default_country)
            page = queries.events(
                session,
                account,
                contact_id=contact_id,
                address=address,
                source=source,
                kind=kind,
                since=since,
                until=until,
                cursor=cursor,
                limit=limit,
            )
            return Page([_event_info(r) for r in page.items], page.next_cursor)

    def list_lists(self, slug: str) -> list[ListInfo]:
        with self._read() as session:
            account = accounts.load_account(session, slug)
            return [_list_info(row) for row in queries.lists(session, account)]

    def get_list(self, slug: str, list_id: str) -> ListInfo:
        with self._read() as session:
            account = accounts.load_account(session, slug)
            return _list_info(queries.get(session, account, MailingList, list_id))

    def add_list_member(
        self, slug: str, list_id: str, channel: str, address: str, *, actor: Actor
    ) -> None:
        """Subscribe the contact with this address to the list with this id.

        Membership is the roster of people, so an address that is no contact is NotFound
        rather than silently ignored (as `add_to_list` does for imports).
        """
        kind = _channel(channel)
        with self._write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_LIST_MEMBERSHIP)
            mailing_list = queries.get(session, account, MailingList, list_id)
            target = Target(
                kind, normalise_address(kind, address, account.settings.default_country)
            )
            if accounts.find_contact(session, account, target) is None:
                raise NotFound(
                    f"no contact with {kind} address {target.address} in account {slug!r}: "
                    "create the contact first"
                )
            scope = f"list:{mailing_list.name}"
            if any(r.scope == scope for r in active_suppressions(session, account.id, [target])):
                # Putting back on the list someone who left it is resubscribing them.
                raise ResubscribeRefused(
                    f"{target.address} unsubscribed from {mailing_list.name!r}: only lifting "
                    "that opt-out (an admin, with a reason) or their own opt-in brings them back"
                )
            log = EventLog(session, account.id)
            set_membership(session, log, account, mailing_list.name, target, "subscribed", actor)

    def list_members(
        self, slug: str, list_id: str, *, cursor: str | None = None, limit: int = 50
    ) -> Page[MemberInfo]:
        """A list's roster: every contact who joined it, subscribed or not any more."""
        with self._read() as session:
            account = accounts.load_account(session, slug)
            queries.get(session, account, MailingList, list_id)
            query = select(ListMembership).where(
                ListMembership.account_id == account.id, ListMembership.list_id == list_id
            )
            page = queries.paginate(session, query, ListMembership.contact_id, cursor, limit)
            ids = [row.contact_id for row in page.items]
            people = {
                c.id: c
                for c in session.scalars(
                    select(Contact).where(Contact.account_id == account.id, Contact.id.in_(ids))
                )
            }
            return Page(
                [MemberInfo.of(m, people[m.contact_id]) for m in page.items], page.next_cursor
            )

    def list_consents(
        self, slug: str, *, address: str | None = None, cursor: str | None = None, limit: int = 50
    ) -> Page[ConsentInfo]:
        with self._read() as session:
            account = accounts.load_account(session, slug)
            if address is not None:
                address = address_to_find(None, address, account.settings.default_country)
            page = queries.consents(session, account, address=address, cursor=cursor, limit=limit)
            return Page([ConsentInfo.of(r) for r in page.items], page.next_cursor)

    def add_consent(
        self,
        slug: str,
        channel: str,
        address: str,
        *,
        purpose: str,
        actor: Actor,
        source: str = "api",
        evidence: dict[str, Any] | None = None,
    ) -> ConsentInfo:
        """Record an explicit opt-in for a purpose and return it (as `record_consent` does)."""
        kind, wanted = _channel(channel), _purpose(purpose)
        with self._write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.RECORD_CONSENT)
            address = normalise_address(kind, address, account.settings.default_country)
            row = record_consent(
                session,
                EventLog(session, account.id),
                target=Target(kind, address),
                purpose=wanted,
                source=source,
                actor=actor,
                evidence=evidence or {},
            )
            session.flush()
            return ConsentInfo.of(row)

    # -- idempotent POSTs ---------------------------------------------------------------------

    def claim_idempotency_key(
        self, slug: str, key: str, request_hash: str
    ) -> StoredResponse | None:
        """Claim an Idempotency-Key for one request: None if this request now holds it (it
        must then `store_response` or `release_idempotency_key`), else what is stored under
        it, which may still be PENDING while a concurrent twin runs.

        Claiming before creating, in its own committed transaction, is what makes twins
        sent at the same moment create one thing: the second claim hits the primary key.
        """
        try:
            with self._write() as session:
                account = accounts.load_account(session, slug)
                session.add(
                    IdempotencyKey(
                        account_id=account.id,
                        key=key,
                        request_hash=request_hash,
                        status_code=PENDING,
                        response={},
                        created_at=utcnow(),
                    )
                )
        except IntegrityError:
            return self.stored_response(slug, key)
        return None

    def stored_response(self, slug: str, key: str) -> StoredResponse | None:
        """The (request hash, status, body) stored under an Idempotency-Key, if any."""
        with self._read() as session:
            account = accounts.load_account(session, slug)
            row = session.get(IdempotencyKey, (account.id, key))
            return StoredResponse(row.request_hash, row.status_code, row.response) if row else None

    def store_response(self, slug: str, key: str, status: int, body: dict[str, Any]) -> None:
        """Store the answer of the request that claimed `key`, for its retries."""
        with self._write() as session:
            account = accounts.load_account(session, slug)
            row = session.get(IdempotencyKey, (account.id, key))
            assert row is not None and row.status_code == PENDING, "store only a claimed key"
            row.status_code, row.response = status, body

    def release_idempotency_key(self, slug: str, key: str) -> None:
        """Forget a claimed key whose request failed, so a retry may run it again."""
        with self._write() as session:
            account = accounts.load_account(session, slug)
            row = session.get(IdempotencyKey, (account.id, key))
            if row is not None and row.status_code == PENDING:
                session.delete(row)

    # -- checks in bulk -----------------------------------------------------------------------

    def check_bulk(
        self,
        slug: str,
        channel: str,
        addresses: Sequence[str],
        *,
        sender: str | None = None,
        list_name: str | None = None,
        purpose: str = "marketing",
    ) -> list[BulkAnswer]:
        """Check up to 10,000 addresses in a handful of queries, answers in input order."""
        if len(addresses) > MAX_BULK:
            raise BadInput(f"at most {MAX_BULK} addresses per call, got {len(addresses)}")
        kind, wanted = _channel(channel), Purpose(purpose)
        with self._read() as session:
            account = accounts.load_account(session, slug)
            if list_name is not None:
                accounts.find_list(session, account, list_name)
            country = account.settings.default_country
            scope_sender = normalise_sender(kind, sender, country) if sender else None
            parsed = {raw: _try_normalise(kind, raw, country) for raw in addresses}
            targets = [Target(kind, a) for a in set(parsed.values()) if isinstance(a, str)]
            by_address = _suppressions_by_address(session, account, targets)
            required = frozenset(account.settings.require_consent_for)
            consents = (
                {t.address: active_consents(session, account.id, t) for t in targets}
                if wanted in required
                else {}
            )
            answers = []
            for raw in addresses:
                address = parsed[raw]
                if isinstance(address, InvalidAddress):
                    result = invalid_address(str(address))
                else:
                    request = CheckRequest(kind, address, scope_sender, list_name, wanted)
                    result = evaluate(
                        request, by_address.get(address, []), consents.get(address, []), required
                    )
                answers.append(BulkAnswer(raw, result.allowed, tuple(result.codes)))
            return answers


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise BadInput(f"unknown role {role!r}: expected agent, admin or support") from None


def _channel(channel: str) -> Channel:
    try:
        return Channel(channel)
    except ValueError:
        choices = ", ".join(c.value for c in Channel)
        raise BadInput(f"unknown channel {channel!r}: expected one of {choices}") from None


def _purpose(purpose: str) -> Purpose:
    try:
        return Purpose(purpose)
    except ValueError:
        choices = ", ".join(p.value for p in Purpose)
        raise BadInput(f"unknown purpose {purpose!r}: expected one of {choices}") from None


def _try_normalise(channel: Channel, raw: str, country: str | None) -> str | InvalidAddress:
    try:
        return normalise_address(channel, raw, country)
    except InvalidAddress as exc:
        return exc


def _suppressions_by_address(
    session: Session, account: AccountRef, targets: Sequence[Target], chunk: int = 2000
) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for start in range(0, len(targets), chunk):
        for row in active_suppressions(session, account.id, targets[start : start + chunk]):
            found.setdefault(row.address, []).append(as_active(row))
    return found


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
    """Contacts with their per-channel marketing status, in two queries for the whole page."""
    targets = [t for row in rows for t in _targets_of(row)]
    by_address = _suppressions_by_address(session, account, targets)
    required = frozenset(account.settings.require_consent_for)
    infos = []
    for row in rows:
        channels = {}
        for target in _targets_of(row):
            consents = active_consents(session, account.id, target) if required else []
            result: CheckResult = evaluate(
                CheckRequest(target.channel, target.address),
                by_address.get(target.address, []),
                consents,
                required,
            )
            channels[target.channel.value] = ChannelStatus(result.allowed, tuple(result.codes))
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


def _targets_of(row: Contact) -> Iterator[Target]:
    if row.phone:
        yield from (Target(c, row.phone) for c in AddressKind.PHONE.channels)
    if row.email:
        yield Target(Channel.EMAIL, row.email)


def _list_info(row: MailingList) -> ListInfo:
    return ListInfo(row.id, row.name, row.purpose, row.created_at)
