"""The audience page (filter a campaign's recipients, see why some may not be sent to, download
the allowed ones) and the suppressions export download. Both only read: every role may.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, Response, StreamingResponse

from heed.api.deps import get_engine
from heed.bulk import uploads
from heed.bulk.filtering import is_json
from heed.bulk.results import FilterCounts
from heed.core.vocabulary import Channel, Purpose
from heed.engine import Engine
from heed.errors import Rejected
from heed.web.auth import signed_in
from heed.web.files import account_id, file_form
from heed.web.render import error_page, render
from heed.web.sign_ins import SignIn

router = APIRouter()


def _form_view(engine: Engine, slug: str) -> dict[str, Any]:
    return {
        "senders": engine.list_senders(slug),
        "lists": engine.list_lists(slug),
        "channels": [c.value for c in Channel],
        "purposes": [p.value for p in Purpose],
    }


@router.get("/audience", response_class=HTMLResponse)
async def audience_page(request: Request) -> Response:
    sign_in = await signed_in(request)
    if isinstance(sign_in, Response):
        return sign_in
    view = await run_in_threadpool(_form_view, get_engine(request), sign_in.slug)
    chosen = {"channel": "sms", "sender": "", "list": "", "purpose": "marketing"}
    return render(request, "audience.html", sign_in, chosen=chosen, **view)


@router.post("/audience", response_class=HTMLResponse)
async def filter_audience(request: Request) -> Response:
    checked = await file_form(request)
    if isinstance(checked, Response):
        return checked
    sign_in, fields, source = checked
    engine = get_engine(request)
    chosen = {k: fields.get(k, "") for k in ("channel", "sender", "list", "purpose")}
    view = await run_in_threadpool(_form_view, engine, sign_in.slug)
    if source is None:
        error = "Choose a file of recipients to filter."
        return render(request, "audience.html", sign_in, 400, chosen=chosen, error=error, **view)
    try:
        counts, allowed, excluded = await run_in_threadpool(
            _filter, engine, sign_in, source, chosen, await account_id(request, sign_in)
        )
    except Rejected as exc:
        return render(request, "audience.html", sign_in, 400, chosen=chosen, error=str(exc), **view)
    finally:
        source.delete()
    return render(
        request,
        "audience.html",
        sign_in,
        chosen=chosen,
        counts=counts,
        allowed=allowed,
        excluded=excluded,
        file_name=source.file_name,
        **view,
    )


def _filter(
    engine: Engine, sign_in: SignIn, source: uploads.Upload, chosen: dict[str, str], owner: str
) -> tuple[FilterCounts, uploads.Upload, uploads.Upload]:
    """Filter the upload into two new ones: the allowed recipients, and the excluded ones
    with their reasons (kept a day, like every upload, for the download links)."""
    with source.path.open("rb") as stream:
        suffix = ".json" if is_json(stream) else ".csv"
    stem = Path(source.file_name).stem
    allowed = uploads.new(owner, f"{stem}-allowed{suffix}")
    excluded = uploads.new(owner, f"{stem}-excluded{suffix}")
    try:
        with allowed.path.open("wb") as yes, excluded.path.open("wb") as no:
            counts = engine.filter_audience(
                sign_in.slug,
                source.path,
                yes,
                excluded_out=no,
                channel=chosen["channel"] or "sms",
                sender=chosen["sender"] or None,
                list_name=chosen["list"] or None,
                purpose=chosen["purpose"] or "marketing",
                file_name=source.file_name,
            )
    except BaseException:
        allowed.delete()
        excluded.delete()
        raise
    return counts, allowed, excluded


@router.get("/audience/files/{token}")
async def download(request: Request, token: str) -> Response:
    """A filtered list, as a download (only from the account that made it)."""
    sign_in = await signed_in(request)
    if isinstance(sign_in, Response):
        return sign_in
    found = uploads.find(await account_id(request, sign_in), token)
    if found is None:
        detail = "This list is no longer here (filtered lists are kept for a day): filter again."
        return error_page(request, 404, "List not found", detail, sign_in)
    media = "application/json" if found.file_name.endswith(".json") else "text/csv"
    return FileResponse(found.path, media_type=media, filename=found.file_name)


@router.get("/suppressions/export")
async def export(
    request: Request, format: str = "csv", channel: str = "", source: str = ""
) -> Response:
    """Every active suppression with its evidence, as a CSV or JSON download."""
    sign_in = await signed_in(request)
    if isinstance(sign_in, Response):
        return sign_in
    chunks = get_engine(request).export_suppressions(
        sign_in.slug, format=format, channel=channel or None, source=source or None
    )
    try:
        first = await run_in_threadpool(next, chunks)
    except Rejected as exc:
        return error_page(request, 400, "Cannot export", str(exc), sign_in)

    def rest() -> Iterator[bytes]:
        yield first
        yield from chunks

    media = "application/json" if format == "json" else "text/csv; charset=utf-8"
    name = f"heed-suppressions-{sign_in.slug}.{format}"
    return StreamingResponse(
        rest(),
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )
