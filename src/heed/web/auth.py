"""Sign in and out, and the guard every admin page starts with."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from heed.api.deps import get_engine
from heed.errors import Unauthenticated
from heed.server_key import KeyPurpose
from heed.web import sign_ins
from heed.web.render import error_page, read_form, render
from heed.web.sign_ins import SignIn

router = APIRouter()
#: Sign-in attempts per 10 minutes (heed.store.throttle, shared by every server process):
#: per account and email from one client address, so someone else's failures never lock a
#: user out; per account and email from anywhere, against guessing from many addresses; per
#: client address, against spraying many users (and the Argon2 work each attempt costs).
PER_USER_AND_ADDRESS, PER_USER, PER_ADDRESS = 10, 50, 100


async def signed_in(request: Request) -> SignIn | RedirectResponse:
    """The request's sign-in, or a redirect to the sign-in page."""
    sign_in = await sign_ins.current_sign_in(request)
    if sign_in is None:
        return RedirectResponse("/login", status_code=303)
    return sign_in


async def signed_in_post(request: Request) -> tuple[SignIn, dict[str, str]] | Response:
    """The sign-in and form of a POST, or a redirect (none) or 403 (bad CSRF token)."""
    sign_in = await signed_in(request)
    if isinstance(sign_in, RedirectResponse):
        return sign_in
    form = await read_form(request)
    if not sign_ins.csrf_ok(sign_in.csrf, form):
        return forbidden_csrf(request, sign_in)
    return sign_in, form


def forbidden_csrf(request: Request, sign_in: SignIn | None = None) -> HTMLResponse:
    return error_page(
        request,
        403,
        "Request refused",
        "This form had expired or did not come from heed. Go back, reload the page and try again.",
        sign_in,
    )


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request, account: str = "") -> HTMLResponse:
    return _login_form(request, account=account)


def _login_form(
    request: Request, account: str = "", email: str = "", error: str = "", status: int = 200
) -> HTMLResponse:
    # Login CSRF: the form's token is signed by the server for this browser's pre-sign-in token
    # (heed.web.sign_ins.login_token); a form re-shown keeps the pre-sign-in token it had.
    pre_sign_in = request.cookies.get(sign_ins.LOGIN_COOKIE) or secrets.token_urlsafe(32)
    response = render(
        request,
        "login.html",
        status=status,
        csrf=sign_ins.login_token(_login_keys(request), pre_sign_in),
        account=account,
        email=email,
        error=error,
    )
    sign_ins.set_cookie(request, response, sign_ins.LOGIN_COOKIE, pre_sign_in, 3600)
    return response


def _login_keys(request: Request) -> list[bytes]:
    """The keys login tokens are signed with: the server key's, for forms, for sign-ins."""
    return get_engine(request).keyring.derived(KeyPurpose.FORMS, "login")


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    form = await read_form(request)
    pre_sign_in = request.cookies.get(sign_ins.LOGIN_COOKIE)
    if not sign_ins.login_token_ok(_login_keys(request), pre_sign_in, form.get("csrf", "")):
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
    await run_in_threadpool(sign_ins.start_sign_in, engine, request, response, found)
    response.delete_cookie(sign_ins.LOGIN_COOKIE, path="/")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    response = RedirectResponse("/login", status_code=303)
    await sign_ins.end_sign_in(request, response, checked[0])
    return response
