"""The activity log, filterable by contact, address, source, kind and time."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from heed.api.deps import EngineDep, Principal
from heed.api.v1.schemas import EventPublic, Page
from heed.engine.results import to_json

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=Page[EventPublic])
async def list_events(
    principal: Principal,
    engine: EngineDep,
    contact_id: str | None = None,
    address: str | None = None,
    source: str | None = None,
    kind: Annotated[str | None, Query(examples=["suppression.created"])] = None,
    since: datetime | None = None,
    until: datetime | None = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Page[EventPublic]:
    """Every change, oldest first, with actor, source, evidence and before/after."""
    page = await run_in_threadpool(
        lambda: engine.list_events(
            principal.account_slug,
            contact_id=contact_id,
            address=address,
            source=source,
            kind=kind,
            since=since,
            until=until,
            cursor=cursor,
            limit=limit,
        )
    )
    return Page[EventPublic](**to_json(page))
