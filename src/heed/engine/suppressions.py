"""Suppressions by id: list, read and lift them; and the activity log."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from heed.core.addresses import address_to_find
from heed.core.permissions import Action, lift_action, require
from heed.core.vocabulary import OPT_OUT_SOURCES, Actor, Channel, Source, parse_choice
from heed.engine.base import Transactions
from heed.engine.opt_outs import require_reason
from heed.engine.results import EventInfo, SuppressionInfo
from heed.errors import ResubscribeRefused
from heed.store import accounts, batches, contact_batches, queries
from heed.store.events import EventLog
from heed.store.queries import Page
from heed.store.suppressions import (
    Target,
    active_suppressions,
    lift_suppressions,
)
from heed.store.tables import Suppression


class Suppressions:
    """Suppressions by id, and the activity log."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def list_suppressions(
        self,
        slug: str,
        *,
        channel: str | None = None,
        address: str | None = None,
        source: str | None = None,
        scope: str | None = None,
        active: bool | None = True,
        cursor: str | None = None,
        limit: int = 50,
        newest_first: bool = False,
    ) -> Page[SuppressionInfo]:
        kind = parse_choice(Channel, channel) if channel else None
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            if address is not None:
                address = address_to_find(kind, address, account.settings.default_country)
            page = queries.suppressions(
                session,
                account,
                channel=kind,
                address=address,
                source=source,
                scope=scope,
                active=active,
                cursor=cursor,
                limit=limit,
                newest_first=newest_first,
            )
            return Page([SuppressionInfo.of(r) for r in page.items], page.next_cursor)

    def count_suppressions(
        self,
        slug: str,
        *,
        channel: str | None = None,
        address: str | None = None,
        source: str | None = None,
        active: bool | None = True,
    ) -> int:
        """How many suppressions `list_suppressions` pages through with these filters."""
        kind = parse_choice(Channel, channel) if channel else None
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            if address is not None:
                address = address_to_find(kind, address, account.settings.default_country)
            return queries.count_suppressions(
                session, account, channel=kind, address=address, source=source, active=active
            )

    def get_suppression(self, slug: str, suppression_id: str) -> SuppressionInfo:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return SuppressionInfo.of(queries.get(session, account, Suppression, suppression_id))

    def lift_suppression(
        self, slug: str, suppression_id: str, *, actor: Actor, reason: str
    ) -> SuppressionInfo:
        """Lift one suppression by id, with the role its source demands.

        Opt-outs need an admin (resubscribing), blocks need unblock rights, blacklists need
        support; a carrier opt-out is only lifted by the person's own START, and nothing is
        lifted while a block or blacklist on the same address stands.
        """
        reason = require_reason(reason, "lift a suppression")
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            row = queries.get(session, account, Suppression, suppression_id)
            action = lift_action(Source(row.source))
            require(actor, action or Action.RESUBSCRIBE)
            if row.lifted_at is not None:
                return SuppressionInfo.of(row)
            if action is None:
                raise ResubscribeRefused(
                    "a carrier opt-out is lifted only by the person's own START to that number"
                )
            if row.source in OPT_OUT_SOURCES:
                target = Target(Channel(row.channel), row.address)
                barring = [
                    r.source
                    for r in active_suppressions(session, account.id, [target])
                    if r.source in (Source.BLOCK, Source.BLACKLIST)
                ]
                if barring:
                    raise ResubscribeRefused(
                        f"{row.address} is {barring[0]}ed: lift that first, then the opt-out"
                    )
            log = EventLog(session, account.id)
            lift_suppressions(session, log, [row], actor=actor, reason=reason)
            return SuppressionInfo.of(row)

    def list_events(
        self,
        slug: str,
        *,
        contact_id: str | None = None,
        address: str | None = None,
        source: str | None = None,
        kind: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[EventInfo]:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            if address is not None:
                address = address_to_find(None, address, account.settings.default_country)
            page = queries.events(
                session,
                account,
                contact_id=contact_id,
                address=address,
                source=source,
                kind=kind,
                since=since,
                until=until,
                cursor=cursor,
                limit=limit,
            )
            items = [EventInfo.of(r) for r in page.items]
            about = [address] if address else []
            if contact_id is not None:
                about += queries.addresses_of(session, account, contact_id)
            found = batches.rows_about(
                session, account.id, [e.id for e in items if e.kind == batches.KIND], about
            )
            if contact_id is not None:  # the batch that created the contact shows its row
                created = contact_batches.creation_of(session, account.id, contact_id)
                if created is not None:
                    found.setdefault(created.pop("created_event"), []).append(created)
            items = [replace(e, rows=tuple(found[e.id])) if e.id in found else e for e in items]
            return Page(items, page.next_cursor)
