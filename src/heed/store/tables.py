"""The schema, as SQLAlchemy models.

Every table but `accounts` has `account_id` as the first column of its primary key and of every
index, so the tables can be distributed by account (e.g. Citus) without changing a query.
Changes to this file need an Alembic revision in `migrations/versions/`; a test compares the two.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ColumnElement,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    event,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from heed.core.sender_settings import PROVIDER_OPTIONS
from heed.core.vocabulary import Channel
from heed.store.types import EncryptedText, JSONType, SecretOptionsJSON, UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Id = String(26)
Json = dict[str, Any]
#: Provider options kept encrypted at rest (heed.core.sender_settings marks them secret).
SECRET_OPTIONS = tuple(
    sorted({o.name for options in PROVIDER_OPTIONS.values() for o in options if o.secret})
)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _account_fk() -> Mapped[str]:
    return mapped_column(Id, ForeignKey("accounts.id"), primary_key=True)


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    slug: Mapped[str] = mapped_column(String(63), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    settings: Mapped[Json] = mapped_column(JSONType, default=dict)
    #: The account's tombstone key from before heed had a server key (hex, encrypted with the
    #: server key), kept so erasures made then still suppress; None for every newer account.
    #: Every other key the account uses is derived from the server key (heed.server_key).
    legacy_tombstone_key: Mapped[str | None] = mapped_column(
        EncryptedText("accounts.legacy_tombstone_key")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: Bumped with every change to the account's settings, senders or lists (heed.store.config).
    config_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class EventHead(Base):
    """The newest event of an account's hash chain; locked to append the next one."""

    __tablename__ = "event_heads"

    account_id: Mapped[str] = _account_fk()
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class ApiKey(Base):
    __tablename__ = "api_keys"
    __table_args__ = (Index(None, "account_id", "key_hash", unique=True),)

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the whole key; never the key
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (Index(None, "account_id", "email", unique=True),)

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SignInRecord(Base):
    """A sign-in to the web UI, so that signing out ends it on the server, not only in the
    browser. The cookie carries a random token; only its SHA-256 is kept (as for API keys).
    The table keeps its first name; "session" in heed's code means a database session."""

    __tablename__ = "web_sessions"
    __table_args__ = (
        ForeignKeyConstraint(["account_id", "user_id"], ["users.account_id", "users.id"]),
        Index(None, "account_id", "user_id"),
    )

    account_id: Mapped[str] = mapped_column(Id, primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the token
    user_id: Mapped[str] = mapped_column(Id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # signed out


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index(None, "account_id", "phone", unique=True),
        Index(None, "account_id", "email", unique=True),
        Index(None, "account_id", "external_id", unique=True),
    )

    #: No foreign key to accounts (migration 0019, as 0017 for suppressions): every contact is
    #: written with its creating event, whose key to accounts holds.
    account_id: Mapped[str] = mapped_column(Id, primary_key=True)
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(320))
    name: Mapped[str | None] = mapped_column(String(200))
    external_id: Mapped[str | None] = mapped_column(String(200))
    fields: Mapped[Json] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # GDPR erasure
    #: Set on contacts an import wrote in a batch (heed.store.contact_batches): the evidence of
    #: its row, its batch event, and the digest of what it was created with (which the batch
    #: event's digest covers) with the random salt in it (an erasure blanks evidence and salt).
    evidence: Mapped[Json | None] = mapped_column(JSONType)
    created_event: Mapped[int | None] = mapped_column(Integer)
    salt: Mapped[str | None] = mapped_column(String(32))
    row_digest: Mapped[str | None] = mapped_column(String(64))


class Sender(Base):
    __tablename__ = "senders"
    __table_args__ = (Index(None, "account_id", "channel", "address", unique=True),)

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(320))
    name: Mapped[str | None] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(String(16), default="inherit")
    provider: Mapped[str] = mapped_column(String(16), default="generic")
    # The provider's signing secret is needed in clear to verify HMAC signatures, so it is
    # encrypted with the server key rather than hashed.
    secret: Mapped[str | None] = mapped_column(EncryptedText("senders.secret"))
    provider_handles_keywords: Mapped[bool] = mapped_column(Boolean, default=False)
    extra_keywords: Mapped[list[str]] = mapped_column(JSONType, default=list)
    removed_keywords: Mapped[list[str]] = mapped_column(JSONType, default=list)
    replies: Mapped[Json] = mapped_column(JSONType, default=dict)
    # Provider specifics, e.g. WhatsApp's verify_token or Vonage's signature_method; the
    # secret ones (SECRET_OPTIONS) encrypted with the server key.
    provider_options: Mapped[Json] = mapped_column(
        SecretOptionsJSON("senders.provider_options", SECRET_OPTIONS), default=dict
    )
    # What the payloads of the sender's own buttons mean: payload → intent (SenderSettings).
    buttons: Mapped[Json] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MailingList(Base):
    __tablename__ = "lists"
    __table_args__ = (Index(None, "account_id", "name", unique=True),)

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(16), default="marketing")
    triggers: Mapped[Json] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ListMembership(Base):
    __tablename__ = "list_memberships"
    __table_args__ = (
        ForeignKeyConstraint(["account_id", "list_id"], ["lists.account_id", "lists.id"]),
        ForeignKeyConstraint(["account_id", "contact_id"], ["contacts.account_id", "contacts.id"]),
    )

    account_id: Mapped[str] = mapped_column(Id, primary_key=True)
    list_id: Mapped[str] = mapped_column(Id, primary_key=True)
    contact_id: Mapped[str] = mapped_column(Id, primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    subscribed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    unsubscribed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Suppression(Base):
    """A reason an address may not be messaged; active until lifted, never deleted.

    Keyed by address rather than contact, so it survives contact deletion, re-import and erasure.
    """

    __tablename__ = "suppressions"
    __table_args__ = (
        # An address's lifted rows (history, erasure, the suppressions list), since migration
        # 0018 only those: every row an import wrote went into it (PostgreSQL's COPY 1.2-1.7 µs
        # a row of ~7, SQLite's insert ~1 of ~4.9; bench/README.md). Its active rows are in
        # the unique index below; a read of both takes `rows_of`.
        Index(
            None,
            "account_id",
            "channel",
            "address",
            sqlite_where=text("lifted_at IS NOT NULL"),
            postgresql_where=text("lifted_at IS NOT NULL"),
        ),
        # One active suppression per (address, scope, source): repeating an opt-out is a no-op.
        Index(
            "uq_suppressions_active",
            "account_id",
            "channel",
            "address",
            "scope",
            "source",
            unique=True,
            sqlite_where=text("lifted_at IS NULL"),
            postgresql_where=text("lifted_at IS NULL"),
        ),
    )

    #: No foreign key to accounts (migration 0017): PostgreSQL checks one with a row lock of
    #: the account for every suppression an import copies in, a third of the server's work a
    #: row. Every suppression is written with its creating event, whose key to accounts holds.
    account_id: Mapped[str] = mapped_column(Id, primary_key=True)
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(320))
    scope: Mapped[str] = mapped_column(String(340))  # "account", "sender:<address>", "list:<name>"
    source: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    #: JSON, not JSONB, on PostgreSQL too (migration 0017): the text is checked and kept as
    #: written instead of parsed into a tree, ~1 µs a row less of an import's COPY, and nothing
    #: queries inside it (readers parse it whole, exports and verification read its text).
    evidence: Mapped[Json] = mapped_column(JSON, default=dict)
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    created_event: Mapped[int] = mapped_column(Integer)
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lifted_event: Mapped[int | None] = mapped_column(Integer)
    lift_reason: Mapped[str | None] = mapped_column(Text)
    #: Set on rows an import wrote in a batch (heed.store.batches): the row's own digest, which
    #: its batch event's digest covers, and the random salt in it (blanked by an erasure).
    salt: Mapped[str | None] = mapped_column(String(32))
    row_digest: Mapped[str | None] = mapped_column(String(64))


def rows_of(
    account_id: str, addresses: Sequence[str], channel: str | None = None
) -> ColumnElement[bool]:
    """The condition that picks the account's suppressions of `addresses` (on `channel`, else
    on any), active and lifted alike: their ids, found in `uq_suppressions_active` (the active
    ones) and the index of lifted rows (migration 0018), one search of each an address and
    channel. Neither partial index answers a read that does not say which of the two it
    wants, so without this the account's rows would be scanned."""
    channels = [channel] if channel is not None else [c.value for c in Channel]
    where = [
        Suppression.account_id == account_id,
        Suppression.channel.in_(channels),
        Suppression.address.in_(list(addresses)),
    ]
    active, lifted = Suppression.lifted_at.is_(None), Suppression.lifted_at.is_not(None)
    return Suppression.id.in_(
        union_all(
            select(Suppression.id).where(*where, active),
            select(Suppression.id).where(*where, lifted),
        )
    )


class Consent(Base):
    __tablename__ = "consents"
    __table_args__ = (Index(None, "account_id", "channel", "address"),)

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(320))
    purpose: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(32))
    evidence: Mapped[Json] = mapped_column(JSONType, default=dict)
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    created_event: Mapped[int] = mapped_column(Integer)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_event: Mapped[int | None] = mapped_column(Integer)


class Event(Base):
    """One append-only entry of an account's activity log, chained to the one before it.

    `hash` covers the header and `payload_digest`; the digest covers the personal part
    (address, evidence, before/after), so a later erasure can blank the payload and keep the
    chain verifiable.
    """

    __tablename__ = "events"
    __table_args__ = (Index(None, "account_id", "channel", "address", "occurred_at"),)

    account_id: Mapped[str] = _account_fk()
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(120))
    #: The credential that caused it (heed.core.vocabulary.Actor.credential); None before 0009.
    credential: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(32))
    channel: Mapped[str | None] = mapped_column(String(16))
    address: Mapped[str | None] = mapped_column(String(320))
    contact_id: Mapped[str | None] = mapped_column(Id)
    evidence: Mapped[Json] = mapped_column(JSONType, default=dict)
    before: Mapped[Json | None] = mapped_column(JSONType)
    after: Mapped[Json | None] = mapped_column(JSONType)
    payload_digest: Mapped[str] = mapped_column(String(64))
    #: Random, digested with the payload and blanked with it by an erasure, so the digest of an
    #: erased payload cannot be matched against guessed numbers. None before migration 0009.
    salt: Mapped[str | None] = mapped_column(String(32))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Set by a GDPR erasure, which blanks the payload; the digest above still chains it.
    erased: Mapped[bool] = mapped_column(Boolean, default=False)


class Verification(Base):
    """The latest verification of an account's log and state (`heed audit verify`, or the
    schedule in `heed serve`), for /healthz and the dashboard. A report, not proof: the proof
    is running the verification again. Sealed with a key the database does not hold
    (heed.engine.proof), so a row edited to say ok reads as unverifiable, not as ok."""

    __tablename__ = "verifications"

    account_id: Mapped[str] = _account_fk()
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ok: Mapped[bool] = mapped_column(Boolean)
    events_checked: Mapped[int] = mapped_column(Integer)
    checkpoints: Mapped[int] = mapped_column(Integer)
    covered_to: Mapped[int | None] = mapped_column(Integer)
    tampering: Mapped[str | None] = mapped_column(String(16))
    problem: Mapped[str | None] = mapped_column(Text)
    #: The hash of the last event that verified: the chain this result is about.
    head: Mapped[str | None] = mapped_column(String(64))
    #: HMAC-SHA256 of every column above (KeyPurpose.VERIFICATIONS); None before migration 0016.
    seal: Mapped[str | None] = mapped_column(String(64))


class ReceivedMessage(Base):
    """Every message a person sent, stored before anything is decided about it.

    (account, provider, provider_message_id) is unique: a provider's retry of the same message
    finds the row and changes nothing, which is how a STOP gets exactly one confirmation.
    """

    __tablename__ = "inbound_messages"
    __table_args__ = (
        Index(None, "account_id", "provider", "provider_message_id", unique=True),
        Index(None, "account_id", "channel", "from_address", "sent_at"),
    )

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    provider_message_id: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(16))
    from_address: Mapped[str] = mapped_column(String(320))
    to_address: Mapped[str] = mapped_column(String(320))
    body: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)  # provider time, else receipt time
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sender_known: Mapped[bool] = mapped_column(Boolean)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)  # from a blocked address
    intent: Mapped[str] = mapped_column(String(16))
    keyword: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    actions: Mapped[list[Json]] = mapped_column(JSONType, default=list)
    reply: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[Json] = mapped_column(JSONType, default=dict)
    #: How it reached heed: a provider's verified webhook, or an API key that relayed it.
    credential: Mapped[str | None] = mapped_column(String(200))


class MessagePart(Base):
    """One part of a long message the provider delivers in parts (Vonage `concat`), kept until
    the others arrive or the wait runs out (heed.inbound.parts); then read as one message."""

    __tablename__ = "message_parts"
    __table_args__ = (
        Index(None, "account_id", "provider", "group_key", "part", unique=True),
        Index(None, "account_id", "received_at"),
    )

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    group_key: Mapped[str] = mapped_column(String(400))  # from, to and the provider's reference
    part: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    provider_message_id: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    message: Mapped[Json] = mapped_column(JSONType, default=dict)  # the part as parsed


class AddressLink(Base):
    """Two addresses of one person on one channel, as a provider's webhook showed them together
    (WhatsApp: a phone number and its business-scoped user id). An opt-out under either is
    written under both (heed.store.links)."""

    __tablename__ = "address_links"
    __table_args__ = (
        Index(None, "account_id", "channel", "address", "linked", unique=True),
        Index(None, "account_id", "channel", "linked"),
    )

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(320))  # the phone number, E.164
    linked: Mapped[str] = mapped_column(String(320))  # the provider's user id ("US.1349…")
    learned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    evidence: Mapped[Json] = mapped_column(JSONType, default=dict)  # provider, item id


class ErasureProbe(Base):
    """A keyed 64-bit probe of an erased address's index key, beside the tombstone it stands
    for (heed.core.tombstones): what lets a filter find the few recipients who may have been
    erased without a tombstone each. Written by the erasure; a tombstone without its probes
    (an erasure made before migration 0020) makes the filter tombstone every recipient."""

    __tablename__ = "erasure_probes"

    account_id: Mapped[str] = _account_fk()
    tombstone: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: The probe's 64 bits as a signed integer (BIGINT): `probe % 2**64` is the probe.
    probe: Mapped[int] = mapped_column(BigInteger, primary_key=True)


class ReceivedReport(Base):
    """A provider's report on a message we sent; failures may suppress the recipient."""

    __tablename__ = "delivery_reports"
    __table_args__ = (
        Index(None, "account_id", "provider", "dedup_key", unique=True),
        Index(None, "account_id", "channel", "recipient", "occurred_at"),
    )

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    dedup_key: Mapped[str] = mapped_column(String(300))  # message id | status | error code
    provider_message_id: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(320))
    sender: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(32))
    error_code: Mapped[str | None] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actions: Mapped[list[Json]] = mapped_column(JSONType, default=list)
    raw: Mapped[Json] = mapped_column(JSONType, default=dict)
    credential: Mapped[str | None] = mapped_column(String(200))  # as ReceivedMessage's


class Throttle(Base):
    """Attempts in one fixed time window, per bucket (a hash of what is limited: an account
    and email with a client address, an address alone): heed.store.throttle."""

    __tablename__ = "throttle"

    bucket: Mapped[str] = mapped_column(String(64), primary_key=True)
    window: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hits: Mapped[int] = mapped_column(Integer)


class IdempotencyKey(Base):
    """The stored answer to a POST sent with an `Idempotency-Key`, replayed on a retry."""

    __tablename__ = "idempotency_keys"

    account_id: Mapped[str] = _account_fk()
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response: Mapped[Json] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReviewItem(Base):
    """A free-form reply that may be a revocation, waiting for a person to decide by `deadline`.

    Never dropped: approved, rejected, or applied automatically when the deadline passes.
    """

    __tablename__ = "review_items"
    __table_args__ = (Index(None, "account_id", "status", "deadline"),)

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    message_id: Mapped[str] = mapped_column(Id)
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(320))
    to_address: Mapped[str] = mapped_column(String(320))
    body: Mapped[str] = mapped_column(Text)
    detection: Mapped[Json] = mapped_column(JSONType)  # intent, confidence, evidence, scope
    status: Mapped[str] = mapped_column(String(16))  # pending, approved, rejected, auto_applied
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(120))
    decision_reason: Mapped[str | None] = mapped_column(Text)


class Import(Base):
    """One run of a CSV import (opt-outs or contacts): what it was asked, how far it got, and
    the rows it could not take, so the result can be shown again later.

    Counters advance in the same transaction as each batch's rows, so they never claim more
    than what committed; a run that died stays `running`, and running the file again finishes
    it (rows already done are unchanged).
    """

    __tablename__ = "imports"

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # optouts, contacts
    file_name: Mapped[str] = mapped_column(String(500))
    channel: Mapped[str | None] = mapped_column(String(16))  # None: from a channel column
    scope: Mapped[str | None] = mapped_column(
        String(340)
    )  # None: from a scope column, else account
    columns: Mapped[Json] = mapped_column(JSONType, default=dict)  # role -> header, as resolved
    encoding: Mapped[str] = mapped_column(String(32), default="utf-8")
    status: Mapped[str] = mapped_column(String(16))  # running, done, failed
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_processed: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    flagged: Mapped[int] = mapped_column(Integer, default=0)  # contacts who may not be messaged
    row_errors: Mapped[list[Json]] = mapped_column(JSONType, default=list)  # {line, message}
    flagged_rows: Mapped[list[Json]] = mapped_column(JSONType, default=list)  # {line, address, …}
    actor: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failure: Mapped[str | None] = mapped_column(Text)


#: Outbound messages still to be sent (queued) or being sent (claimed, lease running).
_UNSENT = text("status IN ('queued', 'sending')")


class OutboundMessage(Base):
    """A message heed sends itself, kept with how its sending went.

    Two kinds: the one reply to a person's keyword (confirmation, help), and an agent's
    one-to-one reply from the inbox. A keyword reply the webhook's answer carries (Twilio's
    TwiML, the `POST /v1/inbound` response) is recorded as `returned`, never sent by heed;
    one it cannot carry (Vonage, WhatsApp) is queued and sent through the provider's API.
    The partial index holds only unsent rows, so the sender's poll stays cheap however long
    the history grows.
    """

    __tablename__ = "outbound_messages"
    __table_args__ = (
        Index(None, "account_id", "channel", "to_address", "created_at"),
        Index(
            None,
            "account_id",
            "next_attempt_at",
            postgresql_where=_UNSENT,
            sqlite_where=_UNSENT,
        ),
    )

    account_id: Mapped[str] = _account_fk()
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    from_address: Mapped[str] = mapped_column(String(320))  # one of the account's senders
    to_address: Mapped[str] = mapped_column(String(320))
    body: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # opt_out, opt_in, help, …, or reply
    in_reply_to: Mapped[str | None] = mapped_column(Id)  # the inbound message answered
    provider: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))  # queued, sending, sent, failed, expired…
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: When to try next; while `sending`, when the claim lapses (a crashed sender's lease).
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)  # not sent by then: expired
    provider_message_id: Mapped[str | None] = mapped_column(String(200))
    error: Mapped[str | None] = mapped_column(Text)
    error_code: Mapped[str | None] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(120))  # the actor, e.g. user:<id>, system
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


@event.listens_for(Session, "before_flush")
def _bump_config_versions(session: Session, _context: Any, _instances: Any) -> None:
    """Bump `config_version` of every account whose settings, senders or lists this flush
    changes, in the same transaction, so that no process keeps using a stale cached copy
    (heed.store.config). Every session of the process, whatever made it, goes through here."""
    changed = {
        row.id if isinstance(row, Account) else row.account_id
        for row in (*session.new, *session.deleted, *session.dirty)
        if isinstance(row, Account | Sender | MailingList)
        and (row not in session.dirty or session.is_modified(row))
    }
    for account_id in sorted(changed):
        session.execute(
            update(Account)
            .where(Account.id == account_id)
            .values(config_version=Account.config_version + 1)
            .execution_options(synchronize_session=False)
        )
