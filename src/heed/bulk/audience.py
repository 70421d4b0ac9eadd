"""The audience filter's snapshot: what blocks messages on one channel, read once, then asked
once per recipient with the same rules as the check.

`Engine.check` per recipient costs a transaction and a few queries each; a campaign of ten
million would take hours. Here the account's active suppressions of the channel (and its
consents, when the purpose needs them) are streamed once, those that cannot apply to this
sender, list and purpose are dropped, and each recipient is then a dictionary lookup. When a
recipient has suppressions, `heed.core.rules.evaluate` decides exactly as the check does, so
the reason codes are the check's own, strongest first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.core.addresses import normalise_sender
from heed.core.fast_addresses import normalise_address_fast
from heed.core.rules import (
    ActiveConsent,
    ActiveSuppression,
    CheckRequest,
    CheckResult,
    evaluate,
    invalid_address,
    scope_applies,
    source_applies,
)
from heed.core.tombstones import PREFIX as TOMBSTONE_PREFIX
from heed.core.vocabulary import Channel, Purpose, Scope, Source
from heed.errors import InvalidAddress
from heed.store import accounts
from heed.store.accounts import AccountRef
from heed.store.tables import Consent, Suppression

_STREAM = 10_000  # rows per fetch while reading the snapshot
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Decision:
    """One recipient: its canonical address (None if unreadable) and the check's answer."""

    address: str | None
    result: CheckResult


class Audience:
    """Who may be messaged on one channel, from one sender, for one list and purpose."""

    def __init__(
        self,
        account: AccountRef,
        request: CheckRequest,
        suppressions: dict[str, list[ActiveSuppression]],
        consented: set[str],
        required: frozenset[Purpose],
    ) -> None:
        self.account = account
        self.channel = request.channel
        self._request = request
        self._suppressions = suppressions
        self._consented = consented
        self._required = required
        self._needs_consent = request.purpose in required
        self._erased = any(a.startswith(TOMBSTONE_PREFIX) for a in (*suppressions, *consented))
        self._country = account.settings.default_country
        self._clear = evaluate(request, (), self._consents(request.address), required)
        self._unconsented = evaluate(request, (), (), required)

    @property
    def suppressed_addresses(self) -> int:
        return len(self._suppressions)

    def decide(self, raw: str) -> Decision:
        """What `Engine.check` answers for `raw` with this snapshot's sender, list, purpose."""
        try:
            address = normalise_address_fast(self.channel, raw, self._country)
        except InvalidAddress as exc:
            return Decision(None, invalid_address(str(exc)))
        found = self._suppressions.get(address)
        consented = not self._needs_consent or address in self._consented
        if self._erased:
            found, consented = self._with_tombstone(address, found, consented)
        if not found:
            return Decision(address, self._clear if consented else self._unconsented)
        request = replace(self._request, address=address)
        consents = self._consents(address) if consented else []
        return Decision(address, evaluate(request, found, consents, self._required))

    def _with_tombstone(
        self, address: str, found: list[ActiveSuppression] | None, consented: bool
    ) -> tuple[list[ActiveSuppression] | None, bool]:
        """Count what was recorded under the address's erasure tombstone as its own, as the
        check does: erasing a person never makes them messageable."""
        for tombstone in self.account.tombstones(address):
            erased = self._suppressions.get(tombstone)
            if erased:
                found = [*(found or []), *(replace(s, address=address) for s in erased)]
            consented = consented or tombstone in self._consented
        return found, consented

    def _consents(self, address: str) -> list[ActiveConsent]:
        if not self._needs_consent:
            return []
        purpose = self._request.purpose
        return [ActiveConsent(self.channel, address, purpose, _EPOCH, None)]


def load_audience(
    session: Session,
    account: AccountRef,
    channel: Channel,
    *,
    sender: str | None,
    list_name: str | None,
    purpose: Purpose,
) -> Audience:
    """Read the snapshot: one pass over the channel's active suppressions (and consents)."""
    country = account.settings.default_country
    scope_sender = normalise_sender(channel, sender, country) if sender else None
    if list_name is not None:
        accounts.find_list(session, account, list_name)
    request = CheckRequest(channel, "", scope_sender, list_name, purpose)
    suppressions: dict[str, list[ActiveSuppression]] = {}
    for suppression in _active(session, account, channel):
        if scope_applies(suppression.scope, request) and source_applies(
            suppression.source, purpose
        ):
            suppressions.setdefault(suppression.address, []).append(suppression)
    required = frozenset(account.settings.require_consent_for)
    consented = _consented(session, account, channel, purpose) if purpose in required else set()
    return Audience(account, request, suppressions, consented, required)


def _active(session: Session, account: AccountRef, channel: Channel) -> Iterable[ActiveSuppression]:
    rows = session.execute(
        select(
            Suppression.address,
            Suppression.scope,
            Suppression.source,
            Suppression.since,
            Suppression.created_event,
        )
        .where(
            Suppression.account_id == account.id,
            Suppression.channel == channel.value,
            Suppression.lifted_at.is_(None),
        )
        .execution_options(yield_per=_STREAM)
    )
    scopes: dict[str, Scope] = {}
    for address, scope, source, since, event in rows:
        parsed = scopes.get(scope) or scopes.setdefault(scope, Scope.parse(scope))
        yield ActiveSuppression(channel, address, parsed, Source(source), since, event)


def _consented(
    session: Session, account: AccountRef, channel: Channel, purpose: Purpose
) -> set[str]:
    rows = session.scalars(
        select(Consent.address)
        .where(
            Consent.account_id == account.id,
            Consent.channel == channel.value,
            Consent.purpose == purpose.value,
            Consent.revoked_at.is_(None),
        )
        .execution_options(yield_per=_STREAM)
    )
    return set(rows)
