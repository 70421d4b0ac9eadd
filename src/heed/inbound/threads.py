"""What an inbound message answers: the last message heed sent the person (#15 item 2).

Read before the account's lock, and only for a short reply ("no", "exit", "bye"), the one
kind of message whose meaning depends on it (``heed.core.thread``). A sender that sends
elsewhere passes what it knows with the message instead (``InboundMessage.thread``:
``in_reply_to`` and ``last_outbound_purpose`` on ``POST /v1/inbound`` and ``heed inbound``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from heed.core.thread import Thread
from heed.core.vocabulary import Purpose
from heed.store.tables import OutboundMessage

# Built once: constructing a statement costs about as much as running it.
_LAST_SENT = (
    select(OutboundMessage.kind, OutboundMessage.body, OutboundMessage.created_at)
    .where(
        OutboundMessage.account_id == bindparam("account_id"),
        OutboundMessage.channel == bindparam("channel"),
        OutboundMessage.to_address == bindparam("to_address"),
        OutboundMessage.created_at <= bindparam("before"),
    )
    .order_by(OutboundMessage.created_at.desc())
    .limit(1)
)


def purpose_of(kind: str) -> Purpose:
    """An outbox row's purpose: an agent's reply is conversational, heed's own confirmations
    (opt-out, help, clarification …) are transactional."""
    return Purpose.CONVERSATIONAL if kind == "reply" else Purpose.TRANSACTIONAL


def last_sent(
    session: Session, account_id: str, channel: str, address: str, before: datetime
) -> Thread | None:
    """The last message heed's outbox sent ``address`` on ``channel`` before ``before``."""
    values = {
        "account_id": account_id,
        "channel": channel,
        "to_address": address,
        "before": before,
    }
    found = session.execute(_LAST_SENT, values).first()
    if found is None:
        return None
    return Thread(purpose_of(found.kind), found.body, before - found.created_at, "outbox")
