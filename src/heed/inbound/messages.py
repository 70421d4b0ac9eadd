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
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from heed.core.addresses import normalise_address, normalise_sender
from heed.core.detection import Detection, detect
from heed.core.inbound_rules import keyword_scope, reply_text
from heed.core.keywords import KeywordConfig, KeywordMatch, match_keywords
from heed.core.text import json_storable, storable_text
from heed.core.vocabulary import PERSON_LIFTED_SOURCES, Actor, ActorKind, Channel, Scope, Source
from heed.errors import InvalidAddress
from heed.inbound.batches import by_account
from heed.outbound import REPLIES_BY_API
from heed.outbound import queue as outbound_queue
from heed.providers.base import InboundMessage
from heed.store import optouts, review
from heed.store.accounts import AccountRef
from heed.store.config import AccountConfig, ConfigCache, SenderConfig
from heed.store.events import EventLog
from heed.store.ids import new_id
from heed.store.lists import set_membership
from heed.store.suppressions import Target, active_suppressions, lift_suppressions
from heed.store.tables import ReceivedMessage, Suppression
from heed.store.types import utcnow

Action = dict[str, Any]

# The reads every message makes, built once: constructing a statement costs about as much as
# running it.
_STORED = select(
    ReceivedMessage.id, ReceivedMessage.intent, ReceivedMessage.keyword, ReceivedMessage.actions
).where(
    ReceivedMessage.account_id == bindparam("account_id"),
    ReceivedMessage.provider == bindparam("provider"),
    ReceivedMessage.provider_message_id == bindparam("provider_message_id"),
)
_OPT_INS_AFTER = (
    select(ReceivedMessage)
    .where(
        ReceivedMessage.account_id == bindparam("account_id"),
        ReceivedMessage.channel == bindparam("channel"),
        ReceivedMessage.from_address == bindparam("from_address"),
        ReceivedMessage.to_address == bindparam("to_address"),
        ReceivedMessage.intent == "opt_in",
        ReceivedMessage.sent_at > bindparam("sent_at"),
    )
    .order_by(ReceivedMessage.sent_at.desc())
)


@dataclass(frozen=True)
class InboundResult:
    """What heed did with a message: the contract's `{"intent", "actions", "reply"}`."""

    message_id: str
    intent: str
    keyword: str | None
    actions: tuple[Action, ...]
    reply: str | None
    duplicate: bool = False
    outbound_id: str | None = None  # the reply, queued to be sent through the provider's API


@dataclass
class _Message:
    """Everything the effect handlers need about the message being processed."""

    session: Session
    log: EventLog
    config: AccountConfig
    row: ReceivedMessage
    match: KeywordMatch
    target: Target
    sender: SenderConfig | None
    blocked: bool
    active: list[Suppression]  # the person's active suppressions on this channel, read once
    provider_time: bool  # whether sent_at came from the provider (else: our receipt time)
    reach: list[Target]  # every (channel, address) of the person an account-wide change covers
    keywords: KeywordConfig  # the sender's: what it removed is no keyword to the detector either
    actions: list[Action] = field(default_factory=list)
    reply_kind: str | None = None  # which reply `reply` chose: opt_out, help, …

    @property
    def account(self) -> AccountRef:
        return self.config.account

    @property
    def actor(self) -> Actor:
        # Not the address: the actor is in the hash-chained header, which a GDPR erasure
        # cannot blank; the address is in the event's payload, which it can.
        return Actor(ActorKind.CONTACT)

    @property
    def scope(self) -> Scope:
        return keyword_scope(
            self.sender.scope if self.sender else None, self.account.settings, self.row.to_address
        )

    @property
    def evidence(self) -> dict[str, Any]:
        return {
            "message_id": self.row.id,
            "provider": self.row.provider,
            "provider_message_id": self.row.provider_message_id,
            "to": self.row.to_address,
            "body": self.row.body,
        }

    def reply(self, kind: str, custom: str | None = None, **values: str) -> str | None:
        """The reply text, or None where heed must stay silent: to a blocked address, and where
        the provider already answers the standard keywords itself (list keywords it does not)."""
        provider_answers = self.sender is not None and self.sender.provider_handles_keywords
        if self.blocked or (provider_answers and kind != "list_opt_out"):
            return None
        self.reply_kind = kind
        if custom:
            return custom
        replies = self.sender.replies if self.sender else None
        return reply_text(kind, self.account.settings, self.account.name, replies, **values)


def process_message(
    session: Session, config: AccountConfig, message: InboundMessage, *, known_new: bool = True
) -> InboundResult:
    """Process `message`; with `known_new=False`, first look for an earlier delivery of it."""
    inbox = Inbox(session, config)
    if not known_new and (stored := inbox.stored(message)) is not None:
        return stored
    return inbox.process([message])[0]


def process_together(
    session: Session, configs: ConfigCache, messages: Sequence[tuple[str, InboundMessage]]
) -> list[InboundResult]:
    """Process (account slug, message) pairs in one transaction, each as a first delivery;
    results in the order given."""
    return by_account(
        session, configs, messages, lambda config, own: Inbox(session, config).process(own)
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

    @property
    def addresses(self) -> set[str]:
        """The addresses its effects may change, on any channel."""
        return {target.address for target in (self.target, *self.reach) if target}


class Inbox:
    """One account's inbound messages in one transaction, in two passes.

    First every message is read and understood; then the account's event chain is locked,
    the active suppressions of all their senders are read in one query, and the effects are
    applied. The ORM writes the rows at commit, a few statements for all the messages, except
    where a message concerns an address that an earlier one changed: those changes are
    flushed first and its suppressions read again, so every message sees what the ones before
    it did, as if each had its own transaction.
    """

    def __init__(self, session: Session, config: AccountConfig) -> None:
        self.session = session
        self.config = config
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
        actions = tuple(found.actions)
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
        try:
            person = normalise_address(
                message.channel, message.from_address, self.account.settings.default_country
            )
        except InvalidAddress as exc:
            # Kept, with its intent, for a person to look at; nothing can be keyed on it.
            row.actions = [{"action": "ignored", "why": str(exc)}]
            return _Read(row, message, None)
        row.from_address = person
        target = Target(message.channel, person)
        sender = self.config.sender(self.session, row.channel, row.to_address)
        row.sender_known = sender is not None
        match = match_keywords(message.body, sender.keywords if sender else self.config.keywords)
        row.intent, row.keyword, row.language = match.intent, match.keyword, match.language
        reach = optouts.reach(self.session, self.account, target, Scope.account())
        return _Read(row, message, target, sender, match, reach)

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
        self.session.add(row)
        blocked = any(r.source in (Source.BLOCK, Source.BLACKLIST) for r in read.active)
        ctx = _Message(
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
        )
        if read.sender is None:
            ctx.actions.append({"action": "unknown_sender", "to": row.to_address})
        if blocked:
            row.hidden = True
            ctx.actions.append({"action": "recorded_from_blocked_address"})
        row.reply = _EFFECTS[read.match.intent](ctx)
        outbound = None
        if row.reply and read.message.provider in REPLIES_BY_API:
            outbound = _queue_reply(ctx, read.message.provider)
        row.actions = ctx.actions
        return _result(row, outbound)

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
    )


def _result(row: ReceivedMessage, outbound_id: str | None = None) -> InboundResult:
    actions = tuple(row.actions)
    return InboundResult(row.id, row.intent, row.keyword, actions, row.reply, False, outbound_id)


def _queue_reply(ctx: _Message, provider: str) -> str:
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
    ctx.actions.append({"action": "reply_queued", "outbound_id": queued.id})
    return queued.id


# -- effects, one per intent; each records its actions and returns the reply -----------------


def _on_opt_out(ctx: _Message) -> str | None:
    newer = _newer_opt_in(ctx)
    reached = ctx.reach  # a keyword's scope is the account or a sender, never a list
    created, _existing = optouts.opt_out(
        ctx.session,
        ctx.log,
        ctx.account,
        ctx.target,
        ctx.scope,
        source=Source.KEYWORD,
        actor=ctx.actor,
        reason=f"replied {ctx.match.keyword}",
        evidence=ctx.evidence,
        at=ctx.row.sent_at,
        targets=reached,
        active=ctx.active if reached == [ctx.target] else None,
    )
    ctx.actions += [_suppressed(row) for row in created]
    if not created:
        ctx.actions.append({"action": "already_opted_out", "scope": str(ctx.scope)})
        return None
    if newer is not None:
        lift_suppressions(
            ctx.session,
            ctx.log,
            created,
            actor=ctx.actor,
            reason=f"superseded by the later opt-in message {newer.id}",
            occurred_at=newer.sent_at,
        )
        ctx.actions.append({"action": "superseded", "by_message": newer.id})
        return None
    return ctx.reply("opt_out")


def _on_list_trigger(ctx: _Message) -> str | None:
    list_name = ctx.match.list_name or ""
    created, _existing = optouts.opt_out(
        ctx.session,
        ctx.log,
        ctx.account,
        ctx.target,
        Scope.list(list_name),
        source=Source.KEYWORD,
        actor=ctx.actor,
        reason=f"replied {ctx.match.keyword} for list {list_name}",
        evidence=ctx.evidence,
        at=ctx.row.sent_at,
    )
    set_membership(
        ctx.session, ctx.log, ctx.account, list_name, ctx.target, "unsubscribed", ctx.actor
    )
    if not created:
        ctx.actions.append({"action": "already_opted_out", "scope": f"list:{list_name}"})
        return None
    ctx.actions += [_suppressed(row) for row in created]
    custom = ctx.config.lists[list_name].get("reply")
    return ctx.reply("list_opt_out", custom, list=list_name)


def _on_opt_in(ctx: _Message, sources: frozenset[Source] = PERSON_LIFTED_SOURCES) -> str | None:
    if ctx.blocked:
        ctx.actions.append({"action": "refused", "why": "the address is blocked"})
        return None
    lifted = optouts.opt_in(
        ctx.session,
        ctx.log,
        ctx.account,
        ctx.target,
        ctx.scope,
        sources=sources,
        actor=ctx.actor,
        reason=f"replied {ctx.match.keyword or 'a message'}",
        evidence=ctx.evidence,
        at=ctx.row.sent_at,
        refuse_barred=False,
    )
    ctx.actions += [_lifted(row) for row in lifted]
    if lifted:
        return ctx.reply("opt_in")
    if ctx.match.keyword == "YES":
        ctx.row.intent = "none"  # YES is an opt-in only from someone who is opted out
    elif _newer_opt_out_exists(ctx):
        ctx.actions.append({"action": "superseded", "why": "a later opt-out stands"})
    return None


def _on_help(ctx: _Message) -> str | None:
    return ctx.reply("help")


def _on_none(ctx: _Message) -> str | None:
    """No keyword: ask the free-form detector, then (if nothing) maybe auto-resubscribe."""
    detection = detect(ctx.row.body, config=ctx.keywords, channel=ctx.row.channel)
    settings = ctx.account.settings
    action = detection.action(settings.detect_high, settings.detect_low)
    if detection.intent == "opt_out" and action == "apply":
        return _free_form_opt_out(ctx, detection)
    if detection.intent == "opt_out" and action == "review":
        return _send_to_review(ctx, detection)
    if settings.auto_resubscribe_on_inbound == "any_message":
        return _on_opt_in(ctx, frozenset({Source.KEYWORD}))
    return None


def _free_form_opt_out(ctx: _Message, detection: Detection) -> str | None:
    """A reply the detector is sure revokes consent ("please don't text me anymore"): honoured
    like STOP (FCC 2024: revocation "by any reasonable means"), on the channel it names."""
    ctx.row.intent = "opt_out"
    hint = detection.scope_hint
    target = ctx.target
    if hint is not None and hint.kind == "channel" and hint.channel:
        target = Target(Channel(hint.channel), ctx.target.address)
    created, _ = optouts.opt_out(
        ctx.session,
        ctx.log,
        ctx.account,
        target,
        ctx.scope,
        source=Source.KEYWORD,
        actor=ctx.actor,
        reason=f"free-form reply ({detection.confidence:.2f})",
        evidence=ctx.evidence | {"detection": _detection_json(detection)},
        at=ctx.row.sent_at,
    )
    ctx.actions += [_suppressed(row) for row in created]
    if not created:
        ctx.actions.append({"action": "already_opted_out", "scope": str(ctx.scope)})
        return None
    return ctx.reply("opt_out")


def _send_to_review(ctx: _Message, detection: Detection) -> str | None:
    """Unsure: a person decides before the deadline, or heed applies it then (fail safe)."""
    ctx.row.intent = "review"
    item = review.enqueue(
        ctx.session,
        ctx.log,
        ctx.account,
        message_id=ctx.row.id,
        channel=ctx.row.channel,
        address=ctx.target.address,
        to_address=ctx.row.to_address,
        body=ctx.row.body,
        detection=_detection_json(detection),
        received_at=ctx.row.received_at,
    )
    ctx.actions.append(
        {"action": "review", "review_id": item.id, "deadline": item.deadline.isoformat()}
    )
    if ctx.account.settings.clarification_reply:
        return ctx.reply("clarification")
    return None


def _detection_json(detection: Detection) -> dict[str, Any]:
    return {
        "intent": detection.intent,
        "confidence": round(detection.confidence, 3),
        "language": detection.language,
        "evidence": [str(e) for e in detection.evidence],
        "scope": detection.scope_hint.as_dict() if detection.scope_hint else None,
    }


_EFFECTS = {
    "opt_out": _on_opt_out,
    "list_trigger": _on_list_trigger,
    "opt_in": _on_opt_in,
    "help": _on_help,
    "none": _on_none,
}


def _newer_opt_in(ctx: _Message) -> ReceivedMessage | None:
    """A message from the same person to the same number that opted them in after this one.

    Only a provider timestamp can be older than messages already processed; without one,
    sent_at is now and nothing can be newer.
    """
    if not ctx.provider_time:
        return None
    row = ctx.row
    candidates = ctx.session.scalars(
        _OPT_INS_AFTER,
        {
            "account_id": row.account_id,
            "channel": row.channel,
            "from_address": row.from_address,
            "to_address": row.to_address,
            "sent_at": row.sent_at,
        },
    )
    return next((m for m in candidates if any(a["action"] == "lifted" for a in m.actions)), None)


def _newer_opt_out_exists(ctx: _Message) -> bool:
    return any(
        optouts.lifted_by(row, ctx.scope, PERSON_LIFTED_SOURCES) and row.since > ctx.row.sent_at
        for row in ctx.active
    )


def _suppressed(row: Suppression) -> Action:
    return {
        "action": "suppressed",
        "channel": row.channel,
        "scope": row.scope,
        "suppression_id": row.id,
    }


def _lifted(row: Suppression) -> Action:
    return {
        "action": "lifted",
        "channel": row.channel,
        "scope": row.scope,
        "suppression_id": row.id,
    }
