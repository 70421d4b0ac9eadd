"""Read, for a whole batch at once, what the per-address store functions read one at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

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
    found: dict[tuple[AddressKind, str], Contact] = {}
    for column, kind, chunk in _chunks(targets):
        mine = (Contact.account_id == account.id, column.in_(chunk))
        for row in session.scalars(select(Contact).where(*mine)):
            found[(kind, getattr(row, column.key))] = row
    return found


def contact_ids_by_address(
    session: Session, account: AccountRef, targets: Iterable[Target]
) -> dict[tuple[AddressKind, str], str]:
    """`contacts_by_address`'s ids alone, no contact loaded (a list import marks thousands
    of contacts unsubscribed a batch)."""
    found: dict[tuple[AddressKind, str], str] = {}
    for column, kind, chunk in _chunks(targets):
        mine = (Contact.account_id == account.id, column.in_(chunk))
        for address, contact_id in session.execute(select(column, Contact.id).where(*mine)):
            if address is not None:  # it matched one of the chunk's
                found[(kind, address)] = contact_id
    return found


def _chunks(
    targets: Iterable[Target],
) -> Iterator[tuple[InstrumentedAttribute[str | None], AddressKind, list[str]]]:
    """The targets' distinct addresses, `_CHUNK` at a time, with the contact column that holds
    them and their kind."""
    targets = list(targets)
    for column, kind in ((Contact.phone, AddressKind.PHONE), (Contact.email, AddressKind.EMAIL)):
        values = sorted({t.address for t in targets if t.channel.address_kind is kind})
        for start in range(0, len(values), _CHUNK):
            yield column, kind, values[start : start + _CHUNK]


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
