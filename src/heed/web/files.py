"""Forms that carry a file (imports, audiences): CSRF-checked, the file saved to disk in chunks."""

from __future__ import annotations

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from heed.api.deps import get_engine
from heed.bulk import uploads
from heed.web import sign_ins
from heed.web.auth import forbidden_csrf, signed_in
from heed.web.sign_ins import SignIn


async def file_form(
    request: Request,
) -> tuple[SignIn, dict[str, str], uploads.Upload | None] | Response:
    """The sign-in, the text fields and the saved `file` of a multipart POST; or a redirect
    (no sign-in) or 403 (bad CSRF token). The upload is None when no file was chosen."""
    sign_in = await signed_in(request)
    if isinstance(sign_in, Response):
        return sign_in
    form = await request.form(max_files=1, max_fields=30)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if not sign_ins.csrf_ok(sign_in.csrf, fields):
        return forbidden_csrf(request, sign_in)
    sent = form.get("file")
    if not isinstance(sent, UploadFile) or not sent.filename:
        return sign_in, fields, None
    upload = uploads.new(await account_id(request, sign_in), sent.filename)
    await uploads.save_file(upload, sent)
    return sign_in, fields, upload


async def account_id(request: Request, sign_in: SignIn) -> str:
    """The signed-in account's id: uploads are kept under it."""
    engine = get_engine(request)
    return (await run_in_threadpool(engine.account, sign_in.slug)).id
