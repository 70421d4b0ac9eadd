"""The append-only, hash-chained activity log of one account: appending (heed.store.audit
verifies it).

Appending locks the account's chain head row, so events of one account are numbered without
gaps even with concurrent writers, while different accounts never wait for each other.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from heed.core.chain import GENESIS_HASH, canonical_json, chain_hash, digest, header, payload
from heed.core.vocabulary import Actor
from heed.store.tables import Event, EventHead
from heed.store.types import utcnow

# Built once: constructing a statement costs about as much as running it, and this one runs
# in every transaction that appends.
_LOCK_HEAD = (
    select(EventHead).where(EventHead.account_id == bindparam("account_id")).with_for_update()
)


def json_ready(value: Any) -> Any:
    """The value exactly as it will read back from a JSON column (datetimes become ISO text),
    on either database: the event's digest is of this value, so one that PostgreSQL gives back
    otherwise would verify as altered (`_as_stored`)."""
    return None if value is None else json.loads(canonical_json(value), parse_float=_as_stored)


def _as_stored(text: str) -> float | int:
    """A JSON number as PostgreSQL's JSONB gives it back: its numeric type has no negative zero,
    and writes a whole number without an exponent (Python writes 1e16 as "1e+16", which
    JSONB gives back as 10000000000000000, an integer)."""
    if "e" in text or "E" in text:
        exact = Decimal(text)
        if exact == exact.to_integral_value():
            return int(exact)
    return float(text) or 0.0


def _header(event: Event) -> dict[str, Any]:
    return header(
        event.account_id,
        event.seq,
        event.occurred_at.isoformat(),
        event.recorded_at.isoformat(),
        event.kind,
        event.actor,
        event.source,
        event.channel,
        event.contact_id,
        event.credential,
    )


def _payload(event: Event) -> dict[str, Any]:
    return payload(event.address, event.evidence, event.before, event.after, event.salt)


def start_chain(session: Session, account_id: str) -> None:
    session.add(EventHead(account_id=account_id, seq=0, hash=GENESIS_HASH))


class EventLog:
    """Appends events for one account within the caller's transaction."""

    def __init__(self, session: Session, account_id: str) -> None:
        self._session = session
        self.account_id = account_id
        self._head: EventHead | None = None

    def _locked_head(self) -> EventHead:
        if self._head is None:
            self._head = self._session.scalars(_LOCK_HEAD, {"account_id": self.account_id}).one()
        return self._head

    def lock(self) -> None:
        """Take the account's write lock now, before reading state a change depends on."""
        self._locked_head()

    @property
    def next_seq(self) -> int:
        """The number the next appended event gets (taking the lock, if not held yet)."""
        return self._locked_head().seq + 1

    def append(
        self,
        kind: str,
        actor: Actor,
        *,
        source: str | None = None,
        channel: str | None = None,
        address: str | None = None,
        contact_id: str | None = None,
        evidence: dict[str, Any] | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        occurred_at: datetime | None = None,
    ) -> Event:
        head = self._locked_head()
        now = utcnow()
        event = Event(
            account_id=self.account_id,
            seq=head.seq + 1,
            occurred_at=(occurred_at or now).astimezone(UTC),
            recorded_at=now,
            kind=kind,
            actor=str(actor),
            credential=actor.credential,
            source=source,
            channel=channel,
            address=address,
            contact_id=contact_id,
            evidence=json_ready(evidence or {}),
            before=json_ready(before),
            after=json_ready(after),
            prev_hash=head.hash,
            salt=secrets.token_hex(16),
        )
        event.payload_digest = digest(_payload(event))
        event.hash = chain_hash(event.prev_hash, _header(event), event.payload_digest)
        self._session.add(event)
        head.seq, head.hash = event.seq, event.hash
        return event
