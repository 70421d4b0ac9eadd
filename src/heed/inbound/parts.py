"""Long messages a provider delivers in parts (Vonage `concat`): kept until whole, then read once.

A revocation can span parts ("…please just ST" / "OP messaging me."), and each part read alone
says nothing. Each part is stored durably before the webhook is acknowledged (nothing is lost);
the part that completes its set, in whatever order the parts came, turns them into one message,
processed in the same transaction as the parts are removed. Parts whose set is still incomplete
`PART_WAIT` (HEED_PART_WAIT_SECONDS) after the first arrived are read as they are, joined in
order with what is missing left out (`flush_expired`): a STOP in a part whose sibling never
comes is still a STOP.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from heed.core.clock import ClockBounds
from heed.core.text import json_storable
from heed.core.vocabulary import UNVERIFIED, Channel
from heed.inbound.messages import InboundResult, process_message
from heed.providers.base import InboundMessage, MessagePart
from heed.store.config import ConfigCache
from heed.store.ids import new_id
from heed.store.tables import Account
from heed.store.tables import MessagePart as PartRow
from heed.store.types import utcnow

#: How long the first part of a set waits for the others. Parts are sent together and
#: usually arrive within seconds; a provider's retries of a failed delivery take minutes.
PART_WAIT = timedelta(minutes=5)  # HEED_PART_WAIT_SECONDS
_CLOCK = ClockBounds()


def receive_part(
    session: Session,
    configs: ConfigCache,
    slug: str,
    message: InboundMessage,
    part: MessagePart,
    *,
    known_new: bool = True,
    clock: ClockBounds = _CLOCK,
) -> InboundResult | None:
    """Store `part`; once its set is whole, process the joined message and return its result.

    With `known_new=False` (a retry that collided with a stored part), nothing changes.
    """
    config = configs.get(session, slug)
    account_id = config.account.id
    if not known_new and any(
        row.part == part.number
        for row in _set(session, account_id, message.provider, part.key[:400])
    ):
        return None
    session.add(
        PartRow(
            account_id=account_id,
            id=new_id(),
            provider=message.provider,
            group_key=part.key[:400],
            part=part.number,
            total=part.total,
            provider_message_id=message.provider_message_id,
            received_at=utcnow(),
            message=_stored(message),
        )
    )
    session.flush()  # a retried part collides here (unique index) and is a no-op
    rows = _set(session, account_id, message.provider, part.key[:400])
    if len({row.part for row in rows}) < part.total:
        return None
    return _process_set(session, configs, slug, rows, clock)


def flush_expired(
    session: Session,
    configs: ConfigCache,
    now: datetime | None = None,
    wait: timedelta = PART_WAIT,
    clock: ClockBounds = _CLOCK,
) -> int:
    """Read every set whose first part waited longer than `wait` as it is; return how many."""
    cutoff = (now or utcnow()) - wait
    firsts = session.execute(
        select(PartRow.account_id, PartRow.provider, PartRow.group_key)
        .where(PartRow.received_at <= cutoff)
        .distinct()
    ).all()
    slugs = dict(session.execute(select(Account.id, Account.slug)).all()) if firsts else {}
    for account_id, provider, key in firsts:
        rows = _set(session, account_id, provider, key)
        if rows:
            _process_set(session, configs, slugs[account_id], rows, clock)
    return len(firsts)


def _set(session: Session, account_id: str, provider: str, key: str) -> list[PartRow]:
    return list(
        session.scalars(
            select(PartRow)
            .where(
                PartRow.account_id == account_id,
                PartRow.provider == provider,
                PartRow.group_key == key,
            )
            .order_by(PartRow.part)
        )
    )


def _process_set(
    session: Session,
    configs: ConfigCache,
    slug: str,
    rows: Sequence[PartRow],
    clock: ClockBounds,
) -> InboundResult:
    """Join `rows` (in part order, one of each) into one message, remove them, process it."""
    by_number = {row.part: row for row in rows}
    ordered = [by_number[number] for number in sorted(by_number)]
    first = _loaded(ordered[0].message)
    body = "".join(_loaded(row.message).body for row in ordered)
    missing = sorted(set(range(1, ordered[0].total + 1)) - set(by_number))
    raw: dict[str, Any] = {
        "parts": [row.message["raw"] for row in ordered],
        "part_ids": [row.provider_message_id for row in ordered],
    }
    if missing:
        raw["missing_parts"] = missing
    joined = replace(first, body=body, raw=raw)
    session.execute(delete(PartRow).where(PartRow.id.in_([row.id for row in rows])))
    # Not known new: a part retried after its set was read is read again alone, and when it
    # is the first part it has the joined message's id, which is then processed once.
    config = configs.get(session, slug)
    return process_message(session, config, joined, known_new=False, clock=clock)


def _stored(message: InboundMessage) -> dict[str, Any]:
    return {
        "channel": message.channel.value,
        "from": message.from_address,
        "to": message.to_address,
        "body": message.body,
        "provider": message.provider,
        "id": message.provider_message_id,
        "sent_at": message.sent_at.isoformat() if message.sent_at else None,
        "raw": json_storable(message.raw),
        "credential": message.credential,  # a verified webhook's parts stay verified
    }


def _loaded(stored: dict[str, Any]) -> InboundMessage:
    sent_at = stored.get("sent_at")
    return InboundMessage(
        channel=Channel(stored["channel"]),
        from_address=stored["from"],
        to_address=stored["to"],
        body=stored["body"],
        provider=stored["provider"],
        provider_message_id=stored["id"],
        sent_at=datetime.fromisoformat(sent_at).astimezone(UTC) if sent_at else None,
        raw=stored["raw"],
        credential=stored.get("credential", UNVERIFIED),
    )
