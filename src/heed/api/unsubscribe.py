"""Email one-click unsubscribe (RFC 8058).

POST with `List-Unsubscribe=One-Click` unsubscribes at once, as mailbox providers send it.
GET only shows a page with a button: link scanners and previews fetch URLs in mail, so a GET
that unsubscribed would unsubscribe people who never clicked (RFC 8058 §3.2 for the same reason
requires the POST).
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from heed.api.deps import EngineDep
from heed.api.pacing import paced
from heed.core.vocabulary import Actor, ActorKind, Source
from heed.errors import InvalidWebhook
from heed.providers import email

router = APIRouter(tags=["email"])

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title}</title>
<style>
body{{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}}
body{{color:#1a1a1a}}
button{{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.4rem;cursor:pointer}}
button{{background:#1f4fd1;color:#fff}}
button:focus{{outline:3px solid #f3b400;outline-offset:2px}}</style></head>
<body><main><h1>{title}</h1>{content}</main></body></html>"""


def _page(title: str, content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(_PAGE.format(title=escape(title), content=content), status_code=status)


@router.get("/unsubscribe/{account}/{token}", response_class=HTMLResponse)
async def unsubscribe_page(account: str, token: str, engine: EngineDep) -> HTMLResponse:
    """Show the address and an Unsubscribe button; never unsubscribes by itself."""
    address = await run_in_threadpool(engine.read_unsubscribe_token, account, token)
    form = (
        f"<p>Stop all email to <strong>{escape(address)}</strong>?</p>"
        '<form method="post"><input type="hidden" name="confirm" value="yes">'
        '<button type="submit">Unsubscribe</button></form>'
    )
    return _page("Unsubscribe", form)


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
    return _page(
        "You are unsubscribed", f"<p>{escape(address)} will receive no more email from us.</p>"
    )
