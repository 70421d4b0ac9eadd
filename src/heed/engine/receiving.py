"""What providers send: a person's messages (whole or in parts) and delivery reports, each
processed exactly once, and the secrets a webhook is verified with before any of it.

The inbound pipeline (heed.inbound, with the detector's model) is imported by the methods
that receive, so a command that only checks never loads it (#12 item 7, tests/test_startup.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from heed.core.clock import ClockBounds
from heed.engine.base import Transactions
from heed.errors import DuplicateRow
from heed.providers.base import DeliveryReport, InboundMessage, MessagePart
from heed.store import accounts
from heed.store.config import ConfigCache

if TYPE_CHECKING:
    from heed.inbound.messages import InboundResult
    from heed.inbound.receipts import ReportResult

_RACE_RETRIES = 3
R = TypeVar("R")


class Receiving:
    """Messages and delivery reports, read with each account's cached `configs` and the
    `clock` bounds, parts of long messages waiting at most `part_wait` for the rest; a reply
    the webhook cannot carry is queued and `outbox_signal` set."""

    def __init__(
        self,
        transactions: Transactions,
        configs: ConfigCache,
        clock: ClockBounds,
        outbox_signal: threading.Event,
        part_wait: timedelta,
    ) -> None:
        self.transactions = transactions
        self.configs = configs
        self.clock = clock
        self.outbox_signal = outbox_signal
        self.part_wait = part_wait

    def receive(self, slug: str, message: InboundMessage) -> InboundResult:
        """Process a message a person sent: store it, apply its intent, return the reply.

        Every webhook and `heed inbound` end here or in `receive_together`. Returns only once
        everything is committed; a provider's retry of the message changes nothing. A reply
        the provider's webhook cannot carry is queued, and the sender woken (heed.outbound).
        """
        from heed.inbound.messages import process_message

        result = self._once(
            lambda session, known_new: process_message(
                session,
                self.configs.get(session, slug),
                message,
                known_new=known_new,
                clock=self.clock,
            )
        )
        return self._wake_outbox([result])[0]

    def receive_together(
        self, messages: Sequence[tuple[str, InboundMessage]]
    ) -> list[InboundResult]:
        """Process (account slug, message) pairs in one transaction, each as a first delivery.

        All or nothing: if any of them fails (a retry of a stored message among them), nothing
        is kept and the error is raised, and the caller processes each with `receive`, as
        heed.inbound.group does. The results are as if each had been received alone, in order.
        """
        from heed.inbound.messages import process_together

        with self.transactions.write() as session:
            results = process_together(session, self.configs, messages, self.clock)
        return self._wake_outbox(results)

    def receive_part(
        self, slug: str, message: InboundMessage, part: MessagePart
    ) -> InboundResult | None:
        """Keep one part of a message delivered in parts; when it completes its set, process
        the whole message and return its result (heed.inbound.parts). Parts of the account's
        sets that waited too long are read as they are first."""
        from heed.inbound import parts

        self.flush_expired_parts()
        result = self._once(
            lambda session, known_new: parts.receive_part(
                session, self.configs, slug, message, part, known_new=known_new, clock=self.clock
            )
        )
        return None if result is None else self._wake_outbox([result])[0]

    def flush_expired_parts(self, now: datetime | None = None) -> int:
        """Read the sets of parts that waited past `part_wait` (HEED_PART_WAIT_SECONDS) as
        they are (the server does this at each sweep); return how many sets."""
        from heed.inbound import parts

        with self.transactions.write() as session:
            return parts.flush_expired(session, self.configs, now, self.part_wait, self.clock)

    def _wake_outbox(self, results: list[InboundResult]) -> list[InboundResult]:
        """After the commit: if a reply was queued, the sender sends it now, not at its poll."""
        if any(result.outbound_id is not None for result in results):
            self.outbox_signal.set()
        return results

    def record_delivery(self, slug: str, report: DeliveryReport) -> ReportResult:
        """Process a delivery report; failures that mean "do not send again" suppress."""
        from heed.inbound.receipts import process_report

        return self._once(
            lambda session, known_new: process_report(
                session,
                self.configs.get(session, slug).account,
                report,
                known_new=known_new,
                clock=self.clock,
            )
        )

    def record_deliveries_together(
        self, reports: Sequence[tuple[str, DeliveryReport]]
    ) -> list[ReportResult]:
        """Process (account slug, report) pairs in one transaction; all or nothing, like
        `receive_together`."""
        from heed.inbound.receipts import process_reports_together

        with self.transactions.write() as session:
            return process_reports_together(session, self.configs, reports, self.clock)

    def _once(self, process: Callable[[Session, bool], R]) -> R:
        """Run `process` in a write transaction, exactly once per provider message.

        The first attempt assumes the message is new. A unique-index collision means another
        delivery of it (or an identical opt-out) committed first: the transaction rolls back
        whole, and the next attempt looks for what was stored and changes nothing.
        """
        for attempt in range(_RACE_RETRIES):
            try:
                with self.transactions.write() as session:
                    return process(session, attempt == 0)
            except DuplicateRow:
                if attempt == _RACE_RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def provider_secrets(self, slug: str, provider: str) -> list[tuple[str, dict[str, Any]]]:
        """The distinct signing secrets (with their options) of the account's senders of
        `provider`; a webhook verifies against these before anything is stored."""
        with self.transactions.read() as session:
            # An unknown account is read as one without secrets, after the same queries:
            # webhooks must not tell which accounts exist.
            account, _exists = accounts.account_or_stand_in(session, slug)
            return accounts.provider_secrets(session, account, provider)
