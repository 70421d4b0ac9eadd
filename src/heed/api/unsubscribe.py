"""Email one-click unsubscribe (RFC 8058).

POST with `List-Unsubscribe=One-Click` unsubscribes at once, as mailbox providers send it.
GET only shows a page with a button: link scanners and previews fetch URLs in mail, so a GET
that unsubscribed would unsubscribe people who never clicked (RFC 8058 §3.2 for the same reason
requires the POST).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from heed.api.deps import EngineDep
from heed.api.pacing import paced
from heed.core.vocabulary import Actor, ActorKind, Source
from heed.engine import Engine
from heed.errors import InvalidWebhook
from heed.providers import email
from heed.web.public import Brand, public_page

router = APIRouter(tags=["email"])


def _brand(engine: Engine, account: str) -> Brand:
    """Who "us" is on these pages: the business, by its display name (the token named an
    account that exists, or the request was refused already)."""
    ref = engine.account(account)
    return Brand.of(ref.name, ref.settings)


@router.get("/unsubscribe/{account}/{token}", response_class=HTMLResponse)
async def unsubscribe_page(
    account: str, token: str, request: Request, engine: EngineDep
) -> HTMLResponse:
    """Show the address and an Unsubscribe button; never unsubscribes by itself."""
    address = await run_in_threadpool(engine.read_unsubscribe_token, account, token)
    brand = await run_in_threadpool(_brand, engine, account)
    return public_page(request, "unsubscribe.html", brand, address=address)


@router.post("/unsubscribe/{account}/{token}", response_class=HTMLResponse)
@paced  # a first unsubscribe writes, a repeated one does not: the floor hides which
async def unsubscribe(
    account: str, token: str, request: Request, engine: EngineDep
) -> HTMLResponse:
    """Unsubscribe the token's address from all email of the account (one-click or the button)."""
    address = await run_in_threadpool(engine.read_unsubscribe_token, account, token)
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    one_click = email.is_one_click(form)
    if not one_click and form.get("confirm") != "yes":
        raise InvalidWebhook(
            "expected List-Unsubscribe=One-Click (RFC 8058)", field="List-Unsubscribe"
        )
    evidence = {
        "method": "one-click (RFC 8058)" if one_click else "unsubscribe page",
        "ip": request.client.host if request.client else None,
        "user_agent": request.headers.get("user-agent"),
    }
    await run_in_threadpool(
        lambda: engine.opt_out(
            account,
            "email",
            address,
            # The address is in the payload, which erasure blanks; the signed link proves it.
            actor=Actor(ActorKind.CONTACT, via="web:unsubscribe-link:signature-verified"),
            reason="unsubscribed by email link",
            source=Source.WEB_FORM,
            evidence=evidence,
        )
    )
    brand = await run_in_threadpool(_brand, engine, account)
    return public_page(request, "unsubscribed.html", brand, address=address)
