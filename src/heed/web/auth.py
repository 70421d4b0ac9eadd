"""Sign in and out, and the guard every admin page starts with."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from heed.api.deps import get_engine
from heed.errors import Unauthenticated
from heed.server_key import Purpose
from heed.web import sessions
from heed.web.render import error_page, read_form, render
from heed.web.sessions import WebSession

router = APIRouter()
#: Sign-in attempts per 10 minutes (heed.store.throttle, shared by every server process):
#: per account and email from one client address, so someone else's failures never lock a
#: user out; per account and email from anywhere, against guessing from many addresses; per
#: client address, against spraying many users (and the Argon2 work each attempt costs).
PER_USER_AND_ADDRESS, PER_USER, PER_ADDRESS = 10, 50, 100


async def signed_in(request: Request) -> WebSession | RedirectResponse:
    """The request's session, or a redirect to the sign-in page."""
    session = await sessions.current_session(request)
    if session is None:
        return RedirectResponse("/login", status_code=303)
    return session


async def signed_in_post(request: Request) -> tuple[WebSession, dict[str, str]] | Response:
    """The session and form of a POST, or a redirect (no session) or 403 (bad CSRF token)."""
    session = await signed_in(request)
    if isinstance(session, RedirectResponse):
        return session
    form = await read_form(request)
    if not sessions.csrf_ok(session.csrf, form):
        return forbidden_csrf(request, session)
    return session, form


def forbidden_csrf(request: Request, session: WebSession | None = None) -> HTMLResponse:
    return error_page(
        request,
        403,
        "Request refused",
        "This form had expired or did not come from heed. Go back, reload the page and try again.",
        session,
    )


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request, account: str = "") -> HTMLResponse:
    return _login_form(request, account=account)


def _login_form(
    request: Request, account: str = "", email: str = "", error: str = "", status: int = 200
) -> HTMLResponse:
    # Login CSRF: the form's token is signed by the server for this browser's pre-session
    # (heed.web.sessions.login_token); a form re-shown keeps the pre-session it had.
    pre_session = request.cookies.get(sessions.LOGIN_COOKIE) or secrets.token_urlsafe(32)
    response = render(
        request,
        "login.html",
        status=status,
        csrf=sessions.login_token(_login_keys(request), pre_session),
        account=account,
        email=email,
        error=error,
    )
    sessions.set_cookie(request, response, sessions.LOGIN_COOKIE, pre_session, 3600)
    return response


def _login_keys(request: Request) -> list[bytes]:
    """The keys login tokens are signed with: the server key's, for forms, for sign-ins."""
    return get_engine(request).keyring.derived(Purpose.FORMS, "login")


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    form = await read_form(request)
    pre_session = request.cookies.get(sessions.LOGIN_COOKIE)
    if not sessions.login_token_ok(_login_keys(request), pre_session, form.get("csrf", "")):
        return forbidden_csrf(request)
    engine = get_engine(request)
    account, email = form.get("account", "").strip(), form.get("email", "").strip()
    ip = request.client.host if request.client else "unknown"
    user = ("login", account.lower(), email.lower())
    limits = [((*user, ip), PER_USER_AND_ADDRESS), (user, PER_USER), (("login", ip), PER_ADDRESS)]
    if not await run_in_threadpool(engine.take_attempt, limits):
        error = "Too many sign-ins for this user. Wait a few minutes and try again."
        return _login_form(request, account, email, error, status=429)
    try:
        found = await run_in_threadpool(
            engine.authenticate_user, account, email, form.get("password", "")
        )
    except Unauthenticated:
        error = "That account, email and password do not match a user. Check them and try again."
        return _login_form(request, account, email, error, status=401)
    await run_in_threadpool(engine.forget_attempts, *user, ip)
    response = RedirectResponse("/", status_code=303)
    await run_in_threadpool(sessions.start_session, engine, request, response, found)
    response.delete_cookie(sessions.LOGIN_COOKIE, path="/")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    response = RedirectResponse("/login", status_code=303)
    await sessions.end_session(request, response, checked[0])
    return response
