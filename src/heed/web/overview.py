"""The dashboard, the suppressions list, and the package's static files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, Response

from heed.api.deps import get_engine
from heed.core.permissions import Action, may
from heed.core.vocabulary import Source
from heed.errors import Rejected
from heed.web.auth import signed_in
from heed.web.render import STATIC, error_page, pages_of, render

router = APIRouter()
PAGE_SIZE = 50
_STATIC_FILES = {
    "heed.css": "text/css",
    "imports.js": "text/javascript",
    "busy.js": "text/javascript",
    "providers.js": "text/javascript",
    "icon.svg": "image/svg+xml",
}


@router.get("/", response_class=HTMLResponse)
async def dashboard(request: Request) -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine = get_engine(request)
    now = datetime.now(UTC)
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    week = today - timedelta(days=today.weekday())  # since Monday 00:00 UTC

    def load() -> dict[str, Any]:
        return {
            "today": engine.opt_outs_since(session.slug, today),
            "week": engine.opt_outs_since(session.slug, week),
            "totals": engine.account_totals(session.slug),
            "review": engine.review_due(session.slug, now),
            "account": engine.account(session.slug),
            "verification": engine.last_verification(session.slug),
        }

    return render(request, "dashboard.html", session, **await run_in_threadpool(load))


@router.get("/suppressions", response_class=HTMLResponse)
async def suppressions_page(
    request: Request,
    q: str = "",
    channel: str = "",
    source: str = "",
    state: str = "active",
    cursor: str = "",
    page: str = "1",
) -> Response:
    """Suppressions newest first, searched by address, with how many match."""
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine = get_engine(request)
    active = {"active": True, "lifted": False}.get(state)
    filters = {"q": q.strip(), "channel": channel, "source": source, "state": state}
    wanted: dict[str, Any] = {
        "channel": channel or None,
        "address": q.strip() or None,
        "source": source or None,
        "active": active,
    }
    error, items, next_cursor, total = "", [], None, 0
    try:
        found = await run_in_threadpool(
            lambda: engine.list_suppressions(
                session.slug,
                **wanted,
                cursor=cursor or None,
                limit=PAGE_SIZE,
                newest_first=True,
            )
        )
        total = await run_in_threadpool(lambda: engine.count_suppressions(session.slug, **wanted))
        items, next_cursor = found.items, found.next_cursor
    except Rejected as exc:
        error = str(exc)
    chosen = {k: v for k, v in filters.items() if v}
    number = int(page) if page.isdigit() and cursor else 1
    return render(
        request,
        "suppressions.html",
        session,
        400 if error else 200,
        items=items,
        filters=filters,
        sources=[s.value for s in Source],
        error=error,
        total=total,
        pages=pages_of(total, PAGE_SIZE, number),
        next_url=f"/suppressions?{urlencode({**chosen, 'cursor': next_cursor, 'page': number + 1})}"
        if next_cursor
        else None,
        first_url=f"/suppressions?{urlencode(chosen)}" if cursor else None,
        can_import=may(session.user.role, Action.IMPORT),
    )


@router.get("/static/{name}")
async def static(request: Request, name: str) -> Response:
    """Serve the few files of heed/web/static (a fixed list: no path from the URL is opened)."""
    if name not in _STATIC_FILES:
        return error_page(request, 404, "Not found", "There is no such file.")
    return FileResponse(
        STATIC / name,
        media_type=_STATIC_FILES[name],
        headers={"Cache-Control": "public, max-age=3600"},
    )
