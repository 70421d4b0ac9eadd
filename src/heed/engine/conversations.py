"""Conversations for the inbox: people's messages and heed's replies, per person and channel.

Read-only, each scoped to one account. A conversation is every message one address sent on
one channel, with what heed sent back: the reply a provider carried in its webhook answer
(kept on the person's message) or a message from the outbox. Messages from blocked addresses
are recorded but never shown (docs/design.md §1).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from heed.engine.base import Transactions
from heed.engine.results import Conversation, Thread, ThreadEntry
from heed.engine.users import actor_names
from heed.store import accounts
from heed.store.tables import Contact, OutboundMessage, ReceivedMessage, Sender

#: The most messages a thread shows: the latest ones.
THREAD_LIMIT = 200


class Conversations:
    """The inbox's lists of conversations and the thread of each."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def conversations(
        self, slug: str, *, page: int = 0, limit: int = 30
    ) -> tuple[list[Conversation], bool]:
        """The account's conversations, the most recently active first; and whether more
        follow."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            visible = (
                ReceivedMessage.account_id == account.id,
                ReceivedMessage.hidden.is_(False),
            )
            last_at = func.max(ReceivedMessage.sent_at).label("last_at")
            rows = session.execute(
                select(ReceivedMessage.channel, ReceivedMessage.from_address, last_at, func.count())
                .where(*visible)
                .group_by(ReceivedMessage.channel, ReceivedMessage.from_address)
                .order_by(last_at.desc(), ReceivedMessage.from_address)
                .offset(page * limit)
                .limit(limit + 1)
            ).all()
            addresses = {address for _c, address, _at, _n in rows[:limit]}
            people = _people(session, account.id, addresses)
            found = []
            for channel, address, at, count in rows[:limit]:
                latest = session.execute(
                    select(ReceivedMessage.body, ReceivedMessage.intent)
                    .where(
                        *visible,
                        ReceivedMessage.channel == channel,
                        ReceivedMessage.from_address == address,
                    )
                    .order_by(ReceivedMessage.sent_at.desc())
                    .limit(1)
                ).one()
                name, contact_id = people.get(address, (None, None))
                found.append(
                    Conversation(
                        channel, address, name, contact_id, at, latest.body, latest.intent, count
                    )
                )
        return found, len(rows) > limit

    def thread(self, slug: str, channel: str, address: str) -> Thread:
        """Everything one address sent on one channel, and heed's replies, oldest first."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            received = list(
                session.scalars(
                    select(ReceivedMessage)
                    .where(
                        ReceivedMessage.account_id == account.id,
                        ReceivedMessage.channel == channel,
                        ReceivedMessage.from_address == address,
                        ReceivedMessage.hidden.is_(False),
                    )
                    .order_by(ReceivedMessage.sent_at.desc())
                    .limit(THREAD_LIMIT)
                )
            )
            sent = list(
                session.scalars(
                    select(OutboundMessage)
                    .where(
                        OutboundMessage.account_id == account.id,
                        OutboundMessage.channel == channel,
                        OutboundMessage.to_address == address,
                    )
                    .order_by(OutboundMessage.created_at.desc())
                    .limit(THREAD_LIMIT)
                )
            )
            senders = list(
                session.scalars(
                    select(Sender.address)
                    .where(Sender.account_id == account.id, Sender.channel == channel)
                    .order_by(Sender.address)
                )
            )
            actors = actor_names(session, account.id)
            person = _people(session, account.id, {address}).get(address, (None, None))
        answered = {m.in_reply_to for m in sent if m.in_reply_to}
        entries = [_incoming(m) for m in received]
        entries += [_answer(m) for m in received if m.reply and m.id not in answered]
        times = {m.id: m.sent_at for m in received}
        entries += [_outgoing(m, actors, times.get(m.in_reply_to or "")) for m in sent]
        entries.sort(key=lambda e: (e.at, not e.incoming))
        last_to = received[0].to_address if received else None
        return Thread(channel, address, person[0], person[1], entries, last_to, senders)


def _incoming(message: ReceivedMessage) -> ThreadEntry:
    read_as = {
        "opt_out": "read as an opt-out",
        "opt_in": "read as an opt-in",
        "help": "read as a request for help",
        "list_trigger": "read as leaving a list",
        "review": "waiting in the review queue",
    }.get(message.intent, "")
    keyword = f" ({message.keyword})" if message.keyword else ""
    return ThreadEntry(message.sent_at, True, message.body, read_as + keyword if read_as else "")


def _answer(message: ReceivedMessage) -> ThreadEntry:
    return ThreadEntry(message.sent_at, False, message.reply or "", "automatic reply, sent at once")


_SENT_NOTES = {
    "queued": "queued, going out now",
    "sending": "sending",
    "sent": "sent",
    "failed": "not sent",
    "expired": "not sent in time",
    "refused": "not sent: the person may no longer be messaged",
    "returned": "sent at once, in the webhook's answer",
}


def _outgoing(
    message: OutboundMessage, actors: Mapping[str, str], answered_at: datetime | None
) -> ThreadEntry:
    """An outgoing message; an automatic reply sits right after the message it answers
    (dated by the person's own time, as the message is), whenever heed recorded it."""
    author = actors.get(message.created_by, message.created_by)
    who = "automatic reply" if message.kind != "reply" else f"reply by {author}"
    note = f"{who} · {_SENT_NOTES.get(message.status, message.status)}"
    failed = message.status in ("failed", "expired", "refused")
    if failed and message.error:
        note += f" ({message.error})"
    at = answered_at if answered_at is not None and message.kind != "reply" else None
    return ThreadEntry(at or message.created_at, False, message.body, note, failed)


def _people(
    session: Session, account_id: str, addresses: set[str]
) -> dict[str, tuple[str | None, str]]:
    """Contact name and id by phone or email, for the addresses that belong to a contact."""
    if not addresses:
        return {}
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.phone, Contact.email).where(
            Contact.account_id == account_id,
            or_(Contact.phone.in_(addresses), Contact.email.in_(addresses)),
        )
    ).all()
    found: dict[str, tuple[str | None, str]] = {}
    for contact_id, name, phone, email in rows:
        for address in (phone, email):
            if address in addresses:
                found[address] = (name, contact_id)
    return found
