"""Import opt-outs or contacts from CSV: upload, map the file's columns, preview, run, result.

The upload is kept on disk under a token (heed.bulk.uploads) while the admin maps its
columns; the mapping form is a GET, so each change shows a fresh preview of what the first
rows would do, and nothing changes until "Import" is posted (CSRF-checked, admin only: the
engine refuses anyone else whatever the page showed). The import then runs in the
background and its page follows it: a small script polls its progress, and without
JavaScript the page refreshes itself until the import is done.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from heed.api.deps import get_engine
from heed.bulk import background, uploads
from heed.bulk.columns import ROLES, Kind
from heed.bulk.csvfile import CsvFile
from heed.core.permissions import Action, may
from heed.core.vocabulary import Channel
from heed.engine import Engine
from heed.errors import NotFound, PermissionDenied, Rejected
from heed.web.auth import signed_in, signed_in_post
from heed.web.files import account_id, file_form
from heed.web.render import error_page, render
from heed.web.sessions import WebSession

router = APIRouter()
ENCODINGS = ("utf-8", "cp1252", "latin-1")
ROLE_NAMES = {
    "address": "Address column (phone or email)",
    "reason": "Reason column",
    "channel": "Channel column",
    "scope": "Scope column",
    "phone": "Phone column",
    "email": "Email column",
    "name": "Name column",
    "first_name": "First name column",
    "last_name": "Last name column",
    "external_id": "External id column",
}
KIND_NAMES = {"optouts": "opt-outs", "contacts": "contacts"}


#: The library's messages name the CLI's options; on a page, the control that does the same.
_CLI_WORDS = (
    (re.compile(r"(map|choose) one with --column (\w+)=HEADER"), r"choose its column below"),
    (re.compile(r"give its encoding, e\.g\. --encoding (\S+)"), r"choose its encoding (e.g. \1)"),
    (re.compile(r"give --channel too"), "choose a channel too"),
)


def in_page_words(message: str) -> str:
    """`message` with the CLI's option syntax replaced by what the import page offers."""
    for pattern, words in _CLI_WORDS:
        message = pattern.sub(words, message)
    return message


def _kind(value: str) -> Kind:
    return Kind.CONTACTS if value == Kind.CONTACTS else Kind.OPTOUTS


def _refused(request: Request, session: WebSession) -> HTMLResponse | None:
    if may(session.user.role, Action.IMPORT):
        return None
    detail = f"Your role ({session.user.role}) may not import: ask an admin of this account."
    return error_page(request, 403, "Not allowed", detail, session)


@router.get("/imports", response_class=HTMLResponse)
async def imports_page(request: Request) -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    items = await run_in_threadpool(get_engine(request).recent_imports, session.slug, 100)
    can_import = may(session.user.role, Action.IMPORT)
    return render(
        request, "imports.html", session, items=items, can_import=can_import, kinds=KIND_NAMES
    )


@router.get("/imports/new", response_class=HTMLResponse)
async def upload_page(request: Request, kind: str = "optouts") -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    return _refused(request, session) or render(
        request, "import_upload.html", session, kind=_kind(kind).value, kinds=KIND_NAMES
    )


@router.post("/imports/new", response_class=HTMLResponse)
async def upload(request: Request) -> Response:
    checked = await file_form(request)
    if isinstance(checked, Response):
        return checked
    session, fields, saved = checked
    kind = _kind(fields.get("kind", "")).value
    refused = _refused(request, session)
    if refused is not None or saved is None:
        if saved is not None:
            saved.delete()
        return refused or render(
            request,
            "import_upload.html",
            session,
            400,
            kind=kind,
            kinds=KIND_NAMES,
            error="Choose a CSV file to import.",
        )
    return RedirectResponse(f"/imports/new/{saved.token}?kind={kind}", status_code=303)


def _choices(kind: Kind, query: dict[str, str]) -> dict[str, Any]:
    """What the mapping form says: channel, scope, encoding and each role's column."""
    default_channel = "sms" if kind is Kind.OPTOUTS else ""
    columns = {r: query[f"col_{r}"] for r in ROLES[kind] if query.get(f"col_{r}")}
    return {
        "channel": query.get("channel", default_channel),
        "scope": query.get("scope", ""),
        "encoding": query.get("encoding", "utf-8")
        if query.get("encoding") in ENCODINGS
        else "utf-8",
        # On the first visit nothing is chosen: the columns are found by their names.
        "columns": columns if any(k.startswith("col_") for k in query) else None,
    }


def _scope_arguments(scope: str) -> tuple[str | None, str | None]:
    """The (sender, list) a scope choice means: `sender:ADDR`, `list:NAME`, or neither."""
    kind, _, value = scope.partition(":")
    return (value if kind == "sender" and value else None), (
        value if kind == "list" and value else None
    )


def _mapping_view(
    engine: Engine, session: WebSession, upload: uploads.Upload, kind: Kind, chosen: dict[str, Any]
) -> dict[str, Any]:
    """Everything the mapping page shows: the file's header, the account's senders and
    lists, and the preview of the first rows (or why there is none)."""
    view: dict[str, Any] = {
        "senders": engine.list_senders(session.slug),
        "lists": engine.list_lists(session.slug),
        "header": (),
        "preview": None,
        "error": "",
    }
    try:
        with upload.path.open("rb") as stream:
            view["header"] = tuple(CsvFile(stream, upload.file_name, chosen["encoding"]).header)
        sender, list_name = _scope_arguments(chosen["scope"])
        view["preview"] = engine.preview_import(
            session.slug,
            kind.value,
            upload.path,
            actor=session.user.actor,
            file_name=upload.file_name,
            channel=chosen["channel"] or None,
            columns=chosen["columns"],
            encoding=chosen["encoding"],
            sender=sender,
            list_name=list_name,
        )
    except Rejected as exc:
        view["error"] = in_page_words(str(exc))
    return view


@router.get("/imports/new/{token}", response_class=HTMLResponse)
async def mapping_page(request: Request, token: str) -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    refused = _refused(request, session)
    if refused is not None:
        return refused
    upload = uploads.find(await account_id(request, session), token)
    if upload is None:
        return _expired(request, session)
    query = dict(request.query_params)
    kind = _kind(query.get("kind", ""))
    chosen = _choices(kind, query)
    engine = get_engine(request)
    view = await run_in_threadpool(_mapping_view, engine, session, upload, kind, chosen)
    mapped = view["preview"].columns if view["preview"] else (chosen["columns"] or {})
    return render(
        request,
        "import_map.html",
        session,
        400 if view["error"] else 200,
        upload=upload,
        kind=kind.value,
        kinds=KIND_NAMES,
        roles=[(r, ROLE_NAMES[r]) for r in ROLES[kind]],
        mapped=mapped,
        chosen=chosen,
        channels=[c.value for c in Channel],
        encodings=ENCODINGS,
        **view,
    )


def _expired(request: Request, session: WebSession) -> HTMLResponse:
    detail = "This upload is no longer here (uploads are kept for a day). Upload the file again."
    return error_page(request, 404, "Upload not found", detail, session)


@router.post("/imports/new/{token}", response_class=HTMLResponse)
async def run(request: Request, token: str) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    session, form = checked
    found = uploads.find(await account_id(request, session), token)
    upload = uploads.claim(found) if found else None
    if upload is None:
        return _expired(request, session)
    kind = _kind(form.get("kind", ""))
    chosen = _choices(kind, form)
    engine = get_engine(request)
    sender, list_name = _scope_arguments(chosen["scope"])
    try:
        info = await run_in_threadpool(
            lambda: engine.start_import(
                session.slug,
                kind.value,
                upload.path,
                actor=session.user.actor,
                file_name=upload.file_name,
                channel=chosen["channel"] or None,
                columns=chosen["columns"],
                encoding=chosen["encoding"],
                sender=sender,
                list_name=list_name,
            )
        )
    except PermissionDenied:
        uploads.release(upload)
        detail = f"Your role ({session.user.role}) may not import: ask an admin of this account."
        return error_page(request, 403, "Not allowed", detail, session)
    except Rejected as exc:
        uploads.release(upload)
        return error_page(request, 400, "Cannot import this file", in_page_words(str(exc)), session)
    background.run_import(engine, session.slug, info.id, upload, session.user.actor)
    return RedirectResponse(f"/imports/{info.id}", status_code=303)


@router.get("/imports/{import_id}", response_class=HTMLResponse)
async def import_page(request: Request, import_id: str) -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine = get_engine(request)
    try:
        info = await run_in_threadpool(engine.get_import, session.slug, import_id)
    except NotFound:
        return error_page(request, 404, "No such import", "This import does not exist.", session)
    names = await run_in_threadpool(engine.user_names, session.slug)
    by = names.get(info.actor, info.actor)
    return render(request, "import.html", session, item=info, kinds=KIND_NAMES, by=by)


@router.get("/imports/{import_id}/progress")
async def import_progress(request: Request, import_id: str) -> Response:
    """The import's progress as JSON, for the page's script."""
    session = await signed_in(request)
    if isinstance(session, Response):
        return JSONResponse({"error": "sign in"}, status_code=401)
    try:
        info = await run_in_threadpool(get_engine(request).get_import, session.slug, import_id)
    except NotFound:
        return JSONResponse({"error": "no such import"}, status_code=404)
    fields = ("status", "rows_total", "rows_processed", "created", "unchanged", "error_count")
    body = {name: getattr(info, name) for name in fields}
    return JSONResponse(body | {"progress": info.progress}, headers={"Cache-Control": "no-store"})
