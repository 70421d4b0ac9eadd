"""API keys: create (shown once), list, revoke. Admins manage their account's keys."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from heed.api.deps import ActorDep, EngineDep, Principal
from heed.api.v1.idempotency import IdempotencyKey, idempotent
from heed.api.v1.schemas import KeyCreate, KeyCreated, KeyPublic, Page
from heed.core.permissions import Action, require
from heed.engine.results import to_json

router = APIRouter(prefix="/keys", tags=["keys"])


@router.get("", response_model=Page[KeyPublic])
async def list_keys(principal: Principal, actor: ActorDep, engine: EngineDep) -> Page[KeyPublic]:
    """The account's keys, all on one page (`next_cursor` is null): the shape of every list."""
    require(actor, Action.MANAGE_KEYS)
    keys = await run_in_threadpool(engine.list_api_keys, principal.account_slug)
    return Page[KeyPublic](items=[KeyPublic(**to_json(k)) for k in keys], next_cursor=None)


@router.post("", response_model=KeyCreated, status_code=201)
async def create_key(
    body: KeyCreate,
    request: Request,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    async def create() -> object:
        return await run_in_threadpool(
            lambda: engine.create_api_key(
                principal.account_slug, name=body.name, role=body.role, actor=actor
            )
        )

    return await idempotent(
        idempotency_key, request, engine, principal, create, KeyCreated, unstored=("token",)
    )


@router.post("/{key_id}/revoke", response_model=KeyPublic)
async def revoke_key(
    key_id: str, principal: Principal, actor: ActorDep, engine: EngineDep
) -> KeyPublic:
    revoked = await run_in_threadpool(
        lambda: engine.revoke_api_key(principal.account_slug, key_id, actor=actor)
    )
    return KeyPublic(**to_json(revoked))
