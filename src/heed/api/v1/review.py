"""The review queue over HTTP: read it, approve or reject an item (each decision an event)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from heed.api.deps import ActorDep, EngineDep, Principal
from heed.api.v1.schemas import Page, RequestBody, example
from heed.engine.opt_outs import REASON_LENGTH
from heed.engine.results import ReviewInfo, to_json

router = APIRouter(prefix="/review", tags=["review"])


class ReviewPublic(BaseModel):
    id: str
    message_id: str
    channel: str
    address: str
    to_address: str
    body: str
    detection: dict[str, Any] = Field(description="intent, confidence, evidence, scope hint")
    status: str
    created_at: Any
    deadline: Any = Field(description="Applied automatically as an opt-out if still pending then.")
    decided_at: Any
    decided_by: str | None
    decision_reason: str | None
    person: str | None = Field(default=None, description="The contact's name, if known.")
    reading: str = Field(
        default="", description="What heed thinks the message asks, in plain words."
    )


def _public(item: ReviewInfo) -> ReviewPublic:
    return ReviewPublic(**to_json(item) | {"reading": item.reading})


class DecisionCreate(RequestBody):
    model_config = example(reason="clearly asks to stop texts")
    reason: str | None = Field(default=None, max_length=REASON_LENGTH)


@router.get("", response_model=Page[ReviewPublic])
async def list_review(
    principal: Principal,
    engine: EngineDep,
    status: Annotated[
        str | None, Query(pattern="^(pending|approved|rejected|auto_applied)$")
    ] = "pending",
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Page[ReviewPublic]:
    page = await run_in_threadpool(
        lambda: engine.list_review(
            principal.account_slug, status=status, cursor=cursor, limit=limit
        )
    )
    return Page[ReviewPublic](
        items=[_public(item) for item in page.items], next_cursor=page.next_cursor
    )


async def _decide(
    item_id: str,
    approve: bool,
    body: DecisionCreate,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
) -> ReviewPublic:
    item = await run_in_threadpool(
        lambda: engine.decide_review(
            principal.account_slug, item_id, approve=approve, actor=actor, reason=body.reason
        )
    )
    return _public(item)


@router.post("/{item_id}/approve", response_model=ReviewPublic)
async def approve(
    item_id: str, body: DecisionCreate, principal: Principal, actor: ActorDep, engine: EngineDep
) -> ReviewPublic:
    """The reply was an opt-out: apply it now, in the scope its words asked for."""
    return await _decide(item_id, True, body, principal, actor, engine)


@router.post("/{item_id}/reject", response_model=ReviewPublic)
async def reject(
    item_id: str, body: DecisionCreate, principal: Principal, actor: ActorDep, engine: EngineDep
) -> ReviewPublic:
    """The reply was not an opt-out: nothing changes for the person."""
    return await _decide(item_id, False, body, principal, actor, engine)
