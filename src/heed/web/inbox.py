"""The inbox: conversations, each with the person's status and a reply box where allowed.

A person who may not be messaged one-to-one right now (opted out, blocked, carrier-blocked…)
gets an alert with the reason in place of the reply box, and the server refuses a forged
reply anyway (`Engine.send_reply` checks, and checks again before sending).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from heed.api.deps import get_engine
from heed.engine import Engine
from heed.errors import MessagingRefused, Rejected
from heed.web.auth import signed_in, signed_in_post
from heed.web.render import CHANNELS, error_page, render
from heed.web.sessions import WebSession

router = APIRouter()
PAGE_SIZE = 30


def thread_url(channel: str, address: str) -> str:
    return f"/inbox/{channel}/{quote(address, safe='')}"


def _inbox(engine: Engine, slug: str, page: int) -> dict[str, Any]:
    found, more = engine.conversations(slug, page=page, limit=PAGE_SIZE)
    status = {}
    for channel in {c.channel for c in found}:
        addresses = sorted({c.address for c in found if c.channel == channel})
        for answer in engine.check_bulk(slug, channel, addresses):
            status[(channel, answer.address)] = answer
    return {
        "conversations": [(c, status.get((c.channel, c.address))) for c in found],
        "older_url": f"/inbox?page={page + 1}" if more else None,
        "newer_url": (f"/inbox?page={page - 1}" if page > 1 else "/inbox") if page else None,
    }


@router.get("/inbox", response_class=HTMLResponse)
async def inbox_page(request: Request, page: int = 0) -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine = get_engine(request)
    view = await run_in_threadpool(_inbox, engine, session.slug, max(page, 0))
    return render(request, "inbox.html", session, thread_url=thread_url, **view)


def _thread(engine: Engine, slug: str, channel: str, address: str) -> dict[str, Any]:
    found = engine.thread(slug, channel, address)
    sender = found.last_to or (found.senders[0] if found.senders else None)
    one_to_one = engine.check(slug, channel, address, sender=sender, purpose="conversational")
    marketing = engine.check(slug, channel, address, sender=sender)
    return {"thread": found, "sender": sender, "may_reply": one_to_one, "marketing": marketing}


async def _thread_page(
    request: Request,
    session: WebSession,
    channel: str,
    address: str,
    *,
    notice: str = "",
    error: str = "",
    draft: str = "",
    status: int = 200,
) -> Response:
    if channel not in CHANNELS:
        return error_page(request, 404, "No such channel", f"{channel!r} is no channel.", session)
    engine = get_engine(request)
    view = await run_in_threadpool(_thread, engine, session.slug, channel, address)
    return render(
        request,
        "thread.html",
        session,
        status,
        notice=notice,
        error=error,
        draft=draft,
        reply_url=thread_url(channel, address) + "/reply",
        **view,
    )


@router.get("/inbox/{channel}/{address}", response_class=HTMLResponse)
async def thread_page(request: Request, channel: str, address: str, sent: str = "") -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    notice = "Reply queued: it goes out now. Its status shows below." if sent else ""
    return await _thread_page(request, session, channel, address, notice=notice)


@router.post("/inbox/{channel}/{address}/reply", response_class=HTMLResponse)
async def reply(request: Request, channel: str, address: str) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    session, form = checked
    engine = get_engine(request)
    body = form.get("body", "")
    try:
        await run_in_threadpool(
            lambda: engine.send_reply(
                session.slug,
                channel,
                address,
                body,
                actor=session.user.actor,
                sender=form.get("sender") or None,
            )
        )
    except MessagingRefused as exc:
        return await _thread_page(
            request, session, channel, address, error=str(exc), draft=body, status=409
        )
    except Rejected as exc:
        return await _thread_page(
            request, session, channel, address, error=str(exc), draft=body, status=400
        )
    return RedirectResponse(thread_url(channel, address) + "?sent=1", status_code=303)
