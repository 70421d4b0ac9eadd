"""Subscription lists with their rosters, and consents (explicit opt-ins)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from heed.core.addresses import address_to_find, normalise_address
from heed.core.permissions import Action, require
from heed.core.vocabulary import Actor, Channel, Purpose, parse_choice
from heed.engine.base import Transactions
from heed.engine.opt_outs import target_of
from heed.engine.results import ConsentInfo, ListInfo, MemberInfo
from heed.errors import NotFound, ResubscribeRefused
from heed.store import accounts, lists, queries
from heed.store.events import EventLog
from heed.store.queries import Page
from heed.store.suppressions import Target, active_suppressions, record_consent
from heed.store.tables import Contact, ListMembership, MailingList


class ListsAndConsents:
    """Subscription lists, their rosters, and consents."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def create_list(self, slug: str, name: str, *, actor: Actor, purpose: str = "marketing") -> str:
        kind = parse_choice(Purpose, purpose)
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_SETTINGS)
            row = lists.create_list(session, account, name, kind)
            EventLog(session, account.id).append(
                "list.created", actor, after={"id": row.id, "name": name, "purpose": kind.value}
            )
            return row.id

    def add_to_list(
        self, slug: str, list_name: str, channel: str, address: str, *, actor: Actor
    ) -> None:
        """Subscribe the contact with this address to a list (membership, not consent)."""
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_LIST_MEMBERSHIP)
            target = target_of(account, channel, address)
            log = EventLog(session, account.id)
            lists.set_membership(session, log, account, list_name, target, "subscribed", actor)

    def list_lists(self, slug: str) -> list[ListInfo]:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return [ListInfo.of(row) for row in queries.lists(session, account)]

    def get_list(self, slug: str, list_id: str) -> ListInfo:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return ListInfo.of(queries.get(session, account, MailingList, list_id))

    def add_list_member(
        self, slug: str, list_id: str, channel: str, address: str, *, actor: Actor
    ) -> None:
        """Subscribe the contact with this address to the list with this id.

        Membership is the roster of people, so an address that is no contact is NotFound
        rather than silently ignored (as `add_to_list` does for imports).
        """
        kind = parse_choice(Channel, channel)
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_LIST_MEMBERSHIP)
            mailing_list = queries.get(session, account, MailingList, list_id)
            target = Target(
                kind, normalise_address(kind, address, account.settings.default_country)
            )
            if accounts.find_contact(session, account, target) is None:
                raise NotFound(
                    f"no contact with {kind} address {target.address} in account {slug!r}: "
                    "create the contact first"
                )
            scope = f"list:{mailing_list.name}"
            if any(r.scope == scope for r in active_suppressions(session, account.id, [target])):
                # Putting back on the list someone who left it is resubscribing them.
                raise ResubscribeRefused(
                    f"{target.address} unsubscribed from {mailing_list.name!r}: only lifting "
                    "that opt-out (an admin, with a reason) or their own opt-in brings them back"
                )
            log = EventLog(session, account.id)
            name = mailing_list.name
            lists.set_membership(session, log, account, name, target, "subscribed", actor)

    def list_members(
        self, slug: str, list_id: str, *, cursor: str | None = None, limit: int = 50
    ) -> Page[MemberInfo]:
        """A list's roster: every contact who joined it, subscribed or not any more."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            queries.get(session, account, MailingList, list_id)
            query = select(ListMembership).where(
                ListMembership.account_id == account.id, ListMembership.list_id == list_id
            )
            page = queries.paginate(session, query, ListMembership.contact_id, cursor, limit)
            ids = [row.contact_id for row in page.items]
            people = {
                c.id: c
                for c in session.scalars(
                    select(Contact).where(Contact.account_id == account.id, Contact.id.in_(ids))
                )
            }
            return Page(
                [MemberInfo.of(m, people[m.contact_id]) for m in page.items], page.next_cursor
            )

    def list_consents(
        self, slug: str, *, address: str | None = None, cursor: str | None = None, limit: int = 50
    ) -> Page[ConsentInfo]:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            if address is not None:
                address = address_to_find(None, address, account.settings.default_country)
            page = queries.consents(session, account, address=address, cursor=cursor, limit=limit)
            return Page([ConsentInfo.of(r) for r in page.items], page.next_cursor)

    def add_consent(
        self,
        slug: str,
        channel: str,
        address: str,
        *,
        purpose: str,
        actor: Actor,
        source: str = "api",
        evidence: dict[str, Any] | None = None,
    ) -> ConsentInfo:
        """Record an explicit opt-in for a purpose and return it (as `record_consent` does)."""
        kind, wanted = parse_choice(Channel, channel), parse_choice(Purpose, purpose)
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.RECORD_CONSENT)
            address = normalise_address(kind, address, account.settings.default_country)
            row = record_consent(
                session,
                EventLog(session, account.id),
                target=Target(kind, address),
                purpose=wanted,
                source=source,
                actor=actor,
                evidence=evidence or {},
            )
            session.flush()
            return ConsentInfo.of(row)
