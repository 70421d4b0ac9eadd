"""The admin web UI and the public opt-out page, rendered on the server (Jinja2).

Every asset ships in this package (templates/, static/): no CDN, no build step. Pages call
the same `Engine` methods as the CLI and the API, as the signed-in user, so roles are enforced
in one place.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

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
    render,
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


#: Paths of programs, not people: they keep problem+json whatever the client accepts.
_MACHINE_PATHS = ("/v1/", "/hooks/", "/openapi.json", "/healthz", "/docs/")


def browser_not_found(request: Request) -> HTMLResponse | None:
    """The HTML 404 page for a browser asking for a page that does not exist; None for API
    clients and API paths, which get problem+json."""
    path = request.url.path
    wants_html = "text/html" in request.headers.get("accept", "")
    if not wants_html or path.startswith(_MACHINE_PATHS):
        return None
    detail = "There is no page at this address. Check the link, or start from the dashboard."
    return render.error_page(request, 404, "Page not found", detail)
