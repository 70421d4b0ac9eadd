"""`GET /healthz`: is heed up and can it reach its database? With `?detail=true`, also how
the latest verifications of the accounts' logs went (counts only: no account is named)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from heed.api.deps import EngineDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz(engine: EngineDep, detail: bool = False) -> dict[str, Any]:
    """200 when the database answers and its schema is current; 503 problem+json otherwise."""
    await run_in_threadpool(engine.ready)
    if not detail:
        return {"status": "ok"}
    runs = list((await run_in_threadpool(engine.last_verifications)).values())
    return {
        "status": "ok",
        "verification": {
            "accounts_verified": len(runs),
            "accounts_failed": sum(1 for run in runs if not run.ok),
            "oldest": min((run.checked_at for run in runs), default=None),
            "newest": max((run.checked_at for run in runs), default=None),
        },
    }
