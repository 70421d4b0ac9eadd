"""`POST /v1/inbound`: one message from a provider heed has no adapter for."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, field_validator

from heed.api.deps import ActorDep, Principal
from heed.api.hooks import intake
from heed.api.v1.schemas import RequestBody
from heed.core.permissions import Action, require
from heed.core.text import storable_text
from heed.core.thread import Thread, given_thread
from heed.core.vocabulary import Channel, Purpose
from heed.engine import Engine
from heed.engine.results import to_json
from heed.providers.base import InboundMessage

router = APIRouter(tags=["inbound"])


class InboundIn(RequestBody):
    """One message a person sent, from any provider heed has no adapter for."""

    model_config = ConfigDict(
        populate_by_name=True,
        json_schema_extra={
            "examples": [
                {
                    "channel": "sms",
                    "from": "+14155550100",
                    "to": "+15005550006",
                    "body": "Stop please",
                    "provider_message_id": "msg-0001",
                    "received_at": "2026-11-23T17:00:00Z",
                }
            ]
        },
    )

    channel: Channel
    from_: str = Field(alias="from", min_length=1, max_length=320)
    to: str = Field(min_length=1, max_length=320)
    body: str = Field(default="", max_length=10_000)
    provider_message_id: str = Field(min_length=1, max_length=200)
    received_at: datetime | None = Field(
        default=None, description="When the person sent it (provider time); orders STOP/START."
    )
    in_reply_to: str | None = Field(
        default=None,
        max_length=2_000,
        description="The text of the message the person answered, if it was sent outside heed "
        "(heed otherwise looks in its outbox). A bare 'no' to a marketing text may be a "
        "revocation; to 'Is 3pm OK?' it is not.",
    )
    last_outbound_purpose: Purpose | None = Field(
        default=None, description="What the message the person answered was for."
    )
    last_outbound_at: datetime | None = Field(
        default=None, description="When the message the person answered was sent."
    )

    @field_validator("from_", "to", "body", "provider_message_id", mode="after")
    @classmethod
    def _storable(cls, value: str) -> str:
        return storable_text(value)

    @field_validator("in_reply_to", mode="after")
    @classmethod
    def _storable_reply(cls, value: str | None) -> str | None:
        return None if value is None else storable_text(value)


class InboundOut(BaseModel):
    message_id: str
    intent: str
    keyword: str | None
    actions: list[dict[str, Any]]
    reply: str | None = Field(description="The one reply to send back, if any.")
    duplicate: bool = Field(description="True when this provider_message_id was seen before.")


@router.post("/inbound", response_model=InboundOut)
async def post_inbound(
    payload: InboundIn, principal: Principal, actor: ActorDep, request: Request
) -> InboundOut:
    """Process one inbound message as a provider webhook would (admin keys: a message speaks
    for the person, and a START resubscribes them, which agents may not do).

    It is recorded as sent through this key, not as the person's own proven message: a START
    that would lift a carrier opt-out waits for an admin's review instead (only the person's
    START through the provider's verified webhook lifts one). A `received_at` more than a few
    minutes ahead of heed's clock, or days behind it, is refused (heed.core.clock)."""
    require(actor, Action.RECEIVE)
    sent_at = within_bounds(request, payload.received_at, "received_at")
    message = InboundMessage(
        channel=payload.channel,
        from_address=payload.from_,
        to_address=payload.to,
        body=payload.body,
        provider="generic",
        provider_message_id=payload.provider_message_id,
        sent_at=sent_at,
        raw=payload.model_dump(mode="json", by_alias=True),
        credential=actor.credential,  # api_key:<id>: the key that relayed it
        thread=_thread(payload),
    )
    result = await intake(request).receive(principal.account_slug, message)
    return InboundOut(**to_json(result))


def within_bounds(request: Request, at: datetime | None, field: str) -> datetime | None:
    """`at` (UTC when it names no zone), refused as 422 naming `field` when it is outside the
    clock bounds (heed.core.clock): what a message or report sent through the API says of its
    own time is the caller's to correct, where a provider's webhook is flagged instead."""
    if at is None:
        return None
    at = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    engine: Engine = request.app.state.engine
    problem = engine.clock.problem(at, datetime.now(UTC))
    if problem:
        raise RequestValidationError(
            [{"loc": ("body", field), "msg": problem, "type": "value_error"}]
        )
    return at


def _thread(payload: InboundIn) -> Thread | None:
    age = None
    if payload.last_outbound_at is not None:
        sent = payload.last_outbound_at
        sent = sent if sent.tzinfo else sent.replace(tzinfo=UTC)
        received = payload.received_at or datetime.now(UTC)
        age = (received if received.tzinfo else received.replace(tzinfo=UTC)) - sent
    return given_thread(payload.in_reply_to, payload.last_outbound_purpose, age)
