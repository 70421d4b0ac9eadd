"""The outbox side of `Engine`: agents' replies, the list of what heed sent, and sending it.

heed never sends campaigns. What it sends is the one reply to a keyword that a provider's
webhook cannot carry (see heed.outbound) and a one-to-one reply an agent writes in the
inbox, which is checked as a `conversational` message when it is written and again just
before it goes out: an opt-out that arrives in between wins.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.core.addresses import address_to_find, normalise_address
from heed.core.delivery import TABLES, Outcome, classify
from heed.core.permissions import Action, require
from heed.core.rules import CheckRequest
from heed.core.vocabulary import Actor, Channel, Purpose, parse_choice
from heed.engine import checking
from heed.engine.base import Transactions
from heed.engine.results import OutboundInfo, SendSummary
from heed.errors import BadInput, InvalidSetting, MessagingRefused
from heed.providers.base import ApiRequest, DeliveryReport, Outgoing, SendOutcome
from heed.store import accounts, queries
from heed.store.accounts import AccountRef
from heed.store.queries import Page
from heed.store.tables import OutboundMessage, ReceivedMessage, Sender
from heed.store.types import utcnow

if TYPE_CHECKING:
    from heed.outbound.transport import HttpTransport

# heed.outbound (the provider adapters, httpx) is imported by the methods that send: a command
# that only checks or opts out never loads it (#12 item 7, tests/test_startup.py).

#: The longest reply heed sends: Twilio's limit for one message (ten segments).
MAX_BODY = 1600
#: Providers whose synchronous send errors use the same codes as their delivery reports, so
#: a refusal such as Twilio 21610 (the person replied STOP) suppresses like a report would.
_CODES_AS_REPORTS = frozenset({"twilio", "whatsapp"}) & frozenset(TABLES)
#: Where each provider reports on messages heed sent, under the public URL.
_STATUS_HOOKS = {"twilio": "/hooks/twilio/{slug}/status", "vonage": "/hooks/vonage/{slug}/status"}


@dataclass(frozen=True)
class _Claimed:
    account_id: str
    message_id: str
    provider: str
    request: ApiRequest | None  # None for the sandbox, which sends nothing


class Outbox:
    """Replies heed sends: queued on `transactions`, with `signal` set to wake the sender
    (heed.outbound.worker); sent over one HTTP transport, closed with `close`."""

    def __init__(self, transactions: Transactions, signal: threading.Event) -> None:
        self.transactions = transactions
        self.signal = signal

    def close(self) -> None:
        """Close the HTTP transport, if a message was sent through it."""
        if "_transport" in self.__dict__:
            self._transport.close()

    def send_reply(
        self,
        slug: str,
        channel: str,
        to: str,
        body: str,
        *,
        actor: Actor,
        sender: str | None = None,
    ) -> OutboundInfo:
        """Queue an agent's one-to-one reply, to go out at once through the sender's provider.

        Without `sender`, it goes from the address the person last wrote to. Refused
        (MessagingRefused) unless a `conversational` message may be sent right now.
        """
        from heed.outbound import queue

        text = body.strip()
        if not text:
            raise BadInput("the reply is empty")
        if len(text) > MAX_BODY:
            raise BadInput(f"the reply has {len(text)} characters; the most is {MAX_BODY}")
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.REPLY)
            kind = parse_choice(Channel, channel)
            person = normalise_address(kind, to, account.settings.default_country)
            sending = self._reply_sender(session, account, kind, person, sender)
            request = CheckRequest(kind, person, sending.address, None, Purpose.CONVERSATIONAL)
            check = checking.check(session, account, request)
            if not check.allowed:
                raise MessagingRefused(
                    f"{person} may not be messaged from {sending.address} now: "
                    + ", ".join(str(reason.code) for reason in check.reasons)
                )
            row = queue.enqueue(
                session,
                account.id,
                channel=kind.value,
                from_address=sending.address,
                to_address=person,
                body=text,
                kind=queue.AGENT_REPLY,
                provider=sending.provider,
                created_by=str(actor),
            )
            info = OutboundInfo.of(row)
        self.signal.set()
        return info

    def _reply_sender(
        self,
        session: Session,
        account: AccountRef,
        channel: Channel,
        person: str,
        given: str | None,
    ) -> Sender:
        if given is None:
            given = session.scalar(
                select(ReceivedMessage.to_address)
                .where(
                    ReceivedMessage.account_id == account.id,
                    ReceivedMessage.channel == channel.value,
                    ReceivedMessage.from_address == person,
                )
                .order_by(ReceivedMessage.sent_at.desc())
                .limit(1)
            )
            if given is None:
                raise BadInput(f"{person} never wrote on {channel.value}: name the sender to use")
        found = accounts.find_sender(session, account, channel.value, given)
        if found is None:
            raise BadInput(
                f"{given} is not one of the account's {channel.value} senders: "
                f"register it with `heed sender add {account.slug} --channel {channel.value} "
                f"--address {given} --provider …`"
            )
        return found

    def list_outbound(
        self,
        slug: str,
        *,
        channel: str | None = None,
        address: str | None = None,
        status: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[OutboundInfo]:
        """Messages heed sent or is sending, oldest first; `address` is the recipient's."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            kind = parse_choice(Channel, channel) if channel is not None else None
            query = select(OutboundMessage).where(OutboundMessage.account_id == account.id)
            if kind is not None:
                query = query.where(OutboundMessage.channel == kind)
            if address is not None:
                country = account.settings.default_country
                query = query.where(
                    OutboundMessage.to_address == address_to_find(kind, address, country)
                )
            if status is not None:
                query = query.where(OutboundMessage.status == status)
            page = queries.paginate(session, query, OutboundMessage.id, cursor, limit)
            return Page([OutboundInfo.of(r) for r in page.items], page.next_cursor)

    def get_outbound(self, slug: str, message_id: str) -> OutboundInfo:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return OutboundInfo.of(queries.get(session, account, OutboundMessage, message_id))

    def send_due_messages(
        self, *, limit: int = 50, public_url: str | None = None, now: datetime | None = None
    ) -> SendSummary:
        """Send the messages that are due, in every account; `heed serve` does this at once
        when one is queued, `heed outbox send` once. `now` is for tests that move time.

        Each message is claimed just before it is sent, and the claim commits before the
        HTTP call, so no transaction stays open while a provider answers and no claim lapses
        while earlier messages are still being sent.
        """
        from heed.outbound import queue

        clock = now or utcnow()
        with self.transactions.read() as session:
            due = queue.due(session, clock, limit)
        ended: Counter[str] = Counter()
        for account_id, message_id in due:
            with self.transactions.write() as session:
                if not queue.claim(session, account_id, message_id, clock):
                    continue  # another sender took it
                row = session.get(OutboundMessage, (account_id, message_id))
                assert row is not None, "just claimed"
                ready = self._prepare(session, row, public_url, clock)
                status = row.status
            if ready is not None:
                status = self._send(ready, now)
            ended[status] += 1
        return SendSummary(sum(ended.values()), dict(ended))

    def _send(self, claimed: _Claimed, now: datetime | None) -> str:
        from heed.outbound import SANDBOX, queue

        if claimed.request is None:
            outcome = SendOutcome(f"{SANDBOX}:{claimed.message_id}")
        else:
            outcome = self._transport.send(claimed.provider, claimed.request)
        with self.transactions.write() as session:
            row = session.get(OutboundMessage, (claimed.account_id, claimed.message_id))
            assert row is not None, "outbound messages are never deleted"
            queue.settle(row, outcome, now or utcnow())
            if row.status == "failed":
                self._suppress_on_refusal(session, row)
            return row.status

    @cached_property
    def _transport(self) -> HttpTransport:
        from heed.outbound.transport import HttpTransport

        return HttpTransport()

    def _prepare(
        self, session: Session, row: OutboundMessage, public_url: str | None, now: datetime
    ) -> _Claimed | None:
        """The request that sends `row`, or None after closing it (expired, refused…)."""
        from heed.outbound import ADAPTERS, SANDBOX, queue

        if now >= row.expires_at:
            queue.close(row, "expired", row.error or "not sent before it expired")
            return None
        account = accounts.account_by_id(session, row.account_id)
        sender = accounts.find_sender(session, account, row.channel, row.from_address)
        if sender is None:
            queue.close(row, "failed", f"{row.from_address} is no longer one of the senders")
            return None
        if row.kind == queue.AGENT_REPLY:
            request = CheckRequest(
                Channel(row.channel), row.to_address, row.from_address, None, Purpose.CONVERSATIONAL
            )
            check = checking.check(session, account, request)
            if not check.allowed:
                codes = ", ".join(str(reason.code) for reason in check.reasons)
                queue.close(row, "refused", f"may no longer be messaged: {codes}")
                return None
        row.provider = sender.provider
        if sender.provider == SANDBOX:
            return _Claimed(row.account_id, row.id, SANDBOX, None)
        adapter = ADAPTERS.get(sender.provider)
        if adapter is None:
            queue.close(row, "failed", f"heed cannot send through {sender.provider!r} senders")
            return None
        hook = _STATUS_HOOKS.get(sender.provider)
        outgoing = Outgoing(
            id=row.id,
            channel=Channel(row.channel),
            from_address=row.from_address,
            to_address=row.to_address,
            body=row.body,
            secret=sender.secret,
            options=sender.provider_options,
            status_callback=(
                public_url.rstrip("/") + hook.format(slug=account.slug)
                if public_url and hook
                else None
            ),
        )
        try:
            built = adapter[0](outgoing)
        except InvalidSetting as exc:
            queue.close(row, "failed", str(exc))
            return None
        return _Claimed(row.account_id, row.id, sender.provider, built)

    def _suppress_on_refusal(self, session: Session, row: OutboundMessage) -> None:
        """A send the provider refused because of the recipient (Twilio 21610: they replied
        STOP to this number; an invalid number) suppresses them, as a delivery report would."""
        from heed.inbound.receipts import process_report

        if row.provider not in _CODES_AS_REPORTS or not row.error_code:
            return
        outcome = classify(row.provider, "failed", row.error_code)
        if outcome not in (Outcome.CARRIER_OPT_OUT, Outcome.PERMANENT):
            return
        report = DeliveryReport(
            channel=Channel(row.channel),
            provider=row.provider,
            provider_message_id=f"outbound:{row.id}",
            status="failed",
            error_code=row.error_code,
            outcome=outcome,
            recipient=row.to_address,
            sender=row.from_address,
            occurred_at=utcnow(),
            raw={"outbound_id": row.id, "error": row.error},
        )
        process_report(session, accounts.account_by_id(session, row.account_id), report)
