"""Opt-outs, resubscription, blocks, blacklists, consents and erasure: the changes a person
or an operator makes to whether someone may be messaged.

Every change locks the account's event chain before it reads the suppressions it changes, and
reports how the address's check reads after.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from heed.core.addresses import normalise_address, normalise_sender
from heed.core.permissions import Action, require
from heed.core.rules import CheckRequest
from heed.core.vocabulary import (
    OPT_OUT_SOURCES,
    Actor,
    Channel,
    Purpose,
    Scope,
    ScopeKind,
    Source,
    parse_choice,
)
from heed.engine import checking
from heed.engine.base import Transactions
from heed.engine.results import Change, SuppressionInfo
from heed.errors import BadInput
from heed.store import accounts, lists, optouts, queries
from heed.store.accounts import AccountRef
from heed.store.erasure import Erasure, erase_contact
from heed.store.events import EventLog
from heed.store.suppressions import (
    Target,
    active_suppressions,
    lift_suppressions,
    record_consent,
)
from heed.store.tables import Contact, Suppression


class OptOuts:
    """Changes to whether someone may be messaged; each reports the check after it."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def opt_out(
        self,
        slug: str,
        channel: str,
        address: str,
        *,
        actor: Actor,
        reason: str | None = None,
        sender: str | None = None,
        list_name: str | None = None,
        source: Source | str = Source.MANUAL,
        evidence: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> Change:
        """Record that this address may not be messaged, in the given scope.

        With `opt_out_channels=all` the opt-out covers every channel of the person; a list
        opt-out covers that list on this channel only.
        """
        kind = parse_choice(Source, source)
        if kind in (Source.BLOCK, Source.BLACKLIST):
            raise BadInput(f"use block()/blacklist() for {kind} so the implied opt-out is kept")
        reason = bounded_reason(reason) if reason else reason
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.UNSUBSCRIBE, account.settings)
            target = target_of(account, channel, address)
            scope = scope_of(session, account, target.channel, sender, list_name)
            log = EventLog(session, account.id)
            log.lock()
            created, existing = optouts.opt_out(
                session,
                log,
                account,
                target,
                scope,
                source=kind,
                actor=actor,
                reason=reason,
                evidence=evidence,
                at=at,
            )
            if scope.kind is ScopeKind.LIST:
                lists.set_membership(
                    session, log, account, scope.value, target, "unsubscribed", actor
                )
            return self._change(session, account, target, sender, list_name, created, existing)

    def resubscribe_refusal(self, slug: str, channel: str, address: str) -> str | None:
        """Why `resubscribe` of this address (account scope) would be refused now, or None:
        blocked, blacklisted or carrier-blocked, in the words the refusal uses."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            target = target_of(account, channel, address)
            return optouts.resubscribe_refusal(session, account, target, Scope.account())

    def resubscribe(
        self,
        slug: str,
        channel: str,
        address: str,
        *,
        actor: Actor,
        reason: str,
        sender: str | None = None,
        list_name: str | None = None,
    ) -> Change:
        """Lift opt-outs on an admin's word, refusing while the person is blocked,
        blacklisted or carrier-blocked.

        Without `sender`/`list_name` this lifts the account- and sender-scoped opt-outs of the
        channel; list unsubscribes are lifted only by naming the list.
        """
        reason = require_reason(reason, "resubscribe")
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.RESUBSCRIBE)
            target = target_of(account, channel, address)
            scope = scope_of(session, account, target.channel, sender, list_name)
            log = EventLog(session, account.id)
            log.lock()
            lifted = optouts.opt_in(
                session,
                log,
                account,
                target,
                scope,
                sources=OPT_OUT_SOURCES,
                actor=actor,
                reason=reason,
            )
            if scope.kind is ScopeKind.LIST:
                lists.set_membership(
                    session, log, account, scope.value, target, "subscribed", actor
                )
            return self._change(session, account, target, sender, list_name, lifted)

    def block(self, slug: str, channel: str, address: str, *, actor: Actor, reason: str) -> Change:
        """Block the person on every channel; blocking implies an opt-out that outlives it."""
        return self._bar(slug, channel, address, Source.BLOCK, Action.BLOCK, actor, reason)

    def blacklist(
        self, slug: str, channel: str, address: str, *, actor: Actor, reason: str
    ) -> Change:
        """A permanent block: only `support` may lift it."""
        return self._bar(slug, channel, address, Source.BLACKLIST, Action.BLACKLIST, actor, reason)

    def unblock(
        self, slug: str, channel: str, address: str, *, actor: Actor, reason: str
    ) -> Change:
        """Lift a block; the implied opt-out stays until someone resubscribes the person."""
        return self._unbar(slug, channel, address, Source.BLOCK, Action.UNBLOCK, actor, reason)

    def lift_blacklist(
        self, slug: str, channel: str, address: str, *, actor: Actor, reason: str
    ) -> Change:
        return self._unbar(
            slug, channel, address, Source.BLACKLIST, Action.LIFT_BLACKLIST, actor, reason
        )

    def _bar(
        self,
        slug: str,
        channel: str,
        address: str,
        source: Source,
        action: Action,
        actor: Actor,
        reason: str,
    ) -> Change:
        reason = require_reason(reason, f"{source} someone")
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, action)
            target = target_of(account, channel, address)
            log = EventLog(session, account.id)
            log.lock()
            everywhere = accounts.person_targets(session, account, target)
            created, existing = optouts.opt_out(
                session,
                log,
                account,
                target,
                Scope.account(),
                source=source,
                actor=actor,
                reason=reason,
                targets=everywhere,
            )
            # Blocking implies an opt-out that outlives the block (docs/design.md §1).
            implied, implied_existing = optouts.opt_out(
                session,
                log,
                account,
                target,
                Scope.account(),
                source=Source.MANUAL,
                actor=actor,
                reason=f"{source}: {reason}",
                targets=everywhere,
            )
            return self._change(
                session,
                account,
                target,
                None,
                None,
                created + implied,
                existing + implied_existing,
            )

    def _unbar(
        self,
        slug: str,
        channel: str,
        address: str,
        source: Source,
        action: Action,
        actor: Actor,
        reason: str,
    ) -> Change:
        reason = require_reason(reason, f"lift a {source}")
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, action)
            target = target_of(account, channel, address)
            log = EventLog(session, account.id)
            log.lock()
            targets = accounts.person_targets(session, account, target)
            rows = [
                r
                for r in active_suppressions(session, account.id, targets)
                if r.source == source.value
            ]
            lifted = lift_suppressions(session, log, rows, actor=actor, reason=reason)
            return self._change(session, account, target, None, None, lifted)

    def record_consent(
        self,
        slug: str,
        channel: str,
        address: str,
        *,
        purpose: str,
        actor: Actor,
        source: str = "manual",
        evidence: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> None:
        """Record an explicit opt-in for a purpose (needed where `require_consent_for` says so)."""
        kind = parse_choice(Purpose, purpose)
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.RECORD_CONSENT)
            target = target_of(account, channel, address)
            log = EventLog(session, account.id)
            record_consent(
                session,
                log,
                target=target,
                purpose=kind,
                source=source,
                actor=actor,
                evidence=evidence or {},
                occurred_at=at,
            )

    def erase_contact(self, slug: str, contact_id: str, *, actor: Actor, reason: str) -> Erasure:
        """Erase a contact's personal data (GDPR art. 17) while keeping them suppressed.

        Addresses become keyed-hash tombstones, message bodies and evidence are blanked, and
        the activity log stays verifiable (see heed.store.erasure). Erasing twice is a no-op.
        """
        reason = require_reason(reason, "erase a contact")
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.ERASE)
            contact = queries.get(session, account, Contact, contact_id)
            if contact.erased_at is not None:
                return Erasure(contact.id, 0, (), 0)
            log = EventLog(session, account.id)
            log.lock()
            return erase_contact(session, log, account, contact, actor, reason)

    def _change(
        self,
        session: Session,
        account: AccountRef,
        target: Target,
        sender: str | None,
        list_name: str | None,
        changed: Sequence[Suppression],
        unchanged: Sequence[Suppression] = (),
    ) -> Change:
        """Report what changed and how the address's check (marketing) reads afterwards."""
        session.flush()
        scope_sender = (
            normalise_sender(target.channel, sender, account.settings.default_country)
            if sender
            else None
        )
        request = CheckRequest(target.channel, target.address, scope_sender, list_name)
        return Change(
            changed=tuple(SuppressionInfo.of(r) for r in changed),
            unchanged=tuple(SuppressionInfo.of(r) for r in unchanged),
            check=checking.check(session, account, request),
        )


#: The longest reason heed keeps for a change (a sentence or a short paragraph), whichever
#: interface gives it; the API's schemas state this bound too.
REASON_LENGTH = 2000


def require_reason(reason: str | None, action: str) -> str:
    """The reason for a change a person makes to someone's status, stripped: required, because
    the activity log must say why."""
    if not reason or not reason.strip():
        raise BadInput(f"a reason is required to {action}: it is written into the activity log")
    return bounded_reason(reason.strip())


def bounded_reason(reason: str) -> str:
    """A given reason as it is, refused where it is longer than `REASON_LENGTH`."""
    if len(reason) > REASON_LENGTH:
        raise BadInput(
            f"a reason is at most {REASON_LENGTH:,} characters; this one has {len(reason):,}"
        )
    return reason


def target_of(account: AccountRef, channel: str, address: str) -> Target:
    kind = parse_choice(Channel, channel)
    return Target(kind, normalise_address(kind, address, account.settings.default_country))


def scope_of(
    session: Session,
    account: AccountRef,
    channel: Channel,
    sender: str | None,
    list_name: str | None,
) -> Scope:
    if sender and list_name:
        raise BadInput("give a sender or a list, not both: a suppression has one scope")
    if list_name:
        return Scope.list(accounts.find_list(session, account, list_name).name)
    if sender:
        address = normalise_sender(channel, sender, account.settings.default_country)
        return Scope.sender(accounts.known_sender(session, account, channel, address))
    return Scope.account()
