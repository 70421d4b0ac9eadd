"""Contacts: create, read, update, search and filter by status, list and source."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from heed.api.deps import ActorDep, EngineDep, Principal
from heed.api.v1.idempotency import IdempotencyKey, idempotent
from heed.api.v1.schemas import (
    ContactCreate,
    ContactPublic,
    ContactUpdate,
    EraseCreate,
    ErasurePublic,
    Page,
)
from heed.core.vocabulary import Channel
from heed.engine.results import to_json

router = APIRouter(prefix="/contacts", tags=["contacts"])
Limit = Annotated[int, Query(ge=1, le=500)]


@router.get("", response_model=Page[ContactPublic])
async def list_contacts(
    principal: Principal,
    engine: EngineDep,
    q: Annotated[str | None, Query(description="Search phone, email, name, external id.")] = None,
    channel: Channel | None = None,
    status: Annotated[str | None, Query(pattern="^(allowed|suppressed)$")] = None,
    list: Annotated[str | None, Query(description="Only subscribed members of this list.")] = None,
    source: Annotated[
        str | None, Query(description="Only with an active suppression of this source.")
    ] = None,
    cursor: str | None = None,
    limit: Limit = 50,
) -> Page[ContactPublic]:
    """Contacts with their per-channel status, newest last, `limit` at a time."""
    page = await run_in_threadpool(
        lambda: engine.list_contacts(
            principal.account_slug,
            q=q,
            channel=channel,
            status=status,
            list_name=list,
            source=source,
            cursor=cursor,
            limit=limit,
        )
    )
    return Page[ContactPublic](**to_json(page))


@router.post("", response_model=ContactPublic, status_code=201)
async def create_contact(
    body: ContactCreate,
    request: Request,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Create a contact (phone and/or email); send an `Idempotency-Key` to retry safely."""

    async def create() -> object:
        def work() -> object:
            contact_id = engine.add_contact(
                principal.account_slug, actor=actor, **body.model_dump()
            )
            return engine.get_contact(principal.account_slug, contact_id)

        return await run_in_threadpool(work)

    return await idempotent(idempotency_key, request, engine, principal, create, ContactPublic)


@router.get("/{contact_id}", response_model=ContactPublic)
async def get_contact(contact_id: str, principal: Principal, engine: EngineDep) -> ContactPublic:
    contact = await run_in_threadpool(engine.get_contact, principal.account_slug, contact_id)
    return ContactPublic(**to_json(contact))


@router.patch("/{contact_id}", response_model=ContactPublic)
async def update_contact(
    contact_id: str, body: ContactUpdate, principal: Principal, actor: ActorDep, engine: EngineDep
) -> ContactPublic:
    """Change the fields given; suppressions stay keyed to the addresses they were made for."""
    changes = body.model_dump(exclude_unset=True)
    contact = await run_in_threadpool(
        lambda: engine.update_contact(
            principal.account_slug, contact_id, actor=actor, changes=changes
        )
    )
    return ContactPublic(**to_json(contact))


@router.post("/{contact_id}/erase", response_model=ErasurePublic)
async def erase_contact(
    contact_id: str, body: EraseCreate, principal: Principal, actor: ActorDep, engine: EngineDep
) -> ErasurePublic:
    """GDPR erasure (admin): personal data removed; a keyed-hash tombstone keeps the address
    suppressed and the activity log verifiable. Erasing twice changes nothing."""
    erased = await run_in_threadpool(
        lambda: engine.erase_contact(
            principal.account_slug, contact_id, actor=actor, reason=body.reason
        )
    )
    return ErasurePublic(**to_json(erased))
