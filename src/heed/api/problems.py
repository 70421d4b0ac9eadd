"""Errors as RFC 9457 `application/problem+json`, one stable `type` per heed error."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException
from starlette.routing import Match

from heed.errors import (
    BadInput,
    Conflict,
    HeedError,
    NotFound,
    PermissionDenied,
    SignatureInvalid,
    Unauthenticated,
    Unavailable,
)

PROBLEM_TYPE_BASE = "https://heed.dev/problems/"
#: A 422 names at most this many errors: one body can hold thousands of faults, and naming them
#: all amplifies (60,000 unknown keys, 770 KB, were answered with 22 MB of problem JSON in
#: 2.9 s before heed.api.v1.schemas.RequestBody counted them as one error).
MAX_ERRORS = 20
MEDIA_TYPE = "application/problem+json"


#: The JSON schema of every problem body, for the OpenAPI document.
PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "examples": [PROBLEM_TYPE_BASE + "not-found"]},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "field": {"type": "string", "description": "The input field at fault, when one is."},
        "verified_url": {
            "type": "string",
            "description": "A refused webhook signature: the URL heed checked it against.",
        },
        "senders": {
            "type": "array",
            "items": {"type": "string"},
            "description": "An unknown sender (`unknown-sender`): the account's senders on "
            "that channel.",
        },
        "errors": {
            "type": "array",
            "description": "Every invalid field or setting of a 422.",
            "items": {
                "type": "object",
                "required": ["field", "message"],
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}
_MEANINGS = {
    401: "No API key, or not a valid one (`Authorization: Bearer <key>`).",
    403: "The key's role may not do this.",
    404: "No such object in the key's account.",
    413: "The request body is larger than the endpoint accepts (HEED_MAX_*_BYTES).",
    409: "Conflicts with what exists: taken, blocked, or a request still running.",
    422: "The input cannot be used: it does not match the schema, or an address, a list, a "
    "cursor or a setting in it is not one heed can use (`field` or `errors` names it).",
    503: "heed cannot answer now; retry after `Retry-After` seconds. Do not send meanwhile.",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error statuses, each an application/problem+json body."""
    return {
        status: {
            "description": _MEANINGS[status],
            "content": {MEDIA_TYPE: {"schema": PROBLEM_SCHEMA}},
        }
        for status in statuses
    }


def problem(status: int, code: str, title: str, detail: str, **extra: Any) -> JSONResponse:
    body = {"type": PROBLEM_TYPE_BASE + code, "title": title, "status": status, "detail": detail}
    headers = {503: {"Retry-After": "5"}, 401: {"WWW-Authenticate": "Bearer"}}.get(status)
    return JSONResponse(
        {**body, **extra}, status_code=status, media_type=MEDIA_TYPE, headers=headers
    )


def _status_of(exc: HeedError) -> int:
    if isinstance(exc, Unavailable):
        return 503  # the provider retries; nothing was acknowledged
    if isinstance(exc, Unauthenticated):
        return 401
    if isinstance(exc, SignatureInvalid):
        return 403
    if isinstance(exc, PermissionDenied):
        return 403
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Conflict):
        return 409  # the request is fine; what exists (a taken key, a block) is in the way
    if isinstance(exc, BadInput):
        return 422  # one status for every input heed cannot use, schema or meaning
    return 500


def title_of(code: str) -> str:
    """A problem's title in words, from its stable code: "not-found" is "Not found"."""
    return code.replace("-", " ").capitalize()


async def _heed_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HeedError)
    status = _status_of(exc)
    field = getattr(exc, "field", None)
    extra: dict[str, Any] = {"field": field} if field else {}
    if verified_url := getattr(exc, "verified_url", None):
        extra["verified_url"] = verified_url
    if (senders := getattr(exc, "senders", None)) is not None:
        extra["senders"] = senders
    if errors := getattr(exc, "errors", None):
        extra["errors"] = [{"field": k, "message": v} for k, v in errors.items()]
    return problem(status, exc.code, title_of(exc.code), str(exc), **extra)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    found = exc.errors()
    errors = [_in_words(error, media) for error in found[:MAX_ERRORS]]
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    if len(found) > MAX_ERRORS:
        detail += f"; and {len(found) - MAX_ERRORS:,} more errors"
    return problem(422, "validation-error", title_of("validation-error"), detail, errors=errors)


def _in_words(error: Any, media: str) -> dict[str, str]:
    """One of pydantic's complaints as `{field, message}`, where its own words would mislead:
    a JSON syntax error is located at a character offset (not a field), a form-encoded
    body is "not a valid dictionary" when the caller only needs to send JSON, and a field the
    request does not read ("Extra inputs are not permitted") is most often a misspelt one."""
    loc = [str(part) for part in error["loc"]]
    field = ".".join(part for part in loc if part != "body")
    if error["type"] == "unknown_field":  # heed.api.v1.schemas.RequestBody
        ctx = error["ctx"]
        more = f" ({ctx['more']:,} more unknown fields)" if ctx["more"] else ""
        return {"field": ctx["name"], "message": _unknown_field(ctx["name"], ctx["reads"]) + more}
    if error["type"] == "extra_forbidden":  # in a nested object
        return {"field": field, "message": _unknown_field(loc[-1], [])}
    if error["type"] == "json_invalid":
        where = f" at character {loc[-1]}" if len(loc) > 1 else ""
        reason = error.get("ctx", {}).get("error", "it cannot be parsed")
        return {"field": "body", "message": f"the body is not valid JSON{where}: {reason}"}
    if loc == ["body"] and media != "application/json" and error["type"].endswith("_type"):
        sent = media or "no Content-Type"
        message = f"send the body as JSON with `Content-Type: application/json` (not {sent})"
        return {"field": "body", "message": message}
    return {"field": field or "body", "message": error["msg"]}


def _unknown_field(name: str, fields: list[str]) -> str:
    if close := difflib.get_close_matches(name, fields, n=1, cutoff=0.6):
        return f"unknown field; did you mean `{close[0]}`?"
    known = f" (it reads {', '.join(fields)})" if fields else ""
    return f"unknown field: this request does not read it{known}"


def too_large(exc: HTTPException) -> JSONResponse:
    """The 413 problem for a request body over its limit (heed.api.limits)."""
    return problem(413, "payload-too-large", "Payload too large", str(exc.detail))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 413:
        return too_large(exc)
    if exc.status_code == 400:
        # FastAPI's only 400: a body its JSON decoder could not even read, either bytes that
        # are not UTF-8 or nesting past the parser's recursion (the depth guard in heed.api.deps
        # runs only after FastAPI has parsed the body). heed answers every unusable input with
        # 422, as for malformed JSON, and says which of the two it was.
        if isinstance(exc.__cause__, RecursionError):
            depth = request.app.state.settings.max_json_depth
            message = f"the body is not valid JSON: it is nested deeper than {depth} levels"
        else:
            message = "the body is not valid JSON: it is not UTF-8 text"
        errors = [{"field": "body", "message": message}]
        return problem(
            422, "validation-error", title_of("validation-error"), f"body: {message}", errors=errors
        )
    if exc.status_code == 404 and (location := _without_slash(request)):
        return RedirectResponse(location, status_code=307)
    page: Callable[[Request], Response | None] | None = getattr(
        request.app.state, "not_found_page", None
    )
    if exc.status_code == 404 and page is not None and (found := page(request)) is not None:
        return found  # a person's browser on a page that does not exist: the HTML 404 page
    code = {401: "unauthorized", 404: "not-found", 405: "method-not-allowed"}.get(
        exc.status_code, "http-error"
    )
    title = title_of(code) if code != "http-error" else str(exc.detail)
    return problem(exc.status_code, code, title, str(exc.detail))


def _without_slash(request: Request) -> str | None:
    """Where a GET of a path with a trailing slash belongs, as a relative reference, if
    the path without it is a route (Starlette's own redirect, turned off in `install`,
    wrote the address the app sees, http://127.0.0.1:PORT behind a proxy). Webhooks are never
    redirected: providers do not follow redirects with the body, and a signed URL would
    change; they get the 404."""
    path = request.url.path
    if request.method not in ("GET", "HEAD") or not path.endswith("/") or path == "/":
        return None
    if path.startswith("/hooks/"):
        return None
    scope = dict(request.scope, path=path.rstrip("/"))
    if not any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
        return None
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{path.rstrip('/')}{query}"


def install(app: FastAPI) -> None:
    app.router.redirect_slashes = False  # see _without_slash
    app.add_exception_handler(HeedError, _heed_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
