"""Process one inbound message: store it, read its intent, apply the effects, choose the reply.

Order of operations matters for the guarantees:
1. Exactly once: the first attempt assumes the message is new and inserts it with everything
   else at commit. A provider's retry collides there with the unique index on the provider
   message id; the whole transaction rolls back, and the engine's second attempt
   (`known_new=False`) finds the stored message and changes nothing: one confirmation only.
2. Store the message with its intent before any effect, in the same transaction as the effects.
3. Apply effects in provider time: an opt-in lifts only opt-outs older than itself, and an
   opt-out older than an opt-in already applied is recorded as superseded by it.
4. The person's active suppressions are read only once the account's event chain is locked
   (until commit). Every change to a suppression appends to that chain, so what was read
   stays true until commit; read before the lock, it could be stale by the time the message
   is applied (another process lifting an opt-out in between, and a STOP found "already
   opted out" doing nothing). Everything else is read and decided before: the shorter that
   lock, the more messages per second one account can take. Messages that arrive together
   share one transaction (heed.inbound.group) and the lock (see `Inbox`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from heed.core.addresses import normalise_address, normalise_sender
from heed.core.clock import ClockBounds
from heed.core.detection import Detection, detect, detection_text, read_text
from heed.core.keywords import Intent, KeywordConfig, KeywordMatch, match_keywords
from heed.core.text import json_storable, storable_text
from heed.core.vocabulary import Actor, ActorKind, Channel, Scope, Source, provider_verified
from heed.errors import InvalidAddress
from heed.inbound import actions as stored_actions
from heed.inbound.actions import (
    Ignored,
    InboundAction,
    RecordedFromBlockedAddress,
    ReplyQueued,
    UnknownSender,
    distrusted_time,
)
from heed.inbound.batches import by_account
from heed.inbound.effects import EFFECTS, Context, on_button, on_group_message
from heed.inbound.threads import last_sent
from heed.outbound import REPLIES_BY_API
from heed.outbound import queue as outbound_queue
from heed.providers.base import InboundMessage
from heed.store import links, optouts
from heed.store.accounts import AccountRef
from heed.store.config import AccountConfig, ConfigCache, SenderConfig
from heed.store.events import EventLog
from heed.store.ids import new_id
from heed.store.suppressions import Target, active_suppressions
from heed.store.tables import ReceivedMessage, Suppression
from heed.store.types import utcnow

_CLOCK = ClockBounds()

#: A provider's own keyword decision (Twilio Advanced Opt-Out's `OptOutType`) as an intent.
_PROVIDER_KEYWORDS: dict[str | None, Intent] = {
    "STOP": "opt_out",
    "START": "opt_in",
    "HELP": "help",
}

# The read every message makes, built once: constructing a statement costs about as much as
# running it.
_STORED = select(
    ReceivedMessage.id, ReceivedMessage.intent, ReceivedMessage.keyword, ReceivedMessage.actions
).where(
    ReceivedMessage.account_id == bindparam("account_id"),
    ReceivedMessage.provider == bindparam("provider"),
    ReceivedMessage.provider_message_id == bindparam("provider_message_id"),
)


@dataclass(frozen=True)
class InboundResult:
    """What heed did with a message: the contract's `{"intent", "actions", "reply"}`."""

    message_id: str
    intent: str
    keyword: str | None
    actions: tuple[InboundAction, ...]
    reply: str | None
    duplicate: bool = False
    outbound_id: str | None = None  # the reply, queued to be sent through the provider's API


def process_message(
    session: Session,
    config: AccountConfig,
    message: InboundMessage,
    *,
    known_new: bool = True,
    clock: ClockBounds = _CLOCK,
) -> InboundResult:
    """Process `message`; with `known_new=False`, first look for an earlier delivery of it."""
    inbox = Inbox(session, config, clock)
    if not known_new and (stored := inbox.stored(message)) is not None:
        return stored
    return inbox.process([message])[0]


def process_together(
    session: Session,
    configs: ConfigCache,
    messages: Sequence[tuple[str, InboundMessage]],
    clock: ClockBounds = _CLOCK,
) -> list[InboundResult]:
    """Process (account slug, message) pairs in one transaction, each as a first delivery;
    results in the order given."""
    return by_account(
        session, configs, messages, lambda config, own: Inbox(session, config, clock).process(own)
    )


@dataclass
class _Read:
    """A message as read before any effect: who sent it to whom, and what it says."""

    row: ReceivedMessage
    message: InboundMessage
    target: Target | None  # None when the sender's address cannot be read
    sender: SenderConfig | None = None
    match: KeywordMatch | None = None
    reach: list[Target] = field(default_factory=list)  # what an account-wide change covers
    active: list[Suppression] = field(default_factory=list)
    flags: list[InboundAction] = field(default_factory=list)  # e.g. a timestamp heed distrusts
    detection: Detection | None = None  # the free-form reading of a message with no keyword
    #: The person's other address the provider showed beside theirs, to link (heed.store.links).
    learns: Target | None = None
    linked: list[Target] = field(default_factory=list)  # addresses already linked to theirs

    @property
    def addresses(self) -> set[str]:
        """The addresses its effects may change, on any channel."""
        reached = (self.target, *self.reach, self.learns, *self.linked)
        return {target.address for target in reached if target}


class Inbox:
    """One account's inbound messages in one transaction, in two passes.

    First every message is read and understood; then the account's event chain is locked,
    the active suppressions of all their senders are read in one query, and the effects are
    applied. The ORM writes the rows at commit, a few statements for all the messages, except
    where a message concerns an address that an earlier one changed: those changes are
    flushed first and its suppressions read again, so every message sees what the ones before
    it did, as if each had its own transaction.
    """

    def __init__(
        self, session: Session, config: AccountConfig, clock: ClockBounds = _CLOCK
    ) -> None:
        self.session = session
        self.config = config
        self.clock = clock
        self.account = config.account
        self.log = EventLog(session, self.account.id)
        self._ours: dict[tuple[Channel, str], str] = {}
        self._unflushed: set[str] = set()  # addresses changed by rows not flushed yet

    def stored(self, message: InboundMessage) -> InboundResult | None:
        """What an earlier delivery of `message` did, if one was stored."""
        values = {
            "account_id": self.account.id,
            "provider": message.provider,
            "provider_message_id": storable_text(message.provider_message_id),
        }
        found = self.session.execute(_STORED, values).first()
        if found is None:
            return None
        actions = stored_actions.from_json(found.actions)
        return InboundResult(found.id, found.intent, found.keyword, actions, None, duplicate=True)

    def process(self, messages: Sequence[InboundMessage]) -> list[InboundResult]:
        """Process `messages` in order, each as a first delivery."""
        with self.session.no_autoflush:  # flushed at commit, or where a message needs it
            reads = [self._read(message) for message in messages]
            if any(read.target is not None for read in reads):
                self.log.lock()
                self._read_active(reads)
            return [self._apply(read) for read in reads]

    def _read(self, message: InboundMessage) -> _Read:
        row = _new_row(self.account, message, self._our_address(message))
        flags = self._distrusted_time(row, message)
        try:
            person = normalise_address(
                message.channel, message.from_address, self.account.settings.default_country
            )
        except InvalidAddress as exc:
            # Kept, with its intent, for a person to look at; nothing can be keyed on it.
            row.actions = stored_actions.to_json([*flags, Ignored(why=str(exc))])
            return _Read(row, message, None, flags=flags)
        row.from_address = person
        target = Target(message.channel, person)
        sender = self.config.sender(self.session, row.channel, row.to_address)
        row.sender_known = sender is not None
        keywords = sender.keywords if sender else self.config.keywords
        match = match_keywords(detection_text(message.body), keywords)
        if message.provider_keyword in _PROVIDER_KEYWORDS:
            # The provider matched its own keyword list (custom words such as "SALIR"
            # included) and acted on it: its decision, which heed records the same way.
            intent = _PROVIDER_KEYWORDS[message.provider_keyword]
            match = replace(match, intent=intent, keyword=message.provider_keyword, list_name=None)
        row.intent, row.keyword, row.language = match.intent, match.keyword, match.language
        reach = optouts.reach(self.session, self.account, target, Scope.account())
        read = _Read(row, message, target, sender, match, reach, flags=flags)
        if message.channel is Channel.WHATSAPP:  # the only provider that names people twice
            read.linked = links.linked(self.session, self.account.id, [target])
            if message.linked_address and provider_verified(message.credential):
                read.learns = Target(message.channel, storable_text(message.linked_address))
        if match.intent == "none":
            read.detection = self._detect(read, keywords)
        return read

    def _detect(self, read: _Read, keywords: KeywordConfig) -> Detection:
        """The free-form reading, before the lock: a slow one holds no other message back.

        Only a short reply ("no", "exit") needs what it answers, so only then is the outbox
        asked (unless the message came with its thread).
        """
        row, body = read.row, read.message.body
        thread = read.message.thread
        text = read_text(detection_text(body), None, keywords, row.channel)
        if thread is None and text.short is not None:
            thread = last_sent(
                self.session, self.account.id, row.channel, row.from_address, row.sent_at
            )
        return detect(body, config=keywords, channel=row.channel, thread=thread)

    def _distrusted_time(
        self, row: ReceivedMessage, message: InboundMessage
    ) -> list[InboundAction]:
        """Flag a message time outside the clock bounds; a future one becomes receipt time,
        so that it cannot pre-empt opt-outs still to come (heed.core.clock)."""
        if message.sent_at is None:
            return []
        row.sent_at, flags = distrusted_time(self.clock, row.sent_at, row.received_at)
        return flags

    def _read_active(self, reads: list[_Read]) -> None:
        targets = [read.target for read in reads if read.target is not None]
        by_target: dict[Target, list[Suppression]] = {}
        for row in active_suppressions(self.session, self.account.id, targets):
            by_target.setdefault(Target(Channel(row.channel), row.address), []).append(row)
        for read in reads:
            if read.target is not None:
                read.active = by_target.get(read.target, [])

    def _apply(self, read: _Read) -> InboundResult:
        row = read.row
        if read.target is None or read.match is None:
            self.session.add(row)
            return _result(row)
        if read.addresses & self._unflushed:  # an earlier message changed this person
            self.session.flush()
            self._unflushed.clear()
            read.active = active_suppressions(self.session, self.account.id, [read.target])
        self._unflushed |= read.addresses
        if read.learns is not None and self._learn(read):
            self.session.flush()  # what the link copied to their address counts from now
            read.active = active_suppressions(self.session, self.account.id, [read.target])
        self.session.add(row)
        blocked = any(r.source in (Source.BLOCK, Source.BLACKLIST) for r in read.active)
        ctx = Context(
            self.session,
            self.log,
            self.config,
            row,
            read.match,
            read.target,
            read.sender,
            blocked,
            read.active,
            provider_time=read.message.sent_at is not None,
            reach=read.reach,
            keywords=read.sender.keywords if read.sender else self.config.keywords,
            actions=list(read.flags),
            detection=read.detection,
        )
        if read.sender is None:
            ctx.actions.append(UnknownSender(to=row.to_address))
        if blocked:
            row.hidden = True
            ctx.actions.append(RecordedFromBlockedAddress())
        ctx.provider_answered = read.message.provider_keyword in _PROVIDER_KEYWORDS
        if read.message.group is not None:
            row.reply = on_group_message(ctx, read.message.group)
        elif read.message.button is not None:
            mapped = read.sender.buttons.get(read.message.button) if read.sender else None
            row.reply = on_button(ctx, read.message.button, mapped)
        else:
            row.reply = EFFECTS[read.match.intent](ctx)
        outbound = None
        if row.reply and read.message.provider in REPLIES_BY_API:
            outbound = _queue_reply(ctx, read.message.provider)
        elif row.reply:
            _record_returned_reply(ctx, read.message.provider)
        row.actions = stored_actions.to_json(ctx.actions)
        return _result(row, outbound)

    def _learn(self, read: _Read) -> bool:
        """Link the person's two addresses; True when that wrote a suppression."""
        assert read.target is not None and read.learns is not None
        message = read.message
        written = links.learn(
            self.session,
            self.log,
            read.target,
            read.learns.address,
            actor=Actor(ActorKind.PROVIDER, message.provider, via=message.credential),
            evidence={"provider": message.provider, "message": message.provider_message_id},
        )
        return bool(written)

    def _our_address(self, message: InboundMessage) -> str:
        """The account's own address the message was sent to, normalised once per batch."""
        key = (message.channel, message.to_address)
        if key not in self._ours:
            try:
                self._ours[key] = normalise_sender(
                    message.channel, message.to_address, self.account.settings.default_country
                )
            except InvalidAddress:
                self._ours[key] = message.to_address.strip()
        return self._ours[key]


def _new_row(account: AccountRef, message: InboundMessage, to: str) -> ReceivedMessage:
    now = utcnow()
    return ReceivedMessage(
        account_id=account.id,
        id=new_id(),
        provider=message.provider,
        provider_message_id=storable_text(message.provider_message_id),
        channel=message.channel.value,
        from_address=storable_text(message.from_address.strip()),
        to_address=storable_text(to),
        body=storable_text(message.body),
        sent_at=(message.sent_at or now).astimezone(UTC),
        received_at=now,
        sender_known=False,
        hidden=False,
        intent="none",
        actions=[],
        raw=json_storable(message.raw),
        credential=message.credential,
    )


def _result(row: ReceivedMessage, outbound_id: str | None = None) -> InboundResult:
    actions = stored_actions.from_json(row.actions)
    return InboundResult(row.id, row.intent, row.keyword, actions, row.reply, False, outbound_id)


def _record_returned_reply(ctx: Context, provider: str) -> None:
    """Record the reply the webhook's answer carries (Twilio's TwiML, the `POST /v1/inbound`
    response) in the outbox, as already handed over (heed.outbound.queue.RETURNED)."""
    row = ctx.row
    outbound_queue.record_returned(
        ctx.session,
        row.account_id,
        channel=row.channel,
        from_address=row.to_address,
        to_address=row.from_address,
        body=row.reply or "",
        kind=ctx.reply_kind or "reply",
        provider=provider,
        created_by=str(Actor(ActorKind.SYSTEM)),
        in_reply_to=row.id,
    )


def _queue_reply(ctx: Context, provider: str) -> str:
    """Queue the reply for the provider's API (its webhook answer cannot carry it)."""
    row = ctx.row
    queued = outbound_queue.enqueue(
        ctx.session,
        row.account_id,
        channel=row.channel,
        from_address=row.to_address,
        to_address=row.from_address,
        body=row.reply or "",
        kind=ctx.reply_kind or "reply",
        provider=provider,
        created_by=str(Actor(ActorKind.SYSTEM)),
        in_reply_to=row.id,
    )
    ctx.actions.append(ReplyQueued(outbound_id=queued.id))
    return queued.id
