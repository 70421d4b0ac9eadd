"""Suppressions: list and filter, create a manual one, lift one with a reason."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from heed.api.deps import ActorDep, EngineDep, Principal
from heed.api.v1.idempotency import IdempotencyKey, idempotent
from heed.api.v1.schemas import ChangePublic, LiftCreate, Page, SuppressionCreate, SuppressionPublic
from heed.core.vocabulary import Channel
from heed.engine.results import to_json

router = APIRouter(prefix="/suppressions", tags=["suppressions"])


@router.get("", response_model=Page[SuppressionPublic])
async def list_suppressions(
    principal: Principal,
    engine: EngineDep,
    channel: Channel | None = None,
    address: str | None = None,
    source: str | None = None,
    scope: Annotated[
        str | None, Query(examples=["account", "sender:+15005550006", "list:promos"])
    ] = None,
    active: Annotated[
        bool | None, Query(description="true: active (default), false: lifted.")
    ] = True,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Page[SuppressionPublic]:
    page = await run_in_threadpool(
        lambda: engine.list_suppressions(
            principal.account_slug,
            channel=channel,
            address=address,
            source=source,
            scope=scope,
            active=active,
            cursor=cursor,
            limit=limit,
        )
    )
    return Page[SuppressionPublic](**to_json(page))


@router.post("", response_model=ChangePublic, status_code=201)
async def create_suppression(
    body: SuppressionCreate,
    request: Request,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Opt an address out (account, one sender or one list); repeating it changes nothing."""

    async def create() -> object:
        return await run_in_threadpool(
            lambda: engine.opt_out(
                principal.account_slug,
                body.channel,
                body.address,
                actor=actor,
                reason=body.reason,
                sender=body.sender,
                list_name=body.list_name,
                source=body.source,
                evidence=body.evidence,
            )
        )

    return await idempotent(idempotency_key, request, engine, principal, create, ChangePublic)


@router.get("/{suppression_id}", response_model=SuppressionPublic)
async def get_suppression(
    suppression_id: str, principal: Principal, engine: EngineDep
) -> SuppressionPublic:
    found = await run_in_threadpool(engine.get_suppression, principal.account_slug, suppression_id)
    return SuppressionPublic(**to_json(found))


@router.post("/{suppression_id}/lift", response_model=SuppressionPublic)
async def lift_suppression(
    suppression_id: str, body: LiftCreate, principal: Principal, actor: ActorDep, engine: EngineDep
) -> SuppressionPublic:
    """Lift one suppression: admins lift opt-outs, support lifts blacklists; never a delete."""
    lifted = await run_in_threadpool(
        lambda: engine.lift_suppression(
            principal.account_slug, suppression_id, actor=actor, reason=body.reason
        )
    )
    return SuppressionPublic(**to_json(lifted))
