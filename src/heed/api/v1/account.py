"""The account's own settings: where opt-outs apply, replies, thresholds (docs/design.md §1)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from heed.api.deps import ActorDep, EngineDep, Principal
from heed.api.v1.schemas import AccountSettingsUpdate
from heed.core.account_settings import AccountSettings

router = APIRouter(prefix="/account", tags=["account"])


@router.get("/settings", response_model=AccountSettings)
async def get_settings(principal: Principal, engine: EngineDep) -> AccountSettings:
    """The key's account's settings, each with its value now (any role)."""
    account = await run_in_threadpool(engine.account, principal.account_slug)
    return account.settings


@router.patch("/settings", response_model=AccountSettings)
async def update_settings(
    body: AccountSettingsUpdate, principal: Principal, actor: ActorDep, engine: EngineDep
) -> AccountSettings:
    """Change some settings (admin), all or none; one `account.settings_changed` event.

    A bad value is a 422 problem whose `errors` name each setting at fault.
    """
    changes = body.model_dump(exclude_unset=True)
    return await run_in_threadpool(
        lambda: engine.update_settings(principal.account_slug, actor, **changes)
    )
