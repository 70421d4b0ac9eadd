"""Bulk reads over HTTP: the suppressions export, and the audience filter.

`GET /v1/suppressions/export` streams every active suppression with its evidence (CSV or
JSON) from one read transaction. `POST /v1/filter` takes a campaign's recipients (CSV, a JSON
array or JSON Lines) and answers the counts by reason, or, with `output=allowed`, the allowed
recipients in the shape they came in, with the counts in the `Heed-Filter-Counts` header; with
`output=excluded`, the excluded ones with every reason (what `heed filter --excluded` writes: a
`heed_reasons` column, or `{"recipient": ..., "reasons": [...]}`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from heed.api.deps import EngineDep, Principal
from heed.api.problems import MEDIA_TYPE, PROBLEM_SCHEMA, problem
from heed.api.v1.bodies import receive_file
from heed.bulk import uploads
from heed.bulk.columns import parse_mapping
from heed.bulk.filtering import is_json
from heed.core.vocabulary import Channel, Purpose, Source
from heed.engine.results import to_json

router = APIRouter(tags=["bulk"])

_TEXT = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
_BODY_TYPES = ("text/csv", "text/plain", "application/json", "application/x-ndjson")


@router.get(
    "/suppressions/export",
    response_class=Response,
    responses={
        200: {
            "description": "Every active suppression (erased people's left out), oldest first.",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
            },
        }
    },
)
async def export_suppressions(
    principal: Principal,
    engine: EngineDep,
    format: Annotated[str, Query(pattern="^(csv|json)$")] = "csv",
    channel: Channel | None = None,
    source: Source | None = None,
) -> Response:
    """Export the account's active suppressions with scope, source, since, reason, event id
    and evidence (any role); `POST /v1/imports` reads the CSV back."""
    chunks = engine.export_suppressions(
        principal.account_slug,
        format=format,
        channel=channel.value if channel else None,
        source=source.value if source else None,
    )
    first = await run_in_threadpool(next, chunks)  # bad input is a problem, not a broken stream

    def rest() -> Iterator[bytes]:
        yield first
        yield from chunks

    name = f"heed-suppressions-{principal.account_slug}.{format}"
    return StreamingResponse(
        rest(),
        media_type=_TEXT[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


class FilterCountsPublic(BaseModel):
    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "total": 10000,
                    "allowed": 9412,
                    "excluded": {"opted_out": 512, "invalid_address": 70},
                    "duplicates": 6,
                }
            ]
        }
    }
    total: int = Field(description="Recipients in the file.")
    allowed: int = Field(description="Recipients who may be sent to.")
    excluded: dict[str, int] = Field(description="Strongest reason -> recipients excluded by it.")
    duplicates: int = Field(description="Repeats of an earlier recipient: written once.")


_FILTER_BODY = {
    "required": True,
    "content": {
        "text/csv": {"schema": {"type": "string"}, "example": "phone,name\n+14155550100,Ann\n"},
        "application/json": {
            "schema": {
                "type": "array",
                "items": {"anyOf": [{"type": "string"}, {"type": "object"}]},
            },
            "example": ["+14155550100", {"phone": "+14155550111", "name": "Bo"}],
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
_COUNTS_HEADER = "Heed-Filter-Counts"


@router.post(
    "/filter",
    response_class=Response,
    openapi_extra={"requestBody": _FILTER_BODY},
    responses={
        200: {
            "description": "The counts; with `output=allowed`, the allowed recipients in the "
            "input's format; with `output=excluded`, the excluded ones with every reason (CSV: a "
            '`heed_reasons` column; JSON: `{"recipient": ..., "reasons": [...]}`); with either, '
            f"the counts as JSON in the `{_COUNTS_HEADER}` header.",
            "content": {
                "application/json": {
                    "schema": {
                        "anyOf": [
                            FilterCountsPublic.model_json_schema(),
                            {"type": "array", "description": "output=allowed or excluded"},
                        ]
                    }
                },
                "text/csv": {"schema": {"type": "string"}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        },
        413: {
            "description": "The file is larger than heed accepts (1 GiB).",
            "content": {MEDIA_TYPE: {"schema": PROBLEM_SCHEMA}},
        },
        415: {
            "description": "Send CSV, JSON or JSON Lines, or a multipart `file`.",
            "content": {MEDIA_TYPE: {"schema": PROBLEM_SCHEMA}},
        },
    },
)
async def filter_audience(
    request: Request,
    principal: Principal,
    engine: EngineDep,
    channel: Channel,
    sender: str | None = None,
    list: str | None = None,
    purpose: Purpose = Purpose.MARKETING,
    output: Annotated[str, Query(pattern="^(counts|allowed|excluded)$")] = "counts",
    column: Annotated[list[str] | None, Query(description="address=HEADER")] = None,
) -> Response:
    """Filter a campaign's recipients exactly as `GET /v1/check` would answer each (any role):
    counts by strongest reason; a recipient listed twice is kept once."""
    mapping = parse_mapping(column or [])
    source = uploads.new(principal.account_id, "recipients")
    result = uploads.new(principal.account_id, output)

    def cleanup() -> None:
        source.delete()
        result.delete()

    try:
        refused = await receive_file(
            request,
            source,
            _BODY_TYPES,
            "the recipients",
            "send CSV (text/csv), JSON (application/json), JSON Lines (application/x-ndjson) "
            "or a multipart `file`",
        )
        if isinstance(refused, JSONResponse):
            cleanup()
            return refused

        def run() -> Any:
            with result.path.open("wb") as out:
                return engine.filter_audience(
                    principal.account_slug,
                    source.path,
                    out if output == "allowed" else None,
                    excluded_out=out if output == "excluded" else None,
                    channel=channel.value,
                    sender=sender,
                    list_name=list,
                    purpose=purpose.value,
                    columns=mapping,
                    file_name="recipients",
                )

        counts = await run_in_threadpool(run)
    except uploads.TooLarge as exc:
        cleanup()
        return problem(413, exc.code, "TooLarge", str(exc))
    except BaseException:
        cleanup()
        raise
    body = to_json(counts)
    if output == "counts":
        cleanup()
        return JSONResponse(body)
    with source.path.open("rb") as stream:
        media = _json_media(stream) if is_json(stream) else "text/csv; charset=utf-8"
    return FileResponse(
        result.path,
        media_type=media,
        headers={_COUNTS_HEADER: json.dumps(body)},
        background=BackgroundTask(cleanup),
    )


def _json_media(stream: Any) -> str:
    head = stream.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return "application/json" if head[:1] == b"[" else "application/x-ndjson"
