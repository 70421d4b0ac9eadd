"""`GET /healthz`: is heed up and can it reach its database?"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from heed.api.deps import EngineDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz(engine: EngineDep) -> dict[str, object]:
    """200 when the database answers and its schema is current; 503 problem+json otherwise.

    Do-not-call registries older than the FTC's 31 days are named in `stale_registries`
    (heed still answers; the account's `registry_stale_blocks` decides what they do)."""
    await run_in_threadpool(engine.ready)
    stale = await run_in_threadpool(engine.stale_registries)
    if not stale:
        return {"status": "ok"}
    return {
        "status": "ok",
        "stale_registries": [
            {"name": r.name, "version": r.version.isoformat(), "age_days": r.age_days}
            for r in stale
        ],
    }
