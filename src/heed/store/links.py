"""Two addresses of one person, as a provider showed them together: an opt-out under either
holds under both.

Meta names a WhatsApp user by phone number, by business-scoped user id (BSUID, "US.1349…",
the only id of a user who adopted a username), or both. A STOP under one must not leave the
other messageable, so when a webhook shows both for one person heed records the link and:
- copies every active suppression of either address to the other when the link is first
  learned (an opt-out may have come before the link was known);
- writes each later opt-out of either address under the other too (`optouts.opt_out`).
Each copy is a suppression of its own, with its own event and evidence naming the link, so
the check, check_bulk, the filter and the compiled index read it as any other suppression.
Nothing is lifted across a link except by the person's own START (heed.inbound.effects): an
admin lifting one address leaves the other as it is (fail-safe).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from heed.core.vocabulary import Actor, Channel, Scope, Source
from heed.store.events import EventLog
from heed.store.ids import new_id
from heed.store.suppressions import Target, active_suppressions, create_suppression
from heed.store.tables import AddressLink, Suppression
from heed.store.types import utcnow


@dataclass(frozen=True)
class Link:
    """`other` is linked to `of` (one of the addresses asked about), as `evidence` shows."""

    of: Target
    other: Target
    evidence: dict[str, Any]


def links_of(session: Session, account_id: str, targets: Sequence[Target]) -> list[Link]:
    """The links of any of `targets` (same channel) to addresses not among them."""
    if not targets:
        return []
    rows = session.execute(
        select(AddressLink.channel, AddressLink.address, AddressLink.linked, AddressLink.evidence)
        .where(
            AddressLink.account_id == account_id,
            or_(
                *(
                    (AddressLink.channel == t.channel.value)
                    & ((AddressLink.address == t.address) | (AddressLink.linked == t.address))
                    for t in targets
                )
            ),
        )
        .order_by(AddressLink.learned_at)
    ).all()
    given = set(targets)
    found: list[Link] = []
    for channel, address, other, evidence in rows:
        phone, user = Target(Channel(channel), address), Target(Channel(channel), other)
        for of, to in ((phone, user), (user, phone)):
            if of in given and to not in given:
                found.append(Link(of, to, evidence))
    return found


def linked(session: Session, account_id: str, targets: Sequence[Target]) -> list[Target]:
    """The addresses linked to any of `targets`, not among them."""
    return list(dict.fromkeys(link.other for link in links_of(session, account_id, targets)))


def learn(
    session: Session,
    log: EventLog,
    phone: Target,
    user_id: str,
    *,
    actor: Actor,
    evidence: dict[str, Any],
) -> list[Suppression]:
    """Record that `phone` and `user_id` (on its channel) are one person, unless known; when
    new, take the account's chain lock and copy each one's active suppressions to the other.
    Returns the suppressions written."""
    other = Target(phone.channel, user_id)
    known = session.scalar(
        select(AddressLink.id).where(
            AddressLink.account_id == log.account_id,
            AddressLink.channel == phone.channel.value,
            AddressLink.address == phone.address,
            AddressLink.linked == user_id,
        )
    )
    if known is not None:
        return []
    log.lock()  # what is read next decides suppressions
    link = AddressLink(
        account_id=log.account_id,
        id=new_id(),
        channel=phone.channel.value,
        address=phone.address,
        linked=user_id,
        learned_at=utcnow(),
        evidence=evidence,
    )
    session.add(link)
    session.flush()
    active = active_suppressions(session, log.account_id, [phone, other])
    written = []
    for row in active:
        to = other if row.address == phone.address else phone
        written += copy_to(session, log, [row], [to], active, actor=actor, link=evidence)
    return written


def copy_to(
    session: Session,
    log: EventLog,
    rows: Sequence[Suppression],
    targets: Sequence[Target],
    active: Sequence[Suppression],
    *,
    actor: Actor,
    link: dict[str, Any],
) -> list[Suppression]:
    """Write each of `rows` under each of `targets`, unless an identical one is `active`
    there: same scope, source and time, with evidence naming the row and the link."""
    written = []
    for row in rows:
        for to in targets:
            if any(
                (a.channel, a.address, a.scope, a.source)
                == (to.channel.value, to.address, row.scope, row.source)
                for a in active
            ):
                continue
            written.append(
                create_suppression(
                    session,
                    log,
                    target=to,
                    scope=Scope.parse(row.scope),
                    source=Source(row.source),
                    actor=actor,
                    reason=f"linked by {link.get('provider', 'a provider')} webhook to "
                    f"{row.address}: {row.reason or row.source}",
                    evidence={"linked_from": row.id, "address": row.address, "link": link},
                    occurred_at=row.since,
                )
            )
    return written
