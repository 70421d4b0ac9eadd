"""Opting out and back in, shared by every path: admin actions, keywords, reports, imports.

These functions run inside the caller's transaction and never check roles: the caller
(Engine method, inbound processing) has decided who may do what before calling.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from heed.core.rules import CheckRequest, scope_applies
from heed.core.vocabulary import Actor, Channel, Scope, ScopeKind, Source
from heed.errors import ResubscribeRefused
from heed.store import accounts, links
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.suppressions import (
    Target,
    active_suppressions,
    create_suppression,
    lift_suppressions,
)
from heed.store.tables import Suppression


def reach(session: Session, account: AccountRef, target: Target, scope: Scope) -> list[Target]:
    """The (channel, address) pairs an opt-out or opt-in of `target` in `scope` applies to.

    With `opt_out_channels=all`, every channel of the person; a list stays on its channel.
    """
    if scope.kind is not ScopeKind.LIST and account.settings.opt_out_channels == "all":
        return accounts.person_targets(session, account, target)
    return [target]


def opt_out(
    session: Session,
    log: EventLog,
    account: AccountRef,
    target: Target,
    scope: Scope,
    *,
    source: Source,
    actor: Actor,
    reason: str | None,
    evidence: dict[str, Any] | None = None,
    at: datetime | None = None,
    targets: Sequence[Target] | None = None,
    active: Sequence[Suppression] | None = None,
) -> tuple[list[Suppression], list[Suppression]]:
    """Suppress `target` (or `targets`) in `scope`; return (created, already active).

    `active` may pass the targets' active suppressions when the caller has just read them.
    Each one created is also written under the addresses linked to its own (heed.store.links),
    as a suppression of its own; those are not among the returned ones.
    """
    reached = list(targets) if targets is not None else reach(session, account, target, scope)
    if active is None:
        active = active_suppressions(session, account.id, reached)
    created: list[Suppression] = []
    existing: list[Suppression] = []
    for each in reached:
        twin = next(
            (
                row
                for row in active
                if (row.channel, row.address, row.scope, row.source)
                == (each.channel.value, each.address, str(scope), source.value)
            ),
            None,
        )
        if twin is not None:
            existing.append(twin)
            continue
        row = create_suppression(
            session,
            log,
            target=each,
            scope=scope,
            source=source,
            actor=actor,
            reason=reason,
            evidence=evidence or {},
            occurred_at=at,
        )
        created.append(row)
    if created:
        _to_linked(session, log, created, actor)
    return created, existing


def _to_linked(
    session: Session, log: EventLog, created: Sequence[Suppression], actor: Actor
) -> None:
    """Write the opt-outs just `created` under the addresses linked to theirs."""
    by_target = {Target(Channel(row.channel), row.address): row for row in created}
    found = links.links_of(session, log.account_id, list(by_target))
    if not found:
        return
    active = list(active_suppressions(session, log.account_id, [link.other for link in found]))
    for link in found:
        row, to = by_target[link.of], [link.other]
        active += links.copy_to(session, log, [row], to, active, actor=actor, link=link.evidence)


def refuse_if_barred(active: Sequence[Suppression], request: CheckRequest) -> None:
    """Raise ResubscribeRefused if a block, blacklist or carrier opt-out covers `request`."""
    for row in active:
        if row.source in (Source.BLOCK, Source.BLACKLIST):
            how = (
                "unblock them first"
                if row.source == Source.BLOCK
                else "only support can lift a blacklist"
            )
            raise ResubscribeRefused(
                f"cannot resubscribe {row.address}: {row.source}ed since "
                f"{row.since:%Y-%m-%d %H:%M} UTC (event #{row.created_event}, "
                f"reason: {row.reason}); {how}"
            )
        if row.source == Source.CARRIER and scope_applies(Scope.parse(row.scope), request):
            raise ResubscribeRefused(
                f"cannot resubscribe {row.address}: the carrier reports an opt-out ({row.scope}, "
                f"since {row.since:%Y-%m-%d %H:%M} UTC); only the person's own START to that "
                "number lifts it"
            )


def resubscribe_refusal(
    session: Session, account: AccountRef, target: Target, scope: Scope
) -> str | None:
    """Why an admin's resubscribe of `target` in `scope` would be refused now, or None: the
    words `opt_in` raises, so a page can show them instead of offering the action."""
    active = active_suppressions(session, account.id, reach(session, account, target, scope))
    sender = scope.value if scope.kind is ScopeKind.SENDER else None
    list_name = scope.value if scope.kind is ScopeKind.LIST else None
    try:
        refuse_if_barred(active, CheckRequest(target.channel, target.address, sender, list_name))
    except ResubscribeRefused as refused:
        return str(refused)
    return None


def lifted_by(row: Suppression, scope: Scope, sources: Collection[str]) -> bool:
    """Whether an opt-in in `scope` lifts `row`.

    An account-wide opt-in also lifts sender-scoped opt-outs; a list is lifted only by name;
    any account or sender opt-in (the person's START) also lifts a stop of one purpose
    (marketing), which is narrower than both.
    """
    if row.source not in sources:
        return False
    kind = Scope.parse(row.scope).kind
    if scope.kind is ScopeKind.ACCOUNT:
        return kind in (ScopeKind.ACCOUNT, ScopeKind.SENDER, ScopeKind.PURPOSE)
    if scope.kind is ScopeKind.SENDER and kind is ScopeKind.PURPOSE:
        return True
    return row.scope == str(scope)


def opt_in(
    session: Session,
    log: EventLog,
    account: AccountRef,
    target: Target,
    scope: Scope,
    *,
    sources: Collection[str],
    actor: Actor,
    reason: str,
    evidence: dict[str, Any] | None = None,
    at: datetime | None = None,
    refuse_barred: bool = True,
    linked: bool = False,
) -> list[Suppression]:
    """Lift the suppressions of `sources` that `scope` covers; return what was lifted.

    With `at`, only suppressions older than `at` are lifted: an opt-in never undoes an opt-out
    that happened after it, however late the opt-in arrives. With `linked` (the person's own
    START, and nothing else), also those of the addresses linked to theirs (heed.store.links).
    """
    targets = reach(session, account, target, scope)
    if linked:
        targets += links.linked(session, account.id, targets)
    active = active_suppressions(session, account.id, targets)
    if refuse_barred:
        sender = scope.value if scope.kind is ScopeKind.SENDER else None
        list_name = scope.value if scope.kind is ScopeKind.LIST else None
        refuse_if_barred(active, CheckRequest(target.channel, target.address, sender, list_name))
    rows = [
        row for row in active if lifted_by(row, scope, sources) and (at is None or row.since <= at)
    ]
    return lift_suppressions(
        session, log, rows, actor=actor, reason=reason, occurred_at=at, evidence=evidence
    )
