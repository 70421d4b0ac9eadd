"""Web UI sessions: a signed cookie naming a session the server can end, and CSRF tokens.

The session cookie is `<account slug>.<payload signed with the account's session key>`; the
payload holds a random session token and the session's CSRF token, and every POST must echo
the CSRF token in a hidden `csrf` field. The server keeps the SHA-256 of each token
(`web_sessions`), so signing out ends the session for good: a copy of the cookie taken before
is refused from then on. Each request loads the session with its user in one query, so a
disabled user is out at once too. The session key is derived from the server key
(heed.server_key); a key rotation keeps sessions open, signing out ends them.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.responses import Response

from heed.api.deps import get_engine
from heed.engine.results import UserInfo
from heed.engine.sign_ins import SIGN_IN_SECONDS

if TYPE_CHECKING:
    from heed.engine import Engine

COOKIE = "heed_session"
LOGIN_COOKIE = "heed_login"
MAX_AGE = SIGN_IN_SECONDS


@dataclass(frozen=True)
class WebSession:
    user: UserInfo
    csrf: str
    token: str = field(repr=False)  # names the server's record, to end it on sign-out

    @property
    def slug(self) -> str:
        return self.user.account_slug


def _serializer(keys: list[bytes], salt: str) -> URLSafeTimedSerializer:
    """Signs with the current key (`keys[0]`), accepts any: itsdangerous takes them oldest
    first, so a server key rotation signs nobody out (heed.server_key)."""
    return URLSafeTimedSerializer([key.hex() for key in reversed(keys)], salt=salt)


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
    """Sign `user` in: a new server-side session and its cookie, with a fresh CSRF token."""
    token = engine.open_sign_in(user)
    key = engine.sign_in_keys(user.account_slug) or []
    payload = {"s": token, "c": secrets.token_urlsafe(32)}
    signed = _serializer(key, "heed.web.session").dumps(payload)
    set_cookie(request, response, COOKIE, f"{user.account_slug}.{signed}", MAX_AGE)


async def end_session(request: Request, response: Response, session: WebSession) -> None:
    """Sign out: end the session on the server and delete the cookie."""
    engine = get_engine(request)
    await run_in_threadpool(engine.end_sign_in, session.slug, session.token)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax", secure=secure(request))


def _read(engine: Engine, cookie: str) -> WebSession | None:
    slug, _, signed = cookie.partition(".")
    key = engine.sign_in_keys(slug) if signed else None
    if key is None:
        return None
    try:
        payload: Any = _serializer(key, "heed.web.session").loads(signed, max_age=MAX_AGE)
    except BadSignature:
        return None
    token, csrf = (payload.get("s"), payload.get("c")) if isinstance(payload, dict) else (0, 0)
    if not isinstance(token, str) or not isinstance(csrf, str):
        return None
    user = engine.signed_in_user(slug, token)
    return WebSession(user, csrf, token) if user else None


async def current_session(request: Request) -> WebSession | None:
    """The signed-in user of this request, or None."""
    cookie = request.cookies.get(COOKIE)
    if not cookie:
        return None
    engine = get_engine(request)
    return await run_in_threadpool(_read, engine, cookie)


def csrf_ok(expected: str | None, form: dict[str, str]) -> bool:
    """Whether the form echoes the expected CSRF token (compared in constant time)."""
    given = form.get("csrf", "")
    return bool(expected) and hmac.compare_digest(given.encode(), str(expected).encode())


def login_token(keys: list[bytes], pre_session: str) -> str:
    """The sign-in form's CSRF token, bound to the browser's pre-session.

    Before anyone signs in, the `LOGIN_COOKIE` names a random pre-session; the form carries its
    SHA-256, signed with a key derived from the server key and timestamped. A double-submit
    cookie took any two equal values, so someone able to plant a cookie chose both; this token
    only the server makes, for that one pre-session, and it expires.
    """
    return _serializer(keys, "heed.web.login").dumps(_digest(pre_session))


def login_token_ok(
    keys: list[bytes], pre_session: str | None, token: str, max_age: int = 3600
) -> bool:
    """Whether `token` was made by this server, in the last `max_age` seconds, for this
    pre-session."""
    if not pre_session:
        return False
    try:
        bound = _serializer(keys, "heed.web.login").loads(token, max_age=max_age)
    except BadSignature:  # SignatureExpired included
        return False
    return hmac.compare_digest(str(bound).encode(), _digest(pre_session).encode())


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def public_form_token(key: list[bytes], purpose: str) -> str:
    """A signed, timestamped token for a form shown to someone with no session."""
    return _serializer(key, f"heed.web.{purpose}").dumps(secrets.token_urlsafe(8))


def public_form_token_ok(key: list[bytes], purpose: str, token: str, max_age: int = 3600) -> bool:
    try:
        _serializer(key, f"heed.web.{purpose}").loads(token, max_age=max_age)
    except BadSignature:
        return False
    return True
