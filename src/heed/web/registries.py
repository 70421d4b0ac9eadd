"""The registries page: which do-not-call and reassigned-numbers lists scrub this account's
marketing, with version, size and age. Loading one is `heed registry load` (files of
hundreds of millions of numbers are not uploaded through a browser form)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from heed.api.deps import get_engine
from heed.bulk.registry import STALE_AFTER_DAYS
from heed.web.auth import signed_in
from heed.web.render import render

router = APIRouter()


@router.get("/registries", response_class=HTMLResponse)
async def registries_page(request: Request) -> Response:
    sign_in = await signed_in(request)
    if isinstance(sign_in, Response):
        return sign_in
    found = await run_in_threadpool(get_engine(request).list_registries, sign_in.slug)
    return render(request, "registries.html", sign_in, registries=found, limit=STALE_AFTER_DAYS)
