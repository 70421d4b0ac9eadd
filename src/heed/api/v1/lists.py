"""Subscription lists, their members, and consent records."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from heed.api.deps import ActorDep, EngineDep, Principal
from heed.api.v1.idempotency import IdempotencyKey, idempotent
from heed.api.v1.schemas import (
    ConsentCreate,
    ConsentPublic,
    ListCreate,
    ListPublic,
    MemberCreate,
    MemberPublic,
    Page,
)
from heed.engine.results import to_json

router = APIRouter()


@router.get("/lists", response_model=Page[ListPublic], tags=["lists"])
async def list_lists(principal: Principal, engine: EngineDep) -> Page[ListPublic]:
    """The account's lists, all on one page (`next_cursor` is null): the shape of every list."""
    found = await run_in_threadpool(engine.list_lists, principal.account_slug)
    return Page[ListPublic](items=[ListPublic(**to_json(i)) for i in found], next_cursor=None)


@router.post("/lists", response_model=ListPublic, status_code=201, tags=["lists"])
async def create_list(
    body: ListCreate,
    request: Request,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    async def create() -> object:
        def work() -> object:
            list_id = engine.create_list(
                principal.account_slug, body.name, actor=actor, purpose=body.purpose
            )
            return engine.get_list(principal.account_slug, list_id)

        return await run_in_threadpool(work)

    return await idempotent(idempotency_key, request, engine, principal, create, ListPublic)


@router.get("/lists/{list_id}", response_model=ListPublic, tags=["lists"])
async def get_list(list_id: str, principal: Principal, engine: EngineDep) -> ListPublic:
    found = await run_in_threadpool(engine.get_list, principal.account_slug, list_id)
    return ListPublic(**to_json(found))


@router.post("/lists/{list_id}/members", status_code=204, tags=["lists"])
async def add_member(
    list_id: str, body: MemberCreate, principal: Principal, actor: ActorDep, engine: EngineDep
) -> Response:
    """Subscribe the contact with this address to the list (membership, not consent).

    The address must belong to a contact (404 otherwise). Membership does not lift a list
    opt-out: only the person, or an admin lifting the suppression, can do that.
    """
    await run_in_threadpool(
        lambda: engine.add_list_member(
            principal.account_slug, list_id, body.channel, body.address, actor=actor
        )
    )
    return Response(status_code=204)


@router.get("/lists/{list_id}/members", response_model=Page[MemberPublic], tags=["lists"])
async def list_members(
    list_id: str,
    principal: Principal,
    engine: EngineDep,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Page[MemberPublic]:
    """The list's roster, with each member's status (`subscribed` or `unsubscribed`)."""
    page = await run_in_threadpool(
        lambda: engine.list_members(principal.account_slug, list_id, cursor=cursor, limit=limit)
    )
    return Page[MemberPublic](**to_json(page))


@router.get("/consents", response_model=Page[ConsentPublic], tags=["consents"])
async def list_consents(
    principal: Principal,
    engine: EngineDep,
    address: str | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Page[ConsentPublic]:
    page = await run_in_threadpool(
        lambda: engine.list_consents(
            principal.account_slug, address=address, cursor=cursor, limit=limit
        )
    )
    return Page[ConsentPublic](**to_json(page))


@router.post("/consents", response_model=ConsentPublic, status_code=201, tags=["consents"])
async def record_consent(
    body: ConsentCreate,
    request: Request,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Record an explicit opt-in for a purpose, with its evidence."""

    async def create() -> object:
        return await run_in_threadpool(
            lambda: engine.add_consent(
                principal.account_slug,
                body.channel,
                body.address,
                purpose=body.purpose,
                actor=actor,
                source=body.source,
                evidence=body.evidence,
            )
        )

    return await idempotent(idempotency_key, request, engine, principal, create, ConsentPublic)
