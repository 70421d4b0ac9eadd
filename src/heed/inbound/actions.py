"""What heed did with an inbound message or a delivery report: one typed action per step.

`InboundResult.actions` and `ReportResult.actions` hold these; the stored rows and the HTTP
and CLI answers hold their JSON, `{"action": <kind>, ...fields}` (`to_json`, `from_json`).
An optional field (default None) is left out of the JSON when it is None, so each action
keeps the exact shape the HTTP contract documents. Not to be confused with
heed.core.permissions.Action, what a role may do.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from heed.core.clock import ClockBounds


@dataclass(frozen=True, kw_only=True)
class _Step:
    kind: ClassVar[str]

    def to_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {"action": self.kind}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is not None or f.default is not None:
                shown[f.name] = value
        return shown


@dataclass(frozen=True, kw_only=True)
class Suppressed(_Step):
    """A suppression was recorded (from a message: its channel; from a report: its source)."""

    kind = "suppressed"
    channel: str | None = None
    source: str | None = None
    scope: str
    suppression_id: str


@dataclass(frozen=True, kw_only=True)
class Lifted(_Step):
    kind = "lifted"
    channel: str | None = None
    scope: str
    suppression_id: str


@dataclass(frozen=True, kw_only=True)
class AlreadyOptedOut(_Step):
    kind = "already_opted_out"
    scope: str


@dataclass(frozen=True, kw_only=True)
class AlreadySuppressed(_Step):
    kind = "already_suppressed"
    source: str


@dataclass(frozen=True, kw_only=True)
class NothingToLift(_Step):
    kind = "nothing_to_lift"
    scope: str


@dataclass(frozen=True, kw_only=True)
class Superseded(_Step):
    """A later message decides: the one that did (`by_message`), or why."""

    kind = "superseded"
    by_message: str | None = None
    why: str | None = None


@dataclass(frozen=True, kw_only=True)
class Refused(_Step):
    kind = "refused"
    why: str


@dataclass(frozen=True, kw_only=True)
class Ignored(_Step):
    kind = "ignored"
    why: str


@dataclass(frozen=True, kw_only=True)
class TimeDistrusted(_Step):
    """The message's own time was outside the clock bounds (heed.core.clock)."""

    kind = "time_distrusted"
    sent_at: str
    taken_as: str | None = None  # receipt time, when the message claimed to come from the future
    why: str


@dataclass(frozen=True, kw_only=True)
class UnknownSender(_Step):
    kind = "unknown_sender"
    to: str


@dataclass(frozen=True, kw_only=True)
class RecordedFromBlockedAddress(_Step):
    kind = "recorded_from_blocked_address"


@dataclass(frozen=True, kw_only=True)
class ReplyQueued(_Step):
    kind = "reply_queued"
    outbound_id: str


@dataclass(frozen=True, kw_only=True)
class HeldForReview(_Step):
    kind = "held_for_review"
    review_id: str
    why: str


@dataclass(frozen=True, kw_only=True)
class SentToReview(_Step):
    kind = "review"
    review_id: str
    deadline: str


@dataclass(frozen=True, kw_only=True)
class GroupMessage(_Step):
    kind = "group_message"
    group: str


@dataclass(frozen=True, kw_only=True)
class Button(_Step):
    """A button the business offered was tapped; `mapped` is what the sender says it means."""

    kind = "button"
    payload: str
    mapped: str | None


InboundAction = (
    Suppressed
    | Lifted
    | AlreadyOptedOut
    | AlreadySuppressed
    | NothingToLift
    | Superseded
    | Refused
    | Ignored
    | TimeDistrusted
    | UnknownSender
    | RecordedFromBlockedAddress
    | ReplyQueued
    | HeldForReview
    | SentToReview
    | GroupMessage
    | Button
)

_KINDS: dict[str, type[InboundAction]] = {cls.kind: cls for cls in InboundAction.__args__}


def distrusted_time(
    clock: ClockBounds, at: datetime, received: datetime
) -> tuple[datetime, list[InboundAction]]:
    """The time heed acts on for a message's or a report's own time `at`, received at
    `received`, with a `TimeDistrusted` flag when `at` is outside the clock bounds: one rule
    for both (heed.core.clock)."""
    taken, problem = clock.taken(at, received)
    if problem is None:
        return at, []
    as_given = None if taken == at else taken.isoformat()
    return taken, [TimeDistrusted(sent_at=at.isoformat(), taken_as=as_given, why=problem)]


def to_json(actions: list[InboundAction] | tuple[InboundAction, ...]) -> list[dict[str, Any]]:
    """The actions as stored and answered."""
    return [action.to_json() for action in actions]


def from_json(stored: list[dict[str, Any]]) -> tuple[InboundAction, ...]:
    """The actions a stored message or report records (an erasure may have blanked their
    text, never their keys)."""
    return tuple(
        _KINDS[item["action"]](**{k: v for k, v in item.items() if k != "action"})
        for item in stored
    )
