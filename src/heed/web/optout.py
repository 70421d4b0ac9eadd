"""The public opt-out page: `/optout/{account}`, where a person stops everything by address.

It never says whether the address was known: a known and an unknown address get the same
answer, because the opt-out is recorded by address either way (suppressions outlive
contacts). It works without JavaScript, carries a signed form token instead of a session
CSRF token, and records the IP and user agent as evidence.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from heed.api.deps import get_engine
from heed.core.vocabulary import Actor, ActorKind, AddressKind, Source
from heed.engine import Engine
from heed.errors import BadInput, UnknownAccount
from heed.web.limits import RateLimiter
from heed.web.render import error_page, read_form, render
from heed.web.sessions import public_form_token, public_form_token_ok

router = APIRouter()


#: 10 submissions per IP per 10 minutes.
LIMITER = RateLimiter(limit=10, window=600)


def _form_token(engine: Engine, account: str) -> tuple[str, str]:
    """The account's display name and a fresh signed form token (UnknownAccount if none)."""
    ref = engine.account(account)
    return ref.name, public_form_token(ref.keys.forms, "optout")


@router.get("/optout/{account}", response_class=HTMLResponse)
async def optout_page(request: Request, account: str) -> HTMLResponse:
    engine = get_engine(request)
    try:
        name, token = await run_in_threadpool(_form_token, engine, account)
    except UnknownAccount:
        return error_page(request, 404, "Page not found", "There is no opt-out page here.")
    return render(request, "optout.html", account=account, name=name, token=token)


def _opt_out(engine: Engine, account: str, address: str, evidence: dict[str, str | None]) -> None:
    """Opt the address out of every channel it can be reached on, at account scope."""
    kind = AddressKind.EMAIL if "@" in address else AddressKind.PHONE
    for channel in kind.channels:
        engine.opt_out(
            account,
            channel,
            address,
            actor=Actor(ActorKind.CONTACT),
            reason="opted out on the public opt-out page",
            source=Source.WEB_FORM,
            evidence=evidence,
        )


@router.post("/optout/{account}", response_class=HTMLResponse)
async def optout(request: Request, account: str) -> HTMLResponse:
    engine = get_engine(request)
    try:
        ref = await run_in_threadpool(engine.account, account)
    except UnknownAccount:
        return error_page(request, 404, "Page not found", "There is no opt-out page here.")
    form = await read_form(request)
    if not public_form_token_ok(ref.keys.forms, "optout", form.get("csrf", "")):
        return error_page(
            request, 403, "Request refused", "This form has expired. Reload the page and try again."
        )
    ip = request.client.host if request.client else "unknown"
    if not LIMITER.allow(ip):
        response = error_page(
            request, 429, "Too many requests", "Please wait a few minutes and try again."
        )
        response.headers["Retry-After"] = "600"
        return response
    address = form.get("address", "").strip()
    evidence = {"ip": ip, "user_agent": request.headers.get("user-agent"), "form": "/optout"}
    try:
        await run_in_threadpool(_opt_out, engine, account, address, evidence)
    except BadInput:  # an unreadable address; nothing was recorded
        error = (
            "We could not read that. Enter a mobile number with its country code "
            "(for example +14155550100) or an email address."
        )
        token = public_form_token(ref.keys.forms, "optout")
        return render(
            request,
            "optout.html",
            status=400,
            account=account,
            name=ref.name,
            token=token,
            error=error,
            address=address,
        )
    return render(request, "optout_done.html", name=ref.name)
