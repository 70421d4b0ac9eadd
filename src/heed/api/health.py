"""`GET /healthz`: is heed up and can it reach its database?"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from heed.api.deps import EngineDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz(engine: EngineDep) -> dict[str, str]:
    """200 when the database answers and its schema is current; 503 problem+json otherwise."""
    await run_in_threadpool(engine.ready)
    return {"status": "ok"}
