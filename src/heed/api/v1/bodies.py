"""Files sent to the API: the request body itself, or the `file` field of a multipart form."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.datastructures import UploadFile

from heed.api.problems import problem
from heed.bulk import uploads
from heed.errors import BadInput


async def receive_file(
    request: Request, upload: uploads.Upload, accepted: tuple[str, ...], what: str, formats: str
) -> str | JSONResponse | None:
    """Save the request's file into `upload`: the name it came with (multipart only), or a
    415 problem when the body is of none of the `accepted` media types (`formats` says which
    the caller reads). A form without its `file` is bad input naming `what` was expected."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=20)
        sent = form.get("file")
        if not isinstance(sent, UploadFile):
            raise BadInput(f"send {what} as the multipart field `file`")
        await uploads.save_file(upload, sent)
        return sent.filename
    if media in accepted:
        await uploads.save(upload, request.stream())
        return None
    return problem(
        415,
        "unsupported-media-type",
        "Unsupported media type",
        f"cannot read a {media or 'body without a Content-Type'}: {formats}",
    )
