"""The append-only, hash-chained activity log of one account: appending (heed.store.audit
verifies it).

Appending locks the account's chain head row, so events of one account are numbered without
gaps even with concurrent writers, while different accounts never wait for each other.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select
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


_EVENTS = cast(Table, Event.__table__)  # for Core's multi-row INSERT (`append_all`)


def json_ready(value: Any) -> Any:
    """The value exactly as it will read back from a JSON column (datetimes become ISO text),
    on either database: the event's digest is of this value, so one that PostgreSQL gives back
    otherwise would verify as altered (`_as_stored`)."""
    return None if value is None else _STORED.decode(canonical_json(value))


def _as_stored(text: str) -> float | int:
    """A JSON number as PostgreSQL's JSONB gives it back: its numeric type has no negative zero,
    and writes a whole number without an exponent (Python writes 1e16 as "1e+16", which
    JSONB gives back as 10000000000000000, an integer)."""
    if "e" in text or "E" in text:
        exact = Decimal(text)
        if exact == exact.to_integral_value():
            return int(exact)
    return float(text) or 0.0


_STORED = json.JSONDecoder(parse_float=_as_stored)  # made once: `json.loads` makes one a call


def _header(event: Event) -> dict[str, Any]:
    """A stored event's header (what the tamper tests and bench/audit_verify.py rehash)."""
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
        change = Change(channel, address, contact_id, before, after, evidence, source)
        event = Event(**self._next(kind, actor, change, utcnow(), occurred_at))
        self._session.add(event)
        return event

    def append_all(self, kind: str, actor: Actor, changes: Sequence[Change]) -> None:
        """Append one event of `kind` a change, in order, with one multi-row statement: each
        as `append` makes it, without an ORM object (the unit of work cost ~0.2 ms an event,
        most of a list import that unsubscribed its contacts one event at a time:
        bench/README.md, "List imports and email imports")."""
        if changes:
            now = utcnow()
            rows = [self._next(kind, actor, change, now, None) for change in changes]
            self._session.flush()  # the events `append` added come first
            self._session.execute(insert(_EVENTS), rows)  # Core: the ORM's bulk path costs more

    def _next(
        self,
        kind: str,
        actor: Actor,
        change: Change,
        now: datetime,
        occurred_at: datetime | None,
    ) -> dict[str, Any]:
        """The next event's columns, hashed onto the chain, and the head moved to it."""
        head = self._locked_head()
        values: dict[str, Any] = {
            "account_id": self.account_id,
            "seq": head.seq + 1,
            "occurred_at": (occurred_at or now).astimezone(UTC),
            "recorded_at": now,
            "kind": kind,
            "actor": str(actor),
            "credential": actor.credential,
            "source": change.source,
            "channel": change.channel,
            "address": change.address,
            "contact_id": change.contact_id,
            "evidence": json_ready(change.evidence or {}),
            "before": json_ready(change.before),
            "after": json_ready(change.after),
            "prev_hash": head.hash,
            "salt": secrets.token_hex(16),
        }
        values["payload_digest"] = digest(
            payload(
                values["address"],
                values["evidence"],
                values["before"],
                values["after"],
                values["salt"],
            )
        )
        values["hash"] = chain_hash(
            head.hash,
            header(
                self.account_id,
                values["seq"],
                values["occurred_at"].isoformat(),
                now.isoformat(),
                kind,
                values["actor"],
                change.source,
                change.channel,
                change.contact_id,
                values["credential"],
            ),
            values["payload_digest"],
        )
        head.seq, head.hash = values["seq"], values["hash"]
        return values


@dataclass(frozen=True, slots=True)
class Change:
    """What one event says changed, beyond its kind, actor and times (`EventLog.append`)."""

    channel: str | None = None
    address: str | None = None
    contact_id: str | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    evidence: dict[str, Any] | None = None
    source: str | None = None
