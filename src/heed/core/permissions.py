"""Which role may do what (docs/design.md §1), decided in one place for CLI, API and web alike."""

from __future__ import annotations

from enum import StrEnum

from heed.core.vocabulary import Actor, Role, Source
from heed.errors import PermissionDenied


class Action(StrEnum):
    VIEW = "view"
    CHECK = "check"
    MANAGE_LIST_MEMBERSHIP = "manage list membership"
    UNSUBSCRIBE = "unsubscribe"
    RESUBSCRIBE = "resubscribe"
    BLOCK = "block"
    UNBLOCK = "unblock"
    BLACKLIST = "blacklist"
    LIFT_BLACKLIST = "lift a blacklist"
    MANAGE_SENDERS = "manage senders"
    MANAGE_SETTINGS = "change account settings"
    MANAGE_KEYS = "manage API keys and users"
    IMPORT = "import"
    RECORD_CONSENT = "record consent"
    ERASE = "erase personal data"
    RECEIVE = "post inbound messages on a person's behalf"
    REPLY = "send one-to-one replies from the inbox"


_AGENT = frozenset({Action.VIEW, Action.CHECK, Action.MANAGE_LIST_MEMBERSHIP, Action.REPLY})
_ADMIN = frozenset(Action) - {Action.LIFT_BLACKLIST}
_ALLOWED = {Role.AGENT: _AGENT, Role.ADMIN: _ADMIN, Role.SUPPORT: frozenset(Action)}


def may(role: Role, action: Action, *, agents_may_unsubscribe: bool = False) -> bool:
    """Whether `role` may perform `action` in an account with the given setting.

    `agents_may_unsubscribe` lets agents record opt-outs only; resubscribing someone stays an
    admin action, because wrongly re-enabling messages is the mistake that costs lawsuits.
    """
    if role is Role.AGENT and action is Action.UNSUBSCRIBE and agents_may_unsubscribe:
        return True
    return action in _ALLOWED[role]


def require(actor: Actor, action: Action, *, agents_may_unsubscribe: bool = False) -> None:
    """Raise PermissionDenied unless `actor` may perform `action`.

    Actors without a role (the contact themselves, a provider report, the system) act on their
    own behalf through the inbound path, which decides what they may do; they never pass here.
    """
    if actor.role is None:
        return
    if not may(actor.role, action, agents_may_unsubscribe=agents_may_unsubscribe):
        raise PermissionDenied(f"{actor} with role {actor.role} may not {action}")


def lift_action(source: Source) -> Action | None:
    """What lifting a suppression of `source` by hand takes; None: no one may (docs/design.md §1:
    a carrier opt-out is cleared only by the person's own START)."""
    if source is Source.CARRIER:
        return None
    if source is Source.BLACKLIST:
        return Action.LIFT_BLACKLIST
    if source is Source.BLOCK:
        return Action.UNBLOCK
    return Action.RESUBSCRIBE
