"""Signed session cookies and CSRF tokens for the web UI.

The session cookie is `<account slug>.<payload signed with that account's signing key>`: no
server-side session table, nothing shared between accounts, and rotating an account's key
signs everyone out. The payload holds the user id and the session's CSRF token; every POST
must echo that token in a hidden `csrf` field. The user is loaded on every request, so a
disabled user is out at once.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.responses import Response

from heed.errors import BadInput
from heed.store import accounts
from heed.web.users import UserInfo, get_user

if TYPE_CHECKING:
    from heed.engine import Engine

COOKIE = "heed_session"
LOGIN_COOKIE = "heed_login"
MAX_AGE = 12 * 3600  # a working day; then sign in again


@dataclass(frozen=True)
class WebSession:
    user: UserInfo
    csrf: str

    @property
    def slug(self) -> str:
        return self.user.account_slug


def _signing_key(engine: Engine, slug: str) -> bytes | None:
    try:
        with engine._read() as session:
            return accounts.load_account(session, slug).signing_key
    except BadInput:
        return None


def _serializer(key: bytes, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(key.hex(), salt=salt)


def secure(request: Request) -> bool:
    """Whether cookies must be Secure: the request, or the public URL, is https."""
    public_url = request.app.state.settings.public_url or ""
    return request.url.scheme == "https" or public_url.startswith("https://")


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=secure(request),
        path="/",
    )


def start_session(engine: Engine, request: Request, response: Response, user: UserInfo) -> None:
    """Sign `user` in: a fresh session cookie with a fresh CSRF token."""
    key = _signing_key(engine, user.account_slug)
    assert key is not None, "the user's account exists: they just signed in"
    payload = {"u": user.id, "c": secrets.token_urlsafe(32)}
    token = _serializer(key, "heed.web.session").dumps(payload)
    set_cookie(request, response, COOKIE, f"{user.account_slug}.{token}", MAX_AGE)


def end_session(request: Request, response: Response) -> None:
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax", secure=secure(request))


def _read(engine: Engine, cookie: str) -> WebSession | None:
    slug, _, token = cookie.partition(".")
    key = _signing_key(engine, slug) if token else None
    if key is None:
        return None
    try:
        payload: Any = _serializer(key, "heed.web.session").loads(token, max_age=MAX_AGE)
    except BadSignature:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("c"), str):
        return None
    user = get_user(engine, slug, str(payload.get("u")))
    return WebSession(user, payload["c"]) if user else None


async def current_session(request: Request) -> WebSession | None:
    """The signed-in user of this request, or None."""
    cookie = request.cookies.get(COOKIE)
    if not cookie:
        return None
    engine: Engine = request.app.state.engine
    return await run_in_threadpool(_read, engine, cookie)


def csrf_ok(expected: str | None, form: dict[str, str]) -> bool:
    """Whether the form echoes the expected CSRF token (compared in constant time)."""
    given = form.get("csrf", "")
    return bool(expected) and hmac.compare_digest(given.encode(), str(expected).encode())


def public_form_token(key: bytes, purpose: str) -> str:
    """A signed, timestamped token for a form shown to someone with no session."""
    return _serializer(key, f"heed.web.{purpose}").dumps(secrets.token_urlsafe(8))


def public_form_token_ok(key: bytes, purpose: str, token: str, max_age: int = 3600) -> bool:
    try:
        _serializer(key, f"heed.web.{purpose}").loads(token, max_age=max_age)
    except BadSignature:
        return False
    return True
