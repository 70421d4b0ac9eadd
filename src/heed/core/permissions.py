"""Which role may do what: the one role table (docs/design.md §1), for CLI, API and web alike.

`TABLE` is the whole policy: every action a role may take, and the account setting that widens
it. The engine asks `require` before every change; the API and web ask `may` only to spare
people a button or an upload that cannot work, and the engine decides again. The README's role
table is rendered from `TABLE` (`role_table_markdown`), and a test keeps the two equal.

Three rules pick the action from what is acted on, so that no interface has to know them:
`key_action` (managing a support key or user is support's), `review_action` (a review decision
takes the permission of its effect) and `lift_action` (lifting a suppression takes the right
that undoes its source).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from heed.core.account_settings import AccountSettings
from heed.core.vocabulary import Actor, Role, Source
from heed.errors import PermissionDenied


class Action(StrEnum):
    VIEW = "view"
    CHECK = "check"
    MANAGE_LIST_MEMBERSHIP = "manage list membership"
    REPLY = "send one-to-one replies from the inbox"
    UNSUBSCRIBE = "unsubscribe"
    RESUBSCRIBE = "resubscribe"
    BLOCK = "block"
    UNBLOCK = "unblock"
    BLACKLIST = "blacklist"
    LIFT_BLACKLIST = "lift a blacklist"
    MANAGE_SENDERS = "manage senders"
    MANAGE_SETTINGS = "change account settings"
    MANAGE_KEYS = "manage API keys and users"
    MANAGE_SUPPORT_ACCESS = "manage support keys and users"
    IMPORT = "import"
    RECORD_CONSENT = "record consent"
    ERASE = "erase personal data"
    RECEIVE = "post inbound messages on a person's behalf"


@dataclass(frozen=True)
class Rule:
    """Who may take one action, what in heed takes it, and the setting that lets agents too."""

    roles: frozenset[Role]
    covers: str
    #: An AccountSettings flag that, when true, lets agents take the action as well.
    widened_by: str | None = None


_EVERYONE = frozenset(Role)
_ADMINS = frozenset({Role.ADMIN, Role.SUPPORT})
_SUPPORT = frozenset({Role.SUPPORT})

TABLE: dict[Action, Rule] = {
    Action.VIEW: Rule(
        _EVERYONE, "read contacts, suppressions, history, senders, lists, settings, review, imports"
    ),
    Action.CHECK: Rule(_EVERYONE, "check addresses, one or in bulk; filter and export audiences"),
    Action.MANAGE_LIST_MEMBERSHIP: Rule(
        _EVERYONE, "create and edit contacts; add them to lists (never back onto one they left)"
    ),
    Action.REPLY: Rule(_EVERYONE, "answer people from the inbox (heed checks the person first)"),
    Action.UNSUBSCRIBE: Rule(
        _ADMINS,
        "record an opt-out; approve a pending opt-out in review; reject a held START",
        widened_by="agents_may_unsubscribe",
    ),
    # Wrongly re-enabling messages is the mistake that costs lawsuits: no setting widens this,
    # and every decision that leaves a person messageable takes it (review_action).
    Action.RESUBSCRIBE: Rule(
        _ADMINS,
        "lift an opt-out; reject a pending opt-out in review (it keeps the person messageable); "
        "approve a held START",
    ),
    Action.BLOCK: Rule(_ADMINS, "block a person on every channel"),
    Action.UNBLOCK: Rule(_ADMINS, "lift a block (the implied opt-out stays)"),
    Action.BLACKLIST: Rule(_ADMINS, "blacklist a person: a block only support lifts"),
    Action.LIFT_BLACKLIST: Rule(_SUPPORT, "lift a blacklist"),
    Action.MANAGE_SENDERS: Rule(_ADMINS, "add and change senders"),
    Action.MANAGE_SETTINGS: Rule(
        _ADMINS, "change account settings and registry sources; create lists"
    ),
    Action.MANAGE_KEYS: Rule(_ADMINS, "list, create and revoke agent and admin keys and users"),
    Action.MANAGE_SUPPORT_ACCESS: Rule(
        _SUPPORT, "create, revoke or change support keys and users (support is the operator)"
    ),
    Action.IMPORT: Rule(_ADMINS, "import opt-outs and contacts"),
    Action.RECORD_CONSENT: Rule(_ADMINS, "record an explicit opt-in for a purpose"),
    Action.ERASE: Rule(_ADMINS, "erase a contact's personal data (GDPR art. 17)"),
    # A message speaks for the person (a START resubscribes them): not for agents to post.
    Action.RECEIVE: Rule(_ADMINS, "post inbound messages and delivery reports by API"),
}


def may(role: Role, action: Action, settings: AccountSettings | None = None) -> bool:
    """Whether `role` may take `action` in an account with these settings.

    Without `settings` the defaults apply, so a caller that forgets them gets the narrower
    answer, never the wider one.
    """
    rule = TABLE[action]
    if role in rule.roles:
        return True
    widened = rule.widened_by is not None and settings is not None
    return widened and role is Role.AGENT and bool(getattr(settings, str(rule.widened_by)))


def require(actor: Actor, action: Action, settings: AccountSettings | None = None) -> None:
    """Raise PermissionDenied unless `actor` may take `action`.

    Actors without a role (the contact themselves, a provider report, the system) act on their
    own behalf through the inbound path, which decides what they may do; they never pass here.
    """
    if actor.role is None:
        return
    if not may(actor.role, action, settings):
        raise PermissionDenied(f"{actor} with role {actor.role} may not {action}")


def key_action(role: Role) -> Action:
    """What creating, revoking or changing a key or web user of `role` takes: support is the
    platform's operator, so an account's admin neither makes nor removes support access."""
    return Action.MANAGE_SUPPORT_ACCESS if role is Role.SUPPORT else Action.MANAGE_KEYS


def review_action(*, opt_in: bool, approve: bool) -> Action:
    """What deciding a review item takes: the permission of the decision's effect.

    Rejecting a pending opt-out keeps the person messageable (it cancels the fail-safe
    apply at the deadline), and approving a held START lifts an opt-out: both resubscribe.
    Approving an opt-out, or rejecting a START, leaves them suppressed: unsubscribing.
    """
    messageable = approve if opt_in else not approve
    return Action.RESUBSCRIBE if messageable else Action.UNSUBSCRIBE


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


def role_table_markdown() -> str:
    """`TABLE` as the README shows it: one row per action, one column per role."""
    roles = list(Role)
    lines = [
        "| Action | " + " | ".join(f"`{r}`" for r in roles) + " | What takes it |",
        "|---|" + "---|" * len(roles) + "---|",
    ]
    for action, rule in TABLE.items():
        cells = [_cell(rule, role) for role in roles]
        lines.append(f"| {action} | " + " | ".join(cells) + f" | {rule.covers} |")
    return "\n".join(lines) + "\n"


def _cell(rule: Rule, role: Role) -> str:
    if role in rule.roles:
        return "yes"
    if rule.widened_by is not None and role is Role.AGENT:
        return f"if `{rule.widened_by}`"
    return "no"
