"""The inbox: what people sent, newest first, with an alert on anyone who may not be messaged.

Read-only for now: replying is the sending platform's job. Messages from blocked addresses
are recorded but not shown (PRODUCT.md §1).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from heed.engine import Engine
from heed.records import BulkAnswer
from heed.web import queries
from heed.web.auth import signed_in
from heed.web.render import render

router = APIRouter()
PAGE_SIZE = 50


def _inbox(engine: Engine, slug: str, before: str | None) -> dict[str, Any]:
    messages, older = queries.inbox(engine, slug, before=before, limit=PAGE_SIZE)
    status: dict[tuple[str, str], BulkAnswer] = {}
    for channel in {m.channel for m in messages}:
        addresses = sorted({m.from_address for m in messages if m.channel == channel})
        for answer in engine.check_bulk(slug, channel, addresses):
            status[(channel, answer.address)] = answer
    return {
        "messages": [(m, status.get((m.channel, m.from_address))) for m in messages],
        "older_url": f"/inbox?{urlencode({'before': older})}" if older else None,
        "newest_url": "/inbox" if before else None,
    }


@router.get("/inbox", response_class=HTMLResponse)
async def inbox_page(request: Request, before: str = "") -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine: Engine = request.app.state.engine
    view = await run_in_threadpool(_inbox, engine, session.slug, before or None)
    return render(request, "inbox.html", session, **view)
