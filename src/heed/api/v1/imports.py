"""`/v1/imports`: upload a CSV of opt-outs or contacts, then follow the import as it runs.

`POST /v1/imports` reads the file through once before it answers (an unreadable file, a
missing address column or an unknown list is a 422 and nothing is imported), records the
import and answers 202; the rows then land in the background, a batch per transaction, and
`GET /v1/imports/{id}` shows the progress, the counts and every refused row with its line.
Posting the same file again is safe: it changes nothing, so no Idempotency-Key is needed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from heed.api.deps import ActorDep, EngineDep, Principal
from heed.api.problems import MEDIA_TYPE, PROBLEM_SCHEMA, problem
from heed.api.v1.bodies import receive_file
from heed.api.v1.schemas import Page
from heed.bulk import background, uploads
from heed.bulk.columns import parse_mapping
from heed.core.permissions import Action, require
from heed.engine.results import to_json

router = APIRouter(prefix="/imports", tags=["imports"])

CSV_TYPES = ("text/csv", "text/plain", "application/csv", "application/octet-stream")


class RowErrorPublic(BaseModel):
    line: int = Field(description="The line of the file the row starts on (the header is 1).")
    message: str


class FlaggedPublic(BaseModel):
    line: int
    address: str | None
    reasons: dict[str, list[str]] = Field(description="channel (or list:NAME) -> reason codes")


class ImportSummaryPublic(BaseModel):
    id: str
    kind: str = Field(description="optouts or contacts")
    file_name: str
    channel: str | None
    scope: str | None = Field(description="account, sender:ADDR, list:NAME; null: per row")
    columns: dict[str, str] = Field(description="role -> the file's header it was read from")
    status: str = Field(description="running, done or failed")
    progress: float = Field(description="0 to 1")
    rows_total: int
    rows_processed: int
    created: int
    unchanged: int
    error_count: int
    flagged: int = Field(description="contacts who may not be messaged (contact imports)")
    actor: str
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    failure: str | None


class ImportPublic(ImportSummaryPublic):
    row_errors: list[RowErrorPublic] = Field(description="Refused rows (the first 1,000).")
    flagged_rows: list[FlaggedPublic] = Field(description="Flagged contacts (the first 1,000).")


def public(info: Any, summary: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = dict(to_json(info))
    body["progress"] = info.progress
    if summary:
        body.pop("row_errors"), body.pop("flagged_rows")
    return body


_BODY = {
    "required": True,
    "content": {
        "text/csv": {
            "schema": {"type": "string"},
            "example": "Mobile,Reason\n+14155550100,asked by phone\n",
        },
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary"}},
            }
        },
    },
}
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    status: {"description": text, "content": {MEDIA_TYPE: {"schema": PROBLEM_SCHEMA}}}
    for status, text in (
        (413, "The file is larger than heed accepts (1 GiB)."),
        (415, "Send the CSV as text/csv, or as the `file` field of multipart/form-data."),
    )
}


@router.post(
    "",
    status_code=202,
    response_model=ImportPublic,
    openapi_extra={"requestBody": _BODY},
    responses={**_PROBLEMS, 202: {"headers": {"Location": {"schema": {"type": "string"}}}}},
)
async def create_import(
    request: Request,
    principal: Principal,
    actor: ActorDep,
    engine: EngineDep,
    kind: Annotated[str, Query(pattern="^(optouts|contacts)$")] = "optouts",
    channel: Annotated[str | None, Query(examples=["sms"])] = None,
    sender: str | None = None,
    list: Annotated[
        str | None, Query(description="A list scope (opt-outs) or list to join.")
    ] = None,
    column: Annotated[
        list[str] | None, Query(description="ROLE=HEADER, e.g. address=Mobile (repeatable).")
    ] = None,
    encoding: Annotated[str, Query(max_length=40)] = "utf-8",
    file_name: Annotated[str | None, Query(max_length=200)] = None,
) -> JSONResponse:
    """Import opt-outs or contacts from CSV (admin). Answers 202 once the file is checked;
    follow `Location` for progress, counts and refused rows."""
    require(actor, Action.IMPORT)  # before the upload is spooled; the engine asks again
    mapping = parse_mapping(column or [])
    upload = uploads.new(principal.account_id, file_name)
    try:
        named = await receive_file(
            request,
            upload,
            CSV_TYPES,
            "the CSV file",
            "send the CSV as text/csv, or as the `file` field of multipart/form-data",
        )
        if isinstance(named, JSONResponse):
            upload.delete()
            return named
        info = await run_in_threadpool(
            lambda: engine.start_import(
                principal.account_slug,
                kind,
                upload.path,
                actor=actor,
                file_name=uploads.safe_name(file_name or named),
                channel=channel,
                sender=sender,
                list_name=list,
                columns=mapping,
                encoding=encoding,
            )
        )
    except uploads.TooLarge as exc:
        upload.delete()
        return problem(413, exc.code, "TooLarge", str(exc))
    except BaseException:
        upload.delete()
        raise
    background.run_import(engine, principal.account_slug, info.id, upload, actor)
    return JSONResponse(
        public(info), status_code=202, headers={"Location": f"/v1/imports/{info.id}"}
    )


@router.get("", response_model=Page[ImportSummaryPublic])
async def list_imports(
    principal: Principal,
    engine: EngineDep,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Page[ImportSummaryPublic]:
    """Imports, oldest first (any role)."""
    page = await run_in_threadpool(
        lambda: engine.list_imports(principal.account_slug, cursor=cursor, limit=limit)
    )
    items = [ImportSummaryPublic(**public(i, summary=True)) for i in page.items]
    return Page[ImportSummaryPublic](items=items, next_cursor=page.next_cursor)


@router.get("/{import_id}", response_model=ImportPublic)
async def get_import(import_id: str, principal: Principal, engine: EngineDep) -> ImportPublic:
    """One import: status, progress, counts and the rows it refused, by line (any role)."""
    info = await run_in_threadpool(engine.get_import, principal.account_slug, import_id)
    return ImportPublic(**public(info))
