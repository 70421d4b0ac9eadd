"""The contacts list and the contact page, with its unsubscribe, resubscribe and block actions.

Every action goes through the engine, which checks the user's role itself: hiding a button
is a courtesy, refusing a forged POST is the engine's PermissionDenied, shown as a 403.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from heed.api.deps import get_engine
from heed.core.permissions import Action, may
from heed.core.vocabulary import Source
from heed.engine import Engine
from heed.engine.results import ContactInfo, EventInfo
from heed.errors import BadInput, NotFound, PermissionDenied, Rejected, ResubscribeRefused
from heed.web.auth import signed_in, signed_in_post
from heed.web.render import CHANNEL_NAMES, error_page, pages_of, render
from heed.web.sessions import WebSession

router = APIRouter()
PAGE_SIZE = 25
ACTIONS = {
    "unsubscribe": Action.UNSUBSCRIBE,
    "resubscribe": Action.RESUBSCRIBE,
    "block": Action.BLOCK,
    "unblock": Action.UNBLOCK,
    "blacklist": Action.BLACKLIST,
    "lift_blacklist": Action.LIFT_BLACKLIST,
}
NOTICES = {
    "unsubscribe": "Unsubscribed from {channel}.",
    "resubscribe": "Resubscribed to {channel}.",
    "block": "Blocked on every channel.",
    "unblock": "Unblocked. Any opt-out stays until someone resubscribes them.",
    "blacklist": "Blacklisted on every channel: only support can lift it.",
    "lift_blacklist": "Blacklist lifted. Any opt-out stays until someone resubscribes them.",
}
#: Actions on the whole person, not one channel.
_PERSON_ACTIONS = frozenset({"block", "unblock", "blacklist", "lift_blacklist"})


def permissions(engine: Engine, session: WebSession) -> dict[str, bool]:
    """Which actions the user may take here, as the engine would decide them."""
    settings = engine.account(session.slug).settings
    role = session.user.role
    return {name: may(role, action, settings) for name, action in ACTIONS.items()}


@router.get("/contacts", response_class=HTMLResponse)
async def contacts_page(
    request: Request,
    q: str = "",
    status: str = "",
    channel: str = "",
    list_name: Annotated[str, Query(alias="list")] = "",
    source: str = "",
    cursor: str = "",
    page: str = "1",
) -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine = get_engine(request)
    filters = {
        "q": q,
        "status": status,
        "channel": channel,
        "list": list_name,
        "source": source,
    }
    error, contacts, next_cursor, total = "", [], None, 0
    try:
        found = await run_in_threadpool(
            lambda: engine.list_contacts(
                session.slug,
                q=q or None,
                status=status or None,
                channel=channel or None,
                list_name=list_name or None,
                source=source or None,
                cursor=cursor or None,
                limit=PAGE_SIZE,
            )
        )
        contacts, next_cursor = found.items, found.next_cursor
        total = await run_in_threadpool(
            lambda: engine.count_contacts(
                session.slug,
                q=q or None,
                channel=channel or None,
                list_name=list_name or None,
                source=source or None,
            )
        )
    except Rejected as exc:
        error = str(exc)
    lists = await run_in_threadpool(engine.list_lists, session.slug)
    active = {k: v for k, v in filters.items() if v}
    number = int(page) if page.isdigit() and cursor else 1
    return render(
        request,
        "contacts.html",
        session,
        400 if error else 200,
        contacts=contacts,
        filters=filters,
        lists=[item.name for item in lists],
        sources=[s.value for s in Source],
        error=error,
        total=total,
        pages=None if status else pages_of(total, PAGE_SIZE, number),
        number=number,
        next_url=f"/contacts?{urlencode({**active, 'cursor': next_cursor, 'page': number + 1})}"
        if next_cursor
        else None,
        first_url=f"/contacts?{urlencode(active)}" if cursor else None,
    )


def _address(contact: ContactInfo, channel: str) -> str | None:
    return contact.email if channel == "email" else contact.phone


def _contact_view(engine: Engine, slug: str, contact_id: str) -> dict[str, Any]:
    """A contact with its active suppressions (and their evidence) and its timeline."""
    contact = engine.get_contact(slug, contact_id)
    events = engine.list_events(slug, contact_id=contact_id, limit=200).items
    by_id: dict[int, EventInfo] = {e.id: e for e in events}
    suppressions = []
    for channel in contact.channels:
        address = _address(contact, channel)
        found = engine.list_suppressions(slug, channel=channel, address=address, limit=100)
        suppressions += [(s, by_id.get(s.event_id)) for s in found.items]
    refusals = {
        channel: engine.resubscribe_refusal(slug, channel, address)
        for channel, status in contact.channels.items()
        if not status.allowed and (address := _address(contact, channel)) is not None
    }
    blocked = any(s.source == "block" for s, _ in suppressions)
    blacklisted = any(s.source == "blacklist" for s, _ in suppressions)
    return {
        "blacklisted": blacklisted,
        "actors": engine.user_names(slug),
        "contact": contact,
        "suppressions": suppressions,
        "timeline": list(reversed(events)),
        "blocked": blocked,
        "refusals": refusals,
    }


@router.get("/contacts/{contact_id}", response_class=HTMLResponse)
async def contact_page(request: Request, contact_id: str, done: str = "") -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine = get_engine(request)
    try:
        view = await run_in_threadpool(_contact_view, engine, session.slug, contact_id)
    except NotFound:
        return error_page(request, 404, "No such contact", "This contact does not exist.", session)
    action, _, channel = done.partition(":")
    notice = NOTICES.get(action, "").format(channel=CHANNEL_NAMES.get(channel, channel))
    can = await run_in_threadpool(permissions, engine, session)
    return render(request, "contact.html", session, notice=notice, can=can, **view)


@router.get("/contacts/{contact_id}/confirm", response_class=HTMLResponse)
async def confirm_page(
    request: Request, contact_id: str, action: str = "", channel: str = ""
) -> Response:
    """The confirmation step of an action: what will happen, and a required reason."""
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine = get_engine(request)
    if action not in ACTIONS:
        return error_page(request, 404, "No such action", f"{action!r} is no action.", session)
    can = await run_in_threadpool(permissions, engine, session)
    if not can[action]:
        return _forbidden(request, session, action)
    try:
        contact = await run_in_threadpool(engine.get_contact, session.slug, contact_id)
    except NotFound:
        return error_page(request, 404, "No such contact", "This contact does not exist.", session)
    return _confirm(request, session, contact, action, channel)


def _confirm(
    request: Request,
    session: WebSession,
    contact: ContactInfo,
    action: str,
    channel: str,
    error: str = "",
    reason: str = "",
    status: int = 200,
) -> HTMLResponse:
    return render(
        request,
        "confirm.html",
        session,
        status,
        contact=contact,
        action=action,
        channel=channel,
        error=error,
        reason=reason,
    )


def _forbidden(request: Request, session: WebSession, action: str) -> HTMLResponse:
    what = ACTIONS[action].value if action in ACTIONS else action
    detail = f"Your role ({session.user.role}) may not {what} in this account."
    return error_page(request, 403, "Not allowed", detail, session)


def _act(engine: Engine, slug: str, session: WebSession, contact: ContactInfo, form: Any) -> None:
    action, channel, reason = form["action"], form["channel"], form["reason"]
    if action in _PERSON_ACTIONS:
        channel = next(iter(contact.channels), "sms")
    address = _address(contact, channel)
    if address is None or channel not in contact.channels:
        raise BadInput(f"this contact has no {CHANNEL_NAMES.get(channel, channel)} address")
    actor = session.user.actor
    if action == "unsubscribe":
        engine.opt_out(slug, channel, address, actor=actor, reason=reason or None)
    elif action == "resubscribe":
        engine.resubscribe(slug, channel, address, actor=actor, reason=reason)
    elif action == "block":
        engine.block(slug, channel, address, actor=actor, reason=reason)
    elif action == "unblock":
        engine.unblock(slug, channel, address, actor=actor, reason=reason)
    elif action == "blacklist":
        engine.blacklist(slug, channel, address, actor=actor, reason=reason)
    else:
        engine.lift_blacklist(slug, channel, address, actor=actor, reason=reason)


@router.post("/contacts/{contact_id}/actions", response_class=HTMLResponse)
async def contact_action(request: Request, contact_id: str) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    session, form = checked
    engine = get_engine(request)
    action, channel = form.get("action", ""), form.get("channel", "")
    reason = form.get("reason", "").strip()
    if action not in ACTIONS:
        return error_page(request, 400, "No such action", f"{action!r} is no action.", session)
    try:
        contact = await run_in_threadpool(engine.get_contact, session.slug, contact_id)
    except NotFound:
        return error_page(request, 404, "No such contact", "This contact does not exist.", session)
    fields = {"action": action, "channel": channel, "reason": reason}
    try:
        if not reason:
            raise BadInput("a reason is required: it is written into the activity log")
        await run_in_threadpool(_act, engine, session.slug, session, contact, fields)
    except PermissionDenied:
        return _forbidden(request, session, action)
    except ResubscribeRefused as exc:
        return _confirm(request, session, contact, action, channel, str(exc), reason, 409)
    except Rejected as exc:
        return _confirm(request, session, contact, action, channel, str(exc), reason, 400)
    done = urlencode({"done": f"{action}:{channel}"})
    return RedirectResponse(f"/contacts/{contact_id}?{done}", status_code=303)
