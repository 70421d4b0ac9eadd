"""The review queue: free-form replies heed is unsure of, until a person or the clock decides.

An item is never dropped. A reviewer approves it (the opt-out is applied) or rejects it; one
still pending at its deadline is applied automatically by `apply_due` and recorded as such,
because an unanswered revocation must be honoured within the FCC's ten business days.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.core.deadlines import add_business_days
from heed.core.inbound_rules import keyword_scope
from heed.core.vocabulary import Actor, ActorKind, Channel, Scope, Source
from heed.errors import BadInput, NotFound
from heed.store import accounts, optouts, queries
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.ids import new_id
from heed.store.suppressions import Target, active_suppressions, lift_suppressions
from heed.store.tables import ReviewItem
from heed.store.types import utcnow

SYSTEM = Actor(ActorKind.SYSTEM)


def enqueue(
    session: Session,
    log: EventLog,
    account: AccountRef,
    *,
    message_id: str,
    channel: str,
    address: str,
    to_address: str,
    body: str,
    detection: dict[str, Any],
    received_at: datetime,
    actor: Actor = SYSTEM,
) -> ReviewItem:
    item = ReviewItem(
        account_id=account.id,
        id=new_id(),
        message_id=message_id,
        channel=channel,
        address=address,
        to_address=to_address,
        body=body,
        detection=detection,
        status="pending",
        created_at=received_at,
        deadline=add_business_days(received_at, account.settings.review_business_days),
    )
    session.add(item)
    log.append(
        "review.created",
        actor,
        channel=channel,
        address=address,
        evidence={"message_id": message_id, "detection": detection},
        after={"id": item.id, "status": "pending", "deadline": item.deadline},
    )
    return item


def decide(
    session: Session,
    log: EventLog,
    account: AccountRef,
    item: ReviewItem,
    *,
    approve: bool,
    actor: Actor,
    reason: str | None,
    status: str | None = None,
) -> list[str]:
    """Approve (apply the opt-out) or reject `item`; return the suppressions created."""
    if item.status != "pending":
        raise BadInput(f"review item {item.id} was already decided: {item.status}")
    before = {"id": item.id, "status": item.status}
    item.status = status or ("approved" if approve else "rejected")
    item.decided_at, item.decided_by, item.decision_reason = utcnow(), str(actor), reason
    created: list[str] = []
    if approve and is_opt_in(item):
        created = _lift_held(session, log, account, item, actor)
    elif approve:
        created = _apply(session, log, account, item, actor)
    log.append(
        f"review.{item.status}",
        actor,
        channel=item.channel,
        address=item.address,
        evidence={"reason": reason, "message_id": item.message_id},
        before=before,
        after={"id": item.id, "status": item.status, "suppressions": created},
    )
    return created


def _apply(
    session: Session, log: EventLog, account: AccountRef, item: ReviewItem, actor: Actor
) -> list[str]:
    """Opt the person out in the scope their words asked for: a channel, one list, or the lists
    of a topic ("no more promos, but keep my order updates" leaves the marketing lists only);
    without such words, or when no list matches, the sender's keyword scope (the safe one)."""
    hint = item.detection.get("scope") or {}
    channel = Channel(hint["channel"]) if hint.get("kind") == "channel" else Channel(item.channel)
    sender = accounts.find_sender(session, account, item.channel, item.to_address)
    scopes = _list_scopes(session, account, hint) or [
        keyword_scope(sender.scope if sender else None, account.settings, item.to_address)
    ]
    created: list[str] = []
    for scope in scopes:
        rows, _ = optouts.opt_out(
            session,
            log,
            account,
            Target(channel, item.address),
            scope,
            source=Source.KEYWORD,
            actor=actor,
            reason=f"free-form reply, {item.status}: {item.body[:200]}",
            evidence={"review_id": item.id, "message_id": item.message_id},
            at=item.created_at,
        )
        created += [row.id for row in rows]
    return created


def is_opt_in(item: ReviewItem) -> bool:
    """Whether `item` is a START held back because it may not lift what it asks to (a carrier
    opt-out, heed.inbound.effects): approved, it lifts; unanswered, nothing happens."""
    return asks_opt_in(item.detection)


def asks_opt_in(detection: Mapping[str, Any]) -> bool:
    """Whether a review item's detection is a held START (see `is_opt_in`)."""
    return bool(detection.get("intent") == "opt_in")


def _lift_held(
    session: Session, log: EventLog, account: AccountRef, item: ReviewItem, actor: Actor
) -> list[str]:
    """Lift the carrier opt-outs a held START asked to lift, those still in force."""
    wanted = set(item.detection.get("suppressions") or [])
    rows = [
        row
        for row in active_suppressions(
            session, account.id, [Target(Channel(item.channel), item.address)]
        )
        if row.id in wanted and row.source == Source.CARRIER
    ]
    lifted = lift_suppressions(
        session,
        log,
        rows,
        actor=actor,
        reason=f"the person's START (message {item.message_id}), confirmed on review",
        occurred_at=item.created_at,
        evidence={"review_id": item.id, "message_id": item.message_id},
    )
    return [row.id for row in lifted]


def _list_scopes(session: Session, account: AccountRef, hint: dict[str, Any]) -> list[Scope]:
    """The lists a list or topic hint names: a list by name; `marketing` as the lists whose
    purpose is marketing; another topic ("newsletter") as the lists named after it."""
    if hint.get("kind") == "list" and hint.get("list"):
        with suppress(NotFound):
            return [Scope.list(accounts.find_list(session, account, hint["list"]).name)]
        return []
    topic = str(hint.get("topic") or "") if hint.get("kind") == "topic" else ""
    if not topic:
        return []
    return [
        Scope.list(row.name)
        for row in queries.lists(session, account)
        if (row.purpose == "marketing" if topic == "marketing" else topic in row.name.lower())
    ]


def due(session: Session, account: AccountRef, now: datetime) -> list[ReviewItem]:
    return list(
        item
        for item in session.scalars(
            select(ReviewItem).where(
                ReviewItem.account_id == account.id,
                ReviewItem.status == "pending",
                ReviewItem.deadline <= now,
            )
        )
        if not is_opt_in(item)  # fail safe: a held START is never applied by the clock
    )
