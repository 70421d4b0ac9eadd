"""Errors as RFC 9457 `application/problem+json`, one stable `type` per heed error."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from heed.errors import (
    BadInput,
    HeedError,
    NotFound,
    PermissionDenied,
    SignatureInvalid,
    Unavailable,
)

PROBLEM_TYPE_BASE = "https://heed.dev/problems/"
MEDIA_TYPE = "application/problem+json"


def problem(status: int, code: str, title: str, detail: str, **extra: Any) -> JSONResponse:
    body = {"type": PROBLEM_TYPE_BASE + code, "title": title, "status": status, "detail": detail}
    headers = {"Retry-After": "5"} if status == 503 else None
    return JSONResponse(
        {**body, **extra}, status_code=status, media_type=MEDIA_TYPE, headers=headers
    )


def _status_of(exc: HeedError) -> int:
    if isinstance(exc, Unavailable):
        return 503  # the provider retries; nothing was acknowledged
    if isinstance(exc, SignatureInvalid):
        return 403
    if isinstance(exc, PermissionDenied):
        return 403
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, BadInput):
        return 400
    return 500


async def _heed_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HeedError)
    status = _status_of(exc)
    field = getattr(exc, "field", None)
    extra = {"field": field} if field else {}
    return problem(status, exc.code, type(exc).__name__, str(exc), **extra)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"field": ".".join(str(p) for p in error["loc"] if p != "body"), "message": error["msg"]}
        for error in exc.errors()
    ]
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return problem(422, "validation-error", "Invalid request", detail, errors=errors)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = {401: "unauthorized", 404: "not-found", 405: "method-not-allowed"}.get(
        exc.status_code, "http-error"
    )
    return problem(exc.status_code, code, str(exc.detail), str(exc.detail))


def install(app: FastAPI) -> None:
    app.add_exception_handler(HeedError, _heed_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
