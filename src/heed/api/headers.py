"""What every response carries for browsers, and what the access log leaves out.

`SecurityHeaders` adds `X-Content-Type-Options: nosniff` to every response and, to every HTML
page (the web UI, the public opt-out and one-click unsubscribe pages, /docs), headers that
keep it out of other sites' frames and its URLs out of `Referer`. `RedactedAccessLog` keeps
query strings and one-click tokens out of the access log: webhooks sent by GET carry a
WhatsApp `hub.verify_token`, a Vonage `sig`, the person's number and their message there.
"""

from __future__ import annotations

import logging
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_HTML_HEADERS = [
    (b"x-frame-options", b"DENY"),
    (
        b"content-security-policy",
        b"frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'",
    ),
    (b"referrer-policy", b"no-referrer"),
]


class SecurityHeaders:
    """ASGI middleware adding the headers above, unless a route set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff")]
                content_type = dict(headers).get(b"content-type", b"")
                if content_type.startswith(b"text/html"):
                    extra += _HTML_HEADERS
                headers += [(name, value) for name, value in extra if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


_TOKEN_PATH = re.compile(r"^(/unsubscribe/[^/?]+/)[^/?]+")


def redacted_path(path: str) -> str:
    """A request target fit for the log: no query string, no one-click token."""
    bare, query, _ = path.partition("?")
    bare = _TOKEN_PATH.sub(r"\1…", bare)
    return bare + ("?…" if query else "")


class RedactedAccessLog(logging.Filter):
    """A filter for uvicorn's access log that passes each request's target through
    `redacted_path` (its records carry it as the third argument)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redacted_path(args[2]), *args[3:])
        return True


def redact_access_log() -> None:
    """Install `RedactedAccessLog` on uvicorn's access logger (once per process)."""
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactedAccessLog) for f in logger.filters):
        logger.addFilter(RedactedAccessLog())
