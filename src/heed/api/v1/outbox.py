"""The outbox over HTTP: what heed sent or is sending, and an agent's one-to-one reply."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from heed.api.deps import ActorDep, EngineDep, Principal
from heed.api.v1.idempotency import IdempotencyKey, idempotent
from heed.api.v1.schemas import Page, RequestBody, example
from heed.engine.outbox import MAX_BODY
from heed.engine.results import to_json

router = APIRouter(prefix="/outbox", tags=["outbox"])
_STATUSES = "^(queued|sending|sent|returned|failed|expired|refused)$"


class OutboundPublic(BaseModel):
    id: str
    channel: str
    from_address: str
    to_address: str
    body: str
    kind: str = Field(description="opt_out, opt_in, help, list_opt_out, clarification or reply")
    in_reply_to: str | None = Field(description="The inbound message this answers, if any.")
    status: str = Field(
        description="queued, sending, sent, returned (carried in the webhook's answer, e.g. "
        "Twilio's TwiML, for the provider or the caller to send), failed, expired or refused"
    )
    attempts: int
    provider: str
    provider_message_id: str | None
    error: str | None = Field(description="Why the last attempt failed, in words.")
    created_by: str
    created_at: datetime
    sent_at: datetime | None


class ReplyCreate(RequestBody):
    model_config = example(channel="sms", to="+14155550100", body="Your order is ready.")
    channel: str = Field(min_length=1, max_length=16)
    to: str = Field(min_length=1, max_length=320)
    body: str = Field(min_length=1, max_length=MAX_BODY)
    sender: str | None = Field(
        default=None,
        max_length=320,
        description="Our address to send from; default: the one the person last wrote to.",
    )


@router.get("", response_model=Page[OutboundPublic])
async def list_outbox(
    principal: Principal,
    engine: EngineDep,
    channel: str | None = None,
    address: Annotated[str | None, Query(description="The recipient.")] = None,
    status: Annotated[str | None, Query(pattern=_STATUSES)] = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Page[OutboundPublic]:
    """Messages heed sent itself, oldest first: keyword replies and agents' replies."""
    page = await run_in_threadpool(
        lambda: engine.list_outbound(
            principal.account_slug,
            channel=channel,
            address=address,
            status=status,
            cursor=cursor,
            limit=limit,
        )
    )
    return Page[OutboundPublic](**to_json(page))


@router.post("", response_model=OutboundPublic, status_code=202)
async def send_reply(
    body: ReplyCreate,
    request: Request,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Queue a one-to-one reply, sent at once through the sender's provider. 409 if the
    person may not be messaged now (checked as `conversational`, and again before sending)."""

    async def send() -> object:
        return await run_in_threadpool(
            lambda: engine.send_reply(
                principal.account_slug,
                body.channel,
                body.to,
                body.body,
                actor=actor,
                sender=body.sender,
            )
        )

    return await idempotent(
        idempotency_key, request, engine, principal, send, OutboundPublic, status=202
    )


@router.get("/{message_id}", response_model=OutboundPublic)
async def get_outbound(message_id: str, principal: Principal, engine: EngineDep) -> OutboundPublic:
    found = await run_in_threadpool(engine.get_outbound, principal.account_slug, message_id)
    return OutboundPublic(**to_json(found))
