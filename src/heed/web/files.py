"""Forms that carry a file (imports, audiences): CSRF-checked, the file saved to disk in chunks."""

from __future__ import annotations

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from heed.api.deps import get_engine
from heed.bulk import uploads
from heed.web import sessions
from heed.web.auth import forbidden_csrf, signed_in
from heed.web.sessions import WebSession


async def file_form(
    request: Request,
) -> tuple[WebSession, dict[str, str], uploads.Upload | None] | Response:
    """The session, the text fields and the saved `file` of a multipart POST; or a redirect
    (no session) or 403 (bad CSRF token). The upload is None when no file was chosen."""
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    form = await request.form(max_files=1, max_fields=30)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if not sessions.csrf_ok(session.csrf, fields):
        return forbidden_csrf(request, session)
    sent = form.get("file")
    if not isinstance(sent, UploadFile) or not sent.filename:
        return session, fields, None
    upload = uploads.new(await account_id(request, session), sent.filename)
    await uploads.save_file(upload, sent)
    return session, fields, upload


async def account_id(request: Request, session: WebSession) -> str:
    """The signed-in account's id: uploads are kept under it."""
    engine = get_engine(request)
    return (await run_in_threadpool(engine.account, session.slug)).id
