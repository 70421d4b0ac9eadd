"""GDPR erasure of a contact: personal data goes, the opt-out and the proof stay.

An erased address is replaced everywhere by a tombstone, `erased:` + HMAC-SHA256(tombstone key,
address): heed can still recognise the address when it is checked again (and keep saying "do
not send"), but the stored value no longer reveals it, and without the key (the server key's,
never in the database) it cannot be found by hashing guesses.

Events keep their place in the hash chain. The chain hashes a header that holds nothing
personal (order, times, kind, actor, credential, source, channel) and a digest of the payload
(address, evidence, before/after, and a random salt). Erasure blanks the payload and the salt
and keeps the digest: the chain still verifies, and without the salt the digest cannot be
matched against guessed numbers. The erasure itself is an event listing what it blanked, so
`heed audit verify` can tell an erasure from tampering.

Each erased address also leaves keyed 64-bit probes of its index keys beside its tombstone
(`erasure_probes`, heed.core.tombstones): a filter of many recipients looks for those instead
of computing a tombstone for every one of them.

`PERSONAL` names, for every table, each column that can hold a person's data and what erasure
does to it; `IMPERSONAL` names every other text column and why it holds none. A test reads
both against the schema, so a new column fails it until someone decides its rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from heed.bulk.keys import address_key
from heed.core.lazy import module
from heed.core.vocabulary import Actor, Channel
from heed.store import links
from heed.store.accounts import AccountRef
from heed.store.events import EventLog
from heed.store.suppressions import Target, active_suppressions, lift_suppressions
from heed.store.tables import (
    AddressLink,
    Consent,
    Contact,
    ErasureProbe,
    Event,
    IdempotencyKey,
    Import,
    MessagePart,
    OutboundMessage,
    ReceivedMessage,
    ReceivedReport,
    ReviewItem,
    Suppression,
    rows_of,
)
from heed.store.types import utcnow

if TYPE_CHECKING:
    import numpy as np
else:
    np = module("numpy")

ERASED_PAYLOAD: dict[str, Any] = {"erased": True}
ERASED_TEXT = "(erased)"

#: table -> column -> what erasure does to it. `tombstone`: the address becomes its tombstone;
#: `blanked`: emptied; `scrubbed`: JSON or text in which every mention of the person (address,
#: name, external id) is replaced; `dropped`: the whole value is replaced when it mentions them.
PERSONAL: dict[str, dict[str, str]] = {
    # evidence and salt: of a batch-imported contact (heed.store.contact_batches); digest stays
    "contacts": dict.fromkeys(
        ("phone", "email", "name", "external_id", "fields", "evidence", "salt"), "blanked"
    ),
    "suppressions": {
        "address": "tombstone",
        "reason": "blanked",
        "evidence": "blanked",
        "lift_reason": "blanked",
        "salt": "blanked",  # of a batch-written row (heed.store.batches); its digest stays
    },
    "consents": {"address": "tombstone", "evidence": "blanked"},
    "events": {
        "address": "tombstone",
        "evidence": "blanked",
        "before": "scrubbed",  # only impersonal fields kept (_IMPERSONAL)
        "after": "scrubbed",
        "salt": "blanked",
    },
    "inbound_messages": {
        "from_address": "tombstone",
        "body": "blanked",
        "raw": "blanked",
        "actions": "scrubbed",
    },
    "delivery_reports": {"recipient": "tombstone", "raw": "blanked", "actions": "scrubbed"},
    "outbound_messages": {"to_address": "tombstone", "body": "blanked", "error": "blanked"},
    "review_items": {
        "address": "tombstone",
        "body": "blanked",
        "detection": "scrubbed",  # the words it found are blanked
        "decision_reason": "blanked",
    },
    "imports": {"row_errors": "scrubbed", "flagged_rows": "scrubbed", "failure": "scrubbed"},
    "idempotency_keys": {"response": "dropped", "request_hash": "dropped"},
    # A long message's parts waiting for the rest (heed.inbound.parts): deleted outright.
    "message_parts": {"group_key": "dropped", "message": "dropped"},
    # A phone number and its WhatsApp user id (heed.store.links): both are the person's.
    "address_links": {"address": "tombstone", "linked": "tombstone", "evidence": "blanked"},
}

#: Text columns that never hold a contact's data, and why (see PERSONAL).
IMPERSONAL: dict[str, str] = {
    "*.account_id": "an id heed made",
    "*.id": "an id heed made",
    "address_links.channel": "a channel name",
    "erasure_probes.tombstone": "a tombstone, as erasure leaves it everywhere else",
    "accounts.slug accounts.name accounts.settings": "the business's own",
    "accounts.legacy_tombstone_key": "a key, encrypted with the server key",
    "verifications.tampering verifications.problem": (
        "what verification found: event numbers and row ids, never an address"
    ),
    "verifications.head verifications.seal": "a hash of the chain, and an HMAC of the row",
    "event_heads.hash": "a hash of the chain",
    "api_keys.name api_keys.role api_keys.key_hash": "the business's staff and their keys",
    "users.email users.role users.password_hash": "the business's staff, not its contacts",
    "web_sessions.user_id": "an id heed made",
    "senders.channel senders.address senders.name senders.scope senders.provider "
    "senders.secret senders.extra_keywords senders.removed_keywords senders.replies "
    "senders.provider_options": "the business's own sending addresses and their settings",
    "lists.name lists.purpose lists.triggers": "the business's own lists",
    "list_memberships.list_id list_memberships.contact_id list_memberships.status": (
        "ids heed made, and a status word"
    ),
    "suppressions.channel suppressions.scope suppressions.source": "contract words, our senders",
    "suppressions.row_digest": "a salted digest; erasure blanks the salt",
    "contacts.row_digest": "a salted digest; erasure blanks the salt",
    "consents.channel consents.purpose consents.source": "contract words",
    "events.kind events.actor events.credential events.source events.channel "
    "events.contact_id events.payload_digest events.prev_hash events.hash": (
        "the hash-chained header: ids, contract words and credentials, never an address"
    ),
    "inbound_messages.provider inbound_messages.provider_message_id inbound_messages.channel "
    "inbound_messages.to_address inbound_messages.intent inbound_messages.keyword "
    "inbound_messages.language inbound_messages.reply inbound_messages.credential": (
        "the provider's ids, our own address, what heed read and answered"
    ),
    "delivery_reports.provider delivery_reports.dedup_key delivery_reports.provider_message_id "
    "delivery_reports.channel delivery_reports.sender delivery_reports.status "
    "delivery_reports.error_code delivery_reports.outcome delivery_reports.credential": (
        "the provider's ids and codes, our own address"
    ),
    "outbound_messages.channel outbound_messages.from_address outbound_messages.kind "
    "outbound_messages.in_reply_to outbound_messages.provider outbound_messages.status "
    "outbound_messages.provider_message_id outbound_messages.error_code "
    "outbound_messages.created_by": "ids, our own address, status words",
    "review_items.message_id review_items.channel review_items.to_address "
    "review_items.status review_items.decided_by": "ids, our own address, status words",
    "imports.kind imports.file_name imports.channel imports.scope imports.columns "
    "imports.encoding imports.status imports.actor": "what the business uploaded and how",
    "idempotency_keys.key": "the caller's retry key",
    "senders.buttons": "the business's own button payloads",
    "throttle.bucket": "a hash of what is rate-limited, never the address itself",
    "message_parts.provider message_parts.provider_message_id": "the provider's name and id",
}
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
    addresses = [a for a in (contact.phone, contact.email) if a]
    # The person's other addresses a provider linked to these (a WhatsApp user id) are theirs.
    mine = [target for a in addresses for target in _everywhere(a)]
    addresses += [t.address for t in links.linked(session, account.id, mine)]
    stones = {a: account.tombstone(a) for a in dict.fromkeys(addresses)}
    suppressions = messages = 0
    rows = _batch_rows(session, account, list(stones))
    _drop_twin_links(session, account, stones)
    _store_probes(session, account, stones)
    for address, stone in stones.items():
        _lift_twins(session, log, account, address, stone, actor)
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
            salt=None,
        )
        _replace(session, account, Consent.address, address, stone, evidence={})
        messages += _replace(
            session, account, ReceivedMessage.from_address, address, stone, body="", raw={}
        )
        _replace(session, account, ReceivedReport.recipient, address, stone, raw={})
        _replace(
            session,
            account,
            OutboundMessage.to_address,
            address,
            stone,
            body=ERASED_TEXT,
            error=None,
        )
        _replace(
            session, account, ReviewItem.address, address, stone, body="", decision_reason=None
        )
        _replace(session, account, AddressLink.address, address, stone, evidence={})
        _replace(session, account, AddressLink.linked, address, stone, evidence={})
    person = _Person(stones, tuple(t for t in (contact.name, contact.external_id) if t))
    _scrub_json(session, account, person, contact.id)
    seqs = _blank_events(session, account, contact.id, stones)
    contact.phone = contact.email = contact.name = contact.external_id = None
    contact.fields = {}
    if contact.row_digest is not None:  # imported in a batch: the event names it
        contact.evidence, contact.salt = {}, None
    contact.erased_at = contact.updated_at = utcnow()
    log.append(
        "contact.erased",
        actor,
        contact_id=contact.id,
        evidence={"reason": reason},
        after={"contact_id": contact.id, "erased_events": list(seqs)}
        | ({"erased_rows": rows} if rows else {}),
    )
    return Erasure(contact.id, suppressions, tuple(seqs), messages)


@dataclass(frozen=True)
class _Person:
    """What identifies the erased person in free text and JSON: their addresses (each with
    its tombstone), name and external id, and their phone numbers' digits."""

    stones: dict[str, str]
    words: tuple[str, ...]

    @property
    def _needles(self) -> list[str]:
        return [w.casefold() for w in (*self.stones, *self.words) if len(w) >= 3]

    @property
    def _digits(self) -> list[str]:
        # The national number, so "(415) 555-0100" in an import's error is found too.
        return [d[-10:] for a in self.stones if len(d := re.sub(r"\D", "", a)) >= 7]

    def mentioned_in(self, text: str) -> bool:
        folded = text.casefold()
        if any(needle in folded for needle in self._needles):
            return True
        digits = re.sub(r"\D", "", text)
        return any(d in digits for d in self._digits)

    def scrub(self, value: Any) -> Any:
        """`value` (JSON) with every mention of the person replaced."""
        if isinstance(value, str):
            if value in self.stones:
                return self.stones[value]
            return ERASED_TEXT if self.mentioned_in(value) else value
        if isinstance(value, list):
            return [self.scrub(item) for item in value]
        if isinstance(value, dict):
            return {key: self.scrub(item) for key, item in value.items()}
        return value


def _scrub_json(session: Session, account: AccountRef, person: _Person, contact_id: str) -> None:
    """Scrub the JSON and free text that may mention the person anywhere in a row: what
    heed did with their messages, review detections, import reports, stored API answers."""
    tombstoned = list(person.stones.values())
    for message in session.scalars(
        select(ReceivedMessage).where(
            ReceivedMessage.account_id == account.id,
            ReceivedMessage.from_address.in_(tombstoned),
        )
    ):
        message.actions = person.scrub(message.actions)
    for report in session.scalars(
        select(ReceivedReport).where(
            ReceivedReport.account_id == account.id, ReceivedReport.recipient.in_(tombstoned)
        )
    ):
        report.actions = person.scrub(report.actions)
    for item in session.scalars(
        select(ReviewItem).where(
            ReviewItem.account_id == account.id, ReviewItem.address.in_(tombstoned)
        )
    ):
        item.detection = person.scrub({**item.detection, "evidence": []})
    for run in session.scalars(select(Import).where(Import.account_id == account.id)):
        run.row_errors = person.scrub(run.row_errors)
        run.flagged_rows = person.scrub(run.flagged_rows)
        run.failure = person.scrub(run.failure)
    for part in session.scalars(select(MessagePart).where(MessagePart.account_id == account.id)):
        if person.mentioned_in(part.group_key) or person.scrub(part.message) != part.message:
            session.delete(part)
    for stored in session.scalars(
        select(IdempotencyKey).where(IdempotencyKey.account_id == account.id)
    ):
        # A retry of the request must neither get the person back nor run again: the answer
        # goes, and so does the request's hash (it digests their address), so a retry with
        # the same key is refused as a different request.
        if person.scrub(stored.response) != stored.response or contact_id in str(stored.response):
            stored.response, stored.request_hash = dict(ERASED_PAYLOAD), "erased"


def _batch_rows(session: Session, account: AccountRef, addresses: list[str]) -> list[str]:
    """Ids of the batch-written suppressions of these addresses, which the erasure event lists
    so that `heed audit verify` tells their blanked salt from tampering (heed.store.batches)."""
    if not addresses:
        return []
    return sorted(
        session.scalars(
            select(Suppression.id).where(
                Suppression.account_id == account.id,
                rows_of(account.id, addresses),
                Suppression.row_digest.is_not(None),
            )
        )
    )


def _store_probes(session: Session, account: AccountRef, stones: dict[str, str]) -> None:
    """Store the probes of each address's index key on every channel (a phone number is one
    key on SMS, WhatsApp and voice; an email another) beside its tombstone, those of an
    earlier erasure of the same address kept."""
    wanted = {
        (stone, key)
        for address, stone in stones.items()
        for key in {address_key(channel, address) for channel in Channel}
    }
    pairs = sorted(wanted)
    if not pairs:
        return
    made = account.keys.probes_of(np.array([key for _, key in pairs], dtype=np.uint64))[0]
    signed = made.view(np.int64).tolist()  # BIGINT holds the 64 bits signed
    rows = session.execute(
        select(ErasureProbe.tombstone, ErasureProbe.probe).where(
            ErasureProbe.account_id == account.id,
            ErasureProbe.tombstone.in_(list(stones.values())),
        )
    )
    held = {(stone, probe) for stone, probe in rows}
    for (stone, _), probe in zip(pairs, signed, strict=True):
        if (stone, probe) not in held:
            held.add((stone, probe))
            session.add(ErasureProbe(account_id=account.id, tombstone=stone, probe=probe))


def _lift_twins(
    session: Session, log: EventLog, account: AccountRef, address: str, stone: str, actor: Actor
) -> None:
    """Lift the address's active suppressions whose twin the tombstone already holds.

    An earlier erasure of a person with this address left active suppressions on its
    tombstone; a later opt-out or import for the same address, by the next person to hold it,
    may have made the same one again (channel, scope and source). One active row of each is
    all the unique index admits, and all that is needed: the tombstone's keeps the address
    suppressed. So the twin is lifted, with its event, before the address becomes the
    tombstone; nothing is deleted and no answer of `check` changes. The lift's reason and
    evidence are erased with the rest (they would say whose number it was)."""
    rows = active_suppressions(session, account.id, [*_everywhere(address), *_everywhere(stone)])
    held = {(r.channel, r.scope, r.source) for r in rows if r.address == stone}
    twins = [
        row
        for row in rows
        if row.address == address and (row.channel, row.scope, row.source) in held
    ]
    if twins:
        lift_suppressions(session, log, twins, actor=actor, reason=ERASED_TEXT)


def _everywhere(address: str) -> list[Target]:
    return [Target(channel, address) for channel in Channel]


def _drop_twin_links(session: Session, account: AccountRef, stones: dict[str, str]) -> None:
    """Delete the person's links that an earlier erasure already holds in tombstones.

    A person erased, who writes again (the provider showing their number and user id
    together, so the link is learned anew) and is erased again, has the same link twice: the
    tombstoned one is all that is needed, and the one-row-a-link index admits no second. The
    plain one is personal data this erasure removes either way; links are no opt-out (what
    they caused is each a suppression of its own, with its event)."""
    either = [*stones, *stones.values()]
    rows = session.execute(
        select(AddressLink.id, AddressLink.channel, AddressLink.address, AddressLink.linked).where(
            AddressLink.account_id == account.id,
            or_(AddressLink.address.in_(either), AddressLink.linked.in_(either)),
        )
    ).all()
    held = {(channel, address, linked) for _, channel, address, linked in rows}
    twins = [
        row_id
        for row_id, channel, address, linked in rows
        if (address in stones or linked in stones)
        and (channel, stones.get(address, address), stones.get(linked, linked)) in held
    ]
    if twins:
        session.execute(
            delete(AddressLink).where(
                AddressLink.account_id == account.id, AddressLink.id.in_(twins)
            )
        )


def _replace(
    session: Session, account: AccountRef, column: Any, address: str, stone: str, **blank: Any
) -> int:
    """Swap `address` for its tombstone in `column`'s table, blanking the given fields."""
    model = column.class_
    # a suppression's active and lifted rows, each through its index
    found = rows_of(account.id, [address]) if model is Suppression else column == address
    result = session.execute(
        update(model)
        .where(model.account_id == account.id, found)
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
        row.salt = None
        row.erased = True
    return sorted(row.seq for row in rows)


def _impersonal(snapshot: dict[str, Any] | None, stones: dict[str, str]) -> dict[str, Any] | None:
    if snapshot is None:
        return None
    kept = {k: v for k, v in snapshot.items() if k in _IMPERSONAL}
    if "address" in snapshot:
        kept["address"] = stones.get(snapshot["address"], snapshot["address"])
    return kept
