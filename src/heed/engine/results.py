"""What the library API returns: plain frozen dataclasses, JSON-ready via `to_json`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from heed.core.rules import CheckResult
from heed.core.sender_settings import SECRET, secret_names
from heed.core.vocabulary import Actor, ActorKind, Role
from heed.engine.jsonable import to_json as to_json  # results are made JSON-ready there

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    # The store's own views of an account and of an API key's principal, returned as they are
    # (Engine.account, Engine.authenticate): interfaces take them from here, never from the
    # store. Imported when first named (`__getattr__` below), like the tables.
    from heed.store.accounts import AccountRef as AccountRef
    from heed.store.accounts import ApiPrincipal as ApiPrincipal

    # Only named in the `of` constructors' signatures: the CLI imports this module for
    # `to_json`, and a command that reads no rows must not load the ORM (#12 item 7).
    from heed.store.tables import (
        ApiKey,
        Consent,
        Contact,
        Event,
        ListMembership,
        MailingList,
        OutboundMessage,
        ReviewItem,
        Sender,
        Suppression,
    )

    Result = TypeVar("Result", bound=DataclassInstance)


@dataclass(frozen=True)
class SuppressionInfo:
    id: str
    channel: str
    address: str
    scope: str
    source: str
    reason: str | None
    since: datetime
    event_id: int
    lifted_at: datetime | None
    lift_reason: str | None

    @classmethod
    def of(cls, row: Suppression) -> SuppressionInfo:
        return cls(
            id=row.id,
            channel=row.channel,
            address=row.address,
            scope=row.scope,
            source=row.source,
            reason=row.reason,
            since=row.since,
            event_id=row.created_event,
            lifted_at=row.lifted_at,
            lift_reason=row.lift_reason,
        )


@dataclass(frozen=True)
class Change:
    """The outcome of an opt-out, resubscribe, block…: what changed, what already was so, and
    the check for the address afterwards."""

    changed: tuple[SuppressionInfo, ...]
    unchanged: tuple[SuppressionInfo, ...]
    check: CheckResult


@dataclass(frozen=True)
class AccountInfo:
    """An account as `heed account list` shows it."""

    id: str
    slug: str
    name: str
    created_at: datetime


@dataclass(frozen=True)
class CreatedAccount:
    id: str
    slug: str
    name: str
    api_key: str  # shown once; only its hash is stored
    api_key_id: str


@dataclass(frozen=True)
class SenderInfo:
    """A sender as anyone may see it: never a secret, only which secrets are set."""

    id: str
    channel: str
    address: str
    name: str | None
    scope: str
    provider: str
    provider_handles_keywords: bool
    extra_keywords: tuple[str, ...]
    removed_keywords: tuple[str, ...]
    replies: dict[str, str]  # the sender's own wording, by kind; the account's where absent
    provider_options: dict[str, str]  # the non-secret ones
    secrets_set: tuple[str, ...]  # which write-only values are set: "secret", "verify_token"
    buttons: dict[str, str] = field(default_factory=dict)  # own button payload → intent

    @classmethod
    def of(cls, row: Sender) -> SenderInfo:
        options = row.provider_options or {}
        secret = secret_names(row.provider)
        stored = {name: row.secret if name == SECRET else options.get(name) for name in secret}
        return cls(
            id=row.id,
            channel=row.channel,
            address=row.address,
            name=row.name,
            scope=row.scope,
            provider=row.provider,
            provider_handles_keywords=row.provider_handles_keywords,
            extra_keywords=tuple(row.extra_keywords),
            removed_keywords=tuple(row.removed_keywords),
            replies=dict(row.replies or {}),
            provider_options={k: str(v) for k, v in options.items() if k not in secret},
            secrets_set=tuple(name for name in secret if stored[name]),
            buttons=dict(row.buttons or {}),
        )


@dataclass(frozen=True)
class KeyInfo:
    id: str
    name: str
    role: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def of(cls, row: ApiKey) -> KeyInfo:
        return copy_of(cls, row)


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
    #: What proved who did it (heed.core.vocabulary.Actor.credential); None before 0009.
    credential: str | None = None
    #: A batch import's event (heed.store.batches) listed for an address or a contact: the
    #: suppressions it created for them, each with its evidence (file, line, the row).
    rows: tuple[dict[str, Any], ...] = ()

    @classmethod
    def of(cls, row: Event) -> EventInfo:
        return cls(
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
            row.credential,
        )

    @property
    def reason(self) -> str | None:
        """The reason given for this event itself (a lift's own, not the opt-out's it lifts).

        Every change records it in its evidence; the suppression's state (`after`) carries
        the opt-out's reason, which is what a lift would wrongly show if read from there.
        """
        own = self.evidence.get("reason") if self.evidence else None
        return str(own) if own else None


@dataclass(frozen=True)
class ListInfo:
    id: str
    name: str
    purpose: str
    created_at: datetime

    @classmethod
    def of(cls, row: MailingList) -> ListInfo:
        return copy_of(cls, row)


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
class UserInfo:
    """A person who signs in to the web UI (never their password hash)."""

    id: str
    account_slug: str
    email: str
    role: Role
    created_at: datetime
    disabled_at: datetime | None

    @property
    def actor(self) -> Actor:
        """Who this user acts as in the activity log, with their role."""
        return Actor(ActorKind.USER, self.id, self.role)


@dataclass(frozen=True)
class OptOutCounts:
    """Suppressions recorded since a moment, by source and by channel."""

    total: int
    by_source: dict[str, int]
    by_channel: dict[str, int]


@dataclass(frozen=True)
class AccountTotals:
    contacts: int
    active_suppressions: int


@dataclass(frozen=True)
class ReviewDue:
    """The review queue at a glance: what waits, the nearest deadline, what is past it."""

    pending: int
    nearest: datetime | None
    overdue: int


@dataclass(frozen=True)
class Conversation:
    """Everything one address sent on one channel, summed up for the inbox."""

    channel: str
    address: str
    name: str | None
    contact_id: str | None
    last_at: datetime
    last_body: str
    last_intent: str
    messages: int


@dataclass(frozen=True)
class ThreadEntry:
    """One line of a thread: a message in (from the person) or out (from heed)."""

    at: datetime
    incoming: bool
    body: str
    note: str  # what heed read it as, or how the reply went
    failed: bool = False


@dataclass(frozen=True)
class Thread:
    channel: str
    address: str
    name: str | None
    contact_id: str | None
    entries: list[ThreadEntry]
    last_to: str | None  # the account's address the person last wrote to
    senders: list[str]  # the account's senders on this channel


@dataclass(frozen=True)
class ReviewInfo:
    id: str
    message_id: str
    channel: str
    address: str
    to_address: str
    body: str
    detection: dict[str, Any]
    status: str
    created_at: datetime
    deadline: datetime
    decided_at: datetime | None
    decided_by: str | None
    decision_reason: str | None
    person: str | None = None  # the contact's name, if heed knows one

    @classmethod
    def of(cls, row: ReviewItem, person: str | None = None) -> ReviewInfo:
        stored = {
            f.name: getattr(row, f.name) for f in dataclasses.fields(cls) if f.name != "person"
        }
        return cls(**stored, person=person)

    @property
    def received_at(self) -> datetime:
        """When the person sent the message (never after heed received it): the deadline
        runs from it (heed.inbound.effects._send_to_review)."""
        return self.created_at

    @property
    def reading(self) -> str:
        """What heed thinks the message asks, in plain words (older items: the first reason;
        items stored before `plain_reading` lose their band's word here)."""
        from heed.core.detection_tables import plain_reading  # not at start-up: 20 ms

        found = self.detection.get("reading")
        if isinstance(found, str) and found:
            return plain_reading(found)
        return "may ask to stop being messaged"

    @property
    def opt_in(self) -> bool:
        """Whether this is a held START (approving it lifts an opt-out), not a possible STOP."""
        from heed.store import review  # the one reading of a held START, and only when asked

        return review.asks_opt_in(self.detection)


@dataclass(frozen=True)
class OutboundInfo:
    id: str
    channel: str
    from_address: str
    to_address: str
    body: str
    kind: str
    in_reply_to: str | None
    status: str
    attempts: int
    provider: str
    provider_message_id: str | None
    error: str | None
    created_by: str
    created_at: datetime
    sent_at: datetime | None

    @classmethod
    def of(cls, row: OutboundMessage) -> OutboundInfo:
        return copy_of(cls, row)


@dataclass(frozen=True)
class SendSummary:
    """One round of sending: how many messages it took, and how each ended."""

    claimed: int
    by_status: dict[str, int]


@dataclass(frozen=True)
class RegistryStatus:
    """A registry as listed: its version, size and age, and whether it is stale."""

    name: str
    kind: str
    shared: bool
    version: date
    loaded_at: datetime
    numbers: int
    bytes: int
    source: str
    age_days: int
    stale: bool


@dataclass(frozen=True)
class BulkAnswer:
    address: str
    allowed: bool
    reasons: tuple[str, ...]


def copy_of(result: type[Result], row: object) -> Result:
    """A `result` made of the row's attributes of the same names, for results that show a row
    as it is stored."""
    return result(**{f.name: getattr(row, f.name) for f in dataclasses.fields(result)})


def __getattr__(name: str) -> Any:
    """`AccountRef` and `ApiPrincipal`, from the store when first asked for."""
    if name in ("AccountRef", "ApiPrincipal"):
        from heed.store import accounts

        return getattr(accounts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class LastVerification:
    """An account's latest verification as recorded (`Engine.last_verification`).

    `sealed` is whether the stored result still carries the server key's seal; a result
    edited in the database does not, and is never `ok`, whatever it says."""

    checked_at: datetime
    ok: bool
    sealed: bool
    events_checked: int
    checkpoints: int
    covered_to: int | None
    tampering: str | None
    problem: str | None
    #: The hash of the last event that verified: the chain the result is about.
    head: str | None
