"""The admin web UI and the public opt-out page, rendered on the server (Jinja2).

Every asset ships in this package (templates/, static/): no CDN, no build step. Pages call
the same `Engine` methods as the CLI and the API, as the signed-in user, so roles are enforced
in one place.
"""

from __future__ import annotations

from fastapi import APIRouter

from heed.web import (
    audience,
    auth,
    contacts,
    imports,
    inbox,
    lift,
    optout,
    overview,
    registries,
    review,
    senders,
    settings,
)

router = APIRouter(include_in_schema=False)
for _module in (
    auth,
    overview,
    contacts,
    inbox,
    review,
    imports,
    audience,
    senders,
    settings,
    registries,
    lift,
    optout,
):
    router.include_router(_module.router)

__all__ = ["router"]
