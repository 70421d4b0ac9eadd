"""The effects of an inbound message, one handler per intent (opt-out, list trigger, opt-in,
help, none): each changes what the message asks, records its actions, and returns the reply or
None. Called by `heed.inbound.messages.Inbox` once the message is stored and the account's event
chain is locked, so what `Context.active` holds stays true until commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from heed.core.detection import Detection, detect
from heed.core.inbound_rules import keyword_scope, reply_text
from heed.core.keywords import KeywordConfig, KeywordMatch
from heed.core.vocabulary import (
    PERSON_LIFTED_SOURCES,
    UNVERIFIED,
    Actor,
    ActorKind,
    Channel,
    Purpose,
    Scope,
    ScopeKind,
    Source,
    provider_verified,
)
from heed.inbound.actions import (
    AlreadyOptedOut,
    Button,
    GroupMessage,
    HeldForReview,
    InboundAction,
    Lifted,
    Refused,
    SentToReview,
    Superseded,
    Suppressed,
)
from heed.store import optouts, review
from heed.store.accounts import AccountRef
from heed.store.config import AccountConfig, SenderConfig
from heed.store.events import EventLog
from heed.store.lists import set_membership
from heed.store.suppressions import Target, lift_suppressions
from heed.store.tables import ReceivedMessage, Suppression

# Built once: constructing a statement costs about as much as running it.
_KEYWORDS_AFTER = (
    select(ReceivedMessage)
    .where(
        ReceivedMessage.account_id == bindparam("account_id"),
        ReceivedMessage.channel == bindparam("channel"),
        ReceivedMessage.from_address == bindparam("from_address"),
        ReceivedMessage.to_address == bindparam("to_address"),
        ReceivedMessage.intent.in_(("opt_out", "opt_in")),
        ReceivedMessage.sent_at > bindparam("sent_at"),
    )
    .order_by(ReceivedMessage.sent_at.desc())
)
#: What a STOP or START records when it changed nothing in the present.
_NO_EFFECT = frozenset({"refused", "held_for_review", "superseded"})


@dataclass
class Context:
    """Everything the effect handlers need about the message being applied."""

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
    actions: list[InboundAction] = field(default_factory=list)
    reply_kind: str | None = None  # which reply `reply` chose: opt_out, help, …
    detection: Detection | None = None  # read before the lock (heed.inbound.messages)
    #: The provider already read this message as a keyword and answered it (Twilio's
    #: `OptOutType`): heed records the same and sends no second confirmation.
    provider_answered: bool = False
    #: Where an opt-out this message asks for applies, when not the keyword scope: a tapped
    #: "Stop promotions" button stops marketing only (`purpose:marketing`).
    scope_override: Scope | None = None

    @property
    def account(self) -> AccountRef:
        return self.config.account

    @property
    def actor(self) -> Actor:
        # Not the address: the actor is in the hash-chained header, which a GDPR erasure
        # cannot blank; the address is in the event's payload, which it can. The credential
        # says how the message came: a provider's verified webhook, or an API key relaying it.
        return Actor(ActorKind.CONTACT, via=self.row.credential or UNVERIFIED)

    @property
    def scope(self) -> Scope:
        if self.scope_override is not None:
            return self.scope_override
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
        provider_answers = self.provider_answered or (
            self.sender is not None and self.sender.provider_handles_keywords
        )
        if self.blocked or (provider_answers and kind != "list_opt_out"):
            return None
        self.reply_kind = kind
        if custom:
            return custom
        replies = self.sender.replies if self.sender else None
        return reply_text(kind, self.account.settings, self.account.name, replies, **values)


def _on_opt_out(ctx: Context) -> str | None:
    later = _latest_later_keyword(ctx)
    newer = later if later is not None and later.intent == "opt_in" else None
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
        ctx.actions.append(AlreadyOptedOut(scope=str(ctx.scope)))
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
        ctx.actions.append(Superseded(by_message=newer.id))
        return None
    if ctx.scope.kind is ScopeKind.PURPOSE:
        # "Stop promotions" stops marketing only: the confirmation must not promise "no more
        # messages" while transactional ones still come, so it is the narrower reply's.
        return ctx.reply("list_opt_out", list=ctx.scope.value)
    return ctx.reply("opt_out")


def _on_list_trigger(ctx: Context) -> str | None:
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
        ctx.actions.append(AlreadyOptedOut(scope=f"list:{list_name}"))
        return None
    ctx.actions += [_suppressed(row) for row in created]
    custom = ctx.config.lists[list_name].get("reply")
    return ctx.reply("list_opt_out", custom, list=list_name)


def _on_opt_in(ctx: Context, sources: frozenset[Source] = PERSON_LIFTED_SOURCES) -> str | None:
    if ctx.blocked:
        ctx.actions.append(Refused(why="the address is blocked"))
        return None
    later = _latest_later_keyword(ctx)
    if later is not None and later.intent == "opt_out":  # absorbed, it may have left no row
        ctx.actions.append(Superseded(by_message=later.id, why="a later opt-out stands"))
        return None
    held = False
    if Source.CARRIER in sources and not provider_verified(ctx.row.credential):
        sources = sources - {Source.CARRIER}
        held = _hold_carrier_start(ctx)
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
        linked=True,  # the person's own word: it lifts what a link copied too
    )
    ctx.actions += [_lifted(row) for row in lifted]
    if held:
        return None  # still carrier-blocked: "you are subscribed again" would be untrue
    if lifted:
        return ctx.reply("opt_in")
    if ctx.match.keyword == "YES":
        ctx.row.intent = "none"  # YES is an opt-in only from someone who is opted out
    elif _newer_opt_out_exists(ctx):
        ctx.actions.append(Superseded(why="a later opt-out stands"))
    return None


def _hold_carrier_start(ctx: Context) -> bool:
    """Queue for an admin an opt-in that would lift a carrier opt-out; True if one was queued.

    A carrier opt-out is the carrier's record that the person said STOP to it: only the
    person's own START, through the provider's webhook whose signature heed verified, lifts it.
    The same word relayed by an API key (`POST /v1/inbound`) or typed into `heed inbound` proves
    only that the key's holder sent it, so it is recorded and waits for an admin's review
    (heed.store.review), which never applies it by itself.
    """
    carrier = [
        row
        for row in ctx.active
        if optouts.lifted_by(row, ctx.scope, {Source.CARRIER}) and row.since <= ctx.row.sent_at
    ]
    if not carrier:
        return False
    item = review.enqueue(
        ctx.session,
        ctx.log,
        ctx.account,
        message_id=ctx.row.id,
        channel=ctx.row.channel,
        address=ctx.target.address,
        to_address=ctx.row.to_address,
        body=ctx.row.body,
        detection={
            "intent": "opt_in",
            "reading": "asks to be messaged again; approving lifts the carrier opt-out "
            "(it is never applied by itself)",
            "reasons": [
                f"{ctx.match.keyword or 'an opt-in'} sent through {ctx.row.credential}, not the "
                "provider's verified webhook: it cannot lift a carrier opt-out by itself"
            ],
            "confidence": 1.0,
            "language": ctx.match.language,
            "evidence": [],
            "scope": None,
            "suppressions": sorted(row.id for row in carrier),
            "credential": ctx.row.credential,
        },
        received_at=ctx.row.sent_at,  # see _send_to_review
        actor=ctx.actor,
    )
    ctx.actions.append(
        HeldForReview(
            review_id=item.id,
            why="only the person's START through the provider's verified webhook lifts a "
            "carrier opt-out",
        )
    )
    return True


def _on_help(ctx: Context) -> str | None:
    return ctx.reply("help")


def _on_none(ctx: Context) -> str | None:
    """No keyword: ask the free-form detector, then (if nothing) maybe auto-resubscribe."""
    detection = ctx.detection or detect(ctx.row.body, config=ctx.keywords, channel=ctx.row.channel)
    settings = ctx.account.settings
    action = detection.action(settings.detect_high, settings.detect_low)
    if detection.intent == "opt_out" and action == "apply":
        return _free_form_opt_out(ctx, detection)
    if detection.intent == "opt_out" and action == "review":
        return _send_to_review(ctx, detection)
    if settings.auto_resubscribe_on_inbound == "any_message":
        return _on_opt_in(ctx, frozenset({Source.KEYWORD}))
    return None


def _free_form_opt_out(ctx: Context, detection: Detection) -> str | None:
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
        ctx.actions.append(AlreadyOptedOut(scope=str(ctx.scope)))
        return None
    return ctx.reply("opt_out")


def on_group_message(ctx: Context, group: str) -> str | None:
    """A message written in a group (WhatsApp groups): "stop" there may mean the group's
    messages, or the chat, not the one-to-one messages the person gets from the business.
    A revocation goes to review with the group named, where a person decides (and heed
    applies it at the deadline, fail safe); nothing else changes, and nothing is said to
    the group."""
    detection = ctx.detection or detect(ctx.row.body, config=ctx.keywords, channel=ctx.row.channel)
    if ctx.match.intent != "opt_out" and detection.intent != "opt_out":
        ctx.row.intent = "none"
        ctx.actions.append(GroupMessage(group=group))
        return None
    _send_to_review(ctx, detection, {"group": group})
    return None


def on_button(ctx: Context, payload: str, mapped: str | None) -> str | None:
    """A button the business itself offered, tapped: an unambiguous choice, applied at once.

    `mapped` is what the sender says the payload means (`SenderSettings.buttons`); without
    it, the button's text is read as a keyword, then by the detector, whose doubt (a
    free-form "Stop promotions" would go to review) does not apply to a choice the business
    worded. Its scope is what the text names: marketing, or everything.
    """
    ctx.actions.append(Button(payload=payload, mapped=mapped))
    if mapped is None:
        if ctx.match.intent != "none":
            return EFFECTS[ctx.match.intent](ctx)
        detection = ctx.detection or detect(
            ctx.row.body, config=ctx.keywords, channel=ctx.row.channel
        )
        if detection.intent != "opt_out":
            return _on_none(ctx)
        hint = detection.scope_hint
        mapped = "stop_marketing" if hint and hint.topic == "marketing" else "opt_out"
    if mapped in ("opt_out", "stop_marketing"):
        ctx.row.intent, ctx.row.keyword = "opt_out", f"button {payload}"[:64]
        ctx.match = replace(ctx.match, intent="opt_out", keyword=ctx.row.keyword)
        if mapped == "stop_marketing":
            ctx.scope_override = Scope.purpose(Purpose.MARKETING)
        return _on_opt_out(ctx)
    ctx.row.intent = mapped
    return EFFECTS[mapped](ctx)


def _send_to_review(
    ctx: Context, detection: Detection, extra: dict[str, str] | None = None
) -> str | None:
    """Unsure: a person decides before the deadline, or heed applies it then (fail safe).

    The deadline runs from when the person sent the message (the moment an opt-out from it
    is dated with; never later than heed received it), so a webhook delivered late does not
    extend it (FCC 2024: honoured within 10 business days of the request)."""
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
        detection=_detection_json(detection) | (extra or {}),
        received_at=ctx.row.sent_at,
    )
    ctx.actions.append(SentToReview(review_id=item.id, deadline=item.deadline.isoformat()))
    if ctx.account.settings.clarification_reply:
        return ctx.reply("clarification")
    return None


def _detection_json(detection: Detection) -> dict[str, Any]:
    return {
        "intent": detection.intent,
        "confidence": round(detection.confidence, 3),
        "language": detection.language,
        "evidence": [str(e) for e in detection.evidence],  # raw: rule names, for the curious
        "reading": detection.reading(),  # what a reviewer reads first
        "reasons": detection.reasons(),
        "scope": detection.scope_hint.as_dict() if detection.scope_hint else None,
    }


EFFECTS = {
    "opt_out": _on_opt_out,
    "list_trigger": _on_list_trigger,
    "opt_in": _on_opt_in,
    "help": _on_help,
    "none": _on_none,
}


def _latest_later_keyword(ctx: Context) -> ReceivedMessage | None:
    """The newest STOP or START the same person sent to the same number after this message
    that took effect: the present is what it said, however late this one arrives.

    A STOP that found the person opted out already leaves no suppression of its own, so the
    rows alone cannot show it; the messages do. Only a provider timestamp can be older than
    messages already processed; without one, sent_at is now and nothing can be newer.
    """
    if not ctx.provider_time:
        return None
    row = ctx.row
    candidates = ctx.session.scalars(
        _KEYWORDS_AFTER,
        {
            "account_id": row.account_id,
            "channel": row.channel,
            "from_address": row.from_address,
            "to_address": row.to_address,
            "sent_at": row.sent_at,
        },
    )
    return next(
        (m for m in candidates if not any(a["action"] in _NO_EFFECT for a in m.actions)), None
    )


def _newer_opt_out_exists(ctx: Context) -> bool:
    return any(
        optouts.lifted_by(row, ctx.scope, PERSON_LIFTED_SOURCES) and row.since > ctx.row.sent_at
        for row in ctx.active
    )


def _suppressed(row: Suppression) -> Suppressed:
    return Suppressed(channel=row.channel, scope=row.scope, suppression_id=row.id)


def _lifted(row: Suppression) -> Lifted:
    return Lifted(channel=row.channel, scope=row.scope, suppression_id=row.id)
