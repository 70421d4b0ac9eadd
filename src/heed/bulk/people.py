"""Read, for a whole batch at once, what the per-address store functions read one at a time."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from heed.core.rules import ActiveConsent
from heed.core.vocabulary import AddressKind, Channel, Purpose
from heed.store.accounts import AccountRef
from heed.store.arrays import among, bound
from heed.store.suppressions import Target
from heed.store.tables import Consent, Contact

_CHUNK = 1000  # values per IN (...): well under every backend's parameter limit


def contacts_by_address(
    session: Session, account: AccountRef, targets: Iterable[Target]
) -> dict[tuple[AddressKind, str], Contact]:
    """The contacts owning any of these addresses, by (kind of address, address)."""
    phones = sorted({t.address for t in targets if t.channel.address_kind is AddressKind.PHONE})
    emails = sorted({t.address for t in targets if t.channel.address_kind is AddressKind.EMAIL})
    found: dict[tuple[AddressKind, str], Contact] = {}
    for column, kind, values in (
        (Contact.phone, AddressKind.PHONE, phones),
        (Contact.email, AddressKind.EMAIL, emails),
    ):
        for start in range(0, len(values), _CHUNK):
            rows = session.scalars(
                select(Contact).where(
                    Contact.account_id == account.id, column.in_(values[start : start + _CHUNK])
                )
            )
            for row in rows:
                found[(kind, getattr(row, column.key))] = row
    return found


def contacts_matching(
    session: Session,
    account: AccountRef,
    phones: Iterable[str],
    emails: Iterable[str],
    external_ids: Iterable[str],
) -> list[tuple[str, str | None, str | None, str | None]]:
    """(id, phone, email, external id) of every contact with one of these phones, emails or
    external ids (not the whole contact: an import matches thousands a batch).

    Each list is one parameter (heed.store.arrays); one `SELECT` per column, so each reads its
    own index, joined by `UNION` so a contact found by all three comes once."""
    parts, values = [], {"a": account.id}
    for column, given in (("phone", phones), ("email", emails), ("external_id", external_ids)):
        values[column] = bound(sorted(set(given)))
        parts.append(
            "SELECT id, phone, email, external_id FROM contacts"
            f" WHERE account_id = :a AND {among(session, column, column)}"
        )
    rows = session.execute(text(" UNION ".join(parts)), values)
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def consents_of(
    session: Session, account: AccountRef, targets: Iterable[Target]
) -> dict[tuple[Channel, str], list[ActiveConsent]]:
    """Active consents of these (channel, address) pairs, as `active_consents` gives them."""
    addresses = sorted({t.address for t in targets})
    found: dict[tuple[Channel, str], list[ActiveConsent]] = {}
    for start in range(0, len(addresses), _CHUNK):
        rows = session.scalars(
            select(Consent).where(
                Consent.account_id == account.id,
                Consent.address.in_(addresses[start : start + _CHUNK]),
                Consent.revoked_at.is_(None),
            )
        )
        for r in rows:
            consent = ActiveConsent(
                Channel(r.channel), r.address, Purpose(r.purpose), r.since, r.created_event
            )
            found.setdefault((consent.channel, r.address), []).append(consent)
    return found
