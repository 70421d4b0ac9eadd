"""`GET /healthz`: is heed up and can it reach its database? With `?detail=true`, also how
the latest verifications of the accounts' logs went (counts only: no account is named)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from heed.api.deps import EngineDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz(engine: EngineDep, detail: bool = False) -> dict[str, object]:
    """200 when the database answers and its schema is current; 503 problem+json otherwise.

    Do-not-call registries older than the FTC's 31 days are named in `stale_registries`
    (heed still answers; the account's `registry_stale_blocks` decides what they do). With
    `detail=true`, how the latest verifications of the accounts' logs went (counts only;
    `accounts_unverifiable` are those whose stored result no longer carries the server key's
    seal, counted as failed too)."""
    await run_in_threadpool(engine.ready)
    stale = await run_in_threadpool(engine.stale_registries)
    body: dict[str, object] = {"status": "ok"}
    if stale:
        body["stale_registries"] = [
            {"name": r.name, "version": r.version.isoformat(), "age_days": r.age_days}
            for r in stale
        ]
    if detail:
        runs = list((await run_in_threadpool(engine.last_verifications)).values())
        body["verification"] = {
            "accounts_verified": len(runs),
            # A result edited in the database (its seal broken) counts as failed, and here.
            "accounts_failed": sum(1 for run in runs if not run.ok),
            "accounts_unverifiable": sum(1 for run in runs if not run.sealed),
            "oldest": min((run.checked_at for run in runs), default=None),
            "newest": max((run.checked_at for run in runs), default=None),
        }
    return body
