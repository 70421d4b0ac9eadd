"""The outbound queue: rows of `outbound_messages`, queued, claimed and settled.

These run inside the caller's transaction. A row is claimed by one conditional UPDATE, so
two senders (two `heed serve` workers, or a server and `heed outbox send`) never both send
it: the second finds it no longer due and moves on.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from heed.providers.base import SendOutcome
from heed.store.ids import new_id
from heed.store.tables import OutboundMessage
from heed.store.types import utcnow

#: FCC (47 CFR 64.1200(a)(12)): one confirmation, sent within five minutes of the opt-out.
#: A keyword reply still unsent by then is not sent at all.
KEYWORD_REPLY_LIFETIME = timedelta(minutes=5)
#: An agent's reply: WhatsApp allows free-form text for 24 hours after the person wrote.
AGENT_REPLY_LIFETIME = timedelta(hours=24)
AGENT_REPLY = "reply"
#: How long a claim lasts: far longer than one HTTP call (10 s timeout), short enough that
#: a message whose sender died goes out again soon.
LEASE = timedelta(minutes=2)
UNSENT = ("queued", "sending")

_DUE = (
    select(OutboundMessage.account_id, OutboundMessage.id)
    .where(
        OutboundMessage.status.in_(UNSENT),
        OutboundMessage.next_attempt_at <= bindparam("now"),
    )
    .order_by(OutboundMessage.next_attempt_at)
    .limit(bindparam("limit"))
)


def enqueue(
    session: Session,
    account_id: str,
    *,
    channel: str,
    from_address: str,
    to_address: str,
    body: str,
    kind: str,
    provider: str,
    created_by: str,
    in_reply_to: str | None = None,
) -> OutboundMessage:
    """Queue a message to go out at once; it is sent after the caller's transaction commits."""
    now = utcnow()
    lifetime = AGENT_REPLY_LIFETIME if kind == AGENT_REPLY else KEYWORD_REPLY_LIFETIME
    row = OutboundMessage(
        account_id=account_id,
        id=new_id(),
        channel=channel,
        from_address=from_address,
        to_address=to_address,
        body=body,
        kind=kind,
        in_reply_to=in_reply_to,
        provider=provider,
        status="queued",
        attempts=0,
        next_attempt_at=now,
        expires_at=now + lifetime,
        created_by=created_by,
        created_at=now,
    )
    session.add(row)
    return row


#: A reply heed handed back in the webhook's own answer (Twilio's TwiML, the `POST /v1/inbound`
#: response): the provider or the caller sends it, heed never does. Recorded all the same, so
#: the outbox lists every reply heed produced, however it went out.
RETURNED = "returned"


def record_returned(
    session: Session,
    account_id: str,
    *,
    channel: str,
    from_address: str,
    to_address: str,
    body: str,
    kind: str,
    provider: str,
    created_by: str,
    in_reply_to: str,
) -> OutboundMessage:
    """Record a reply carried in the webhook's answer: settled at once, never sent by heed."""
    row = enqueue(
        session,
        account_id,
        channel=channel,
        from_address=from_address,
        to_address=to_address,
        body=body,
        kind=kind,
        provider=provider,
        created_by=created_by,
        in_reply_to=in_reply_to,
    )
    row.status, row.sent_at, row.expires_at = RETURNED, row.created_at, row.created_at
    return row


def due(session: Session, now: datetime, limit: int) -> list[tuple[str, str]]:
    """(account id, message id) of messages due to be sent, oldest due first, any account.

    The one query that crosses accounts, because one sender serves them all; every row it
    finds is then claimed and read within its own account.
    """
    return [(a, m) for a, m in session.execute(_DUE, {"now": now, "limit": limit})]


def claim(session: Session, account_id: str, message_id: str, now: datetime) -> bool:
    """Take the message for sending, unless someone else took it or it is no longer due."""
    result = session.execute(
        update(OutboundMessage)
        .where(
            OutboundMessage.account_id == account_id,
            OutboundMessage.id == message_id,
            OutboundMessage.status.in_(UNSENT),
            OutboundMessage.next_attempt_at <= now,
        )
        .values(
            status="sending",
            attempts=OutboundMessage.attempts + 1,
            next_attempt_at=now + LEASE,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def close(row: OutboundMessage, status: str, error: str, code: str | None = None) -> None:
    """End a message without sending it (expired, refused, impossible to send)."""
    row.status, row.error, row.error_code = status, error, code


def settle(row: OutboundMessage, outcome: SendOutcome, now: datetime) -> None:
    """Record the provider's answer: sent, to be retried, or failed for good."""
    if outcome.accepted:
        row.status, row.sent_at = "sent", now
        row.provider_message_id = outcome.provider_message_id or None
        row.error = row.error_code = None
        return
    retry_at = now + timedelta(seconds=min(2**row.attempts, 60))
    if outcome.retry and retry_at < row.expires_at:
        row.status, row.next_attempt_at = "queued", retry_at
        row.error, row.error_code = outcome.error, outcome.error_code
        return
    close(row, "failed", outcome.error or "the provider refused the message", outcome.error_code)
