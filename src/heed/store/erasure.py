"""GDPR erasure of a contact: personal data goes, the opt-out and the proof stay.

An erased address is replaced everywhere by a tombstone, `erased:` + HMAC-SHA256(the account's
tombstone key, address): heed can still recognise the address when it is checked again (and keep
saying "do not send"), but the stored value no longer reveals it, and without the key (derived
from the server key, which is not in the database) it cannot be found by hashing guesses.
Events keep their place in the hash chain: their payload is blanked, their payload digest kept,
and the erasure itself is an event listing what it blanked, so `heed audit verify` can tell an
erasure from tampering.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from heed.core.vocabulary import Actor
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.tables import Consent, Contact, Event, ReceivedMessage, ReceivedReport, Suppression
from heed.store.types import utcnow

ERASED_PAYLOAD: dict[str, Any] = {"erased": True}
ERASED_TEXT = "(erased)"
#: Fields of events' before/after snapshots that say nothing about the person, kept so that
#: "was this address suppressed at time T?" can still be answered after erasure.
_IMPERSONAL = frozenset(
    {
        "id",
        "channel",
        "scope",
        "source",
        "since",
        "created_event",
        "lifted_at",
        "purpose",
        "status",
        "list",
    }
)


@dataclass(frozen=True)
class Erasure:
    contact_id: str
    suppressions: int
    events: tuple[int, ...]
    messages: int


def erase_contact(
    session: Session,
    log: EventLog,
    account: AccountRef,
    contact: Contact,
    actor: Actor,
    reason: str,
) -> Erasure:
    stones = {a: account.tombstone(a) for a in (contact.phone, contact.email) if a}
    suppressions = messages = 0
    for address, stone in stones.items():
        # Reasons are free text an admin typed, and may name the person: they go too.
        suppressions += _replace(
            session,
            account,
            Suppression.address,
            address,
            stone,
            evidence={},
            reason=ERASED_TEXT,
            lift_reason=None,
        )
        _replace(session, account, Consent.address, address, stone, evidence={})
        messages += _replace(
            session, account, ReceivedMessage.from_address, address, stone, body="", raw={}
        )
        _replace(session, account, ReceivedReport.recipient, address, stone, raw={})
    seqs = _blank_events(session, account, contact.id, stones)
    contact.phone = contact.email = contact.name = contact.external_id = None
    contact.fields = {}
    contact.erased_at = contact.updated_at = utcnow()
    log.append(
        "contact.erased",
        actor,
        contact_id=contact.id,
        evidence={"reason": reason},
        after={"contact_id": contact.id, "erased_events": list(seqs)},
    )
    return Erasure(contact.id, suppressions, tuple(seqs), messages)


def _replace(
    session: Session, account: AccountRef, column: Any, address: str, stone: str, **blank: Any
) -> int:
    """Swap `address` for its tombstone in `column`'s table, blanking the given fields."""
    model = column.class_
    result = session.execute(
        update(model)
        .where(model.account_id == account.id, column == address)
        .values({column.key: stone, **blank})
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _blank_events(
    session: Session, account: AccountRef, contact_id: str, stones: dict[str, str]
) -> list[int]:
    """Blank the payload of every event about the contact; return their sequence numbers."""
    rows = session.scalars(
        select(Event).where(
            Event.account_id == account.id,
            or_(Event.contact_id == contact_id, Event.address.in_(list(stones))),
        )
    ).all()
    for row in rows:
        row.address = stones.get(row.address or "", row.address)
        row.evidence = dict(ERASED_PAYLOAD)
        row.before = _impersonal(row.before, stones)
        row.after = _impersonal(row.after, stones)
        row.erased = True
    return sorted(row.seq for row in rows)


def _impersonal(snapshot: dict[str, Any] | None, stones: dict[str, str]) -> dict[str, Any] | None:
    if snapshot is None:
        return None
    kept = {k: v for k, v in snapshot.items() if k in _IMPERSONAL}
    if "address" in snapshot:
        kept["address"] = stones.get(snapshot["address"], snapshot["address"])
    return kept
