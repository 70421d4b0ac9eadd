"""Request bodies bounded while they are read, before anything parses or authenticates them.

Every HTTP request passes `BodyLimit` first. A body whose `Content-Length` is over its route's
limit is answered 413 problem+json at once, without reading a byte of it; a body without a
length (chunked) is counted as the application reads it and cut off at the limit. So no
client, signed in or not, can make heed hold or spool more than the limit per request. The
limits are settings (`HEED_MAX_*_BYTES`, heed.settings): webhooks, the JSON API, web forms, and
the few routes that take files, which sign the caller in before they read a byte.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from heed.api.problems import too_large
from heed.core.text import json_depth
from heed.settings import Settings

#: Routes whose body is a file (CSV, a list of recipients), as (method, path prefix, exact).
UPLOAD_ROUTES = (
    ("POST", "/v1/imports", True),
    ("POST", "/v1/filter", True),
    ("POST", "/imports/new", False),
    ("POST", "/audience", True),
)


class BodyTooLarge(HTTPException):
    """A request body over its route's limit (answered 413 problem+json)."""

    def __init__(self, limit: int) -> None:
        detail = f"the request body is larger than this endpoint accepts ({limit:,} bytes)"
        super().__init__(413, detail)
        self.limit = limit


class JsonTooDeep(ValueError):
    """JSON nested deeper than heed accepts (or than the parser can follow)."""


def body_limit(settings: Settings, method: str, path: str) -> int:
    """The most bytes a request to `path` may carry."""
    for upload_method, prefix, exact in UPLOAD_ROUTES:
        if method == upload_method and (path == prefix if exact else path.startswith(prefix)):
            return settings.max_upload_bytes
    if path.startswith(("/hooks/", "/unsubscribe/")):
        return settings.max_webhook_bytes
    if path.startswith("/v1/"):
        return settings.max_body_bytes
    return settings.max_form_bytes


class BodyLimit:
    """ASGI middleware: refuse or cut off request bodies over `body_limit`."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app, self.settings = app, settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(self.settings, scope["method"], scope["path"])
        if _declared_length(scope) > limit:
            await _refuse(BodyTooLarge(limit), scope, receive, send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge as exc:  # raised where nothing turned it into a response
            if started:
                raise
            await _refuse(exc, scope, receive, send)


def _declared_length(scope: Scope) -> int:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0  # the server refuses a malformed length itself
    return 0


async def _refuse(exc: BodyTooLarge, scope: Scope, receive: Receive, send: Send) -> None:
    response = too_large(exc)
    # The rest of the body is never read: close the connection rather than drain it.
    response.headers["Connection"] = "close"
    await response(scope, receive, send)


def load_json(body: bytes | str, max_depth: int) -> Any:
    """Parse JSON no deeper than `max_depth` arrays/objects; ValueError (or JsonTooDeep) if not.

    The standard parser recurses once per level and raises RecursionError near 1,000 levels;
    documents that shallower are still refused past `max_depth`, so nothing heed stores is
    too deep to serialise again later.
    """
    try:
        value = json.loads(body)
    except RecursionError:
        raise JsonTooDeep(f"the JSON is nested deeper than {max_depth} levels") from None
    if json_depth(value, max_depth) > max_depth:
        raise JsonTooDeep(f"the JSON is nested deeper than {max_depth} levels")
    return value
