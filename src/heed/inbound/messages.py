"""Process one inbound message: store it, read its intent, apply the effects, choose the reply.

Order of operations matters for the guarantees:
1. Exactly once: the first attempt assumes the message is new and inserts it with everything
   else at commit. A provider's retry collides there with the unique index on the provider
   message id; the whole transaction rolls back, and the engine's second attempt
   (`known_new=False`) finds the stored message and changes nothing: one confirmation only.
2. Store the message with its intent before any effect, in the same transaction as the effects.
3. Apply effects in provider time: an opt-in lifts only opt-outs older than itself, and an
   opt-out older than an opt-in already applied is recorded as superseded by it.
4. Everything is read and decided before the first event is appended, because appending locks
   the account's event chain until commit: the shorter that lock, the more messages per second
   one account can take.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.core.addresses import normalise_address, normalise_sender
from heed.core.detection import Detection, detect
from heed.core.inbound_rules import keyword_scope, reply_text
from heed.core.keywords import KeywordConfig, KeywordMatch, ListTrigger, match_keywords
from heed.core.text import json_storable, storable_text
from heed.core.vocabulary import PERSON_LIFTED_SOURCES, Actor, ActorKind, Channel, Scope, Source
from heed.errors import InvalidAddress
from heed.providers.base import InboundMessage
from heed.store import accounts, optouts, review
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.ids import new_id
from heed.store.lists import set_membership
from heed.store.suppressions import Target, active_suppressions, lift_suppressions
from heed.store.tables import MailingList, ReceivedMessage, Sender, Suppression
from heed.store.types import utcnow

Action = dict[str, Any]


@dataclass(frozen=True)
class InboundResult:
    """What heed did with a message: the contract's `{"intent", "actions", "reply"}`."""

    message_id: str
    intent: str
    keyword: str | None
    actions: tuple[Action, ...]
    reply: str | None
    duplicate: bool = False


@dataclass
class _Message:
    """Everything the effect handlers need about the message being processed."""

    session: Session
    log: EventLog
    account: AccountRef
    row: ReceivedMessage
    match: KeywordMatch
    target: Target
    sender: Sender | None
    blocked: bool
    active: list[Suppression]  # the person's active suppressions on this channel, read once
    provider_time: bool  # whether sent_at came from the provider (else: our receipt time)
    actions: list[Action] = field(default_factory=list)

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
        if custom:
            return custom
        replies = self.sender.replies if self.sender else None
        return reply_text(kind, self.account.settings, self.account.name, replies, **values)


def process_message(
    session: Session, account: AccountRef, message: InboundMessage, *, known_new: bool = True
) -> InboundResult:
    """Process `message`; with `known_new=False`, first look for an earlier delivery of it."""
    if not known_new:
        stored = session.scalars(
            select(ReceivedMessage).where(
                ReceivedMessage.account_id == account.id,
                ReceivedMessage.provider == message.provider,
                ReceivedMessage.provider_message_id == storable_text(message.provider_message_id),
            )
        ).first()
        if stored is not None:
            return InboundResult(
                stored.id, stored.intent, stored.keyword, tuple(stored.actions), None, True
            )
    with session.no_autoflush:  # one flush at commit: each statement once, in one round
        return _process(session, account, message)


def _process(session: Session, account: AccountRef, message: InboundMessage) -> InboundResult:
    log = EventLog(session, account.id)
    row = _store(session, account, message)
    try:
        person = normalise_address(
            message.channel, message.from_address, account.settings.default_country
        )
    except InvalidAddress as exc:
        # Kept, with its intent, for a person to look at; nothing can be keyed on it.
        row.actions = [{"action": "ignored", "why": str(exc)}]
        return _result(row)

    row.from_address = person
    sender = accounts.find_sender(session, account, row.channel, row.to_address)
    row.sender_known = sender is not None
    match = match_keywords(message.body, _keyword_config(session, account, sender))
    row.intent, row.keyword, row.language = match.intent, match.keyword, match.language
    target = Target(message.channel, person)
    active = active_suppressions(session, account.id, [target])
    blocked = any(r.source in (Source.BLOCK, Source.BLACKLIST) for r in active)
    provider_time = message.sent_at is not None
    ctx = _Message(
        session, log, account, row, match, target, sender, blocked, active, provider_time
    )
    if sender is None:
        ctx.actions.append({"action": "unknown_sender", "to": row.to_address})
    if blocked:
        row.hidden = True
        ctx.actions.append({"action": "recorded_from_blocked_address"})
    row.reply = _EFFECTS[match.intent](ctx)
    row.actions = ctx.actions
    return _result(row)


def _store(session: Session, account: AccountRef, message: InboundMessage) -> ReceivedMessage:
    now = utcnow()
    try:
        to = normalise_sender(message.channel, message.to_address, account.settings.default_country)
    except InvalidAddress:
        to = message.to_address.strip()
    row = ReceivedMessage(
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
    session.add(row)
    return row


def _keyword_config(session: Session, account: AccountRef, sender: Sender | None) -> KeywordConfig:
    lists = session.scalars(select(MailingList).where(MailingList.account_id == account.id))
    triggers = tuple(
        ListTrigger(
            list_name=row.name,
            keywords=frozenset(row.triggers.get("keywords", [])),
            aliases=frozenset(row.triggers.get("aliases", [])),
        )
        for row in lists
    )
    return KeywordConfig(
        extra_opt_out=frozenset(sender.extra_keywords if sender else ()),
        removed_opt_out=frozenset(sender.removed_keywords if sender else ()),
        list_triggers=triggers,
    )


def _result(row: ReceivedMessage) -> InboundResult:
    return InboundResult(row.id, row.intent, row.keyword, tuple(row.actions), row.reply)


# -- effects, one per intent; each records its actions and returns the reply -----------------


def _on_opt_out(ctx: _Message) -> str | None:
    newer = _newer_opt_in(ctx)
    reached = optouts.reach(ctx.session, ctx.account, ctx.target, ctx.scope)
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
    custom = accounts.find_list(ctx.session, ctx.account, list_name).triggers.get("reply")
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
    detection = detect(ctx.row.body, channel=ctx.row.channel)
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
    candidates = ctx.session.scalars(
        select(ReceivedMessage)
        .where(
            ReceivedMessage.account_id == ctx.account.id,
            ReceivedMessage.channel == ctx.row.channel,
            ReceivedMessage.from_address == ctx.row.from_address,
            ReceivedMessage.to_address == ctx.row.to_address,
            ReceivedMessage.intent == "opt_in",
            ReceivedMessage.sent_at > ctx.row.sent_at,
        )
        .order_by(ReceivedMessage.sent_at.desc())
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
